"""Phone pages for the community's proposals, votes and meetings.

Everyone with a right to the community's records reads them; coordinators and
treasurers write proposals, comments and minutes; only coordinators run votes and
carry out decisions. Programme officers see household codes, never names.
"""

from functools import wraps

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chumchon.accounts.permissions import can_manage, can_see_personal_data, community_access
from chumchon.catalog.models import Offering, TierKind
from chumchon.core.services import save_with_audit
from chumchon.governance import services
from chumchon.governance.errors import GovernanceError
from chumchon.governance.forms import (
    AttendanceForm,
    BallotForm,
    CommentForm,
    MeetingForm,
    OpenVoteForm,
    PhotoForm,
    ProposalForm,
)
from chumchon.governance.minutes import minutes_pdf
from chumchon.governance.models import Meeting, Proposal, ProposalKind, ProposalStatus
from chumchon.governance.reports import attendance_summary, vote_summary
from chumchon.governance.services import COORDINATOR, OPEN_FOR_DISCUSSION

# The order in which the list shows each stage: what needs people's attention first.
LIST_SECTIONS = [
    (ProposalStatus.VOTING,),
    (ProposalStatus.DISCUSSION,),
    (ProposalStatus.DRAFT,),
    (ProposalStatus.ACCEPTED, ProposalStatus.APPLIED),
    (ProposalStatus.REJECTED,),
    (ProposalStatus.WITHDRAWN,),
]


def in_community_time(view):
    """Show and read dates in the community's own time zone."""

    @wraps(view)
    def wrapped(request, community, *args, **kwargs):
        with timezone.override(community.time_zone):
            return view(request, community, *args, **kwargs)

    return wrapped


def _proposal(community, pk) -> Proposal:
    return get_object_or_404(
        Proposal.objects.select_related("community"), pk=pk, community=community
    )


def _refused(request, err: GovernanceError):
    messages.error(request, str(err))


def _rights(user, community) -> dict:
    return {
        "can_manage": can_manage(user, community),
        "is_coordinator": can_manage(user, community, COORDINATOR),
        "show_names": can_see_personal_data(user, community),
    }


# --- Proposals -------------------------------------------------------------------


@community_access("read")
@in_community_time
def proposals(request, community):
    chosen = request.GET.get("status")
    items = list(
        community.proposals.select_related("author_member__household").prefetch_related("votes")
    )
    sections = []
    for statuses in LIST_SECTIONS:
        if chosen and chosen not in statuses:
            continue
        rows = [p for p in items if p.status in statuses]
        if rows or not chosen:
            sections.append((ProposalStatus(statuses[0]).label, statuses[0], rows))
    return render(
        request,
        "governance/proposals.html",
        {
            "community": community,
            "sections": sections,
            "chosen": chosen,
            "has_any": bool(items),
            "statuses": ProposalStatus.choices,
            **_rights(request.user, community),
        },
    )


@community_access("manage")
@in_community_time
def proposal_new(request, community):
    form = ProposalForm(request.POST or None, request.FILES or None, community=community)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        kind = data["kind"]
        try:
            proposal = services.raise_proposal(
                community,
                request.user,
                kind=kind,
                title=data["title"],
                text=data["text"],
                language=data["language"],
                member=data["member"],
                target=data["offering"] if kind == ProposalKind.PRICE else None,
                prices=form.prices() if kind == ProposalKind.PRICE else None,
                change_description=data["change_description"],
                draft=request.POST.get("action") == "draft",
            )
        except GovernanceError as err:
            form.add_error(None, str(err))
        else:
            if data["photo"]:
                services.add_photo(proposal, request.user, data["photo"], data["photo_caption"])
            messages.success(request, _("The proposal is written down."))
            return redirect(proposal)
    return render(
        request,
        "governance/proposal_form.html",
        {"community": community, "form": form},
    )


def _price_rows(proposal: Proposal) -> list[tuple]:
    """(tier, price now, proposed price) for a price change."""
    if proposal.kind != ProposalKind.PRICE or not isinstance(proposal.target, Offering):
        return []
    now = {t.kind: t.amount for t in proposal.target.price_tiers.all()}
    return [
        (TierKind(kind).label, now.get(kind), amount) for kind, amount in proposal.change.items()
    ]


def _ballots(vote) -> list:
    return list(vote.ballots.select_related("household", "meeting", "member", "recorded_by"))


