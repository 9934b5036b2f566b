from io import StringIO

import pytest
import yaml
from django.core.management import call_command

pytestmark = pytest.mark.django_db

OPERATIONS = {
    ("/api/v1/communities", "get"),
    ("/api/v1/communities/{slug}/offerings", "get"),
    ("/api/v1/communities/{slug}/proposals", "get"),
    ("/api/v1/communities/{slug}/assessments", "get"),
    ("/api/v1/offerings/{offering_id}/slots", "get"),
    ("/api/v1/offerings/{offering_id}/slots", "post"),
    ("/api/v1/bookings", "post"),
    ("/api/v1/bookings/{reference}", "get"),
    ("/api/v1/bookings/{reference}/payments", "post"),
    ("/api/v1/bookings/{reference}/cancel", "post"),
    ("/api/v1/plans", "post"),
    ("/api/v1/plans/{token}", "get"),
    ("/api/v1/partner/agreements", "get"),
    ("/api/v1/partner/sales", "get"),
    ("/api/v1/communities/{slug}/routes", "get"),
    ("/api/v1/routes/{route_id}", "get"),
    ("/api/v1/communities/{slug}/ledger/balances", "get"),
    ("/api/v1/communities/{slug}/ledger/transactions", "get"),
    ("/api/v1/communities/{slug}/ledger/summary", "get"),
    ("/api/v1/webhooks", "get"),
    ("/api/v1/webhooks", "post"),
    ("/api/v1/webhooks/{endpoint_id}", "get"),
    ("/api/v1/webhooks/{endpoint_id}", "patch"),
    ("/api/v1/webhooks/{endpoint_id}", "delete"),
    ("/api/v1/webhooks/{endpoint_id}/deliveries", "get"),
    ("/api/v1/webhooks/{endpoint_id}/test", "post"),
    ("/api/v1/webhooks/{endpoint_id}/rotate-secret", "post"),
    ("/api/v1/webhooks/deliveries/{delivery_id}/retry", "post"),
}


def test_the_schema_documents_every_operation_and_nothing_else(anonymous):
    response = anonymous.get("/api/v1/schema")
    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    found = {(path, method) for path, methods in schema["paths"].items() for method in methods}
    assert found == OPERATIONS
    booking = schema["paths"]["/api/v1/bookings"]["post"]
    assert set(booking["responses"]) == {"201", "400", "401", "403", "409"}
    assert booking["parameters"][0]["name"] == "Idempotency-Key"
    assert schema["components"]["securitySchemes"]["apiKey"]["scheme"] == "bearer"
    for name in ("Booking", "BookingRequest", "Money", "Error", "Slot", "Offering"):
        assert name in schema["components"]["schemas"]


def test_the_schema_is_also_served_as_json(anonymous):
    schema = anonymous.get("/api/v1/schema?format=json").json()
    assert "/api/v1/bookings" in schema["paths"]


def test_the_schema_validates_without_warnings():
    call_command(
        "spectacular",
        "--validate",
        "--fail-on-warn",
        "--urlconf",
        "chumchon.api.schema_urls",
        stdout=StringIO(),
    )


def test_the_docs_page_lists_every_operation_without_javascript(client):
    response = client.get("/api/v1/docs", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    html = response.content.decode()
    for path, method in OPERATIONS:
        assert f"{method.upper()}</span> <code>{path}</code>" in html
    assert "Hold places for a party" in html and "<script" not in html
