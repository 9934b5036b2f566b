"""Places to and from GeoJSON and CSV, so communities can edit them in uMap or QGIS.

Import is an upsert by slug in one transaction: every row is checked first, and a
single bad row (reported with its line or feature number) changes nothing.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from chumchon.communities.models import Community
from chumchon.core.audit import log_action
from chumchon.places.models import Place, PlaceCategory

LANGS = ("th", "lo", "en")
TEXT_FIELDS = [f"{field}_{lang}" for field in ("name", "summary") for lang in LANGS]
COLUMNS = [
    "slug",
    *TEXT_FIELDS,
    "category",
    "latitude",
    "longitude",
    "location_is_approximate",
    "visit_minutes",
    "always_open",
    "is_published",
]
BOOLEANS = ("location_is_approximate", "always_open", "is_published")


class PlacesImportError(ValueError):
    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


def _row(place: Place) -> dict[str, Any]:
    row: dict[str, Any] = {"slug": place.slug}
    for field in TEXT_FIELDS:
        row[field] = getattr(place, field) or ""
    row.update(
        category=place.category,
        latitude=str(place.latitude),
        longitude=str(place.longitude),
        location_is_approximate=place.location_is_approximate,
        visit_minutes=place.visit_minutes,
        always_open=place.always_open,
        is_published=place.is_published,
    )
    return row


def export_geojson(community: Community) -> str:
    features = []
    for place in community.places.order_by("slug"):
        props = _row(place)
        lat, lng = props.pop("latitude"), props.pop("longitude")
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [float(lng), float(lat)]},
                "properties": props,
            }
        )
    return json.dumps(
        {"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1
    )


def export_csv(community: Community) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for place in community.places.order_by("slug"):
        row = _row(place)
        writer.writerow({k: (str(v).lower() if isinstance(v, bool) else v) for k, v in row.items()})
    return out.getvalue()


def _bool(value: Any, default: bool) -> bool:
    if value in (None, ""):
        return default
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "y"):
        return True
    if text in ("0", "false", "no", "n"):
        return False
    raise ValueError(_("expected true or false, got %(value)s") % {"value": value})


def _clean(raw: dict[str, Any]) -> dict[str, Any]:
    """One row's values, checked; a ValueError says what is wrong with it."""
    names = {f"name_{lang}": (raw.get(f"name_{lang}") or "").strip() for lang in LANGS}
    if not any(names.values()) and raw.get("name"):
        names["name_en"] = str(raw["name"]).strip()
    if not any(names.values()):
        raise ValueError(_("a name is missing"))
    slug = slugify(str(raw.get("slug") or "")) or slugify(
        names["name_en"] or next(v for v in names.values() if v), allow_unicode=False
    )
    if not slug:
        raise ValueError(_("a slug is missing (a short Latin name for links)"))
    category = str(raw.get("category") or "").strip().lower()
    if category not in PlaceCategory.values:
        raise ValueError(
            _("unknown category %(category)s; use one of %(choices)s")
            % {"category": category or "''", "choices": ", ".join(PlaceCategory.values)}
        )
    try:
        lat = Decimal(str(raw.get("latitude"))).quantize(Decimal("0.000001"))
        lng = Decimal(str(raw.get("longitude"))).quantize(Decimal("0.000001"))
    except (InvalidOperation, TypeError):
        raise ValueError(_("latitude and longitude must be numbers")) from None
    if not (-90 <= lat <= 90 and -180 <= lng <= 180):
        raise ValueError(_("latitude or longitude out of range"))
    minutes = raw.get("visit_minutes")
    try:
        minutes = int(minutes) if minutes not in (None, "") else 60
    except (TypeError, ValueError):
        raise ValueError(_("visit_minutes must be a whole number")) from None
    if not 0 < minutes <= 24 * 60:
        raise ValueError(_("visit_minutes must be between 1 and 1440"))
    values: dict[str, Any] = {
        "slug": slug[:50],
        "category": category,
        "latitude": lat,
        "longitude": lng,
        "visit_minutes": minutes,
        "location_is_approximate": _bool(raw.get("location_is_approximate"), False),
        "always_open": _bool(raw.get("always_open"), False),
        "is_published": _bool(raw.get("is_published"), True),
    }
    for field in names:
        if names[field]:
            values[field] = names[field][:120]
    for lang in LANGS:
        summary = (raw.get(f"summary_{lang}") or "").strip()
        if summary:
            values[f"summary_{lang}"] = summary[:240]
    return values


def _read(data: bytes, filename: str) -> list[tuple[str, dict[str, Any]]]:
    """(where, raw values) per row: 'line 3' in CSV, 'feature 2' in GeoJSON."""
    text = data.decode("utf-8-sig")
    if filename.lower().endswith((".geojson", ".json")) or text.lstrip().startswith("{"):
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise PlacesImportError([_("Not valid GeoJSON: %(error)s") % {"error": exc}]) from None
        rows = []
        for i, ft in enumerate(doc.get("features", []), start=1):
            props = dict(ft.get("properties") or {})
            geometry = ft.get("geometry") or {}
            if geometry.get("type") == "Point" and len(geometry.get("coordinates", [])) >= 2:
                props["longitude"], props["latitude"] = geometry["coordinates"][:2]
            rows.append((_("feature %(n)s") % {"n": i}, props))
        return rows
    reader = csv.DictReader(io.StringIO(text))
    return [(_("line %(n)s") % {"n": reader.line_num}, row) for row in reader]


def import_places(community: Community, data: bytes, filename: str, actor=None) -> dict[str, int]:
    """Create or update the community's places from a GeoJSON or CSV file (by slug)."""
    rows = _read(data, filename)
    errors, cleaned, seen = [], [], set()
    for where, raw in rows:
        try:
            values = _clean(raw)
        except ValueError as exc:
            errors.append(f"{where}: {exc}")
            continue
        if values["slug"] in seen:
            errors.append(f"{where}: " + _("the slug %(slug)s appears twice") % values)
            continue
        seen.add(values["slug"])
        cleaned.append(values)
    if not rows:
        errors.append(_("The file has no places."))
    if errors:
        raise PlacesImportError(errors)
    created = updated = 0
    with transaction.atomic():
        for values in cleaned:
            slug = values.pop("slug")
            place, was_created = Place.objects.update_or_create(
                community=community, slug=slug, defaults=values
            )
            if was_created and not place.name:
                place.name = next(
                    values[f] for f in ("name_en", "name_th", "name_lo") if values.get(f)
                )
                place.save(update_fields=["name"])
            created += was_created
            updated += not was_created
        log_action(actor, "places.imported", community, created=created, updated=updated)
    return {"created": created, "updated": updated}
