"""The certificate PDF: fonts embedded for Thai and Lao, and a QR code of the check URL."""

import re
import zlib

import segno

from chumchon.communities.models import Member
from chumchon.training.certificates import certificate_html, certificate_pdf, check_url
from chumchon.training.models import Session
from chumchon.training.services import complete_session, issue_certificate, record_attendance


def embedded_font_names(pdf: bytes) -> set[str]:
    """Font names of the PDF, looking inside its compressed object streams too."""
    chunks = [pdf]
    for match in re.finditer(rb"stream\r?\n", pdf):
        end = pdf.find(b"endstream", match.end())
        try:
            # A decompressor object stops at the end of the deflate data, so the line
            # break before "endstream" (which may be \r\n) does not matter.
            chunks.append(zlib.decompressobj().decompress(pdf[match.end() : end]))
        except zlib.error:
            pass
    names = set()
    for chunk in chunks:
        names |= {n.decode() for n in re.findall(rb"/(?:BaseFont|FontName)\s*/([\w+\-]+)", chunk)}
    # "ABCDEF+Noto-Sans-Thai": drop the subset tag and the hyphens.
    return {n.split("+")[-1].replace("-", "") for n in names}


def test_a_thai_certificate_is_a_pdf_with_the_thai_font_embedded(certificate):
    pdf = certificate_pdf(certificate)
    assert pdf.startswith(b"%PDF")
    assert certificate.language == "th"
    assert "NotoSansThai" in embedded_font_names(pdf)


def test_a_lao_certificate_embeds_the_lao_font(
    bo_tan, botan_household, guiding_module, botan_coordinator
):
    member = Member.objects.create(
        household=botan_household, name="Bounmy", gender="male", age_group="25-39"
    )
    session = Session.objects.create(
        module=guiding_module, community=bo_tan, trainer="T", date="2026-03-02"
    )
    bo_tan.main_language = "lo"
    bo_tan.save()
    record_attendance(session, [member], botan_coordinator)
    complete_session(session, botan_coordinator)
    certificate = issue_certificate(member, guiding_module, botan_coordinator)

    assert certificate.language == "lo"
    fonts = embedded_font_names(certificate_pdf(certificate))
    assert "NotoSansLao" in fonts


def test_the_qr_code_holds_the_check_url(certificate, settings):
    settings.SITE_URL = "https://chumchon.example"
    url = check_url(certificate)
    assert url == f"https://chumchon.example/th/certificates/{certificate.code}/"

    html = certificate_html(certificate)

    # segno is deterministic: the same text gives the same modules, so the SVG in the
    # certificate is the QR code of exactly this URL.
    expected = segno.make(url, error="m").svg_inline(scale=4, omitsize=True, border=2)
    assert expected in html
    assert url in html


def test_the_certificate_can_be_printed_in_the_members_language(certificate, settings):
    settings.SITE_URL = "https://chumchon.example"
    html = certificate_html(certificate, "en")
    assert "Certificate of training" in html
    assert "https://chumchon.example/en/certificates/" in html


def test_the_coordinator_downloads_the_pdf(as_user, certificate, thali_coordinator):
    response = as_user(thali_coordinator).get(
        f"/en/manage/t-tha-li/training/certificates/{certificate.code}/pdf/"
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
