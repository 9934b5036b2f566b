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
