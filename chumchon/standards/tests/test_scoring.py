"""score = (fully + ½ partly) / applicable, in per cent; "not applicable" is left out."""

from decimal import Decimal
from fractions import Fraction

from chumchon.standards.scoring import Tally, change, score


def tally(**counts) -> Tally:
    return Tally(**counts)


def test_fully_and_partly_over_applicable_indicators():
    t = tally(fully=2, partly=1, not_met=1)
    assert t.ratio == Fraction(5, 8)
    assert t.percent == Decimal("62.5")


def test_not_applicable_counts_in_neither_side():
    with_na = tally(fully=1, partly=1, not_met=1, not_applicable=5)
    assert with_na.applicable == 3
    assert with_na.percent == Decimal("50.0")


def test_partly_alone_is_half():
    assert tally(partly=4).percent == Decimal("50.0")


def test_percentages_are_rounded_half_up_to_one_decimal():
    assert tally(fully=2, not_met=1).percent == Decimal("66.7")
    assert tally(fully=1, not_met=2).percent == Decimal("33.3")
    # 1/16 = 6.25 % exactly: half up gives 6.3 (banker's rounding would give 6.2).
    assert tally(partly=1, not_met=7).percent == Decimal("6.3")


def test_no_applicable_indicator_has_no_score():
    assert tally(not_applicable=3).percent is None
    assert tally().percent is None


def test_unanswered_indicators_count_in_no_score():
    t = tally(fully=1, unanswered=3)
    assert t.percent == Decimal("100.0")
    assert t.total == 4
    assert t.answered == 1


def test_scores_by_criterion_by_level_and_overall():
    scores = score(
        [
            ("c1", "minimum", "fully"),
            ("c1", "minimum", "partly"),
            ("c1", "advanced", "not"),
            ("c1", "best_practice", "not_applicable"),
            ("c2", "minimum", "partly"),
            ("c2", "advanced", None),
        ]
    )
    assert scores.overall.percent == Decimal("50.0")  # (1 + 2×½) / 4
    assert scores.criterion("c1").percent == Decimal("50.0")  # (1 + ½) / 3
    assert scores.criterion("c2").percent == Decimal("50.0")  # ½ / 1
    assert scores.by_level["minimum"].percent == Decimal("66.7")  # (1 + 2×½) / 3
    assert scores.by_level["advanced"].percent == Decimal("0.0")
    assert scores.by_level["best_practice"].percent is None
    assert scores.cell("c1", "minimum").percent == Decimal("75.0")
    assert scores.cell("c2", "best_practice").percent is None
    assert scores.overall.unanswered == 1


def test_change_is_in_percentage_points():
    assert change(Decimal("25.0"), Decimal("62.5")) == Decimal("37.5")
    assert change(None, Decimal("10.0")) is None
