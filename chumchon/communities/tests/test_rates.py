"""Exchange rates: the latest of each pair, kept a minute per process, never stale on save."""

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from chumchon.communities.models import Currency, ExchangeRate
from chumchon.communities.services import RATES_KEPT_SECONDS, current_rates, forget_rates

DAY = dt.date(2027, 1, 15)


@pytest.fixture
def currencies(transactional_db):
    # Outside a test transaction: rates read inside one are never kept.
    for code in ("THB", "LAK", "USD"):
        Currency.objects.get_or_create(code=code, defaults={"name": code, "symbol": code})


def _rate(base, quote, rate, days_before=0):
    return ExchangeRate.objects.create(
        base_id=base, quote_id=quote, rate=Decimal(rate), valid_from=DAY - dt.timedelta(days_before)
    )


def _queries(action) -> int:
    with CaptureQueriesContext(connection) as captured:
        action()
    return len(captured.captured_queries)


def test_the_latest_rate_of_each_pair_on_the_day_is_used(currencies):
    _rate("THB", "LAK", "600", days_before=3)
    _rate("THB", "LAK", "620", days_before=1)
    _rate("THB", "USD", "0.028", days_before=2)
    _rate("THB", "LAK", "700", days_before=-1)  # tomorrow's: not yet
    assert current_rates(DAY) == {
        ("THB", "LAK"): Decimal("620"),
        ("THB", "USD"): Decimal("0.028"),
    }


def test_rates_are_read_once_a_minute_and_again_at_once_when_one_is_saved(currencies, monkeypatch):
    today = _rate("THB", "LAK", "600")
    assert current_rates(DAY)[("THB", "LAK")] == Decimal("600")
    assert _queries(lambda: current_rates(DAY)) == 0  # kept
    today.rate = Decimal("650")  # a treasurer corrects today's rate
    today.save()
    assert current_rates(DAY)[("THB", "LAK")] == Decimal("650")
    # And a minute later the process reads again (another process may have saved one).
    import time

    later = time.monotonic() + RATES_KEPT_SECONDS + 1
    monkeypatch.setattr(time, "monotonic", lambda: later)
    assert _queries(lambda: current_rates(DAY)) == 1


@pytest.mark.django_db
def test_rates_read_inside_a_transaction_are_not_kept(thb, lak):
    # A rollback may undo what this transaction saw.
    forget_rates()
    ExchangeRate.objects.create(base=thb, quote=lak, rate=Decimal("600"), valid_from=DAY)
    current_rates(DAY)
    assert _queries(lambda: current_rates(DAY)) == 1
