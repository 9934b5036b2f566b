import pytest

from chumchon.bookings.availability import remaining_in
from chumchon.bookings.models import Booking, BookingStatus, Slot
from chumchon.bookings.tests.conftest import make_slot
from chumchon.octo.tests.conftest import availability_id, error_of, minutes_from_now, shift_hold

pytestmark = pytest.mark.django_db


@pytest.fixture
def hold(reseller, departure):
    return reseller.reserve(departure, units=["adult", "adult"]).json()


def test_the_contact_notes_and_reference_can_be_changed(reseller, hold):
    contact = {
        "fullName": "John Doe",
        "firstName": "John",
        "lastName": "Doe",
        "emailAddress": "johndoe@email.com",
        "phoneNumber": "+00000000",
        "country": "GB",
        "notes": "Test notes contact",
        "locales": ["en"],
    }
    response = reseller.patch(
        f"/bookings/{hold['uuid']}",
        {"contact": contact, "notes": "Test note", "resellerReference": "R-9"},
    )
    assert response.status_code == 200, response.json()
    updated = response.json()
    assert updated["contact"] == {**contact, "postalCode": None}
    assert updated["notes"] == "Test note" and updated["resellerReference"] == "R-9"
    assert updated["status"] == "ON_HOLD"
    assert updated["unitItems"] == hold["unitItems"]
    booking = Booking.objects.get(uuid=hold["uuid"])
    assert booking.contact_email == "johndoe@email.com" and booking.reseller_reference == "R-9"


def test_moving_to_another_departure_frees_the_old_places(
    reseller, hold, departure, next_departure
):
    response = reseller.patch(
        f"/bookings/{hold['uuid']}", {"availabilityId": availability_id(next_departure)}
    )
    assert response.status_code == 200, response.json()
    moved = response.json()
    assert moved["availabilityId"] == availability_id(next_departure)
    assert moved["uuid"] == hold["uuid"]
    assert moved["supplierReference"] == hold["supplierReference"]
    assert moved["unitItems"] == hold["unitItems"]
    assert remaining_in(departure) == 5 and remaining_in(next_departure) == 3
    assert Booking.objects.count() == 1


def test_moving_to_a_full_departure_changes_nothing(
    reseller, other_reseller, hold, departure, next_departure
):
    other_reseller.reserve(next_departure, units=["adult"] * 4)
    response = reseller.patch(
        f"/bookings/{hold['uuid']}", {"availabilityId": availability_id(next_departure)}
    )
    assert error_of(response) == "UNPROCESSABLE_ENTITY"
    booking = Booking.objects.get(uuid=hold["uuid"])
    assert booking.items.get().slot == departure
    assert remaining_in(departure) == 3 and remaining_in(next_departure) == 1
    assert reseller.get(f"/bookings/{hold['uuid']}").json()["unitItems"] == hold["unitItems"]


def test_a_party_can_grow_into_the_places_it_already_holds(reseller, hold, departure):
    response = reseller.patch(f"/bookings/{hold['uuid']}", {"unitItems": [{"unitId": "adult"}] * 5})
    assert response.status_code == 200, response.json()
    assert len(response.json()["unitItems"]) == 5
    assert response.json()["pricing"]["retail"] == 175000
    assert remaining_in(departure) == 0


def test_unit_items_resent_with_their_uuid_keep_it(reseller, hold):
    kept = hold["unitItems"][0]["uuid"]
    response = reseller.patch(
        f"/bookings/{hold['uuid']}",
        {"unitItems": [{"unitId": "adult", "uuid": kept}, {"unitId": "child"}]},
    )
    items = response.json()["unitItems"]
    assert [i["unitId"] for i in items] == ["adult", "child"]
    assert items[0]["uuid"] == kept and items[1]["uuid"] != hold["unitItems"][1]["uuid"]


def test_the_product_can_be_changed(reseller, hold, departure, river_morning):
    response = reseller.patch(
        f"/bookings/{hold['uuid']}",
        {
            "productId": str(river_morning.offering_id),
            "optionId": "DEFAULT",
            "availabilityId": availability_id(river_morning),
            "unitItems": [{"unitId": "adult"}] * 3,
        },
    )
    assert response.status_code == 200, response.json()
    changed = response.json()
    assert changed["productId"] == str(river_morning.offering_id)
    assert changed["availabilityId"] == availability_id(river_morning)
    assert changed["pricing"]["retail"] == 75000
    assert remaining_in(departure) == 5 and remaining_in(river_morning) == 7


def test_a_new_product_needs_a_new_availability(reseller, hold, river_morning):
    response = reseller.patch(
        f"/bookings/{hold['uuid']}", {"productId": str(river_morning.offering_id)}
    )
    assert error_of(response) == "INVALID_AVAILABILITY_ID"


def test_a_confirmed_booking_moves_and_stays_confirmed(reseller, hold, departure, next_departure):
    reseller.post(f"/bookings/{hold['uuid']}/confirm", {"contact": {"fullName": "Jo"}})
    response = reseller.patch(
        f"/bookings/{hold['uuid']}", {"availabilityId": availability_id(next_departure)}
    )
    assert response.json()["status"] == "CONFIRMED"
    assert Booking.objects.get(uuid=hold["uuid"]).status == BookingStatus.CONFIRMED
    assert remaining_in(departure) == 5 and remaining_in(next_departure) == 3


def test_expiration_minutes_extend_a_hold(reseller, hold):
    response = reseller.patch(f"/bookings/{hold['uuid']}", {"expirationMinutes": 50})
    assert 49.5 < minutes_from_now(response.json()["utcExpiresAt"]) <= 50


def test_an_expired_hold_cannot_be_changed(reseller, hold):
    shift_hold(Booking.objects.get(uuid=hold["uuid"]), -1)
    response = reseller.patch(f"/bookings/{hold['uuid']}", {"notes": "late"})
    assert error_of(response) == "INVALID_BOOKING_UUID"


def test_a_cancelled_or_started_booking_cannot_be_changed(reseller, weaving, departure):
    cancelled = reseller.reserve(departure).json()
    reseller.post(f"/bookings/{cancelled['uuid']}/cancel")
    response = reseller.patch(f"/bookings/{cancelled['uuid']}", {"notes": "x"})
    assert error_of(response) == "UNPROCESSABLE_ENTITY"

    soon = make_slot(weaving, days=1)
    started = reseller.reserve(soon).json()
    reseller.post(f"/bookings/{started['uuid']}/confirm", {"contact": {"fullName": "Jo"}})
    Slot.objects.filter(pk=soon.pk).update(  # the day has come and gone
        starts_at=soon.starts_at.replace(year=2020), ends_at=soon.ends_at.replace(year=2020)
    )
    response = reseller.patch(f"/bookings/{started['uuid']}", {"notes": "x"})
    assert error_of(response) == "UNPROCESSABLE_ENTITY"
