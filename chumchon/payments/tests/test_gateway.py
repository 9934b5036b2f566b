"""The online gateway, tested end to end against a local fake of it."""

import time

import pytest

from chumchon.bookings.models import BookingStatus
from chumchon.bookings.services import Contact, ItemRequest, hold_places
from chumchon.bookings.tests.conftest import make_slot
from chumchon.payments.models import Payment, WebhookEvent
from chumchon.payments.tests.fake_gateway import FakeGateway


@pytest.fixture
def fake(settings):
    with FakeGateway() as gateway:
        settings.PAYMENT_GATEWAY = {
            "URL": gateway.url,
            "API_KEY": gateway.api_key,
            "WEBHOOK_SECRET": gateway.webhook_secret,
        }
        yield gateway


@pytest.fixture
def held(transactional_db, weaving):
    slot = make_slot(weaving)
    return hold_places(
        [ItemRequest(slot_id=slot.id, adults=2)], Contact(name="Anna", email="anna@example.org")
    )


def _checkout(client, booking):
    response = client.post(f"/payments/checkout/{booking.reference}/{booking.token}/")
    assert response.status_code == 302
    return response["Location"].rsplit("/", 1)[1]


def test_a_tourist_pays_online_and_the_booking_is_confirmed(live_server, client, fake, held):
    charge_id = _checkout(client, held)
    assert fake.charges[charge_id]["amount"] == 70000  # 700.00 THB in satang
    assert fake.charges[charge_id]["reference"] == held.reference
    body, signature = fake.signed_event(charge_id)
    status, reply = fake.deliver(f"{live_server.url}/payments/webhooks/gateway/", body, signature)
    assert (status, reply) == (200, {"status": "applied"})
    held.refresh_from_db()
    assert held.status == BookingStatus.CONFIRMED
    payment = Payment.objects.get(booking=held)
    assert (payment.method, str(payment.amount), payment.provider_reference) == (
        "gateway",
        "700.00",
        charge_id,
    )


def test_a_repeated_webhook_changes_nothing(live_server, client, fake, held):
    charge_id = _checkout(client, held)
    body, signature = fake.signed_event(charge_id)
    url = f"{live_server.url}/payments/webhooks/gateway/"
    assert fake.deliver(url, body, signature)[1] == {"status": "applied"}
    assert fake.deliver(url, body, signature)[1] == {"status": "duplicate"}
    # The same charge reported again under a new event id is still one payment.
    body2, signature2 = fake.signed_event(charge_id)
    assert fake.deliver(url, body2, signature2)[0] == 200
    assert Payment.objects.filter(booking=held).count() == 1
    assert WebhookEvent.objects.count() == 2


def test_a_forged_webhook_is_refused_and_changes_nothing(live_server, client, fake, held):
    charge_id = _checkout(client, held)
    body, signature = fake.signed_event(charge_id)
    forged = signature[:-4] + ("0000" if not signature.endswith("0000") else "1111")
    status, reply = fake.deliver(f"{live_server.url}/payments/webhooks/gateway/", body, forged)
    assert status == 400 and reply["error"]["code"] == "invalid_signature"
    tampered = body.replace(b"70000", b"100")
    status, _ = fake.deliver(f"{live_server.url}/payments/webhooks/gateway/", tampered, signature)
    assert status == 400
    held.refresh_from_db()
    assert held.status == BookingStatus.PENDING_PAYMENT
    assert not Payment.objects.exists() and not WebhookEvent.objects.exists()


def test_a_replayed_old_webhook_is_refused(live_server, client, fake, held):
    charge_id = _checkout(client, held)
    body, signature = fake.signed_event(charge_id, timestamp=int(time.time()) - 3600)
    status, reply = fake.deliver(f"{live_server.url}/payments/webhooks/gateway/", body, signature)
    assert status == 400 and "too old" in reply["error"]["message"]
    assert not Payment.objects.exists()


def test_a_wrong_amount_from_the_gateway_does_not_confirm(live_server, client, fake, held):
    charge_id = _checkout(client, held)
    body, signature = fake.signed_event(charge_id, amount=100)
    status, reply = fake.deliver(f"{live_server.url}/payments/webhooks/gateway/", body, signature)
    assert (status, reply) == (200, {"status": "wrong_amount"})
    held.refresh_from_db()
    assert held.status == BookingStatus.PENDING_PAYMENT
    assert not Payment.objects.exists()
