"""Every answer under /api/v1/ that is an error has the one JSON shape."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from chumchon.api.tests.conftest import book, error_of

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("method", ["get", "post", "delete"])
def test_an_unknown_address_is_a_json_404(partner, method):
    response = getattr(partner, method)("/api/v1/nothing/here")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_an_unknown_address_is_a_json_404_even_without_a_key(anonymous, forged):
    assert error_of(anonymous.get("/api/v1/bookings/ABC/refund"))["code"] == "not_found"
    assert error_of(forged.get("/api/v1/communities/"))["code"] == "not_found"


def test_a_wrong_method_is_a_json_405_that_says_what_is_allowed(partner, db):
    response = partner.delete("/api/v1/communities")
    assert response.status_code == 405
    assert error_of(response)["code"] == "method_not_allowed"
    assert "GET" in response["Allow"]


def test_a_body_that_is_not_json_is_refused(partner, slot):
    response = partner.post("/api/v1/bookings", "{not json", content_type="application/json")
    assert response.status_code == 400 and error_of(response)["code"] == "invalid_json"
    response = partner.post("/api/v1/bookings", {"items": "x"})  # a form, not JSON
    assert response.status_code == 415
    assert error_of(response)["code"] == "unsupported_media_type"


def test_a_malformed_authorization_header_is_an_invalid_key(anonymous, db):
    response = anonymous.get("/api/v1/communities", HTTP_AUTHORIZATION="Basic dXNlcjpwdw==")
    assert response.status_code == 401 and error_of(response)["code"] == "invalid_key"


def test_a_revoked_key_stops_working(partner, db):
    from chumchon.api.keys import revoke

    revoke(partner.key)
    response = partner.get("/api/v1/communities")
    assert response.status_code == 401 and error_of(response)["code"] == "invalid_key"


def test_messages_follow_the_accept_language_header(partner, slot):
    body = {"items": [{"slot": slot.id, "adults": 1}], "contact": {}}
    response = partner.post("/api/v1/bookings", body, format="json", HTTP_ACCEPT_LANGUAGE="th")
    assert response["Content-Language"] == "th"
    error = error_of(response)
    assert error["code"] == "invalid"
    with translation.override("th"):
        required = gettext("This field is required.")
    assert required != "This field is required."
    assert error["fields"] == {"contact": {"name": [required]}}


def test_the_tourists_language_defaults_to_the_requests(partner, slot):
    body = {
        "items": [{"slot": slot.id, "adults": 1}],
        "contact": {"name": "Noy", "phone": "020 5555 1234"},
    }
    response = partner.post("/api/v1/bookings", body, format="json", HTTP_ACCEPT_LANGUAGE="lo")
    assert response.status_code == 201 and response.json()["language"] == "lo"


def test_an_unexpected_failure_is_a_json_500_and_books_nothing(partner, slot, monkeypatch):
    from chumchon.api import views
    from chumchon.bookings.models import Booking

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(views, "hold_places", broken)
    response = book(partner, slot)
    assert response.status_code == 500
    assert error_of(response)["code"] == "server_error"
    assert not Booking.objects.exists()


def test_the_index_points_to_the_catalogue_the_schema_and_the_docs(anonymous):
    assert anonymous.get("/api/v1/").json() == {
        "communities": "http://testserver/api/v1/communities",
        "schema": "http://testserver/api/v1/schema",
        "docs": "http://testserver/api/v1/docs",
    }
