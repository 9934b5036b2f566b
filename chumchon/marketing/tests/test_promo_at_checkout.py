"""Tourists type a promotion code on the booking form; partners send it to the API."""

from decimal import Decimal

from django.utils.html import escape

from chumchon.api.tests.conftest import book as api_book
from chumchon.api.tests.conftest import partner  # noqa: F401 - fixture
from chumchon.bookings.models import Booking
from chumchon.marketing.models import PromoRedemption

PARTY = {
    "adults": "2",
    "children": "1",
    "name": "Anna Tourist",
    "email": "anna@example.org",
    "language": "en",
}


def _choose(client, slot):
    client.get(f"/en/bookings/new/?slot={slot.id}")


def test_the_price_shown_includes_the_discount(client, slot, promo):
    _choose(client, slot)
    html = client.post(
        "/en/bookings/new/", {**PARTY, "promo_code": "rainy10", "action": "quote"}
    ).content.decode()
    assert "−฿90" in html  # 10% of 900
    assert "฿810" in html
    assert Booking.objects.count() == 0


def test_booking_with_a_code_holds_the_discounted_total(client, slot, promo):
    _choose(client, slot)
    response = client.post(
        "/en/bookings/new/", {**PARTY, "promo_code": "RAINY10", "action": "book"}
    )
    booking = Booking.objects.get()
    assert response.status_code == 302
    assert booking.total == Decimal("810.00")
    page = client.get(response["Location"]).content.decode()
    assert "RAINY10" in page and "−฿90" in page and "฿810" in page


def test_a_wrong_code_is_explained_beside_the_field_and_nothing_is_held(client, slot, promo):
    _choose(client, slot)
    html = client.post(
        "/en/bookings/new/", {**PARTY, "promo_code": "NOPE", "action": "book"}
    ).content.decode()
    assert escape("This promotion code does not exist.") in html
    assert Booking.objects.count() == 0


def test_a_wrong_code_is_refused_in_thai_on_the_thai_form(client, slot, promo):
    from django.utils import translation

    from chumchon.bookings.errors import MESSAGES

    client.get(f"/th/bookings/new/?slot={slot.id}")
    html = client.post(
        "/th/bookings/new/", {**PARTY, "language": "th", "promo_code": "NOPE", "action": "quote"}
    ).content.decode()
    with translation.override("th"):
        assert escape(str(MESSAGES["promo_unknown"])) in html


def test_the_api_takes_a_promo_code(partner, slot, promo):  # noqa: F811
    response = api_book(partner, slot, promo_code="rainy10")
    assert response.status_code == 201
    assert response.json()["total"] == {"amount": "810.00", "currency": "THB"}
    assert PromoRedemption.objects.get().discount == Decimal("90.00")


def test_the_api_refuses_a_used_up_code_with_a_stable_code(partner, slot, promo):  # noqa: F811
    promo.max_redemptions = 1
    promo.save()
    assert (
        api_book(partner, slot, key="k-1", adults=1, children=0, promo_code="RAINY10").status_code
        == 201
    )
    response = api_book(partner, slot, key="k-2", adults=1, children=0, promo_code="RAINY10")
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "promo_used_up"
    assert error["fields"] == {"promo_code": [error["message"]]}
    assert Booking.objects.count() == 1


def test_the_api_refuses_an_unknown_code(partner, slot, promo):  # noqa: F811
    response = api_book(partner, slot, promo_code="NOPE")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "promo_unknown"
    assert not Booking.objects.exists()


def test_the_confirmation_e_mail_names_the_code_and_the_discount(
    slot, contact, promo, mailoutbox, django_capture_on_commit_callbacks
):
    from chumchon.bookings.services import ItemRequest, hold_places
    from chumchon.payments.services import record_payment

    booking = hold_places([ItemRequest(slot_id=slot.id, adults=2)], contact, promo_code="RAINY10")
    with django_capture_on_commit_callbacks(execute=True):
        record_payment(booking, method="cash", amount="630.00", currency="THB")
    tourist = next(m for m in mailoutbox if m.to == ["anna@example.org"])
    assert "Total paid: ฿630" in tourist.body
    assert "Promotion code RAINY10: −฿70" in tourist.body
