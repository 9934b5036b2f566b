"""An accepted price change is applied from the proposal, once, with the decision logged."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from chumchon.catalog.models import PriceTier
from chumchon.core.models import AuditEntry
from chumchon.governance import services
from chumchon.governance.errors import GovernanceError
from chumchon.governance.models import ProposalStatus
from chumchon.governance.tests.conftest import pass_deadline, vote_as

YES = {"TL-01": "yes", "TL-02": "yes", "TL-03": "yes", "TL-04": "no"}
NO = {"TL-01": "no", "TL-02": "no", "TL-03": "no", "TL-04": "yes"}


@pytest.fixture
def price_proposal(tha_li, thali_treasurer, weaving, village):
    return services.raise_proposal(
        tha_li,
        thali_treasurer,
        kind="price",
        title="Weaving costs more to teach",
        text="Raise the adult price; children stay the same.",
        language="en",
        member=village["TL-02"].members.get(),
        target=weaving,
        prices={"adult": Decimal("400")},
    )


def decide(proposal, coordinator, village, choices):
    vote = services.open_vote(proposal, coordinator, timezone.now() + dt.timedelta(days=7))
    vote_as(vote, coordinator, village, choices)
    services.close_vote(pass_deadline(vote))
    proposal.refresh_from_db()
    return proposal


def prices(offering):
    return dict(PriceTier.objects.filter(offering=offering).values_list("kind", "amount"))


def test_the_proposal_stores_the_new_prices_by_tier(price_proposal, weaving):
    assert price_proposal.change == {"adult": "400.00"}
    assert price_proposal.target == weaving


def test_applying_an_accepted_price_change_updates_the_prices_and_links_the_decision(
    price_proposal, thali_coordinator, village, weaving
):
    decide(price_proposal, thali_coordinator, village, YES)
    services.apply_proposal(price_proposal, thali_coordinator)

    assert prices(weaving) == {"adult": Decimal("400.00"), "child": Decimal("200.00")}
    price_proposal.refresh_from_db()
    assert price_proposal.status == ProposalStatus.APPLIED
    assert price_proposal.applied_by == thali_coordinator
    entry = AuditEntry.objects.get(action="offering.prices_changed")
    assert entry.target == weaving
    assert entry.actor == thali_coordinator
    assert entry.data["decision"] == price_proposal.pk
    assert entry.data["prices"] == {"adult": ["350.00", "400.00"]}
    assert AuditEntry.objects.get(action="proposal.applied").data["decision"] == price_proposal.pk


def test_a_price_change_is_applied_only_once(price_proposal, thali_coordinator, village, weaving):
    decide(price_proposal, thali_coordinator, village, YES)
    services.apply_proposal(price_proposal, thali_coordinator)
    PriceTier.objects.filter(offering=weaving, kind="adult").update(amount=Decimal("420"))

    with pytest.raises(GovernanceError) as refused:
        services.apply_proposal(price_proposal, thali_coordinator)
    assert refused.value.code == "already_applied"
    assert prices(weaving)["adult"] == Decimal("420.00")
    assert AuditEntry.objects.filter(action="offering.prices_changed").count() == 1


def test_a_rejected_price_change_cannot_be_applied(
    price_proposal, thali_coordinator, village, weaving
):
    decide(price_proposal, thali_coordinator, village, NO)
    with pytest.raises(GovernanceError) as refused:
        services.apply_proposal(price_proposal, thali_coordinator)
    assert refused.value.code == "not_accepted"
    assert prices(weaving)["adult"] == Decimal("350.00")


def test_a_price_change_under_discussion_cannot_be_applied(
    price_proposal, thali_coordinator, weaving
):
    with pytest.raises(GovernanceError) as refused:
        services.apply_proposal(price_proposal, thali_coordinator)
    assert refused.value.code == "not_accepted"
    assert prices(weaving)["adult"] == Decimal("350.00")


@pytest.mark.parametrize("who", ["thali_treasurer", "botan_coordinator", "officer", "stranger"])
def test_only_a_coordinator_of_the_community_applies_a_decision(
    request, who, price_proposal, thali_coordinator, village, weaving
):
    decide(price_proposal, thali_coordinator, village, YES)
    with pytest.raises(PermissionDenied):
        services.apply_proposal(price_proposal, request.getfixturevalue(who))
    assert prices(weaving)["adult"] == Decimal("350.00")
    price_proposal.refresh_from_db()
    assert price_proposal.status == ProposalStatus.ACCEPTED


def test_a_price_for_a_tier_the_offering_lacks_is_refused(tha_li, thali_coordinator, weaving):
    with pytest.raises(GovernanceError) as refused:
        services.raise_proposal(
            tha_li,
            thali_coordinator,
            kind="price",
            title="Group price",
            text="…",
            language="th",
            target=weaving,
            prices={"group": "1000"},
        )
    assert refused.value.code == "unknown_tier"


@pytest.mark.parametrize("amount", ["-5", "12.345", "abc", "NaN"])
def test_a_price_that_is_not_an_amount_of_the_currency_is_refused(
    tha_li, thali_coordinator, weaving, amount
):
    with pytest.raises(GovernanceError) as refused:
        services.raise_proposal(
            tha_li,
            thali_coordinator,
            kind="price",
            title="New price",
            text="…",
            language="th",
            target=weaving,
            prices={"adult": amount},
        )
    assert refused.value.code == "bad_amount"


def test_a_price_change_must_name_an_offering_of_the_community(bo_tan, botan_coordinator, weaving):
    with pytest.raises(GovernanceError) as refused:
        services.raise_proposal(
            bo_tan,
            botan_coordinator,
            kind="price",
            title="Cheaper weaving",
            text="…",
            language="lo",
            target=weaving,
            prices={"adult": "100"},
        )
    assert refused.value.code == "not_in_community"


def test_an_accepted_rule_for_visitors_is_marked_as_carried_out(
    proposal, thali_coordinator, village
):
    decide(proposal, thali_coordinator, village, YES)
    services.apply_proposal(proposal, thali_coordinator)
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.APPLIED
    assert AuditEntry.objects.filter(action="offering.prices_changed").count() == 0
