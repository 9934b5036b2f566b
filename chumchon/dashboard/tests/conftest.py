"""Bookings to look at on the phone pages: Tha Li's weaving class, Bo Tan's boat trip."""

from decimal import Decimal

import pytest
from django.urls import reverse

from chumchon.bookings.services import Contact, ItemRequest, hold_places
from chumchon.bookings.tests.conftest import make_slot
from chumchon.catalog.models import Offering, PriceTier
from chumchon.payments.services import record_payment

ANONYMOUS = None


def manage_url(name, *args):
    return reverse(f"manage_bookings:{name}", args=args)


@pytest.fixture
def as_user(client):
    """A client signed in as `user` (or anonymous for None)."""

    def login(user):
        if user is not None:
            client.force_login(user)
        return client

    return login


@pytest.fixture
def actor(request):
    """Parametrise with a fixture name, or None for an anonymous visitor."""
    return request.getfixturevalue(request.param) if request.param else None


@pytest.fixture
def anna():
    return Contact(
        name="Anna Tourist",
        email="anna@example.org",
        phone="+49 170 555",
        language="en",
        dietary_needs="vegetarian, no peanuts",
    )


@pytest.fixture
def slot(weaving):
    return make_slot(weaving, days=3, hour=9, capacity=5)


@pytest.fixture
def held(slot, anna):
    """Two adults and a child, awaiting payment of 900 baht."""
    return hold_places([ItemRequest(slot_id=slot.id, adults=2, children=1)], anna)


@pytest.fixture
def confirmed(held):
    record_payment(held, method="cash", amount="900", currency="THB")
    held.refresh_from_db()
    return held


@pytest.fixture
def boat_trip(bo_tan):
    offering = Offering.objects.create(
        community=bo_tan, kind="activity", slug="boat", title_en="Boat trip", capacity=6
    )
    PriceTier.objects.create(offering=offering, kind="adult", amount=Decimal("150000"))
    return offering


@pytest.fixture
def botan_booking(boat_trip):
    slot = make_slot(boat_trip, days=3, hour=8)
    booking = hold_places(
        [ItemRequest(slot_id=slot.id, adults=1)],
        Contact(name="Lao Guest", phone="020 555", language="lo"),
    )
    record_payment(booking, method="cash", amount="150000", currency="LAK")
    booking.refresh_from_db()
    return booking
