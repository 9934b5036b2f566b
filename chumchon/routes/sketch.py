"""A route drawn as SVG without map tiles: each day's line and its numbered stops.

No Django here: the printable itinerary embeds it, where no tile server can be
reached. Coordinates are projected equirectangularly around the route's middle
latitude, which is exact enough for the few kilometres a route spans.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

Point = tuple[float, float]  # (latitude, longitude)


@dataclass(frozen=True)
class SketchStop:
    number: int
    point: Point
    label: str


@dataclass(frozen=True)
class SketchDay:
    colour: str
    path: Sequence[Point]
    stops: Sequence[SketchStop]


def _scale_bar_metres(span_m: float) -> int:
    """A round length near a fifth of the drawing's width: 100 m, 200 m, 500 m, 1 km..."""
    target = max(span_m / 5, 1)
    power = 10 ** math.floor(math.log10(target))
    return int(next(step * power for step in (5, 2, 1) if step * power <= target))


def route_svg(days: Sequence[SketchDay], width: int = 640, height: int = 400) -> str:
    """The days' lines and numbered stops, north up, with a scale bar."""
    points = [p for day in days for p in day.path] + [s.point for d in days for s in d.stops]
    if not points:
        return ""
    margin = 28
    mid_lat = math.radians(sum(p[0] for p in points) / len(points))
    xs = [p[1] * math.cos(mid_lat) for p in points]
    ys = [p[0] for p in points]
    span_x = max(max(xs) - min(xs), 1e-4)
    span_y = max(max(ys) - min(ys), 1e-4)
    scale = min((width - 2 * margin) / span_x, (height - 2 * margin) / span_y)
    left = margin + ((width - 2 * margin) - span_x * scale) / 2
    top = margin + ((height - 2 * margin) - span_y * scale) / 2

    def xy(p: Point) -> tuple[float, float]:
        x = left + (p[1] * math.cos(mid_lat) - min(xs)) * scale
        y = top + (max(ys) - p[0]) * scale  # north up
        return round(x, 1), round(y, 1)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" class="route-sketch">',
        f'<rect width="{width}" height="{height}" fill="#f4f6f2"/>',
    ]
    for day in days:
        if len(day.path) >= 2:
            coords = " ".join(f"{x},{y}" for x, y in map(xy, day.path))
            parts.append(
                f'<polyline points="{coords}" fill="none" stroke="{escape(day.colour)}" '
                'stroke-width="4" stroke-linejoin="round" stroke-linecap="round" opacity="0.85"/>'
            )
    for day in days:
        for stop in day.stops:
            x, y = xy(stop.point)
            title = f"<title>{escape(stop.label)}</title>" if stop.label else ""
            parts.append(
                f"<g>{title}"
                f'<circle cx="{x}" cy="{y}" r="11" fill="{escape(day.colour)}" '
                'stroke="#fff" stroke-width="2"/>'
                f'<text x="{x}" y="{y + 4}" text-anchor="middle" font-size="12" '
                f'font-weight="700" fill="#fff">{stop.number}</text></g>'
            )
    # Degrees of latitude are 111.32 km apart: the bar's length in drawing units.
    metres_per_unit = 111_320 / scale
    bar_m = _scale_bar_metres((width - 2 * margin) * metres_per_unit)
    bar = bar_m / metres_per_unit
    label = f"{bar_m // 1000} km" if bar_m >= 1000 else f"{bar_m} m"
    y = height - 12
    parts.append(
        f'<line x1="{margin}" y1="{y}" x2="{round(margin + bar, 1)}" y2="{y}" '
        'stroke="#333" stroke-width="2"/>'
        f'<text x="{margin}" y="{y - 5}" font-size="11" fill="#333">{label}</text>'
        f'<text x="{width - margin}" y="{margin - 8}" font-size="12" text-anchor="end" '
        'fill="#333">N ↑</text>'
    )
    parts.append("</svg>")
    return "".join(parts)
