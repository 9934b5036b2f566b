"""A vote decides only with the quorum of households, and by more yes than no."""

from chumchon.governance import services
from chumchon.governance.models import CommunityGovernanceSettings, ProposalStatus
from chumchon.governance.tests.conftest import pass_deadline, vote_as


def close(vote):
    return services.close_vote(pass_deadline(vote))


def test_too_few_households_voting_rejects_the_proposal_even_if_all_say_yes(
    open_vote, thali_coordinator, village
):
    vote_as(open_vote, thali_coordinator, village, {"TL-01": "yes", "TL-02": "yes", "TL-03": "yes"})
    vote = close(open_vote)
    assert (vote.yes_count, vote.eligible_households) == (3, 8)
    assert vote.quorum_reached is False
    assert vote.accepted is False
    vote.proposal.refresh_from_db()
    assert vote.proposal.status == ProposalStatus.REJECTED


def test_quorum_reached_and_more_yes_than_no_accepts(open_vote, thali_coordinator, village):
    vote_as(
        open_vote,
        thali_coordinator,
        village,
        {"TL-01": "yes", "TL-02": "yes", "TL-03": "no", "TL-04": "abstain"},
    )
    vote = close(open_vote)
    assert (vote.yes_count, vote.no_count, vote.abstain_count) == (2, 1, 1)
    assert vote.quorum_reached and vote.accepted
    vote.proposal.refresh_from_db()
    assert vote.proposal.status == ProposalStatus.ACCEPTED
    assert vote.proposal.decided_at == vote.closed_at


def test_more_no_than_yes_rejects(open_vote, thali_coordinator, village):
    vote_as(
        open_vote,
        thali_coordinator,
        village,
        {"TL-01": "no", "TL-02": "no", "TL-03": "yes", "TL-04": "yes", "TL-05": "no"},
    )
    vote = close(open_vote)
    assert vote.quorum_reached
    assert not vote.accepted


def test_a_tie_rejects(open_vote, thali_coordinator, village):
    vote_as(
        open_vote,
        thali_coordinator,
        village,
        {"TL-01": "no", "TL-02": "no", "TL-03": "yes", "TL-04": "yes"},
    )
    assert not close(open_vote).accepted


def test_the_community_sets_its_own_quorum(tha_li, proposal, thali_coordinator, village):
    import datetime as dt

    from django.utils import timezone

    CommunityGovernanceSettings.objects.create(community=tha_li, quorum_percent=75)
    vote = services.open_vote(proposal, thali_coordinator, timezone.now() + dt.timedelta(days=3))
    vote_as(vote, thali_coordinator, village, {f"TL-0{i}": "yes" for i in range(1, 6)})
    vote = close(vote)
    assert vote.quorum_percent == 75
    assert not vote.quorum_reached  # 5 of 8 is 62.5%


def test_changing_the_quorum_later_does_not_change_an_open_vote(
    tha_li, open_vote, thali_coordinator, village
):
    CommunityGovernanceSettings.objects.create(community=tha_li, quorum_percent=100)
    vote_as(
        open_vote,
        thali_coordinator,
        village,
        {"TL-01": "yes", "TL-02": "yes", "TL-03": "yes", "TL-04": "no"},
    )
    vote = close(open_vote)
    assert vote.quorum_percent == 50
    assert vote.accepted


def test_a_vote_that_missed_the_quorum_may_be_held_again(open_vote, thali_coordinator, village):
    import datetime as dt

    from django.utils import timezone

    vote_as(open_vote, thali_coordinator, village, {"TL-01": "yes"})
    close(open_vote)
    proposal = open_vote.proposal
    proposal.refresh_from_db()
    assert services.vote_can_open(proposal)
    again = services.open_vote(proposal, thali_coordinator, timezone.now() + dt.timedelta(days=7))
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.VOTING
    assert again.pk != open_vote.pk
    assert proposal.current_vote == again


def test_a_proposal_rejected_by_a_majority_cannot_be_voted_again(
    open_vote, thali_coordinator, village
):
    vote_as(
        open_vote,
        thali_coordinator,
        village,
        {"TL-01": "no", "TL-02": "no", "TL-03": "no", "TL-04": "yes"},
    )
    close(open_vote)
    open_vote.proposal.refresh_from_db()
    assert not services.vote_can_open(open_vote.proposal)
