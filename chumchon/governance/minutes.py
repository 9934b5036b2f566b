"""Printable meeting minutes: a PDF in the community's main language, fonts embedded."""

from __future__ import annotations

from urllib.parse import quote

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import timezone, translation

from chumchon.governance.models import Meeting
from chumchon.governance.reports import attendance_summary, vote_summary

# The fonts the site already serves: a Latin subset (digits, ฿, ₭), Thai and Lao.
# WeasyPrint embeds each one used, under these family names.
PDF_FONTS = (
    ("Noto Sans Latin", "noto-sans-thai-latin"),
    ("Noto Sans Thai", "noto-sans-thai-thai"),
    ("Noto Sans Lao", "noto-sans-lao-lao"),
)


def font_faces_css() -> str:
    """@font-face rules pointing at the shipped woff2 files, so the PDF embeds them."""
    rules = []
    for family, stem in PDF_FONTS:
        for weight in (400, 700):
            path = finders.find(f"vendor/fonts/{stem}-{weight}-normal.woff2")
            if path:
                rules.append(
                    f'@font-face {{ font-family: "{family}"; font-weight: {weight}; '
                    f'src: url("file://{quote(str(path))}") format("woff2"); }}'
                )
    return "\n".join(rules)


def minutes_context(meeting: Meeting, show_names: bool) -> dict:
    decisions = []
    for proposal in meeting.decisions.all():
        vote = proposal.votes.filter(closed_at__isnull=False).order_by("-closed_at").first()
        decisions.append({"proposal": proposal, "vote": vote_summary(vote) if vote else None})
    attendees = (
        meeting.attendees.select_related("household").order_by("household__code", "name")
        if show_names
        else None
    )
    return {
        "meeting": meeting,
        "community": meeting.community,
        "summary": attendance_summary(meeting),
        "attendees": attendees,
        "decisions": decisions,
        "ballots_at_meeting": meeting.ballots.count(),
        "font_faces": font_faces_css(),
        "font_stack": ", ".join(f'"{family}"' for family, _stem in PDF_FONTS),
    }


def minutes_html(meeting: Meeting, show_names: bool = False) -> str:
    """The minutes as HTML in the community's main language and time zone."""
    community = meeting.community
    with translation.override(community.main_language), timezone.override(community.time_zone):
        return render_to_string("governance/minutes_pdf.html", minutes_context(meeting, show_names))


def minutes_pdf(meeting: Meeting, show_names: bool = False) -> bytes:
    """The minutes as a PDF; attendees' names only for readers who may see personal data."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    html = minutes_html(meeting, show_names)
    # Local fonts only: printing never reaches out to the network.
    fetcher = URLFetcher(allowed_protocols=("file", "data"))
    return HTML(string=html, url_fetcher=fetcher).write_pdf()
