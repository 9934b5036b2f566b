"""The trip planner's pages: the form, the plan (with its map and GeoJSON), and booking it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from chumchon.bookings.errors import BookingError
from chumchon.communities.models import Community
from chumchon.communities.services import approximations
from chumchon.money import Money
from chumchon.routing import services
from chumchon.routing.explain import error_message, metres_text, minutes_text, reason_message
from chumchon.routing.forms import BookPlanForm, PlanForm
from chumchon.routing.geojson import plan_geojson
from chumchon.routing.models import TripPlan
from chumchon.routing.planner import PlanError

DAY_COLOURS = ("#1B6E53", "#B8860B", "#2F5DA8", "#A83A2F", "#6B3FA0", "#0E7C86", "#8A5A00")


@require_http_methods(["GET", "POST"])
def plan_form(request, slug: str | None = None):
    """Anyone may plan a trip; a community's page preselects where it starts and ends."""
    community = None
    if slug is not None:
        community = get_object_or_404(Community, slug=slug, is_published=True)
    form = PlanForm(request.POST or None, community=community)
    if request.method == "POST" and form.is_valid():
        try:
            trip = services.make_plan(form.inputs(), language=get_language(), owner=request.user)
        except PlanError as error:
            form.add_error(None, error_message(error.code, error.params))
        else:
            return redirect(trip)
    mine = TripPlan.objects.filter(owner=request.user)[:5] if request.user.is_authenticated else []
    return render(
        request, "routing/plan_form.html", {"form": form, "community": community, "mine": mine}
    )


def _money(value: dict | None) -> Money | None:
    return None if value is None else Money(Decimal(value["amount"]), value["currency"])


def _shown(stop: dict, names: dict[str, str], number: int | None = None) -> dict:
    """A stop of the stored plan with its texts and prices ready for the page."""
    price = _money(stop.get("price"))
    local = _money(stop.get("price_local"))
    return {
        **stop,
        "name": names.get(stop["stop"], stop["name"]),
        "number": number,
        "parts_shown": [
            {**part, "name": names.get(part["stop"], part["stop"])}
            for part in stop.get("parts") or []
        ],
        "reasons_text": [reason_message(r) for r in stop["reasons"]],
        "price_money": price,
        "local_money": local if local and price and local.currency != price.currency else None,
        "travel_text": minutes_text(stop["travel_minutes"]) if stop["travel_minutes"] else "",
        "distance_text": metres_text(stop["travel_metres"]) if stop["travel_metres"] else "",
    }


def plan_detail(request, token: str):
    """The plan day by day: anyone with the link may see it (it holds nothing personal)."""
    trip = get_object_or_404(TripPlan, token=token)
    result = trip.result
    names = services.names_now(trip)
    days = []
    number = 0
    for index, day in enumerate(result["days"]):
        stops = []
        for stop in day["stops"]:
            number += 1
            stops.append(_shown(stop, names, number))
        days.append(
            {
                **day,
                "date_value": dt.date.fromisoformat(day["date"]),
                "colour": DAY_COLOURS[index % len(DAY_COLOURS)],
                "shown_stops": stops,
                "night_shown": _shown(day["night"], names) if day["night"] else None,
                "back_text": minutes_text(day["back_minutes"]) if day["back_minutes"] else "",
                "back_distance": metres_text(day["back_metres"]) if day["back_metres"] else "",
            }
        )
    cost = _money(result["cost"])
    context = {
        "trip": trip,
        "days": days,
        "cost": cost,
        "cost_elsewhere": approximations(cost) if cost else [],
        "budget": _money({"amount": trip.inputs["budget"], "currency": trip.inputs["currency"]})
        if trip.inputs.get("budget")
        else None,
        "missing": [
            {
                **m,
                "name": names.get(m["stop"], m["name"]),
                "reasons_text": [reason_message(r) for r in m["reasons"]],
            }
            for m in result["missing"]
        ],
        "warnings": [reason_message(w) for w in result["warnings"]],
        "bookable": bool(services.bookable_items(trip)),
        "geojson": plan_geojson(trip, DAY_COLOURS),
        "share_url": request.build_absolute_uri(trip.get_absolute_url()),
    }
    return render(request, "routing/plan_detail.html", context)


def plan_geojson_view(request, token: str):
    trip = get_object_or_404(TripPlan, token=token)
    return JsonResponse(plan_geojson(trip, DAY_COLOURS), content_type="application/geo+json")


@require_http_methods(["GET", "POST"])
def plan_book(request, token: str):
    """Hold every bookable part of the plan at once, one booking per community."""
    trip = get_object_or_404(TripPlan, token=token)
    if not services.bookable_items(trip):
        raise Http404("nothing to book")
    form = BookPlanForm(request.POST or None, initial={"language": get_language()})
    bookings = []
    if request.method == "POST" and form.is_valid():
        try:
            bookings = services.book_plan(trip, form.contact(), by=request.user)
        except BookingError as error:
            form.add_error(None, error.message)
        else:
            if len(bookings) == 1:
                return redirect(bookings[0])
    names = services.names_now(trip)
    rows = [
        {
            "date": dt.date.fromisoformat(day["date"]),
            "at": stop["book_at"],
            "name": names.get(stop["stop"], stop["name"]),
            "price": _money(stop.get("price")),
        }
        for day in trip.result["days"]
        for stop in [*day["stops"], *([day["night"]] if day["night"] else [])]
        if stop.get("bookable") and stop.get("book_at")
    ]
    return render(
        request,
        "routing/plan_book.html",
        {"trip": trip, "form": form, "bookings": bookings, "rows": rows},
    )
