"""The demo network loads idempotently and its package can be booked."""

import datetime as dt

from django.utils import timezone

from chumchon.bookings.services import Contact
from chumchon.demo.services import load_demo
from chumchon.network.models import (
    Agreement,
    CrossBorderPackage,
    HandOff,
    Partner,
    ReferralCode,
)
from chumchon.network.services import book_package


def counts():
    return [
        m.objects.count() for m in (Partner, Agreement, ReferralCode, HandOff, CrossBorderPackage)
    ]


def test_the_demo_network_loads_twice_without_duplicates(demo):
    first = counts()
    load_demo()
    assert counts() == first
    slugs = set(Partner.objects.values_list("slug", flat=True))
    assert {"local-alike", "tha-li-district-office", "boten-district-office"} <= slugs
    package = CrossBorderPackage.objects.get()
    assert package.crossing.category == "border"
    assert {i.offering.community.slug for i in package.items.all()} == {"tha-li", "bo-tan"}


def test_the_demo_package_books_into_both_currencies(demo):
    package = CrossBorderPackage.objects.get()
    trip = book_package(
        package,
        start_day=timezone.localdate() + dt.timedelta(days=3),
        adults=2,
        children=0,
        contact=Contact(name="Demo", email="demo@example.org"),
    )
    assert sorted(b.currency_id for b in trip.bookings.all()) == ["LAK", "THB"]


def test_a_demo_confirmation_offers_bo_tan_with_the_friendship_bridge(demo, client):
    from chumchon.bookings.models import Slot
    from chumchon.bookings.services import ItemRequest, confirm_booking, hold_places

    tha_li, _bo_tan = demo
    slot = (
        Slot.objects.filter(offering__community=tha_li, offering__slug="kaeng-ton-river-walk")
        .filter(starts_at__gt=timezone.now())
        .first()
    )
    booking = hold_places(
        [ItemRequest(slot_id=slot.pk, adults=2)], Contact(name="Demo", email="d@example.org")
    )
    confirm_booking(booking)
    html = client.get(f"/lo/bookings/{booking.reference}/{booking.token}/voucher/").content.decode()
    assert "/lo/r/" in html
    assert "ຂົວມິດຕະພາບ" in html  # the Friendship Bridge checkpoint, in Lao


def test_the_demo_coordinators_see_hand_offs_and_statistics(demo, client):
    from chumchon.accounts.models import User

    client.force_login(User.objects.get(username="boten-coordinator"))
    html = client.get("/lo/manage/bo-tan/handoffs/").content.decode()
    assert "Khun Ploy" in html
    assert client.get("/lo/manage/network/").status_code == 200
    client.force_login(User.objects.get(username="officer"))
    html = client.get("/th/manage/bo-tan/handoffs/").content.decode()
    assert "Khun Ploy" not in html
