"""Printable meeting minutes: a PDF in the community's main language, fonts embedded."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import timezone, translation

from chumchon.core.pdf import FONT_STACK, font_faces_css, render_pdf
from chumchon.governance.models import Meeting
from chumchon.governance.reports import attendance_summary, vote_summary


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
        "font_stack": FONT_STACK,
    }


def minutes_html(meeting: Meeting, show_names: bool = False) -> str:
    """The minutes as HTML in the community's main language and time zone."""
    community = meeting.community
    with translation.override(community.main_language), timezone.override(community.time_zone):
        return render_to_string("governance/minutes_pdf.html", minutes_context(meeting, show_names))


def minutes_pdf(meeting: Meeting, show_names: bool = False) -> bytes:
    """The minutes as a PDF; attendees' names only for readers who may see personal data."""
    return render_pdf(minutes_html(meeting, show_names))
