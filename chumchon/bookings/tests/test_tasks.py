"""Background tasks run through Celery (in-process here: no REDIS_URL)."""

import datetime as dt

import pytest
from django.utils import timezone

from chumchon.bookings import tasks
from chumchon.bookings.models import Booking, BookingStatus, WeeklySchedule
from chumchon.bookings.services import ItemRequest, hold_places
from chumchon.bookings.tests.conftest import make_slot

pytestmark = pytest.mark.django_db


def test_the_periodic_task_expires_lapsed_holds(weaving, contact):
    slot = make_slot(weaving)
    booking = hold_places([ItemRequest(slot_id=slot.id, adults=1)], contact)
    Booking.objects.filter(pk=booking.pk).update(expires_at=timezone.now() - dt.timedelta(1))
    assert tasks.expire_holds.delay().get() == 1
    booking.refresh_from_db()
    assert booking.status == BookingStatus.EXPIRED


def test_the_periodic_task_makes_slots_from_weekly_schedules(weaving):
    WeeklySchedule.objects.create(offering=weaving, weekday=5, start_time=dt.time(9), capacity=6)
    created = tasks.generate_slots.delay().get()
    assert 12 <= created <= 13  # 90 days of Saturdays
    assert {s.capacity for s in weaving.slots.all()} == {6}
    assert all(timezone.localtime(s.starts_at).weekday() == 5 for s in weaving.slots.all())
    assert tasks.generate_slots.delay().get() == 0  # nothing twice


def test_a_broken_mail_server_never_breaks_a_payment(weaving, contact, settings, mailoutbox):
    from chumchon.payments.services import record_payment

    settings.EMAIL_BACKEND = "chumchon.bookings.tests.test_tasks.BrokenBackend"
    slot = make_slot(weaving)
    booking = hold_places([ItemRequest(slot_id=slot.id, adults=1)], contact)
    record_payment(booking, method="cash", amount="350", currency="THB")
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CONFIRMED


def test_coordinators_alone_can_be_told_of_a_booking(
    weaving, contact, thali_coordinator, mailoutbox, django_capture_on_commit_callbacks
):
    from chumchon.bookings.emails import send_confirmation
    from chumchon.payments.services import record_payment

    thali_coordinator.email = "coord@example.org"
    thali_coordinator.save()
    slot = make_slot(weaving)
    booking = hold_places([ItemRequest(slot_id=slot.id, adults=1)], contact)
    with django_capture_on_commit_callbacks(execute=False):
        record_payment(booking, method="cash", amount="350", currency="THB")
    assert send_confirmation(booking.pk, tourist=False) == 1
    assert [m.to for m in mailoutbox] == [["coord@example.org"]]


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")
