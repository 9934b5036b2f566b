"""The community's decisions: raise, discuss, vote, close, carry out; and meetings.

Every operation is one transaction and writes one audit entry. Votes are locked
(select_for_update) whenever ballots are cast or counted, so a ballot can never slip
in while the vote is being closed, and two ballots for one household replace each
other instead of both counting.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from chumchon.accounts.models import StaffRole
from chumchon.accounts.permissions import MANAGERS, can_manage
from chumchon.catalog.models import Offering, PriceTier
from chumchon.communities.models import Community, Household, Member
from chumchon.core.audit import log_action
from chumchon.core.models import Photo
from chumchon.governance.errors import GovernanceError
from chumchon.governance.models import (
    Ballot,
    Choice,
    Comment,
    CommunityGovernanceSettings,
    Meeting,
    Proposal,
    ProposalKind,
    ProposalStatus,
    Vote,
)
from chumchon.governance.tally import Tally, tally
from chumchon.money import quantum

COORDINATOR = (StaffRole.COORDINATOR,)
# Stages at which the proposal can still be put to a vote or withdrawn.
OPEN_FOR_DISCUSSION = (ProposalStatus.DRAFT, ProposalStatus.DISCUSSION)


def _require(user, community: Community, roles=MANAGERS) -> None:
    if not can_manage(user, community, roles):
        raise PermissionDenied


def _same_community(obj, community: Community) -> None:
    if obj is not None and obj.community.pk != community.pk:
        raise GovernanceError("not_in_community")


def governance_settings(community: Community) -> CommunityGovernanceSettings:
    """The community's decision rules (the defaults until someone sets them)."""
    rules = CommunityGovernanceSettings.objects.filter(community=community).first()
    return rules or CommunityGovernanceSettings(community=community)


# --- Proposals -------------------------------------------------------------------


def _price_change(offering: Offering, prices: dict[str, Any]) -> dict[str, str]:
    """Check proposed prices against the offering's tiers; returns {kind: "amount"}."""
    prices = {kind: value for kind, value in prices.items() if value not in (None, "")}
    if not prices:
        raise GovernanceError("price_needs_amounts")
    existing = set(offering.price_tiers.values_list("kind", flat=True))
    step = quantum(offering.community.currency_id)
    change = {}
    for kind, value in prices.items():
        if kind not in existing:
            raise GovernanceError("unknown_tier", kind=kind)
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            raise GovernanceError("bad_amount", kind=kind) from None
        if not amount.is_finite() or amount < 0 or amount != amount.quantize(step):
            raise GovernanceError("bad_amount", kind=kind)
        change[kind] = str(amount.quantize(step))
    return change


@transaction.atomic
def raise_proposal(
    community: Community,
    by,
    *,
    kind: str,
    title: str,
    text: str,
    language: str,
    member: Member | None = None,
    target: models.Model | None = None,
    prices: dict[str, Any] | None = None,
    change_description: str = "",
    draft: bool = False,
) -> Proposal:
    """Write down a member's proposal (coordinators and treasurers do it on their behalf).

    A price change names the offering (`target`) and the new prices by tier kind.
    """
    _require(by, community)
    if not title.strip() or not text.strip():
        raise GovernanceError("no_text")
    if member is not None:
        _same_community(member, community)
    _same_community(target, community)
    change: dict[str, Any] = {}
    if kind == ProposalKind.PRICE:
        if not isinstance(target, Offering):
            raise GovernanceError("price_needs_offering")
        change = _price_change(target, prices or {})
    proposal = Proposal.objects.create(
        community=community,
        author_member=member,
        author_user=by,
        kind=kind,
        title=title.strip(),
        text=text.strip(),
        language=language,
        target_type=ContentType.objects.get_for_model(target) if target is not None else None,
        target_id=target.pk if target is not None else None,
        change=change,
        change_description=change_description.strip(),
        status=ProposalStatus.DRAFT if draft else ProposalStatus.DISCUSSION,
    )
    log_action(by, "proposal.raised", proposal, kind=kind, member=member and member.pk)
    return proposal


