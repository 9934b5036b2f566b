"""OCTO's octo/webhooks capability: subscribe over /octo/v1/webhooks, receive OCTO bookings."""

import json

import pytest

from chumchon.api.keys import create_key
from chumchon.bookings.tests.conftest import make_slot
from chumchon.octo.tests.conftest import Reseller
from chumchon.webhooks import signing
from chumchon.webhooks.models import WebhookEndpoint

pytestmark = pytest.mark.django_db


@pytest.fixture
def reseller(tha_li):
    return Reseller(*create_key(name="Mekong Trails", role="partner", community=tha_li))


@pytest.fixture
def rival(tha_li):
    return Reseller(*create_key(name="River Agency", role="partner", community=tha_li))


@pytest.fixture
def departure(weaving):
    return make_slot(weaving, days=3, hour=9, capacity=5)


def subscribe(reseller, url, **body):
    return reseller.post("/webhooks", {"url": url, "event": "booking_update", **body})


def test_the_capability_is_advertised(reseller):
    ids = [c["id"] for c in reseller.get("/capabilities").json()]
    assert "octo/webhooks" in ids


def test_a_reseller_subscribes_lists_and_unsubscribes(reseller, receiver, local_urls):
    response = subscribe(reseller, receiver.url, useContactLanguage=True, retryOnError=False)
    assert response.status_code == 200
    webhook = response.json()
    assert webhook["event"] == "booking_update" and webhook["url"] == receiver.url
    assert webhook["useContactLanguage"] is True and webhook["retryOnError"] is False
    assert webhook["capabilities"] == ["octo/pricing"]  # from the request's header
    assert webhook["secret"].startswith("whsec_")
    endpoint = WebhookEndpoint.objects.get(uuid=webhook["id"])
    assert endpoint.format == "octo" and endpoint.owner == reseller.key

    listed = reseller.get("/webhooks").json()
    assert [w["id"] for w in listed] == [webhook["id"]] and "secret" not in listed[0]
    assert reseller.get(f"/webhooks/{webhook['id']}").json()["id"] == webhook["id"]

    removed = reseller.delete(f"/webhooks/{webhook['id']}")
    assert removed.status_code == 200 and removed.json()["id"] == webhook["id"]
    assert reseller.get("/webhooks").json() == []
    assert reseller.get(f"/webhooks/{webhook['id']}").status_code == 404


def test_another_resellers_webhook_is_unknown(reseller, rival, receiver, local_urls):
    webhook_id = subscribe(reseller, receiver.url).json()["id"]
    assert rival.get("/webhooks").json() == []
    for response in (rival.get(f"/webhooks/{webhook_id}"), rival.delete(f"/webhooks/{webhook_id}")):
        assert response.status_code == 404
        assert response.json()["error"] == "BAD_REQUEST"
    assert WebhookEndpoint.objects.get(uuid=webhook_id).deleted_at is None


def test_a_subscription_needs_a_known_event_and_a_good_url(reseller, settings):
    settings.WEBHOOKS_REQUIRE_HTTPS = True
    settings.WEBHOOKS_ALLOW_PRIVATE_URLS = False
    wrong_event = reseller.post("/webhooks", {"url": "https://a.example/h", "event": "x"})
    assert wrong_event.status_code == 400 and wrong_event.json()["error"] == "BAD_REQUEST"
    plain_http = subscribe(reseller, "http://a.example/h")
    assert plain_http.status_code == 400
    assert "https" in plain_http.json()["errorMessage"]
    assert subscribe(reseller, None).status_code == 400
    assert not WebhookEndpoint.objects.exists()


def test_a_confirmed_octo_booking_is_delivered_as_the_octo_booking(
    reseller, departure, receiver, local_urls, django_capture_on_commit_callbacks
):
    secret = subscribe(reseller, receiver.url).json()["secret"]
    reserved = reseller.reserve(departure, units=("adult", "adult")).json()
    assert receiver.requests == []  # a hold is the reseller's own doing: not announced
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = reseller.post(
            f"/bookings/{reserved['uuid']}/confirm",
            {"contact": {"fullName": "Anna Tourist", "emailAddress": "anna@example.org"}},
        )
    assert confirmed.status_code == 200
    assert len(receiver.requests) == 1
    _, headers, body = receiver.requests[0]
    assert signing.verify(secret, headers["Chumchon-Signature"], body)
    delivered = json.loads(body)
    assert set(delivered) == {"webhook", "booking"}
    assert delivered["webhook"]["event"] == "booking_update"
    booking = delivered["booking"]
    assert booking["uuid"] == reserved["uuid"] and booking["status"] == "CONFIRMED"
    # The same object as GET /bookings/{uuid}, prices included (octo/pricing was asked for).
    fetched = reseller.get(f"/bookings/{reserved['uuid']}").json()
    assert booking == fetched
    assert booking["pricing"]["retail"] == 70000


def test_a_cancellation_is_delivered_too(
    reseller, departure, receiver, local_urls, django_capture_on_commit_callbacks
):
    subscribe(reseller, receiver.url)
    reserved = reseller.reserve(departure).json()
    with django_capture_on_commit_callbacks(execute=True):
        reseller.post(f"/bookings/{reserved['uuid']}/cancel", {"reason": "Rain"})
    statuses = [json.loads(b)["booking"]["status"] for _, _, b in receiver.requests]
    assert statuses == ["CANCELLED"]
