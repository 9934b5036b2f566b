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
    result = []
    for code in DISPLAY_CURRENCIES:
        if code != amount.currency:
            converted = convert(amount, code, on)
            if converted is not None:
                result.append(converted)
    return result
