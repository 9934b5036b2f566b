"""The partner API: a partner key sees its own agreements (net rates or commission, validity)
and its own sales with their commission, in the API's one error shape otherwise; bookings
made with its key, or with a referral code, carry the referral."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from chumchon.api.keys import create_key
from chumchon.bookings.models import ApiKey
from chumchon.bookings.tests.conftest import make_slot
from chumchon.ledger.tests.conftest import book, pay
from chumchon.network.models import (
    Agreement,
    NetRate,
    Partner,
    PartnerApiKey,
    PartnerKind,
    Referral,
    ReferralSource,
)
from chumchon.network.services import attach_referral
from chumchon.payments import services as payments


def key_client(partner=None, role="partner", community=None):
    key, text = create_key(name="test", role=role, community=community)
    if partner is not None:
        PartnerApiKey.objects.create(key=key, partner=partner)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {text}")
    client.key = key
    return client


@pytest.fixture
def alike_key(local_alike):
    return key_client(local_alike)


@pytest.fixture
def rival(db):
    return Partner.objects.create(slug="rival", kind=PartnerKind.AGENCY, name_en="Rival Tours")


def test_a_partner_key_reads_its_agreements_with_commission_and_validity(
    alike_key, alike_agreement, weaving
):
    data = alike_key.get("/api/v1/partner/agreements").json()
    assert data["partner"] == "local-alike"
    (agreement,) = data["agreements"]
    assert agreement["community"] == "t-tha-li"
    assert agreement["basis"] == "commission"
    assert agreement["commission_percent"] == "12.50"
    assert agreement["valid_from"] == "2020-01-01" and agreement["valid_to"] is None
    (offering,) = agreement["offerings"]
    assert offering["title"] == "Weaving"
    assert offering["retail_price_from"] == {"amount": "350.00", "currency": "THB"}


def test_net_rate_agreements_show_the_net_rate_per_offering(
    alike_key, bo_tan, local_alike, waterfall_walk
):
    agreement = Agreement.objects.create(
        community=bo_tan, partner=local_alike, valid_from=dt.date(2020, 1, 1)
    )
    NetRate.objects.create(agreement=agreement, offering=waterfall_walk, amount=Decimal("100000"))
    (row,) = alike_key.get("/api/v1/partner/agreements").json()["agreements"]
    assert row["basis"] == "net_rate" and row["commission_percent"] is None
    assert row["offerings"][0]["net_rate"] == {"amount": "100000", "currency": "LAK"}


def test_an_agreement_out_of_force_is_not_listed_but_can_be_asked_for_by_day(
    alike_key, tha_li, local_alike
):
    Agreement.objects.create(
        community=tha_li,
        partner=local_alike,
        commission_percent=5,
        valid_from=dt.date(2020, 1, 1),
        valid_to=dt.date(2020, 12, 31),
    )
    assert alike_key.get("/api/v1/partner/agreements").json()["agreements"] == []
    old = alike_key.get("/api/v1/partner/agreements?on=2020-06-01").json()["agreements"]
    assert [a["commission_percent"] for a in old] == ["5.00"]
    bad = alike_key.get("/api/v1/partner/agreements?on=June")
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "invalid"


def test_a_partner_never_sees_another_partners_agreements_or_sales(
    rival, alike_agreement, alike_code, weaving
):
    attach_referral(book(weaving, adults=2), alike_code)
    client = key_client(rival)
    assert client.get("/api/v1/partner/agreements").json()["agreements"] == []
    sales = client.get("/api/v1/partner/sales").json()
    assert sales["partner"] == "rival" and sales["sales"] == [] and sales["count"] == 0


@pytest.mark.parametrize(
    "caller, status, code",
    [
        ("anonymous", 401, "unauthorized"),
        ("unlinked_partner_key", 403, "forbidden"),
        ("coordinator_key", 403, "forbidden"),
        ("officer_key", 403, "forbidden"),
    ],
)
def test_only_a_linked_partner_key_may_call_the_partner_api(tha_li, caller, status, code):
    client = {
        "anonymous": lambda: APIClient(),
        "unlinked_partner_key": lambda: key_client(),
        "coordinator_key": lambda: key_client(role="coordinator", community=tha_li),
        "officer_key": lambda: key_client(role="officer"),
    }[caller]()
    for path in ("/api/v1/partner/agreements", "/api/v1/partner/sales"):
        response = client.get(path)
        assert response.status_code == status
        assert response.json()["error"]["code"] == code


def test_sales_list_the_referred_bookings_with_commission_credited_and_reversed(
    alike_key, tha_li, weaving, providers, alike_agreement, alike_code, captured
):
    kept = book(weaving, adults=2)
    attach_referral(kept, alike_code)
    captured(pay, kept)
    refunded = book(weaving, adults=1)
    attach_referral(refunded, alike_code)
    captured(pay, refunded)
    captured(payments.cancel_booking, refunded, reason="Storm", full_refund=True)
    data = alike_key.get("/api/v1/partner/sales").json()
    assert data["count"] == 2
    by_ref = {s["booking"]: s for s in data["sales"]}
    assert by_ref[kept.reference]["commission"] == {"amount": "87.50", "currency": "THB"}
    assert by_ref[kept.reference]["commission_credited"]["amount"] == "87.50"
    assert by_ref[kept.reference]["commission_reversed"]["amount"] == "0.00"
    assert by_ref[refunded.reference]["status"] == "cancelled"
    assert by_ref[refunded.reference]["commission_reversed"]["amount"] == "43.75"
    assert data["totals"] == [{"currency": "THB", "sold": "700.00", "commission": "87.50"}]


def test_the_partner_api_is_in_the_openapi_schema(db):
    schema = APIClient().get("/api/v1/schema", HTTP_ACCEPT="application/json")
    text = schema.content.decode()
    assert "/api/v1/partner/agreements" in text and "/api/v1/partner/sales" in text


# --- Bookings through the API and OCTO carry their referral ---------------------------------


def booking_body(slot, **extra):
    return {
        "items": [{"slot": slot.pk, "adults": 2}],
        "contact": {"name": "Anna", "email": "anna@example.org", "phone": ""},
        **extra,
    }


def test_a_partner_keys_booking_is_its_referral(alike_key, weaving, alike_agreement):
    slot = make_slot(weaving, capacity=10)
    response = alike_key.post("/api/v1/bookings", booking_body(slot), format="json")
    assert response.status_code == 201
    referral = Referral.objects.get(booking__reference=response.json()["reference"])
    assert referral.source == ReferralSource.API_KEY
    assert referral.partner.slug == "local-alike"
    assert str(referral.commission) == "87.50"


def test_a_referral_code_sent_with_an_api_booking_wins(
    tha_li, weaving, sister_agreements, botan_partner
):
    from chumchon.network.models import ReferralCode

    ReferralCode.objects.create(partner=botan_partner, code="FROMBOTAN")
    desk = key_client(role="coordinator", community=tha_li)
    slot = make_slot(weaving, capacity=10)
    response = desk.post(
        "/api/v1/bookings", booking_body(slot, referral="frombotan"), format="json"
    )
    assert response.status_code == 201
    referral = Referral.objects.get()
    assert referral.partner == botan_partner and referral.source == ReferralSource.LINK


def test_an_unknown_referral_code_is_refused_before_anything_is_held(alike_key, weaving):
    slot = make_slot(weaving, capacity=10)
    response = alike_key.post(
        "/api/v1/bookings", booking_body(slot, referral="NOPE"), format="json"
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid" and "referral" in error["fields"]
    assert not slot.items.exists()


def test_an_octo_reservation_with_a_partner_key_carries_the_referral(
    local_alike, weaving, alike_agreement
):
    from chumchon.octo.tests.conftest import Reseller

    key, text = create_key(name="Local Alike OCTO", role="partner")
    PartnerApiKey.objects.create(key=key, partner=local_alike)
    slot = make_slot(weaving, capacity=10)
    response = Reseller(key, text).reserve(slot, units=["adult", "adult"])
    assert response.status_code == 200
    referral = Referral.objects.get()
    assert referral.partner == local_alike and referral.source == ReferralSource.API_KEY


# --- createapikey --partner -------------------------------------------------------------------


def test_createapikey_links_a_partner_key_to_its_partner(local_alike, capsys):
    call_command("createapikey", "--role", "partner", "--partner", "local-alike")
    text = capsys.readouterr().out.strip()
    assert text.startswith("cc_")
    key = ApiKey.objects.get()
    assert key.partner_link.partner == local_alike


def test_createapikey_refuses_a_partner_for_another_role_or_an_unknown_slug(tha_li, local_alike):
    with pytest.raises(CommandError, match="--role partner"):
        call_command(
            "createapikey",
            "--role",
            "coordinator",
            "--community",
            tha_li.slug,
            "--partner",
            "local-alike",
        )
    with pytest.raises(CommandError, match="no partner"):
        call_command("createapikey", "--role", "partner", "--partner", "nobody")
    assert ApiKey.objects.count() == 0


def test_createapikey_without_a_partner_works_as_before(db, capsys):
    call_command("createapikey", "--role", "partner")
    key = ApiKey.objects.get()
    assert not PartnerApiKey.objects.filter(key=key).exists()
