"""Community-level services: currency conversion at stored rates."""

import datetime as dt
import time
from decimal import Decimal

from django.db import connection
from django.utils import timezone

from chumchon.communities.models import ExchangeRate
from chumchon.core import fastsql
from chumchon.money import Money

DISPLAY_CURRENCIES = ("THB", "LAK", "USD")


# Rates are read for every price shown in another currency and every booking answer,
# and change a few times a day: each process keeps the day's rates for a minute. A saved
# or deleted rate clears this process's copy at once (signals in apps.py); the others
# show an approximate amount at the previous rate for at most RATES_KEPT_SECONDS.
RATES_KEPT_SECONDS = 60
_kept: dict[dt.date, tuple[float, dict[tuple[str, str], Decimal]]] = {}


def forget_rates(**_signal) -> None:
    _kept.clear()


def current_rates(on: dt.date | None = None) -> dict[tuple[str, str], Decimal]:
    """Every (base, quote) rate valid on `on`, the latest of each (read-only: shared)."""
    on = on or timezone.localdate()
    kept = _kept.get(on)
    if kept is not None and kept[0] > time.monotonic():
        return kept[1]
    # Only each pair's latest row: the table gains rows every day.
    rate = fastsql.columns(ExchangeRate, "r")
    found = fastsql.rows(
        f"SELECT {rate.sql} FROM communities_exchangerate r WHERE r.valid_from = ("
        "SELECT MAX(x.valid_from) FROM communities_exchangerate x "
        "WHERE x.base_id = r.base_id AND x.quote_id = r.quote_id AND x.valid_from <= %s)",
        [connection.ops.adapt_datefield_value(on)],
    )
    rates = {(row.base_id, row.quote_id): row.rate for row in map(rate.load, found)}
    if not connection.in_atomic_block:  # never keep what a rollback may yet undo
        _kept.clear()
        _kept[on] = (time.monotonic() + RATES_KEPT_SECONDS, rates)
    return rates


def convert(
    amount: Money,
    to_currency: str,
    on: dt.date | None = None,
    rates: dict[tuple[str, str], Decimal] | None = None,
) -> Money | None:
    """`amount` in another currency at the stored rate, or None when there is none."""
    if amount.currency == to_currency:
        return amount
    rates = current_rates(on) if rates is None else rates
    rate = rates.get((amount.currency, to_currency))
    return amount.convert(rate, to_currency) if rate is not None else None


def approximations(amount: Money, on: dt.date | None = None) -> list[Money]:
    """The amount in the other display currencies, approximately, where a rate is stored."""
    rates = current_rates(on)
    converted = (
        convert(amount, code, rates=rates) for code in DISPLAY_CURRENCIES if code != amount.currency
    )
    return [money for money in converted if money is not None]
