"""Places as GeoJSON, for the site's maps and for uMap or QGIS."""

from collections.abc import Iterable
from typing import Any

from chumchon.places.models import Place


def place_feature(place: Place) -> dict[str, Any]:
    return {
        "type": "Feature",
        # GeoJSON orders coordinates longitude first.
        "geometry": {
            "type": "Point",
            "coordinates": [float(place.longitude), float(place.latitude)],
        },
        "properties": {
            "slug": place.slug,
            "name": place.name,
            "category": place.category,
            "category_label": str(place.get_category_display()),
            "summary": place.summary,
            "url": place.get_absolute_url(),
            "visit_minutes": place.visit_minutes,
            "approximate": place.location_is_approximate,
        },
    }


def places_collection(places: Iterable[Place]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [place_feature(p) for p in places]}
