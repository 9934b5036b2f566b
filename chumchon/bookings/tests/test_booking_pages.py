"""The tourist's booking on the public site: choose, hold, pay, voucher, cancel."""

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.utils import timezone, translation
from django.utils.html import escape

from chumchon.bookings.errors import MESSAGES
from chumchon.bookings.models import Booking, BookingStatus
from chumchon.bookings.services import ItemRequest, hold_places
from chumchon.bookings.tests.conftest import make_slot
from chumchon.bookings.tests.test_voucher import inflated
from chumchon.catalog.models import CancellationPolicy, CancellationRule, Offering, PriceTier
from chumchon.communities.models import ExchangeRate
from chumchon.payments.models import Refund
from chumchon.payments.promptpay import crc16_ccitt_false
from chumchon.payments.services import record_payment

pytestmark = pytest.mark.django_db

PARTY = {
    "adults": "2",
    "children": "1",
    "name": "Anna Tourist",
    "phone": "",
    "email": "anna@example.org",
    "language": "en",
    "dietary_needs": "vegetarian",
    "notes": "",
}


@pytest.fixture
def promptpay(tha_li):
    tha_li.promptpay_id = "0812345678"
    tha_li.save()
    return tha_li


def choose(client, slot=None, language="en", **params):
    query = f"slot={slot.id}" if slot is not None else ""
    query += "".join(f"&{k}={v}" for k, v in params.items())
    return client.get(f"/{language}/bookings/new/?{query.lstrip('&')}")


def book(client, language="en", **overrides):
    return client.post(f"/{language}/bookings/new/", {**PARTY, "action": "book", **overrides})


def tlv_fields(payload: str) -> dict[str, str]:
    fields, i = {}, 0
    while i < len(payload):
        tag, length = payload[i : i + 2], int(payload[i + 2 : i + 4])
        fields[tag] = payload[i + 4 : i + 4 + length]
        i += 4 + length
    return fields


def booking_url(booking, page="", language="en"):
    return f"/{language}/bookings/{booking.reference}/{booking.token}/{page}"


def test_the_offering_page_lists_open_slots_with_the_places_left(client, weaving):
    slot = make_slot(weaving, days=4, capacity=6)
    make_slot(weaving, days=40)  # beyond the 30 days shown
    html = client.get(weaving.get_absolute_url()).content.decode()
    assert 'id="book"' in html
    assert f'name="slot" value="{slot.id}"' in html
    assert "6 places left" in html
    assert html.count('name="slot"') == 1
    assert 'action="/en/bookings/new/"' in html


def test_a_full_slot_is_shown_but_cannot_be_chosen(client, weaving, contact):
    slot = make_slot(weaving, days=4, capacity=2)
    hold_places([ItemRequest(slot_id=slot.id, adults=2)], contact)
    html = client.get(weaving.get_absolute_url()).content.decode()
    assert f'name="slot" value="{slot.id}" disabled' in html
    assert "full" in html


def test_a_homestay_offers_nights_and_rooms_and_a_product_a_quantity(client, room, basket):
    night = make_slot(room, days=5, hour=14, capacity=2, hours=20)
    html = client.get(room.get_absolute_url()).content.decode()
    assert f'type="checkbox" name="slot" value="{night.id}"' in html
    assert 'name="rooms"' in html and 'max="2"' in html
    html = client.get(basket.get_absolute_url()).content.decode()
    assert f'name="offering" value="{basket.id}"' in html
    assert 'name="quantity"' in html and 'max="3"' in html


def test_dates_after_the_first_week_fold_away(client, weaving):
    soon, later = make_slot(weaving, days=2), make_slot(weaving, days=12)
    html = client.get(weaving.get_absolute_url()).content.decode()
    folded = html[html.index('<details class="later-days"') :]
    assert f'value="{later.id}"' in folded and f'value="{soon.id}"' not in folded


def test_continuing_without_choosing_a_night_says_what_is_missing(client, room):
    make_slot(room, days=3, hour=14, hours=20)
    response = client.get("/en/bookings/new/?rooms=1")
    html = client.get(response["Location"]).content.decode()
    assert escape(str(MESSAGES["no_items"])) in html
    assert client.get("/en/bookings/new/").context["lines"] == []


