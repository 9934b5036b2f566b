"""Payouts: nobody is paid more than they may be paid now, and refunds stay possible."""

from decimal import Decimal

import pytest
from django.db import transaction

from chumchon.bookings.tests.conftest import refused
from chumchon.ledger import services as ledger
from chumchon.ledger.models import AccountKind, FundSpending, Transaction
from chumchon.ledger.tests.conftest import book, cancel, finish, pay
from chumchon.money import Money


def thb(x):
    return Money(Decimal(str(x)), "THB")


@pytest.fixture
def weaver_account(tha_li, providers):
    return ledger.get_account(tha_li, AccountKind.HOUSEHOLD, household=providers[0])


@pytest.fixture
def visited(weaving, providers):
    """A booking paid (175 to each provider) whose visit has taken place."""
    booking = book(weaving, adults=1)
    pay(booking)
    finish(booking)
    return booking


def test_a_household_is_paid_what_it_earned(tha_li, weaver_account, visited, thali_treasurer):
    ledger.pay_out(weaver_account, "175", method="cash", by=thali_treasurer)
    assert ledger.owed(weaver_account, "THB") == thb(0)
    assert ledger.balance(ledger.get_account(tha_li, AccountKind.CASH), "THB") == thb(175)
    payout = Transaction.objects.get(kind="payout")
    assert payout.created_by == thali_treasurer
    assert ledger.totals(tha_li) == [thb(0)]


def test_paying_more_than_the_balance_is_refused(weaver_account, visited):
    with refused("over_balance"):
        ledger.pay_out(weaver_account, "175.01", method="cash")
    assert not Transaction.objects.filter(kind="payout").exists()


def test_a_visit_still_to_come_cannot_be_paid_out_yet(weaving, weaver_account):
    pay(book(weaving, adults=1))
    assert ledger.owed(weaver_account, "THB") == thb(175)
    assert ledger.payable(weaver_account, "THB") == thb(0)
    with refused("over_balance"):
        ledger.pay_out(weaver_account, "1", method="cash")


def test_a_checked_in_booking_can_be_paid_out(weaving, weaver_account):
    from django.utils import timezone

    booking = book(weaving, adults=1)
    pay(booking)
    booking.checked_in_at = timezone.now()
    booking.save(update_fields=["checked_in_at"])
    assert ledger.payable(weaver_account, "THB") == thb(175)


def test_a_cancellation_after_a_payout_is_refused_rather_than_leave_a_debt(
    weaving, weaver_account, visited
):
    ledger.pay_out(weaver_account, "175", method="cash")
    with refused("would_go_negative"):
        with transaction.atomic():  # one transaction, as inside cancel_booking once wired
            cancel(visited, full_refund=True)
    visited.refresh_from_db()
    assert visited.status == "confirmed"


def test_payouts_need_a_method_and_a_positive_amount(weaver_account, visited):
    with refused("invalid_method"):
        ledger.pay_out(weaver_account, "10", method="gateway")
    with refused("bad_amount"):
        ledger.pay_out(weaver_account, "0", method="cash")
    with refused("bad_amount"):
        ledger.pay_out(weaver_account, "1.005", method="cash")


def test_cash_or_the_bank_cannot_be_paid_out(tha_li, visited):
    with refused("not_payable"):
        ledger.pay_out(ledger.get_account(tha_li, AccountKind.CASH), "1", method="cash")


def test_fund_spending_records_the_decision(tha_li, weaving, thali_treasurer):
    booking = book(weaving, adults=2)  # no providers: all 700 to the fund
    pay(booking)
    finish(booking)
    spending = ledger.spend_from_fund(
        tha_li,
        "500",
        method="bank_transfer",
        description="Repair the temple path",
        decision_reference="Village meeting 3 March 2026",
        by=thali_treasurer,
    )
    assert spending.transaction.kind == "fund_spending"
    assert FundSpending.objects.get().decision_reference == "Village meeting 3 March 2026"
    assert ledger.owed(ledger.get_account(tha_li, AccountKind.FUND), "THB") == thb(200)
    with refused("over_balance"):
        ledger.spend_from_fund(
            tha_li, "201", method="cash", description="More", decision_reference="x"
        )


