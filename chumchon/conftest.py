"""Fixed actors and a small world for tests: Tha Li and Bo Tan with their staff.

Tests that need the full demo content use the `demo` fixture instead.
"""

import datetime as dt
from decimal import Decimal

import pytest

from chumchon.accounts.models import CommunityStaff, StaffRole, User
from chumchon.catalog.models import Offering, PriceTier
from chumchon.communities.models import Community, Country, Currency, Household, Member
from chumchon.places.models import OpeningHours, Place


def _community(slug, name, country, currency, lat, lng):
    return Community.objects.create(
        slug=slug,
        name_en=name,
        name_th=name,
        name_lo=name,
        country=country,
        province_en="P",
        district_en="D",
        latitude=Decimal(lat),
        longitude=Decimal(lng),
        currency=currency,
        contact_phone="000",
        emergency_phone="1155",
    )


@pytest.fixture
def thb(db):
    return Currency.objects.get_or_create(
        code="THB", defaults={"name": "Thai baht", "symbol": "฿"}
    )[0]


@pytest.fixture
def lak(db):
    return Currency.objects.get_or_create(code="LAK", defaults={"name": "Lao kip", "symbol": "₭"})[
        0
    ]


@pytest.fixture
def tha_li(db, thb):
    th = Country.objects.get_or_create(
        code="TH", defaults={"name": "Thailand", "currency": thb, "phone_prefix": "+66"}
    )[0]
    return _community("t-tha-li", "Tha Li", th, thb, "17.6236", "101.4210")


@pytest.fixture
def bo_tan(db, lak):
    la = Country.objects.get_or_create(
        code="LA", defaults={"name": "Lao PDR", "currency": lak, "phone_prefix": "+856"}
    )[0]
    return _community("t-bo-tan", "Bo Tan", la, lak, "17.58", "101.19")


def _user(username, **extra):
    return User.objects.create_user(username=username, password="pw-for-tests-only", **extra)


def _staff(user, community, role):
    CommunityStaff.objects.create(user=user, community=community, role=role)
    return user


@pytest.fixture
def thali_coordinator(tha_li):
    return _staff(_user("t-coord"), tha_li, StaffRole.COORDINATOR)


@pytest.fixture
def thali_treasurer(tha_li):
    return _staff(_user("t-treas"), tha_li, StaffRole.TREASURER)


@pytest.fixture
def botan_coordinator(bo_tan):
    return _staff(_user("b-coord"), bo_tan, StaffRole.COORDINATOR)


@pytest.fixture
def officer(db):
    return _user("t-officer", is_programme_officer=True)


@pytest.fixture
def site_admin(db):
    return User.objects.create_superuser("t-admin", "admin@example.org", "pw-for-tests-only")


@pytest.fixture
def stranger(db):
    return _user("t-stranger")


@pytest.fixture
def household(tha_li):
    h = Household.objects.create(
        community=tha_li,
        code="TL-99",
        name="Test family",
        phone="0800000000",
        consent_given=True,
        consent_date=dt.date(2026, 1, 5),
    )
    Member.objects.create(household=h, name="Somsri", gender="female", age_group="40-59")
    return h


@pytest.fixture
def botan_household(bo_tan):
    return Household.objects.create(
        community=bo_tan,
        code="BT-99",
        name="Lao test family",
        phone="020000000",
        consent_given=True,
        consent_date=dt.date(2026, 1, 5),
    )


@pytest.fixture
def temple(tha_li):
    place = Place.objects.create(
        community=tha_li,
        slug="temple",
        name_en="Temple",
        category="temple",
        latitude=Decimal("17.62"),
        longitude=Decimal("101.42"),
        visit_minutes=45,
    )
    for day in range(7):
        OpeningHours.objects.create(place=place, weekday=day, opens=dt.time(8), closes=dt.time(17))
    return place


@pytest.fixture
def weaving(tha_li, temple):
    offering = Offering.objects.create(
        community=tha_li,
        kind="activity",
        slug="weaving",
        title_en="Weaving",
        capacity=8,
        duration_minutes=120,
        place=temple,
    )
    PriceTier.objects.create(offering=offering, kind="adult", amount=Decimal("350"))
    PriceTier.objects.create(offering=offering, kind="child", amount=Decimal("200"))
    return offering


@pytest.fixture
def demo(db):
    from chumchon.demo.services import load_demo

    load_demo()
    return Community.objects.get(slug="tha-li"), Community.objects.get(slug="bo-tan")


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Demo logins would cost seconds of PBKDF2 in every test that loads the demo."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def english_by_default():
    """Requests leave their language active in the thread; start each test in English."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def fresh_exchange_rates():
    """Each process keeps the day's rates for a minute: never across tests."""
    from chumchon.communities.services import forget_rates

    forget_rates()
    yield
    forget_rates()
