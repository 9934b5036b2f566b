"""Every object has the fields OCTO requires (docs/octo.md §6), with the right types.

Checked twice: against this table written from the spec, and against our published
OpenAPI schema, so the schema and the answers cannot drift apart.
"""

import datetime as dt
import re

import jsonschema
import pytest
from django.utils import timezone

from chumchon.bookings.models import Booking
from chumchon.octo.openapi import document
from chumchon.octo.tests.conftest import availability_id, shift_hold

pytestmark = pytest.mark.django_db

STR, OPT_STR, INT, OPT_INT, BOOL, LIST, DICT, OPT_DICT = (
    "str",
    "str?",
    "int",
    "int?",
    "bool",
    "list",
    "dict",
    "dict?",
)
UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")

PRICING = {
    "original": INT,
    "retail": INT,
    "net": OPT_INT,
    "currency": STR,
    "currencyPrecision": INT,
    "includedTaxes": LIST,
}
SHAPES = {
    "Supplier": {"id": STR, "name": STR, "endpoint": STR, "contact": DICT},
    "SupplierContact": {
        "website": OPT_STR,
        "email": OPT_STR,
        "telephone": OPT_STR,
        "address": OPT_STR,
    },
    "Product": {
        "id": STR,
        "internalName": STR,
        "reference": OPT_STR,
        "locale": STR,
        "timeZone": STR,
        "allowFreesale": BOOL,
        "instantConfirmation": BOOL,
        "instantDelivery": BOOL,
        "availabilityRequired": BOOL,
        "availabilityType": STR,
        "deliveryFormats": LIST,
        "deliveryMethods": LIST,
        "redemptionMethod": STR,
        "options": LIST,
        "defaultCurrency": STR,
        "availableCurrencies": LIST,
        "pricingPer": STR,
    },
    "Option": {
        "id": STR,
        "default": BOOL,
        "internalName": STR,
        "reference": OPT_STR,
        "availabilityLocalStartTimes": LIST,
        "cancellationCutoff": STR,
        "cancellationCutoffAmount": INT,
        "cancellationCutoffUnit": STR,
        "requiredContactFields": LIST,
        "restrictions": DICT,
        "units": LIST,
    },
    "OptionRestrictions": {"minUnits": INT, "maxUnits": OPT_INT},
    "Unit": {
        "id": STR,
        "internalName": STR,
        "reference": OPT_STR,
        "type": STR,
        "restrictions": DICT,
        "requiredContactFields": LIST,
        "pricingFrom": LIST,
    },
    "UnitRestrictions": {
        "minAge": INT,
        "maxAge": INT,
        "idRequired": BOOL,
        "minQuantity": OPT_INT,
        "maxQuantity": OPT_INT,
        "paxCount": INT,
        "accompaniedBy": LIST,
    },
    "Availability": {
        "id": STR,
        "localDateTimeStart": STR,
        "localDateTimeEnd": STR,
        "utcCutoffAt": STR,
        "allDay": BOOL,
        "available": BOOL,
        "status": STR,
        "vacancies": OPT_INT,
        "capacity": OPT_INT,
        "maxUnits": OPT_INT,
        "openingHours": LIST,
        "unitPricing": LIST,
    },
    "AvailabilityCalendar": {
        "localDate": STR,
        "available": BOOL,
        "status": STR,
        "vacancies": OPT_INT,
        "capacity": OPT_INT,
        "openingHours": LIST,
        "unitPricingFrom": LIST,
    },
    "Booking": {
        "id": STR,
        "uuid": STR,
        "testMode": BOOL,
        "resellerReference": OPT_STR,
        "supplierReference": OPT_STR,
        "status": STR,
        "utcCreatedAt": STR,
        "utcUpdatedAt": OPT_STR,
        "utcExpiresAt": OPT_STR,
        "utcRedeemedAt": OPT_STR,
        "utcConfirmedAt": OPT_STR,
        "productId": STR,
        "product": OPT_DICT,
        "optionId": STR,
        "option": OPT_DICT,
        "cancellable": BOOL,
        "cancellation": OPT_DICT,
        "freesale": BOOL,
        "availabilityId": OPT_STR,
        "availability": OPT_DICT,
        "contact": DICT,
        "notes": OPT_STR,
        "deliveryMethods": LIST,
        "voucher": OPT_DICT,
        "unitItems": LIST,
        "pricing": DICT,
    },
    "UnitItem": {
        "uuid": STR,
        "resellerReference": OPT_STR,
        "supplierReference": OPT_STR,
        "unitId": STR,
        "unit": OPT_DICT,
        "status": STR,
        "utcRedeemedAt": OPT_STR,
        "contact": DICT,
        "ticket": OPT_DICT,
        "pricing": DICT,
    },
    "Contact": {
        "fullName": OPT_STR,
        "firstName": OPT_STR,
        "lastName": OPT_STR,
        "emailAddress": OPT_STR,
        "phoneNumber": OPT_STR,
        "locales": LIST,
        "postalCode": OPT_STR,
        "country": OPT_STR,
        "notes": OPT_STR,
    },
    "Pricing": PRICING,
    "PricingUnit": {"unitId": STR, **PRICING},
    "Ticket": {"redemptionMethod": STR, "utcRedeemedAt": OPT_STR, "deliveryOptions": LIST},
    "Cancellation": {"refund": STR, "reason": OPT_STR, "utcCancelledAt": STR},
}


