"""The voucher a confirmed booking gets: its check-in QR code, a small map and the PDF.

The map is drawn here as plain SVG from coordinates, so the PDF needs no map tiles
and no internet. Its labels are numbers only: Thai and Lao names go in the legend
beside it, which WeasyPrint shapes properly (SVG <text> would not shape them).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape
from urllib.parse import quote

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from chumchon.core.pdf import (  # noqa: F401 - re-exported for templates and tests
    FONT_STACK,
    font_faces_css,
    keep_trailing_kerning,
    qr_svg,
    render_pdf,
)


def site_url(path: str = "") -> str:
    """An absolute link for e-mails and QR codes (settings.SITE_URL, no trailing slash)."""
    base = getattr(settings, "SITE_URL", "http://127.0.0.1:8000").rstrip("/")
    return base + path


def checkin_url(booking) -> str:
    """The coordinator's check-in page with this booking's code, in the community's language."""
    community = booking.community
    return site_url(
        f"/{community.main_language}/manage/{community.slug}/checkin/"
        f"?code={quote(booking.reference)}"
    )


# --- The map ------------------------------------------------------------------------


@dataclass(frozen=True)
class MapPoint:
    label: str  # a short mark drawn on the map: "1", "2"…
    latitude: float
    longitude: float
    meeting: bool = False


_METRES_PER_DEGREE = 111_320.0
_NICE_LENGTHS = (25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000)


def _scale_length(metres_available: float) -> int:
    fitting = [n for n in _NICE_LENGTHS if n <= metres_available]
    return fitting[-1] if fitting else _NICE_LENGTHS[0]


def _scale_label(metres: int) -> str:
    return f"{metres / 1000:g} km" if metres >= 1000 else f"{metres} m"


def _free_spot(
    x: float, y: float, r: float, placed: list[tuple[float, float, float]], box: tuple[float, float]
) -> tuple[float, float]:
    """Where to draw a marker near (x, y) without covering one already drawn.

    Places a few hundred metres apart can fall on the same pixels; the marker then
    moves aside and a thin line points to the true spot.
    """

    def free(cx: float, cy: float) -> bool:
        inside = r <= cx <= box[0] - r and r <= cy <= box[1] - r
        return inside and all(math.hypot(cx - px, cy - py) >= r + pr + 2 for px, py, pr in placed)

    if free(x, y):
        return x, y
    for step in range(1, 6):
        distance = step * (r + 4)
        for k in range(12):
            angle = math.radians(-60 + 30 * k)  # start up and to the right
            cx, cy = x + distance * math.cos(angle), y + distance * math.sin(angle)
            if free(cx, cy):
                return cx, cy
    return x, y


def map_svg(
    points: list[MapPoint],
    *,
    width: int = 400,
    height: int = 190,
    colour: str = "#1B6E53",
) -> str:
    """A plain map: numbered markers on a blank background, a north arrow and a scale bar.

    Equirectangular projection around the points' centre: exact enough for the few
    kilometres of one village, and it needs no map data at all. Meeting points are
    placed first, so they stay on their true spot.
    """
    if not points:
        return ""
    lat0 = sum(p.latitude for p in points) / len(points)
    kx = _METRES_PER_DEGREE * math.cos(math.radians(lat0))
    xs = [p.longitude * kx for p in points]
    ys = [p.latitude * _METRES_PER_DEGREE for p in points]
    scale_room = 20  # the strip at the bottom for the scale bar
    pad = 24
    span_x = max(max(xs) - min(xs), 300.0)
    span_y = max(max(ys) - min(ys), 300.0)
    metres_per_px = max(span_x / (width - 2 * pad), span_y / (height - scale_room - 2 * pad))
    mid_x = (max(xs) + min(xs)) / 2
    mid_y = (max(ys) + min(ys)) / 2
    box = (width, height - scale_room)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" class="voucher-map" role="img" '
        'font-family="sans-serif">',
        f'<rect width="{width}" height="{height}" fill="#f3f1e9" stroke="#cfd6cc"/>',
    ]
    markers = []
    placed: list[tuple[float, float, float]] = []
    ordered = sorted(zip(points, xs, ys, strict=True), key=lambda t: not t[0].meeting)
    for point, x, y in ordered:
        tx = width / 2 + (x - mid_x) / metres_per_px
        ty = box[1] / 2 - (y - mid_y) / metres_per_px
        r = 11 if point.meeting else 8
        cx, cy = _free_spot(tx, ty, r, placed, box)
        placed.append((cx, cy, r))
        if (cx, cy) != (tx, ty):
            parts.append(
                f'<path d="M{tx:.1f} {ty:.1f}L{cx:.1f} {cy:.1f}" stroke="#6b756f" '
                'stroke-width="1"/>'
                f'<circle cx="{tx:.1f}" cy="{ty:.1f}" r="2" fill="#6b756f"/>'
            )
        fill = colour if point.meeting else "#6b756f"
        markers.append(
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{r}" fill="{fill}" '
            'stroke="#fff" stroke-width="2"/>'
            f'<text x="{cx:.1f}" y="{cy + 4:.1f}" text-anchor="middle" font-size="{r + 1}" '
            f'font-weight="700" fill="#fff">{escape(point.label)}</text>'
        )
    parts.extend(reversed(markers))  # meeting points last, on top
    scale_m = _scale_length(metres_per_px * width / 3)
    bar = scale_m / metres_per_px
    y = height - 8
    parts.append(
        f'<path d="M10 {y - 5}v5h{bar:.1f}v-5" fill="none" stroke="#1d2521" stroke-width="1.5"/>'
        f'<text x="{14 + bar:.1f}" y="{y}" font-size="11" fill="#1d2521">'
        f"{_scale_label(scale_m)}</text>"
    )
    nx = width - 18
    parts.append(
        f'<path d="M{nx} 8l6 16h-12z" fill="#1d2521"/>'
        f'<text x="{nx}" y="36" text-anchor="middle" font-size="11" fill="#1d2521">N</text>'
    )
    parts.append("</svg>")
    return "".join(parts)


