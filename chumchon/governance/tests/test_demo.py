"""The demo shows decided and open proposals and a meeting, and loads twice safely."""

from chumchon.catalog.models import PriceTier
from chumchon.core.models import AuditEntry
from chumchon.governance.demo import load_governance_demo
from chumchon.governance.minutes import minutes_pdf
from chumchon.governance.models import Proposal, ProposalStatus


def test_the_demo_has_decided_and_open_proposals_and_a_meeting(demo):
    tha_li, bo_tan = demo
    # The demo fixture loaded it already: loading again adds nothing.
    assert load_governance_demo() == 0

    statuses = sorted(tha_li.proposals.values_list("status", flat=True))
    assert statuses == ["accepted", "applied", "discussion", "voting"]
    assert bo_tan.proposals.get().status == ProposalStatus.DISCUSSION

    price = tha_li.proposals.get(kind="price")
    vote = price.votes.get()
    assert (vote.yes_count, vote.no_count, vote.abstain_count) == (4, 1, 1)
    assert vote.accepted and vote.closed_at == vote.closes_at
    assert PriceTier.objects.get(offering=price.target, kind="item").amount == 120
    applied = AuditEntry.objects.get(action="offering.prices_changed")
    assert applied.data == {"decision": price.pk, "prices": {"item": ["100.00", "120.00"]}}

    meeting = tha_li.meetings.get()
    assert meeting.attendance.count() > 0
    assert meeting.ballots.count() == 5
    assert set(meeting.decisions.all()) == set(
        Proposal.objects.filter(community=tha_li, status__in=["accepted", "applied"])
    )
    assert minutes_pdf(meeting).startswith(b"%PDF")

    route = tha_li.proposals.get(kind="route")
    assert route.current_vote.ballots.count() == 3
    assert not route.current_vote.is_closed