@community_access("read")
@in_community_time
def proposal(request, community, pk):
    item = _proposal(community, pk)
    rights = _rights(request.user, community)
    vote = item.current_vote
    summary = vote_summary(vote) if vote else None
    now = timezone.now()
    vote_open = vote is not None and not vote.is_closed
    return render(
        request,
        "governance/proposal.html",
        {
            "community": community,
            "proposal": item,
            "comments": item.comments.select_related("member__household", "user"),
            "photos": item.photos.all(),
            "price_rows": _price_rows(item),
            "vote": vote,
            "summary": summary,
            "vote_open": vote_open,
            "comment_form": CommentForm(community=community) if rights["can_manage"] else None,
            "photo_form": PhotoForm() if rights["can_manage"] else None,
            "can_open_vote": rights["is_coordinator"] and services.vote_can_open(item),
            "can_record": rights["is_coordinator"] and vote_open and vote.accepts_ballots(now),
            "can_close": rights["is_coordinator"]
            and vote_open
            and (now >= vote.closes_at or summary["cast"] >= summary["households"]),
            "can_apply": rights["is_coordinator"] and item.status == ProposalStatus.ACCEPTED,
            "can_withdraw": rights["can_manage"] and item.status in OPEN_FOR_DISCUSSION,
            "can_discuss": rights["can_manage"] and item.status == ProposalStatus.DRAFT,
            "can_publish": rights["is_coordinator"]
            and item.status
            in (ProposalStatus.ACCEPTED, ProposalStatus.APPLIED, ProposalStatus.REJECTED),
            **rights,
        },
    )


@require_POST
@community_access("manage")
def proposal_comment(request, community, pk):
    item = _proposal(community, pk)
    form = CommentForm(request.POST, community=community)
    if form.is_valid():
        try:
            services.comment(
                item,
                request.user,
                form.cleaned_data["text"],
                language=form.cleaned_data["language"],
                member=form.cleaned_data["member"],
            )
        except GovernanceError as err:
            _refused(request, err)
    else:
        messages.error(request, _("Write a comment first."))
    return redirect(item)


@require_POST
@community_access("manage")
def proposal_photo(request, community, pk):
    item = _proposal(community, pk)
    form = PhotoForm(request.POST, request.FILES)
    if form.is_valid():
        services.add_photo(
            item, request.user, form.cleaned_data["image"], form.cleaned_data["caption"]
        )
        messages.success(request, _("Photo added."))
    else:
        messages.error(request, _("Choose a photo (JPEG or PNG)."))
    return redirect(item)


@require_POST
@community_access("manage")
def proposal_stage(request, community, pk, action):
    """Share a draft for discussion, or withdraw a proposal."""
    item = _proposal(community, pk)
    change = {"discuss": services.start_discussion, "withdraw": services.withdraw_proposal}
    try:
        change[action](item, request.user)
    except GovernanceError as err:
        _refused(request, err)
    return redirect(item)


@require_POST
@community_access("manage", roles=COORDINATOR)
def proposal_publish(request, community, pk):
    item = _proposal(community, pk)
    services.set_publication(item, request.user, request.POST.get("is_public") == "1")
    return redirect(item)


@community_access("manage", roles=COORDINATOR)
@in_community_time
def vote_open(request, community, pk):
    item = _proposal(community, pk)
    form = OpenVoteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.open_vote(item, request.user, form.cleaned_data["closes_at"])
        except GovernanceError as err:
            form.add_error("closes_at" if err.code == "deadline_past" else None, str(err))
        else:
            messages.success(request, _("The vote is open."))
            return redirect(item)
    return render(
        request,
        "governance/vote_open.html",
        {
            "community": community,
            "proposal": item,
            "form": form,
            "rules": services.governance_settings(community),
            "households": community.households.filter(is_active=True).count(),
        },
    )


