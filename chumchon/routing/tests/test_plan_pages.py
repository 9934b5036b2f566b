import datetime as dt
import json

import pytest
from django.core.cache import cache
from django.utils import timezone

from chumchon.routing.models import TripPlan

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_throttle():
    cache.clear()


def soon(days: int = 3) -> str:
    return (timezone.localdate() + dt.timedelta(days=days)).isoformat()


def form_data(**extra) -> dict:
    data = {
        "start_date": soon(),
        "days": "2",
        "start_community": "tha-li",
        "end_community": "bo-tan",
        "pace": "normal",
        "mode": "car",
        "interests": ["nature", "temples"],
        "party": "2",
        "currency": "THB",
        "budget": "",
        "start_1": "08:00",
        "end_1": "18:00",
        "start_2": "08:00",
        "end_2": "17:00",
    }
    data.update(extra)
    return data


@pytest.mark.parametrize("lang", ["th", "lo", "en"])
def test_the_planner_form_opens_in_every_language(client, demo, lang):
    response = client.get(f"/{lang}/plan/")
    assert response.status_code == 200
    assert 'name="must_see"' in response.content.decode()
    assert f'lang="{lang}"' in response.content.decode()


def test_a_community_page_preselects_where_the_trip_starts_and_ends(client, demo):
    response = client.get("/en/c/bo-tan/plan/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<option value="bo-tan" selected>' in html


def test_planning_saves_the_plan_and_shows_it_day_by_day_with_its_map(client, demo):
    response = client.post("/en/plan/", form_data())
    assert response.status_code == 302
    trip = TripPlan.objects.get()
    assert response["Location"] == f"/en/plan/{trip.token}/"
    assert trip.inputs["end_community"] == "bo-tan"
    assert len(trip.result["days"]) == 2
    page = client.get(response["Location"]).content.decode()
    assert "Day 1" in page and "Day 2" in page
    assert 'id="plan-map"' in page
    assert "crosses the border" in page  # Tha Li to Bo Tan passes the checkpoint
    first = trip.result["days"][0]["stops"][0]["name"]
    assert first in page


def test_the_plan_page_is_shared_by_its_token_in_any_language(client, demo):
    client.post("/en/plan/", form_data())
    trip = TripPlan.objects.get()
    for lang in ("th", "lo"):
        assert client.get(f"/{lang}/plan/{trip.token}/").status_code == 200
    assert client.get("/en/plan/not-a-token/").status_code == 404


def test_the_geojson_has_numbered_stops_and_a_line_per_day(client, demo):
    client.post("/en/plan/", form_data())
    trip = TripPlan.objects.get()
    response = client.get(f"/en/plan/{trip.token}.geojson")
    data = json.loads(response.content)
    points = [f for f in data["features"] if f["geometry"]["type"] == "Point"]
    lines = [f for f in data["features"] if f["geometry"]["type"] == "LineString"]
    stops = sum(len(d["stops"]) for d in trip.result["days"])
    assert [p["properties"]["number"] for p in points] == list(range(1, stops + 1))
    assert len(lines) == 2
    assert lines[0]["properties"]["colour"] != lines[1]["properties"]["colour"]


@pytest.mark.parametrize(
    ("extra", "text"),
    [
        ({"end_1": "07:00"}, "Day 1 ends before it starts."),
        ({"start_date": "2001-01-01"}, "The trip cannot start in the past"),
        ({"must_see": ["place:tha-li/nowhere"]}, "Select a valid choice"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(client, demo, extra, text):
    response = client.post("/en/plan/", form_data(**extra))
    assert response.status_code == 200
    assert text in response.content.decode()
    assert not TripPlan.objects.exists()


def test_too_many_days_are_refused_by_the_form(client, demo):
    response = client.post("/en/plan/", form_data(days="8"))
    assert response.status_code == 200
    assert not TripPlan.objects.exists()


def test_an_error_is_in_the_readers_language(client, demo):
    response = client.post("/th/plan/", form_data(end_1="07:00"))
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert not TripPlan.objects.exists()


def test_a_shared_plan_names_its_stops_in_the_readers_language(client, demo):
    from chumchon.catalog.models import Offering
    from chumchon.places.models import Place

    client.post("/en/plan/", form_data())
    trip = TripPlan.objects.get()
    first = trip.result["days"][0]["stops"][0]["stop"]
    kind, key = first.split(":", 1)
    community, slug = key.split("/", 1)
    if kind == "place":
        thai = Place.objects.get(community__slug=community, slug=slug).name_th
    else:
        thai = Offering.objects.get(community__slug=community, slug=slug).title_th
    assert thai and thai not in trip.result["days"][0]["stops"][0]["name"]
    assert thai in client.get(f"/th/plan/{trip.token}/").content.decode()


def test_the_first_day_is_offered_as_an_iso_date_in_every_language(client, demo):
    html = client.get("/th/plan/").content.decode()
    first = (timezone.localdate() + dt.timedelta(days=7)).isoformat()
    assert f'type="date" name="start_date" value="{first}"' in html


def test_a_signed_in_coordinator_sees_their_recent_plans(client, demo, thali_coordinator):
    client.force_login(thali_coordinator)
    client.post("/en/plan/", form_data())
    trip = TripPlan.objects.get()
    assert trip.owner == thali_coordinator
    assert trip.get_absolute_url() in client.get("/en/plan/").content.decode()


def test_a_shared_night_shows_each_homestay_with_its_guests(client, demo):
    client.post("/en/plan/", form_data(party="5", end_community="tha-li"))
    trip = TripPlan.objects.get()
    night = trip.result["days"][0]["night"]
    html = client.get(f"/en/plan/{trip.token}/").content.decode()
    for part in night["parts"]:
        guests = part["guests"]
        assert f"{guests} guest" in html
    assert len(night["parts"]) >= 2
