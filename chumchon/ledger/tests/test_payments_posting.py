"""Payments and refunds in the ledger: balanced, split exactly, refunds reverse their shares."""

from decimal import Decimal

import pytest

from chumchon.api.keys import create_key
from chumchon.communities.models import Role
from chumchon.ledger import services as ledger
from chumchon.ledger.errors import LedgerError
from chumchon.ledger.models import (
    AccountKind,
    Basis,
    BookingShare,
    Entry,
    Recipient,
    RevenueShareRule,
    ShareWeight,
    Transaction,
    TransactionKind,
)
from chumchon.ledger.tests.conftest import book, cancel, pay
from chumchon.money import Money
from chumchon.payments import services as payments


def thb(x):
    return Money(Decimal(str(x)), "THB")


def owed(community, kind, household=None):
    account = ledger.get_account(community, kind, household=household)
    return ledger.owed(account, "THB")


def held(community, kind):
    return ledger.balance(ledger.get_account(community, kind), "THB")


def test_a_payment_splits_by_the_community_default_rules(tha_li, weaving, providers, default_rules):
    weaver, guide_family = providers
    pay(book(weaving, adults=2))
    assert held(tha_li, AccountKind.CASH) == thb(700)
    assert owed(tha_li, AccountKind.FUND) == thb(70)
    assert owed(tha_li, AccountKind.PLATFORM) == thb(35)
    assert owed(tha_li, AccountKind.HOUSEHOLD, weaver) == thb("297.50")
    assert owed(tha_li, AccountKind.HOUSEHOLD, guide_family) == thb("297.50")
    assert ledger.totals(tha_li) == [thb(0)]


def test_without_any_rules_the_providers_share_everything(tha_li, weaving, providers):
    weaver, guide_family = providers
    pay(book(weaving, adults=1))  # 350 between two households
    assert owed(tha_li, AccountKind.HOUSEHOLD, weaver) == thb(175)
    assert owed(tha_li, AccountKind.HOUSEHOLD, guide_family) == thb(175)


def test_an_offering_without_providers_pays_its_share_to_the_fund(tha_li, weaving):
    pay(book(weaving, adults=1))
    assert owed(tha_li, AccountKind.FUND) == thb(350)


def test_a_promptpay_payment_lands_in_the_bank(tha_li, weaving, providers):
    pay(book(weaving, adults=1), method="promptpay")
    assert held(tha_li, AccountKind.BANK) == thb(350)
    assert held(tha_li, AccountKind.CASH) == thb(0)


def test_posting_a_payment_twice_changes_nothing(tha_li, weaving, providers):
    payment = pay(book(weaving, adults=1))
    again = ledger.post_payment(payment)
    assert Transaction.objects.filter(kind=TransactionKind.PAYMENT).count() == 1
    assert again.payment_id == payment.pk


def test_a_partial_payment_splits_like_the_whole_price(tha_li, weaving, providers, default_rules):
    weaver, _ = providers
    booking = book(weaving, adults=2)
    pay(booking, amount="100")
    assert owed(tha_li, AccountKind.FUND) == thb(10)
    assert owed(tha_li, AccountKind.PLATFORM) == thb(5)
    assert owed(tha_li, AccountKind.HOUSEHOLD, weaver) == thb("42.50")
    pay(booking)  # the remaining 600 confirms it
    assert owed(tha_li, AccountKind.FUND) == thb(70)
    assert owed(tha_li, AccountKind.HOUSEHOLD, weaver) == thb("297.50")


def test_the_split_is_fixed_when_the_first_payment_arrives(
    tha_li, weaving, providers, default_rules
):
    booking = book(weaving, adults=2)
    pay(booking, amount="100")
    RevenueShareRule.objects.filter(recipient=Recipient.FUND).update(percent=50)
    pay(booking)
    assert owed(tha_li, AccountKind.FUND) == thb(70)
    assert BookingShare.objects.filter(booking=booking).count() == 4


def test_a_full_refund_reverses_every_share_exactly(tha_li, weaving, providers, default_rules):
    weaver, guide_family = providers
    booking = book(weaving, adults=2)
    pay(booking)
    refund = cancel(booking, full_refund=True)
    assert refund.money == thb(700)
    for kind, household in [
        (AccountKind.FUND, None),
        (AccountKind.PLATFORM, None),
        (AccountKind.HOUSEHOLD, weaver),
        (AccountKind.HOUSEHOLD, guide_family),
    ]:
        assert owed(tha_li, kind, household) == thb(0)
    assert owed(tha_li, AccountKind.REFUNDS_DUE) == thb(700)
    assert ledger.totals(tha_li) == [thb(0)]


def test_a_partial_refund_reverses_each_share_in_proportion(
    tha_li, weaving, providers, default_rules
):
    weaver, _ = providers
    booking = book(weaving, adults=2, days=3)  # 3 days ahead: half back by default
    pay(booking)
    refund = cancel(booking)
    assert refund.money == thb(350)
    assert owed(tha_li, AccountKind.FUND) == thb(35)
    assert owed(tha_li, AccountKind.PLATFORM) == thb("17.50")
    assert owed(tha_li, AccountKind.HOUSEHOLD, weaver) == thb("148.75")


