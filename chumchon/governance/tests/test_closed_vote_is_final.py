"""A closed vote's result cannot change: the services refuse, and so does the database."""

import pytest
from django.db import IntegrityError, transaction

from chumchon.governance import services
from chumchon.governance.errors import GovernanceError
from chumchon.governance.models import Ballot, Vote
from chumchon.governance.tests.conftest import pass_deadline, vote_as


@pytest.fixture
def closed_vote(open_vote, thali_coordinator, village):
    vote_as(
        open_vote,
        thali_coordinator,
        village,
        {"TL-01": "yes", "TL-02": "yes", "TL-03": "no", "TL-04": "yes"},
    )
    return services.close_vote(pass_deadline(open_vote))


def frozen(vote):
    vote = Vote.objects.get(pk=vote.pk)
    return (
        vote.closed_at,
        vote.yes_count,
        vote.no_count,
        vote.abstain_count,
        vote.eligible_households,
        vote.quorum_reached,
        vote.accepted,
    )


def test_a_ballot_for_a_closed_vote_is_refused(closed_vote, thali_coordinator, village):
    before = frozen(closed_vote)
    with pytest.raises(GovernanceError) as refused:
        services.cast_ballot(closed_vote, village["TL-05"], "no", thali_coordinator)
    assert refused.value.code == "vote_closed"
    assert frozen(closed_vote) == before
    assert Ballot.objects.filter(vote=closed_vote).count() == 4


def test_closing_again_is_refused_and_leaves_the_result(closed_vote, thali_coordinator):
    before = frozen(closed_vote)
    with pytest.raises(GovernanceError) as refused:
        services.close_vote(closed_vote, thali_coordinator)
    assert refused.value.code == "vote_closed"
    assert frozen(closed_vote) == before
    assert before[1:] == (3, 1, 0, 8, True, True)


def test_the_result_does_not_follow_later_changes_of_households(closed_vote, village):
    village["TL-08"].is_active = False
    village["TL-08"].save()
    assert services.count(closed_vote).eligible == 8


def test_the_database_refuses_to_change_a_closed_vote(closed_vote):
    with pytest.raises(IntegrityError), transaction.atomic():
        Vote.objects.filter(pk=closed_vote.pk).update(yes_count=0, accepted=False)
    with pytest.raises(IntegrityError), transaction.atomic():
        Vote.objects.filter(pk=closed_vote.pk).update(closed_at=None)
    assert frozen(closed_vote)[1] == 3


def test_the_database_refuses_new_or_changed_ballots_of_a_closed_vote(closed_vote, village):
    with pytest.raises(IntegrityError), transaction.atomic():
        Ballot.objects.create(vote=closed_vote, household=village["TL-05"], choice="no")
    with pytest.raises(IntegrityError), transaction.atomic():
        Ballot.objects.filter(vote=closed_vote, household=village["TL-01"]).update(choice="no")
    assert Ballot.objects.get(vote=closed_vote, household=village["TL-01"]).choice == "yes"


def test_deleting_a_member_who_voted_keeps_the_closed_ballot(
    closed_vote, village, thali_coordinator
):
    # Links to people may empty (PDPA erasure); the household's choice stays.
    member = village["TL-04"].members.get()
    Ballot.objects.filter(vote=closed_vote, household=village["TL-04"]).update(member=member)
    member.delete()
    ballot = Ballot.objects.get(vote=closed_vote, household=village["TL-04"])
    assert ballot.member is None
    assert ballot.choice == "yes"


def test_a_closed_vote_is_read_only_in_the_admin(closed_vote, site_admin, client):
    client.force_login(site_admin)
    response = client.post(
        f"/en/admin/governance/vote/{closed_vote.pk}/change/", {"yes_count": "0"}
    )
    assert response.status_code == 403
    assert frozen(closed_vote)[1] == 3
