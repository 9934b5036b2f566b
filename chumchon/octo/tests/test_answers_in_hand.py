"""Reserve and confirm answer from what the services hold instead of reading the booking back.

Each answer must be, byte for byte, what the booking read back renders (the way every
answer was made before: mapping.bookings_to_render(), the ORM's own queries), for every
kind of product, key, capability and body.
"""

import datetime as dt
import uuid
from decimal import Decimal
from unittest import mock

import pytest
from django.forms.models import model_to_dict
from django.http import JsonResponse
from django.utils import timezone, translation

from chumchon.api.keys import create_key
from chumchon.bookings.availability import remaining_in
from chumchon.bookings.models import Booking, WeeklySchedule
from chumchon.bookings.tests.conftest import make_slot
from chumchon.catalog.models import CancellationPolicy, CancellationRule, Offering, PriceTier
from chumchon.network.models import Agreement, NetRate, Partner, PartnerApiKey, PartnerKind
from chumchon.network.net_rates import selling_as
from chumchon.octo import mapping, reads
from chumchon.octo.models import UnitItem
from chumchon.octo.tests.conftest import Reseller, availability_id, error_of

pytestmark = pytest.mark.django_db

GUEST = {
    "fullName": "Somchai Jaidee",
    "emailAddress": "somchai@example.org",
    "phoneNumber": "+66812345678",
    "locales": ["th-TH", "en"],
    "country": "TH",
    "notes": "Vegetarian",
}


def _starts_by_the_orm(offering, limit):
    return [slot.starts_at for slot in offering.slots.filter(starts_at__gte=timezone.now())[:limit]]


def read_back(reseller: Reseller, booking_uuid: str) -> bytes:
    """The answer as it was made before: the booking read back, every part by the ORM."""
    booking = Booking.objects.get(uuid=booking_uuid)
    pricing = bool(reseller.capabilities)
    with (
        translation.override("en"),
        selling_as(reseller.key),
        mock.patch.object(reads, "upcoming_starts", _starts_by_the_orm),
    ):
        fresh = mapping.bookings_to_render().get(pk=booking.pk)
        return JsonResponse(mapping.booking(fresh, with_pricing=pricing), safe=False).content


def same_as_read_back(reseller, response) -> dict:
    assert response.status_code == 200, response.json()
    data = response.json()
    assert response.content == read_back(reseller, data["uuid"])
    return data


def reserve_and_confirm(reseller, slot, units, *, reserve=None, confirm=None) -> dict:
    held = same_as_read_back(reseller, reseller.reserve(slot, units=units, **(reserve or {})))
    body = {"contact": GUEST, **(confirm or {})}
    confirmed = same_as_read_back(
        reseller, reseller.post(f"/bookings/{held['uuid']}/confirm", body)
    )
    again = reseller.post(f"/bookings/{held['uuid']}/confirm", body)  # confirming again
    same_as_read_back(reseller, again)
    shown = reseller.get(f"/bookings/{held['uuid']}")
    assert shown.content == again.content
    return confirmed


@pytest.fixture
def policy(tha_li):
    policy = CancellationPolicy.objects.create(community=tha_li, name_en="Fair")
    CancellationRule.objects.create(policy=policy, days_before=7, refund_percent=100)
    CancellationRule.objects.create(policy=policy, days_before=2, refund_percent=50)
    CancellationRule.objects.create(policy=policy, days_before=0, refund_percent=0)
    return policy


@pytest.fixture
def room(tha_li):
    offering = Offering.objects.create(
        community=tha_li, kind="homestay", slug="room", title_en="Room", capacity=3, beds=2
    )
    PriceTier.objects.create(offering=offering, kind="adult", amount=Decimal("500"))
    PriceTier.objects.create(offering=offering, kind="child", amount=Decimal("250"))
    return offering


