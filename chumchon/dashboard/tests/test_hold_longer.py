"""A coordinator holds a booking's places longer for a guest who pays on arrival."""

import datetime as dt

import pytest
from django.utils import timezone

from chumchon.bookings.models import Booking
from chumchon.bookings.services import ItemRequest, hold_places
from chumchon.bookings.tests.conftest import make_slot
from chumchon.core.models import AuditEntry
from chumchon.dashboard.tests.conftest import ANONYMOUS, manage_url

pytestmark = pytest.mark.django_db


def test_a_coordinator_holds_the_places_for_a_day_and_it_is_logged(
    as_user, thali_coordinator, held
):
    response = as_user(thali_coordinator).post(
        manage_url("hold_longer", "t-tha-li", held.reference), {"hours": "24"}
    )
    assert response.status_code == 302
    held.refresh_from_db()
    # The slot starts in three days, so a whole day fits.
    assert held.expires_at - timezone.now() == pytest.approx(
        dt.timedelta(hours=24), abs=dt.timedelta(seconds=30)
    )
    entry = AuditEntry.objects.get(action="booking.hold_extended")
    assert entry.actor == thali_coordinator and entry.data["minutes"] == 24 * 60


def test_a_hold_never_runs_past_the_visit(as_user, thali_coordinator, weaving, anna):
    tomorrow = make_slot(weaving, days=1)
    booking = hold_places([ItemRequest(slot_id=tomorrow.id, adults=2)], anna)
    as_user(thali_coordinator).post(
        manage_url("hold_longer", "t-tha-li", booking.reference), {"hours": "72"}
    )
    booking.refresh_from_db()
    assert booking.expires_at <= tomorrow.starts_at
    assert tomorrow.starts_at - booking.expires_at < dt.timedelta(minutes=2)


def test_an_unlisted_length_is_refused_and_changes_nothing(as_user, thali_coordinator, held):
    before = held.expires_at
    response = as_user(thali_coordinator).post(
        manage_url("hold_longer", "t-tha-li", held.reference), {"hours": "9999"}, follow=True
    )
    assert "Choose how long to hold the places." in response.content.decode()
    assert Booking.objects.get(pk=held.pk).expires_at == before


def test_a_paid_booking_has_nothing_to_hold(as_user, thali_coordinator, confirmed):
    response = as_user(thali_coordinator).post(
        manage_url("hold_longer", "t-tha-li", confirmed.reference), {"hours": "2"}, follow=True
    )
    confirmed.refresh_from_db()
    assert confirmed.expires_at is None
    assert response.status_code == 200


@pytest.mark.parametrize(
    "actor, status",
    [("thali_treasurer", 403), ("botan_coordinator", 403), ("officer", 403), (ANONYMOUS, 302)],
    indirect=["actor"],
)
def test_only_the_communitys_coordinator_may_hold_longer(as_user, actor, status, held):
    before = held.expires_at
    response = as_user(actor).post(
        manage_url("hold_longer", "t-tha-li", held.reference), {"hours": "24"}
    )
    assert response.status_code == status
    assert Booking.objects.get(pk=held.pk).expires_at == before


def test_the_detail_page_offers_the_choice_only_while_held(as_user, thali_coordinator, held):
    page = as_user(thali_coordinator).get(manage_url("detail", "t-tha-li", held.reference))
    assert manage_url("hold_longer", "t-tha-li", held.reference) in page.content.decode()
