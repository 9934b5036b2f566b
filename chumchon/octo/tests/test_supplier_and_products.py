import datetime as dt
from decimal import Decimal

import pytest

from chumchon.bookings.models import WeeklySchedule
from chumchon.bookings.tests.conftest import make_slot
from chumchon.catalog.models import Offering, PriceTier
from chumchon.octo.tests.conftest import error_of

pytestmark = pytest.mark.django_db


def test_a_community_key_sees_its_community_as_the_supplier(reseller, tha_li):
    tha_li.contact_phone = "042 123 456"
    tha_li.contact_email = "hello@thali.example"
    tha_li.save()
    response = reseller.get("/supplier")
    assert response.status_code == 200
    assert response.json() == {
        "id": "t-tha-li",
        "name": "Tha Li",
        "endpoint": "http://testserver/octo/v1",
        "contact": {
            "website": "http://testserver/en/c/t-tha-li/",
            "email": "hello@thali.example",
            "telephone": "+6642123456",
            "address": "D, P, Thailand",
        },
    }


def test_a_coordinator_key_acts_as_its_own_communitys_supplier(thali_desk):
    assert thali_desk.get("/supplier").json()["id"] == "t-tha-li"


def test_a_platform_key_sees_the_platform_as_the_supplier(platform_reseller):
    supplier = platform_reseller.get("/supplier").json()
    assert supplier["id"] == "chumchon" and supplier["name"] == "Chumchon"
    assert supplier["endpoint"] == "http://testserver/octo/v1"
    assert supplier["contact"]["email"] is None


def test_products_are_the_published_offerings_with_slots_and_a_price_for_people(
    reseller, tha_li, departure, temple_day, boat
):
    make_slot(boat, days=2)
    unscheduled = Offering.objects.create(
        community=tha_li, kind="activity", slug="someday", title_en="Someday", capacity=5
    )
    PriceTier.objects.create(offering=unscheduled, kind="adult", amount=Decimal("10"))
    hidden = Offering.objects.create(
        community=tha_li, kind="meal", slug="hidden", title_en="Hidden", is_published=False
    )
    PriceTier.objects.create(offering=hidden, kind="adult", amount=Decimal("10"))
    make_slot(hidden)
    basket = Offering.objects.create(
        community=tha_li, kind="product", slug="basket", title_en="Basket", stock=3
    )
    PriceTier.objects.create(offering=basket, kind="item", amount=Decimal("120"))
    products = reseller.get("/products").json()
    assert [p["internalName"] for p in products] == ["Weaving", "Temple pass", "Boat trip"]


def test_a_product_is_described_for_resellers(reseller, departure, weaving):
    WeeklySchedule.objects.create(
        offering=weaving, weekday=5, start_time=dt.time(13, 30), capacity=8
    )
    response = reseller.get(f"/products/{weaving.pk}")
    assert response.status_code == 200
    product = response.json()
    assert product["id"] == str(weaving.pk) and product["reference"] == "weaving"
    assert product["timeZone"] == "Asia/Bangkok" and product["locale"] == "en"
    assert product["availabilityType"] == "START_TIME"
    assert product["availabilityRequired"] is True and product["allowFreesale"] is False
    assert product["deliveryMethods"] == ["VOUCHER"] and product["deliveryFormats"] == ["QRCODE"]
    assert product["defaultCurrency"] == "THB" and product["availableCurrencies"] == ["THB"]
    assert product["pricingPer"] == "UNIT"
    [option] = product["options"]
    assert option["id"] == "DEFAULT" and option["default"] is True
    assert option["availabilityLocalStartTimes"] == ["09:00", "13:30"]
    assert option["restrictions"] == {"minUnits": 1, "maxUnits": None}
    assert option["cancellationCutoffAmount"] == 0 and option["cancellationCutoffUnit"] == "hour"
    assert "7 days" in option["cancellationCutoff"]
    adult, child = option["units"]
    assert (adult["id"], adult["type"], adult["restrictions"]["minAge"]) == ("adult", "ADULT", 13)
    assert (child["id"], child["type"], child["restrictions"]["maxAge"]) == ("child", "CHILD", 12)
    assert adult["pricingFrom"][0]["retail"] == 35000


def test_a_day_ticket_has_no_start_times(reseller, temple_day):
    product = reseller.get(f"/products/{temple_day.offering_id}").json()
    assert product["availabilityType"] == "OPENING_HOURS"
    assert product["options"][0]["availabilityLocalStartTimes"] == []


def test_a_group_price_is_one_unit_for_the_whole_group(reseller, boat):
    make_slot(boat, days=2)
    option = reseller.get(f"/products/{boat.pk}").json()["options"][0]
    [unit] = option["units"]
    assert unit["id"] == "group" and unit["type"] == "OTHER"
    assert unit["restrictions"]["paxCount"] == 6
    assert option["restrictions"] == {"minUnits": 1, "maxUnits": 2}


def test_an_unknown_product_is_invalid_product_id(reseller, departure):
    for product_id in ("invalidProductId", "999999"):
        response = reseller.get(f"/products/{product_id}")
        assert response.status_code == 400
        assert response.json()["error"] == "INVALID_PRODUCT_ID"
        assert response.json()["productId"] == product_id


def test_a_platform_key_sells_every_communitys_products(
    platform_reseller, reseller, departure, baci_evening
):
    names = [p["internalName"] for p in platform_reseller.get("/products").json()]
    assert sorted(names) == ["Baci dinner", "Weaving"]
    assert [p["internalName"] for p in reseller.get("/products").json()] == ["Weaving"]
    response = reseller.get(f"/products/{baci_evening.offering_id}")
    assert error_of(response) == "FORBIDDEN"
