"""Coordinators manage their promotion codes on a phone page; officers only read them."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from chumchon.core.models import AuditEntry
from chumchon.marketing.models import PromoCode

LIST = "/en/manage/t-tha-li/promotions/"
NEW = "/en/manage/t-tha-li/promotions/new/"


def _form(**changes):
    data = {
        "code": "school25",
        "description": "Loei schools",
        "kind": "percent",
        "percent": "25",
        "amount": "",
        "valid_from": "2026-01-01T00:00",
        "valid_to": "2027-12-31T00:00",
        "max_redemptions": "10",
        "min_guests": "",
        "min_total": "",
        "is_active": "on",
    }
    data.update(changes)
    return data


def test_the_coordinator_creates_a_code(client, thali_coordinator, tha_li, weaving):
    client.force_login(thali_coordinator)
    response = client.post(NEW, _form(offerings=[weaving.pk]))
    assert response.status_code == 302
    promo = PromoCode.objects.get()
    assert (promo.code, promo.percent, promo.amount) == ("SCHOOL25", Decimal("25"), None)
    assert list(promo.offerings.all()) == [weaving]
    assert promo.created_by == thali_coordinator
    assert AuditEntry.objects.get(action="promo.created").actor == thali_coordinator
    html = client.get(LIST).content.decode()
    assert "SCHOOL25" in html and "0 of 10 used" in html


def test_a_fixed_amount_needs_an_amount_the_currency_can_pay(client, botan_coordinator, bo_tan):
    client.force_login(botan_coordinator)
    url = "/en/manage/t-bo-tan/promotions/new/"
    response = client.post(url, _form(kind="amount", percent="", amount="100.50"))
    assert response.status_code == 200  # kip has no smaller units
    assert not PromoCode.objects.exists()
    assert client.post(url, _form(kind="amount", percent="", amount="20000")).status_code == 302
    assert PromoCode.objects.get().amount == Decimal("20000")


def test_codes_are_unique_per_community_whatever_the_case(
    client, thali_coordinator, tha_li, bo_tan
):
    PromoCode.objects.create(community=tha_li, code="SCHOOL25", kind="percent", percent=5)
    PromoCode.objects.create(community=bo_tan, code="LAO", kind="percent", percent=5)
    client.force_login(thali_coordinator)
    assert client.post(NEW, _form(code="School25")).status_code == 200
    assert client.post(NEW, _form(code="lao")).status_code == 302  # Bo Tan's is another code


def test_the_end_must_follow_the_start(client, thali_coordinator, tha_li):
    client.force_login(thali_coordinator)
    response = client.post(NEW, _form(valid_to="2025-01-01T00:00"))
    assert response.status_code == 200
    assert not PromoCode.objects.exists()


def test_switching_a_code_off_is_logged(client, thali_coordinator, tha_li):
    promo = PromoCode.objects.create(
        community=tha_li,
        code="OLD",
        kind="percent",
        percent=5,
        valid_from=timezone.now() - dt.timedelta(days=1),
    )
    client.force_login(thali_coordinator)
    data = _form(code="OLD", percent="5")
    del data["is_active"]
    client.post(f"/en/manage/t-tha-li/promotions/{promo.pk}/", data)
    promo.refresh_from_db()
    assert not promo.is_active
    assert "is_active" in AuditEntry.objects.get(action="promo.changed").data["fields"]


def test_an_officer_reads_the_list_but_cannot_create(client, officer, tha_li):
    PromoCode.objects.create(community=tha_li, code="SEEN", kind="percent", percent=5)
    client.force_login(officer)
    html = client.get(LIST).content.decode()
    assert "SEEN" in html and "New code" not in html
    assert client.post(NEW, _form()).status_code == 403


@pytest.mark.parametrize("actor", ["botan_coordinator", "stranger"])
def test_others_see_nothing(client, request, tha_li, actor):
    client.force_login(request.getfixturevalue(actor))
    assert client.get(LIST).status_code == 403
    assert client.post(NEW, _form()).status_code == 403
    assert not PromoCode.objects.exists()
