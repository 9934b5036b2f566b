"""A coordinator takes a price change from idea to new prices, on the phone pages alone."""

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from chumchon.catalog.models import PriceTier
from chumchon.governance.models import Ballot, Proposal, ProposalStatus, Vote
from chumchon.governance.tests.conftest import pass_deadline


def url(name, *args):
    return reverse(f"governance:{name}", args=args)


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "green").save(buffer, "PNG")
    return SimpleUploadedFile("sala.png", buffer.getvalue(), content_type="image/png")


@pytest.fixture
def coordinator_client(client, thali_coordinator, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(thali_coordinator)
    return client


def test_a_price_change_goes_from_proposal_to_new_prices(
    coordinator_client, village, weaving, meeting
):
    client = coordinator_client
    response = client.post(
        url("proposal_new", "t-tha-li"),
        {
            "member": village["TL-02"].members.get().pk,
            "kind": "price",
            "title": "Weaving at 400",
            "text": "The teachers' time is worth more.",
            "language": "th",
            "offering": weaving.pk,
            "price_adult": "400",
            "action": "discussion",
            "photo": png(),
            "photo_caption": "The loom",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    proposal = Proposal.objects.get(title="Weaving at 400")
    assert proposal.change == {"adult": "400.00"}
    assert proposal.photos.count() == 1

    page = client.get(url("proposal", "t-tha-li", proposal.pk)).content.decode()
    assert "350.00 THB" in page and "400.00 THB" in page
    assert "Open a vote" in page

    deadline = (timezone.localtime() + dt.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    assert (
        client.post(url("vote_open", "t-tha-li", proposal.pk), {"closes_at": deadline}).status_code
        == 302
    )
    vote = Vote.objects.get(proposal=proposal)

    for code, choice in [("TL-01", "yes"), ("TL-02", "yes"), ("TL-03", "no"), ("TL-04", "yes")]:
        response = client.post(
            url("ballot_record", "t-tha-li", proposal.pk),
            {"household": village[code].pk, "choice": choice, "meeting": meeting.pk},
        )
        assert response.status_code == 302
        assert response["Location"].endswith(f"?meeting={meeting.pk}")
    assert Ballot.objects.filter(vote=vote, recorded_at_meeting=True).count() == 4

    page = client.get(url("proposal", "t-tha-li", proposal.pk)).content.decode()
    assert "4 of 8 households have voted (50.0%)" in page
    assert "Quorum reached." in page

    # Households still have time: closing now is refused and nothing changes.
    client.post(url("vote_close", "t-tha-li", proposal.pk))
    vote.refresh_from_db()
    assert not vote.is_closed

    pass_deadline(vote)
    response = client.post(url("vote_close", "t-tha-li", proposal.pk))
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.ACCEPTED

    results = client.get(url("results", "t-tha-li", proposal.pk)).content.decode()
    assert "Accepted" in results
    assert "recorded at the meeting of" in results

    assert client.get(url("proposal_apply", "t-tha-li", proposal.pk)).status_code == 200
    assert client.post(url("proposal_apply", "t-tha-li", proposal.pk)).status_code == 302
    assert PriceTier.objects.get(offering=weaving, kind="adult").amount == Decimal("400.00")
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.APPLIED


def test_a_price_change_without_an_offering_is_sent_back_with_the_reason(coordinator_client):
    response = coordinator_client.post(
        url("proposal_new", "t-tha-li"),
        {
            "kind": "price",
            "title": "Cheaper",
            "text": "…",
            "language": "th",
            "action": "discussion",
        },
    )
    assert response.status_code == 200
    assert "Choose the offering whose price would change." in response.content.decode()
    assert not Proposal.objects.exists()


def test_a_deadline_in_the_past_is_sent_back(coordinator_client, proposal):
    past = (timezone.localtime() - dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")
    response = coordinator_client.post(
        url("vote_open", "t-tha-li", proposal.pk), {"closes_at": past}
    )
    assert response.status_code == 200
    assert "The deadline must be in the future." in response.content.decode()
    assert not Vote.objects.exists()


@pytest.mark.parametrize("name", ["proposals", "proposal_new", "meetings", "meeting_new"])
def test_community_pages_render_for_the_coordinator(coordinator_client, name, proposal):
    assert coordinator_client.get(url(name, "t-tha-li")).status_code == 200


@pytest.mark.parametrize("name", ["proposal", "vote_open", "results"])
def test_proposal_pages_render_for_the_coordinator(coordinator_client, name, proposal):
    assert coordinator_client.get(url(name, "t-tha-li", proposal.pk)).status_code == 200


@pytest.mark.parametrize("name", ["meeting", "meeting_edit", "meeting_attendance"])
def test_meeting_pages_render_for_the_coordinator(coordinator_client, name, meeting, village):
    assert coordinator_client.get(url(name, "t-tha-li", meeting.pk)).status_code == 200


def test_the_ballot_page_lists_who_has_voted(
    coordinator_client, open_vote, village, thali_coordinator
):
    from chumchon.governance import services

    services.cast_ballot(open_vote, village["TL-03"], "abstain", thali_coordinator)
    page = coordinator_client.get(url("ballot_record", "t-tha-li", open_vote.proposal.pk))
    text = page.content.decode()
    assert "Voted so far: 1 of 8" in text
    assert "TL-03 Family TL-03 – <strong>Abstain</strong>" in text


def test_the_list_groups_proposals_by_stage(
    coordinator_client, open_vote, tha_li, thali_coordinator
):
    from chumchon.governance import services

    services.raise_proposal(
        tha_li,
        thali_coordinator,
        kind="product",
        title="Indigo scarves",
        text="…",
        language="th",
        draft=True,
    )
    page = coordinator_client.get(url("proposals", "t-tha-li")).content.decode()
    assert page.index("Voting") < page.index("No drones over the temple")
    assert page.index("Draft") < page.index("Indigo scarves")
    only_drafts = coordinator_client.get(url("proposals", "t-tha-li") + "?status=draft")
    assert "No drones over the temple" not in only_drafts.content.decode()


def test_the_proposal_pages_speak_thai(coordinator_client, proposal):
    response = coordinator_client.get(f"/th/manage/t-tha-li/proposals/{proposal.pk}/")
    assert response.status_code == 200
    assert '<html lang="th">' in response.content.decode()
