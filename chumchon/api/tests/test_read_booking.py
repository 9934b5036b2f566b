import datetime as dt

import pytest
from django.utils import timezone

from chumchon.api.tests.conftest import error_of
from chumchon.bookings.models import Booking

pytestmark = pytest.mark.django_db


def read(client, booking):
    return client.get(f"/api/v1/bookings/{booking.reference}")


def test_a_partner_reads_its_own_booking(partner, partner_booking):
    response = read(partner, partner_booking)
    assert response.status_code == 200
    body = response.json()
    assert body["reference"] == partner_booking.reference
    assert body["status"] == "pending_payment"
    assert body["total"] == {"amount": "900.00", "currency": "THB"}
    assert body["contact"]["email"] == "anna@example.org"


def test_the_reference_may_be_typed_in_lower_case(partner, partner_booking):
    response = partner.get(f"/api/v1/bookings/{partner_booking.reference.lower()}")
    assert response.status_code == 200


@pytest.mark.parametrize(
    "caller, status",
    [
        ("partner", 200),
        ("thali_desk", 200),
        ("officer_key", 200),
        ("other_partner", 403),
        ("botan_desk", 403),
    ],
)
def test_who_reads_a_booking(request, partner_booking, caller, status):
    response = read(request.getfixturevalue(caller), partner_booking)
    assert response.status_code == status
    if status == 403:
        assert error_of(response)["code"] == "forbidden"


@pytest.mark.parametrize(
    "person, status",
    [
        ("thali_coordinator", 200),
        ("thali_treasurer", 200),
        ("officer", 200),
        ("botan_coordinator", 403),
        ("stranger", 403),
    ],
)
def test_who_reads_a_booking_when_signed_in(request, signed_in, partner_booking, person, status):
    response = read(signed_in(request.getfixturevalue(person)), partner_booking)
    assert response.status_code == status


def test_a_programme_officer_sees_no_contact_details_or_private_link(
    officer_key, signed_in, officer, partner_booking
):
    for client in (officer_key, signed_in(officer)):
        body = read(client, partner_booking).json()
        assert body["contact"] is None and body["url"] is None
        assert body["total"] == {"amount": "900.00", "currency": "THB"}


def test_no_key_forged_key_and_unknown_reference(anonymous, forged, partner, partner_booking):
    assert error_of(read(anonymous, partner_booking))["code"] == "unauthorized"
    assert error_of(read(forged, partner_booking))["code"] == "invalid_key"
    response = partner.get("/api/v1/bookings/NOSUCH9")
    assert response.status_code == 404 and error_of(response)["code"] == "not_found"


def test_a_hold_past_its_time_reads_as_expired_without_payment_instructions(
    partner, partner_booking
):
    Booking.objects.filter(pk=partner_booking.pk).update(
        expires_at=timezone.now() - dt.timedelta(minutes=1)
    )
    body = read(partner, partner_booking).json()
    assert body["status"] == "expired" and body["payment"] is None
