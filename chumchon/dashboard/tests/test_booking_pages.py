"""Bookings list and detail, recording payments, the community's cancellation, refunds."""

import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from chumchon.bookings.errors import MESSAGES
from chumchon.bookings.models import BookingStatus
from chumchon.core.models import AuditEntry
from chumchon.dashboard.tests.conftest import ANONYMOUS, manage_url
from chumchon.payments.models import Payment, Refund

pytestmark = pytest.mark.django_db

STAFF_ONLY = [
    ("thali_coordinator", 200),
    ("thali_treasurer", 200),
    ("botan_coordinator", 403),
    ("officer", 403),
    ("stranger", 403),
    (ANONYMOUS, 302),
]
COORDINATOR_ONLY = [
    ("thali_coordinator", 200),
    ("thali_treasurer", 403),
    ("botan_coordinator", 403),
    ("officer", 403),
    (ANONYMOUS, 302),
]


def slip_image(name="slip.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 60), "white").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.mark.parametrize("actor, status", STAFF_ONLY, indirect=["actor"])
@pytest.mark.parametrize("page", ["list", "detail", "payment"])
def test_only_the_communitys_coordinators_and_treasurers_see_bookings(
    as_user, actor, status, page, held
):
    args = ["t-tha-li"] if page == "list" else ["t-tha-li", held.reference]
    response = as_user(actor).get(manage_url(page, *args))
    assert response.status_code == status
    if status != 200:
        assert "Anna Tourist" not in response.content.decode()


@pytest.mark.parametrize("actor, status", COORDINATOR_ONLY, indirect=["actor"])
def test_only_a_coordinator_opens_the_cancel_page(as_user, actor, status, confirmed):
    response = as_user(actor).get(manage_url("cancel", "t-tha-li", confirmed.reference))
    assert response.status_code == status


def test_the_list_shows_coming_bookings_with_their_status(as_user, thali_coordinator, held):
    page = as_user(thali_coordinator).get(manage_url("list", "t-tha-li")).content.decode()
    assert held.reference in page
    assert "Anna Tourist" in page
    assert "Awaiting payment" in page


def test_the_list_filters_by_status(as_user, thali_coordinator, held):
    client = as_user(thali_coordinator)
    page = client.get(manage_url("list", "t-tha-li"), {"status": "confirmed"}).content.decode()
    assert held.reference not in page
    page = client.get(manage_url("list", "t-tha-li"), {"status": "pending_payment"})
    assert held.reference in page.content.decode()


def test_a_typed_reference_opens_the_booking(as_user, thali_treasurer, held):
    typed = held.reference.lower()[:3] + " " + held.reference.lower()[3:]
    response = as_user(thali_treasurer).get(manage_url("list", "t-tha-li"), {"q": typed})
    assert response.status_code == 302
    assert response.url == manage_url("detail", "t-tha-li", held.reference)


def test_a_name_finds_bookings(as_user, thali_treasurer, held):
    response = as_user(thali_treasurer).get(manage_url("list", "t-tha-li"), {"q": "anna"})
    assert held.reference in response.content.decode()


def test_another_communitys_booking_is_neither_listed_nor_found(
    as_user, thali_coordinator, held, botan_booking
):
    client = as_user(thali_coordinator)
    page = client.get(manage_url("list", "t-tha-li"), {"when": "all"}).content.decode()
    assert held.reference in page and botan_booking.reference not in page
    response = client.get(manage_url("detail", "t-tha-li", botan_booking.reference))
    assert response.status_code == 404


def test_a_long_list_is_split_into_pages(as_user, thali_treasurer, tha_li):
    from chumchon.bookings.models import Booking

    Booking.objects.bulk_create(
        Booking(community=tha_li, contact_name=f"Guest {n}", total=100, currency_id="THB")
        for n in range(55)
    )
    client = as_user(thali_treasurer)
    first = client.get(manage_url("list", "t-tha-li"), {"when": "all"}).content.decode()
    assert first.count("Guest ") == 50 and "Page 1 of 2" in first
    assert "?when=all&amp;page=2" in first
    second = client.get(manage_url("list", "t-tha-li"), {"when": "all", "page": 2})
    assert second.content.decode().count("Guest ") == 5


def test_the_detail_shows_items_contact_payments_and_history(as_user, thali_coordinator, confirmed):
    page = as_user(thali_coordinator).get(manage_url("detail", "t-tha-li", confirmed.reference))
    html = page.content.decode()
    assert "Weaving" in html
    assert "+49 170 555" in html and "vegetarian, no peanuts" in html
    assert "Cash" in html and "฿900" in html
    assert "Payment received" in html
    assert "Cancel with a full refund" in html


def test_the_payment_form_is_prefilled_with_the_balance_due(as_user, thali_treasurer, held):
    page = as_user(thali_treasurer).get(manage_url("payment", "t-tha-li", held.reference))
    assert 'value="900.00"' in page.content.decode()


def test_a_treasurer_records_a_bank_transfer_with_a_slip_photo(
    as_user, thali_treasurer, held, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client = as_user(thali_treasurer)
    response = client.post(
        manage_url("payment", "t-tha-li", held.reference),
        {"method": "bank_transfer", "amount": "900.00", "slip": slip_image(), "note": "KBank"},
    )
    assert response.status_code == 302
    assert response.url == manage_url("detail", "t-tha-li", held.reference)
    payment = Payment.objects.get(booking=held)
    assert payment.method == "bank_transfer" and payment.amount == Decimal("900.00")
    assert payment.recorded_by == thali_treasurer and payment.note == "KBank"
    assert payment.slip.name.startswith("slips/")
    assert (tmp_path / payment.slip.name).exists()
    held.refresh_from_db()
    assert held.status == BookingStatus.CONFIRMED
    slip = client.get(manage_url("slip", "t-tha-li", held.reference, payment.pk))
    assert slip.status_code == 200 and slip["Content-Type"] == "image/png"


def test_a_coordinator_may_record_cash_too(as_user, thali_coordinator, held):
    response = as_user(thali_coordinator).post(
        manage_url("payment", "t-tha-li", held.reference), {"method": "cash", "amount": "900"}
    )
    assert response.status_code == 302
    held.refresh_from_db()
    assert held.status == BookingStatus.CONFIRMED


def test_slips_are_not_served_to_programme_officers(
    as_user, thali_treasurer, officer, held, settings, tmp_path, client
):
    settings.MEDIA_ROOT = tmp_path
    as_user(thali_treasurer).post(
        manage_url("payment", "t-tha-li", held.reference),
        {"method": "promptpay", "amount": "900", "slip": slip_image()},
    )
    payment = Payment.objects.get(booking=held)
    client.force_login(officer)
    response = client.get(manage_url("slip", "t-tha-li", held.reference, payment.pk))
    assert response.status_code == 403


@pytest.mark.parametrize("amount", ["900.01", "1000", "0"])
def test_a_wrong_amount_is_refused_and_nothing_is_written(
    as_user, thali_treasurer, held, settings, tmp_path, amount
):
    settings.MEDIA_ROOT = tmp_path
    response = as_user(thali_treasurer).post(
        manage_url("payment", "t-tha-li", held.reference),
        {"method": "bank_transfer", "amount": amount, "slip": slip_image()},
    )
    assert response.status_code == 400
    assert "The amount does not match what is due." in response.content.decode()
    assert not Payment.objects.exists()
    assert not AuditEntry.objects.filter(action="payment.received").exists()
    assert list(tmp_path.rglob("*.png")) == []
    held.refresh_from_db()
    assert held.status == BookingStatus.PENDING_PAYMENT


def test_a_smaller_amount_is_recorded_as_a_deposit(as_user, thali_treasurer, held):
    response = as_user(thali_treasurer).post(
        manage_url("payment", "t-tha-li", held.reference),
        {"method": "cash", "amount": "300"},
        follow=True,
    )
    assert "Part payment recorded" in response.content.decode()
    assert "฿600 is still due" in response.content.decode()
    held.refresh_from_db()
    assert held.status == BookingStatus.PENDING_PAYMENT
    assert Payment.objects.get(booking=held).amount == Decimal("300.00")


def test_a_negative_amount_is_refused_by_the_form(as_user, thali_treasurer, held):
    response = as_user(thali_treasurer).post(
        manage_url("payment", "t-tha-li", held.reference), {"method": "cash", "amount": "-900"}
    )
    assert response.status_code == 400
    assert not Payment.objects.exists()


def test_a_second_payment_is_refused(as_user, thali_treasurer, confirmed):
    response = as_user(thali_treasurer).post(
        manage_url("payment", "t-tha-li", confirmed.reference), {"method": "cash", "amount": "900"}
    )
    assert response.status_code == 400
    assert "This booking has already been paid." in response.content.decode()
    assert Payment.objects.filter(booking=confirmed).count() == 1


def test_a_refusal_is_shown_in_the_pages_language(as_user, thali_treasurer, held):
    with translation.override("th"):
        expected = str(MESSAGES["wrong_amount"])
    url = manage_url("payment", "t-tha-li", held.reference).replace("/en/", "/th/", 1)
    response = as_user(thali_treasurer).post(url, {"method": "cash", "amount": "5000"})
    assert expected in response.content.decode()


def test_the_community_cancels_with_a_full_refund(as_user, thali_coordinator, confirmed):
    response = as_user(thali_coordinator).post(
        manage_url("cancel", "t-tha-li", confirmed.reference),
        {"reason": "weather", "detail": "river flooded", "refund_method": "bank_transfer"},
    )
    assert response.status_code == 302
    confirmed.refresh_from_db()
    assert confirmed.status == BookingStatus.CANCELLED
    assert confirmed.cancel_reason == "weather: river flooded"
    refund = Refund.objects.get(booking=confirmed)
    assert refund.amount == Decimal("900.00")
    assert refund.method == "bank_transfer" and refund.paid_at is None
    assert refund.recorded_by == thali_coordinator


def test_a_held_booking_is_cancelled_with_nothing_owed(as_user, thali_coordinator, held):
    response = as_user(thali_coordinator).post(
        manage_url("cancel", "t-tha-li", held.reference), {"reason": "illness"}, follow=True
    )
    assert "Nothing was paid, nothing is owed." in response.content.decode()
    held.refresh_from_db()
    assert held.status == BookingStatus.CANCELLED and not Refund.objects.exists()


def test_a_deposit_on_a_held_booking_comes_back_in_full(as_user, thali_coordinator, held):
    from chumchon.payments.services import record_payment

    record_payment(held, method="promptpay", amount="300", currency="THB")
    as_user(thali_coordinator).post(
        manage_url("cancel", "t-tha-li", held.reference), {"reason": "weather"}
    )
    refund = Refund.objects.get(booking=held)
    assert refund.amount == Decimal("300.00") and refund.method == "promptpay"


def test_the_cancel_page_shows_the_full_refund(as_user, thali_coordinator, confirmed):
    page = as_user(thali_coordinator).get(manage_url("cancel", "t-tha-li", confirmed.reference))
    assert "Full refund: ฿900" in page.content.decode()


def test_another_reason_needs_words_and_nothing_changes(as_user, thali_coordinator, confirmed):
    response = as_user(thali_coordinator).post(
        manage_url("cancel", "t-tha-li", confirmed.reference), {"reason": "other"}
    )
    assert response.status_code == 400
    confirmed.refresh_from_db()
    assert confirmed.status == BookingStatus.CONFIRMED
    assert not Refund.objects.exists()


def test_cancelling_a_cancelled_booking_is_refused(as_user, thali_coordinator, confirmed):
    client = as_user(thali_coordinator)
    url = manage_url("cancel", "t-tha-li", confirmed.reference)
    client.post(url, {"reason": "illness"})
    response = client.post(url, {"reason": "illness"})
    assert response.status_code == 400
    assert "This booking is already cancelled." in response.content.decode()
    assert Refund.objects.filter(booking=confirmed).count() == 1


def test_a_treasurer_cannot_cancel(as_user, thali_treasurer, confirmed):
    response = as_user(thali_treasurer).post(
        manage_url("cancel", "t-tha-li", confirmed.reference), {"reason": "weather"}
    )
    assert response.status_code == 403
    confirmed.refresh_from_db()
    assert confirmed.status == BookingStatus.CONFIRMED


@pytest.fixture
def refund(confirmed, thali_coordinator):
    from chumchon.payments.services import cancel_booking

    return cancel_booking(
        confirmed, by=thali_coordinator, reason="illness", full_refund=True, refund_method="cash"
    )


def test_the_treasurer_marks_a_refund_as_paid_back(as_user, thali_treasurer, refund):
    client = as_user(thali_treasurer)
    detail = client.get(manage_url("detail", "t-tha-li", refund.booking.reference))
    assert "Mark as paid back" in detail.content.decode()
    response = client.post(
        manage_url("refund_paid", "t-tha-li", refund.pk), {f"r{refund.pk}-method": "promptpay"}
    )
    assert response.status_code == 302
    refund.refresh_from_db()
    assert refund.paid_at is not None and refund.method == "promptpay"
    assert AuditEntry.objects.filter(action="refund.paid", actor=thali_treasurer).exists()


def test_a_refund_is_marked_paid_only_once(as_user, thali_treasurer, refund):
    client = as_user(thali_treasurer)
    url = manage_url("refund_paid", "t-tha-li", refund.pk)
    client.post(url, {f"r{refund.pk}-method": "cash"})
    refund.refresh_from_db()
    first = refund.paid_at
    response = client.post(url, {f"r{refund.pk}-method": "bank_transfer"}, follow=True)
    assert "This booking has already been paid." in response.content.decode()
    refund.refresh_from_db()
    assert refund.paid_at == first and refund.method == "cash"


@pytest.mark.parametrize(
    "actor, status",
    [("thali_coordinator", 403), ("botan_coordinator", 403), ("officer", 403), (ANONYMOUS, 302)],
    indirect=["actor"],
)
def test_only_a_treasurer_marks_refunds_paid(as_user, actor, status, refund):
    response = as_user(actor).post(
        manage_url("refund_paid", "t-tha-li", refund.pk), {f"r{refund.pk}-method": "cash"}
    )
    assert response.status_code == status
    refund.refresh_from_db()
    assert refund.paid_at is None
