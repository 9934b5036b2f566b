import pytest
from rest_framework.test import APIClient

from chumchon.api.keys import create_key
from chumchon.routes.models import Route

pytestmark = pytest.mark.django_db


def keyed(role, community=None):
    _key, text = create_key(name=f"{role} test", role=role, community=community)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {text}")
    return client


@pytest.fixture
def anonymous():
    return APIClient()


def test_anyone_lists_a_communitys_published_routes_with_their_timeline(anonymous, route, tha_li):
    Route.objects.create(community=tha_li, slug="draft", title_en="Draft")
    response = anonymous.get("/api/v1/communities/t-tha-li/routes")
    assert response.status_code == 200
    [data] = response.json()
    assert (data["id"], data["slug"], data["community"], data["title"]) == (
        route.pk,
        "river-day",
        "t-tha-li",
        "River day",
    )
    [day] = data["days"]
    assert (day["starts_at"], day["finishes_at"], day["travel_minutes"]) == ("08:00", "10:13", 43)
    market = day["stops"][0]
    assert {
        k: market[k]
        for k in (
            "number",
            "name",
            "arrive",
            "depart",
            "leg_mode",
            "leg_minutes",
            "leg_metres",
            "leg_source",
        )
    } == {
        "number": 1,
        "name": "Market",
        "arrive": "08:20",
        "depart": "09:20",
        "leg_mode": "walk",
        "leg_minutes": 20,
        "leg_metres": 1301,
        "leg_source": "estimate",
    }
    assert day["end_leg"]["minutes"] == 15 and day["end"]["category"] == "homestay"
    assert data["url"].endswith("/en/c/t-tha-li/routes/river-day/")


def test_a_route_reads_by_its_id_in_the_requests_language(anonymous, route):
    response = anonymous.get(f"/api/v1/routes/{route.pk}", HTTP_ACCEPT_LANGUAGE="th")
    data = response.json()
    assert data["title"] == "วันริมน้ำ"
    assert data["translations"]["lo"]["story"] == "ຍ່າງໄປຕະຫຼາດແລ້ວນັ່ງເຮືອ"
    assert data["translations"]["en"]["title"] == "River day"
    assert data["cross_border"] is False


def test_an_unpublished_route_is_not_found_for_the_public(anonymous, route):
    Route.objects.filter(pk=route.pk).update(is_published=False)
    response = anonymous.get(f"/api/v1/routes/{route.pk}")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert anonymous.get("/api/v1/communities/t-tha-li/routes").json() == []


def test_the_communitys_coordinator_key_reads_its_drafts(route, tha_li, bo_tan):
    Route.objects.filter(pk=route.pk).update(is_published=False)
    assert keyed("coordinator", tha_li).get(f"/api/v1/routes/{route.pk}").status_code == 200
    assert keyed("coordinator", bo_tan).get(f"/api/v1/routes/{route.pk}").status_code == 404
    assert keyed("partner").get(f"/api/v1/routes/{route.pk}").status_code == 404


def test_an_unknown_community_is_a_json_404(anonymous):
    response = anonymous.get("/api/v1/communities/nowhere/routes")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
