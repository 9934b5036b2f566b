"""Resellers and a small catalogue for OCTO tests (independent of the demo content).

Actors: `reseller` (a partner key for Tha Li), `platform_reseller` (a partner key for
every community), `thali_desk` (Tha Li's coordinator key), `botan_desk` (Bo Tan's).
"""

import datetime as dt
import json
from decimal import Decimal

import pytest
from django.test import Client
from django.utils import timezone

from chumchon.api.keys import create_key
from chumchon.bookings.models import WeeklySchedule
from chumchon.bookings.tests.conftest import make_slot
from chumchon.catalog.models import Offering, PriceTier


class Reseller:
    """An OCTO client holding one key; every call sends it with the pricing capability."""

    def __init__(self, key, text, capabilities="octo/pricing"):
        self.key = key
        self.text = text
        self.capabilities = capabilities
        self.client = Client()

    def headers(self, **extra):
        headers = {"Authorization": f"Bearer {self.text}", "Accept-Language": "en"}
        if self.capabilities is not None:
            headers["Octo-Capabilities"] = self.capabilities
        return {**headers, **extra}

    def get(self, path, data=None, **headers):
        return self.client.get("/octo/v1" + path, data, headers=self.headers(**headers))

    def _send(self, method, path, body, headers):
        return getattr(self.client, method)(
            "/octo/v1" + path,
            json.dumps(body) if body is not None else "",
            content_type="application/json",
            headers=self.headers(**headers),
        )

    def post(self, path, body=None, **headers):
        return self._send("post", path, body, headers)

    def patch(self, path, body=None, **headers):
        return self._send("patch", path, body, headers)

    def delete(self, path, body=None, **headers):
        return self._send("delete", path, body, headers)

    def reserve(self, slot, units=("adult",), **body):
        """POST /bookings for `slot` of its offering; returns the response."""
        payload = {
            "productId": str(slot.offering_id),
            "optionId": "DEFAULT",
            "availabilityId": availability_id(slot),
            "unitItems": [{"unitId": u} for u in units],
            **body,
        }
        return self.post("/bookings", payload)


def availability_id(slot) -> str:
    return timezone.localtime(slot.starts_at).isoformat()


def error_of(response) -> str:
    return response.json()["error"]


@pytest.fixture
def reseller(tha_li):
    key, text = create_key(name="Mekong Trails", role="partner", community=tha_li)
    return Reseller(key, text)


@pytest.fixture
def other_reseller(tha_li):
    key, text = create_key(name="River Agency", role="partner", community=tha_li)
    return Reseller(key, text)


@pytest.fixture
def platform_reseller(db):
    key, text = create_key(name="Asia Hub", role="partner")
    return Reseller(key, text)


@pytest.fixture
def thali_desk(tha_li):
    key, text = create_key(name="Tha Li desk", role="coordinator", community=tha_li)
    return Reseller(key, text)


@pytest.fixture
def botan_desk(bo_tan):
    key, text = create_key(name="Bo Tan desk", role="coordinator", community=bo_tan)
    return Reseller(key, text)


@pytest.fixture
def test_reseller(tha_li):
    key, text = create_key(name="Sandbox", role="partner", community=tha_li, is_test=True)
    return Reseller(key, text)


@pytest.fixture
def departure(weaving):
    """A weaving class in three days at 09:00 with 5 places (adult 350, child 200 THB)."""
    return make_slot(weaving, days=3, hour=9, capacity=5)


@pytest.fixture
def next_departure(weaving):
    return make_slot(weaving, days=4, hour=9, capacity=5)


@pytest.fixture
def temple_pass(tha_li, temple):
    """A day ticket for the temple (OPENING_HOURS), open 08:00-17:00, with a slot in 2 days."""
    offering = Offering.objects.create(
        community=tha_li,
        kind="activity",
        slug="temple-pass",
        title_en="Temple pass",
        capacity=20,
        place=temple,
        availability_type="opening_hours",
    )
    PriceTier.objects.create(offering=offering, kind="adult", amount=Decimal("100"))
    return offering


@pytest.fixture
def temple_day(temple_pass):
    return make_slot(temple_pass, days=2, hour=8, capacity=20, hours=9)


@pytest.fixture
def boat(tha_li):
    """A boat hired per group of up to 6 people (group price only)."""
    offering = Offering.objects.create(
        community=tha_li,
        kind="service",
        service_type="boat",
        slug="boat",
        title_en="Boat trip",
        capacity=12,
    )
    PriceTier.objects.create(offering=offering, kind="group", amount=Decimal("1500"), group_size=6)
    return offering


@pytest.fixture
def baci(bo_tan, botan_household):
    """A Bo Tan dinner in LAK with a weekly schedule and one slot."""
    offering = Offering.objects.create(
        community=bo_tan, kind="meal", slug="baci", title_en="Baci dinner", capacity=20
    )
    PriceTier.objects.create(offering=offering, kind="adult", amount=Decimal("120000"))
    PriceTier.objects.create(offering=offering, kind="child", amount=Decimal("60000"))
    WeeklySchedule.objects.create(offering=offering, weekday=4, start_time=dt.time(18), capacity=20)
    return offering


@pytest.fixture
def baci_evening(baci):
    return make_slot(baci, days=5, hour=18, capacity=20)


def shift_hold(booking, minutes: int) -> None:
    """Move a hold's expiry, e.g. into the past to let it lapse."""
    from chumchon.bookings.models import Booking

    Booking.objects.filter(pk=booking.pk).update(
        expires_at=timezone.now() + dt.timedelta(minutes=minutes)
    )


@pytest.fixture
def river_walk(tha_li, temple):
    offering = Offering.objects.create(
        community=tha_li, kind="activity", slug="river-walk", title_en="River walk", capacity=10
    )
    PriceTier.objects.create(offering=offering, kind="adult", amount=Decimal("250"))
    return offering


@pytest.fixture
def river_morning(river_walk):
    return make_slot(river_walk, days=6, hour=8, capacity=10)


def parse_utc(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)


def minutes_from_now(text: str) -> float:
    return (parse_utc(text) - timezone.now()).total_seconds() / 60
