"""Who may open and change the route editor: one line per actor."""

import datetime as dt

import pytest
from django.urls import reverse

from chumchon.routes.models import Route, RouteDay, RouteStop

pytestmark = pytest.mark.django_db


def url(name, route, *args):
    return reverse(f"routes:{name}", args=[route.community.slug, route.pk, *args])


def add_day(client, route):
    return client.post(
        url("day_new", route),
        {"day-starts_at": "07:00", "day-ends_at": "12:00", "day-title_en": "Two"},
    )


def test_the_tha_li_coordinator_reads_and_changes_tha_li_routes(client, thali_coordinator, route):
    client.force_login(thali_coordinator)
    assert client.get(reverse("routes:manage", args=["t-tha-li"])).status_code == 200
    page = client.get(url("edit", route))
    assert page.status_code == 200 and "Market" in page.content.decode()
    assert add_day(client, route).status_code == 302
    assert route.days.count() == 2


def test_the_treasurer_may_change_them_too(client, thali_treasurer, route):
    client.force_login(thali_treasurer)
    assert add_day(client, route).status_code == 302


def test_the_bo_tan_coordinator_may_not(client, botan_coordinator, route):
    client.force_login(botan_coordinator)
    assert client.get(url("edit", route)).status_code == 403
    assert add_day(client, route).status_code == 403
    # Nor by putting Tha Li's route under Bo Tan's address.
    wrong = reverse("routes:day_new", args=["t-bo-tan", route.pk])
    assert client.post(wrong, {"day-starts_at": "07:00", "day-ends_at": "12:00"}).status_code == 404
    assert route.days.count() == 1


def test_an_officer_reads_but_changes_nothing(client, officer, route):
    client.force_login(officer)
    page = client.get(url("edit", route))
    assert page.status_code == 200
    assert "Add a stop" not in page.content.decode()
    assert client.get(url("preview", route)).status_code == 200
    assert add_day(client, route).status_code == 403
    stop = RouteStop.objects.first()
    assert client.post(url("stop_delete", route, stop.pk)).status_code == 403
    assert client.post(url("publish", route), {"publish": "0"}).status_code == 403
    assert client.post(url("copy", route)).status_code == 403
    assert Route.objects.get().is_published


def test_a_stranger_may_not_even_read(client, stranger, route):
    client.force_login(stranger)
    assert client.get(url("edit", route)).status_code == 403
    assert client.get(reverse("routes:manage", args=["t-tha-li"])).status_code == 403


def test_visitors_who_are_not_signed_in_are_sent_to_sign_in(client, route):
    response = client.get(url("edit", route))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_coordinator_builds_a_route_with_plain_forms(
    client, thali_coordinator, tha_li, market, river, homestay
):
    client.force_login(thali_coordinator)
    response = client.post(
        reverse("routes:new", args=["t-tha-li"]),
        {"title_en": "Morning loop", "title_th": "รอบเช้า", "story_lo": "ເລື່ອງ", "slug": ""},
    )
    route = Route.objects.get(slug="morning-loop")
    assert response["Location"] == url("edit", route)
    assert (route.title_th, route.story_lo) == ("รอบเช้า", "ເລື່ອງ")
    client.post(
        url("day_new", route),
        {
            "day-starts_at": "06:00",
            "day-ends_at": "11:00",
            "day-start_place": homestay.pk,
            "day-end_place": homestay.pk,
        },
    )
    day = RouteDay.objects.get(route=route)
    for place, mode in ((market, "walk"), (river, "boat")):
        response = client.post(
            url("stop_new", route, day.pk),
            {"stop-place": place.pk, "stop-mode": mode, "stop-stay_minutes": "30"},
        )
        assert response.status_code == 302
    river_stop = RouteStop.objects.get(place=river)
    client.post(url("stop_move", route, river_stop.pk), {"direction": "up"})
    assert list(day.stops.order_by("position").values_list("place__slug", flat=True)) == [
        "river",
        "market",
    ]
    client.post(
        url("stop_edit", route, river_stop.pk),
        {"stop-place": river.pk, "stop-mode": "boat", "stop-leg_minutes_override": "25"},
    )
    preview = client.get(url("preview", route)).content.decode()
    assert "06:25" in preview  # the override: 06:00 + 25 minutes
    client.post(url("publish", route), {"publish": "1"})
    route.refresh_from_db()
    assert route.is_published


def test_a_stop_without_place_or_offering_is_explained_in_the_form(
    client, thali_coordinator, route
):
    client.force_login(thali_coordinator)
    day = route.days.get()
    response = client.post(url("stop_new", route, day.pk), {"stop-mode": "walk"})
    assert response.status_code == 200
    assert "Choose a place or an offering." in response.content.decode()
    assert day.stops.count() == 2


def test_the_preview_checks_the_opening_hours_of_a_chosen_date(client, thali_coordinator, route):
    RouteStop.objects.filter(place__slug="market").update(arrive_at=dt.time(11, 0))
    client.force_login(thali_coordinator)
    sunday = client.get(url("preview", route), {"date": "2026-12-06"}).content.decode()
    monday = client.get(url("preview", route), {"date": "2026-12-07"}).content.decode()
    assert 'data-code="closed"' in sunday
    assert 'data-code="closed"' not in monday


def test_a_stop_whose_offering_lost_its_place_is_listed_for_fixing(
    client, thali_coordinator, route, weaving
):
    RouteStop.objects.filter(place__slug="river").update(place=None, offering=weaving)
    weaving.place = None
    weaving.save()
    client.force_login(thali_coordinator)
    html = client.get(url("edit", route)).content.decode()
    stop = RouteStop.objects.get(offering=weaving)
    assert "Stops without a place" in html
    assert url("stop_edit", route, stop.pk) in html


def test_the_stop_form_moves_a_stop_to_another_day(client, thali_coordinator, route, homestay):
    day2 = RouteDay.objects.create(
        route=route, number=2, starts_at="07:00", ends_at="12:00", start_place=homestay
    )
    stop = RouteStop.objects.get(place__slug="river")
    client.force_login(thali_coordinator)
    form = client.get(url("stop_edit", route, stop.pk)).content.decode()
    assert "Day 2" in form
    response = client.post(
        url("stop_edit", route, stop.pk),
        {"stop-day": day2.pk, "stop-place": stop.place_id, "stop-mode": "boat"},
    )
    assert response.status_code == 302
    stop.refresh_from_db()
    assert (stop.day, stop.position) == (day2, 1)
