import datetime as dt
from contextlib import contextmanager
from decimal import Decimal

import pytest
from django.utils import timezone

from chumchon.bookings.models import Slot
from chumchon.bookings.services import Contact
from chumchon.catalog.models import Offering, PriceTier, Resource


def make_slot(offering, days=3, hour=9, capacity=5, hours=3):
    start = timezone.localtime().replace(hour=hour, minute=0, second=0, microsecond=0)
    start += dt.timedelta(days=days)
    return Slot.objects.create(
        offering=offering,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=hours),
        capacity=capacity,
    )


@pytest.fixture
def slot(weaving):
    return make_slot(weaving)


@pytest.fixture
def contact():
    return Contact(name="Anna Tourist", email="anna@example.org", language="en")


@pytest.fixture
def river_walk(tha_li, temple):
    offering = Offering.objects.create(
        community=tha_li,
        kind="activity",
        slug="river-walk",
        title_en="River walk",
        capacity=10,
        place=temple,
    )
    PriceTier.objects.create(offering=offering, kind="adult", amount=Decimal("250"))
    return offering


@pytest.fixture
def guide(tha_li, weaving, river_walk):
    """One guide leads both the weaving class and the river walk."""
    resource = Resource.objects.create(community=tha_li, name_en="Khun Dam", kind="guide")
    weaving.resources.add(resource)
    river_walk.resources.add(resource)
    return resource


@pytest.fixture
def room(tha_li):
    offering = Offering.objects.create(
        community=tha_li, kind="homestay", slug="room", title_en="Room", capacity=3, beds=2
    )
    PriceTier.objects.create(offering=offering, kind="adult", amount=Decimal("500"))
    PriceTier.objects.create(offering=offering, kind="child", amount=Decimal("250"))
    return offering


@pytest.fixture
def basket(tha_li):
    offering = Offering.objects.create(
        community=tha_li, kind="product", slug="li-basket", title_en="Li basket", stock=3
    )
    PriceTier.objects.create(offering=offering, kind="item", amount=Decimal("120.50"))
    return offering


@contextmanager
def refused(code: str):
    """Expect a BookingError with this stable code."""
    from chumchon.bookings.errors import BookingError

    with pytest.raises(BookingError) as err:
        yield err
    assert err.value.code == code, err.value.code


def make_api_key(role="partner", community=None):
    from chumchon.api.keys import create_key

    return create_key(name="test key", role=role, community=community)[0]
