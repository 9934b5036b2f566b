"""Reading the catalogue for the public site: listings, filters and "from" prices."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Prefetch, QuerySet

from chumchon.catalog.models import Offering, OfferingKind, PriceTier
from chumchon.catalog.pricing import Tiers, from_price
from chumchon.communities.services import convert, current_rates
from chumchon.money import Money


def published_offerings() -> QuerySet[Offering]:
    return (
        Offering.objects.filter(is_published=True, community__is_published=True)
        .select_related("community", "place")
        .prefetch_related(
            Prefetch("price_tiers", queryset=PriceTier.objects.order_by("kind")), "languages"
        )
    )


def starting_price(offering: Offering) -> Money | None:
    return from_price(Tiers.of(offering))


@dataclass
class OfferingFilter:
    kind: str = ""
    language: str = ""
    community: str = ""
    max_price: Decimal | None = None
    currency: str = "THB"


def filter_offerings(criteria: OfferingFilter) -> list[Offering]:
    """Offerings matching the criteria; prices compare in the visitor's chosen currency.

    The price filter runs in Python after the database filters: a community's
    catalogue is tens of offerings, and converting at stored rates in SQL would
    mean a rate join per currency pair for no gain.
    """
    qs = published_offerings()
    if criteria.kind:
        qs = qs.filter(kind=criteria.kind)
    if criteria.language:
        qs = qs.filter(languages__code=criteria.language)
    if criteria.community:
        qs = qs.filter(community__slug=criteria.community)
    offerings = list(qs.distinct())
    for offering in offerings:
        offering.from_price = starting_price(offering)
    if criteria.max_price is not None:
        limit = Money.rounded(criteria.max_price, criteria.currency)
        rates = current_rates()  # once, not once per offering
        kept = []
        for offering in offerings:
            if offering.from_price is None:
                continue
            in_visitor_currency = convert(offering.from_price, criteria.currency, rates=rates)
            if in_visitor_currency is not None and in_visitor_currency <= limit:
                kept.append(offering)
        offerings = kept
    return offerings


def group_by_kind(offerings: list[Offering]) -> list[tuple[str, str, list[Offering]]]:
    """[(kind, label, offerings)] in the order tourists plan a visit."""
    groups = []
    for kind, label in OfferingKind.choices:
        items = [o for o in offerings if o.kind == kind]
        if items:
            groups.append((kind, label, items))
    return groups
