"""Cross-border packages: one trip, one booking per community in its own currency, held all
together or not at all, shown to the tourist as one trip."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from chumchon.bookings.errors import BookingError
from chumchon.bookings.models import Booking, Slot
from chumchon.bookings.services import Contact
from chumchon.communities.models import ExchangeRate
from chumchon.money import Money
from chumchon.network.models import (
    CrossBorderPackage,
    HandOff,
    HandOffStatus,
    PackageItem,
    Trip,
)
from chumchon.network.services import book_package

START = timezone.localdate() + dt.timedelta(days=5)


def slot_on(offering, day, hour=9, capacity=10):
    start = timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))
    return Slot.objects.create(
        offering=offering,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=3),
        capacity=capacity,
    )


@pytest.fixture
def package(weaving, waterfall_walk, bridge):
    package = CrossBorderPackage.objects.create(
        slug="weave-and-waterfall", title_en="Weaving and a waterfall", crossing=bridge
    )
    PackageItem.objects.create(package=package, offering=weaving, day=1)
    PackageItem.objects.create(package=package, offering=waterfall_walk, day=2)
    return package


@pytest.fixture
def departures(weaving, waterfall_walk):
    return (
        slot_on(weaving, START),
        slot_on(waterfall_walk, START + dt.timedelta(days=1), hour=8),
    )


def contact():
    return Contact(name="Mia Traveller", email="mia@example.org")


def test_a_package_holds_one_booking_per_community_in_its_own_currency(
    package, departures, tha_li, bo_tan, bridge
):
    trip = book_package(package, start_day=START, adults=2, children=1, contact=contact())
    bookings = {b.community: b for b in trip.bookings.all()}
    assert set(bookings) == {tha_li, bo_tan}
    assert bookings[tha_li].total_money.currency == "THB"
    assert bookings[tha_li].total == Decimal("900.00")  # 350 + 350 + 200
    assert bookings[bo_tan].total_money.currency == "LAK"
    assert bookings[bo_tan].total == Decimal("300001")  # 120,000 × 2 + 60,001
    assert bookings[bo_tan].items.get().slot == departures[1]
    handoff = HandOff.objects.get()
    assert handoff.origin_booking == bookings[tha_li]
    assert handoff.onward_booking == bookings[bo_tan]
    assert handoff.day == START + dt.timedelta(days=1)
    assert handoff.crossing == bridge and handoff.status == HandOffStatus.BOOKED


def test_if_one_part_cannot_be_held_nothing_is_held(package, departures):
    weaving_slot, waterfall_slot = departures
    waterfall_slot.capacity = 1
    waterfall_slot.save()
    with pytest.raises(BookingError) as refused:
        book_package(package, start_day=START, adults=2, children=0, contact=contact())
    assert refused.value.code == "sold_out"
    assert Booking.objects.count() == 0
    assert Trip.objects.count() == 0
    assert HandOff.objects.count() == 0


def test_a_day_without_a_departure_is_refused(package, departures):
    with pytest.raises(BookingError) as refused:
        book_package(
            package, start_day=START + dt.timedelta(days=3), adults=1, children=0, contact=contact()
        )
    assert refused.value.code == "slot_not_found"
    assert Booking.objects.count() == 0


@pytest.mark.parametrize("language", ["th", "lo", "en"])
def test_the_tourist_books_the_package_and_sees_one_trip_with_both_totals(
    client, package, departures, language
):
    ExchangeRate.objects.create(
        base_id="LAK", quote_id="THB", rate=Decimal("0.0016"), valid_from=dt.date(2020, 1, 1)
    )
    page = client.get(f"/{language}/packages/{package.slug}/")
    assert page.status_code == 200
    assert "Nam Heuang Friendship Bridge" in page.content.decode()
    response = client.post(
        f"/{language}/packages/{package.slug}/",
        {
            "start_day": START.isoformat(),
            "adults": "2",
            "children": "1",
            "name": "Mia",
            "email": "mia@example.org",
            "phone": "",
        },
    )
    assert response.status_code == 302
    trip = Trip.objects.get()
    assert response["Location"] == f"/{language}/trips/{trip.reference}/{trip.token}/"
    html = client.get(response["Location"]).content.decode()
    assert Money(Decimal("900"), "THB").format(language) in html
    assert Money(Decimal("300001"), "LAK").format(language) in html
    # 300,001 kip ≈ 480 baht: the sum is shown as approximate, in the first currency.
    assert Money(Decimal("1380"), "THB").format(language) in html
    for booking in trip.bookings.all():
        assert booking.get_absolute_url() in html
    assert "Nam Heuang Friendship Bridge" in html


def test_the_trip_page_needs_its_secret(client, package, departures):
    trip = book_package(package, start_day=START, adults=1, children=0, contact=contact())
    assert client.get(f"/en/trips/{trip.reference}/wrong/").status_code == 404
    assert client.get(trip.get_absolute_url()).status_code == 200


def test_the_package_form_explains_what_is_wrong(client, package, departures):
    response = client.post(
        f"/en/packages/{package.slug}/",
        {"start_day": START.isoformat(), "adults": "0", "children": "0", "name": "Mia"},
    )
    assert response.status_code == 200
    assert "Give a phone number or an e-mail address." in response.content.decode()
    assert Booking.objects.count() == 0


def test_an_unpublished_package_is_not_found(client, package):
    package.is_published = False
    package.save()
    assert client.get(f"/en/packages/{package.slug}/").status_code == 404


@pytest.mark.parametrize("language", ["th", "lo", "en"])
def test_the_packages_page_lists_published_packages(client, package, language):
    hidden = CrossBorderPackage.objects.create(slug="hidden", title_en="Hidden", is_published=False)
    html = client.get(f"/{language}/packages/").content.decode()
    assert package.get_absolute_url().replace("/en/", f"/{language}/") in html
    assert hidden.slug not in html


def test_the_tourist_gets_one_e_mail_with_the_trip_and_both_parts(
    package, departures, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        trip = book_package(package, start_day=START, adults=1, children=0, contact=contact())
    (message,) = [m for m in mailoutbox if "Weaving and a waterfall" in m.subject]
    assert message.to == ["mia@example.org"]
    assert trip.get_absolute_url() in message.body
    for booking in trip.bookings.all():
        assert booking.reference in message.body


def test_the_trip_page_shows_the_promptpay_code_of_the_thai_part(
    client, package, departures, tha_li
):
    tha_li.promptpay_id = "0812345678"
    tha_li.save()
    trip = book_package(package, start_day=START, adults=1, children=0, contact=contact())
    html = client.get(trip.get_absolute_url()).content.decode()
    assert 'class="qr promptpay-qr"><svg' in html