@pytest.fixture
def agency_reseller(tha_li, weaving):
    """A platform-wide key of an agency with net rates agreed with Tha Li."""
    agency = Partner.objects.create(slug="agency", kind=PartnerKind.AGENCY, name_en="Agency")
    agreement = Agreement.objects.create(
        community=tha_li, partner=agency, valid_from=dt.date(2020, 1, 1)
    )
    NetRate.objects.create(agreement=agreement, offering=weaving, amount=Decimal("280"))
    key, text = create_key(name="Agency OCTO", role="partner")
    PartnerApiKey.objects.create(key=key, partner=agency)
    return Reseller(key, text)


@pytest.fixture
def commission_reseller(tha_li):
    agency = Partner.objects.create(slug="commission", kind=PartnerKind.AGENCY, name_en="C")
    Agreement.objects.create(
        community=tha_li,
        partner=agency,
        commission_percent=Decimal("12.5"),
        valid_from=dt.date(2020, 1, 1),
    )
    key, text = create_key(name="Commission OCTO", role="partner")
    PartnerApiKey.objects.create(key=key, partner=agency)
    return Reseller(key, text)


@pytest.mark.parametrize("capabilities", ["octo/pricing", "", "pricing"])
def test_a_weaving_class_with_a_policy_and_a_weekly_schedule(
    reseller, weaving, policy, capabilities
):
    weaving.cancellation_policy = policy
    weaving.save()
    WeeklySchedule.objects.create(offering=weaving, weekday=5, start_time=dt.time(9), capacity=8)
    WeeklySchedule.objects.create(offering=weaving, weekday=6, start_time=dt.time(14), capacity=8)
    slot = make_slot(weaving, days=3, hour=10, capacity=20)
    make_slot(weaving, days=5, hour=16, capacity=20)
    reseller.capabilities = capabilities
    confirmed = reserve_and_confirm(
        reseller,
        slot,
        ["adult", "child", "adult"],
        reserve={
            "uuid": str(uuid.uuid4()),
            "notes": "Window seats",
            "resellerReference": "R-1",
            "expirationMinutes": 20,
            "contact": {"fullName": "Early Name", "locales": ["lo"]},
        },
        confirm={"resellerReference": "R-2", "emailReceipt": True},
    )
    assert confirmed["option"]["availabilityLocalStartTimes"] == [
        "09:00",
        "10:00",
        "14:00",
        "16:00",
    ]


def test_unit_items_with_their_own_uuids_references_and_contacts(reseller, departure):
    ticket = str(uuid.uuid4())
    units = [
        {"unitId": "adult", "uuid": ticket, "resellerReference": "T-1", "contact": GUEST},
        {"unitId": "child", "contact": {"firstName": "Nok", "lastName": "Jaidee"}},
    ]
    held = reseller.post(
        "/bookings",
        {
            "productId": str(departure.offering_id),
            "optionId": "DEFAULT",
            "availabilityId": availability_id(departure),
            "unitItems": units,
        },
    )
    held = same_as_read_back(reseller, held)
    confirmed = reseller.post(f"/bookings/{held['uuid']}/confirm", {"contact": GUEST})
    assert same_as_read_back(reseller, confirmed)["unitItems"][0]["uuid"] == ticket


def test_a_day_ticket_shows_its_meeting_places_hours(reseller, temple_day):
    confirmed = reserve_and_confirm(reseller, temple_day, ["adult"])
    assert confirmed["availability"]["openingHours"] == [{"from": "08:00", "to": "17:00"}]


def test_a_boat_hired_per_group(reseller, boat):
    reserve_and_confirm(reseller, make_slot(boat, capacity=12), ["group"])


def test_a_homestay_room_with_no_departure_but_this_one(reseller, room):
    reserve_and_confirm(reseller, make_slot(room, capacity=4), ["adult", "adult", "child", "child"])


def test_a_lao_dinner_with_a_weekly_schedule(botan_desk, baci_evening):
    reserve_and_confirm(botan_desk, baci_evening, ["adult", "child"])


def test_a_platform_key_and_a_test_key(platform_reseller, test_reseller, departure):
    reserve_and_confirm(platform_reseller, departure, ["adult"])
    reserve_and_confirm(test_reseller, departure, ["child", "adult"])


