"""Who may do what: Tha Li's coordinator runs Tha Li's votes, nobody else's.

Officers read every community's proposals and meetings but change nothing, and see
household codes instead of names; anonymous visitors are sent to sign in.
"""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from chumchon.governance import services
from chumchon.governance.models import Ballot, Comment, Meeting, Proposal, Vote
from chumchon.governance.tests.conftest import vote_as


def url(name, *args):
    return reverse(f"governance:{name}", args=args)


@pytest.fixture
def as_user(client):
    def login(user):
        client.force_login(user)
        return client

    return login


@pytest.fixture
def voting(open_vote, thali_coordinator, village):
    vote_as(open_vote, thali_coordinator, village, {"TL-01": "yes"})
    return open_vote


# --- Reading ----------------------------------------------------------------------

READ_PAGES = ["proposals", "proposal", "results", "meetings", "meeting", "meeting_minutes_pdf"]


def read_url(name, proposal, meeting):
    slug = proposal.community.slug
    if name in ("proposals", "meetings"):
        return url(name, slug)
    if name.startswith("meeting"):
        return url(name, slug, meeting.pk)
    return url(name, slug, proposal.pk)


@pytest.mark.parametrize("page", READ_PAGES)
@pytest.mark.parametrize(
    "who, status",
    [
        ("thali_coordinator", 200),
        ("thali_treasurer", 200),
        ("officer", 200),
        ("botan_coordinator", 403),
        ("stranger", 403),
    ],
)
def test_who_reads_tha_li_proposals_and_meetings(
    request, as_user, page, who, status, voting, meeting
):
    response = as_user(request.getfixturevalue(who)).get(read_url(page, voting.proposal, meeting))
    assert response.status_code == status


@pytest.mark.parametrize("page", READ_PAGES)
def test_anonymous_visitors_are_sent_to_sign_in(client, page, voting, meeting):
    response = client.get(read_url(page, voting.proposal, meeting))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_officers_see_household_codes_not_names(as_user, officer, voting):
    page = as_user(officer).get(url("results", "t-tha-li", voting.proposal.pk)).content.decode()
    assert "TL-01" in page
    assert "Family TL-01" not in page
    page = as_user(officer).get(url("proposal", "t-tha-li", voting.proposal.pk)).content.decode()
    assert "Somsri" not in page  # the member who raised it


def test_the_coordinator_sees_household_names(as_user, thali_coordinator, voting):
    page = (
        as_user(thali_coordinator)
        .get(url("results", "t-tha-li", voting.proposal.pk))
        .content.decode()
    )
    assert "Family TL-01" in page


# --- Changing -----------------------------------------------------------------------


def post_actions(proposal, village, meeting):
    """Each write a page offers, as (url name, args, data)."""
    slug = proposal.community.slug
    deadline = (timezone.localtime() + dt.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    return {
        "raise": (
            url("proposal_new", slug),
            {
                "kind": "other",
                "title": "Sneaky",
                "text": "…",
                "language": "th",
                "action": "discussion",
            },
        ),
        "comment": (
            url("proposal_comment", slug, proposal.pk),
            {"text": "Sneaky", "language": "th"},
        ),
        "open_vote": (url("vote_open", slug, proposal.pk), {"closes_at": deadline}),
        "ballot": (
            url("ballot_record", slug, proposal.pk),
            {
                "household": village["TL-05"].pk,
                "choice": "no",
            },
        ),
        "close": (url("vote_close", slug, proposal.pk), {}),
        "apply": (url("proposal_apply", slug, proposal.pk), {}),
        "withdraw": (url("proposal_withdraw", slug, proposal.pk), {}),
        "meeting": (
            url("meeting_new", slug),
            {"date": "2026-03-02", "language": "th", "guests": "0"},
        ),
        "attendance": (
            url("meeting_attendance", slug, meeting.pk),
            {
                "members": [m.pk for h in village.values() for m in h.members.all()],
            },
        ),
    }


def snapshot():
    return (
        Proposal.objects.count(),
        Comment.objects.count(),
        Vote.objects.count(),
        Ballot.objects.count(),
        Meeting.objects.count(),
        list(Proposal.objects.values_list("status", flat=True)),
        sum(m.attendance.count() for m in Meeting.objects.all()),
    )


@pytest.mark.parametrize(
    "action",
    [
        "raise",
        "comment",
        "open_vote",
        "ballot",
        "close",
        "apply",
        "withdraw",
        "meeting",
        "attendance",
    ],
)
@pytest.mark.parametrize("who", ["botan_coordinator", "officer", "stranger"])
def test_nobody_outside_tha_li_staff_changes_its_decisions(
    request, as_user, who, action, proposal, village, meeting
):
    target, data = post_actions(proposal, village, meeting)[action]
    before = snapshot()
    response = as_user(request.getfixturevalue(who)).post(target, data)
    assert response.status_code == 403
    assert snapshot() == before


@pytest.mark.parametrize("action", ["raise", "comment", "open_vote", "withdraw", "meeting"])
def test_anonymous_posts_are_sent_to_sign_in(client, action, proposal, village, meeting):
    target, data = post_actions(proposal, village, meeting)[action]
    before = snapshot()
    response = client.post(target, data)
    assert response.status_code == 302
    assert snapshot() == before


@pytest.mark.parametrize("action", ["open_vote", "ballot", "close", "apply"])
def test_a_treasurer_cannot_run_a_vote(
    as_user, thali_treasurer, action, proposal, village, meeting
):
    target, data = post_actions(proposal, village, meeting)[action]
    before = snapshot()
    assert as_user(thali_treasurer).post(target, data).status_code == 403
    assert snapshot() == before


def test_a_treasurer_raises_and_comments_on_behalf_of_members(
    as_user, thali_treasurer, proposal, village, meeting
):
    client = as_user(thali_treasurer)
    actions = post_actions(proposal, village, meeting)
    for action in ("raise", "comment"):
        target, data = actions[action]
        assert client.post(target, data).status_code == 302
    assert Proposal.objects.filter(title="Sneaky", author_user=thali_treasurer).exists()
    assert Comment.objects.filter(text="Sneaky", user=thali_treasurer).exists()


def test_a_tha_li_proposal_is_not_found_through_bo_tan(
    as_user, botan_coordinator, proposal, bo_tan
):
    response = as_user(botan_coordinator).get(url("proposal", "t-bo-tan", proposal.pk))
    assert response.status_code == 404


def test_services_refuse_other_communities_coordinators(botan_coordinator, open_vote, village):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.cast_ballot(open_vote, village["TL-01"], "yes", botan_coordinator)
    with pytest.raises(PermissionDenied):
        services.close_vote(open_vote, botan_coordinator)
    assert not Ballot.objects.exists()