def test_paying_a_refund_back_takes_it_out_of_cash(tha_li, weaving, providers):
    booking = book(weaving, adults=2)
    pay(booking)
    refund = cancel(booking, full_refund=True)
    payments.mark_refund_paid(refund, method="cash")
    refund.refresh_from_db()
    ledger.post_refund_paid(refund)
    assert held(tha_li, AccountKind.CASH) == thb(0)
    assert owed(tha_li, AccountKind.REFUNDS_DUE) == thb(0)


def test_a_partner_sale_pays_the_partner_its_commission(tha_li, weaving, providers):
    RevenueShareRule.objects.create(
        community=tha_li, recipient=Recipient.PARTNER, basis=Basis.PERCENT, percent=10
    )
    key, _ = create_key(name="Local Alike", role="partner")
    pay(book(weaving, adults=1, api_key=key, channel="api"))
    partner = ledger.get_account(tha_li, AccountKind.PARTNER, partner_key_id=key.pk)
    assert ledger.owed(partner, "THB") == thb(35)


def test_a_direct_sale_pays_no_commission(tha_li, weaving, providers):
    weaver, _ = providers
    RevenueShareRule.objects.create(
        community=tha_li, recipient=Recipient.PARTNER, basis=Basis.PERCENT, percent=10
    )
    pay(book(weaving, adults=1))
    assert owed(tha_li, AccountKind.HOUSEHOLD, weaver) == thb(175)


def test_a_role_share_goes_to_the_providers_with_that_role(tha_li, weaving, providers):
    weaver, guide_family = providers
    RevenueShareRule.objects.create(
        community=tha_li,
        offering=weaving,
        recipient=Recipient.PROVIDERS,
        role=Role.objects.get(code="guide"),
        basis=Basis.PER_GUEST,
        amount=100,
    )
    pay(book(weaving, adults=2))  # 200 to the guide, 500 shared
    assert owed(tha_li, AccountKind.HOUSEHOLD, guide_family) == thb(450)
    assert owed(tha_li, AccountKind.HOUSEHOLD, weaver) == thb(250)
    guide_entry = Entry.objects.get(role__code="guide")
    assert guide_entry.money == thb(-200)


def test_weights_give_one_provider_a_larger_part(tha_li, weaving, providers):
    weaver, guide_family = providers
    rule = RevenueShareRule.objects.create(
        community=tha_li, offering=weaving, recipient=Recipient.PROVIDERS, basis=Basis.REST
    )
    ShareWeight.objects.create(rule=rule, household=weaver, weight=3)
    pay(book(weaving, adults=2))
    assert owed(tha_li, AccountKind.HOUSEHOLD, weaver) == thb(525)
    assert owed(tha_li, AccountKind.HOUSEHOLD, guide_family) == thb(175)


def test_a_transaction_that_does_not_balance_is_refused(tha_li):
    cash = ledger.get_account(tha_li, AccountKind.CASH)
    fund = ledger.get_account(tha_li, AccountKind.FUND)
    with pytest.raises(LedgerError) as err:
        ledger.post(tha_li, "adjustment", [ledger.Line(cash, thb(10)), ledger.Line(fund, thb(-9))])
    assert err.value.code == "unbalanced"
    assert not Transaction.objects.exists()


def test_an_account_of_another_community_is_refused(tha_li, bo_tan):
    cash = ledger.get_account(tha_li, AccountKind.CASH)
    fund = ledger.get_account(bo_tan, AccountKind.FUND)
    with pytest.raises(LedgerError) as err:
        ledger.post(tha_li, "adjustment", [ledger.Line(cash, thb(10)), ledger.Line(fund, thb(-10))])
    assert err.value.code == "other_community"


def test_kip_payments_split_to_the_whole_kip(bo_tan, botan_household):
    from chumchon.catalog.models import Offering, PriceTier

    boat = Offering.objects.create(community=bo_tan, kind="activity", slug="boat", title_en="Boat")
    PriceTier.objects.create(offering=boat, kind="adult", amount=Decimal("100000"))
    boat.providers.set([botan_household])
    RevenueShareRule.objects.create(
        community=bo_tan, recipient=Recipient.FUND, basis=Basis.PERCENT, percent=Decimal("7.5")
    )
    booking = book(boat, adults=1)
    pay(booking, amount="33333")
    entries = Entry.objects.filter(transaction__booking=booking)
    assert all(e.amount == e.amount.to_integral_value() for e in entries)
    assert sum(e.amount for e in entries) == 0
    fund = ledger.get_account(bo_tan, AccountKind.FUND)
    assert ledger.owed(fund, "LAK") == Money(Decimal(2500), "LAK")  # 2,499.975 → 2,500
