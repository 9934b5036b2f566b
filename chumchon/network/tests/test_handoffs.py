"""Hand-offs: the confirmation and voucher offer the partner community's next experiences;
booking through them records the hand-off both coordinators follow; the receiving side
confirms arrival in one tap."""

import pytest
from django.core import mail
from django.utils import timezone

from chumchon.core.models import AuditEntry
from chumchon.ledger.tests.conftest import book, pay
from chumchon.network.models import (
    HandOff,
    HandOffStatus,
    OfferImpression,
    Referral,
    ReferralSource,
)
from chumchon.network.offers import handoff_offers
from chumchon.network.services import attach_referral, handoff_code
from chumchon.payments import services as payments


@pytest.fixture
def confirmed_thali_booking(weaving, sister_agreements, bridge, waterfall_walk, captured):
    booking = book(weaving, adults=2)
    captured(pay, booking)
    booking.refresh_from_db()
    return booking


def test_the_voucher_offers_the_partner_community_with_the_crossing_hours_and_documents(
    client, confirmed_thali_booking, waterfall_walk
):
    booking = confirmed_thali_booking
    html = client.get(f"/en/bookings/{booking.reference}/{booking.token}/voucher/").content.decode()
    code = handoff_code(booking)
    assert "Tad Ham waterfall walk" in html
    assert f"/en/r/{code.code}/?o={waterfall_walk.pk}" in html
    assert "₭120,000" in html
    assert "Nam Heuang Friendship Bridge" in html
    assert "Every day 06:00–18:00" in html
    assert "border pass" in html
    assert OfferImpression.objects.filter(code=code, offering=waterfall_walk, medium="voucher")


def test_the_confirmation_email_offers_the_partner_community(
    weaving, sister_agreements, bridge, waterfall_walk, captured, mailoutbox
):
    booking = book(weaving, adults=2)
    captured(pay, booking)
    tourist = [m for m in mail.outbox if "anna@example.org" in m.to][0]
    code = handoff_code(booking)
    assert f"/r/{code.code}/?o={waterfall_walk.pk}" in tourist.body
    assert "Nam Heuang Friendship Bridge" in tourist.body
    assert OfferImpression.objects.filter(code=code, medium="email").count() == 1


def test_without_an_agreement_in_force_nothing_is_offered(
    weaving, bridge, waterfall_walk, captured
):
    booking = book(weaving, adults=2)
    captured(pay, booking)
    booking.refresh_from_db()
    assert handoff_offers(booking, "voucher") == []


def test_booking_through_the_hand_off_records_the_group_for_both_sides(
    confirmed_thali_booking, botan_slot, bridge, captured
):
    code = handoff_code(confirmed_thali_booking)
    onward = book(botan_slot.offering, adults=3, slot=botan_slot)
    referral = attach_referral(onward, code.code)
    assert referral.source == ReferralSource.HANDOFF
    handoff = HandOff.objects.get(onward_booking=onward)
    assert handoff.from_community == confirmed_thali_booking.community
    assert handoff.to_community == onward.community
    assert handoff.origin_booking == confirmed_thali_booking
    assert handoff.group_size == 3
    assert handoff.crossing == bridge
    assert handoff.status == HandOffStatus.BOOKED
    captured(pay, onward)
    handoff.refresh_from_db()
    assert handoff.status == HandOffStatus.EXPECTED
    # Bo Tan owes Tha Li its 10% in kip: 3 × 120,000 × 10%.
    assert str(Referral.objects.get(booking=onward).commission) == "36000.00"


def test_cancelling_the_onward_booking_cancels_the_hand_off(
    confirmed_thali_booking, botan_slot, captured
):
    onward = book(botan_slot.offering, adults=1, slot=botan_slot)
    attach_referral(onward, handoff_code(confirmed_thali_booking))
    captured(payments.cancel_booking, onward, reason="Changed plans")
    assert HandOff.objects.get(onward_booking=onward).status == HandOffStatus.CANCELLED


@pytest.fixture
def coming(tha_li, bo_tan, bridge):
    return HandOff.objects.create(
        from_community=tha_li,
        to_community=bo_tan,
        group_name="Somchai Family",
        group_size=4,
        day=timezone.localdate(),
        crossing=bridge,
        status=HandOffStatus.EXPECTED,
    )


@pytest.mark.parametrize("language", ["th", "lo", "en"])
def test_both_coordinators_see_who_is_coming_with_names(
    client, coming, thali_coordinator, botan_coordinator, language
):
    for user, slug in ((botan_coordinator, "t-bo-tan"), (thali_coordinator, "t-tha-li")):
        client.force_login(user)
        response = client.get(f"/{language}/manage/{slug}/handoffs/")
        assert response.status_code == 200
        html = response.content.decode()
        assert "Somchai Family" in html
        assert "Nam Heuang Friendship Bridge" in html


