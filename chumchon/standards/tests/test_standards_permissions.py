"""Coordinators assess their own community; treasurers read; officers read scores of every
community but no notes, evidence or names; visitors are sent to sign in."""

import pytest

from chumchon.standards.models import Answer, ImprovementAction
from chumchon.standards.services import record_answer

from .conftest import indicator


@pytest.fixture
def assessed(two_assessments, household, thali_coordinator):
    first, second = two_assessments
    Answer.objects.filter(assessment=second, indicator__number="1.1").update(
        note="Secret committee note"
    )
    ImprovementAction.objects.create(
        assessment=second,
        indicator=indicator(second.framework, "1.4"),
        action="Map the sensitive sites",
        owner_member=household.members.get(),
    )
    return second


def get(client, user, url):
    if user is not None:
        client.force_login(user)
    return client.get(url)


READ_PAGES = ("", "{pk}/", "{pk}/results/", "{pk}/plan/", "progress/small/")


@pytest.mark.parametrize(
    "actor, expected",
    [
        ("thali_coordinator", 200),
        ("thali_treasurer", 200),
        ("officer", 200),
        ("botan_coordinator", 403),
        ("stranger", 403),
    ],
)
def test_who_reads_the_scores(client, request, assessed, actor, expected):
    user = request.getfixturevalue(actor)
    for page in READ_PAGES:
        url = "/en/manage/t-tha-li/standards/" + page.format(pk=assessed.pk)
        assert get(client, user, url).status_code == expected, url


def test_officers_see_no_notes_evidence_or_owner_names(client, assessed, officer):
    base = f"/en/manage/t-tha-li/standards/{assessed.pk}/"
    plan = get(client, officer, base + "plan/").content.decode()
    assert "Map the sensitive sites" in plan
    assert "Somsri" not in plan
    answer_page = base + f"indicators/{indicator(assessed.framework, '1.1').pk}/"
    assert get(client, officer, answer_page).status_code == 403


def test_the_treasurer_reads_answers_but_cannot_change_them(client, tha_li, small, thali_treasurer):
    from chumchon.standards.services import start_assessment

    draft = start_assessment(tha_li, small, None)
    url = f"/en/manage/t-tha-li/standards/{draft.pk}/indicators/{indicator(small, '1.1').pk}/"
    client.force_login(thali_treasurer)
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="rating"' not in page.content.decode()
    assert client.post(url, {"rating": "fully"}).status_code == 403
    assert not draft.answers.exists()


@pytest.mark.parametrize("actor", ["officer", "botan_coordinator", "thali_treasurer"])
def test_only_the_coordinator_starts_answers_and_completes(client, request, tha_li, small, actor):
    from chumchon.standards.services import start_assessment

    draft = start_assessment(tha_li, small, None)
    client.force_login(request.getfixturevalue(actor))
    base = "/en/manage/t-tha-li/standards/"
    assert (
        client.post(base + "start/", {"framework": small.pk, "date": "2026-01-01"}).status_code
        == 403
    )
    url = base + f"{draft.pk}/indicators/{indicator(small, '1.1').pk}/"
    assert client.post(url, {"rating": "fully"}).status_code in (403,)
    assert client.post(base + f"{draft.pk}/complete/").status_code == 403
    assert (
        client.post(base + f"{draft.pk}/plan/", {"action": "x", "owner_name": "y"}).status_code
        == 403
    )
    assert not draft.answers.exists()
    assert not draft.actions.exists()


def test_a_botan_coordinator_cannot_reach_a_thali_assessment_through_botan(
    client, assessed, botan_coordinator
):
    url = f"/en/manage/t-bo-tan/standards/{assessed.pk}/results/"
    assert get(client, botan_coordinator, url).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, assessed):
    for page in READ_PAGES:
        response = client.get("/en/manage/t-tha-li/standards/" + page.format(pk=assessed.pk))
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_officers_read_every_communitys_readiness_without_personal_data(client, assessed, officer):
    page = get(client, officer, "/en/manage/programme/standards/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Tha Li" in html
    assert "80.0%" in html
    assert "Somsri" not in html and "Secret committee note" not in html


def test_coordinators_do_not_read_the_programme_readiness_page(client, thali_coordinator):
    assert get(client, thali_coordinator, "/en/manage/programme/standards/").status_code == 403


def test_an_officer_adds_an_indicator_to_a_framework(client, asean, officer):
    client.force_login(officer)
    criterion = asean.criteria.get(number="2")
    response = client.post(
        "/en/manage/programme/standards/asean-cbt-2016/",
        {
            "criterion": criterion.pk,
            "number": "2.9",
            "level": "advanced",
            "text_en": "Women lead at least one tourism group.",
        },
    )
    assert response.status_code == 302
    added = criterion.indicators.get(number="2.9")
    assert added.text_en == "Women lead at least one tourism group."
    assert added.level == "advanced"


def test_a_coordinator_cannot_extend_a_framework(client, asean, thali_coordinator):
    client.force_login(thali_coordinator)
    assert client.get("/en/manage/programme/standards/asean-cbt-2016/").status_code == 403


def test_record_answer_works_without_a_signed_in_actor(tha_li, small):
    from chumchon.standards.services import start_assessment

    draft = start_assessment(tha_li, small, None)
    record_answer(draft, indicator(small, "1.1"), None, rating="fully")
    assert draft.answers.get().answered_by is None
