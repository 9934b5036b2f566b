import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from chumchon.bookings.availability import remaining_in, slots_between
from chumchon.bookings.errors import BookingError, Conflict
from chumchon.bookings.models import Booking, BookingItem, BookingStatus, Closure
from chumchon.bookings.services import (
    Contact,
    ItemRequest,
    confirm_booking,
    expire_holds,
    hold_places,
)
from chumchon.bookings.tests.conftest import make_slot, refused
from chumchon.catalog.models import Offering, PriceTier

pytestmark = pytest.mark.django_db


def test_a_hold_prices_the_party_and_takes_its_places(slot, contact):
    booking = hold_places([ItemRequest(slot_id=slot.id, adults=2, children=1)], contact)
    assert booking.status == BookingStatus.PENDING_PAYMENT
    assert booking.total == Decimal("900.00") and booking.currency_id == "THB"
    assert booking.expires_at - booking.created_at == pytest.approx(
        dt.timedelta(minutes=30), abs=dt.timedelta(seconds=5)
    )
    assert remaining_in(slot) == 2


def test_a_package_books_an_activity_a_room_night_and_a_product_together(
    slot, room, basket, contact
):
    night = make_slot(room, hour=14, capacity=1, hours=21)
    booking = hold_places(
        [
            ItemRequest(slot_id=slot.id, adults=2),
            ItemRequest(slot_id=night.id, adults=2, quantity=1),
            ItemRequest(offering_id=basket.id, quantity=2),
        ],
        contact,
    )
    assert booking.items.count() == 3
    assert booking.total == Decimal("700") + Decimal("1000") + Decimal("241.00")
    assert remaining_in(night) == 0


def test_the_last_places_cannot_be_sold_twice(slot, contact):
    hold_places([ItemRequest(slot_id=slot.id, adults=4)], contact)
    with pytest.raises(Conflict) as err:
        hold_places([ItemRequest(slot_id=slot.id, adults=2)], contact)
    assert err.value.code == "sold_out" and err.value.details["remaining"] == 1
    assert Booking.objects.count() == 1


def test_an_expired_hold_frees_its_places_without_any_job(slot, contact):
    booking = hold_places([ItemRequest(slot_id=slot.id, adults=5)], contact)
    assert remaining_in(slot) == 0
    Booking.objects.filter(pk=booking.pk).update(
        expires_at=timezone.now() - dt.timedelta(seconds=1)
    )
    assert remaining_in(slot) == 5
    assert (
        slots_between(
            slot.offering, timezone.localdate(), timezone.localdate() + dt.timedelta(days=5)
        )[0].remaining
        == 5
    )
    again = hold_places([ItemRequest(slot_id=slot.id, adults=5)], contact)
    assert again.pk != booking.pk


def test_the_periodic_task_marks_expired_holds(slot, contact):
    booking = hold_places([ItemRequest(slot_id=slot.id, adults=1)], contact)
    fresh = hold_places([ItemRequest(slot_id=slot.id, adults=1)], contact)
    Booking.objects.filter(pk=booking.pk).update(
        expires_at=timezone.now() - dt.timedelta(minutes=1)
    )
    assert expire_holds() == 1
    booking.refresh_from_db()
    fresh.refresh_from_db()
    assert booking.status == BookingStatus.EXPIRED
    assert fresh.status == BookingStatus.PENDING_PAYMENT


def test_a_confirmed_booking_keeps_its_places_after_the_hold_time(slot, contact):
    booking = hold_places([ItemRequest(slot_id=slot.id, adults=3)], contact)
    confirm_booking(booking)
    assert remaining_in(slot, now=timezone.now() + dt.timedelta(hours=2)) == 2


def test_an_expired_hold_cannot_be_confirmed(slot, contact):
    booking = hold_places([ItemRequest(slot_id=slot.id, adults=1)], contact)
    Booking.objects.filter(pk=booking.pk).update(
        expires_at=timezone.now() - dt.timedelta(seconds=1)
    )
    with pytest.raises(Conflict) as err:
        confirm_booking(booking)
    assert err.value.code == "hold_expired"


