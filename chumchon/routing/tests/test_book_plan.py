import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone
from django.utils.timezone import localtime

from chumchon.bookings.errors import BookingError
from chumchon.bookings.models import Booking, BookingStatus, Slot
from chumchon.bookings.services import Contact, ItemRequest, hold_places
from chumchon.catalog.models import Offering
from chumchon.catalog.pricing import Tiers, quote
from chumchon.routing import services

pytestmark = pytest.mark.django_db


def two_day_trip(**extra):
    inputs = {
        "start_date": (timezone.localdate() + dt.timedelta(days=5)).isoformat(),
        "days": [{"start": "08:00", "end": "20:00"}, {"start": "08:00", "end": "17:00"}],
        "start_community": "tha-li",
        "end_community": "bo-tan",
        "interests": {"nature": 1, "culture": 1},
        "party": 2,
        "currency": "THB",
    }
    inputs.update(extra)
    return services.make_plan(inputs, language="en", time_limit=1.0)


def anna():
    return Contact(name="Anna Tourist", email="anna@example.org", language="en")


def test_booking_a_plan_holds_every_bookable_part_one_booking_per_community(demo):
    trip = two_day_trip()
    items = services.bookable_items(trip)
    assert items, trip.result
    bookings = services.book_plan(trip, anna())
    communities = sorted({community for community, _slug, _at in items})
    assert sorted(b.community.slug for b in bookings) == communities
    assert all(b.status == BookingStatus.PENDING_PAYMENT for b in bookings)
    held = []
    for booking in bookings:
        for item in booking.items.select_related("slot__offering__community"):
            offering, starts = item.slot.offering, localtime(item.slot.starts_at)
            # A departure is held at the planned time; a day ticket on the planned day.
            day_ticket = offering.availability_type == "opening_hours"
            held.append(
                (offering.community.slug, offering.slug, starts.date() if day_ticket else starts)
            )
    assert len(held) == len(items)
    for community, slug, at in items:
        assert (community, slug, at) in held or (community, slug, at.date()) in held
    assert set(trip.bookings.all()) == set(bookings)


def test_when_one_part_is_sold_out_nothing_is_held(demo):
    before = set(Booking.objects.values_list("pk", flat=True))  # the demo's own bookings
    trip = two_day_trip()
    items = services.bookable_items(trip)
    community, slug, at = items[-1]
    slot = Slot.objects.get(offering__community__slug=community, offering__slug=slug, starts_at=at)
    # Someone else holds the last part of the plan first: every place of it.
    homestay = slot.offering.kind == "homestay"
    other = hold_places(
        [
            ItemRequest(
                slot_id=slot.id,
                adults=slot.capacity * (slot.offering.capacity if homestay else 1),
                quantity=slot.capacity if homestay else 0,
            )
        ],
        Contact(name="Ben", phone="0812345678"),
    )
    with pytest.raises(BookingError) as error:
        services.book_plan(trip, anna())
    assert error.value.code == "sold_out"
    assert list(Booking.objects.exclude(pk__in=before)) == [other]


def test_the_book_page_holds_the_plan_and_shows_the_bookings(client, demo):
    before = set(Booking.objects.values_list("pk", flat=True))
    trip = two_day_trip()
    response = client.post(
        f"/en/plan/{trip.token}/book/",
        {"name": "Anna", "email": "anna@example.org", "language": "en"},
    )
    bookings = list(Booking.objects.exclude(pk__in=before))
    assert bookings
    if len(bookings) == 1:
        assert response.status_code == 302
        assert response["Location"] == bookings[0].get_absolute_url()
    else:
        assert response.status_code == 200
        for booking in bookings:
            assert booking.reference in response.content.decode()


def test_the_book_page_needs_a_phone_or_an_email(client, demo):
    before = Booking.objects.count()
    trip = two_day_trip()
    response = client.post(f"/th/plan/{trip.token}/book/", {"name": "Anna", "language": "th"})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert Booking.objects.count() == before


def test_the_book_page_lists_what_will_be_held(client, demo):
    trip = two_day_trip()
    html = client.get(f"/lo/plan/{trip.token}/book/").content.decode()
    night = trip.result["days"][0]["night"]
    assert night["book_at"] in html
    assert html.count("<li>") >= len(services.bookable_items(trip))


def test_a_plan_with_nothing_to_book_has_no_book_page(client, demo):
    trip = two_day_trip()
    trip.result = {
        **trip.result,
        "days": [{**d, "stops": [], "night": None} for d in trip.result["days"]],
    }
    trip.save()
    assert client.get(f"/en/plan/{trip.token}/book/").status_code == 404


def test_a_party_too_big_for_one_homestay_shares_the_night_and_books_every_room(demo):
    # No demo homestay takes five people alone (rooms for 2, 4, 2 and 3).
    trip = two_day_trip(party=5, end_community="tha-li")
    night = trip.result["days"][0]["night"]
    assert night["kind"] == "homestay" and len(night["parts"]) >= 2
    community = night["community"]
    price = Decimal(0)
    for part in night["parts"]:
        offering = Offering.objects.get(
            community__slug=community, slug=part["stop"].split("/", 1)[1]
        )
        assert part["guests"] <= part["rooms"] * offering.capacity
        price += quote(Tiers.of(offering), adults=part["guests"]).amount
    assert sum(p["guests"] for p in night["parts"]) == 5
    assert Decimal(night["price_local"]["amount"]) == price
    [booking] = [b for b in services.book_plan(trip, anna()) if b.community.slug == community]
    held = {i.slot.offering.slug: (i.adults, i.quantity) for i in booking.items.all()}
    for part in night["parts"]:
        assert held[part["stop"].split("/", 1)[1]] == (part["guests"], part["rooms"])
