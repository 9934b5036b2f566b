from decimal import Decimal

import pytest

from chumchon.bookings.tests.conftest import make_slot
from chumchon.catalog.models import Offering, PriceTier
from chumchon.octo.tests.conftest import availability_id

pytestmark = pytest.mark.django_db


def test_baht_are_counted_in_satang(reseller, departure):
    booking = reseller.reserve(departure, units=["adult", "child"]).json()
    assert booking["pricing"] == {
        "original": 55000,
        "retail": 55000,
        "net": None,
        "currency": "THB",
        "currencyPrecision": 2,
        "includedTaxes": [],
    }
    assert [u["pricing"]["retail"] for u in booking["unitItems"]] == [35000, 20000]


def test_satang_prices_stay_exact(reseller, tha_li):
    tea = Offering.objects.create(
        community=tha_li, kind="meal", slug="tea", title_en="Tea", capacity=10
    )
    PriceTier.objects.create(offering=tea, kind="adult", amount=Decimal("120.50"))
    booking = reseller.reserve(make_slot(tea), units=["adult"] * 3).json()
    assert booking["pricing"]["retail"] == 36150
    assert [u["pricing"]["retail"] for u in booking["unitItems"]] == [12050] * 3


def test_kip_are_counted_in_whole_kip(botan_desk, baci_evening):
    booking = botan_desk.reserve(baci_evening, units=["adult", "adult", "child"]).json()
    assert booking["pricing"] == {
        "original": 300000,
        "retail": 300000,
        "net": None,
        "currency": "LAK",
        "currencyPrecision": 0,
        "includedTaxes": [],
    }
    assert [u["pricing"]["retail"] for u in booking["unitItems"]] == [120000, 120000, 60000]
    product = botan_desk.get(f"/products/{baci_evening.offering_id}").json()
    assert product["defaultCurrency"] == "LAK"
    assert product["options"][0]["units"][0]["pricingFrom"][0] == {
        "original": 120000,
        "retail": 120000,
        "net": None,
        "currency": "LAK",
        "currencyPrecision": 0,
        "includedTaxes": [],
    }
    [entry] = botan_desk.post(
        "/availability",
        {
            "productId": str(baci_evening.offering_id),
            "optionId": "DEFAULT",
            "availabilityIds": [availability_id(baci_evening)],
        },
    ).json()
    assert [(p["unitId"], p["retail"]) for p in entry["unitPricing"]] == [
        ("adult", 120000),
        ("child", 60000),
    ]


def test_when_the_group_price_is_cheaper_the_tickets_share_it_exactly(reseller, tha_li):
    tour = Offering.objects.create(
        community=tha_li, kind="activity", slug="tour", title_en="Tour", capacity=10
    )
    PriceTier.objects.create(offering=tour, kind="adult", amount=Decimal("300"))
    PriceTier.objects.create(offering=tour, kind="group", amount=Decimal("800"), group_size=3)
    booking = reseller.reserve(make_slot(tour), units=["adult"] * 3).json()
    assert booking["pricing"]["retail"] == 80000
    shares = [u["pricing"]["retail"] for u in booking["unitItems"]]
    assert sum(shares) == 80000 and max(shares) - min(shares) <= 1
    assert all(type(s) is int for s in shares)