def distance_m(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    kx = _METRES_PER_DEGREE * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot((lng2 - lng1) * kx, (lat2 - lat1) * _METRES_PER_DEGREE)


# --- What a voucher shows -------------------------------------------------------------

NEARBY_RADIUS_M = 1500
NEARBY_MAX = 5


def meeting_places(booking) -> list:
    """The distinct meeting points of the booking's items, in the order of the items."""
    seen = {}
    for item in booking.items.all():
        place = item.offering.place
        if place is not None and place.pk not in seen:
            seen[place.pk] = place
    return list(seen.values())


def nearby_places(booking, meeting: list) -> list:
    if not meeting:
        return []
    first = meeting[0]
    lat, lng = float(first.latitude), float(first.longitude)
    candidates = booking.community.places.filter(is_published=True).exclude(
        pk__in=[p.pk for p in meeting]
    )
    with_distance = [
        (distance_m(lat, lng, float(p.latitude), float(p.longitude)), p) for p in candidates
    ]
    close = sorted((d, p) for d, p in with_distance if d <= NEARBY_RADIUS_M)
    return [p for _, p in close[:NEARBY_MAX]]


def voucher_context(booking, *, pdf: bool = False) -> dict:
    """Everything the voucher shows, for the web page and the PDF alike."""
    from chumchon.places.geojson import places_collection

    items = list(
        booking.items.select_related("offering__place", "slot").order_by("slot__starts_at", "id")
    )
    meeting = meeting_places(booking)
    nearby = nearby_places(booking, meeting)
    legend = [(str(i), place, True) for i, place in enumerate(meeting, 1)]
    legend += [(str(i), place, False) for i, place in enumerate(nearby, len(meeting) + 1)]
    checkin = checkin_url(booking)
    what_to_bring = []
    for item in items:
        text = item.offering.what_to_bring
        if text and (item.offering.title, text) not in what_to_bring:
            what_to_bring.append((item.offering.title, text))
    context = {
        "booking": booking,
        "community": booking.community,
        "items": items,
        "checkin_url": checkin,
        "checkin_qr": qr_svg(checkin, scale=4),
        "meeting_places": meeting,
        "legend": legend,
        "what_to_bring": what_to_bring,
        "pdf": pdf,
    }
    if pdf:
        points = [
            MapPoint(label, float(place.latitude), float(place.longitude), meeting=is_meeting)
            for label, place, is_meeting in legend
        ]
        context["map_svg"] = map_svg(points, colour=booking.community.brand_colour)
        context["font_faces"] = font_faces_css()
        context["font_stack"] = FONT_STACK
    else:
        context["map_data"] = places_collection(meeting + nearby) if meeting else None
    return context


def voucher_pdf(booking) -> bytes:
    """The voucher as a PDF in the booking's language, with the fonts embedded."""
    with (
        translation.override(booking.language),
        timezone.override(booking.community.time_zone),
    ):
        html = render_to_string("bookings/voucher_pdf.html", voucher_context(booking, pdf=True))
    return render_pdf(html)
