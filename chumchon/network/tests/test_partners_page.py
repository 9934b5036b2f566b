"""Each community sees its partners, their agreements and what each sold."""

import pytest

from chumchon.ledger.tests.conftest import book, pay
from chumchon.network.services import attach_referral


@pytest.fixture
def sold(weaving, alike_agreement, alike_code, captured):
    booking = book(weaving, adults=2)
    attach_referral(booking, alike_code)
    captured(pay, booking)
    return booking


@pytest.mark.parametrize("language", ["th", "lo", "en"])
def test_the_coordinator_sees_partners_agreements_and_sales(
    client, sold, thali_coordinator, language
):
    client.force_login(thali_coordinator)
    response = client.get(f"/{language}/manage/t-tha-li/partners/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Local Alike" in html
    assert "12.5%" in html
    assert sold.reference in html  # the booking itself, for the community's own staff
    (row,) = response.context["rows"]
    assert row["confirmed"] == 1
    assert str(row["total"]) == "700.00 THB"
    assert str(row["commission"]) == "87.50 THB"


def test_an_officer_sees_what_partners_sold_but_not_the_bookings(client, sold, officer):
    client.force_login(officer)
    response = client.get("/en/manage/t-tha-li/partners/")
    assert response.status_code == 200
    assert "Local Alike" in response.content.decode()
    assert sold.reference not in response.content.decode()


def test_another_communitys_coordinator_and_strangers_are_kept_out(
    client, sold, botan_coordinator, stranger
):
    client.force_login(botan_coordinator)
    assert client.get("/en/manage/t-tha-li/partners/").status_code == 403
    client.force_login(stranger)
    assert client.get("/en/manage/t-tha-li/partners/").status_code == 403
    client.logout()
    assert client.get("/en/manage/t-tha-li/partners/").status_code == 302


def test_the_dashboard_links_to_hand_offs_and_partners(client, tha_li, thali_coordinator):
    client.force_login(thali_coordinator)
    html = client.get("/en/manage/t-tha-li/").content.decode()
    assert "/en/manage/t-tha-li/handoffs/" in html
    assert "/en/manage/t-tha-li/partners/" in html
