"""Printable minutes: a PDF with the Thai and Lao fonts embedded, in the community's language."""

import re
import zlib

import pytest
from django.urls import reverse

from chumchon.communities.models import Member
from chumchon.governance import services
from chumchon.governance.minutes import minutes_html, minutes_pdf
from chumchon.governance.models import Meeting
from chumchon.governance.tests.conftest import pass_deadline, vote_as


def embedded_fonts(pdf: bytes) -> set[str]:
    """Font names in the PDF, including those inside compressed object streams."""
    chunks = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            chunks.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    names = set()
    for chunk in chunks:
        names |= {m.decode() for m in re.findall(rb"/(?:BaseFont|FontName)\s*/([\w+\-]+)", chunk)}
    # "ABCDEF+Noto-Sans-Thai" -> "NotoSansThai"
    return {name.split("+")[-1].replace("-", "") for name in names}


@pytest.fixture
def decided_meeting(meeting, open_vote, thali_coordinator, village):
    vote_as(
        open_vote,
        thali_coordinator,
        village,
        {"TL-01": "yes", "TL-02": "yes", "TL-03": "no", "TL-04": "yes"},
        at_meeting=meeting,
    )
    services.close_vote(pass_deadline(open_vote))
    services.set_attendance(
        meeting, thali_coordinator, list(Member.objects.filter(name__in=["Somsri", "Malee"]))
    )
    meeting.minutes = "ที่ประชุมตกลงห้ามใช้โดรนเหนือวัด"
    meeting.agenda = "ເລື່ອງໂດຣນ"  # Lao too, so both scripts are printed
    meeting.save()
    meeting.decisions.add(open_vote.proposal)
    return meeting


def test_the_minutes_are_a_pdf_with_the_thai_and_lao_fonts_embedded(decided_meeting):
    pdf = minutes_pdf(decided_meeting)
    assert pdf.startswith(b"%PDF")
    fonts = embedded_fonts(pdf)
    assert "NotoSansThai" in fonts
    assert "NotoSansLao" in fonts


def english(meeting):
    # Read the wording in English (the source language), whatever the catalogues say.
    meeting.community.main_language = "en"
    return meeting


def test_the_minutes_show_attendance_counts_and_the_decision_with_its_vote(decided_meeting):
    html = minutes_html(english(decided_meeting))
    assert "No drones over the temple" in html
    assert "Yes 3 · No 1 · Abstain 0" in html
    assert "4 of 8 households voted; quorum 50%" in html
    assert "4 households' votes were recorded at this meeting." in html
    assert "2 members from 2 households" in html


def test_names_are_printed_only_for_readers_who_may_see_them(decided_meeting):
    assert "Somsri" in minutes_html(decided_meeting, show_names=True)
    assert "Somsri" not in minutes_html(decided_meeting, show_names=False)


def test_the_minutes_are_in_the_community_main_language(bo_tan, settings):
    bo_tan.main_language = "lo"
    bo_tan.save()
    meeting = Meeting.objects.create(community=bo_tan, date="2026-03-01", place="ຫໍປະຊຸມ")
    html = minutes_html(meeting)
    assert '<html lang="lo">' in html


def test_officers_download_the_minutes_without_names(client, officer, decided_meeting):
    client.force_login(officer)
    response = client.get(
        reverse("governance:meeting_minutes_pdf", args=["t-tha-li", decided_meeting.pk])
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
