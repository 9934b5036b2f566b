"""Closing a month: reconcile cash and bank, post any difference visibly, then freeze."""

import datetime as dt
from decimal import Decimal

import pytest

from chumchon.bookings.tests.conftest import refused
from chumchon.ledger import services as ledger
from chumchon.ledger.models import AccountKind, Period, Transaction
from chumchon.ledger.tests.conftest import book, finish, pay
from chumchon.money import Money


def thb(x):
    return Money(Decimal(str(x)), "THB")


@pytest.fixture
def last_month(tha_li):
    return (ledger.today(tha_li).replace(day=1) - dt.timedelta(days=1)).replace(day=1)


@pytest.fixture
def cash_last_month(tha_li, last_month, weaving, providers):
    """700 received in cash, posted on the 10th of last month."""
    booking = book(weaving, adults=2)
    pay(booking)
    finish(booking)
    cash = ledger.get_account(tha_li, AccountKind.CASH)
    fund = ledger.get_account(tha_li, AccountKind.FUND)
    ledger.post(
        tha_li,
        "correction",
        [ledger.Line(cash, thb(100)), ledger.Line(fund, thb(-100))],
        period=last_month.replace(day=10),
        reason="Donation counted in",
    )
    return cash


def test_a_month_that_matches_closes_without_adjustment(tha_li, last_month, cash_last_month):
    period = ledger.close_month(tha_li, last_month, cash_counted="100", bank_balance="0")
    assert period.adjustment is None
    assert (period.cash_in_ledger, period.cash_counted) == (Decimal(100), Decimal(100))


def test_a_difference_is_posted_as_a_visible_adjustment(
    tha_li, last_month, cash_last_month, thali_treasurer
):
    with refused("reason_needed"):
        ledger.close_month(tha_li, last_month, cash_counted="90", bank_balance="0")
    period = ledger.close_month(
        tha_li,
        last_month,
        cash_counted="90",
        bank_balance="0",
        by=thali_treasurer,
        reason="10 baht missing from the box",
    )
    adjustment = period.adjustment
    assert adjustment.kind == "adjustment" and adjustment.period.month == last_month.month
    assert adjustment.created_by == thali_treasurer
    assert ledger.balance(cash_last_month, "THB", until=period.last_day) == thb(90)
    assert ledger.balance(ledger.get_account(tha_li, AccountKind.ADJUSTMENTS), "THB") == thb(10)
    assert ledger.totals(tha_li) == [thb(0)]


def test_a_closed_month_refuses_new_transactions(tha_li, last_month, cash_last_month):
    ledger.close_month(tha_li, last_month, cash_counted="100", bank_balance="0")
    fund = ledger.get_account(tha_li, AccountKind.FUND)
    with refused("period_closed"):
        ledger.post(
            tha_li,
            "correction",
            [ledger.Line(cash_last_month, thb(1)), ledger.Line(fund, thb(-1))],
            period=last_month.replace(day=20),
        )
    assert Transaction.objects.filter(period__lte=last_month.replace(day=28)).count() == 1


def test_a_month_cannot_be_closed_twice(tha_li, last_month, cash_last_month):
    ledger.close_month(tha_li, last_month, cash_counted="100", bank_balance="0")
    with refused("period_closed"):
        ledger.close_month(tha_li, last_month, cash_counted="100", bank_balance="0")
    assert Period.objects.count() == 1


def test_the_current_month_cannot_be_closed(tha_li):
    with refused("month_not_over"):
        ledger.close_month(tha_li, ledger.today(tha_li), cash_counted="0", bank_balance="0")


def test_earlier_months_with_transactions_are_closed_first(tha_li, last_month, cash_last_month):
    before = (last_month - dt.timedelta(days=1)).replace(day=1)
    cash, fund = cash_last_month, ledger.get_account(tha_li, AccountKind.FUND)
    ledger.post(
        tha_li,
        "correction",
        [ledger.Line(cash, thb(5)), ledger.Line(fund, thb(-5))],
        period=before.replace(day=3),
        reason="Earlier",
    )
    with refused("close_earlier_first"):
        ledger.close_month(tha_li, last_month, cash_counted="105", bank_balance="0")
    assert ledger.months_to_close(tha_li)[:2] == [before, last_month]
    ledger.close_month(tha_li, before, cash_counted="5", bank_balance="0")
    ledger.close_month(tha_li, last_month, cash_counted="105", bank_balance="0")


def test_a_closed_period_cannot_be_reopened(tha_li, last_month, cash_last_month):
    from chumchon.ledger.models import ImmutableRecord

    period = ledger.close_month(tha_li, last_month, cash_counted="100", bank_balance="0")
    with pytest.raises(ImmutableRecord):
        period.delete()


def test_a_future_date_is_refused(tha_li, cash_last_month):
    fund = ledger.get_account(tha_li, AccountKind.FUND)
    with refused("future_date"):
        ledger.post(
            tha_li,
            "correction",
            [ledger.Line(cash_last_month, thb(1)), ledger.Line(fund, thb(-1))],
            period=ledger.today(tha_li) + dt.timedelta(days=1),
        )
