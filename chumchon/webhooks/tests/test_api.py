import pytest
from rest_framework.test import APIClient

from chumchon.api.keys import create_key
from chumchon.webhooks.models import Delivery, WebhookEndpoint

pytestmark = pytest.mark.django_db


def client_with(role, community=None, name="Agency"):
    key, text = create_key(name=name, role=role, community=community)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {text}")
    client.key = key
    return client


@pytest.fixture
def agency(db):
    return client_with("partner", name="Local Alike")


@pytest.fixture
def rival(db):
    return client_with("partner", name="Another agency")


@pytest.fixture
def desk(tha_li):
    return client_with("coordinator", tha_li, name="Tha Li desk")


def register(client, url, **body):
    return client.post("/api/v1/webhooks", {"url": url, **body}, format="json")


def error_of(response):
    body = response.json()
    assert set(body) == {"error"}, body
    return body["error"]


def test_a_partner_registers_an_endpoint_and_sees_its_secret_once(agency, receiver, local_urls):
    response = register(agency, receiver.url, events=["booking.confirmed"], description="CRM")
    assert response.status_code == 201
    created = response.json()
    assert created["secret"].startswith("whsec_") and len(created["secret"]) > 40
    assert created["events"] == ["booking.confirmed"]
    assert created["format"] == "platform" and created["active"] is True
    endpoint = WebhookEndpoint.objects.get(uuid=created["id"])
    assert endpoint.owner == agency.key and endpoint.secret == created["secret"]

    read = agency.get(f"/api/v1/webhooks/{created['id']}").json()
    assert "secret" not in read and read["url"] == receiver.url
    listed = agency.get("/api/v1/webhooks").json()
    assert [e["id"] for e in listed] == [created["id"]]


def test_a_key_sees_only_its_own_endpoints(agency, rival, receiver, local_urls):
    mine = register(agency, receiver.url).json()["id"]
    assert rival.get("/api/v1/webhooks").json() == []
    for response in (
        rival.get(f"/api/v1/webhooks/{mine}"),
        rival.delete(f"/api/v1/webhooks/{mine}"),
        rival.get(f"/api/v1/webhooks/{mine}/deliveries"),
        rival.post(f"/api/v1/webhooks/{mine}/test"),
    ):
        assert response.status_code == 404
        assert error_of(response)["code"] == "not_found"
    assert WebhookEndpoint.objects.get(uuid=mine).deleted_at is None


def test_another_key_cannot_retry_a_delivery(agency, rival, receiver, local_urls):
    mine = register(agency, receiver.url).json()["id"]
    receiver.statuses = [500]
    ping = agency.post(f"/api/v1/webhooks/{mine}/test").json()
    assert rival.post(f"/api/v1/webhooks/deliveries/{ping['id']}/retry").status_code == 404


def test_officer_keys_and_people_cannot_register_endpoints(
    officer, receiver, local_urls, signed_in_officer
):
    officer_key = client_with("officer")
    response = register(officer_key, receiver.url)
    assert response.status_code == 403 and error_of(response)["code"] == "forbidden"
    assert register(signed_in_officer, receiver.url).status_code == 403
    assert APIClient().get("/api/v1/webhooks").status_code == 401


@pytest.fixture
def signed_in_officer(officer):
    client = APIClient()
    client.force_login(officer)
    return client


def test_a_bad_url_or_event_is_refused_with_a_stable_code(agency, settings):
    settings.WEBHOOKS_REQUIRE_HTTPS = True
    settings.WEBHOOKS_ALLOW_PRIVATE_URLS = False
    response = register(agency, "http://agency.example/hook")
    assert response.status_code == 400
    error = error_of(response)
    assert error["code"] == "invalid_url" and "url" in error["fields"]
    response = register(agency, "https://10.0.0.1/hook")
    assert error_of(response)["code"] == "invalid_url"
    response = register(agency, "https://agency.example/hook", events=["booking.eaten"])
    assert response.status_code == 400 and "events" in error_of(response)["fields"]
    assert not WebhookEndpoint.objects.exists()


def test_a_key_has_a_limited_number_of_endpoints(agency, receiver, local_urls):
    from chumchon.webhooks.services import MAX_ENDPOINTS_PER_KEY

    for _ in range(MAX_ENDPOINTS_PER_KEY):
        assert register(agency, receiver.url).status_code == 201
    response = register(agency, receiver.url)
    assert response.status_code == 409 and error_of(response)["code"] == "too_many_endpoints"


def test_the_test_event_is_sent_and_logged(
    agency, receiver, local_urls, django_capture_on_commit_callbacks
):
    endpoint_id = register(agency, receiver.url).json()["id"]
    with django_capture_on_commit_callbacks(execute=True):
        response = agency.post(f"/api/v1/webhooks/{endpoint_id}/test")
    assert response.status_code == 202
    assert response.json()["event"] == "ping"
    assert len(receiver.requests) == 1
    log = agency.get(f"/api/v1/webhooks/{endpoint_id}/deliveries").json()
    assert [(d["event"], d["state"], d["attempts"], d["last_status_code"]) for d in log] == [
        ("ping", "delivered", 1, 200)
    ]
    assert agency.get(f"/api/v1/webhooks/{endpoint_id}/deliveries?state=failed").json() == []
    bad = agency.get(f"/api/v1/webhooks/{endpoint_id}/deliveries?state=lost")
    assert bad.status_code == 400 and error_of(bad)["code"] == "invalid"


