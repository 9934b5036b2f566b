"""Load the demo routes (chumchon/demo/content/routes.py); idempotent like the rest of the demo.

Routes and days are found by their natural keys (community + slug, route + number) and
brought back to the demo values; a day's stops are replaced as a whole, since they
have no natural key of their own.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction

from chumchon.catalog.models import Offering
from chumchon.communities.models import Community
from chumchon.demo.content import routes as content
from chumchon.places.models import Place
from chumchon.routes.models import Route, RouteDay, RouteStop
from chumchon.routes.services import refresh_route


def _translated(field: str, texts: dict[str, str] | None) -> dict[str, str]:
    texts = texts or {"th": "", "lo": "", "en": ""}
    return {f"{field}_{lang}": text for lang, text in texts.items()}


def _split(ref: str) -> tuple[str, str]:
    community, slug = ref.split("/", 1)
    return community, slug


def _place(ref: str | None) -> Place | None:
    if ref is None:
        return None
    community, slug = _split(ref)
    return Place.objects.get(community__slug=community, slug=slug)


def _offering(ref: str | None) -> Offering | None:
    if ref is None:
        return None
    community, slug = _split(ref)
    return Offering.objects.get(community__slug=community, slug=slug)


def _load_places() -> None:
    for community_slug, places in content.PLACES.items():
        community = Community.objects.get(slug=community_slug)
        for data in places:
            Place.objects.update_or_create(
                community=community,
                slug=data["slug"],
                defaults={
                    **_translated("name", data["name"]),
                    **_translated("summary", data["summary"]),
                    "category": data["category"],
                    "latitude": Decimal(data["latitude"]),
                    "longitude": Decimal(data["longitude"]),
                    "location_is_approximate": data.get("approximate", False),
                    "visit_minutes": data.get("visit_minutes", 60),
                    "always_open": data.get("always_open", False),
                    "is_published": True,
                },
            )


def _load_route(data: dict) -> Route:
    community = Community.objects.get(slug=data["community"])
    route, _ = Route.objects.update_or_create(
        community=community,
        slug=data["slug"],
        defaults={
            **_translated("title", data["title"]),
            **_translated("summary", data["summary"]),
            **_translated("story", data["story"]),
            "is_published": True,
        },
    )
    for number, day_data in enumerate(data["days"], start=1):
        day, _ = RouteDay.objects.update_or_create(
            route=route,
            number=number,
            defaults={
                **_translated("title", day_data.get("title")),
                "starts_at": dt.time.fromisoformat(day_data["starts_at"]),
                "ends_at": dt.time.fromisoformat(day_data["ends_at"]),
                "start_place": _place(day_data.get("start")),
                "end_place": _place(day_data.get("end")),
            },
        )
        day.stops.all().delete()
        RouteStop.objects.bulk_create(
            RouteStop(
                day=day,
                position=position,
                place=_place(stop.get("place")),
                offering=_offering(stop.get("offering")),
                mode=stop["mode"],
                stay_minutes=stop.get("stay"),
                arrive_at=dt.time.fromisoformat(stop["arrive_at"]) if "arrive_at" in stop else None,
                leg_minutes_override=stop.get("leg"),
                **_translated("note", stop.get("note")),
            )
            for position, stop in enumerate(day_data["stops"], start=1)
        )
    route.days.filter(number__gt=len(data["days"])).delete()
    return refresh_route(route)


@transaction.atomic
def load_demo_routes() -> int:
    """Add or restore the demo routes; returns how many there are."""
    _load_places()
    return len([_load_route(data) for data in content.ROUTES])
