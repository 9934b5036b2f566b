"""Community-level services: currency conversion at stored rates."""

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from chumchon.communities.models import ExchangeRate
from chumchon.money import Money

DISPLAY_CURRENCIES = ("THB", "LAK", "USD")


def current_rates(on: dt.date | None = None) -> dict[tuple[str, str], Decimal]:
    """Every (base, quote) rate valid on `on`, the latest of each, in one query.

    The table holds a handful of rows per day, so callers that convert many amounts
    (listings, booking pages) read it once instead of once per amount.
    """
    on = on or timezone.localdate()
    rates: dict[tuple[str, str], Decimal] = {}
    for base, quote, rate in (
        ExchangeRate.objects.filter(valid_from__lte=on)
        .order_by("valid_from")
        .values_list("base_id", "quote_id", "rate")
    ):
        rates[(base, quote)] = rate  # later rows overwrite earlier ones
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