def test_a_partner_with_net_rates_sees_them_and_its_net_total(agency_reseller, departure):
    confirmed = reserve_and_confirm(agency_reseller, departure, ["adult", "adult"])
    assert confirmed["unitItems"][0]["unit"]["pricing"][0]["net"] == 28000


def test_a_partner_with_a_commission_sees_the_net_total(commission_reseller, departure):
    confirmed = reserve_and_confirm(commission_reseller, departure, ["adult", "adult"])
    assert confirmed["pricing"]["net"] == 61250


def test_confirming_with_other_unit_items_takes_other_places(reseller, departure):
    confirmed = reserve_and_confirm(
        reseller, departure, ["adult"], confirm={"unitItems": [{"unitId": "adult"}] * 3}
    )
    assert len(confirmed["unitItems"]) == 3
    assert remaining_in(departure) == 2


def test_confirming_with_the_same_unit_items_keeps_the_places(reseller, departure):
    confirmed = reserve_and_confirm(
        reseller,
        departure,
        ["adult", "child"],
        confirm={"unitItems": [{"unitId": "adult", "resellerReference": "A"}, {"unitId": "child"}]},
    )
    assert confirmed["unitItems"][0]["resellerReference"] == "A"


def test_a_hold_whose_unit_items_are_gone_gets_them_back_on_confirmation(reseller, departure):
    held = reseller.reserve(departure, units=["adult", "child"]).json()
    UnitItem.objects.filter(octo_booking__booking__uuid=held["uuid"]).delete()
    confirmed = reseller.post(f"/bookings/{held['uuid']}/confirm", {"contact": GUEST})
    assert [u["unitId"] for u in same_as_read_back(reseller, confirmed)["unitItems"]] == [
        "adult",
        "child",
    ]


# --- The same uuid again: the first booking is found when the second is refused ----------


def test_the_same_uuid_again_answers_with_the_first_booking_even_when_sold_out(reseller, departure):
    key = str(uuid.uuid4())
    first = reseller.reserve(departure, units=["adult"] * 4, uuid=key)
    reseller.reserve(departure, units=["adult"])  # the last place
    again = reseller.reserve(departure, units=["adult"] * 4, uuid=key)
    assert again.content == first.content == read_back(reseller, key)
    assert Booking.objects.count() == 2


def test_the_same_uuid_again_after_the_hold_expired_answers_with_the_expired_booking(
    reseller, departure
):
    key = str(uuid.uuid4())
    reseller.reserve(departure, units=["adult"], uuid=key)
    Booking.objects.filter(uuid=key).update(expires_at=timezone.now() - dt.timedelta(minutes=1))
    again = reseller.reserve(departure, units=["adult"], uuid=key)
    assert again.json()["status"] == "EXPIRED"
    assert again.content == read_back(reseller, key)
    assert Booking.objects.count() == 1


def test_the_same_uuid_again_with_a_name_too_long_for_the_database_answers_the_first(
    reseller, departure
):
    key = str(uuid.uuid4())
    first = reseller.reserve(departure, units=["adult"], uuid=key)
    again = reseller.reserve(departure, units=["adult"], uuid=key, contact={"fullName": "N" * 200})
    assert again.status_code == 200 and again.content == first.content
    assert Booking.objects.count() == 1


def test_the_uuid_the_server_made_sent_back_answers_with_that_booking(reseller, departure):
    made = reseller.reserve(departure, units=["adult"]).json()
    again = reseller.reserve(departure, units=["adult"], uuid=made["uuid"])
    assert again.status_code == 200
    assert again.content == read_back(reseller, made["uuid"])
    assert Booking.objects.count() == 1 and remaining_in(departure) == 4
    reseller.reserve(departure, units=["adult"] * 4)  # sold out now
    again = reseller.reserve(departure, units=["adult"], uuid=made["uuid"])
    assert again.content == read_back(reseller, made["uuid"])


def test_another_resellers_uuid_is_refused_before_a_sold_out_departure(
    reseller, other_reseller, departure
):
    key = str(uuid.uuid4())
    reseller.reserve(departure, units=["adult"] * 5, uuid=key)
    response = other_reseller.reserve(departure, units=["adult"], uuid=key)
    assert response.status_code == 400
    assert response.json() == {
        "error": "INVALID_BOOKING_UUID",
        "errorMessage": "This uuid is already used by another booking; send a new one.",
        "uuid": key,
    }
    assert Booking.objects.count() == 1