def test_an_officer_sees_how_many_but_no_names(client, coming, officer):
    client.force_login(officer)
    html = client.get("/en/manage/t-bo-tan/handoffs/").content.decode()
    assert "4 people" in html
    assert "Somchai" not in html
    assert 'name="arrived"' not in html


def test_strangers_and_visitors_are_kept_out(client, coming, stranger):
    assert client.get("/en/manage/t-bo-tan/handoffs/").status_code == 302
    client.force_login(stranger)
    assert client.get("/en/manage/t-bo-tan/handoffs/").status_code == 403


def test_the_receiving_coordinator_confirms_arrival_in_one_tap(client, coming, botan_coordinator):
    client.force_login(botan_coordinator)
    html = client.get("/en/manage/t-bo-tan/handoffs/").content.decode()
    assert 'name="arrived" value="yes"' in html
    response = client.post(f"/en/manage/t-bo-tan/handoffs/{coming.pk}/confirm/", {"arrived": "yes"})
    assert response.status_code == 302
    coming.refresh_from_db()
    assert coming.status == HandOffStatus.ARRIVED
    assert coming.confirmed_by == botan_coordinator
    entry = AuditEntry.objects.get(action="network.handoff_arrived")
    assert entry.actor == botan_coordinator and entry.community == coming.to_community


def test_a_no_show_is_recorded_too(client, coming, botan_coordinator):
    client.force_login(botan_coordinator)
    client.post(f"/en/manage/t-bo-tan/handoffs/{coming.pk}/confirm/", {"arrived": "no"})
    coming.refresh_from_db()
    assert coming.status == HandOffStatus.NO_SHOW


def test_the_sending_side_cannot_confirm_an_arrival(client, coming, thali_coordinator):
    client.force_login(thali_coordinator)
    html = client.get("/en/manage/t-tha-li/handoffs/").content.decode()
    assert 'name="arrived"' not in html
    assert (
        client.post(f"/en/manage/t-bo-tan/handoffs/{coming.pk}/confirm/", {"arrived": "yes"})
    ).status_code == 403
    assert (
        client.post(f"/en/manage/t-tha-li/handoffs/{coming.pk}/confirm/", {"arrived": "yes"})
    ).status_code == 404
    coming.refresh_from_db()
    assert coming.status == HandOffStatus.EXPECTED


def test_a_coordinator_announces_a_group_to_the_partner_community(
    client, tha_li, bo_tan, thali_coordinator, sister_agreements, bridge
):
    client.force_login(thali_coordinator)
    response = client.post(
        "/en/manage/t-tha-li/handoffs/",
        {
            "to_community": bo_tan.pk,
            "group_name": "Teachers",
            "group_size": "12",
            "day": "2030-01-05",
            "status": "expected",
        },
    )
    assert response.status_code == 302
    handoff = HandOff.objects.get()
    assert (handoff.from_community, handoff.to_community) == (tha_li, bo_tan)
    assert handoff.group_size == 12 and handoff.crossing == bridge
    assert AuditEntry.objects.filter(action="network.handoff_announced").count() == 1


def test_an_officer_cannot_announce_a_group(client, bo_tan, officer, sister_agreements):
    client.force_login(officer)
    response = client.post(
        "/en/manage/t-tha-li/handoffs/",
        {
            "to_community": bo_tan.pk,
            "group_name": "X",
            "group_size": "2",
            "day": "2030-01-05",
            "status": "expected",
        },
    )
    assert response.status_code == 403
    assert HandOff.objects.count() == 0


def test_a_hand_off_whose_booking_lapsed_unpaid_is_not_shown(
    client, confirmed_thali_booking, botan_slot, botan_coordinator
):
    from chumchon.bookings.models import BookingStatus

    onward = book(botan_slot.offering, adults=2, slot=botan_slot)
    attach_referral(onward, handoff_code(confirmed_thali_booking))
    client.force_login(botan_coordinator)
    assert "Anna Tourist" in client.get("/en/manage/t-bo-tan/handoffs/").content.decode()
    onward.status = BookingStatus.EXPIRED
    onward.save()
    assert "Anna Tourist" not in client.get("/en/manage/t-bo-tan/handoffs/").content.decode()


def test_the_booking_page_offers_the_partner_community_too(
    client, confirmed_thali_booking, waterfall_walk
):
    booking = confirmed_thali_booking
    html = client.get(booking.get_absolute_url()).content.decode()
    assert "Tad Ham waterfall walk" in html
    assert OfferImpression.objects.filter(offering=waterfall_walk, medium="page").exists()


def test_a_group_that_was_only_told_about_the_partner_is_marked_offered(
    client, bo_tan, thali_coordinator, sister_agreements
):
    client.force_login(thali_coordinator)
    client.post(
        "/en/manage/t-tha-li/handoffs/",
        {
            "to_community": bo_tan.pk,
            "group_name": "Maybe",
            "group_size": "2",
            "day": "2030-01-05",
            "status": "offered",
        },
    )
    assert HandOff.objects.get().status == HandOffStatus.OFFERED
