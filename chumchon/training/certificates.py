"""A certificate as a PDF, with a QR code that opens the public check page.

The PDF embeds the Thai, Lao and Latin fonts the site already ships, so it prints the
same on any computer; WeasyPrint shapes Thai and Lao correctly.
"""

from __future__ import annotations

from urllib.parse import quote

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from chumchon.core.pdf import FONT_STACK, font_faces_css, render_pdf
from chumchon.training.models import Certificate


def check_url(certificate: Certificate, language: str | None = None) -> str:
    """The absolute address of the public check page, in the certificate's language."""
    base = getattr(settings, "SITE_URL", "http://127.0.0.1:8000").rstrip("/")
    language = language or certificate.language
    return f"{base}/{language}/certificates/{quote(certificate.code)}/"


def certificate_qr(certificate: Certificate) -> segno.QRCode:
    return segno.make(check_url(certificate), error="m")


def first_name(member) -> str:
    """What the public page may show of a member: the nickname, or the first given name."""
    if member.nickname:
        return member.nickname
    parts = member.name.split()
    return parts[0] if parts else ""


def certificate_context(certificate: Certificate, language: str) -> dict:
    member = certificate.member
    community = member.household.community
    subject = certificate.subject
    if certificate.module_id:
        hours = certificate.module.hours
        skills = list(certificate.module.skills.all())
    else:
        hours = certificate.programme.total_hours
        skills = [s for m in certificate.programme.modules.all() for s in m.skills.all()]
    return {
        "certificate": certificate,
        "member": member,
        "community": community,
        "subject": subject,
        "hours": hours,
        "skills": list(dict.fromkeys(skills)),
        "check_url": check_url(certificate, language),
        "qr_svg": segno.make(check_url(certificate, language), error="m").svg_inline(
            scale=4, omitsize=True, border=2
        ),
        "font_faces": font_faces_css(),
        "font_stack": FONT_STACK,
    }


def certificate_html(certificate: Certificate, language: str | None = None) -> str:
    language = language or certificate.language
    community = certificate.community
    with translation.override(language), timezone.override(community.time_zone):
        return render_to_string(
            "training/certificate_pdf.html", certificate_context(certificate, language)
        )


def certificate_pdf(certificate: Certificate, language: str | None = None) -> bytes:
    """The certificate as an A4 landscape PDF in `language` (the certificate's by default)."""
    return render_pdf(certificate_html(certificate, language))
