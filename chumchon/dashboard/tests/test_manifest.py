"""The day's manifest: who comes when, how many, what they eat; per provider household."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from chumchon.bookings.services import Contact, ItemRequest, hold_places
from chumchon.bookings.tests.conftest import make_slot
from chumchon.catalog.models import Offering, PriceTier
from chumchon.communities.models import Household
from chumchon.dashboard.tests.conftest import ANONYMOUS, manage_url
from chumchon.payments.services import record_payment

pytestmark = pytest.mark.django_db


@pytest.fixture
def day(slot):
    return timezone.localtime(slot.starts_at).date()


@pytest.fixture
def weavers(tha_li, weaving):
    family = Household.objects.create(community=tha_li, code="TL-50", name="Weaver family")
    weaving.providers.add(family)
    return family


@pytest.fixture
def dinner(tha_li, household):
    """Cooked by the test household (the cook), the evening of the weaving class."""
    offering = Offering.objects.create(
        community=tha_li, kind="meal", slug="dinner", title_en="Family dinner", capacity=12
    )
    PriceTier.objects.create(offering=offering, kind="adult", amount=Decimal("200"))
    offering.providers.add(household)
    return offering


@pytest.fixture
def diner_booking(dinner):
    sitting = make_slot(dinner, days=3, hour=18, capacity=12, hours=2)
    booking = hold_places(
        [ItemRequest(slot_id=sitting.id, adults=2)],
        Contact(name="Ben Diner", phone="+44 7700 900", language="th", dietary_needs="halal"),
    )
    record_payment(booking, method="cash", amount="400", currency="THB")
    return booking


def get_manifest(client, day, **params):
    return client.get(manage_url("manifest", "t-tha-li"), {"date": day.isoformat(), **params})


@pytest.mark.parametrize(
    "actor, status",
    [
        ("thali_coordinator", 200),
        ("thali_treasurer", 200),
        ("officer", 403),
        ("botan_coordinator", 403),
        ("stranger", 403),
        (ANONYMOUS, 302),
    ],
    indirect=["actor"],
)
def test_only_the_communitys_staff_see_the_manifest(as_user, actor, status, confirmed, day):
    response = get_manifest(as_user(actor), day)
    assert response.status_code == status
    if status != 200:
        assert "Anna Tourist" not in response.content.decode()


def test_the_manifest_lists_the_days_confirmed_guests(
    as_user, thali_coordinator, confirmed, diner_booking, day
):
    html = get_manifest(as_user(thali_coordinator), day).content.decode()
    assert "09:00 · Weaving" in html and "18:00 · Family dinner" in html
    assert html.index("Weaving") < html.index("Family dinner")
    assert "Anna Tourist" in html and "Ben Diner" in html
    assert confirmed.reference in html and diner_booking.reference in html
    assert "vegetarian, no peanuts" in html and "halal" in html
    assert "+49 170 555" in html
    assert "2 adults, 1 child" in html
    assert "English" in html
    assert "5 guests" in html


def test_held_bookings_and_other_days_are_left_out(as_user, thali_coordinator, held, day):
    client = as_user(thali_coordinator)
    assert "Anna Tourist" not in get_manifest(client, day).content.decode()
    assert "No guests booked." in get_manifest(client, day).content.decode()
    other_day = get_manifest(client, day + dt.timedelta(days=1)).content.decode()
    assert "Weaving" not in other_day and "Nothing is scheduled on this day." in other_day


def test_a_checked_in_guest_is_ticked(as_user, thali_coordinator, confirmed, day):
    from chumchon.bookings.checkin import check_in

    check_in(confirmed, confirmed.community, by=thali_coordinator)
    html = get_manifest(as_user(thali_coordinator), day).content.decode()
    assert "✔" in html


def test_a_household_sees_only_what_it_provides(
    as_user, thali_treasurer, confirmed, diner_booking, household, weavers, day
):
    client = as_user(thali_treasurer)
    cook = get_manifest(client, day, household=household.pk).content.decode()
    assert "For Test family" in cook
    assert "Family dinner" in cook and "Ben Diner" in cook and "halal" in cook
    assert "Anna Tourist" not in cook and "09:00 · Weaving" not in cook
    weaver = get_manifest(client, day, household=weavers.pk).content.decode()
    assert "Anna Tourist" in weaver and "vegetarian, no peanuts" in weaver
    assert "Ben Diner" not in weaver


def test_another_communitys_household_is_not_found(
    as_user, thali_coordinator, botan_household, day
):
    response = get_manifest(as_user(thali_coordinator), day, household=botan_household.pk)
    assert response.status_code == 404


def test_the_manifest_defaults_to_today_and_prints(as_user, thali_coordinator, tha_li):
    response = as_user(thali_coordinator).get(manage_url("manifest", "t-tha-li"))
    html = response.content.decode()
    assert response.status_code == 200
    assert timezone.localdate().isoformat() in html
    assert "chumchon/css/manage.css" in html and "window.print()" in html


def test_a_bad_date_is_refused_clearly(as_user, thali_coordinator, tha_li):
    response = as_user(thali_coordinator).get(manage_url("manifest", "t-tha-li"), {"date": "soon"})
    assert response.status_code == 400
    assert "Enter a valid date." in response.content.decode()
