"""Figures about participation that programme officers may read (no personal data)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count
from django.utils import timezone

from chumchon.communities.models import AgeGroup, Gender, Household
from chumchon.governance.models import Attendance, Ballot, Meeting, Proposal, Vote
from chumchon.governance.services import count


@dataclass
class AttendanceSummary:
    members: int
    guests: int
    by_gender: list[tuple[str, int]] = field(default_factory=list)
    by_age_group: list[tuple[str, int]] = field(default_factory=list)
    households: int = 0

    @property
    def total(self) -> int:
        return self.members + self.guests


def attendance_summary(meeting: Meeting) -> AttendanceSummary:
    """Members present by gender and age group, for the inclusion report."""
    present = meeting.attendees.all()
    genders = dict(present.values_list("gender").annotate(n=Count("id")))
    ages = dict(present.values_list("age_group").annotate(n=Count("id")))
    return AttendanceSummary(
        members=present.count(),
        guests=meeting.guests,
        by_gender=[(label, genders.get(value, 0)) for value, label in Gender.choices],
        by_age_group=[(label, ages.get(value, 0)) for value, label in AgeGroup.choices],
        households=present.values("household").distinct().count(),
    )


def vote_summary(vote: Vote) -> dict:
    """A vote's counts, turnout, quorum and result as plain data (pages, API, PDF)."""
    result = count(vote)
    return {
        "opens_at": vote.opens_at,
        "closes_at": vote.closes_at,
        "closed": vote.is_closed,
        "deadline_passed": not vote.is_closed and timezone.now() > vote.closes_at,
        "yes": result.yes,
        "no": result.no,
        "abstain": result.abstain,
        "cast": result.cast,
        "households": result.eligible,
        "turnout_percent": round(result.turnout_percent, 1),
        "quorum_percent": result.quorum_percent,
        "needed_for_quorum": result.needed_for_quorum,
        "quorum_reached": result.quorum_reached,
        # Only a closed vote has a result; an open one shows how it stands.
        "accepted": result.accepted if vote.is_closed else None,
        "at_meeting": vote.ballots.filter(recorded_at_meeting=True).count(),
    }


def proposal_summary(proposal: Proposal) -> dict:
    """A proposal with its latest vote, as the API's proposals endpoint describes it."""
    vote = proposal.current_vote
    return {
        "id": proposal.pk,
        "title": proposal.title,
        "language": proposal.language,
        "kind": proposal.kind,
        "status": proposal.status,
        "created": proposal.created,
        "decided_at": proposal.decided_at,
        "vote": vote_summary(vote) if vote else None,
    }


@dataclass
class Participation:
    """How a community takes part in its decisions, for programme officers."""

    households: int
    votes_closed: int
    average_turnout_percent: float | None
    households_voted: int  # active households that voted at least once in the period
    meetings: int
    attendances_by_gender: list[tuple[str, int]] = field(default_factory=list)

    @property
    def households_voted_percent(self) -> float | None:
        if not self.households:
            return None
        return round(100.0 * self.households_voted / self.households, 1)


def participation(community, since=None) -> Participation:
    """Votes held, turnout, households that voted and meetings held (since a date)."""
    votes = Vote.objects.filter(proposal__community=community, closed_at__isnull=False)
    meetings = Meeting.objects.filter(community=community)
    ballots = Ballot.objects.filter(vote__proposal__community=community)
    attendance = Attendance.objects.filter(meeting__community=community)
    if since is not None:
        votes = votes.filter(closed_at__date__gte=since)
        meetings = meetings.filter(date__gte=since)
        ballots = ballots.filter(cast_at__date__gte=since)
        attendance = attendance.filter(meeting__date__gte=since)
    turnouts = [
        100.0 * (v.yes_count + v.no_count + v.abstain_count) / v.eligible_households
        for v in votes
        if v.eligible_households
    ]
    active = Household.objects.filter(community=community, is_active=True)
    genders = dict(attendance.values_list("member__gender").annotate(n=Count("id")))
    return Participation(
        households=active.count(),
        votes_closed=votes.count(),
        average_turnout_percent=round(sum(turnouts) / len(turnouts), 1) if turnouts else None,
        households_voted=active.filter(ballots__in=ballots).distinct().count(),
        meetings=meetings.count(),
        attendances_by_gender=[(label, genders.get(value, 0)) for value, label in Gender.choices],
    )
