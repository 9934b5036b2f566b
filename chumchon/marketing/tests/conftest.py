import datetime as dt
import json
import re

import pytest
from django.utils import timezone

from chumchon.bookings.models import Booking, BookingItem, BookingStatus
from chumchon.bookings.tests.conftest import (  # noqa: F401 - shared fixtures
    basket,
    contact,
    make_slot,
    river_walk,
    room,
    slot,
)
from chumchon.marketing.models import PromoCode
from chumchon.routes.tests.conftest import (  # noqa: F401 - shared fixtures
    homestay,
    market,
    no_osrm,
    river,
    route,
)


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Photos and share cards go to a fresh folder per test."""
    settings.MEDIA_ROOT = str(tmp_path / "media")


def jsonld_of(html: str) -> list[dict]:
    """Every JSON-LD object on a page (lists flattened)."""
    found = []
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        found.extend(data if isinstance(data, list) else [data])
    return found


def of_type(objects: list[dict], kind: str) -> list[dict]:
    return [o for o in objects if o.get("@type") == kind]


def ended_booking(
    offering,
    *,
    days_ago=2,
    status=BookingStatus.CONFIRMED,
    email="anna@example.org",
    name="Anna Maria Tourist",
    language="en",
) -> Booking:
    """A booking whose slot started and ended `days_ago` days back."""
    from chumchon.bookings.models import Slot

    start = timezone.now() - dt.timedelta(days=days_ago, hours=3)
    past = Slot.objects.create(
        offering=offering, starts_at=start, ends_at=start + dt.timedelta(hours=2), capacity=8
    )
    booking = Booking.objects.create(
        community=offering.community,
        contact_name=name,
        contact_email=email,
        language=language,
        total=350,
        currency_id=offering.community.currency_id,
        status=status,
        confirmed_at=start if status == BookingStatus.CONFIRMED else None,
    )
    BookingItem.objects.create(
        booking=booking, offering=offering, slot=past, adults=1, units=1, price=350
    )
    return booking


@pytest.fixture
def promo(tha_li):
    return PromoCode.objects.create(
        community=tha_li,
        code="rainy10",
        kind="percent",
        percent=10,
        valid_from=timezone.now() - dt.timedelta(days=1),
    )