def test_the_uuid_of_a_booking_made_through_the_api_is_refused(reseller, departure):
    from chumchon.bookings.models import Channel
    from chumchon.bookings.services import Contact, ItemRequest, hold_places

    api_booking = hold_places(
        [ItemRequest(slot_id=departure.pk, adults=1)],
        Contact(name="Anna", email="anna@example.org"),
        channel=Channel.API,
        api_key=reseller.key,
    )
    for units in (["adult"], ["adult"] * 5):  # with places left, and without
        response = reseller.reserve(departure, units=units, uuid=str(api_booking.uuid))
        assert error_of(response) == "INVALID_BOOKING_UUID"
    assert Booking.objects.count() == 1


# --- The plain SQL reads agree with the ORM's -----------------------------------------------


def _fields(instance) -> dict:
    return {f.attname: getattr(instance, f.attname) for f in instance._meta.concrete_fields}


def test_the_sellable_test_is_the_querysets(tha_li, bo_tan, weaving, boat, baci, room):
    basket = Offering.objects.create(community=tha_li, kind="product", slug="basket", stock=3)
    PriceTier.objects.create(offering=basket, kind="item", amount=Decimal("120.50"))
    weekly = Offering.objects.create(community=tha_li, kind="meal", slug="weekly", capacity=9)
    PriceTier.objects.create(offering=weekly, kind="adult", amount=Decimal("80"))
    WeeklySchedule.objects.create(offering=weekly, weekday=2, start_time=dt.time(18), capacity=9)
    no_price = Offering.objects.create(community=tha_li, kind="activity", slug="free")
    make_slot(no_price)
    child_only = Offering.objects.create(community=tha_li, kind="activity", slug="kids")
    PriceTier.objects.create(offering=child_only, kind="child", amount=Decimal("10"))
    make_slot(child_only)
    past = Offering.objects.create(community=tha_li, kind="activity", slug="past")
    PriceTier.objects.create(offering=past, kind="adult", amount=Decimal("10"))
    make_slot(past, days=-2)
    hidden = Offering.objects.create(
        community=tha_li, kind="activity", slug="hidden", is_published=False
    )
    PriceTier.objects.create(offering=hidden, kind="adult", amount=Decimal("10"))
    make_slot(hidden)
    make_slot(weaving)
    make_slot(boat)
    make_slot(room)
    make_slot(basket)
    bo_tan.is_published = False
    bo_tan.save()
    checked = 0
    for offering in Offering.objects.all():
        expected = mapping.sellable_offerings().filter(pk=offering.pk).first()
        found = reads.sellable_offering(offering.pk, mapping.OCTO_KINDS)
        assert (found is None) == (expected is None), offering.slug
        if found is not None:
            checked += 1
            assert _fields(found) == _fields(expected)
            assert _fields(found.community) == _fields(expected.community)
            assert [model_to_dict(t) for t in found.price_tiers.all()] == [
                model_to_dict(t) for t in expected.price_tiers.all()
            ]
    assert checked == 4  # weaving, boat, room and the weekly meal
    assert reads.sellable_offering(10**17, mapping.OCTO_KINDS) is None


def test_a_slot_is_found_by_its_start_in_any_offset(weaving, departure):
    moment = departure.starts_at.astimezone(dt.timezone(dt.timedelta(hours=-5)))
    assert _fields(reads.slot_at(weaving.pk, moment)) == _fields(departure)
    assert reads.slot_at(weaving.pk, moment + dt.timedelta(seconds=1)) is None


def test_upcoming_starts_are_the_next_slots_in_order(weaving):
    for days in (9, 3, 5, -1):
        make_slot(weaving, days=days)
    assert reads.upcoming_starts(weaving, limit=2) == _starts_by_the_orm(weaving, 2)
    assert reads.upcoming_starts(weaving, limit=200) == _starts_by_the_orm(weaving, 200)
