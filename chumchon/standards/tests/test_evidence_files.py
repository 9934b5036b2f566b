"""Evidence files are served by the platform, never from a plain /media/ address, and only to
those who may read the answer page: the community's own staff (and site administrators), not
programme officers, other communities or visitors (evidence can show households: PDPA)."""

import io

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from chumchon.standards.services import record_answer, start_assessment

from .conftest import indicator

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
DOCX = b"PK\x03\x04 not really a word document"


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (1, 1), "green").save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def draft(tha_li, small, thali_coordinator):
    return start_assessment(tha_li, small, thali_coordinator)


@pytest.fixture
def answered(draft, thali_coordinator):
    """Indicator 1.1 with a photo and a PDF; 1.2 with a Word document; 1.3 without files."""
    record_answer(
        draft,
        indicator(draft.framework, "1.1"),
        thali_coordinator,
        rating="partly",
        photo=SimpleUploadedFile("board.png", png_bytes(), content_type="image/png"),
        document=SimpleUploadedFile("minutes.pdf", PDF, content_type="application/pdf"),
    )
    record_answer(
        draft,
        indicator(draft.framework, "1.2"),
        thali_coordinator,
        rating="fully",
        document=SimpleUploadedFile("rules.docx", DOCX, content_type="application/octet-stream"),
    )
    record_answer(draft, indicator(draft.framework, "1.3"), thali_coordinator, rating="not")
    return draft


def page(assessment, number):
    i = indicator(assessment.framework, number)
    return f"/en/manage/t-tha-li/standards/{assessment.pk}/indicators/{i.pk}/"


def evidence(assessment, number, kind, slug="t-tha-li"):
    i = indicator(assessment.framework, number)
    return f"/en/manage/{slug}/standards/{assessment.pk}/indicators/{i.pk}/evidence/{kind}/"


def body(response) -> bytes:
    return b"".join(response.streaming_content)


@pytest.mark.parametrize("actor", ["thali_coordinator", "thali_treasurer", "site_admin"])
def test_the_communitys_staff_get_the_photo_and_the_pdf(client, request, answered, actor):
    client.force_login(request.getfixturevalue(actor))

    photo = client.get(evidence(answered, "1.1", "photo"))
    assert photo.status_code == 200
    assert body(photo) == png_bytes()
    assert photo["Content-Type"] == "image/png"
    assert photo["Cache-Control"] == "private, no-store"
    assert photo["X-Content-Type-Options"] == "nosniff"
    assert photo["Content-Disposition"].startswith("inline")

    document = client.get(evidence(answered, "1.1", "document"))
    assert document.status_code == 200
    assert body(document) == PDF
    assert document["Content-Type"] == "application/pdf"
    assert document["Cache-Control"] == "private, no-store"
    assert document["Content-Disposition"].startswith("inline")


def test_other_documents_are_downloaded_not_opened(client, answered, thali_coordinator):
    client.force_login(thali_coordinator)
    response = client.get(evidence(answered, "1.2", "document"))
    assert response.status_code == 200
    assert body(response) == DOCX
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert response["Content-Disposition"] == 'attachment; filename="rules.docx"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize("actor", ["botan_coordinator", "officer", "stranger"])
def test_no_one_else_gets_the_files(client, request, answered, actor):
    """The same rule as the answer page that shows them: officers read scores, not evidence."""
    client.force_login(request.getfixturevalue(actor))
    for number, kind in (("1.1", "photo"), ("1.1", "document"), ("1.2", "document")):
        response = client.get(evidence(answered, number, kind))
        assert response.status_code == 403
        assert PDF not in response.content and DOCX not in response.content
    assert client.get(page(answered, "1.1")).status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client, answered):
    response = client.get(evidence(answered, "1.1", "photo"))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not getattr(response, "streaming", False)


def test_a_botan_coordinator_cannot_reach_tha_li_evidence_through_bo_tan(
    client, answered, botan_coordinator
):
    client.force_login(botan_coordinator)
    for kind in ("photo", "document"):
        assert client.get(evidence(answered, "1.1", kind, slug="t-bo-tan")).status_code == 404


def test_unknown_kinds_missing_answers_and_empty_files_are_not_found(
    client, answered, thali_coordinator, media
):
    client.force_login(thali_coordinator)
    assert client.get(evidence(answered, "1.1", "note")).status_code == 404
    assert client.get(evidence(answered, "1.2", "photo")).status_code == 404  # no photo
    assert client.get(evidence(answered, "1.3", "document")).status_code == 404  # no files
    assert client.get(evidence(answered, "1.4", "photo")).status_code == 404  # no answer
    # A file that is gone from the disk is not found either (not a server error).
    answer = answered.answers.get(indicator__number="1.1")
    (media / answer.photo.name).unlink()
    assert client.get(evidence(answered, "1.1", "photo")).status_code == 404


def test_the_answer_page_links_the_view_not_media(client, answered, thali_coordinator):
    client.force_login(thali_coordinator)
    answer = answered.answers.get(indicator__number="1.1")
    html = client.get(page(answered, "1.1")).content.decode()
    assert f'src="{evidence(answered, "1.1", "photo")}"' in html
    assert f'href="{evidence(answered, "1.1", "document")}"' in html
    assert answer.photo.url not in html and answer.document.url not in html
    assert "/media/" not in html


def test_the_read_only_answer_page_links_the_view_not_media(client, answered, thali_treasurer):
    client.force_login(thali_treasurer)
    html = client.get(page(answered, "1.2")).content.decode()
    assert f'href="{evidence(answered, "1.2", "document")}"' in html
    assert "/evidence/photo/" not in html  # 1.2 has no photo
    assert "/media/" not in html


def test_the_admin_links_the_view_and_only_for_those_who_may_see_it(
    client, answered, site_admin, officer
):
    url = f"/en/admin/standards/assessment/{answered.pk}/change/"
    client.force_login(site_admin)
    html = client.get(url).content.decode()
    assert f'href="{evidence(answered, "1.1", "photo")}"' in html
    assert f'href="{evidence(answered, "1.2", "document")}"' in html
    assert "/media/" not in html

    # An officer with admin access reads the assessment but gets no link to the evidence.
    officer.is_staff = True
    officer.save()
    officer.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_assessment", "view_answer"])
    )
    client.force_login(officer)
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'id="answers-group"' in html and "Partly" in html  # the answers are there
    assert "/evidence/" not in html and "/media/" not in html
    assert "board.png" not in html and "rules.docx" not in html
