"""The split arithmetic: exact to the satang and the kip, never negative, always complete."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chumchon.ledger.split import Share, allocate_by, split_price
from chumchon.money import Money

A, B, C = ("household", 1, None), ("household", 2, None), ("household", 3, None)
FUND, PLATFORM = ("fund", None, None), ("platform", None, None)


def thb(x):
    return Money(Decimal(x), "THB")


def lak(x):
    return Money(Decimal(x), "LAK")


def test_percentages_and_the_rest_split_a_price_exactly():
    shares = [Share(((FUND, 1),), percent=Decimal(10)), Share(((PLATFORM, 1),), percent=Decimal(5))]
    parts = split_price(thb("350"), 1, shares, fallback=((A, 1), (B, 1)))
    assert parts == {FUND: thb("35"), PLATFORM: thb("17.50"), A: thb("148.75"), B: thb("148.75")}


def test_a_satang_left_over_goes_to_the_largest_remainder():
    parts = split_price(thb("100"), 1, [], fallback=((A, 1), (B, 1), (C, 1)))
    assert parts == {A: thb("33.34"), B: thb("33.33"), C: thb("33.33")}
    assert sum(p.amount for p in parts.values()) == 100


def test_kip_splits_to_the_whole_kip():
    shares = [Share(((FUND, 1),), percent=Decimal("12.5"))]
    parts = split_price(lak("150001"), 1, shares, fallback=((A, 1), (B, 2)))
    assert all(p.amount == p.amount.to_integral_value() for p in parts.values())
    assert sum(p.amount for p in parts.values()) == 150001
    assert parts[FUND] == lak("18750")  # 18,750.125 rounds down; the rest gets the kip


def test_fixed_amounts_are_per_guest_and_come_first():
    shares = [
        Share(((FUND, 1),), per_guest=thb("20")),
        Share(((PLATFORM, 1),), percent=Decimal(10)),
        Share(((A, 1),), rest=True),
    ]
    parts = split_price(thb("700"), 2, shares, fallback=((B, 1),))
    assert parts == {FUND: thb("40"), PLATFORM: thb("70"), A: thb("590")}


def test_weights_share_a_part_unequally():
    shares = [Share(((A, 2), (B, 1)), percent=Decimal(90)), Share(((FUND, 1),), rest=True)]
    parts = split_price(thb("300"), 1, shares, fallback=())
    assert parts == {A: thb("180"), B: thb("90"), FUND: thb("30")}


def test_fixed_amounts_larger_than_a_group_price_are_scaled_down_not_negative():
    shares = [
        Share(((FUND, 1),), per_guest=thb("100")),
        Share(((PLATFORM, 1),), per_guest=thb("50")),
    ]
    parts = split_price(thb("300"), 4, shares, fallback=((A, 1),))
    assert parts == {FUND: thb("200"), PLATFORM: thb("100")}


def test_percentages_that_do_not_fit_after_fixed_amounts_share_what_is_left():
    shares = [
        Share(((FUND, 1),), per_guest=thb("50")),
        Share(((PLATFORM, 1),), percent=Decimal(80)),
    ]
    parts = split_price(thb("100"), 1, shares, fallback=((A, 1),))
    assert parts == {FUND: thb("50"), PLATFORM: thb("50")}


def test_a_free_price_splits_into_nothing():
    assert split_price(thb("0"), 2, [], fallback=((A, 1),)) == {}


def test_a_share_must_be_one_kind():
    with pytest.raises(ValueError):
        Share(((FUND, 1),), percent=Decimal(5), rest=True)
    with pytest.raises(ValueError):
        Share(((FUND, 1),), percent=Decimal(101))


def test_a_payment_is_allocated_over_shares_in_proportion():
    parts = allocate_by(thb("100"), {A: 33333, B: 33333, FUND: 33334})
    assert parts == {A: thb("33.33"), B: thb("33.33"), FUND: thb("33.34")}


recipients = st.sampled_from([A, B, C, FUND, PLATFORM])
shares_strategy = st.lists(
    st.one_of(
        st.builds(
            lambda r, p: Share(((r, 1),), percent=Decimal(p)),
            recipients,
            st.integers(0, 60),
        ),
        st.builds(
            lambda r, a: Share(((r, 1),), per_guest=thb(a)),
            recipients,
            st.integers(0, 300),
        ),
        st.builds(lambda r, w: Share(((r, w), (A, 1)), rest=True), recipients, st.integers(0, 3)),
    ),
    max_size=6,
)


@settings(max_examples=50, deadline=None, database=None)
@given(
    price=st.integers(0, 10_000_000),
    guests=st.integers(0, 12),
    shares=shares_strategy,
)
def test_every_split_adds_up_to_the_price_and_no_part_is_negative(price, guests, shares):
    money = Money.from_minor(price, "THB")
    parts = split_price(money, guests, shares, fallback=((B, 1), (C, 1)))
    assert sum((p for p in parts.values()), Money.zero("THB")) == money
    assert all(p.amount > 0 for p in parts.values())
