"""Commission postings: balanced, out of the booking's shares in proportion, once per booking."""

from decimal import Decimal

import pytest

from chumchon.ledger import services as ledger
from chumchon.ledger.errors import LedgerError
from chumchon.ledger.models import AccountKind, Transaction, TransactionKind
from chumchon.ledger.tests.conftest import book, pay
from chumchon.money import Money


def thb(x):
    return Money(Decimal(str(x)), "THB")


@pytest.fixture
def agency(db):
    from chumchon.network.models import Partner

    return Partner.objects.create(slug="agency", kind="agency", name_en="Agency")


def partner_account(community, agency):
    return ledger.get_account(community, AccountKind.PARTNER, partner_id=agency.pk)


def test_a_commission_moves_money_from_every_share_to_the_partner(
    tha_li, weaving, providers, default_rules, agency
):
    booking = book(weaving, adults=2)
    pay(booking)
    account = partner_account(tha_li, agency)
    txn = ledger.post_commission(booking, account, thb("70.00"))
    amounts = {e.account.kind: e.money for e in txn.entries.select_related("account")}
    assert amounts[AccountKind.PARTNER] == thb("-70.00")
    assert amounts[AccountKind.FUND] == thb("7.00")
    assert amounts[AccountKind.PLATFORM] == thb("3.50")
    assert sum((e.money for e in txn.entries.all()), thb(0)) == thb(0)
    assert ledger.owed(account, "THB") == thb(70)
    assert ledger.totals(tha_li) == [thb(0)]


def test_a_booking_paid_in_part_pays_the_same_part_of_the_commission(
    tha_li, weaving, providers, agency
):
    booking = book(weaving, adults=2)  # 700
    pay(booking, amount="333")
    txn = ledger.post_commission(booking, partner_account(tha_li, agency), thb("87.50"))
    # 87.50 × 333 / 700 = 41.625, half up.
    assert ledger.owed(partner_account(tha_li, agency), "THB") == thb("41.63")
    assert txn.kind == TransactionKind.COMMISSION


def test_a_booking_with_nothing_paid_posts_no_commission(tha_li, weaving, agency):
    booking = book(weaving, adults=2)
    assert ledger.post_commission(booking, partner_account(tha_li, agency), thb(10)) is None
    assert not Transaction.objects.filter(kind=TransactionKind.COMMISSION).exists()


def test_a_commission_is_posted_once_per_booking(tha_li, weaving, providers, agency):
    booking = book(weaving, adults=2)
    pay(booking)
    account = partner_account(tha_li, agency)
    first = ledger.post_commission(booking, account, thb(50))
    assert ledger.post_commission(booking, account, thb(80)) == first
    assert ledger.owed(account, "THB") == thb(50)


def test_a_commission_in_another_currency_or_ledger_is_refused(
    tha_li, bo_tan, weaving, providers, agency
):
    booking = book(weaving, adults=2)
    pay(booking)
    with pytest.raises(LedgerError):
        ledger.post_commission(booking, partner_account(tha_li, agency), Money(100, "LAK"))
    with pytest.raises(LedgerError):
        ledger.post_commission(booking, partner_account(bo_tan, agency), thb(10))
    with pytest.raises(LedgerError):
        ledger.post_commission(booking, ledger.get_account(tha_li, AccountKind.FUND), thb(10))


def test_a_refund_takes_back_from_the_partner_in_proportion(
    tha_li, weaving, providers, default_rules, agency
):
    from chumchon.payments.models import Refund

    booking = book(weaving, adults=2)
    pay(booking)
    account = partner_account(tha_li, agency)
    ledger.post_commission(booking, account, thb("70.00"))
    refund = Refund.objects.create(
        booking=booking, amount=Decimal("233.33"), currency_id="THB", method="cash", reason="x"
    )
    ledger.post_refund(refund)
    # The partner held 70 of 700: it gives back 233.33 × 70 / 700 = 23.333 → 23.33.
    assert ledger.owed(account, "THB") == thb("46.67")
    assert ledger.totals(tha_li) == [thb(0)]
