"""Answering on a phone: one indicator per page, a big button per answer, with evidence."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from chumchon.standards.models import Answer
from chumchon.standards.services import start_assessment

from .conftest import indicator


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def draft(tha_li, small, thali_coordinator):
    return start_assessment(tha_li, small, thali_coordinator)


def png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "green").save(buffer, format="PNG")
    return SimpleUploadedFile("board.png", buffer.getvalue(), content_type="image/png")


def url(a, i):
    return f"/en/manage/t-tha-li/standards/{a.pk}/indicators/{i.pk}/"


def test_the_answer_page_shows_four_big_answer_buttons(as_user, draft, thali_coordinator):
    html = as_user(thali_coordinator).get(url(draft, indicator(draft.framework, "1.1")))
    html = html.content.decode()
    for value in ("fully", "partly", "not", "not_applicable"):
        assert f'name="rating" value="{value}"' in html
    assert "Indicator 1.1" in html
    assert 'enctype="multipart/form-data"' in html


def test_tapping_an_answer_saves_it_with_evidence_and_opens_the_next_indicator(
    as_user, draft, thali_coordinator
):
    i = indicator(draft.framework, "1.1")
    response = as_user(thali_coordinator).post(
        url(draft, i),
        {
            "rating": "partly",
            "note": "Committee elected, roles not written yet",
            "photo": png(),
            "document": SimpleUploadedFile("minutes.pdf", b"%PDF-1.4 test", "application/pdf"),
            "record": "/manage/t-tha-li/training/",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == url(draft, indicator(draft.framework, "1.2"))
    answer = Answer.objects.get(assessment=draft, indicator=i)
    assert answer.rating == "partly"
    assert answer.note.startswith("Committee elected")
    assert answer.photo.name.endswith(".png")
    assert answer.document.name.endswith(".pdf")
    assert answer.record_path == "/manage/t-tha-li/training/"


def test_a_pasted_address_is_kept_without_its_language(as_user, draft, thali_coordinator):
    i = indicator(draft.framework, "1.1")
    as_user(thali_coordinator).post(
        url(draft, i), {"rating": "fully", "record_other": "/th/manage/t-tha-li/training/members/"}
    )
    assert Answer.objects.get(indicator=i).record_path == "/manage/t-tha-li/training/members/"


def test_an_address_outside_the_platform_is_refused(as_user, draft, thali_coordinator):
    i = indicator(draft.framework, "1.1")
    response = as_user(thali_coordinator).post(
        url(draft, i), {"rating": "fully", "record_other": "https://evil.example/"}
    )
    assert response.status_code == 200
    assert not Answer.objects.exists()


def test_a_document_of_an_unknown_type_is_refused(as_user, draft, thali_coordinator):
    i = indicator(draft.framework, "1.1")
    response = as_user(thali_coordinator).post(
        url(draft, i),
        {"rating": "fully", "document": SimpleUploadedFile("x.exe", b"MZ", "application/x")},
    )
    assert response.status_code == 200
    assert not Answer.objects.exists()


def test_the_last_indicator_returns_to_the_overview(as_user, draft, thali_coordinator):
    last = indicator(draft.framework, "2.2")
    response = as_user(thali_coordinator).post(url(draft, last), {"rating": "not"})
    assert response["Location"] == f"/en/manage/t-tha-li/standards/{draft.pk}/"


def test_the_coordinator_starts_completes_and_plans_on_the_phone(
    as_user, tha_li, small, thali_coordinator, household
):
    client = as_user(thali_coordinator)
    response = client.post(
        "/en/manage/t-tha-li/standards/start/",
        {"framework": small.pk, "date": "2026-02-01", "participants": "committee"},
    )
    assessment = tha_li.assessments.get()
    assert response["Location"] == f"/en/manage/t-tha-li/standards/{assessment.pk}/"
    for number in ("1.1", "1.2", "1.3", "1.4", "2.1", "2.2"):
        client.post(url(assessment, indicator(small, number)), {"rating": "not"})
    response = client.post(f"/en/manage/t-tha-li/standards/{assessment.pk}/complete/")
    assessment.refresh_from_db()
    assert assessment.is_completed

    somsri = household.members.get()
    response = client.post(
        f"/en/manage/t-tha-li/standards/{assessment.pk}/plan/",
        {
            "indicator": indicator(small, "1.1").pk,
            "action": "Write down each committee member's role",
            "owner_member": somsri.pk,
            "due_date": "2026-04-30",
        },
    )
    assert response.status_code == 302
    action = assessment.actions.get()
    assert action.owner == "Somsri"
    client.post(f"/en/manage/t-tha-li/standards/{assessment.pk}/plan/{action.pk}/done/")
    action.refresh_from_db()
    assert action.done and action.done_at


def test_an_action_needs_an_owner(as_user, two_assessments, thali_coordinator):
    first, _ = two_assessments
    response = as_user(thali_coordinator).post(
        f"/en/manage/t-tha-li/standards/{first.pk}/plan/", {"action": "Do something"}
    )
    assert response.status_code == 200
    assert not first.actions.exists()
