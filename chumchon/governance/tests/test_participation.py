"""Participation figures for programme officers: turnout, households voting, meetings."""

from chumchon.communities.models import Member
from chumchon.governance import services
from chumchon.governance.reports import participation
from chumchon.governance.tests.conftest import pass_deadline, vote_as


def test_participation_counts_turnout_households_and_meetings(
    tha_li, open_vote, thali_coordinator, village, meeting
):
    vote_as(
        open_vote,
        thali_coordinator,
        village,
        {
            "TL-01": "yes",
            "TL-02": "no",
            "TL-03": "yes",
            "TL-04": "yes",
            "TL-05": "abstain",
            "TL-06": "yes",
        },
    )
    services.close_vote(pass_deadline(open_vote))
    services.set_attendance(
        meeting, thali_coordinator, list(Member.objects.filter(name__in=["Somsri", "Boon"]))
    )

    figures = participation(tha_li)
    assert figures.votes_closed == 1
    assert figures.average_turnout_percent == 75.0
    assert (figures.households_voted, figures.households) == (6, 8)
    assert figures.households_voted_percent == 75.0
    assert figures.meetings == 1
    assert dict(figures.attendances_by_gender)["Female"] == 1
    assert dict(figures.attendances_by_gender)["Male"] == 1


def test_a_community_without_votes_has_no_turnout(tha_li):
    figures = participation(tha_li)
    assert figures.average_turnout_percent is None
    assert figures.households_voted_percent is None
