import pytest
from django.test import Client

from chumchon.api.keys import create_key, revoke
from chumchon.bookings.models import Booking
from chumchon.octo.tests.conftest import Reseller, error_of

pytestmark = pytest.mark.django_db


def test_without_a_key_the_reseller_is_unauthorized(departure):
    response = Client().get("/octo/v1/products")
    assert response.status_code == 401
    assert response.json()["error"] == "UNAUTHORIZED"
    assert "Authorization: Bearer" in response.json()["errorMessage"]
    response = Client().get("/octo/v1/products", headers={"Authorization": "Basic abc"})
    assert error_of(response) == "UNAUTHORIZED"


@pytest.mark.parametrize("text", ["cc_nothing_here", "not-a-key", "cc_abcd1234_wrongsecret"])
def test_an_invalid_key_is_forbidden(text, departure):
    response = Client().get("/octo/v1/products", headers={"Authorization": f"Bearer {text}"})
    assert response.status_code == 403 and error_of(response) == "FORBIDDEN"


def test_a_revoked_key_is_forbidden(reseller, departure):
    revoke(reseller.key)
    assert error_of(reseller.get("/products")) == "FORBIDDEN"


def test_an_officers_key_cannot_sell(tha_li, departure):
    key, text = create_key(name="Officer", role="officer")
    response = Reseller(key, text).get("/products")
    assert response.status_code == 403 and error_of(response) == "FORBIDDEN"


def test_another_communitys_coordinator_key_may_neither_see_nor_book(botan_desk, departure):
    product_id = str(departure.offering_id)
    assert error_of(botan_desk.get(f"/products/{product_id}")) == "FORBIDDEN"
    response = botan_desk.post(
        "/availability", {"productId": product_id, "optionId": "DEFAULT", "localDate": "2026-12-01"}
    )
    assert error_of(response) == "FORBIDDEN"
    response = botan_desk.reserve(departure)
    assert response.status_code == 403 and error_of(response) == "FORBIDDEN"
    assert not Booking.objects.exists()
    assert botan_desk.get("/products").json() == []


def test_a_coordinator_key_sells_its_own_community(thali_desk, departure):
    response = thali_desk.reserve(departure)
    assert response.status_code == 200 and response.json()["status"] == "ON_HOLD"


def test_another_resellers_booking_is_forbidden(reseller, botan_desk, other_reseller, departure):
    held = reseller.reserve(departure).json()
    for stranger in (other_reseller, botan_desk):
        assert error_of(stranger.get(f"/bookings/{held['uuid']}")) == "FORBIDDEN"
        assert error_of(stranger.post(f"/bookings/{held['uuid']}/cancel")) == "FORBIDDEN"
        response = stranger.post(
            f"/bookings/{held['uuid']}/confirm", {"contact": {"fullName": "Mallory"}}
        )
        assert error_of(response) == "FORBIDDEN"
    assert reseller.get(f"/bookings/{held['uuid']}").json()["status"] == "ON_HOLD"


def test_a_test_key_is_answered_as_test_and_its_bookings_are_test_mode(
    test_reseller, reseller, departure
):
    response = test_reseller.reserve(departure)
    assert response["Octo-Env"] == "test" and response.json()["testMode"] is True
    assert reseller.get("/supplier")["Octo-Env"] == "live"
    assert reseller.reserve(departure).json()["testMode"] is False
