"""A household without a smartphone votes at a meeting; its ballot says so."""

import pytest
from django.db import IntegrityError, transaction

from chumchon.governance import services
from chumchon.governance.models import Ballot
from chumchon.governance.reports import vote_summary


def test_a_ballot_recorded_at_a_meeting_is_marked_as_such(
    open_vote, thali_coordinator, village, meeting
):
    malee = village["TL-02"].members.get()
    ballot = services.cast_ballot(
        open_vote, village["TL-02"], "yes", thali_coordinator, at_meeting=meeting, member=malee
    )
    assert ballot.recorded_at_meeting is True
    assert ballot.meeting == meeting
    assert ballot.recorded_by == thali_coordinator
    assert ballot.member == malee
    assert vote_summary(open_vote)["at_meeting"] == 1
    assert list(meeting.ballots.all()) == [ballot]


def test_a_ballot_given_directly_is_not_marked(open_vote, thali_coordinator, village):
    ballot = services.cast_ballot(open_vote, village["TL-03"], "no", thali_coordinator)
    assert ballot.recorded_at_meeting is False
    assert ballot.meeting is None


def test_replacing_a_meeting_ballot_with_a_direct_one_clears_the_mark(
    open_vote, thali_coordinator, village, meeting
):
    services.cast_ballot(open_vote, village["TL-02"], "yes", thali_coordinator, at_meeting=meeting)
    ballot = services.cast_ballot(open_vote, village["TL-02"], "no", thali_coordinator)
    assert (ballot.recorded_at_meeting, ballot.meeting) == (False, None)
    assert Ballot.objects.count() == 1


def test_the_flag_and_the_meeting_always_go_together(open_vote, village, meeting):
    with pytest.raises(IntegrityError), transaction.atomic():
        Ballot.objects.create(
            vote=open_vote, household=village["TL-01"], choice="yes", recorded_at_meeting=True
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        Ballot.objects.create(
            vote=open_vote, household=village["TL-01"], choice="yes", meeting=meeting
        )


def test_a_meeting_of_another_community_is_refused(open_vote, thali_coordinator, village, bo_tan):
    import datetime as dt

    from chumchon.governance.errors import GovernanceError
    from chumchon.governance.models import Meeting

    other = Meeting.objects.create(community=bo_tan, date=dt.date(2026, 3, 1))
    with pytest.raises(GovernanceError):
        services.cast_ballot(
            open_vote, village["TL-01"], "yes", thali_coordinator, at_meeting=other
        )
