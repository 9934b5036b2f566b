"""A client that times out and retries at once sends the same request twice, concurrently."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from chumchon.api.tests.conftest import book
from chumchon.bookings.availability import remaining_in
from chumchon.bookings.models import Booking


@pytest.mark.django_db(transaction=True)
def test_simultaneous_retries_with_one_idempotency_key_make_one_booking(partner, slot):
    def attempt(_):
        try:
            response = book(partner, slot, key="retry-me", adults=1, children=0)
            return response.status_code, response.json().get("reference")
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(attempt, range(6)))
    assert {status for status, _ in results} == {201}
    assert len({reference for _, reference in results}) == 1
    assert Booking.objects.count() == 1
    assert remaining_in(slot) == 4
