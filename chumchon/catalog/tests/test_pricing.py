from decimal import Decimal

import pytest

from chumchon.catalog.pricing import NoPrice, Tiers, from_price, quote
from chumchon.money import Money


def thb(x):
    return Money(Decimal(x), "THB")


def test_children_pay_the_child_price():
    tiers = Tiers("THB", adult=thb(350), child=thb(200))
    assert quote(tiers, adults=2, children=1) == thb(900)


def test_children_pay_the_adult_price_when_there_is_no_child_price():
    tiers = Tiers("THB", adult=thb(350))
    assert quote(tiers, adults=1, children=2) == thb(1050)


def test_a_group_price_wins_when_it_is_cheaper():
    tiers = Tiers("THB", adult=thb(400), group=thb(1500), group_size=6)
    assert quote(tiers, adults=3) == thb(1200)  # per person is cheaper
    assert quote(tiers, adults=5) == thb(1500)  # one group is cheaper


def test_large_parties_need_several_groups():
    tiers = Tiers("LAK", group=Money(Decimal(300000), "LAK"), group_size=4)
    assert quote(tiers, adults=9) == Money(Decimal(900000), "LAK")


def test_items_are_priced_per_item():
    tiers = Tiers("THB", item=thb("120.50"))
    assert quote(tiers, adults=0, items=3) == thb("361.50")


def test_no_people_price_is_an_error():
    with pytest.raises(NoPrice):
        quote(Tiers("THB", item=thb(100)), adults=2)


def test_from_price_prefers_the_adult_price():
    assert from_price(Tiers("THB", adult=thb(350), group=thb(1000), group_size=4)) == thb(350)
    assert from_price(Tiers("THB")) is None
