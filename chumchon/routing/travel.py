"""Travel times between coordinates, estimated without any server.

Great-circle distance × a detour factor (roads and paths are not straight) ÷ the
mode's typical speed on rural Loei/Xayaboury roads. `osrm.py`-style sources may
replace the estimate where a routing server is configured; every source answers
in whole minutes (rounded up) and metres, so callers never mix units.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

EARTH_RADIUS_M = 6_371_008.8  # mean radius (IUGG)

WALK, BICYCLE, CAR, BOAT = "walk", "bicycle", "car", "boat"


@dataclass(frozen=True)
class Mode:
    name: str
    km_per_hour: float
    detour: float  # road distance ÷ great-circle distance


# Speeds are what a visitor group actually keeps (stops, photos, village lanes), not
# the vehicle's top speed; boats go against the current on the Heuang half the time.
MODES: dict[str, Mode] = {
    WALK: Mode(WALK, 4.0, 1.3),
    BICYCLE: Mode(BICYCLE, 12.0, 1.3),
    CAR: Mode(CAR, 40.0, 1.4),
    BOAT: Mode(BOAT, 10.0, 1.2),
}

Point = tuple[float, float]  # (latitude, longitude) in degrees


def great_circle_m(a: Point, b: Point) -> float:
    """Haversine distance in metres."""
    lat1, lng1, lat2, lng2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True)
class Leg:
    minutes: int
    metres: int


def estimate(a: Point, b: Point, mode: str) -> Leg:
    """The estimated leg from `a` to `b` by `mode` (a KeyError for an unknown mode)."""
    m = MODES[mode]
    metres = great_circle_m(a, b) * m.detour
    minutes = math.ceil(metres / (m.km_per_hour * 1000 / 60) - 1e-9)
    return Leg(minutes=max(minutes, 0), metres=round(metres))


def estimate_matrix(points: Sequence[Point], mode: str) -> list[list[Leg]]:
    """Every leg between `points` (the diagonal is zero)."""
    return [
        [Leg(0, 0) if i == j else estimate(a, b, mode) for j, b in enumerate(points)]
        for i, a in enumerate(points)
    ]
