"""Landscape for printed maps from OpenStreetMap extracts (.osm.pbf or GeoJSON).

Only what a village tourist map draws is kept: roads, rivers and streams, water
areas, and land use (forest, farmland, villages). Features outside the area are
skipped and lines are cut to it, so a province-sized extract stores a village.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROAD_CLASSES = {
    "motorway", "trunk", "primary", "secondary", "tertiary", "unclassified",
    "residential", "service", "track", "living_street", "road",
    "motorway_link", "trunk_link", "primary_link", "secondary_link", "tertiary_link",
}  # fmt: skip
WATERWAYS = {"river", "stream", "canal", "drain"}
LANDUSE = {
    "forest", "farmland", "orchard", "residential", "meadow", "grass", "village_green",
    "farmyard", "plantation",
}  # fmt: skip

Area = tuple[float, float, float, float]  # south, west, north, east


@dataclass(frozen=True)
class Feature:
    kind: str
    subkind: str
    name: str
    geometry: dict
    osm_id: str = ""


def classify(tags: dict[str, str], is_area: bool) -> tuple[str, str] | None:
    """(kind, subkind) for OSM tags, or None for anything a tourist map leaves out."""
    if not is_area:
        if tags.get("highway") in ROAD_CLASSES:
            return "road", tags["highway"].removesuffix("_link")
        if tags.get("waterway") in WATERWAYS:
            return "waterway", tags["waterway"]
        return None
    if tags.get("natural") == "water" or tags.get("waterway") == "riverbank":
        return "water", tags.get("water", "water")
    if tags.get("landuse") in ("reservoir", "basin"):
        return "water", tags["landuse"]
    if tags.get("landuse") in LANDUSE:
        return "landuse", tags["landuse"]
    if tags.get("natural") == "wood":
        return "landuse", "wood"
    return None


def bbox(geometry: dict) -> Area:
    coords: list = []

    def walk(c):
        if c and isinstance(c[0], (int, float)):
            coords.append(c)
        else:
            for x in c:
                walk(x)

    walk(geometry.get("coordinates", []))
    if not coords:
        raise ValueError("geometry has no coordinates")
    lngs = [c[0] for c in coords]
    lats = [c[1] for c in coords]
    return min(lats), min(lngs), max(lats), max(lngs)


def _inside(c, area: Area) -> bool:
    return area[0] <= c[1] <= area[2] and area[1] <= c[0] <= area[3]


def clip(geometry: dict, area: Area | None) -> dict | None:
    """The geometry cut to `area`: lines keep their runs inside (plus one point
    beyond, so they leave the frame instead of stopping short); polygons are kept
    whole when they touch it (the printed map clips them to its frame)."""
    if area is None:
        return geometry
    try:
        s, w, n, e = bbox(geometry)
    except ValueError:
        return None
    if n < area[0] or s > area[2] or e < area[1] or w > area[3]:
        return None
    kind = geometry["type"]
    if kind not in ("LineString", "MultiLineString"):
        return geometry
    lines = [geometry["coordinates"]] if kind == "LineString" else geometry["coordinates"]
    runs = []
    for line in lines:
        run: list = []
        for i, c in enumerate(line):
            near = _inside(c, area) or (
                (i > 0 and _inside(line[i - 1], area))
                or (i + 1 < len(line) and _inside(line[i + 1], area))
            )
            if near:
                run.append(c)
            elif run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
    runs = [r for r in runs if len(r) >= 2]
    if not runs:
        # A long straight segment may cross the area with both ends outside it.
        return geometry
    if len(runs) == 1:
        return {"type": "LineString", "coordinates": runs[0]}
    return {"type": "MultiLineString", "coordinates": runs}


def read_geojson(
    path: Path, area: Area | None, progress: Callable[[int], None]
) -> Iterator[Feature]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    features = data.get("features", []) if data.get("type") == "FeatureCollection" else [data]
    for i, ft in enumerate(features, start=1):
        progress(i)
        geometry = ft.get("geometry") or {}
        props = ft.get("properties") or {}
        tags = {k: str(v) for k, v in props.items() if isinstance(v, (str, int, float))}
        is_area = geometry.get("type") in ("Polygon", "MultiPolygon")
        kind = classify(tags, is_area)
        if kind is None:
            continue
        clipped = clip(geometry, area)
        if clipped is None:
            continue
        yield Feature(kind[0], kind[1], tags.get("name", ""), clipped, str(ft.get("id", "")))


def read_pbf(path: Path, area: Area | None, progress: Callable[[int], None]) -> Iterator[Feature]:
    import osmium

    factory = osmium.geom.GeoJSONFactory()
    # Node locations and areas are assembled from everything; only tagged objects a
    # tourist map draws then reach Python (a province has millions of buildings).
    processor = (
        osmium.FileProcessor(str(path))
        .with_locations()
        .with_areas()
        .with_filter(osmium.filter.KeyFilter("highway", "waterway", "natural", "landuse"))
    )
    for i, obj in enumerate(processor, start=1):
        progress(i)
        if obj.is_node() or not obj.tags:
            continue
        tags = {t.k: t.v for t in obj.tags}
        if obj.is_way():
            kind = classify(tags, is_area=False)
            prefix = "w"
            make = factory.create_linestring
        elif obj.is_area():
            kind = classify(tags, is_area=True)
            prefix = "w" if obj.from_way() else "r"
            make = factory.create_multipolygon
        else:
            continue
        if kind is None:
            continue
        try:
            geometry = json.loads(make(obj))
        except (RuntimeError, osmium.InvalidLocationError):
            continue  # a way whose nodes lie outside the extract
        clipped = clip(geometry, area)
        if clipped is None:
            continue
        osm_id = f"{prefix}{obj.orig_id() if obj.is_area() else obj.id}"
        yield Feature(kind[0], kind[1], tags.get("name", ""), clipped, osm_id)


def read_extract(
    path: Path, area: Area | None, progress: Callable[[int], None] = lambda n: None
) -> Iterator[Feature]:
    """The features of an .osm.pbf/.osm or a GeoJSON file, by its name."""
    name = str(path).lower()
    if name.endswith((".geojson", ".json")):
        return read_geojson(path, area, progress)
    if name.endswith((".pbf", ".osm", ".osm.bz2", ".osm.gz")):
        return read_pbf(path, area, progress)
    raise ValueError(f"{path}: expected an .osm.pbf or a .geojson file")
