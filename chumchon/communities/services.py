"""Community-level services: currency conversion at stored rates."""

import datetime as dt

from django.utils import timezone

from chumchon.communities.models import ExchangeRate
from chumchon.money import Money

DISPLAY_CURRENCIES = ("THB", "LAK", "USD")


def rate_between(base: str, quote: str, on: dt.date | None = None):
    """The latest stored rate valid on `on`, or None (amounts then show in one currency)."""
    on = on or timezone.localdate()
    rate = (
        ExchangeRate.objects.filter(base_id=base, quote_id=quote, valid_from__lte=on)
        .order_by("-valid_from")
        .values_list("rate", flat=True)
        .first()
    )
    return rate


def convert(amount: Money, to_currency: str, on: dt.date | None = None) -> Money | None:
    if amount.currency == to_currency:
        return amount
    rate = rate_between(amount.currency, to_currency, on)
    return amount.convert(rate, to_currency) if rate is not None else None


def approximations(amount: Money, on: dt.date | None = None) -> list[Money]:
    """The amount in the other display currencies, approximately, where a rate is stored."""
    wanted = [code for code in DISPLAY_CURRENCIES if code != amount.currency]
    on = on or timezone.localdate()
    # Every rate that may apply, in one query rather than one per currency (this runs
    # for every booking shown); the latest valid on `on` wins, as in rate_between().
    rates = {}
    for quote, rate in (
        ExchangeRate.objects.filter(
            base_id=amount.currency, quote_id__in=wanted, valid_from__lte=on
        )
        .order_by("valid_from")
        .values_list("quote_id", "rate")
    ):
        rates[quote] = rate
    return [amount.convert(rates[code], code) for code in wanted if code in rates]