@pytest.mark.parametrize(
    "request_kwargs,code",
    [
        ({"adults": 0}, "invalid_guests"),
        ({"adults": -1, "children": 3}, "invalid_guests"),
        ({"adults": 6}, "sold_out"),
    ],
)
def test_bad_parties_are_refused_and_change_nothing(slot, contact, request_kwargs, code):
    with pytest.raises(BookingError) as err:
        hold_places([ItemRequest(slot_id=slot.id, **request_kwargs)], contact)
    assert err.value.code == code
    assert not BookingItem.objects.exists() and not Booking.objects.exists()


def test_past_unknown_and_closed_slots_are_refused(weaving, contact, tha_li):
    past = make_slot(weaving, days=-1)
    with refused("slot_in_past"):
        hold_places([ItemRequest(slot_id=past.id, adults=1)], contact)
    with refused("slot_not_found"):
        hold_places([ItemRequest(slot_id=999999, adults=1)], contact)
    later = make_slot(weaving, days=10)
    day = timezone.localtime(later.starts_at).date()
    Closure.objects.create(community=tha_li, date_from=day, date_to=day, reason="Storm")
    with refused("slot_closed"):
        hold_places([ItemRequest(slot_id=later.id, adults=1)], contact)


def test_a_failing_line_books_none_of_the_package(slot, basket, contact):
    with refused("out_of_stock"):
        hold_places(
            [
                ItemRequest(slot_id=slot.id, adults=2),
                ItemRequest(offering_id=basket.id, quantity=4),
            ],
            contact,
        )
    assert not Booking.objects.exists()
    assert remaining_in(slot) == 5


def test_a_guide_cannot_be_in_two_places_at_once(weaving, river_walk, guide, contact):
    class_at_nine = make_slot(weaving, hour=9, hours=3)
    walk_at_ten = make_slot(river_walk, hour=10, hours=2)
    walk_at_two = make_slot(river_walk, hour=14, hours=2)
    hold_places([ItemRequest(slot_id=class_at_nine.id, adults=2)], contact)
    with refused("resource_busy"):
        hold_places([ItemRequest(slot_id=walk_at_ten.id, adults=2)], contact)
    # The same departure takes more guests, and a later walk is fine.
    hold_places([ItemRequest(slot_id=class_at_nine.id, adults=1)], contact)
    hold_places([ItemRequest(slot_id=walk_at_two.id, adults=2)], contact)


def test_out_of_season_slots_are_refused(weaving, contact):
    slot = make_slot(weaving, days=20)
    month = timezone.localtime(slot.starts_at).month
    weaving.season_start_month = month % 12 + 1
    weaving.season_end_month = (month + 1) % 12 + 1
    weaving.save()
    with refused("out_of_season"):
        hold_places([ItemRequest(slot_id=slot.id, adults=1)], contact)


def test_one_booking_is_for_one_community(slot, bo_tan, contact):
    from chumchon.catalog.models import Offering, PriceTier

    trek = Offering.objects.create(community=bo_tan, kind="activity", slug="trek", title_en="Trek")
    PriceTier.objects.create(offering=trek, kind="adult", amount=Decimal("150000"))
    lao_slot = make_slot(trek)
    with refused("mixed_communities"):
        hold_places(
            [ItemRequest(slot_id=slot.id, adults=1), ItemRequest(slot_id=lao_slot.id, adults=1)],
            contact,
        )


def test_a_contact_is_required(slot):
    with refused("no_contact"):
        hold_places([ItemRequest(slot_id=slot.id, adults=1)], Contact(name="Anna"))


def test_the_same_idempotency_key_returns_the_same_booking(slot, contact):
    first = hold_places([ItemRequest(slot_id=slot.id, adults=2)], contact, idempotency_key="k-1")
    again = hold_places([ItemRequest(slot_id=slot.id, adults=2)], contact, idempotency_key="k-1")
    assert again.pk == first.pk
    assert remaining_in(slot) == 3


