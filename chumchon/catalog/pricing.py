"""Prices from tiers: what a party of adults and children pays for an offering."""

from __future__ import annotations

from dataclasses import dataclass

from chumchon.money import Money


@dataclass(frozen=True)
class Tiers:
    currency: str
    adult: Money | None = None
    child: Money | None = None
    group: Money | None = None
    group_size: int | None = None
    item: Money | None = None

    @classmethod
    def of(cls, offering) -> Tiers:
        values = {"currency": offering.community.currency_id}
        for tier in offering.price_tiers.all():
            values[tier.kind] = Money(tier.amount, values["currency"])
            if tier.kind == "group":
                values["group_size"] = tier.group_size
        return cls(**values)


class NoPrice(ValueError):
    pass


def quote(tiers: Tiers, adults: int, children: int = 0, items: int = 0) -> Money:
    """The total for a party, always the cheaper of per-person and per-group pricing.

    Children pay the child price where there is one, else the adult price. A group
    price covers up to `group_size` people; larger parties need several groups.
    """
    if adults < 0 or children < 0 or items < 0:
        raise ValueError("counts cannot be negative")
    if tiers.item is not None and items:
        return tiers.item * items
    people = adults + children
    if people == 0:
        return Money.zero(tiers.currency)
    options: list[Money] = []
    if tiers.adult is not None:
        child_price = tiers.child if tiers.child is not None else tiers.adult
        options.append(tiers.adult * adults + child_price * children)
    if tiers.group is not None and tiers.group_size:
        groups = -(-people // tiers.group_size)
        options.append(tiers.group * groups)
    if not options:
        raise NoPrice("this offering has no price for people")
    return min(options, key=lambda m: m.amount)


def from_price(tiers: Tiers) -> Money | None:
    """The "from" price shown in listings: one adult, one item, or one group."""
    for price in (tiers.adult, tiers.item, tiers.group):
        if price is not None:
            return price
    return None
