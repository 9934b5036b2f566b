"""Net rates for a partner's OCTO requests: what the community keeps of each unit's price.

The OCTO view sets the selling partner for the request (`selling_as`); the OCTO mapping
asks `net_of()` for each unit. Outside such a request, or for a key without a partner or
an agreement in force, there is no net rate to disclose (None).
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

from django.utils import timezone

from chumchon.money import Money

_partner: ContextVar = ContextVar("network_selling_partner", default=None)
_agreements: ContextVar = ContextVar("network_agreements", default=None)


@contextmanager
def selling_as(api_key):
    """Within this block, OCTO prices carry the net rates of the key's partner."""
    from chumchon.network.services import partner_of_key

    partner_token = _partner.set(partner_of_key(api_key))
    cache_token = _agreements.set({})
    try:
        yield
    finally:
        _partner.reset(partner_token)
        _agreements.reset(cache_token)


def _agreement(offering):
    from chumchon.network.services import agreement_for

    partner = _partner.get()
    if partner is None or partner.community_id == offering.community_id:
        return None
    cache = _agreements.get()
    if cache is None:
        cache = {}
    if offering.community_id not in cache:
        cache[offering.community_id] = agreement_for(
            offering.community, partner, timezone.localdate()
        )
    return cache[offering.community_id]


def net_of(offering, price: Money, pax: int = 1) -> Money | None:
    """What the community keeps of `price` (one unit of `pax` guests) under the agreement."""
    from chumchon.network.services import covers

    agreement = _agreement(offering)
    if agreement is None or not covers(agreement, offering.pk):
        return None
    if agreement.uses_net_rates:
        rate = agreement.net_rates.get(offering_id=offering.pk)
        keep = Money(rate.amount, price.currency) * pax
        return min(keep, price, key=lambda m: m.amount)
    commission = Money.rounded(price.amount * agreement.commission_percent / 100, price.currency)
    return price - commission


def booking_net(booking) -> Money | None:
    """A booking's net: its total less the commission agreed for the selling partner."""
    partner = _partner.get()
    referral = getattr(booking, "referral", None) if partner is not None else None
    if referral is None or referral.partner_id != partner.pk:
        return None
    return booking.total_money - referral.commission_money
