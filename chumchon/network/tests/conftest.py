"""The network's small world: Tha Li and Bo Tan as partners, Local Alike, referral codes.

Booking signals run after commit; `captured` runs them the way production does
(pytest-django keeps each test in one transaction that never commits).
"""

import datetime as dt
from decimal import Decimal

import pytest

from chumchon.bookings.tests.conftest import make_slot
from chumchon.catalog.models import Offering, PriceTier
from chumchon.ledger.tests.conftest import (  # noqa: F401  (shared fixtures and helpers)
    book,
    default_rules,
    guide_family,
    pay,
    providers,
    weaver,
)
from chumchon.network.models import (
    Agreement,
    Partner,
    PartnerKind,
    ReferralCode,
)
from chumchon.network.services import partner_for_community
from chumchon.places.models import OpeningHours, Place

LONG_AGO = dt.date(2020, 1, 1)


@pytest.fixture
def local_alike(db):
    return Partner.objects.create(
        slug="local-alike", kind=PartnerKind.AGENCY, name_en="Local Alike"
    )


@pytest.fixture
def alike_agreement(tha_li, local_alike):
    """Local Alike earns 12.5% on everything Tha Li sells through it."""
    return Agreement.objects.create(
        community=tha_li,
        partner=local_alike,
        commission_percent=Decimal("12.5"),
        valid_from=LONG_AGO,
    )


@pytest.fixture
def alike_code(local_alike):
    return ReferralCode.objects.create(partner=local_alike, code="ALIKE2026")


@pytest.fixture
def botan_partner(bo_tan):
    return partner_for_community(bo_tan)


@pytest.fixture
def thali_partner(tha_li):
    return partner_for_community(tha_li)


@pytest.fixture
def sister_agreements(tha_li, bo_tan, thali_partner, botan_partner):
    """Each community pays the other 10% on the tourists it sends across."""
    return (
        Agreement.objects.create(
            community=tha_li, partner=botan_partner, commission_percent=10, valid_from=LONG_AGO
        ),
        Agreement.objects.create(
            community=bo_tan, partner=thali_partner, commission_percent=10, valid_from=LONG_AGO
        ),
    )


@pytest.fixture
def bridge(tha_li):
    place = Place.objects.create(
        community=tha_li,
        slug="bridge",
        name_en="Nam Heuang Friendship Bridge",
        category="border",
        latitude=Decimal("17.64"),
        longitude=Decimal("101.43"),
        visitor_notes_en="Passport, or a border pass for residents of the border area.",
    )
    for day in range(7):
        OpeningHours.objects.create(place=place, weekday=day, opens=dt.time(6), closes=dt.time(18))
    return place


@pytest.fixture
def waterfall_walk(bo_tan):
    offering = Offering.objects.create(
        community=bo_tan,
        kind="activity",
        slug="tad-ham",
        title_en="Tad Ham waterfall walk",
        capacity=10,
    )
    PriceTier.objects.create(offering=offering, kind="adult", amount=Decimal("120000"))
    PriceTier.objects.create(offering=offering, kind="child", amount=Decimal("60001"))
    return offering


@pytest.fixture
def botan_slot(waterfall_walk):
    return make_slot(waterfall_walk, days=4, capacity=50)


@pytest.fixture
def captured(django_capture_on_commit_callbacks):
    """Run what the booking services announce after commit, as production does."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run