def test_choosing_a_slot_puts_it_in_the_basket(client, slot):
    response = choose(client, slot)
    assert response.status_code == 302 and response["Location"] == "/en/bookings/new/"
    html = client.get("/en/bookings/new/").content.decode()
    assert "Weaving" in html and "5 places left" in html
    assert Booking.objects.count() == 0


def test_the_price_is_computed_on_the_server_before_booking(client, slot):
    ExchangeRate.objects.create(
        base_id="THB", quote_id="USD", rate=Decimal("0.03"), valid_from=dt.date(2020, 1, 1)
    )
    choose(client, slot)
    response = client.post("/en/bookings/new/", {**PARTY, "action": "quote"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "฿900" in html  # 2 × 350 + 1 × 200
    assert "≈ US$27" in html
    assert Booking.objects.count() == 0


def test_the_whole_flow_from_a_slot_to_the_voucher(client, promptpay, slot):
    choose(client, slot)
    response = book(client)
    booking = Booking.objects.get()
    assert response.status_code == 302 and response["Location"] == booking_url(booking)
    assert booking.status == BookingStatus.PENDING_PAYMENT and booking.channel == "web"
    assert booking.total == Decimal("900.00")
    assert booking.dietary_needs == "vegetarian" and booking.language == "en"

    html = client.get(response["Location"]).content.decode()
    assert "Awaiting payment" in html and "30 minutes" in html
    assert "<svg" in html  # the PromptPay QR image
    payload = re.search(r'class="payload">([0-9A-Z.]+)<', html).group(1)
    assert int(payload[-4:], 16) == crc16_ccitt_false(payload[:-4].encode("ascii"))
    fields = tlv_fields(payload)
    assert Decimal(fields["54"]) == booking.total
    assert booking.reference in fields["62"]
    assert client.get("/en/bookings/new/").context["lines"] == []  # the basket is emptied

    record_payment(booking, method="promptpay", amount="900.00", currency="THB")
    html = client.get(booking_url(booking)).content.decode()
    assert "Confirmed and paid" in html
    assert booking_url(booking, "voucher/") in html

    voucher = client.get(booking_url(booking, "voucher/"))
    assert voucher.status_code == 200
    html = voucher.content.decode()
    assert booking.reference in html and "Temple" in html and "1155" in html
    pdf = client.get(booking_url(booking, "voucher.pdf"))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", inflated(pdf.content))
    assert (round(float(box.group(1))), round(float(box.group(2)))) in ((420, 595), (595, 842))


def test_a_wrong_token_finds_nothing(client, slot, contact):
    booking = hold_places([ItemRequest(slot_id=slot.id, adults=1)], contact)
    forged = booking.token[:-1] + ("A" if booking.token[-1] != "A" else "B")
    for page in ("", "voucher/", "voucher.pdf", "cancel/"):
        assert client.get(f"/en/bookings/{booking.reference}/{forged}/{page}").status_code == 404
    assert client.post(f"/en/bookings/{booking.reference}/{forged}/cancel/").status_code == 404
    assert client.get(f"/en/bookings/NOSUCH1/{booking.token}/").status_code == 404
    booking.refresh_from_db()
    assert booking.status == BookingStatus.PENDING_PAYMENT


def test_the_booking_pages_are_neither_cached_nor_indexed(client, slot, contact):
    booking = hold_places([ItemRequest(slot_id=slot.id, adults=1)], contact)
    response = client.get(booking_url(booking))
    assert "no-cache" in response["Cache-Control"]
    assert response["X-Robots-Tag"].startswith("noindex")


def test_an_expired_hold_reads_as_expired_with_a_way_to_book_again(client, slot, contact):
    booking = hold_places([ItemRequest(slot_id=slot.id, adults=1)], contact)
    Booking.objects.filter(pk=booking.pk).update(expires_at=timezone.now() - dt.timedelta(1))
    html = client.get(booking_url(booking)).content.decode()
    assert "Expired" in html
    assert "Pay by PromptPay" not in html
    assert f"{slot.offering.get_absolute_url()}#book" in html


def test_bad_input_shows_translated_errors_and_books_nothing(client, slot):
    choose(client, slot, language="th")
    response = book(client, language="th", name="", adults="-1")
    assert response.status_code == 200
    html = response.content.decode()
    assert "กรุณากรอกช่องนี้" in html  # "This field is required." in Thai
    assert Booking.objects.count() == 0


def test_no_guests_is_refused_with_the_services_message(client, slot):
    choose(client, slot, language="th")
    html = book(client, language="th", adults="0", children="0").content.decode()
    with translation.override("th"):
        assert escape(str(MESSAGES["invalid_guests"])) in html
    assert Booking.objects.count() == 0


def test_no_phone_and_no_email_is_refused(client, slot):
    choose(client, slot)
    html = book(client, email="", phone="").content.decode()
    assert escape(str(MESSAGES["no_contact"])) in html
    assert Booking.objects.count() == 0


def test_too_few_places_left_books_nothing_and_says_so(client, slot, contact):
    hold_places([ItemRequest(slot_id=slot.id, adults=4)], contact)
    choose(client, slot)
    html = book(client).content.decode()
    assert escape(str(MESSAGES["sold_out"])) in html
    assert Booking.objects.count() == 1


def test_an_offering_of_another_community_is_refused(client, slot, bo_tan):
    waterfall = Offering.objects.create(
        community=bo_tan, kind="activity", slug="falls", title_en="Falls", capacity=5
    )
    PriceTier.objects.create(offering=waterfall, kind="adult", amount=Decimal("50000"))
    other = make_slot(waterfall)
    choose(client, slot)
    response = choose(client, other)
    html = client.get(response["Location"]).content.decode()
    assert escape(str(MESSAGES["mixed_communities"])) in html
    assert [line.slot for line in client.get("/en/bookings/new/").context["lines"]] == [slot]


def test_a_package_books_an_activity_a_room_night_and_a_product_together(
    client, slot, room, basket
):
    night = make_slot(room, days=3, hour=14, capacity=2, hours=20)
    choose(client, slot)
    choose(client, night, rooms=1)
    choose(client, None, offering=basket.id, quantity=2)
    html = client.get("/en/bookings/new/").content.decode()
    assert "Add another activity, meal or night in Tha Li" in html
    book(client, count_1="1", count_2="2")
    booking = Booking.objects.get()
    assert booking.items.count() == 3
    # Weaving 2 × 350 + 200, the room night 2 × 500 + 250, two baskets at 120.50.
    assert booking.total == Decimal("900") + Decimal("1250") + Decimal("241.00")


def test_choosing_the_same_slot_twice_keeps_one_line(client, room):
    night = make_slot(room, days=3, hour=14, capacity=3, hours=20)
    choose(client, night, rooms=1)
    choose(client, night, rooms=2)
    lines = client.get("/en/bookings/new/").context["lines"]
    assert len(lines) == 1 and lines[0].quantity == 2


def test_a_line_can_be_removed_from_the_basket(client, slot, river_walk):
    walk = make_slot(river_walk, days=3, hour=14)
    choose(client, slot)
    choose(client, walk)
    client.post("/en/bookings/new/", {"action": "remove-0"})
    assert [line.slot for line in client.get("/en/bookings/new/").context["lines"]] == [walk]


def test_a_lao_booking_explains_cash_or_transfer_and_shows_the_phone(client, bo_tan):
    bo_tan.contact_phone = "020 5555 0000"
    bo_tan.save()
    falls = Offering.objects.create(
        community=bo_tan, kind="activity", slug="falls", title_en="Falls", capacity=5
    )
    PriceTier.objects.create(offering=falls, kind="adult", amount=Decimal("50000"))
    choose(client, make_slot(falls))
    response = book(client)
    html = client.get(response["Location"]).content.decode()
    assert "cash when you arrive, or by bank transfer" in html
    assert "tel:020 5555 0000" in html
    assert 'class="payload"' not in html
    assert "₭150,000" in html


def test_a_voucher_exists_only_for_a_confirmed_booking(client, slot, contact):
    booking = hold_places([ItemRequest(slot_id=slot.id, adults=1)], contact)
    response = client.get(booking_url(booking, "voucher/"))
    assert response.status_code == 404
    assert "as soon as the booking is paid" in response.content.decode()
    assert client.get(booking_url(booking, "voucher.pdf")).status_code == 404


def _paid_booking(client, offering, days):
    slot = make_slot(offering, days=days)
    choose(client, slot)
    book(client)
    booking = Booking.objects.get()
    record_payment(booking, method="promptpay", amount=booking.total, currency="THB")
    return booking


def test_cancelling_seven_days_ahead_refunds_in_full(client, weaving):
    booking = _paid_booking(client, weaving, days=8)
    html = client.get(booking_url(booking, "cancel/")).content.decode()
    assert "you get back <strong>฿900</strong> of the ฿900 you paid" in html
    response = client.post(booking_url(booking, "cancel/"))
    assert response.status_code == 302 and response["Location"] == booking_url(booking)
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED
    assert booking.cancel_reason == "cancelled by the tourist"
    refund = Refund.objects.get(booking=booking)
    assert refund.amount == Decimal("900.00") and refund.method == "promptpay"
    html = client.get(response["Location"]).content.decode()
    assert "The community will pay you back ฿900" in html
    assert "pays it back by PromptPay" in html


def test_cancelling_three_days_ahead_refunds_half(client, weaving):
    booking = _paid_booking(client, weaving, days=3)
    assert "<strong>฿450</strong>" in client.get(booking_url(booking, "cancel/")).content.decode()
    client.post(booking_url(booking, "cancel/"))
    assert Refund.objects.get(booking=booking).amount == Decimal("450.00")


def test_the_offerings_own_policy_decides_the_refund(client, tha_li, weaving):
    policy = CancellationPolicy.objects.create(community=tha_li, name_en="Strict")
    CancellationRule.objects.create(policy=policy, days_before=10, refund_percent=80)
    CancellationRule.objects.create(policy=policy, days_before=0, refund_percent=0)
    weaving.cancellation_policy = policy
    weaving.save()
    booking = _paid_booking(client, weaving, days=12)
    html = client.get(booking_url(booking, "cancel/")).content.decode()
    assert "80% back up to 10 days before" in html
    client.post(booking_url(booking, "cancel/"))
    assert Refund.objects.get(booking=booking).amount == Decimal("720.00")


def test_cancelling_a_hold_frees_its_places_and_refunds_nothing(client, slot, contact):
    booking = hold_places([ItemRequest(slot_id=slot.id, adults=5)], contact)
    client.post(booking_url(booking, "cancel/"))
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED
    assert not Refund.objects.exists()
    assert "Nothing was paid" in client.get(booking_url(booking)).content.decode()


def test_cancelling_twice_shows_the_error_and_changes_nothing(client, weaving):
    booking = _paid_booking(client, weaving, days=8)
    client.post(booking_url(booking, "cancel/"))
    response = client.post(booking_url(booking, "cancel/"))
    assert response.status_code == 200
    assert escape(str(MESSAGES["already_cancelled"])) in response.content.decode()
    assert Refund.objects.count() == 1


def test_after_a_deposit_the_code_asks_for_what_is_left(client, promptpay, slot, contact):
    booking = hold_places([ItemRequest(slot_id=slot.id, adults=2, children=1)], contact)
    record_payment(booking, method="cash", amount="300", currency="THB")
    html = client.get(booking_url(booking)).content.decode()
    assert "Paid so far: ฿300. Still to pay: ฿600." in html
    payload = re.search(r'class="payload">([0-9A-Z.]+)<', html).group(1)
    assert tlv_fields(payload)["54"] == "600.00"


def test_cancelling_a_hold_with_a_deposit_gives_the_deposit_back(client, slot, contact):
    booking = hold_places([ItemRequest(slot_id=slot.id, adults=2, children=1)], contact)
    record_payment(booking, method="cash", amount="300", currency="THB")
    assert "<strong>฿300</strong>" in client.get(booking_url(booking, "cancel/")).content.decode()
    client.post(booking_url(booking, "cancel/"))
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED
    assert Refund.objects.get(booking=booking).amount == Decimal("300.00")