def test_a_room_night_counts_rooms_not_guests(room, contact):
    night = make_slot(room, hour=14, capacity=2, hours=21)
    with refused("too_many_guests"):
        hold_places([ItemRequest(slot_id=night.id, adults=4, quantity=1)], contact)
    hold_places([ItemRequest(slot_id=night.id, adults=3, quantity=1)], contact)
    assert remaining_in(night) == 1


def test_unpublished_offerings_and_communities_cannot_be_booked(slot, contact, tha_li):
    tha_li.is_published = False
    tha_li.save()
    with refused("slot_not_found"):
        hold_places([ItemRequest(slot_id=slot.id, adults=1)], contact)
    tha_li.is_published = True
    tha_li.save()
    slot.offering.is_published = False
    slot.offering.save()
    with refused("slot_not_found"):
        hold_places([ItemRequest(slot_id=slot.id, adults=1)], contact)
    assert not Booking.objects.exists()


def test_a_repeated_request_returns_its_booking_even_when_its_places_are_now_gone(slot, contact):
    from chumchon.bookings.tests.conftest import make_api_key

    key = make_api_key()
    first = hold_places(
        [ItemRequest(slot_id=slot.id, adults=5)], contact, api_key=key, idempotency_key="k-2"
    )
    assert remaining_in(slot) == 0
    again = hold_places(
        [ItemRequest(slot_id=slot.id, adults=5)], contact, api_key=key, idempotency_key="k-2"
    )
    assert again.pk == first.pk
    assert Booking.objects.filter(idempotency_key="k-2").count() == 1


def test_a_repeated_request_with_places_left_books_nothing_more(slot, contact):
    from chumchon.bookings.tests.conftest import make_api_key

    key = make_api_key()
    first = hold_places(
        [ItemRequest(slot_id=slot.id, adults=2)], contact, api_key=key, idempotency_key="k-3"
    )
    again = hold_places(
        [ItemRequest(slot_id=slot.id, adults=2)], contact, api_key=key, idempotency_key="k-3"
    )
    assert again.pk == first.pk and not getattr(again, "just_held", False)
    assert remaining_in(slot) == 3


def test_tiers_read_with_the_lock_keep_every_satang(tha_li, temple, contact):
    # The tiers come back as JSON text from the locking query: no amount may pass
    # through a float, whole or not (SQLite keeps whole amounts as integers).
    boat = Offering.objects.create(
        community=tha_li, kind="activity", slug="boat", title_en="Boat", capacity=9, place=temple
    )
    PriceTier.objects.create(offering=boat, kind="adult", amount=Decimal("1234567.89"))
    PriceTier.objects.create(offering=boat, kind="child", amount=Decimal("120"))
    booking = hold_places([ItemRequest(slot_id=make_slot(boat).id, adults=2, children=1)], contact)
    assert booking.total == Decimal("2469255.78")
    assert BookingItem.objects.get(booking=booking).price == Decimal("2469255.78")


def test_a_closure_of_one_offering_closes_only_its_slots_and_only_on_its_days(
    weaving, river_walk, contact, tha_li
):
    # The closures are read with the slots the sale locks: this pins which ones count.
    weaving_day, walk_day = make_slot(weaving, days=10), make_slot(river_walk, days=10, hour=14)
    next_day = make_slot(weaving, days=11)
    day = timezone.localtime(weaving_day.starts_at).date()
    Closure.objects.create(
        community=tha_li, offering=weaving, date_from=day, date_to=day, reason="Loom broken"
    )
    Closure.objects.create(
        community=tha_li,
        date_from=day - dt.timedelta(days=30),
        date_to=timezone.localdate() - dt.timedelta(days=2),
        reason="Rainy season, over",
    )
    with refused("slot_closed"):
        hold_places([ItemRequest(slot_id=weaving_day.id, adults=1)], contact)
    assert hold_places([ItemRequest(slot_id=walk_day.id, adults=1)], contact).pk
    assert hold_places([ItemRequest(slot_id=next_day.id, adults=1)], contact).pk
