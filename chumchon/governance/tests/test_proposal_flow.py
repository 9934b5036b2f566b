"""A proposal's life: raised, discussed, voted on, decided, carried out or withdrawn."""

import datetime as dt

import pytest
from django.utils import timezone

from chumchon.core.models import AuditEntry
from chumchon.governance import services
from chumchon.governance.errors import GovernanceError
from chumchon.governance.models import ProposalStatus


def test_a_proposal_raised_for_a_member_records_both_the_member_and_who_wrote_it(
    proposal, village, thali_coordinator
):
    assert proposal.author_member.name == "Somsri"
    assert proposal.author_user == thali_coordinator
    assert proposal.status == ProposalStatus.DISCUSSION
    assert proposal.language == "en"
    assert AuditEntry.objects.filter(action="proposal.raised", object_id=str(proposal.pk)).exists()


def test_a_member_of_another_community_cannot_be_named_as_author(
    tha_li, thali_coordinator, botan_household
):
    from chumchon.communities.models import Member

    lao = Member.objects.create(
        household=botan_household, name="Bounmy", gender="male", age_group="25-39"
    )
    with pytest.raises(GovernanceError) as refused:
        services.raise_proposal(
            tha_li,
            thali_coordinator,
            kind="other",
            title="T",
            text="…",
            language="th",
            member=lao,
        )
    assert refused.value.code == "not_in_community"


def test_a_draft_is_shared_for_discussion_then_put_to_the_vote(
    tha_li, thali_treasurer, thali_coordinator
):
    draft = services.raise_proposal(
        tha_li,
        thali_treasurer,
        kind="fund",
        title="Solar lamps for the path",
        text="Use 8,000 baht from the fund.",
        language="th",
        draft=True,
        change_description="8,000 THB for 10 lamps",
    )
    assert draft.status == ProposalStatus.DRAFT
    services.start_discussion(draft, thali_treasurer)
    draft.refresh_from_db()
    assert draft.status == ProposalStatus.DISCUSSION
    services.open_vote(draft, thali_coordinator, timezone.now() + dt.timedelta(days=5))
    draft.refresh_from_db()
    assert draft.status == ProposalStatus.VOTING


def test_comments_keep_their_language_and_author(proposal, thali_treasurer, village):
    malee = village["TL-02"].members.get()
    note = services.comment(proposal, thali_treasurer, "เห็นด้วย", language="th", member=malee)
    assert (note.member, note.user, note.language) == (malee, thali_treasurer, "th")
    assert list(proposal.comments.all()) == [note]


def test_a_withdrawn_proposal_takes_no_vote_and_no_comments(proposal, thali_coordinator):
    services.withdraw_proposal(proposal, thali_coordinator)
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.WITHDRAWN
    with pytest.raises(GovernanceError):
        services.open_vote(proposal, thali_coordinator, timezone.now() + dt.timedelta(days=1))
    with pytest.raises(GovernanceError):
        services.comment(proposal, thali_coordinator, "Too late", language="en")


def test_a_proposal_being_voted_on_cannot_be_withdrawn(open_vote, thali_coordinator):
    with pytest.raises(GovernanceError) as refused:
        services.withdraw_proposal(open_vote.proposal, thali_coordinator)
    assert refused.value.code == "wrong_status"


def test_a_decision_can_be_shared_on_the_public_page(proposal, thali_coordinator):
    services.set_publication(proposal, thali_coordinator, True)
    proposal.refresh_from_db()
    assert proposal.is_public
