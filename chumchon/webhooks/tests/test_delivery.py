import datetime as dt
import json

import pytest
from django.utils import timezone

from chumchon.bookings.services import confirm_booking
from chumchon.webhooks import services, signing, tasks
from chumchon.webhooks.models import Delivery
from chumchon.webhooks.tests.conftest import book

pytestmark = pytest.mark.django_db


def confirmed(slot, key, capture):
    with capture(execute=True):
        booking = book(slot, key)
    with capture(execute=True):
        confirm_booking(booking)
    return booking


def test_a_confirmed_booking_is_posted_signed_to_the_partner(
    endpoint, receiver, slot, partner_key, django_capture_on_commit_callbacks
):
    booking = confirmed(slot, partner_key, django_capture_on_commit_callbacks)
    assert len(receiver.requests) == 2  # held, then confirmed
    path, headers, body = receiver.requests[1]
    assert path == "/hooks"
    event = json.loads(body)
    assert event["type"] == "booking.confirmed"
    assert event["data"]["reference"] == booking.reference
    assert event["data"]["status"] == "confirmed"
    assert event["data"]["contact"]["email"] == "anna@example.org"
    assert set(event) == {"id", "type", "created", "data"}
    assert headers["Chumchon-Event-Id"] == event["id"]
    assert headers["Chumchon-Event-Type"] == "booking.confirmed"
    assert headers["Chumchon-Delivery-Attempt"] == "1"
    assert headers["Content-Type"] == "application/json"
    assert signing.verify(endpoint.secret, headers["Chumchon-Signature"], body)
    delivery = Delivery.objects.get(uuid=event["id"])
    assert delivery.state == Delivery.State.DELIVERED
    assert delivery.attempts == 1 and delivery.last_status_code == 200
    assert delivery.response_snippet == '{"received": true}'
    assert delivery.delivered_at is not None and delivery.next_attempt_at is None
    assert delivery.community_id == booking.community_id


def test_the_payload_is_the_booking_as_the_api_returns_it(
    endpoint, receiver, slot, partner_key, django_capture_on_commit_callbacks
):
    from rest_framework.test import APIClient

    from chumchon.api.keys import create_key

    booking = confirmed(slot, partner_key, django_capture_on_commit_callbacks)
    event = json.loads(receiver.requests[1][2])
    # The same key reads it back through the API: the same fields and values.
    _, text = create_key(name="reader", role="coordinator", community=booking.community)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {text}")
    api = client.get(f"/api/v1/bookings/{booking.reference}").json()
    assert set(event["data"]) == set(api)
    for field in ("reference", "status", "total", "items", "contact", "confirmed_at"):
        assert event["data"][field] == api[field], field


def test_a_failed_delivery_is_retried_with_back_off(
    endpoint, receiver, slot, partner_key, django_capture_on_commit_callbacks
):
    receiver.statuses = [500]
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        book(slot, partner_key)
    delivery = Delivery.objects.get(event_type="booking.held")
    assert delivery.state == Delivery.State.FAILED
    assert delivery.attempts == 1 and delivery.last_status_code == 500
    assert delivery.response_snippet == "boom"
    wait = delivery.next_attempt_at - before
    assert dt.timedelta(seconds=54) <= wait <= dt.timedelta(seconds=67)

    # Not due yet: the sweep leaves it alone.
    assert services.send_due() == 0
    assert len(receiver.requests) == 1

    later = delivery.next_attempt_at + dt.timedelta(seconds=1)
    result = services.attempt(delivery.pk, now=later)
    assert result.state == Delivery.State.DELIVERED
    path, headers, _ = receiver.requests[1]
    assert headers["Chumchon-Delivery-Attempt"] == "2"
    # The same event id on every attempt, so that the receiver can drop duplicates.
    assert headers["Chumchon-Event-Id"] == str(delivery.uuid)


