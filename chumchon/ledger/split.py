"""Splitting a price among its recipients, exact to the smallest unit (no Django imports).

A price splits by shares: fixed amounts per guest come first, percentages are of the
whole price, and whatever is left goes to the "rest" recipients. When a group price
or a discount leaves too little for the fixed amounts or the percentages, those are
scaled down in proportion rather than ever making a part negative. Every split uses
the largest-remainder method (`Money.allocate`), so the parts add up to the price.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from chumchon.money import Money

Key = Hashable
Recipients = tuple[tuple[Key, int], ...]  # (who, weight) pairs sharing one share


@dataclass(frozen=True)
class Share:
    """One resolved rule: a percentage, a fixed amount per guest, or the rest."""

    recipients: Recipients
    percent: Decimal | None = None
    per_guest: Money | None = None
    rest: bool = False

    def __post_init__(self) -> None:
        kinds = (self.percent is not None) + (self.per_guest is not None) + self.rest
        if kinds != 1:
            raise ValueError("a share is a percentage, a fixed amount per guest or the rest")
        if self.percent is not None and not (0 <= self.percent <= 100):
            raise ValueError("a percentage is between 0 and 100")
        if self.per_guest is not None and self.per_guest.amount < 0:
            raise ValueError("a fixed amount cannot be negative")
        if not self.recipients:
            raise ValueError("a share needs at least one recipient")


@dataclass
class Split:
    parts: dict[Key, Money] = field(default_factory=dict)

    def add(self, key: Key, money: Money) -> None:
        self.parts[key] = self.parts[key] + money if key in self.parts else money

    def total(self, currency: str) -> Money:
        return sum(self.parts.values(), Money.zero(currency))


def spread(
    amount: Money, recipients: Iterable[tuple[Key, int | Decimal]]
) -> list[tuple[Key, Money]]:
    """Split `amount` among recipients by weight; equally when no weight is above zero."""
    recipients = list(recipients)
    weights = [w for _, w in recipients]
    if not any(w > 0 for w in weights):
        weights = [1] * len(recipients)
    return list(zip((k for k, _ in recipients), amount.allocate(weights), strict=True))


def split_price(
    price: Money, guests: int, shares: Sequence[Share], fallback: Recipients
) -> dict[Key, Money]:
    """Who gets what of `price` for `guests` guests (or pieces).

    `fallback` takes the rest when no share is marked as the rest. The parts are in
    the price's currency, above zero (recipients left with nothing are left out), and
    add up to the price exactly.
    """
    if guests < 0:
        raise ValueError("guests cannot be negative")
    if price.amount < 0:
        raise ValueError("a price cannot be negative")
    split = Split()
    if not price:
        return {}
    fixed = [s for s in shares if s.per_guest is not None]
    percents = [s for s in shares if s.percent is not None]
    rests = [s for s in shares if s.rest]
    for s in fixed:
        if s.per_guest.currency != price.currency:
            raise ValueError("a fixed amount must be in the price's currency")

    fixed_total = sum((s.per_guest.amount * guests for s in fixed), Decimal(0))
    percent_exact = [price.amount * s.percent / 100 for s in percents]
    rest_recipients: list[Recipients] = [s.recipients for s in rests] or [fallback]

    if fixed_total > price.amount:
        # The fixed amounts alone exceed the price: they share it in proportion.
        groups = [(s.recipients, s.per_guest.amount * guests) for s in fixed]
    elif sum(percent_exact) > price.amount - fixed_total:
        groups = [(s.recipients, fixed_amount) for s, fixed_amount in _fixed(fixed, guests)]
        left = price.amount - fixed_total
        total_percent = sum(percent_exact)
        groups += [
            (s.recipients, left * exact / total_percent)
            for s, exact in zip(percents, percent_exact, strict=True)
        ]
    else:
        groups = [(s.recipients, fixed_amount) for s, fixed_amount in _fixed(fixed, guests)]
        groups += [(s.recipients, e) for s, e in zip(percents, percent_exact, strict=True)]
        rest = price.amount - fixed_total - sum(percent_exact)
        groups += [(recipients, rest / len(rest_recipients)) for recipients in rest_recipients]

    weights = [w for _, w in groups]
    if not any(w > 0 for w in weights):
        # Nothing was asked for (no shares, or all zero): the rest takes the whole price.
        groups = [(recipients, Decimal(1)) for recipients in rest_recipients]
        weights = [Decimal(1)] * len(groups)
    for (recipients, _), part in zip(groups, price.allocate(weights), strict=True):
        for key, money in spread(part, recipients):
            split.add(key, money)
    return {key: money for key, money in split.parts.items() if money}


def _fixed(fixed: Sequence[Share], guests: int) -> list[tuple[Share, Decimal]]:
    return [(s, s.per_guest.amount * guests) for s in fixed]


def allocate_by(amount: Money, weights: dict[Key, int]) -> dict[Key, Money]:
    """Split `amount` in proportion to `weights` (e.g. a payment over a booking's shares)."""
    keys = list(weights)
    return dict(zip(keys, amount.allocate([weights[k] for k in keys]), strict=True))