def assert_shape(value: dict, name: str, path: str = "") -> None:
    path = path or name
    assert isinstance(value, dict), f"{path} is not an object"
    for field, kind in SHAPES[name].items():
        assert field in value, f"{path}.{field} is missing"
        item = value[field]
        if kind.endswith("?") and item is None:
            continue
        base = kind.rstrip("?")
        expected = {"str": str, "int": int, "bool": bool, "list": list, "dict": dict}[base]
        assert type(item) is expected, f"{path}.{field} should be {base}, is {item!r}"
        if base == "str":
            assert item != "", f"{path}.{field} is an empty string (send null instead)"
        if field.startswith("utc"):
            assert UTC.match(item), f"{path}.{field} is not UTC with Z: {item}"


def assert_product(product: dict, path="product") -> None:
    assert_shape(product, "Product", path)
    for i, option in enumerate(product["options"]):
        assert_shape(option, "Option", f"{path}.options[{i}]")
        assert_shape(option["restrictions"], "OptionRestrictions")
        for j, unit in enumerate(option["units"]):
            assert_unit(unit, f"{path}.options[{i}].units[{j}]")


def assert_unit(unit: dict, path: str) -> None:
    assert_shape(unit, "Unit", path)
    assert_shape(unit["restrictions"], "UnitRestrictions", path + ".restrictions")
    for price in unit["pricingFrom"]:
        assert_shape(price, "Pricing", path + ".pricingFrom")


def assert_booking(booking: dict) -> None:
    assert_shape(booking, "Booking")
    assert_product(booking["product"], "booking.product")
    assert_shape(booking["contact"], "Contact", "booking.contact")
    assert_shape(booking["pricing"], "Pricing", "booking.pricing")
    assert_shape(booking["voucher"], "Ticket", "booking.voucher")
    if booking["cancellation"] is not None:
        assert_shape(booking["cancellation"], "Cancellation", "booking.cancellation")
    for i, item in enumerate(booking["unitItems"]):
        assert_shape(item, "UnitItem", f"booking.unitItems[{i}]")
        assert_shape(item["contact"], "Contact", f"booking.unitItems[{i}].contact")
        assert_shape(item["pricing"], "Pricing", f"booking.unitItems[{i}].pricing")
        assert_unit(item["unit"], f"booking.unitItems[{i}].unit")


SCHEMA = document()


def assert_matches_schema(value, component: str) -> None:
    schema = {"$ref": f"#/components/schemas/{component}", "components": SCHEMA["components"]}
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    validator.validate(value)


