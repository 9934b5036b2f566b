"""The coordinator's delivery log at /<lang>/manage/<slug>/webhooks/."""

import pytest

from chumchon.core.models import AuditEntry
from chumchon.webhooks.models import Delivery
from chumchon.webhooks.tests.conftest import book

pytestmark = pytest.mark.django_db

URL = "/en/manage/t-tha-li/webhooks/"


@pytest.fixture
def failed(endpoint, receiver, slot, partner_key, django_capture_on_commit_callbacks):
    """A held booking whose webhook got a 500."""
    receiver.statuses = [500]
    with django_capture_on_commit_callbacks(execute=True):
        booking = book(slot, partner_key)
    return Delivery.objects.get(booking=booking)


def test_the_coordinator_reads_the_log_of_the_communitys_bookings(
    client, thali_coordinator, failed
):
    client.force_login(thali_coordinator)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "127.0.0.1" in html and "Local Alike" in html
    assert failed.booking.reference in html
    assert "Booking held" in html and "HTTP 500" in html and "Failed, will retry" in html
    assert f"/en/manage/t-tha-li/webhooks/{failed.uuid}/retry/" in html
    # The secret and the full URL (which may hold credentials) are never shown.
    assert failed.endpoint.secret not in html and "/hooks" not in html


def test_the_log_can_be_filtered_by_state(client, thali_coordinator, failed):
    client.force_login(thali_coordinator)
    assert failed.booking.reference not in client.get(URL + "?state=delivered").content.decode()
    assert failed.booking.reference in client.get(URL + "?state=failed").content.decode()


def test_the_coordinator_sends_a_failed_delivery_again(
    client, thali_coordinator, failed, receiver, django_capture_on_commit_callbacks
):
    client.force_login(thali_coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{URL}{failed.uuid}/retry/")
    assert response.status_code == 302 and response["Location"] == URL
    failed.refresh_from_db()
    assert failed.state == Delivery.State.DELIVERED and failed.attempts == 2
    assert AuditEntry.objects.filter(action="webhook.retried", actor=thali_coordinator).exists()


def test_a_delivered_event_is_not_sent_again_from_the_page(
    client, thali_coordinator, failed, receiver, django_capture_on_commit_callbacks
):
    Delivery.objects.filter(pk=failed.pk).update(state=Delivery.State.DELIVERED)
    client.force_login(thali_coordinator)
    client.post(f"{URL}{failed.uuid}/retry/")
    assert len(receiver.requests) == 1


@pytest.mark.parametrize("who", ["officer", "botan_coordinator", "stranger"])
def test_others_may_not_read_or_retry(client, who, request, failed):
    client.force_login(request.getfixturevalue(who))
    assert client.get(URL).status_code == 403
    assert client.post(f"{URL}{failed.uuid}/retry/").status_code == 403
    failed.refresh_from_db()
    assert failed.attempts == 1


def test_a_delivery_of_another_community_cannot_be_retried_here(client, botan_coordinator, failed):
    client.force_login(botan_coordinator)
    assert client.post(f"/en/manage/t-bo-tan/webhooks/{failed.uuid}/retry/").status_code == 404


def test_a_visitor_is_asked_to_sign_in(client, failed):
    response = client.get(URL)
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_treasurer_reads_the_log_too(client, thali_treasurer, failed):
    client.force_login(thali_treasurer)
    assert client.get(URL).status_code == 200


def test_a_test_ping_of_the_communitys_own_key_is_in_its_log(
    client, thali_coordinator, thali_key, receiver, local_urls, django_capture_on_commit_callbacks
):
    from chumchon.webhooks import services

    endpoint = services.register_endpoint(thali_key, url=receiver.url)
    with django_capture_on_commit_callbacks(execute=True):
        services.send_ping(endpoint)
    client.force_login(thali_coordinator)
    html = client.get(URL).content.decode()
    assert "Test" in html and "Delivered" in html and "Tha Li desk" in html
