"""The scheduled task closes the votes past their deadline, and only those."""

import datetime as dt

from django.utils import timezone

from chumchon.governance import services
from chumchon.governance.models import ProposalStatus, Vote
from chumchon.governance.tasks import close_due_votes
from chumchon.governance.tests.conftest import pass_deadline, vote_as


def second_proposal(tha_li, coordinator):
    return services.raise_proposal(
        tha_li,
        coordinator,
        kind="product",
        title="Indigo scarves",
        text="Sell them at the homestay.",
        language="th",
    )


def test_only_votes_past_their_deadline_are_closed(tha_li, open_vote, thali_coordinator, village):
    later = services.open_vote(
        second_proposal(tha_li, thali_coordinator),
        thali_coordinator,
        timezone.now() + dt.timedelta(days=2),
    )
    vote_as(
        open_vote,
        thali_coordinator,
        village,
        {c: "yes" for c in ["TL-01", "TL-02", "TL-03", "TL-04"]},
    )
    pass_deadline(open_vote)

    assert services.close_due_votes() == 1

    open_vote.refresh_from_db()
    later.refresh_from_db()
    assert open_vote.is_closed and open_vote.accepted
    assert open_vote.closed_by is None
    assert not later.is_closed
    open_vote.proposal.refresh_from_db()
    assert open_vote.proposal.status == ProposalStatus.ACCEPTED


def test_running_it_again_closes_nothing_more(open_vote):
    pass_deadline(open_vote)
    assert services.close_due_votes() == 1
    assert services.close_due_votes() == 0
    assert Vote.objects.filter(closed_at__isnull=False).count() == 1


def test_the_celery_task_has_the_name_the_beat_schedule_uses(open_vote):
    assert close_due_votes.name == "chumchon.governance.tasks.close_due_votes"
    pass_deadline(open_vote)
    assert close_due_votes.apply().get() == 1
    open_vote.refresh_from_db()
    assert open_vote.is_closed