def _locked(proposal: Proposal) -> Proposal:
    # of="self": lock the proposal only, not the community row it is read with.
    return (
        Proposal.objects.select_for_update(of=("self",))
        .select_related("community")
        .get(pk=proposal.pk)
    )


@transaction.atomic
def start_discussion(proposal: Proposal, by) -> Proposal:
    """Share a draft with the community for discussion."""
    proposal = _locked(proposal)
    _require(by, proposal.community)
    if proposal.status != ProposalStatus.DRAFT:
        raise GovernanceError("wrong_status")
    proposal.status = ProposalStatus.DISCUSSION
    proposal.save(update_fields=["status"])
    log_action(by, "proposal.discussion_started", proposal)
    return proposal


@transaction.atomic
def withdraw_proposal(proposal: Proposal, by) -> Proposal:
    """Take a proposal back before it goes to a vote."""
    proposal = _locked(proposal)
    _require(by, proposal.community)
    if proposal.status not in OPEN_FOR_DISCUSSION:
        raise GovernanceError("wrong_status")
    proposal.status = ProposalStatus.WITHDRAWN
    proposal.save(update_fields=["status"])
    log_action(by, "proposal.withdrawn", proposal)
    return proposal


@transaction.atomic
def comment(
    proposal: Proposal, by, text: str, *, language: str, member: Member | None = None
) -> Comment:
    """Add to the discussion, in the writer's words or a member's (`member`)."""
    community = proposal.community
    _require(by, community)
    if not text.strip():
        raise GovernanceError("no_text")
    if member is not None:
        _same_community(member, community)
    if proposal.status == ProposalStatus.WITHDRAWN:
        raise GovernanceError("wrong_status")
    note = Comment.objects.create(
        proposal=proposal, member=member, user=by, text=text.strip(), language=language
    )
    log_action(by, "proposal.commented", proposal, comment=note.pk)
    return note


# --- Votes -----------------------------------------------------------------------


def vote_can_open(proposal: Proposal) -> bool:
    """Is the proposal at a stage where a vote can be opened?

    A proposal under discussion (or still a draft) can go to a vote; so can one whose
    last vote failed only for lack of quorum, as committees then hold it again.
    """
    if proposal.status in OPEN_FOR_DISCUSSION:
        return True
    if proposal.status != ProposalStatus.REJECTED:
        return False
    last = proposal.votes.filter(closed_at__isnull=False).order_by("-closed_at").first()
    return last is not None and not last.quorum_reached


@transaction.atomic
def open_vote(proposal: Proposal, by, closes_at: dt.datetime) -> Vote:
    """Open a vote until `closes_at`, with the community's current quorum."""
    proposal = _locked(proposal)
    _require(by, proposal.community, COORDINATOR)
    if not vote_can_open(proposal):
        raise GovernanceError("wrong_status")
    now = timezone.now()
    if closes_at <= now:
        raise GovernanceError("deadline_past")
    rules = governance_settings(proposal.community)
    vote = Vote.objects.create(
        proposal=proposal,
        opened_by=by,
        opens_at=now,
        closes_at=closes_at,
        quorum_percent=rules.quorum_percent,
    )
    proposal.status = ProposalStatus.VOTING
    proposal.decided_at = None
    proposal.save(update_fields=["status", "decided_at"])
    log_action(
        by,
        "vote.opened",
        proposal,
        vote=vote.pk,
        closes_at=closes_at.isoformat(),
        quorum_percent=vote.quorum_percent,
    )
    return vote


def _locked_vote(vote: Vote) -> Vote:
    # The vote row is the lock that orders everything done to one vote: ballots for
    # the same household, and closing. Without it two ballots could both see "no
    # ballot yet" and one would fail on the unique constraint instead of replacing.
    return (
        Vote.objects.select_for_update(of=("self",))
        .select_related("proposal__community")
        .get(pk=vote.pk)
    )