def test_a_failed_delivery_can_be_retried_but_a_delivered_one_cannot(
    agency, receiver, local_urls, django_capture_on_commit_callbacks
):
    endpoint_id = register(agency, receiver.url).json()["id"]
    receiver.statuses = [500]
    with django_capture_on_commit_callbacks(execute=True):
        ping = agency.post(f"/api/v1/webhooks/{endpoint_id}/test").json()
    ping = agency.get(f"/api/v1/webhooks/{endpoint_id}/deliveries").json()[0]
    assert ping["state"] == "failed" and ping["last_status_code"] == 500
    with django_capture_on_commit_callbacks(execute=True):
        retried = agency.post(f"/api/v1/webhooks/deliveries/{ping['id']}/retry")
    assert retried.status_code == 202 and retried.json()["id"] == ping["id"]
    assert agency.get(f"/api/v1/webhooks/{endpoint_id}/deliveries").json()[0]["state"] == (
        "delivered"
    )
    again = agency.post(f"/api/v1/webhooks/deliveries/{ping['id']}/retry")
    assert again.status_code == 409 and error_of(again)["code"] == "already_delivered"
    assert len(receiver.requests) == 2


def test_a_removed_endpoint_disappears_but_its_log_stays_readable(agency, receiver, local_urls):
    endpoint_id = register(agency, receiver.url).json()["id"]
    agency.post(f"/api/v1/webhooks/{endpoint_id}/test")
    assert agency.delete(f"/api/v1/webhooks/{endpoint_id}").status_code == 204
    assert agency.get(f"/api/v1/webhooks/{endpoint_id}").status_code == 404
    assert agency.get("/api/v1/webhooks").json() == []
    assert len(agency.get(f"/api/v1/webhooks/{endpoint_id}/deliveries").json()) == 1
    assert agency.post(f"/api/v1/webhooks/{endpoint_id}/test").status_code == 404


def test_an_endpoint_can_be_changed_and_paused(agency, rival, receiver, local_urls, settings):
    endpoint_id = register(agency, receiver.url).json()["id"]
    response = agency.patch(
        f"/api/v1/webhooks/{endpoint_id}",
        {"events": ["booking.held"], "description": "Ops", "active": False},
        format="json",
    )
    assert response.status_code == 200
    changed = response.json()
    assert changed["events"] == ["booking.held"] and changed["description"] == "Ops"
    assert changed["active"] is False and changed["url"] == receiver.url
    settings.WEBHOOKS_ALLOW_PRIVATE_URLS = False
    refused = agency.patch(
        f"/api/v1/webhooks/{endpoint_id}", {"url": "https://10.0.0.1/x"}, format="json"
    )
    assert refused.status_code == 400 and error_of(refused)["code"] == "invalid_url"
    assert WebhookEndpoint.objects.get(uuid=endpoint_id).url == receiver.url
    other = rival.patch(f"/api/v1/webhooks/{endpoint_id}", {"active": True}, format="json")
    assert other.status_code == 404
    assert WebhookEndpoint.objects.get(uuid=endpoint_id).is_active is False


def test_a_coordinator_key_registers_for_its_community(desk, receiver, local_urls):
    response = register(desk, receiver.url, events=["*"], format="octo")
    assert response.status_code == 201
    assert WebhookEndpoint.objects.get(uuid=response.json()["id"]).format == "octo"


def test_the_schema_documents_the_webhook_operations(agency):
    import yaml

    schema = yaml.safe_load(APIClient().get("/api/v1/schema").content)
    paths = schema["paths"]
    assert set(paths["/api/v1/webhooks"]) == {"get", "post"}
    assert set(paths["/api/v1/webhooks/{endpoint_id}"]) == {"get", "patch", "delete"}
    assert "get" in paths["/api/v1/webhooks/{endpoint_id}/deliveries"]
    assert "post" in paths["/api/v1/webhooks/{endpoint_id}/test"]
    assert "post" in paths["/api/v1/webhooks/deliveries/{delivery_id}/retry"]
    assert "409" in paths["/api/v1/webhooks"]["post"]["responses"]
    assert Delivery.State.DEAD in str(paths["/api/v1/webhooks/{endpoint_id}/deliveries"])


def test_a_rotated_secret_signs_alongside_the_old_one_for_a_day(
    agency, rival, receiver, local_urls, django_capture_on_commit_callbacks
):
    import datetime as dt

    from chumchon.webhooks import signing

    created = register(agency, receiver.url).json()
    old = created["secret"]
    response = agency.post(f"/api/v1/webhooks/{created['id']}/rotate-secret")
    assert response.status_code == 200
    new = response.json()["secret"]
    assert new != old and new.startswith("whsec_")
    assert rival.post(f"/api/v1/webhooks/{created['id']}/rotate-secret").status_code == 404

    with django_capture_on_commit_callbacks(execute=True):
        agency.post(f"/api/v1/webhooks/{created['id']}/test")
    _, headers, body = receiver.requests[0]
    assert signing.verify(new, headers["Chumchon-Signature"], body)
    assert signing.verify(old, headers["Chumchon-Signature"], body)

    WebhookEndpoint.objects.filter(uuid=created["id"]).update(
        previous_secret_expires_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    )
    with django_capture_on_commit_callbacks(execute=True):
        agency.post(f"/api/v1/webhooks/{created['id']}/test")
    _, headers, body = receiver.requests[1]
    assert signing.verify(new, headers["Chumchon-Signature"], body)
    assert not signing.verify(old, headers["Chumchon-Signature"], body)
