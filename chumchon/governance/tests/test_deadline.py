"""No ballot after the deadline; an early close only once every household has voted."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from chumchon.governance import services
from chumchon.governance.errors import GovernanceError
from chumchon.governance.models import Ballot, Vote
from chumchon.governance.tests.conftest import pass_deadline, vote_as


def test_a_ballot_after_the_deadline_is_refused(open_vote, thali_coordinator, village):
    vote_as(open_vote, thali_coordinator, village, {"TL-01": "yes"})
    pass_deadline(open_vote)
    with pytest.raises(GovernanceError) as refused:
        services.cast_ballot(open_vote, village["TL-02"], "no", thali_coordinator)
    assert refused.value.code == "deadline_passed"
    assert Ballot.objects.filter(vote=open_vote).count() == 1


def test_a_ballot_cannot_be_changed_after_the_deadline(open_vote, thali_coordinator, village):
    vote_as(open_vote, thali_coordinator, village, {"TL-01": "yes"})
    pass_deadline(open_vote)
    with pytest.raises(GovernanceError):
        services.cast_ballot(open_vote, village["TL-01"], "no", thali_coordinator)
    assert Ballot.objects.get(vote=open_vote).choice == "yes"


def test_the_database_refuses_a_ballot_dated_after_the_deadline(open_vote, village):
    with pytest.raises(IntegrityError), transaction.atomic():
        Ballot.objects.create(
            vote=open_vote,
            household=village["TL-01"],
            choice="yes",
            cast_at=open_vote.closes_at + dt.timedelta(seconds=1),
        )


def test_a_deadline_in_the_past_is_refused(proposal, thali_coordinator):
    with pytest.raises(GovernanceError) as refused:
        services.open_vote(proposal, thali_coordinator, timezone.now() - dt.timedelta(hours=1))
    assert refused.value.code == "deadline_past"
    assert not Vote.objects.exists()


def test_only_one_vote_is_open_on_a_proposal_at_a_time(open_vote, thali_coordinator):
    with pytest.raises(GovernanceError) as refused:
        services.open_vote(
            open_vote.proposal, thali_coordinator, timezone.now() + dt.timedelta(days=1)
        )
    assert refused.value.code == "wrong_status"
    assert Vote.objects.count() == 1


def test_the_coordinator_cannot_close_early_while_households_may_still_vote(
    open_vote, thali_coordinator, village
):
    vote_as(open_vote, thali_coordinator, village, {"TL-01": "yes", "TL-02": "yes"})
    with pytest.raises(GovernanceError) as refused:
        services.close_vote(open_vote, thali_coordinator)
    assert refused.value.code == "too_early_to_close"
    open_vote.refresh_from_db()
    assert not open_vote.is_closed


def test_the_coordinator_may_close_early_once_every_household_has_voted(
    open_vote, thali_coordinator, village
):
    vote_as(open_vote, thali_coordinator, village, {code: "yes" for code in village})
    vote = services.close_vote(open_vote, thali_coordinator)
    assert vote.is_closed
    assert vote.closed_by == thali_coordinator
    assert (vote.yes_count, vote.eligible_households) == (8, 8)