@transaction.atomic
def cast_ballot(
    vote: Vote,
    household: Household,
    choice: str,
    by,
    at_meeting: Meeting | None = None,
    *,
    member: Member | None = None,
) -> Ballot:
    """Record a household's vote; a second ballot before the deadline replaces the first.

    Coordinators record ballots, e.g. for a member without a smartphone; `at_meeting`
    marks a ballot given at a meeting.
    """
    vote = _locked_vote(vote)
    community = vote.proposal.community
    _require(by, community, COORDINATOR)
    if vote.is_closed:
        raise GovernanceError("vote_closed")
    now = timezone.now()
    if now < vote.opens_at:
        raise GovernanceError("vote_not_started")
    if now > vote.closes_at:
        raise GovernanceError("deadline_passed")
    if choice not in Choice.values:
        raise GovernanceError("bad_choice")
    _same_community(household, community)
    if not household.is_active:
        raise GovernanceError("household_inactive")
    if member is not None and member.household_id != household.pk:
        raise GovernanceError("member_not_in_household")
    _same_community(at_meeting, community)
    values = {
        "choice": choice,
        "member": member,
        "recorded_by": by,
        "recorded_at_meeting": at_meeting is not None,
        "meeting": at_meeting,
        "cast_at": now,
    }
    ballot = Ballot.objects.filter(vote=vote, household=household).first()
    previous = ballot.choice if ballot else None
    if ballot is None:
        ballot = Ballot.objects.create(vote=vote, household=household, **values)
    else:
        for field, value in values.items():
            setattr(ballot, field, value)
        ballot.save()
    log_action(
        by,
        "vote.ballot_recorded",
        vote.proposal,
        community=community,
        vote=vote.pk,
        household=household.code,
        choice=choice,
        replaced=previous,
        meeting=at_meeting and at_meeting.pk,
    )
    return ballot


def eligible_households(vote: Vote) -> int:
    """Active households now, plus any that voted and have since left."""
    community = vote.proposal.community
    return (
        Household.objects.filter(Q(community=community, is_active=True) | Q(ballots__vote=vote))
        .distinct()
        .count()
    )


def count(vote: Vote) -> Tally:
    """The tally as it stands (final once the vote is closed)."""
    if vote.is_closed:
        return vote.result
    choices = list(vote.ballots.values_list("choice", flat=True))
    return tally(choices, eligible_households(vote), vote.quorum_percent)


@transaction.atomic
def close_vote(vote: Vote, by=None, *, now: dt.datetime | None = None) -> Vote:
    """Count the ballots and freeze the result; `by` is None for the scheduled close.

    A coordinator may close early only once every household has voted: the deadline
    is a promise to the households that they still have time. `now` is when the
    closing happens (the scheduled run's time; the demo's past votes).
    """
    vote = _locked_vote(vote)
    proposal = vote.proposal
    if by is not None:
        _require(by, proposal.community, COORDINATOR)
    if vote.is_closed:
        raise GovernanceError("vote_closed")
    now = now or timezone.now()
    result = count(vote)
    if now < vote.closes_at and result.cast < result.eligible:
        raise GovernanceError("too_early_to_close")
    # One UPDATE writes the whole result; the database refuses any later change.
    Vote.objects.filter(pk=vote.pk, closed_at__isnull=True).update(
        closed_at=now,
        closed_by=by,
        yes_count=result.yes,
        no_count=result.no,
        abstain_count=result.abstain,
        eligible_households=result.eligible,
        quorum_reached=result.quorum_reached,
        accepted=result.accepted,
    )
    vote.refresh_from_db()
    Proposal.objects.filter(pk=proposal.pk).update(
        status=ProposalStatus.ACCEPTED if result.accepted else ProposalStatus.REJECTED,
        decided_at=now,
    )
    log_action(
        by,
        "vote.closed",
        proposal,
        vote=vote.pk,
        yes=result.yes,
        no=result.no,
        abstain=result.abstain,
        households=result.eligible,
        quorum_percent=result.quorum_percent,
        quorum_reached=result.quorum_reached,
        accepted=result.accepted,
    )
    return vote


