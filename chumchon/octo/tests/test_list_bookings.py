import pytest

from chumchon.octo.tests.conftest import error_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def bookings(reseller, other_reseller, departure, next_departure):
    mine = reseller.reserve(departure, resellerReference="MT-1").json()
    later = reseller.reserve(next_departure, resellerReference="MT-2").json()
    theirs = other_reseller.reserve(departure, resellerReference="MT-1").json()
    return mine, later, theirs


def uuids(response):
    assert response.status_code == 200, response.json()
    return [b["uuid"] for b in response.json()]


def test_listing_needs_a_filter(reseller, bookings):
    response = reseller.get("/bookings")
    assert response.status_code == 400 and error_of(response) == "BAD_REQUEST"


def test_bookings_are_found_by_reseller_reference_among_the_resellers_own(reseller, bookings):
    mine, _later, _theirs = bookings
    assert uuids(reseller.get("/bookings", {"resellerReference": "MT-1"})) == [mine["uuid"]]


def test_bookings_are_found_by_supplier_reference(reseller, bookings):
    mine, _later, theirs = bookings
    found = reseller.get("/bookings", {"supplierReference": mine["supplierReference"].lower()})
    assert uuids(found) == [mine["uuid"]]
    assert (
        uuids(reseller.get("/bookings", {"supplierReference": theirs["supplierReference"]})) == []
    )


def test_bookings_are_found_by_local_date_and_date_range(reseller, bookings, departure):
    mine, later, _theirs = bookings
    day = mine["availabilityId"][:10]
    assert uuids(reseller.get("/bookings", {"localDate": day})) == [mine["uuid"]]
    both = reseller.get(
        "/bookings", {"localDateStart": day, "localDateEnd": later["availabilityId"][:10]}
    )
    assert uuids(both) == [mine["uuid"], later["uuid"]]
    response = reseller.get("/bookings", {"localDateStart": day})
    assert error_of(response) == "BAD_REQUEST"


def test_a_product_filter_narrows_the_list(reseller, bookings, river_morning):
    mine, later, _theirs = bookings
    found = reseller.get("/bookings", {"resellerReference": "MT-2", "productId": mine["productId"]})
    assert uuids(found) == [later["uuid"]]
    found = reseller.get(
        "/bookings",
        {"resellerReference": "MT-2", "productId": str(river_morning.offering_id)},
    )
    assert uuids(found) == []
