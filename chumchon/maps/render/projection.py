"""Fit a small area of the earth onto a rectangle of the page (local Web Mercator).

A village map spans a few kilometres, so Web Mercator's scale is constant across it
to well under 1 %; the scale bar uses the scale at the map's centre latitude.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from chumchon.maps.render.model import LatLng

EARTH_RADIUS_M = 6_378_137.0  # Web Mercator sphere


def mercator(latlng: LatLng) -> tuple[float, float]:
    """Metres east and north on the Web Mercator plane."""
    lat = max(min(latlng[0], 85.0), -85.0)
    x = math.radians(latlng[1]) * EARTH_RADIUS_M
    y = math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) * EARTH_RADIUS_M
    return x, y


@dataclass(frozen=True)
class Frame:
    """A rectangle on the page, in points, y down."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class Projection:
    frame: Frame
    scale: float  # page points per Mercator metre
    centre: tuple[float, float]  # Mercator metres at the frame's centre
    centre_lat: float

    def point(self, latlng: LatLng) -> tuple[float, float]:
        x, y = mercator(latlng)
        return (
            self.frame.x + self.frame.width / 2 + (x - self.centre[0]) * self.scale,
            self.frame.y + self.frame.height / 2 - (y - self.centre[1]) * self.scale,
        )

    def ground_metres_per_point(self) -> float:
        """Metres on the ground that one page point stands for, at the centre latitude."""
        return math.cos(math.radians(self.centre_lat)) / self.scale

    def bounds(self) -> tuple[float, float, float, float]:
        """(south, west, north, east) of the whole frame, in degrees."""
        half_w = self.frame.width / 2 / self.scale
        half_h = self.frame.height / 2 / self.scale
        west = math.degrees((self.centre[0] - half_w) / EARTH_RADIUS_M)
        east = math.degrees((self.centre[0] + half_w) / EARTH_RADIUS_M)

        def lat(y: float) -> float:
            return math.degrees(2 * math.atan(math.exp(y / EARTH_RADIUS_M)) - math.pi / 2)

        return lat(self.centre[1] - half_h), west, lat(self.centre[1] + half_h), east


def fit(
    points: Iterable[LatLng],
    frame: Frame,
    margin: float = 0.12,
    min_span_m: float = 800.0,
    inner: Frame | None = None,
) -> Projection:
    """The projection that shows every point inside `frame`, `margin` of it left free.

    With `inner`, the points are fitted into that part of the frame (to keep them
    clear of an inset) while the background still fills the whole frame. A single
    place (or none) still gets a sensible neighbourhood of `min_span_m`.
    """
    points = list(points)
    if inner is not None:
        sub = fit(points, inner, margin, min_span_m)
        dx = inner.x + inner.width / 2 - (frame.x + frame.width / 2)
        dy = inner.y + inner.height / 2 - (frame.y + frame.height / 2)
        centre = (sub.centre[0] - dx / sub.scale, sub.centre[1] + dy / sub.scale)
        return Projection(frame=frame, scale=sub.scale, centre=centre, centre_lat=sub.centre_lat)
    merc = [mercator(p) for p in points]
    lats = [p[0] for p in points] if merc else [0.0]
    if not merc:
        merc = [(0.0, 0.0)]
    xs, ys = [m[0] for m in merc], [m[1] for m in merc]
    centre_lat = (min(lats) + max(lats)) / 2
    # Mercator metres are stretched by 1/cos(lat) against ground metres.
    min_span = min_span_m / math.cos(math.radians(centre_lat))
    span_x = max(max(xs) - min(xs), min_span)
    span_y = max(max(ys) - min(ys), min_span)
    usable_w = frame.width * (1 - 2 * margin)
    usable_h = frame.height * (1 - 2 * margin)
    scale = min(usable_w / span_x, usable_h / span_y)
    centre = ((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2)
    return Projection(frame=frame, scale=scale, centre=centre, centre_lat=centre_lat)


def nice_scale_length(max_metres: float) -> int:
    """The longest round length (1, 2 or 5 × 10^n metres) not above `max_metres`."""
    if max_metres <= 1:
        return 1
    power = 10 ** math.floor(math.log10(max_metres))
    for step in (5, 2, 1):
        if step * power <= max_metres:
            return int(step * power)
    return int(power)
