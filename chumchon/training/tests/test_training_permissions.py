"""Coordinators manage their own community's training; treasurers read it; programme
officers read figures without names; visitors see only the certificate check page."""

import pytest

from chumchon.training.models import MemberSkill
from chumchon.training.services import record_attendance

TL = "/en/manage/t-tha-li/training/"


@pytest.fixture
def trained(session, lamai, thali_coordinator):
    record_attendance(session, [lamai], thali_coordinator)
    return session


def status(client, user, url, method="get", data=None):
    if user is not None:
        client.force_login(user)
    return getattr(client, method)(url, data or {}).status_code


@pytest.mark.parametrize(
    "actor, expected",
    [
        ("thali_coordinator", 200),
        ("thali_treasurer", 200),
        ("botan_coordinator", 403),
        ("officer", 200),
        ("stranger", 403),
    ],
)
def test_who_reads_the_training_overview(client, request, trained, actor, expected):
    assert status(client, request.getfixturevalue(actor), TL) == expected


@pytest.mark.parametrize(
    "actor, expected",
    [
        ("thali_coordinator", 200),
        ("thali_treasurer", 200),
        ("botan_coordinator", 403),
        ("officer", 403),
    ],
)
def test_who_reads_members_records_and_attendance(client, request, trained, lamai, actor, expected):
    user = request.getfixturevalue(actor)
    assert status(client, user, TL + "members/") == expected
    assert status(client, user, TL + f"members/{lamai.pk}/") == expected
    assert status(client, user, TL + f"sessions/{trained.pk}/") == expected


@pytest.mark.parametrize("actor", ["thali_treasurer", "botan_coordinator", "officer", "stranger"])
def test_only_the_coordinator_completes_a_session(client, request, trained, actor):
    user = request.getfixturevalue(actor)
    assert status(client, user, TL + f"sessions/{trained.pk}/complete/", "post") == 403
    trained.refresh_from_db()
    assert not trained.is_completed
    assert not MemberSkill.objects.exists()


def test_the_thali_coordinator_completes_their_session(client, trained, thali_coordinator):
    assert status(client, thali_coordinator, TL + f"sessions/{trained.pk}/complete/", "post") == 302
    trained.refresh_from_db()
    assert trained.is_completed


def test_a_botan_coordinator_cannot_reach_a_thali_session_through_botan(
    client, trained, botan_coordinator
):
    url = f"/en/manage/t-bo-tan/training/sessions/{trained.pk}/"
    assert status(client, botan_coordinator, url) == 404
    assert status(client, botan_coordinator, url + "complete/", "post") == 404


def test_officers_read_figures_but_no_names(client, trained, officer, thali_coordinator):
    client.force_login(thali_coordinator)
    client.post(TL + f"sessions/{trained.pk}/complete/")
    client.force_login(officer)
    overview = client.get(TL).content.decode()
    assert "members trained" in overview
    assert "Lamai" not in overview
    sessions = client.get(TL + "sessions/").content.decode()
    assert "Guiding and interpretation" in sessions
    assert "Lamai" not in sessions
    figures = client.get("/en/manage/programme/training/")
    assert figures.status_code == 200
    assert "Lamai" not in figures.content.decode()


def test_only_officers_read_the_programme_wide_figures(client, thali_coordinator):
    assert status(client, thali_coordinator, "/en/manage/programme/training/") == 403


@pytest.mark.parametrize("actor", ["botan_coordinator", "officer"])
def test_outsiders_cannot_download_or_revoke_a_certificate(client, request, certificate, actor):
    user = request.getfixturevalue(actor)
    base = TL + f"certificates/{certificate.code}/"
    assert status(client, user, base + "pdf/") == 403
    assert status(client, user, base + "revoke/", "post", {"reason": "x"}) == 403
    certificate.refresh_from_db()
    assert certificate.is_valid


def test_anonymous_visitors_are_sent_to_sign_in(client, trained, certificate):
    for url in (TL, TL + "members/", TL + f"sessions/{trained.pk}/", TL + "offerings/"):
        response = client.get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
    # … but the check page is public.
    assert client.get(f"/en/certificates/{certificate.code}/").status_code == 200


def test_the_treasurer_cannot_plan_sessions_or_programmes(client, thali_treasurer):
    assert status(client, thali_treasurer, TL + "sessions/new/") == 403
    assert status(client, thali_treasurer, TL + "programmes/new/") == 403


def test_a_coordinator_cannot_edit_a_shared_programme(client, guide_programme, thali_coordinator):
    assert status(client, thali_coordinator, TL + f"programmes/{guide_programme.pk}/edit/") == 404