@pytest.fixture
def answers(reseller, departure, temple_day):
    """One answer of every kind, with bookings in every state a reseller can meet."""
    day = timezone.localtime(departure.starts_at).date()
    days = {"localDateStart": day.isoformat(), "localDateEnd": (day + dt.timedelta(3)).isoformat()}
    held = reseller.reserve(departure, units=["adult", "child"]).json()
    confirmed = reseller.reserve(temple_day, units=["adult"]).json()
    confirmed = reseller.post(
        f"/bookings/{confirmed['uuid']}/confirm",
        {"contact": {"firstName": "John", "lastName": "Doe"}, "resellerReference": "R1"},
    ).json()
    cancelled = reseller.reserve(departure).json()
    cancelled = reseller.post(f"/bookings/{cancelled['uuid']}/cancel").json()
    expired = reseller.reserve(departure).json()
    shift_hold(Booking.objects.get(uuid=expired["uuid"]), -1)
    expired = reseller.get(f"/bookings/{expired['uuid']}").json()
    availability, calendar = [], []
    for slot in (departure, temple_day):
        product = {"productId": str(slot.offering_id), "optionId": "DEFAULT"}
        availability += reseller.post("/availability", {**product, **days}).json()
        availability += reseller.post(
            "/availability", {**product, "availabilityIds": [availability_id(slot)]}
        ).json()
        calendar += reseller.post("/availability/calendar", {**product, **days}).json()
    return {
        "supplier": reseller.get("/supplier").json(),
        "products": reseller.get("/products").json(),
        "availability": availability,
        "calendar": calendar,
        "bookings": [held, confirmed, cancelled, expired],
        "listed": reseller.get("/bookings", {"resellerReference": "R1"}).json(),
    }


def test_every_object_has_octos_required_fields_with_the_right_types(answers):
    assert_shape(answers["supplier"], "Supplier")
    assert_shape(answers["supplier"]["contact"], "SupplierContact", "supplier.contact")
    assert {p["availabilityType"] for p in answers["products"]} == {"START_TIME", "OPENING_HOURS"}
    for product in answers["products"]:
        assert_product(product)
    assert answers["availability"] and answers["calendar"]
    for entry in answers["availability"]:
        assert_shape(entry, "Availability")
        for price in entry["unitPricing"]:
            assert_shape(price, "PricingUnit")
    for entry in answers["calendar"]:
        assert_shape(entry, "AvailabilityCalendar")
    statuses = [b["status"] for b in answers["bookings"]]
    assert statuses == ["ON_HOLD", "CONFIRMED", "CANCELLED", "EXPIRED"]
    for booking in answers["bookings"] + answers["listed"]:
        assert_booking(booking)


def test_every_answer_matches_the_published_openapi_schema(answers):
    assert_matches_schema(answers["supplier"], "Supplier")
    for product in answers["products"]:
        assert_matches_schema(product, "Product")
    for entry in answers["availability"]:
        assert_matches_schema(entry, "Availability")
    for entry in answers["calendar"]:
        assert_matches_schema(entry, "AvailabilityCalendar")
    for booking in answers["bookings"] + answers["listed"]:
        assert_matches_schema(booking, "Booking")


def test_the_state_of_each_booking_looks_as_octo_says(answers):
    held, confirmed, cancelled, expired = answers["bookings"]
    assert held["utcExpiresAt"] and not held["utcConfirmedAt"] and held["cancellation"] is None
    assert not confirmed["utcExpiresAt"] and confirmed["utcConfirmedAt"]
    assert confirmed["cancellation"] is None and confirmed["voucher"]["deliveryOptions"]
    assert cancelled["cancellation"] and not cancelled["utcExpiresAt"]
    assert expired["utcExpiresAt"] and expired["cancellation"] and not expired["utcConfirmedAt"]
    for booking in answers["bookings"]:
        assert booking["deliveryMethods"] == booking["product"]["deliveryMethods"]
        assert {i["status"] for i in booking["unitItems"]} == {booking["status"]}


def test_errors_match_the_published_schema(reseller):
    response = reseller.get("/products/nope")
    assert_matches_schema(response.json(), "Error")
