import datetime as dt

import pytest
from django.utils import timezone

from chumchon.api.tests.conftest import error_of
from chumchon.bookings.models import Slot
from chumchon.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def _next_year_at_nine():
    return f"{timezone.localdate().year + 1}-01-15T09:00:00+07:00"


def add(client, offering, starts_at=None, capacity=5):
    return client.post(
        f"/api/v1/offerings/{offering.id}/slots",
        {"starts_at": starts_at or _next_year_at_nine(), "capacity": capacity},
        format="json",
    )


def test_a_coordinator_key_adds_a_slot_that_ends_after_the_offerings_duration(thali_desk, weaving):
    response = add(thali_desk, weaving)
    assert response.status_code == 201
    slot = Slot.objects.get(offering=weaving)
    year = timezone.localdate().year + 1
    assert response.json() == {
        "id": slot.id,
        "offering": weaving.id,
        "starts_at": f"{year}-01-15T09:00:00+07:00",
        "ends_at": f"{year}-01-15T11:00:00+07:00",
        "capacity": 5,
        "remaining": 5,
        "bookable": True,
        "closed_reason": "",
    }
    assert AuditEntry.objects.filter(action="slot.created", community=weaving.community).exists()


def test_a_homestay_night_ends_at_check_out_the_next_morning(thali_desk, tha_li):
    from chumchon.catalog.models import Offering

    room = Offering.objects.create(
        community=tha_li, kind="homestay", slug="room", title_en="Room", capacity=2, beds=2
    )
    year = timezone.localdate().year + 1
    response = add(thali_desk, room, f"{year}-01-15T14:00:00+07:00", capacity=1)
    assert response.json()["ends_at"] == f"{year}-01-16T11:00:00+07:00"


def test_a_signed_in_coordinator_adds_a_slot(signed_in, thali_coordinator, weaving):
    assert add(signed_in(thali_coordinator), weaving).status_code == 201


def test_a_second_slot_at_the_same_time_is_a_conflict(thali_desk, weaving):
    add(thali_desk, weaving)
    response = add(thali_desk, weaving, capacity=9)
    assert response.status_code == 409
    assert error_of(response)["code"] == "slot_exists"
    assert Slot.objects.get(offering=weaving).capacity == 5


def test_a_slot_in_the_past_is_refused(thali_desk, weaving):
    yesterday = (timezone.localtime() - dt.timedelta(days=1)).isoformat()
    response = add(thali_desk, weaving, yesterday)
    assert response.status_code == 400
    error = error_of(response)
    assert error["code"] == "invalid"
    assert error["fields"] == {"starts_at": ["This date or time has already passed."]}
    assert not Slot.objects.exists()


@pytest.mark.parametrize("capacity", [0, -1, "many", None])
def test_a_slot_needs_at_least_one_place(thali_desk, weaving, capacity):
    response = add(thali_desk, weaving, capacity=capacity)
    assert response.status_code == 400
    assert list(error_of(response)["fields"]) == ["capacity"]


def test_products_have_no_slots(thali_desk, tha_li):
    from chumchon.catalog.models import Offering

    basket = Offering.objects.create(
        community=tha_li, kind="product", slug="basket", title_en="Basket", stock=3
    )
    response = add(thali_desk, basket)
    assert response.status_code == 400 and error_of(response)["code"] == "not_schedulable"


@pytest.mark.parametrize("caller", ["partner", "botan_desk", "officer_key", "signed_in_treasurer"])
def test_only_the_communitys_coordinators_add_slots(request, caller, weaving, signed_in):
    if caller == "signed_in_treasurer":
        client = signed_in(request.getfixturevalue("thali_treasurer"))
    else:
        client = request.getfixturevalue(caller)
    response = add(client, weaving)
    assert response.status_code == 403
    assert error_of(response)["code"] == "forbidden"
    assert not Slot.objects.exists()


def test_without_a_key_nobody_adds_slots(anonymous, forged, weaving):
    assert error_of(add(anonymous, weaving))["code"] == "unauthorized"
    assert error_of(add(forged, weaving))["code"] == "invalid_key"
    assert not Slot.objects.exists()
