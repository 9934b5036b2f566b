import json

import pytest
from django.test import Client

from chumchon.octo.tests.conftest import Reseller, availability_id

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "asked, applied",
    [
        ("octo/pricing", "octo/pricing"),
        ("pricing", "pricing"),
        ("octo/content, octo/pricing, octo/pickups", "octo/pricing"),
        ("octo/content", ""),
        ("", ""),
    ],
)
def test_the_capabilities_applied_are_echoed_as_the_client_spelled_them(
    reseller, departure, asked, applied
):
    client = Reseller(reseller.key, reseller.text, capabilities=asked)
    response = client.get(f"/products/{departure.offering_id}")
    assert response["Octo-Capabilities"] == applied
    assert ("pricingPer" in response.json()) is bool(applied)
    assert ("pricingFrom" in response.json()["options"][0]["units"][0]) is bool(applied)


def test_without_the_pricing_capability_no_prices_are_sent(reseller, departure):
    client = Reseller(reseller.key, reseller.text, capabilities=None)
    booking = client.reserve(departure).json()
    assert "pricing" not in booking and "pricing" not in booking["unitItems"][0]
    assert client.get("/supplier")["Octo-Capabilities"] == ""


def test_capabilities_may_come_as_a_query_parameter(reseller, departure):
    client = Reseller(reseller.key, reseller.text, capabilities=None)
    response = client.get(f"/products/{departure.offering_id}?_capabilities=octo/pricing")
    assert response["Octo-Capabilities"] == "octo/pricing" and "pricingPer" in response.json()


def test_the_capabilities_list_offers_pricing_and_webhooks(reseller):
    assert reseller.get("/capabilities").json() == [
        {"id": "octo/pricing", "revision": 1, "required": False, "dependencies": [], "docs": None},
        {"id": "octo/webhooks", "revision": 1, "required": False, "dependencies": [], "docs": None},
    ]


def test_answers_and_errors_are_json(reseller, departure):
    for response in (
        reseller.get("/products"),
        reseller.get("/products/nope"),
        Client().get("/octo/v1/supplier"),
    ):
        assert response["Content-Type"] == "application/json"
        json.loads(response.content)


def test_paths_work_with_and_without_a_trailing_slash(reseller, departure):
    assert reseller.get("/supplier").status_code == reseller.get("/supplier/").status_code == 200
    body = {
        "productId": str(departure.offering_id),
        "optionId": "DEFAULT",
        "availabilityIds": [availability_id(departure)],
    }
    assert reseller.post("/availability", body).status_code == 200
    assert reseller.post("/availability/", body).status_code == 200


def test_posts_need_no_csrf_token(reseller, departure):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/octo/v1/bookings",
        json.dumps(
            {
                "productId": str(departure.offering_id),
                "optionId": "DEFAULT",
                "availabilityId": availability_id(departure),
                "unitItems": [{"unitId": "adult"}],
            }
        ),
        content_type="application/json",
        headers=reseller.headers(),
    )
    assert response.status_code == 200


def test_a_wrong_method_is_refused_with_the_allowed_ones(reseller):
    response = reseller.post("/supplier", {})
    assert response.status_code == 405 and response["Allow"] == "GET"
    assert response.json()["error"] == "BAD_REQUEST"


def test_an_unknown_endpoint_answers_in_json(reseller):
    response = reseller.get("/nothing/here")
    assert response.status_code == 404 and response.json()["error"] == "BAD_REQUEST"


def test_the_schema_and_its_browsable_page_are_public(client):
    schema = client.get("/octo/v1/openapi.json")
    assert schema.status_code == 200
    assert schema.json()["openapi"] == "3.1.0"
    assert schema.json()["servers"] == [{"url": "http://testserver/octo/v1"}]
    assert "/bookings/{uuid}/confirm" in schema.json()["paths"]
    page = client.get("/octo/v1/docs/")
    assert page.status_code == 200 and b"/octo/v1/openapi.json" in page.content


def test_a_fault_of_ours_is_a_json_internal_server_error(reseller, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("chumchon.octo.mapping.supplier", broken)
    response = reseller.get("/supplier")
    assert response.status_code == 500
    assert response.json()["error"] == "INTERNAL_SERVER_ERROR"
    assert "disk" not in response.json()["errorMessage"]
