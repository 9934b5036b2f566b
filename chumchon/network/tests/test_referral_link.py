"""Referral links: /<lang>/r/<code>/ remembers who sent the tourist and lands on the right page;
a booking made on the site afterwards carries the referral."""

import pytest

from chumchon.bookings.models import Booking
from chumchon.bookings.tests.conftest import make_slot
from chumchon.network.models import OfferClick, Referral, ReferralCode, ReferralSource
from chumchon.network.views import COOKIE, SESSION_KEY

PARTY = {
    "adults": "2",
    "children": "0",
    "name": "Anna Tourist",
    "phone": "",
    "email": "anna@example.org",
    "language": "en",
    "dietary_needs": "",
    "notes": "",
    "action": "book",
}


@pytest.mark.parametrize("language", ["th", "lo", "en"])
def test_a_link_remembers_the_code_counts_the_click_and_lands_on_the_offering(
    client, weaving, alike_code, language
):
    response = client.get(f"/{language}/r/{alike_code.code.lower()}/?o={weaving.pk}")
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/c/{weaving.community.slug}/offerings/weaving/"
    assert client.session[SESSION_KEY] == "ALIKE2026"
    assert response.cookies[COOKIE].value == "ALIKE2026"
    assert OfferClick.objects.get(code=alike_code).offering == weaving


def test_a_link_without_an_offering_lands_on_its_community(client, tha_li, local_alike):
    code = ReferralCode.objects.create(partner=local_alike, code="POSTER1", community=tha_li)
    response = client.get("/en/r/POSTER1/")
    assert response["Location"] == tha_li.get_absolute_url()
    assert OfferClick.objects.filter(code=code, offering=None).count() == 1


def test_an_unknown_code_still_lands_on_the_home_page_and_counts_nothing(client, db):
    response = client.get("/en/r/NOSUCHCODE/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert OfferClick.objects.count() == 0
    assert SESSION_KEY not in client.session


def test_a_booking_on_the_site_after_a_link_carries_the_referral(
    client, weaving, alike_agreement, alike_code
):
    slot = make_slot(weaving, capacity=10)
    client.get(f"/en/r/{alike_code.code}/")
    client.get(f"/en/bookings/new/?slot={slot.pk}")
    response = client.post("/en/bookings/new/", PARTY)
    assert response.status_code == 302
    booking = Booking.objects.get()
    referral = Referral.objects.get(booking=booking)
    assert referral.partner == alike_code.partner
    assert referral.source == ReferralSource.LINK
    assert str(referral.commission) == "87.50"


def test_a_referral_cookie_alone_is_enough(client, weaving, alike_agreement, alike_code):
    slot = make_slot(weaving, capacity=10)
    client.cookies[COOKIE] = alike_code.code
    client.get(f"/en/bookings/new/?slot={slot.pk}")
    client.post("/en/bookings/new/", PARTY)
    assert Referral.objects.get().partner == alike_code.partner


def test_a_booking_without_a_referral_has_none(client, weaving, alike_agreement):
    slot = make_slot(weaving, capacity=10)
    client.get(f"/en/bookings/new/?slot={slot.pk}")
    client.post("/en/bookings/new/", PARTY)
    assert Booking.objects.count() == 1
    assert Referral.objects.count() == 0


def test_a_mangled_offering_number_still_lands_somewhere(client, tha_li, local_alike):
    ReferralCode.objects.create(partner=local_alike, code="CARD", community=tha_li)
    response = client.get("/en/r/CARD/?o=99999999999999999999999")
    assert response["Location"] == tha_li.get_absolute_url()
    response = client.get("/en/r/CARD/?o=12345")  # no such offering
    assert response["Location"] == tha_li.get_absolute_url()
