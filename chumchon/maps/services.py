"""Printed maps: rendering with a cache keyed by the data, and importing landscape."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction

from chumchon.communities.models import Community
from chumchon.maps import adapter, osm
from chumchon.maps.models import MapFeature
from chumchon.maps.render import model as m
from chumchon.maps.render.output import FORMATS, SIZES, render

# Bump when the renderer draws differently, so cached posters are redrawn.
RENDERER_VERSION = "3"
CONTENT_TYPES = {"svg": "image/svg+xml", "pdf": "application/pdf", "png": "image/png"}


class MapRequestError(ValueError):
    """Bad format, size or language: `code` is stable, the message is for people."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def check_params(fmt: str, size: str, lang: str) -> tuple[str, ...]:
    from django.utils.translation import gettext as _

    if fmt not in FORMATS:
        raise MapRequestError("bad_format", _("Choose svg, png or pdf."))
    if size not in SIZES:
        raise MapRequestError("bad_size", _("Choose a4, a3, a5 or social."))
    try:
        return adapter.parse_languages(lang)
    except ValueError:
        raise MapRequestError("bad_language", _("Choose th, lo, en, th+en or lo+en.")) from None


def build_spec(
    community: Community, route=None, lang: str = "th+en", with_background: bool = True
) -> m.MapSpec:
    """Everything the poster prints; without background, only its version (cache keys)."""
    languages = adapter.parse_languages(lang)
    if route is not None:
        from chumchon.maps.route_adapter import route_spec

        return route_spec(route, languages, with_background)
    return adapter.community_spec(community, languages, with_background)


def fingerprint(spec: m.MapSpec, fmt: str, size: str) -> str:
    """A key that changes whenever anything printed on the map changes.

    The spec holds every word, point and colour the poster shows, so hashing it is
    exact: an edited place name or a new stop redraws; an unrelated save does not.
    The landscape counts through `background_version`, not its geometry.
    """
    light = replace(spec, background=())
    digest = hashlib.sha256(f"{RENDERER_VERSION}|{fmt}|{size}|{light!r}".encode()).hexdigest()
    return digest[:24]


def cache_path(community: Community, route, fmt: str, size: str, lang: str, key: str) -> str:
    """maps/<slug>/<what>-<size>-<lang>.<hash>.<fmt>: one poster per parameters and data."""
    what = f"route-{route.pk}" if route is not None else "community"
    return f"maps/{community.slug}/{what}-{size}-{lang.replace('+', '-')}.{key}.{fmt}"


def cached_map(community: Community, route, fmt: str, size: str, lang: str) -> tuple[str, bool]:
    """(storage path, whether it is already rendered) for these parameters."""
    spec = build_spec(community, route, lang, with_background=False)
    path = cache_path(community, route, fmt, size, lang, fingerprint(spec, fmt, size))
    return path, default_storage.exists(path)


def render_to_cache(community: Community, route, fmt: str, size: str, lang: str) -> str:
    """Render the map (unless the same data is already rendered), store it, and delete
    the versions of the same poster drawn from older data."""
    spec = build_spec(community, route, lang)
    path = cache_path(community, route, fmt, size, lang, fingerprint(spec, fmt, size))
    if not default_storage.exists(path):
        default_storage.save(path, ContentFile(render(spec, fmt, size)))
        folder, name = path.rsplit("/", 1)
        prefix = name.split(".", 1)[0] + "."
        try:
            _, files = default_storage.listdir(folder)
        except (NotImplementedError, FileNotFoundError):
            files = []
        for old in files:
            if old.startswith(prefix) and old.endswith(f".{fmt}") and old != name:
                default_storage.delete(f"{folder}/{old}")
    return path


def render_map(community: Community, route, fmt: str, size: str, lang: str) -> bytes:
    """The map's bytes, straight from the renderer (the command line uses this)."""
    return render(build_spec(community, route, lang), fmt, size)


def community_area(community: Community, pad_km: float = 3.0) -> osm.Area:
    points = [(float(p.latitude), float(p.longitude)) for p in community.places.all()] or [
        (float(community.latitude), float(community.longitude))
    ]
    points.append((float(community.latitude), float(community.longitude)))
    return adapter.area_of(points, pad_km)


def import_extract(
    path: Path,
    community: Community | None = None,
    progress: Callable[[int], None] = lambda n: None,
) -> dict[str, int]:
    """Store an OpenStreetMap extract's roads, water and land use, in one transaction.

    With a community, features are cut to its area (its places plus 3 km) and
    replace what that community had imported before from a file of the same name.
    """
    area = community_area(community) if community else None
    source = Path(path).name
    counts: dict[str, int] = {}
    rows = []
    for ft in osm.read_extract(Path(path), area, progress):
        s, w, n, e = osm.bbox(ft.geometry)
        rows.append(
            MapFeature(
                community=community,
                kind=ft.kind,
                subkind=ft.subkind[:30],
                name=ft.name[:200],
                osm_id=ft.osm_id[:30],
                geometry=json.dumps(ft.geometry, separators=(",", ":")),
                south=s,
                west=w,
                north=n,
                east=e,
                source=source,
            )
        )
        counts[ft.kind] = counts.get(ft.kind, 0) + 1
    with transaction.atomic():
        MapFeature.objects.filter(community=community, source=source).delete()
        MapFeature.objects.bulk_create(rows, batch_size=500)
    return counts
