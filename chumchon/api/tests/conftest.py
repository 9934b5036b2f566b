"""Fixed callers for API tests: one key per role, a key of another community, no key.

Each fixture is an APIClient that sends its key, so a permission test is one line.
"""

import datetime as dt
from decimal import Decimal

import pytest
from rest_framework.test import APIClient

from chumchon.api.keys import create_key
from chumchon.bookings.services import Contact, ItemRequest, hold_places
from chumchon.bookings.tests.conftest import make_slot
from chumchon.catalog.models import Offering, PriceTier
from chumchon.communities.models import ExchangeRate

PROMPTPAY_ID = "0812345678"


def _client(role, community=None, name=None):
    key, text = create_key(name=name or f"{role} test", role=role, community=community)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {text}")
    client.key = key
    return client


@pytest.fixture
def partner(db):
    """A travel agency's key: books and reads its own bookings."""
    return _client("partner", name="Local Alike")


@pytest.fixture
def other_partner(db):
    return _client("partner", name="Another agency")


@pytest.fixture
def thali_desk(tha_li):
    """Tha Li's coordinator key."""
    return _client("coordinator", tha_li)


@pytest.fixture
def botan_desk(bo_tan):
    """Bo Tan's coordinator key: a key of another community for Tha Li's bookings."""
    return _client("coordinator", bo_tan)


@pytest.fixture
def officer_key(db):
    return _client("officer")


@pytest.fixture
def anonymous():
    return APIClient()


@pytest.fixture
def forged(db):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Bearer cc_deadbeef_not-a-real-secret")
    return client


@pytest.fixture
def signed_in():
    """An APIClient signed in as a person (session), for the dashboard's own calls."""

    def sign_in(user):
        client = APIClient()
        client.force_login(user)
        return client

    return sign_in


@pytest.fixture
def rates(thb, lak, db):
    from chumchon.communities.models import Currency

    usd = Currency.objects.get_or_create(code="USD", defaults={"name": "US dollar", "symbol": "$"})[
        0
    ]
    day = dt.date(2020, 1, 1)
    for base, quote, rate in (
        (thb, lak, "600"),
        (thb, usd, "0.03"),
        (lak, thb, "0.0016"),
        (lak, usd, "0.00005"),
    ):
        ExchangeRate.objects.create(base=base, quote=quote, rate=Decimal(rate), valid_from=day)


@pytest.fixture
def promptpay(tha_li):
    tha_li.promptpay_id = PROMPTPAY_ID
    tha_li.save(update_fields=["promptpay_id"])
    return PROMPTPAY_ID


@pytest.fixture
def slot(weaving):
    """Weaving in three days at 09:00, five places; 350 THB an adult, 200 a child."""
    return make_slot(weaving, capacity=5)


@pytest.fixture
def boat_trip(bo_tan):
    offering = Offering.objects.create(
        community=bo_tan, kind="activity", slug="boat", title_en="Boat trip", capacity=6
    )
    PriceTier.objects.create(offering=offering, kind="adult", amount=Decimal("50000"))
    return offering


@pytest.fixture
def boat_slot(boat_trip):
    return make_slot(boat_trip, capacity=6)


def booking_body(slot, adults=2, children=1, **extra):
    body = {
        "items": [{"slot": slot.id, "adults": adults, "children": children}],
        "contact": {"name": "Anna Tourist", "email": "anna@example.org", "phone": "+4912345"},
        "language": "th",
    }
    body.update(extra)
    return body


def book(client, slot, key="k-1", **kwargs):
    return client.post(
        "/api/v1/bookings", booking_body(slot, **kwargs), format="json", HTTP_IDEMPOTENCY_KEY=key
    )


@pytest.fixture
def partner_booking(partner, slot):
    """A held booking made with the partner's key: 2 adults + 1 child = 900.00 THB."""
    return hold_places(
        [ItemRequest(slot_id=slot.id, adults=2, children=1)],
        Contact(name="Anna Tourist", email="anna@example.org"),
        channel="api",
        api_key=partner.key,
    )


def error_of(response) -> dict:
    """The error object, after checking the one error shape."""
    assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
    body = response.json()
    assert set(body) == {"error"}, body
    assert isinstance(body["error"]["code"], str) and body["error"]["message"], body
    return body["error"]