def close_due_votes(now: dt.datetime | None = None) -> int:
    """Close every open vote whose deadline has passed; returns how many were closed."""
    now = now or timezone.now()
    closed = 0
    due = Vote.objects.filter(closed_at__isnull=True, closes_at__lte=now).values_list(
        "pk", flat=True
    )
    for pk in list(due):
        try:
            close_vote(Vote(pk=pk), now=now)
        except GovernanceError:
            continue  # closed meanwhile by a coordinator
        closed += 1
    return closed


# --- Carrying out a decision -----------------------------------------------------


def _apply_price_change(proposal: Proposal, by) -> dict[str, Any]:
    offering = proposal.target
    if not isinstance(offering, Offering) or offering.community_id != proposal.community_id:
        raise GovernanceError("target_missing")
    tiers = {
        tier.kind: tier for tier in PriceTier.objects.select_for_update().filter(offering=offering)
    }
    changes = {}
    for kind, amount in proposal.change.items():
        tier = tiers.get(kind)
        if tier is None:
            raise GovernanceError("unknown_tier", kind=kind)
        changes[kind] = [str(tier.amount), amount]
        tier.amount = Decimal(amount)
        tier.save(update_fields=["amount"])
    log_action(
        by,
        "offering.prices_changed",
        offering,
        community=proposal.community,
        decision=proposal.pk,
        prices=changes,
    )
    return {"prices": changes}


# Kinds whose change the platform can make itself. Other accepted proposals (a product
# idea, a rule for visitors, a use of the fund, until routes and the fund ledger exist)
# are carried out by people; applying them records that it was done.
APPLIERS = {ProposalKind.PRICE: _apply_price_change}


@transaction.atomic
def apply_proposal(proposal: Proposal, by) -> Proposal:
    """Carry out an accepted proposal, once, linking the decision in the audit log."""
    proposal = _locked(proposal)
    _require(by, proposal.community, COORDINATOR)
    if proposal.status == ProposalStatus.APPLIED:
        raise GovernanceError("already_applied")
    if proposal.status != ProposalStatus.ACCEPTED:
        raise GovernanceError("not_accepted")
    applier = APPLIERS.get(proposal.kind)
    details = applier(proposal, by) if applier else {}
    proposal.status = ProposalStatus.APPLIED
    proposal.applied_at = timezone.now()
    proposal.applied_by = by
    proposal.save(update_fields=["status", "applied_at", "applied_by"])
    log_action(by, "proposal.applied", proposal, decision=proposal.pk, **details)
    return proposal


@transaction.atomic
def set_publication(proposal: Proposal, by, is_public: bool) -> Proposal:
    """Show or hide a decision on the community's public page."""
    proposal = _locked(proposal)
    _require(by, proposal.community, COORDINATOR)
    proposal.is_public = is_public
    proposal.save(update_fields=["is_public"])
    log_action(by, "proposal.published" if is_public else "proposal.unpublished", proposal)
    return proposal


# --- Photos and meetings ---------------------------------------------------------


@transaction.atomic
def add_photo(subject: Proposal | Meeting, by, image, caption: str = "") -> Photo:
    """Attach a photo to a proposal or a meeting."""
    _require(by, subject.community)
    photo = Photo(subject=subject, image=image, caption=caption.strip())
    photo.save()
    log_action(by, "photo.added", subject, photo=photo.pk)
    return photo


@transaction.atomic
def set_attendance(meeting: Meeting, by, members: list[Member]) -> int:
    """Replace the list of members present; returns how many were present."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    _require(by, meeting.community)
    wanted = {m.pk for m in members}
    allowed = set(
        Member.objects.filter(household__community=meeting.community, pk__in=wanted).values_list(
            "pk", flat=True
        )
    )
    if allowed != wanted:
        raise GovernanceError("not_in_community")
    meeting.attendance.exclude(member_id__in=wanted).delete()
    present = set(meeting.attendance.values_list("member_id", flat=True))
    meeting.attendance.bulk_create(
        [meeting.attendance.model(meeting=meeting, member_id=pk) for pk in wanted - present]
    )
    log_action(by, "meeting.attendance_recorded", meeting, present=len(wanted))
    return len(wanted)
