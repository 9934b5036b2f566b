"""Two treasurers (or one double tap) paying the same household at once: paid once.

The household account's row is locked before its balance is recounted, so the
second payout waits and then sees the first. The control runs the same race
through a naive check-then-write without the lock, and shows the race is real.
On SQLite the transactions begin IMMEDIATE (settings.py), which queues the writers
the same way.
"""

import threading
import time

import pytest
from django.db import connections

from chumchon.bookings.errors import BookingError
from chumchon.ledger import services as ledger
from chumchon.ledger.models import AccountKind, Entry, Transaction
from chumchon.ledger.tests.conftest import book, finish, pay

PAYERS = 4


@pytest.fixture
def household_account(transactional_db, tha_li, weaving, providers):
    booking = book(weaving, adults=1)  # 175 to each provider
    pay(booking)
    finish(booking)
    return ledger.get_account(tha_li, AccountKind.HOUSEHOLD, household=providers[0])


def race(action) -> list[str]:
    barrier = threading.Barrier(PAYERS)
    outcomes: list[str] = []

    def run():
        try:
            barrier.wait()
            action()
            outcomes.append("ok")
        except BookingError as exc:
            outcomes.append(exc.code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(PAYERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


@pytest.fixture
def slow_count(monkeypatch):
    """Widen the window between counting the balance and writing the payout."""
    real = ledger.payable

    def payable(*args, **kwargs):
        result = real(*args, **kwargs)
        time.sleep(0.2)
        return result

    monkeypatch.setattr(ledger, "payable", payable)


def test_racing_payouts_pay_the_household_once(household_account, slow_count):
    outcomes = race(lambda: ledger.pay_out(household_account, "175", method="cash"))
    assert sorted(outcomes) == ["ok"] + ["over_balance"] * (PAYERS - 1), outcomes
    assert Transaction.objects.filter(kind="payout").count() == 1
    assert ledger.owed(household_account, "THB").amount == 0


def test_control_without_the_lock_the_same_race_pays_twice(household_account):
    def naive_payout():
        """Count, think, then write: what pay_out would do without locking the row."""
        community = household_account.community
        available = ledger.payable(household_account, "THB")
        time.sleep(0.2)
        if available.amount < 175:
            raise BookingError("over_balance")
        txn = Transaction.objects.create(
            community=community, kind="payout", period=ledger.today(community)
        )
        cash = ledger.get_account(community, AccountKind.CASH)
        Entry.objects.create(
            transaction=txn, account=household_account, amount=175, currency_id="THB"
        )
        Entry.objects.create(transaction=txn, account=cash, amount=-175, currency_id="THB")

    outcomes = race(naive_payout)
    assert outcomes.count("ok") > 1, f"no race observed: {outcomes}"
    assert ledger.owed(household_account, "THB").amount < 0
