"""Network statistics: for each ordered pair of communities, hand-offs, offers → clicks →
bookings, and the income each side earned from the other, in its own currency."""

import datetime as dt

import pytest
from django.utils import timezone

from chumchon.ledger.tests.conftest import book, pay
from chumchon.money import Money
from chumchon.network.models import HandOff, HandOffStatus, OfferClick
from chumchon.network.offers import handoff_offers
from chumchon.network.services import attach_referral, handoff_code
from chumchon.network.stats import pair_stats


@pytest.fixture
def traffic(weaving, sister_agreements, bridge, waterfall_walk, botan_slot, captured):
    """A Tha Li tourist is offered Bo Tan's walk, follows the link and books it."""
    origin = book(weaving, adults=2)
    captured(pay, origin)
    origin.refresh_from_db()
    handoff_offers(origin, "voucher")
    code = handoff_code(origin)
    OfferClick.objects.create(code=code, offering=waterfall_walk)
    OfferClick.objects.create(code=code, offering=waterfall_walk)
    onward = book(waterfall_walk, adults=2, slot=botan_slot)
    attach_referral(onward, code)
    captured(pay, onward)
    HandOff.objects.create(
        from_community=waterfall_walk.community,
        to_community=weaving.community,
        group_name="Back again",
        group_size=2,
        day=timezone.localdate(),
        status=HandOffStatus.ARRIVED,
    )
    return origin, onward


def test_each_pair_counts_hand_offs_conversion_and_income_each_way(traffic, tha_li, bo_tan):
    rows = {(r.sender.slug, r.receiver.slug): r for r in pair_stats()}
    there = rows[("t-tha-li", "t-bo-tan")]
    assert there.handoffs == 1
    # Shown in the e-mail and the voucher, followed twice: one offer, followed once.
    assert there.impressions == 1 and there.clicks == 1 and there.bookings == 1
    assert str(there.click_rate) == "100.0" and str(there.conversion) == "100.0"
    assert there.income == Money(240000, "LAK")
    assert there.commission == Money(24000, "LAK")  # Bo Tan's ledger owes Tha Li 10%
    back = rows[("t-bo-tan", "t-tha-li")]
    assert back.handoffs == 1 and back.arrived == 1
    assert back.bookings == 0 and back.income == Money(0, "THB")
    # The onward booking's own confirmation offered Tha Li back: shown, not yet taken.
    assert back.impressions == 1 and back.clicks == 0
    assert str(back.conversion) == "0.0" and back.booking_rate is None


def test_officers_see_every_pair_as_figures_only(client, traffic, officer):
    client.force_login(officer)
    response = client.get("/en/manage/network/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<svg" in html and "Offers shown" in html
    assert len(response.context["rows"]) == 2
    assert "Anna Tourist" not in html and "Back again" not in html


@pytest.mark.parametrize("language", ["th", "lo", "en"])
def test_a_coordinator_sees_the_pairs_of_their_community(
    client, traffic, thali_coordinator, language
):
    client.force_login(thali_coordinator)
    response = client.get(f"/{language}/manage/network/")
    assert response.status_code == 200
    assert {r.sender.slug for r in response.context["rows"]} == {"t-tha-li", "t-bo-tan"}


def test_a_coordinator_does_not_see_pairs_of_other_communities(
    client, traffic, thali_coordinator, lak
):
    from chumchon.communities.models import Community

    third = Community.objects.create(
        slug="t-third",
        name_en="Third",
        country_id="LA",
        currency=lak,
        latitude=0,
        longitude=0,
    )
    HandOff.objects.create(
        from_community=third,
        to_community=traffic[1].community,
        group_name="X",
        group_size=1,
        day=timezone.localdate(),
    )
    client.force_login(thali_coordinator)
    rows = client.get("/en/manage/network/").context["rows"]
    assert all("t-third" not in (r.sender.slug, r.receiver.slug) for r in rows)


def test_strangers_may_not_read_network_statistics(client, stranger, db):
    assert client.get("/en/manage/network/").status_code == 302
    client.force_login(stranger)
    assert client.get("/en/manage/network/").status_code == 403


def test_a_package_trip_counts_its_second_booking_for_the_first_community(
    weaving, waterfall_walk, bridge, captured
):

    from chumchon.bookings.services import Contact
    from chumchon.network.models import CrossBorderPackage, PackageItem
    from chumchon.network.services import book_package
    from chumchon.network.tests.test_packages import slot_on

    start = timezone.localdate() + dt.timedelta(days=6)
    slot_on(weaving, start)
    slot_on(waterfall_walk, start + dt.timedelta(days=1))
    package = CrossBorderPackage.objects.create(slug="p", title_en="P", crossing=bridge)
    PackageItem.objects.create(package=package, offering=weaving, day=1)
    PackageItem.objects.create(package=package, offering=waterfall_walk, day=2)
    trip = book_package(
        package, start_day=start, adults=1, children=0, contact=Contact(name="M", phone="1")
    )
    for booking in trip.bookings.all():
        captured(pay, booking)
    (row,) = pair_stats()
    assert (row.sender, row.receiver) == (weaving.community, waterfall_walk.community)
    assert row.handoffs == 1 and row.bookings == 1
    assert row.income == Money(120000, "LAK")
    assert row.commission == Money(0, "LAK")  # no referral, no commission


def test_statistics_can_start_from_a_day(client, traffic, officer):
    client.force_login(officer)
    later = (timezone.localdate() + dt.timedelta(days=30)).isoformat()
    assert client.get(f"/en/manage/network/?since={later}").context["rows"] == []
    assert len(client.get("/en/manage/network/?since=2020-01-01").context["rows"]) == 2
    response = client.get("/en/manage/network/?since=soon")
    assert response.status_code == 200 and "Use a date such as" in response.content.decode()
