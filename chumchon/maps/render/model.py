"""What a poster map is drawn from: plain dataclasses, filled by chumchon.maps.adapter."""

from __future__ import annotations

from dataclasses import dataclass, field

LatLng = tuple[float, float]  # (latitude, longitude) in degrees


@dataclass(frozen=True)
class Stop:
    """A numbered point on the map: a place, or a stop of a route."""

    number: int
    labels: tuple[str, ...]  # one line per language, first language first
    category: str
    latlng: LatLng
    priority: float = 1.0  # higher keeps its label when space runs out
    approximate: bool = False
    note: str = ""  # e.g. the arrival time on a route
    day: int | None = None  # the route day the stop belongs to
    repeat_of: int | None = None  # a second visit to a stop already on the map: listed only


@dataclass(frozen=True)
class Leg:
    """The way from one stop to the next on the same day."""

    path: tuple[LatLng, ...]
    minutes: int
    metres: int
    mode: str = "walk"


@dataclass(frozen=True)
class Day:
    number: int
    title: str  # "Day 1", already translated
    legs: tuple[Leg, ...]
    summary: str = ""  # "09:00–16:30 · 7.4 km", already formatted


@dataclass(frozen=True)
class BackgroundFeature:
    """A piece of the landscape from an OpenStreetMap extract."""

    kind: str  # water, waterway, road, landuse
    subkind: str  # river, primary, forest, ...
    geometry: dict  # GeoJSON geometry (LineString, Polygon, Multi*)
    name: str = ""
    osm_id: str = ""  # "w123" for OpenStreetMap data: the map then credits OSM


@dataclass(frozen=True)
class BorderPanel:
    """A cross-border route: where to cross, when, and with which papers."""

    title: str
    hours: str
    documents: tuple[str, ...]
    stop_number: int | None = None


@dataclass(frozen=True)
class Texts:
    """Every fixed word the poster prints, translated by the caller."""

    legend: str = "Legend"
    stops: str = "Places"
    contact: str = "Contact"
    emergency: str = "Emergency"
    book: str = "Book a visit"
    north: str = "N"
    approximate: str = "Approximate locations; not for navigation."
    attribution: str = ""
    categories: dict[str, str] = field(default_factory=dict)  # category -> name
    modes: dict[str, str] = field(default_factory=dict)  # mode -> name


@dataclass(frozen=True)
class MapSpec:
    title: tuple[str, ...]  # one line per language
    story: str
    brand_colour: str
    stops: tuple[Stop, ...]
    languages: tuple[str, ...]  # ("th", "en"): decides the fonts and line order
    booking_url: str = ""
    contact_lines: tuple[str, ...] = ()
    emergency_lines: tuple[str, ...] = ()
    days: tuple[Day, ...] = ()
    background: tuple[BackgroundFeature, ...] = ()
    background_version: str = ""  # identifies `background` for cache keys without it
    border: BorderPanel | None = None
    subtitle: str = ""
    texts: Texts = field(default_factory=Texts)
