"""Scores of a self-assessment: plain arithmetic, no Django.

For any group of indicators (a criterion, a level, a criterion at a level, or all):

    score = (fully + ½ × partly) / applicable indicators, as a percentage

where "applicable" counts the answers fully, partly and not; "not applicable" is left
out of both sides, as on the standard's checklist. Unanswered indicators are counted
apart (a draft may have some) and count in no score. Arithmetic is exact (fractions);
percentages are rounded half up to one decimal only for display.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

FULLY, PARTLY, NOT, NOT_APPLICABLE = "fully", "partly", "not", "not_applicable"
LEVELS = ("minimum", "advanced", "best_practice")


@dataclass
class Tally:
    fully: int = 0
    partly: int = 0
    not_met: int = 0
    not_applicable: int = 0
    unanswered: int = 0

    def add(self, rating: str | None) -> None:
        if rating == FULLY:
            self.fully += 1
        elif rating == PARTLY:
            self.partly += 1
        elif rating == NOT:
            self.not_met += 1
        elif rating == NOT_APPLICABLE:
            self.not_applicable += 1
        else:
            self.unanswered += 1

    @property
    def applicable(self) -> int:
        return self.fully + self.partly + self.not_met

    @property
    def total(self) -> int:
        return self.applicable + self.not_applicable + self.unanswered

    @property
    def answered(self) -> int:
        return self.total - self.unanswered

    @property
    def ratio(self) -> Fraction | None:
        """The exact score between 0 and 1, or None when no indicator applies."""
        if not self.applicable:
            return None
        return Fraction(2 * self.fully + self.partly, 2 * self.applicable)

    @property
    def percent(self) -> Decimal | None:
        """The score in per cent, rounded half up to one decimal."""
        ratio = self.ratio
        if ratio is None:
            return None
        exact = Decimal(ratio.numerator * 100) / Decimal(ratio.denominator)
        return exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass
class Scores:
    overall: Tally = field(default_factory=Tally)
    by_level: dict[str, Tally] = field(default_factory=lambda: {lv: Tally() for lv in LEVELS})
    by_criterion: dict[object, Tally] = field(default_factory=dict)
    by_criterion_level: dict[tuple[object, str], Tally] = field(default_factory=dict)

    def criterion(self, key) -> Tally:
        return self.by_criterion.get(key) or Tally()

    def cell(self, key, level: str) -> Tally:
        return self.by_criterion_level.get((key, level)) or Tally()


def score(items: Iterable[tuple[object, str, str | None]]) -> Scores:
    """Score `(criterion key, level, rating or None)` for every indicator asked."""
    scores = Scores()
    for criterion, level, rating in items:
        scores.overall.add(rating)
        scores.by_level.setdefault(level, Tally()).add(rating)
        scores.by_criterion.setdefault(criterion, Tally()).add(rating)
        scores.by_criterion_level.setdefault((criterion, level), Tally()).add(rating)
    return scores


def change(before: Decimal | None, after: Decimal | None) -> Decimal | None:
    """Percentage points gained (or lost) between two scores."""
    if before is None or after is None:
        return None
    return after - before
