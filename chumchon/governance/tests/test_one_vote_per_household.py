"""A household has one vote: a second ballot replaces the first, never adds to it."""

import pytest
from django.db import IntegrityError, transaction

from chumchon.core.models import AuditEntry
from chumchon.governance import services
from chumchon.governance.models import Ballot
from chumchon.governance.tests.conftest import vote_as


def test_a_second_ballot_for_a_household_replaces_the_first(open_vote, thali_coordinator, village):
    services.cast_ballot(open_vote, village["TL-01"], "yes", thali_coordinator)
    services.cast_ballot(open_vote, village["TL-01"], "no", thali_coordinator)

    ballots = Ballot.objects.filter(vote=open_vote)
    assert ballots.count() == 1
    assert ballots.get().choice == "no"
    result = services.count(open_vote)
    assert (result.yes, result.no, result.cast) == (0, 1, 1)


def test_each_household_counts_once_however_many_members_it_has(
    open_vote, thali_coordinator, village
):
    somsri, somchai = village["TL-01"].members.order_by("name")
    services.cast_ballot(open_vote, village["TL-01"], "yes", thali_coordinator, member=somchai)
    services.cast_ballot(open_vote, village["TL-01"], "yes", thali_coordinator, member=somsri)
    assert services.count(open_vote).cast == 1


def test_the_replaced_choice_is_kept_in_the_audit_log(open_vote, thali_coordinator, village):
    vote_as(open_vote, thali_coordinator, village, {"TL-02": "yes"})
    vote_as(open_vote, thali_coordinator, village, {"TL-02": "abstain"})
    entry = AuditEntry.objects.filter(action="vote.ballot_recorded").first()
    assert entry.data["choice"] == "abstain"
    assert entry.data["replaced"] == "yes"
    assert entry.data["household"] == "TL-02"


def test_the_database_refuses_a_second_row_for_the_same_household(
    open_vote, thali_coordinator, village
):
    services.cast_ballot(open_vote, village["TL-03"], "yes", thali_coordinator)
    with pytest.raises(IntegrityError), transaction.atomic():
        Ballot.objects.create(vote=open_vote, household=village["TL-03"], choice="no")
    assert Ballot.objects.filter(vote=open_vote, household=village["TL-03"]).count() == 1


def test_a_member_must_belong_to_the_household_they_vote_for(open_vote, thali_coordinator, village):
    from chumchon.governance.errors import GovernanceError

    other = village["TL-02"].members.first()
    with pytest.raises(GovernanceError) as refused:
        services.cast_ballot(open_vote, village["TL-01"], "yes", thali_coordinator, member=other)
    assert refused.value.code == "member_not_in_household"
    assert not Ballot.objects.exists()


def test_an_inactive_household_cannot_vote(open_vote, thali_coordinator, village):
    from chumchon.governance.errors import GovernanceError

    village["TL-08"].is_active = False
    village["TL-08"].save()
    with pytest.raises(GovernanceError) as refused:
        services.cast_ballot(open_vote, village["TL-08"], "yes", thali_coordinator)
    assert refused.value.code == "household_inactive"


def test_a_household_of_another_community_cannot_vote(
    open_vote, thali_coordinator, botan_household
):
    from chumchon.governance.errors import GovernanceError

    with pytest.raises(GovernanceError) as refused:
        services.cast_ballot(open_vote, botan_household, "yes", thali_coordinator)
    assert refused.value.code == "not_in_community"
