"""Promotion-code arithmetic, exact to the currency's smallest unit (no Django here).

A discount is worked out on the lines the code applies to, then shared out over
those lines in proportion to their prices, so every line's price still adds up to
the booking's total: revenue sharing and refunds go by line prices.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from chumchon.money import Money, quantum


def percent_off(base: Money, percent: Decimal) -> Money:
    """`percent` of `base`, rounded half up to the currency's smallest unit."""
    exact = base.amount * Decimal(percent) / 100
    return Money(exact.quantize(quantum(base.currency), ROUND_HALF_UP), base.currency)


def discount_for(
    prices: list[Money], eligible: list[bool], *, percent: Decimal | None, amount: Money | None
) -> list[Money]:
    """How much comes off each line (zero on lines the code does not cover).

    Never more than the eligible lines cost; a fixed amount larger than them
    makes them free, nothing more.
    """
    if len(prices) != len(eligible) or not prices:
        raise ValueError("one eligibility flag per price")
    currency = prices[0].currency
    base = sum((p for p, ok in zip(prices, eligible, strict=True) if ok), Money.zero(currency))
    if not base:
        return [Money.zero(currency) for _ in prices]
    if percent is not None:
        off = percent_off(base, percent)
    elif amount is not None:
        if amount.currency != currency:
            raise ValueError(f"a {amount.currency} discount on a {currency} booking")
        off = amount if amount < base else base
    else:
        raise ValueError("a discount needs a percent or an amount")
    weights = [p.minor_units if ok else 0 for p, ok in zip(prices, eligible, strict=True)]
    return off.allocate(weights)