def test_fund_spending_can_link_a_decision_object(tha_li, weaving, household):
    booking = book(weaving, adults=1)
    pay(booking)
    finish(booking)
    spending = ledger.spend_from_fund(
        tha_li,
        "10",
        method="cash",
        description="Seeds",
        decision_reference="Vote",
        decision=household,  # any model: the governance app's Proposal in practice
    )
    assert FundSpending.objects.get(pk=spending.pk).decision == household


def test_fund_spending_needs_a_decision(tha_li):
    with refused("reason_needed"):
        ledger.spend_from_fund(tha_li, "10", method="cash", description="x", decision_reference="")


def test_a_payout_can_be_reversed_with_a_reason(tha_li, weaver_account, visited, thali_treasurer):
    payout = ledger.pay_out(weaver_account, "100", method="cash")
    with refused("reason_needed"):
        ledger.reverse(payout, reason=" ")
    mirror = ledger.reverse(payout, reason="Paid the wrong family", by=thali_treasurer)
    assert mirror.reverses == payout and mirror.created_by == thali_treasurer
    assert ledger.owed(weaver_account, "THB") == thb(175)
    with refused("already_reversed"):
        ledger.reverse(payout, reason="again")
    with refused("not_reversible"):
        ledger.reverse(mirror, reason="undo the undo")


def test_a_payment_is_corrected_by_a_refund_not_a_reversal(visited):
    with refused("not_reversible"):
        ledger.reverse(Transaction.objects.get(kind="payment"), reason="typo")


def test_a_share_can_be_moved_to_the_right_household(tha_li, providers, weaver_account, visited):
    guide = ledger.get_account(tha_li, AccountKind.HOUSEHOLD, household=providers[1])
    ledger.move_money(weaver_account, guide, "50", reason="The guide did the weaving demo")
    assert ledger.owed(weaver_account, "THB") == thb(125)
    assert ledger.owed(guide, "THB") == thb(225)
    with refused("would_go_negative"):
        ledger.move_money(weaver_account, guide, "126", reason="too much")


def test_cash_taken_to_the_bank_is_a_transfer(tha_li, visited):
    cash = ledger.get_account(tha_li, AccountKind.CASH)
    bank = ledger.get_account(tha_li, AccountKind.BANK)
    txn = ledger.move_money(cash, bank, "300", reason="Deposit")
    assert txn.kind == "transfer"
    assert ledger.balance(bank, "THB") == thb(300)
    with refused("mixed_accounts"):
        ledger.move_money(cash, ledger.get_account(tha_li, AccountKind.FUND), "1", reason="x")


def test_a_bank_fee_is_borne_by_the_fund(tha_li, visited):
    ledger.record_fee(tha_li, "15", charged_to="bank", reason="Transfer fee")
    assert ledger.owed(ledger.get_account(tha_li, AccountKind.FUND), "THB") == thb(-15)
    assert ledger.totals(tha_li) == [thb(0)]


def test_a_statement_shows_refunds_as_earnings_given_back_and_payouts_as_paid(
    tha_li, weaving, providers, weaver_account, visited
):
    from chumchon.ledger.reports import household_statement

    ledger.pay_out(weaver_account, "100", method="cash", note="Envelope")
    later = book(weaving, adults=2, days=3)
    pay(later)  # 350 to the weaver
    cancel(later)  # half back: -175
    statement = household_statement(providers[0], ledger.today(tha_li).year)
    assert statement.earned == thb(175 + 350 - 175)
    assert statement.paid == thb(100)
    assert statement.closing == thb(250)
    payout_line = next(line for line in statement.lines if line.paid)
    assert payout_line.description == "Paid out from Cash in hand (Envelope)"
    refund_line = statement.lines[-1]
    assert refund_line.earned == thb(-175) and "cancelled" in refund_line.description
