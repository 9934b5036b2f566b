import datetime as dt
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.utils import timezone

from chumchon.routing.models import TripPlan

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_throttle():
    cache.clear()


def body(**extra) -> dict:
    data = {
        "start_date": (timezone.localdate() + dt.timedelta(days=4)).isoformat(),
        "days": [{"start": "08:00", "end": "17:00"}],
        "start_community": "tha-li",
        "interests": {"temples": 2, "river": 1},
        "must_see": ["place:tha-li/kaeng-ton"],
        "party": 2,
        "budget": "3000",
        "currency": "THB",
    }
    data.update(extra)
    return data


def test_anyone_can_plan_a_trip_and_gets_201_with_the_plan(client, demo):
    response = client.post("/api/v1/plans", body(), content_type="application/json")
    assert response.status_code == 201
    data = response.json()
    trip = TripPlan.objects.get()
    assert data["token"] == trip.token
    assert data["url"].endswith(f"/plan/{trip.token}/")
    assert data["geojson"].endswith(f"/plan/{trip.token}.geojson")
    assert [d["date"] for d in data["days"]] == [body()["start_date"]]
    stops = data["days"][0]["stops"]
    assert stops and {"arrive", "start", "leave", "reasons", "price"} <= set(stops[0])
    assert all(reason["message"] for stop in stops for reason in stop["reasons"])
    assert "place:tha-li/kaeng-ton" in [s["stop"] for s in stops]
    assert data["cost"]["currency"] == "THB"


def test_a_saved_plan_is_read_back_by_its_token(client, demo):
    token = client.post("/api/v1/plans", body(), content_type="application/json").json()["token"]
    response = client.get(f"/api/v1/plans/{token}")
    assert response.status_code == 200
    assert response.json()["token"] == token
    missing = client.get("/api/v1/plans/nope")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        ({"days": []}, "no_days"),
        ({"days": [{"start": "08:00", "end": "17:00"}] * 8}, "too_many_days"),
        ({"days": [{"start": "18:00", "end": "09:00"}]}, "end_before_start"),
        ({"days": [{"start": "8 o'clock", "end": "17:00"}]}, "invalid_time"),
        ({"start_date": "tomorrow"}, "invalid_date"),
        ({"must_see": ["place:tha-li/atlantis"]}, "unknown_must_see"),
        ({"interests": {"shopping": 1}}, "unknown_interest"),
        ({"pace": "sprint"}, "unknown_pace"),
        ({"party": 0}, "invalid_party"),
        ({"budget": "-5"}, "invalid_budget"),
        ({"currency": "EUR"}, "unknown_currency"),
        ({"start_community": "atlantis"}, "unknown_community"),
    ],
)
def test_bad_input_gets_a_400_with_a_stable_code(client, demo, extra, code):
    response = client.post("/api/v1/plans", body(**extra), content_type="application/json")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == code
    assert error["message"]
    assert not TripPlan.objects.exists()


def test_the_error_message_follows_accept_language(client, demo):
    response = client.post(
        "/api/v1/plans",
        body(days=[]),
        content_type="application/json",
        headers={"accept-language": "th"},
    )
    english = client.post("/api/v1/plans", body(days=[]), content_type="application/json")
    assert response.json()["error"]["code"] == english.json()["error"]["code"] == "no_days"


def test_the_plans_endpoints_are_in_the_openapi_schema(client, db):
    schema = client.get("/api/v1/schema", headers={"accept": "application/json"})
    text = schema.content.decode()
    assert "/api/v1/plans" in text
    assert "plans_create" in text and "plans_read" in text


def test_planning_is_rate_limited_per_address_with_the_throttled_code(client, db):
    # Bad requests count too, so a flood of them cannot tie up the planner either.
    for _ in range(20):
        client.post("/api/v1/plans", {"days": []}, content_type="application/json")
    response = client.post("/api/v1/plans", {"days": []}, content_type="application/json")
    assert response.status_code == 429
    assert response.json()["error"]["code"] == "throttled"
    assert int(response["Retry-After"]) > 0


def test_a_must_see_that_needs_more_guests_than_the_party_is_explained(client, demo):
    # The weaving class needs at least two guests.
    response = client.post(
        "/api/v1/plans",
        body(party=1, must_see=["offering:tha-li/li-weaving-class"]),
        content_type="application/json",
    )
    assert response.status_code == 201
    [missing] = response.json()["missing"]
    assert missing["stop"] == "offering:tha-li/li-weaving-class"
    assert [r["code"] for r in missing["reasons"]] == ["needs_more_guests"]


def test_a_demo_trip_across_the_border_keeps_every_rule(client, demo):
    from chumchon.routing import services
    from chumchon.routing.tests.plan_check import check_plan

    response = client.post(
        "/api/v1/plans",
        body(
            days=[{"start": "08:00", "end": "19:30"}, {"start": "07:30", "end": "17:00"}],
            end_community="bo-tan",
            budget="4000",
        ),
        content_type="application/json",
    )
    assert response.status_code == 201
    trip = TripPlan.objects.get()
    request, mode = services.trip_request(trip.inputs)
    assert (
        check_plan(request, trip.result, lambda points: services.travel_matrix_for(points, mode))
        == []
    )
    days = trip.result["days"]
    assert sum(d["crossing"] for d in days) == 1
    border = [s for d in days for s in d["stops"] if s["kind"] == "border"]
    assert len(border) == 1 and "06:00" <= border[0]["start"] and border[0]["leave"] <= "18:00"
    for day in days:
        lunch = [s for s in day["stops"] if s["meal"] == "lunch"]
        assert len(lunch) == 1 and lunch[0]["kind"] == "meal"
    assert days[0]["night"]["kind"] == "homestay"
    assert Decimal(trip.result["cost"]["amount"]) <= Decimal("4000")


def test_a_budget_in_dollars_is_kept_with_every_price_converted(client, demo):
    response = client.post(
        "/api/v1/plans",
        body(
            days=[{"start": "08:00", "end": "17:00"}, {"start": "08:00", "end": "17:00"}],
            end_community="bo-tan",
            currency="USD",
            budget="120",
            must_see=[],
        ),
        content_type="application/json",
    )
    assert response.status_code == 201
    data = response.json()
    assert data["cost"]["currency"] == "USD"
    assert Decimal(data["cost"]["amount"]) <= Decimal("120")
    priced = [
        s
        for d in data["days"]
        for s in [*d["stops"], *([d["night"]] if d["night"] else [])]
        if s["price"]
    ]
    assert priced and all(s["price"]["currency"] == "USD" for s in priced)
    assert {s["price_local"]["currency"] for s in priced} <= {"THB", "LAK"}
    total = sum(Decimal(s["price"]["amount"]) for s in priced)
    assert total == Decimal(data["cost"]["amount"])


def test_a_partner_key_plans_too_and_the_plan_has_no_owner(client, demo):
    from chumchon.api.keys import create_key

    _, text = create_key(name="agency", role="partner")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {text}"}
    response = client.post("/api/v1/plans", body(), content_type="application/json", **auth)
    assert response.status_code == 201
    assert TripPlan.objects.get().owner is None
    bad = client.post(
        "/api/v1/plans",
        {"days": [], "start_date": "2000-01-01"},
        content_type="application/json",
        **auth,
    )
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "no_days"
