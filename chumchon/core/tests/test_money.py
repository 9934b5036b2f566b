from decimal import Decimal

import pytest

from chumchon.money import Money


def test_it_refuses_floats():
    with pytest.raises(TypeError):
        Money(12.5, "THB")


def test_it_refuses_more_precision_than_the_currency_has():
    with pytest.raises(ValueError):
        Money(Decimal("1.005"), "THB")
    with pytest.raises(ValueError):
        Money(Decimal("1500.5"), "LAK")  # kip is split to the whole kip


def test_rounded_rounds_half_up_to_the_smallest_unit():
    assert Money.rounded(Decimal("1.005"), "THB").amount == Decimal("1.01")
    assert Money.rounded(Decimal("1500.5"), "LAK").amount == Decimal("1501")


def test_it_does_not_mix_currencies():
    with pytest.raises(ValueError):
        Money(Decimal(1), "THB") + Money(Decimal(1), "LAK")


def test_minor_units_round_trip():
    m = Money(Decimal("1234.56"), "THB")
    assert m.minor_units == 123456
    assert Money.from_minor(123456, "THB") == m
    assert Money(Decimal("150000"), "LAK").minor_units == 150000


@pytest.mark.parametrize(
    "amount,currency,weights,expected",
    [
        ("100", "THB", [1, 1, 1], ["33.34", "33.33", "33.33"]),
        ("0.05", "THB", [1, 1], ["0.03", "0.02"]),
        ("100001", "LAK", [1, 1], ["50001", "50000"]),
        ("1000", "THB", [70, 20, 10], ["700.00", "200.00", "100.00"]),
        ("-100", "THB", [1, 1, 1], ["-33.34", "-33.33", "-33.33"]),
    ],
)
def test_allocate_splits_exactly_with_largest_remainders(amount, currency, weights, expected):
    parts = Money(Decimal(amount), currency).allocate(weights)
    assert [str(p.amount) for p in parts] == expected
    assert sum(p.amount for p in parts) == Decimal(amount)


def test_allocate_always_adds_up_for_awkward_weights():
    total = Money(Decimal("999.99"), "THB")
    for n in range(1, 30):
        parts = total.allocate([Decimal(i) / 7 for i in range(1, n + 1)])
        assert sum(p.amount for p in parts) == total.amount


def test_format_uses_the_readers_language():
    assert Money(Decimal("1200"), "THB").format("th") == "฿1,200"
    assert Money(Decimal("12.50"), "THB").format("en") == "฿12.50"
    # Lao convention (CLDR) groups thousands with a dot.
    assert Money(Decimal("150000"), "LAK").format("lo") == "₭150.000"
    assert Money(Decimal("150000"), "LAK").format("en") == "₭150,000"


def test_convert_rounds_to_the_target_currency():
    assert Money(Decimal("100"), "THB").convert(Decimal("620.5"), "LAK").amount == Decimal("62050")
    assert Money(Decimal("100"), "THB").convert(Decimal("0.0298507"), "USD").amount == Decimal(
        "2.99"
    )
