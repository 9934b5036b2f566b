"""A route as GeoJSON: numbered stop points and one line per day, for maps, uMap or QGIS."""

from __future__ import annotations

from typing import Any

from chumchon.places.models import PlaceCategory
from chumchon.routes.models import Route
from chumchon.routes.timeline import DayTimeline, Waypoint

# One colour per day, told apart by people with red–green colour blindness (Okabe–Ito).
DAY_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")


def day_colour(number: int) -> str:
    return DAY_COLOURS[(number - 1) % len(DAY_COLOURS)]


def _clock(t) -> str:
    return t.strftime("%H:%M")


def _point(lat: float, lng: float) -> dict[str, Any]:
    # GeoJSON orders coordinates longitude first.
    return {"type": "Point", "coordinates": [lng, lat]}


def _waypoint(day: DayTimeline, waypoint: Waypoint, role: str) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": _point(waypoint.latitude, waypoint.longitude),
        "properties": {
            "kind": "waypoint",
            "role": role,  # where the day starts or ends
            "day": day.number,
            "name": waypoint.name,
            "category": waypoint.category,
            "category_label": str(PlaceCategory(waypoint.category).label),
            "colour": day_colour(day.number),
        },
    }


def route_collection(route: Route, days: list[DayTimeline]) -> dict[str, Any]:
    """`days` is route_timeline(route): the map shows exactly what the timeline says."""
    features: list[dict[str, Any]] = []
    for day in days:
        colour = day_colour(day.number)
        coordinates = [[lng, lat] for lat, lng in day.path]
        if len(coordinates) >= 2:
            legs = [
                {
                    "to": s.number,
                    "mode": s.leg_mode,
                    "minutes": s.leg_minutes,
                    "metres": s.leg_metres,
                    "source": s.leg_source,
                }
                for s in day.stops
                if s.leg_source
            ]
            if day.end_leg is not None:
                legs.append(
                    {
                        "to": "end",
                        "mode": day.end_leg.mode,
                        "minutes": day.end_leg.minutes,
                        "metres": day.end_leg.metres,
                        "source": day.end_leg.source,
                    }
                )
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "LineString", "coordinates": coordinates},
                    "properties": {
                        "kind": "day",
                        "day": day.number,
                        "title": day.title,
                        "minutes": day.travel_minutes,
                        "metres": day.travel_metres,
                        "starts_at": _clock(day.starts_at),
                        "finishes_at": _clock(day.finishes_at),
                        "colour": colour,
                        "legs": legs,
                    },
                }
            )
        if day.start is not None:
            features.append(_waypoint(day, day.start, "start"))
        if day.end is not None:
            features.append(_waypoint(day, day.end, "end"))
        for stop in day.stops:
            features.append(
                {
                    "type": "Feature",
                    "geometry": _point(stop.latitude, stop.longitude),
                    "properties": {
                        "kind": "stop",
                        "number": stop.number,
                        "day": day.number,
                        "name": stop.name,
                        "place": stop.place_name,
                        "category": stop.category,
                        "category_label": str(PlaceCategory(stop.category).label),
                        "arrive": _clock(stop.arrive),
                        "depart": _clock(stop.depart),
                        "leg_mode": stop.leg_mode,
                        "leg_minutes": stop.leg_minutes,
                        "leg_metres": stop.leg_metres,
                        "leg_source": stop.leg_source,
                        "colour": colour,
                    },
                }
            )
    return {
        "type": "FeatureCollection",
        "properties": {
            "route": route.slug,
            "title": route.title,
            "community": route.community.slug,
            "days": len(days),
            "cross_border": route.cross_border,
        },
        "features": features,
    }