@community_access("manage", roles=COORDINATOR)
@in_community_time
def ballot_record(request, community, pk):
    item = _proposal(community, pk)
    vote = item.votes.filter(closed_at__isnull=True).first()
    if vote is None:
        messages.error(request, _("No vote is open on this proposal."))
        return redirect(item)
    initial = {"meeting": request.GET.get("meeting")}
    form = BallotForm(request.POST or None, community=community, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            ballot = services.cast_ballot(
                vote,
                data["household"],
                data["choice"],
                request.user,
                at_meeting=data["meeting"],
                member=data["member"],
            )
        except GovernanceError as err:
            form.add_error(None, str(err))
        else:
            messages.success(
                request,
                _("Recorded: %(household)s voted %(choice)s.")
                % {"household": ballot.household.code, "choice": ballot.get_choice_display()},
            )
            # Straight on to the next household: at a meeting they queue up.
            url = request.path
            if data["meeting"]:
                url += f"?meeting={data['meeting'].pk}"
            return redirect(url)
    voted = {b.household_id: b for b in vote.ballots.all()}
    return render(
        request,
        "governance/ballot_form.html",
        {
            "community": community,
            "proposal": item,
            "vote": vote,
            "summary": vote_summary(vote),
            "form": form,
            "households": [
                (h, voted.get(h.pk)) for h in community.households.filter(is_active=True)
            ],
        },
    )


@community_access("manage", roles=COORDINATOR)
@in_community_time
def vote_close(request, community, pk):
    item = _proposal(community, pk)
    vote = item.votes.filter(closed_at__isnull=True).first()
    if vote is None:
        messages.error(request, _("No vote is open on this proposal."))
        return redirect(item)
    if request.method == "POST":
        try:
            services.close_vote(vote, request.user)
        except GovernanceError as err:
            _refused(request, err)
            return redirect(item)
        messages.success(request, _("The vote is closed and its result recorded."))
        return redirect("governance:results", community.slug, item.pk)
    return render(
        request,
        "governance/confirm.html",
        {
            "community": community,
            "proposal": item,
            "summary": vote_summary(vote),
            "title": _("Close the vote"),
            "question": _("Close the vote now? Its result will be final and cannot change."),
            "button": _("Close the vote"),
        },
    )


@community_access("manage", roles=COORDINATOR)
@in_community_time
def proposal_apply(request, community, pk):
    item = _proposal(community, pk)
    if request.method == "POST":
        try:
            services.apply_proposal(item, request.user)
        except GovernanceError as err:
            _refused(request, err)
        else:
            messages.success(request, _("The decision is carried out."))
        return redirect(item)
    question = (
        _("Change the prices as decided? Bookings made from now on pay the new prices.")
        if item.kind == ProposalKind.PRICE
        else _("Record that the decision has been carried out?")
    )
    return render(
        request,
        "governance/confirm.html",
        {
            "community": community,
            "proposal": item,
            "price_rows": _price_rows(item),
            "title": _("Carry out the decision"),
            "question": question,
            "button": _("Carry it out"),
        },
    )


@community_access("read")
@in_community_time
def results(request, community, pk):
    item = _proposal(community, pk)
    rights = _rights(request.user, community)
    rounds = [(vote, vote_summary(vote), _ballots(vote)) for vote in item.votes.all()]
    return render(
        request,
        "governance/results.html",
        {"community": community, "proposal": item, "rounds": rounds, **rights},
    )


# --- Meetings --------------------------------------------------------------------


def _meeting(community, pk) -> Meeting:
    return get_object_or_404(
        Meeting.objects.select_related("community"), pk=pk, community=community
    )


@community_access("read")
def meetings(request, community):
    items = community.meetings.prefetch_related("decisions")
    return render(
        request,
        "governance/meetings.html",
        {
            "community": community,
            "meetings": [(m, attendance_summary(m)) for m in items],
            **_rights(request.user, community),
        },
    )


@community_access("manage")
def meeting_edit(request, community, pk=None):
    meeting = _meeting(community, pk) if pk else Meeting()
    form = MeetingForm(
        request.POST or None, instance=meeting, community=community, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        action = "meeting.changed" if pk else "meeting.created"
        meeting = save_with_audit(request.user, action, form, community=community)
        messages.success(request, _("Saved."))
        if not pk:
            return redirect("governance:meeting_attendance", community.slug, meeting.pk)
        return redirect(meeting)
    return render(
        request,
        "governance/meeting_form.html",
        {"community": community, "meeting": meeting, "form": form},
    )


@community_access("read")
@in_community_time
def meeting(request, community, pk):
    item = _meeting(community, pk)
    rights = _rights(request.user, community)
    decisions = []
    for proposal in item.decisions.all():
        vote = proposal.votes.filter(closed_at__isnull=False).order_by("-closed_at").first()
        decisions.append((proposal, vote_summary(vote) if vote else None))
    return render(
        request,
        "governance/meeting.html",
        {
            "community": community,
            "meeting": item,
            "summary": attendance_summary(item),
            "attendees": item.attendees.select_related("household").order_by(
                "household__code", "name"
            )
            if rights["show_names"]
            else None,
            "decisions": decisions,
            "ballots_at_meeting": item.ballots.count(),
            "open_votes": community.proposals.filter(status=ProposalStatus.VOTING)
            if rights["is_coordinator"]
            else [],
            "photos": item.photos.all(),
            "photo_form": PhotoForm() if rights["can_manage"] else None,
            **rights,
        },
    )


@community_access("manage")
def meeting_attendance(request, community, pk):
    item = _meeting(community, pk)
    form = AttendanceForm(request.POST or None, meeting=item)
    if request.method == "POST" and form.is_valid():
        try:
            present = services.set_attendance(item, request.user, form.cleaned_data["members"])
        except GovernanceError as err:
            form.add_error(None, str(err))
        else:
            messages.success(request, _("%(count)d members present.") % {"count": present})
            return redirect(item)
    return render(
        request,
        "governance/attendance_form.html",
        {"community": community, "meeting": item, "form": form},
    )


@require_POST
@community_access("manage")
def meeting_photo(request, community, pk):
    item = _meeting(community, pk)
    form = PhotoForm(request.POST, request.FILES)
    if form.is_valid():
        services.add_photo(
            item, request.user, form.cleaned_data["image"], form.cleaned_data["caption"]
        )
        messages.success(request, _("Photo added."))
    else:
        messages.error(request, _("Choose a photo (JPEG or PNG)."))
    return redirect(item)


@community_access("read")
def meeting_minutes_pdf(request, community, pk):
    item = _meeting(community, pk)
    pdf = minutes_pdf(item, show_names=can_see_personal_data(request.user, community))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="minutes-{community.slug}-{item.date:%Y-%m-%d}.pdf"'
    )
    return response
