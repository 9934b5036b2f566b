"""Booking e-mails: each reader in their own language, sent after the booking commits."""

import pytest
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import translation
from django.utils.translation import gettext

from chumchon.bookings.emails import send_cancellation, send_confirmation
from chumchon.bookings.models import BookingStatus
from chumchon.bookings.services import Contact, ItemRequest, hold_places
from chumchon.bookings.tests.conftest import make_slot
from chumchon.payments.models import Payment
from chumchon.payments.services import cancel_booking, record_payment

pytestmark = pytest.mark.django_db

SITE = "https://chumchon.example"


class BrokenBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")


@pytest.fixture(autouse=True)
def site(settings):
    settings.SITE_URL = SITE
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def world(tha_li, weaving, thali_coordinator, thali_treasurer):
    tha_li.name_th = "ชุมชนท่าลี่"
    tha_li.name_lo = "ຊຸມຊົນທ່າລີ່"
    tha_li.contact_email = "office@tha-li.example"
    tha_li.main_language = "th"
    tha_li.save()
    thali_coordinator.email = "coordinator@tha-li.example"
    thali_coordinator.language = "lo"
    thali_coordinator.save()
    thali_treasurer.email = "treasurer@tha-li.example"
    thali_treasurer.save()
    return weaving


def held(offering, language="th", email="anna@example.org", days=10):
    slot = make_slot(offering, days=days)
    return hold_places(
        [ItemRequest(slot_id=slot.id, adults=2, children=1)],
        Contact(
            name="Anna Tourist",
            email=email,
            phone="0812345678",
            language=language,
            dietary_needs="no peanuts",
        ),
    )


def pay(booking, capture):
    with capture(execute=True):
        record_payment(booking, method="promptpay", amount=booking.total, currency="THB")
    booking.refresh_from_db()


def subject_in(language, text, **values):
    with translation.override(language):
        return gettext(text) % values


def by_recipient(outbox):
    return {message.to[0]: message for message in outbox}


def test_payment_sends_the_tourist_a_confirmation_with_the_voucher_in_their_language(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    booking = held(world, language="th")
    pay(booking, django_capture_on_commit_callbacks)
    mail = by_recipient(mailoutbox)["anna@example.org"]
    assert mail.subject == subject_in(
        "th",
        "Your booking %(reference)s with %(community)s is confirmed",
        reference=booking.reference,
        community="ชุมชนท่าลี่",
    )
    ((name, content, mimetype),) = mail.attachments
    assert name == f"voucher-{booking.reference}.pdf" and mimetype == "application/pdf"
    assert content.startswith(b"%PDF")
    page = f"{SITE}/th/bookings/{booking.reference}/{booking.token}/"
    html = mail.alternatives[0][0]
    for body in (mail.body, html):
        assert page in body
        assert page + "cancel/" in body
        assert page + "voucher/" in body
    assert mail.reply_to == ["office@tha-li.example"]


def test_coordinators_get_the_new_booking_notice_in_their_own_language(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    booking = held(world, language="en")
    pay(booking, django_capture_on_commit_callbacks)
    mails = by_recipient(mailoutbox)
    assert set(mails) == {
        "anna@example.org",
        "coordinator@tha-li.example",
        "office@tha-li.example",
    }  # not the treasurer
    for address, language in (
        ("coordinator@tha-li.example", "lo"),
        ("office@tha-li.example", "th"),
    ):
        mail = mails[address]
        assert mail.subject == subject_in(
            language,
            "New booking %(reference)s: %(name)s",
            reference=booking.reference,
            name="Anna Tourist",
        )
        assert "Anna Tourist" in mail.body and "0812345678" in mail.body
        assert "no peanuts" in mail.body
        with translation.override(language):
            assert str(booking.get_language_display()) in mail.body
        assert mail.reply_to == ["anna@example.org"]


def test_without_an_email_address_only_the_coordinators_hear(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    booking = held(world, email="")
    pay(booking, django_capture_on_commit_callbacks)
    assert sorted(m.to[0] for m in mailoutbox) == [
        "coordinator@tha-li.example",
        "office@tha-li.example",
    ]


def test_a_cancellation_tells_the_tourist_the_refund_and_the_coordinators(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    booking = held(world, language="en", days=10)
    pay(booking, django_capture_on_commit_callbacks)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        cancel_booking(booking, reason="cancelled by the tourist")
    mails = by_recipient(mailoutbox)
    assert set(mails) == {
        "anna@example.org",
        "coordinator@tha-li.example",
        "office@tha-li.example",
    }
    tourist = mails["anna@example.org"]
    assert tourist.subject == (f"Your booking {booking.reference} with Tha Li is cancelled")
    assert "Refund: ฿900, paid back to you by PromptPay" in tourist.body
    office = mails["office@tha-li.example"]
    with translation.override("th"):
        assert gettext("The tourist cancelled online.") in office.body
    assert "฿900" in office.body


def test_giving_up_an_unpaid_hold_sends_nothing(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    booking = held(world)
    with django_capture_on_commit_callbacks(execute=True):
        cancel_booking(booking, reason="cancelled by the tourist")
    assert mailoutbox == []


def test_no_confirmation_goes_out_for_a_booking_cancelled_meanwhile(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    booking = held(world)
    pay(booking, django_capture_on_commit_callbacks)
    cancel_booking(booking, reason="weather", full_refund=True)
    mailoutbox.clear()
    assert send_confirmation(booking.pk) == 0
    assert mailoutbox == []
    assert send_cancellation(booking.pk) == 3


def test_a_broken_mail_server_does_not_undo_the_payment(
    world, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "chumchon.bookings.tests.test_emails.BrokenBackend"
    booking = held(world)
    pay(booking, django_capture_on_commit_callbacks)
    assert booking.status == BookingStatus.CONFIRMED
    assert Payment.objects.filter(booking=booking).count() == 1
    with pytest.raises(ConnectionRefusedError):
        send_confirmation(booking.pk)  # the task sees the error, to retry later


def test_a_hold_cancelled_after_a_deposit_tells_everyone_about_the_refund(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    booking = held(world, language="en")
    with django_capture_on_commit_callbacks(execute=True):
        record_payment(booking, method="cash", amount="300", currency="THB")
        cancel_booking(booking, reason="cancelled by the tourist")
    mails = by_recipient(mailoutbox)
    assert len(mails) == 3
    assert "Refund: ฿300, paid back to you by Cash" in mails["anna@example.org"].body
