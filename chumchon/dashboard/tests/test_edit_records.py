"""Coordinators edit households, places and prices; bad input changes nothing."""

import datetime as dt
from decimal import Decimal

from django.urls import reverse

from chumchon.communities.models import Household, Member
from chumchon.core.models import AuditEntry


def _household_post(**overrides):
    data = {
        "code": "TL-50",
        "name": "New family",
        "village": "Ban Tha Li",
        "address": "",
        "phone": "0811111111",
        "consent_given": "on",
        "consent_date": "2026-11-20",
        "notes": "",
        "is_active": "on",
        "members-TOTAL_FORMS": "1",
        "members-INITIAL_FORMS": "0",
        "members-0-name": "Noi",
        "members-0-gender": "female",
        "members-0-age_group": "18-24",
        "members-0-is_active": "on",
    }
    data.update(overrides)
    return data


def test_a_coordinator_adds_a_household_with_members_and_an_audit_entry(
    client, thali_coordinator, tha_li
):
    client.force_login(thali_coordinator)
    response = client.post(reverse("dashboard:household_new", args=["t-tha-li"]), _household_post())
    assert response.status_code == 302
    household = Household.objects.get(community=tha_li, code="TL-50")
    assert household.consent_date == dt.date(2026, 11, 20)
    assert list(household.members.values_list("name", "age_group")) == [("Noi", "18-24")]
    entry = AuditEntry.objects.get(action="household.created")
    assert entry.actor == thali_coordinator and entry.community == tha_li
    assert entry.object_id == str(household.pk)


def test_contact_details_without_consent_are_refused_and_nothing_is_saved(
    client, thali_coordinator
):
    client.force_login(thali_coordinator)
    response = client.post(
        reverse("dashboard:household_new", args=["t-tha-li"]),
        _household_post(consent_given="", consent_date=""),
    )
    assert response.status_code == 200
    assert "Keep no contact details" in response.content.decode()
    assert not Household.objects.filter(code="TL-50").exists()
    assert not Member.objects.filter(name="Noi").exists()
    assert not AuditEntry.objects.exists()


def test_a_duplicate_household_code_is_refused(client, thali_coordinator, household):
    client.force_login(thali_coordinator)
    response = client.post(
        reverse("dashboard:household_new", args=["t-tha-li"]), _household_post(code="TL-99")
    )
    assert response.status_code == 200
    assert Household.objects.filter(code="TL-99").count() == 1


def test_errors_come_in_the_users_language(client, thali_coordinator):
    client.force_login(thali_coordinator)
    response = client.post(
        reverse("dashboard:household_new", args=["t-tha-li"]).replace("/en/", "/th/"),
        _household_post(consent_given="", consent_date=""),
    )
    assert response.status_code == 200
    assert "Keep no contact details" not in response.content.decode()
    assert "ข้อมูลติดต่อ" in response.content.decode()


def test_a_coordinator_changes_a_price(client, thali_coordinator, weaving):
    client.force_login(thali_coordinator)
    tiers = list(weaving.price_tiers.order_by("kind"))
    data = {
        "capacity": "8",
        "min_guests": "1",
        "duration_minutes": "120",
        "stock": "",
        "is_published": "on",
        "tiers-TOTAL_FORMS": "2",
        "tiers-INITIAL_FORMS": "2",
    }
    for i, tier in enumerate(tiers):
        data.update(
            {
                f"tiers-{i}-id": tier.pk,
                f"tiers-{i}-kind": tier.kind,
                f"tiers-{i}-amount": "400" if tier.kind == "adult" else "200",
                f"tiers-{i}-group_size": "",
            }
        )
    response = client.post(reverse("dashboard:offering_edit", args=["t-tha-li", weaving.pk]), data)
    assert response.status_code == 302
    assert weaving.price_tiers.get(kind="adult").amount == Decimal("400")
    assert AuditEntry.objects.filter(action="offering.changed").count() == 1


def test_kip_prices_cannot_have_fractions(client, botan_coordinator, bo_tan):
    from chumchon.catalog.models import Offering

    offering = Offering.objects.create(
        community=bo_tan, kind="activity", slug="trek", title_en="Trek"
    )
    client.force_login(botan_coordinator)
    data = {
        "capacity": "8",
        "min_guests": "1",
        "duration_minutes": "",
        "stock": "",
        "is_published": "on",
        "tiers-TOTAL_FORMS": "1",
        "tiers-INITIAL_FORMS": "0",
        "tiers-0-kind": "adult",
        "tiers-0-amount": "150000.50",
        "tiers-0-group_size": "",
    }
    response = client.post(reverse("dashboard:offering_edit", args=["t-bo-tan", offering.pk]), data)
    assert response.status_code == 200
    assert "This currency has no such small units" in response.content.decode()
    assert not offering.price_tiers.exists()


def test_a_coordinator_corrects_a_place_on_the_map(client, thali_coordinator, temple):
    client.force_login(thali_coordinator)
    data = {
        "latitude": "17.630001",
        "longitude": "101.419999",
        "visit_minutes": "60",
        "is_published": "on",
        "hours-TOTAL_FORMS": "0",
        "hours-INITIAL_FORMS": "0",
    }
    # Existing hours rows are unbound here, so send them back as they are.
    hours = list(temple.opening_hours.all())
    data["hours-TOTAL_FORMS"] = str(len(hours))
    data["hours-INITIAL_FORMS"] = str(len(hours))
    for i, h in enumerate(hours):
        data.update(
            {
                f"hours-{i}-id": h.pk,
                f"hours-{i}-weekday": h.weekday,
                f"hours-{i}-opens": "08:00",
                f"hours-{i}-closes": "17:00",
            }
        )
    response = client.post(reverse("dashboard:place_edit", args=["t-tha-li", temple.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    temple.refresh_from_db()
    assert temple.latitude == Decimal("17.630001")


def test_an_impossible_latitude_is_refused(client, thali_coordinator, temple):
    client.force_login(thali_coordinator)
    data = {
        "latitude": "97",
        "longitude": "101.4",
        "visit_minutes": "60",
        "hours-TOTAL_FORMS": "0",
        "hours-INITIAL_FORMS": "0",
    }
    response = client.post(reverse("dashboard:place_edit", args=["t-tha-li", temple.pk]), data)
    assert response.status_code == 200
    temple.refresh_from_db()
    assert temple.latitude == Decimal("17.62")