def test_each_failure_waits_longer_until_the_delivery_is_given_up(
    endpoint, receiver, slot, partner_key, django_capture_on_commit_callbacks
):
    receiver.statuses = [503] * 10
    with django_capture_on_commit_callbacks(execute=True):
        book(slot, partner_key)
    delivery = Delivery.objects.get(event_type="booking.held")
    waits = []
    for _ in range(services.MAX_ATTEMPTS - 1):
        delivery.refresh_from_db()
        assert delivery.state == Delivery.State.FAILED
        waits.append((delivery.next_attempt_at - delivery.last_attempt_at).total_seconds())
        services.attempt(delivery.pk, now=delivery.next_attempt_at)
    delivery.refresh_from_db()
    assert delivery.state == Delivery.State.DEAD
    assert delivery.attempts == services.MAX_ATTEMPTS == 6
    assert delivery.next_attempt_at is None
    for wait, base in zip(waits, (60, 300, 1800, 7200, 43200), strict=True):
        assert base * 0.9 <= wait <= base * 1.1
    # Given up: nothing is sent any more, due or not.
    assert services.attempt(delivery.pk, now=timezone.now() + dt.timedelta(days=9)) is None
    assert len(receiver.requests) == 6


def test_a_delivered_event_is_never_sent_again(
    endpoint, receiver, slot, partner_key, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        book(slot, partner_key)
    delivery = Delivery.objects.get(event_type="booking.held")
    assert delivery.state == Delivery.State.DELIVERED
    # A late scheduled retry, the sweep and a person's retry all find nothing to send.
    assert services.attempt(delivery.pk, now=timezone.now() + dt.timedelta(hours=1)) is None
    assert services.send_due(now=timezone.now() + dt.timedelta(hours=1)) == 0
    with pytest.raises(services.WebhookError) as refused:
        services.retry_delivery(delivery)
    assert refused.value.code == "already_delivered"
    assert len(receiver.requests) == 1


def test_an_unreachable_receiver_is_a_failure_with_its_error(
    partner_key, local_urls, slot, django_capture_on_commit_callbacks
):
    endpoint = services.register_endpoint(partner_key, url="http://127.0.0.1:9/none", events=["*"])
    with django_capture_on_commit_callbacks(execute=True):
        book(slot, partner_key)
    delivery = endpoint.deliveries.get()
    assert delivery.state == Delivery.State.FAILED
    assert delivery.last_status_code is None
    assert "Connection" in delivery.last_error or "refused" in delivery.last_error


def test_a_redirect_is_not_followed(
    endpoint, receiver, slot, partner_key, django_capture_on_commit_callbacks
):
    receiver.statuses = [302]
    with django_capture_on_commit_callbacks(execute=True):
        book(slot, partner_key)
    assert endpoint.deliveries.get().state == Delivery.State.FAILED


def test_an_endpoint_without_retries_gives_up_at_once(
    partner_key, receiver, local_urls, slot, django_capture_on_commit_callbacks
):
    endpoint = services.register_endpoint(
        partner_key, url=receiver.url, events=["*"], retry_on_error=False
    )
    receiver.statuses = [500]
    with django_capture_on_commit_callbacks(execute=True):
        book(slot, partner_key)
    assert endpoint.deliveries.get().state == Delivery.State.DEAD


def test_the_sweep_sends_due_retries(
    endpoint, receiver, slot, partner_key, django_capture_on_commit_callbacks
):
    receiver.statuses = [500]
    with django_capture_on_commit_callbacks(execute=True):
        book(slot, partner_key)
    delivery = endpoint.deliveries.get()
    Delivery.objects.filter(pk=delivery.pk).update(
        next_attempt_at=timezone.now() - dt.timedelta(seconds=1)
    )
    assert tasks.send_due() == 1
    delivery.refresh_from_db()
    assert delivery.state == Delivery.State.DELIVERED and delivery.attempts == 2


def test_with_a_worker_a_retry_is_queued_for_its_time(
    endpoint, receiver, slot, partner_key, monkeypatch, django_capture_on_commit_callbacks
):
    queued = []
    monkeypatch.setattr(services, "_is_eager", lambda: False)
    monkeypatch.setattr(tasks.deliver, "delay", lambda *args: tasks.deliver.run(*args))
    monkeypatch.setattr(
        tasks.deliver, "apply_async", lambda args, eta=None, **kw: queued.append((args, eta))
    )
    receiver.statuses = [500]
    with django_capture_on_commit_callbacks(execute=True):
        book(slot, partner_key)
    delivery = endpoint.deliveries.get()
    assert queued == [((delivery.pk,), delivery.next_attempt_at)]


def test_a_person_can_send_a_given_up_delivery_again(
    endpoint, receiver, slot, partner_key, django_capture_on_commit_callbacks
):
    receiver.statuses = [500]
    with django_capture_on_commit_callbacks(execute=True):
        book(slot, partner_key)
    delivery = endpoint.deliveries.get()
    Delivery.objects.filter(pk=delivery.pk).update(state=Delivery.State.DEAD, next_attempt_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        services.retry_delivery(delivery)
    delivery.refresh_from_db()
    assert delivery.state == Delivery.State.DELIVERED and delivery.attempts == 2


def test_a_test_ping_reaches_the_endpoint(endpoint, receiver, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.send_ping(endpoint)
    _, headers, body = receiver.requests[0]
    event = json.loads(body)
    assert event["type"] == "ping" and event["data"]["endpoint"] == str(endpoint.uuid)
    assert signing.verify(endpoint.secret, headers["Chumchon-Signature"], body)


def test_a_removed_endpoint_hears_nothing_and_its_waiting_deliveries_stop(
    endpoint, receiver, slot, partner_key, django_capture_on_commit_callbacks
):
    receiver.statuses = [500]
    with django_capture_on_commit_callbacks(execute=True):
        booking = book(slot, partner_key)
    services.remove_endpoint(endpoint)
    assert endpoint.deliveries.get().state == Delivery.State.DEAD
    with django_capture_on_commit_callbacks(execute=True):
        confirm_booking(booking)
    assert endpoint.deliveries.count() == 1
    assert len(receiver.requests) == 1


def test_the_command_sends_what_is_due(
    endpoint, receiver, slot, partner_key, django_capture_on_commit_callbacks
):
    from io import StringIO

    from django.core.management import call_command

    receiver.statuses = [500]
    with django_capture_on_commit_callbacks(execute=True):
        book(slot, partner_key)
    Delivery.objects.update(next_attempt_at=timezone.now() - dt.timedelta(seconds=1))
    out = StringIO()
    call_command("sendwebhooks", stdout=out)
    assert out.getvalue().strip() == "1 webhook deliveries sent or retried."
    assert endpoint.deliveries.get().state == Delivery.State.DELIVERED


def test_nothing_more_is_sent_once_the_owners_key_is_revoked(
    endpoint, receiver, slot, partner_key, django_capture_on_commit_callbacks
):
    from chumchon.api.keys import revoke

    receiver.statuses = [500]
    with django_capture_on_commit_callbacks(execute=True):
        book(slot, partner_key)
    delivery = endpoint.deliveries.get()
    revoke(partner_key)
    services.attempt(delivery.pk, now=delivery.next_attempt_at)
    delivery.refresh_from_db()
    assert len(receiver.requests) == 1
    assert delivery.attempts == 2 and "revoked" in delivery.last_error


def test_credentials_in_the_url_are_sent_as_basic_auth(receiver, local_urls):
    import base64

    from chumchon.webhooks import transport

    url = receiver.url.replace("http://", "http://agency:s%3Acret@")
    result = transport.post(url, b"{}", {}, timeout=2, require_https=False, allow_private=True)
    assert result.ok
    _, headers, _ = receiver.requests[0]
    assert headers["Authorization"] == "Basic " + base64.b64encode(b"agency:s:cret").decode()
