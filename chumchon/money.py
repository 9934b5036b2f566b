"""Exact money: one `Money` type for the whole platform (no Django imports).

Amounts are `Decimal` in major units (baht, kip), always quantized to the
currency's smallest unit. Floats are refused outright.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_decimal

# Smallest unit in use, as a number of decimal places. ISO 4217 gives the kip two
# places (att), but att are not in circulation and Lao banks and QR payments quote
# whole kip, so we split kip to the kip.
EXPONENTS: dict[str, int] = {"THB": 2, "LAK": 0, "USD": 2, "EUR": 2, "CNY": 2, "VND": 0}

_BABEL_LOCALES = {"th": "th_TH", "lo": "lo_LA", "en": "en_US"}
# One symbol per currency in every language: locales disagree (en_US writes "THB"),
# and tourists compare prices across the border.
SYMBOLS: dict[str, str] = {"THB": "฿", "LAK": "₭", "USD": "US$", "EUR": "€", "CNY": "CN¥"}


def exponent(currency: str) -> int:
    try:
        return EXPONENTS[currency]
    except KeyError as exc:
        raise ValueError(f"unknown currency {currency!r}") from exc


def quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-exponent(currency))


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if isinstance(self.amount, float):
            raise TypeError("Money refuses floats; pass a Decimal, int or str")
        amount = Decimal(self.amount)
        q = quantum(self.currency)
        if amount != amount.quantize(q):
            raise ValueError(f"{amount} has more precision than {self.currency} allows")
        object.__setattr__(self, "amount", amount.quantize(q))

    @classmethod
    def rounded(cls, amount: Decimal | int | str, currency: str) -> Money:
        """Round half up to the currency's smallest unit (for computed amounts)."""
        return cls(Decimal(amount).quantize(quantum(currency), ROUND_HALF_UP), currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(Decimal(0), currency)

    @property
    def minor_units(self) -> int:
        return int(self.amount.scaleb(exponent(self.currency)))

    @classmethod
    def from_minor(cls, units: int, currency: str) -> Money:
        return cls(Decimal(units).scaleb(-exponent(currency)), currency)

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money) or other.currency != self.currency:
            raise ValueError(f"cannot combine {self.currency} with {other!r}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __mul__(self, factor: int) -> Money:
        if not isinstance(factor, int) or isinstance(factor, bool):
            raise TypeError("multiply Money by a whole number; use rounded() for rates")
        return Money(self.amount * factor, self.currency)

    __rmul__ = __mul__

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def __bool__(self) -> bool:
        return self.amount != 0

    def convert(self, rate: Decimal, to_currency: str) -> Money:
        """An approximate amount in another currency at a stored rate."""
        return Money.rounded(self.amount * Decimal(rate), to_currency)

    def allocate(self, weights: Iterable[int | Decimal]) -> list[Money]:
        """Split into parts proportional to `weights` that add up exactly.

        Largest-remainder method on the smallest unit: every part gets its floor,
        then the leftover units go one each to the largest remainders (ties to the
        earlier part), so the sum is always the original amount.
        """
        weights = [Decimal(w) for w in weights]
        if not weights or any(w < 0 for w in weights) or sum(weights) == 0:
            raise ValueError("weights must be non-negative and not all zero")
        total_units = self.minor_units
        sign = -1 if total_units < 0 else 1
        units = abs(total_units)
        total_weight = sum(weights)
        exact = [units * w / total_weight for w in weights]
        floors = [int(x) for x in exact]
        leftover = units - sum(floors)
        order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
        for i in order[:leftover]:
            floors[i] += 1
        return [Money.from_minor(sign * f, self.currency) for f in floors]

    def format(self, language: str = "en") -> str:
        """Human form in the reader's language, e.g. ฿1,200 or ₭150.000."""
        locale = _BABEL_LOCALES.get(language, "en_US")
        places = 0 if self.amount == self.amount.to_integral_value() else exponent(self.currency)
        pattern = "#,##0" + ("." + "0" * places if places else "")
        number = format_decimal(abs(self.amount), format=pattern, locale=locale)
        symbol = SYMBOLS.get(self.currency, self.currency + " ")
        return f"{'-' if self.amount < 0 else ''}{symbol}{number}"

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"
