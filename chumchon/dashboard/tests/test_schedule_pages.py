"""The coordinator's schedule: weekly departures, single dates, places, closed days."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from chumchon.bookings.models import BookingStatus, Closure, Slot, WeeklySchedule
from chumchon.bookings.services import Contact, ItemRequest, hold_places
from chumchon.bookings.tests.conftest import make_slot
from chumchon.dashboard.tests.conftest import ANONYMOUS, manage_url
from chumchon.payments.models import Refund

pytestmark = pytest.mark.django_db

READERS = [
    ("thali_coordinator", 200),
    ("thali_treasurer", 200),
    ("officer", 200),
    ("botan_coordinator", 403),
    ("stranger", 403),
    (ANONYMOUS, 302),
]
CHANGERS = [
    ("thali_coordinator", 302),
    ("thali_treasurer", 403),
    ("officer", 403),
    ("botan_coordinator", 403),
    (ANONYMOUS, 302),
]


def local_day(slot) -> dt.date:
    return timezone.localtime(slot.starts_at).date()


@pytest.mark.parametrize("actor, status", READERS, indirect=["actor"])
def test_staff_and_officers_read_the_schedule(as_user, actor, status, weaving, slot):
    client = as_user(actor)
    assert client.get(manage_url("schedule", "t-tha-li")).status_code == status
    page = client.get(manage_url("offering_schedule", "t-tha-li", weaving.pk))
    assert page.status_code == status


@pytest.mark.parametrize("actor, status", CHANGERS, indirect=["actor"])
def test_only_a_coordinator_changes_the_schedule(as_user, actor, status, weaving):
    response = as_user(actor).post(
        manage_url("offering_schedule", "t-tha-li", weaving.pk),
        {
            "action": "add_weekly",
            "weekly-weekday": "5",
            "weekly-start_time": "09:00",
            "weekly-capacity": "6",
        },
    )
    assert response.status_code == status
    assert WeeklySchedule.objects.exists() == (status == 302 and actor is not None)


@pytest.mark.parametrize(
    "actor, status",
    [("thali_coordinator", 200), ("thali_treasurer", 403), ("officer", 403), (ANONYMOUS, 302)],
    indirect=["actor"],
)
def test_only_a_coordinator_closes_days(as_user, actor, status, tha_li):
    assert as_user(actor).get(manage_url("close", "t-tha-li")).status_code == status


def test_the_forms_are_shown_to_coordinators_only(as_user, thali_treasurer, weaving, slot):
    page = as_user(thali_treasurer).get(manage_url("offering_schedule", "t-tha-li", weaving.pk))
    html = page.content.decode()
    assert "Add to the weekly schedule" not in html and 'name="capacity"' not in html


def test_a_weekly_departure_creates_the_coming_slots(as_user, thali_coordinator, weaving):
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    response = as_user(thali_coordinator).post(
        manage_url("offering_schedule", "t-tha-li", weaving.pk),
        {
            "action": "add_weekly",
            "weekly-weekday": str(tomorrow.weekday()),
            "weekly-start_time": "10:30",
            "weekly-capacity": "6",
        },
    )
    assert response.status_code == 302
    slots = list(Slot.objects.filter(offering=weaving))
    assert len(slots) == 13  # every week for the coming 90 days
    first = timezone.localtime(slots[0].starts_at)
    assert first.date() == tomorrow and first.time() == dt.time(10, 30)
    assert {s.capacity for s in slots} == {6}
    assert slots[0].ends_at - slots[0].starts_at == dt.timedelta(minutes=120)


def test_the_same_weekly_departure_cannot_be_added_twice(as_user, thali_coordinator, weaving):
    WeeklySchedule.objects.create(offering=weaving, weekday=5, start_time=dt.time(9), capacity=8)
    response = as_user(thali_coordinator).post(
        manage_url("offering_schedule", "t-tha-li", weaving.pk),
        {
            "action": "add_weekly",
            "weekly-weekday": "5",
            "weekly-start_time": "09:00",
            "weekly-capacity": "4",
        },
    )
    assert response.status_code == 400
    assert "already in the weekly schedule" in response.content.decode()
    assert WeeklySchedule.objects.count() == 1


def test_removing_a_weekly_departure_keeps_only_the_booked_dates(
    as_user, thali_coordinator, weaving, anna
):
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    entry = WeeklySchedule.objects.create(
        offering=weaving, weekday=tomorrow.weekday(), start_time=dt.time(9), capacity=5
    )
    from chumchon.bookings.schedule import generate_from_weekly_schedules

    generate_from_weekly_schedules(offering=weaving)
    booked = Slot.objects.filter(offering=weaving).first()
    hold_places([ItemRequest(slot_id=booked.id, adults=1)], anna)
    response = as_user(thali_coordinator).post(
        manage_url("offering_schedule", "t-tha-li", weaving.pk),
        {"action": "remove_weekly", "entry": entry.pk},
    )
    assert response.status_code == 302
    assert not WeeklySchedule.objects.exists()
    assert list(Slot.objects.filter(offering=weaving)) == [booked]


def test_a_single_date_can_be_added(as_user, thali_coordinator, weaving):
    day = timezone.localdate() + dt.timedelta(days=5)
    response = as_user(thali_coordinator).post(
        manage_url("offering_schedule", "t-tha-li", weaving.pk),
        {
            "action": "add_slot",
            "slot-date": day.isoformat(),
            "slot-time": "15:00",
            "slot-capacity": "4",
        },
    )
    assert response.status_code == 302
    slot = Slot.objects.get(offering=weaving)
    assert timezone.localtime(slot.starts_at).date() == day and slot.capacity == 4


def test_a_date_in_the_past_is_refused(as_user, thali_coordinator, weaving):
    day = timezone.localdate() - dt.timedelta(days=1)
    response = as_user(thali_coordinator).post(
        manage_url("offering_schedule", "t-tha-li", weaving.pk),
        {
            "action": "add_slot",
            "slot-date": day.isoformat(),
            "slot-time": "15:00",
            "slot-capacity": "4",
        },
    )
    assert response.status_code == 400
    assert "already passed" in response.content.decode()
    assert not Slot.objects.exists()


def test_the_schedule_shows_the_places_left(as_user, thali_treasurer, held):
    page = as_user(thali_treasurer).get(manage_url("schedule", "t-tha-li"))
    html = page.content.decode()
    assert "2 left" in html and "3 of 5 taken" in html


def test_capacity_cannot_drop_below_the_places_taken(as_user, thali_coordinator, held, slot):
    client = as_user(thali_coordinator)
    url = manage_url("offering_schedule", "t-tha-li", slot.offering_id)
    response = client.post(url, {"action": "capacity", "slot": slot.pk, "capacity": "2"})
    assert response.status_code == 400
    assert "3 places are already taken: keep at least 3." in response.content.decode()
    slot.refresh_from_db()
    assert slot.capacity == 5
    response = client.post(url, {"action": "capacity", "slot": slot.pk, "capacity": "3"})
    assert response.status_code == 302
    slot.refresh_from_db()
    assert slot.capacity == 3


def test_capacity_of_another_offerings_slot_is_not_found(
    as_user, thali_coordinator, weaving, botan_booking
):
    other = botan_booking.items.get().slot
    response = as_user(thali_coordinator).post(
        manage_url("offering_schedule", "t-tha-li", weaving.pk),
        {"action": "capacity", "slot": other.pk, "capacity": "1"},
    )
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.capacity == 5


def test_closing_a_day_lists_the_affected_booking(as_user, thali_coordinator, confirmed, slot):
    client = as_user(thali_coordinator)
    day = local_day(slot)
    response = client.post(
        manage_url("close", "t-tha-li"),
        {"date_from": day.isoformat(), "reason": "Heavy rain", "offering": ""},
        follow=True,
    )
    closure = Closure.objects.get()
    assert closure.date_from == closure.date_to == day and closure.offering is None
    html = response.content.decode()
    assert "1 booking is affected" in html
    assert confirmed.reference in html and "Anna Tourist" in html
    assert "Cancel with full refund (฿900)" in html


def test_one_tap_cancels_an_affected_booking_with_a_full_refund(
    as_user, thali_coordinator, confirmed, slot
):
    client = as_user(thali_coordinator)
    day = local_day(slot)
    client.post(manage_url("close", "t-tha-li"), {"date_from": day.isoformat(), "reason": "Flood"})
    closure_url = manage_url("closure", "t-tha-li", Closure.objects.get().pk)
    response = client.post(
        manage_url("cancel", "t-tha-li", confirmed.reference),
        {"reason": "other", "detail": "Flood", "next": closure_url},
    )
    assert response.status_code == 302 and response.url == closure_url
    confirmed.refresh_from_db()
    assert confirmed.status == BookingStatus.CANCELLED
    assert Refund.objects.get(booking=confirmed).amount == Decimal("900.00")
    html = client.get(closure_url).content.decode()
    assert "is cancelled. Pay back ฿900 in full." in html
    assert "No bookings left on these days." in html


def test_closing_one_offering_leaves_the_others_bookings_alone(
    as_user, thali_coordinator, confirmed, slot, river_walk_offering
):
    day = local_day(slot)
    as_user(thali_coordinator).post(
        manage_url("close", "t-tha-li"),
        {"date_from": day.isoformat(), "reason": "Guide ill", "offering": river_walk_offering.pk},
    )
    closure = Closure.objects.get()
    page = as_user(thali_coordinator).get(manage_url("closure", "t-tha-li", closure.pk))
    assert confirmed.reference not in page.content.decode()
    assert "No bookings left on these days." in page.content.decode()


def test_a_closed_day_can_be_opened_again(as_user, thali_coordinator, slot):
    day = local_day(slot)
    client = as_user(thali_coordinator)
    client.post(
        manage_url("close", "t-tha-li"), {"date_from": day.isoformat(), "reason": "Festival"}
    )
    closure = Closure.objects.get()
    client.post(manage_url("closure", "t-tha-li", closure.pk), {"action": "reopen"})
    assert not Closure.objects.exists()


def test_closing_days_in_the_wrong_order_is_refused(as_user, thali_coordinator, tha_li):
    today = timezone.localdate()
    response = as_user(thali_coordinator).post(
        manage_url("close", "t-tha-li"),
        {
            "date_from": (today + dt.timedelta(days=3)).isoformat(),
            "date_to": (today + dt.timedelta(days=1)).isoformat(),
            "reason": "Festival",
        },
    )
    assert response.status_code == 400
    assert not Closure.objects.exists()


def test_a_closed_day_stops_new_bookings(as_user, thali_coordinator, slot):
    from chumchon.bookings.errors import BookingError

    as_user(thali_coordinator).post(
        manage_url("close", "t-tha-li"),
        {"date_from": local_day(slot).isoformat(), "reason": "Festival"},
    )
    with pytest.raises(BookingError) as err:
        hold_places([ItemRequest(slot_id=slot.id, adults=1)], Contact(name="X", phone="1"))
    assert err.value.code == "slot_closed"


@pytest.fixture
def river_walk_offering(tha_li, temple):
    from chumchon.catalog.models import Offering, PriceTier

    offering = Offering.objects.create(
        community=tha_li, kind="activity", slug="river-walk", title_en="River walk", capacity=10
    )
    PriceTier.objects.create(offering=offering, kind="adult", amount=Decimal("250"))
    make_slot(offering, days=3, hour=14)
    return offering
