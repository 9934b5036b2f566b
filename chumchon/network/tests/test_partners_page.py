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


NEW_AGREEMENT = "/en/manage/t-tha-li/partners/agreements/new/"


def agreement_post(partner, **extra):
    return {
        "partner": partner.pk,
        "commission_percent": "8",
        "all_offerings": "on",
        "valid_from": "2026-01-01",
        "valid_to": "",
        "status": "active",
        "reference": "MoU 2026",
        "note": "",
        "rates-TOTAL_FORMS": "0",
        "rates-INITIAL_FORMS": "0",
        **extra,
    }


def test_a_coordinator_writes_down_an_agreement_with_a_partner(
    client, tha_li, local_alike, thali_coordinator
):
    from chumchon.core.models import AuditEntry
    from chumchon.network.models import Agreement

    client.force_login(thali_coordinator)
    assert client.get("/th/manage/t-tha-li/partners/agreements/new/").status_code == 200
    response = client.post(
        "/en/manage/t-tha-li/partners/agreements/new/", agreement_post(local_alike)
    )
    assert response.status_code == 302
    agreement = Agreement.objects.get()
    assert agreement.community == tha_li and str(agreement.commission_percent) == "8.00"
    assert agreement.created_by == thali_coordinator
    assert AuditEntry.objects.filter(action="network.agreement_created").count() == 1


def test_two_agreements_in_force_at_once_with_one_partner_are_refused(
    client, alike_agreement, local_alike, thali_coordinator
):
    from chumchon.network.models import Agreement

    client.force_login(thali_coordinator)
    response = client.post(
        "/en/manage/t-tha-li/partners/agreements/new/", agreement_post(local_alike)
    )
    assert response.status_code == 200
    assert "already in force" in response.content.decode()
    assert Agreement.objects.count() == 1


def test_ending_an_agreement_is_a_change_of_its_status(
    client, alike_agreement, local_alike, thali_coordinator
):
    client.force_login(thali_coordinator)
    client.post(
        f"/en/manage/t-tha-li/partners/agreements/{alike_agreement.pk}/",
        agreement_post(local_alike, commission_percent="12.5", status="ended"),
    )
    alike_agreement.refresh_from_db()
    assert alike_agreement.status == "ended"


@pytest.mark.parametrize("who", ["thali_treasurer", "botan_coordinator", "officer", "stranger"])
def test_only_the_communitys_coordinator_writes_agreements(
    client, tha_li, local_alike, who, request
):
    from chumchon.network.models import Agreement

    client.force_login(request.getfixturevalue(who))
    response = client.post(
        "/en/manage/t-tha-li/partners/agreements/new/", agreement_post(local_alike)
    )
    assert response.status_code == 403
    assert Agreement.objects.count() == 0


def test_a_coordinator_makes_a_referral_link_for_a_partner(
    client, alike_agreement, local_alike, weaving, thali_coordinator
):
    from chumchon.network.models import ReferralCode

    client.force_login(thali_coordinator)
    response = client.post(
        "/en/manage/t-tha-li/partners/links/new/",
        {"partner": local_alike.pk, "offering": weaving.pk, "label": "Flyer"},
    )
    assert response.status_code == 302
    code = ReferralCode.objects.get(label="Flyer")
    assert code.partner == local_alike and code.offering == weaving
    assert client.get(code.get_absolute_url())["Location"].endswith("/offerings/weaving/")
    html = client.get("/en/manage/t-tha-li/partners/").content.decode()
    assert code.code in html


def test_an_agreement_with_net_rates_instead_of_a_commission(
    client, bo_tan, local_alike, waterfall_walk, botan_coordinator
):
    from chumchon.network.models import Agreement

    client.force_login(botan_coordinator)
    rates = {
        "rates-TOTAL_FORMS": "1",
        "rates-0-offering": str(waterfall_walk.pk),
        "rates-0-amount": "100000",
    }
    response = client.post(
        "/en/manage/t-bo-tan/partners/agreements/new/",
        agreement_post(local_alike, commission_percent="", all_offerings="", **rates),
    )
    assert response.status_code == 302
    agreement = Agreement.objects.get()
    assert agreement.uses_net_rates and not agreement.all_offerings
    assert [(r.offering, str(r.amount)) for r in agreement.net_rates.all()] == [
        (waterfall_walk, "100000.00")
    ]


@pytest.mark.parametrize(
    "commission, amount, message",
    [
        ("10", "100000", "either a commission or net rates"),
        ("", "", "or net rates below"),
        ("", "100000.50", "no such small units"),
    ],
)
def test_an_agreement_needs_one_clear_basis(
    client, bo_tan, local_alike, waterfall_walk, botan_coordinator, commission, amount, message
):
    from chumchon.network.models import Agreement

    client.force_login(botan_coordinator)
    rates = {"rates-TOTAL_FORMS": "1", "rates-0-offering": str(waterfall_walk.pk)}
    rates["rates-0-amount"] = amount
    response = client.post(
        "/en/manage/t-bo-tan/partners/agreements/new/",
        agreement_post(local_alike, commission_percent=commission, **rates),
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Agreement.objects.count() == 0


def test_a_net_rate_is_changed_on_the_agreement_page(
    client, bo_tan, local_alike, waterfall_walk, botan_coordinator
):
    import datetime as dt

    from chumchon.network.models import Agreement, NetRate

    agreement = Agreement.objects.create(
        community=bo_tan, partner=local_alike, all_offerings=False, valid_from=dt.date(2026, 1, 1)
    )
    rate = NetRate.objects.create(agreement=agreement, offering=waterfall_walk, amount=100000)
    client.force_login(botan_coordinator)
    page = client.get(f"/lo/manage/t-bo-tan/partners/agreements/{agreement.pk}/")
    assert 'value="100000' in page.content.decode()
    response = client.post(
        f"/en/manage/t-bo-tan/partners/agreements/{agreement.pk}/",
        agreement_post(
            local_alike,
            commission_percent="",
            **{
                "rates-TOTAL_FORMS": "1",
                "rates-INITIAL_FORMS": "1",
                "rates-0-id": str(rate.pk),
                "rates-0-agreement": str(agreement.pk),
                "rates-0-offering": str(waterfall_walk.pk),
                "rates-0-amount": "110000",
            },
        ),
    )
    assert response.status_code == 302
    rate.refresh_from_db()
    assert str(rate.amount) == "110000.00"
