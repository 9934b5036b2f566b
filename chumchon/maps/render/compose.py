"""Lay out the poster: map geometry as SVG, every word as a measured text box.

The layout is computed once, in points; `output` writes it as a standalone SVG
(text as <text>, shaped by the viewer with the embedded fonts) or as HTML for the
PDF and PNG (text as positioned HTML, shaped by WeasyPrint's HarfBuzz), so the same
boxes that label placement checked are the boxes printed in every format.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from html import escape

import segno

from chumchon.maps.render import icons
from chumchon.maps.render.displace import spread
from chumchon.maps.render.fonts import LINE_HEIGHT, ellipsize, text_width, wrap
from chumchon.maps.render.labels import Box, LabelRequest, place_labels
from chumchon.maps.render.model import BackgroundFeature, MapSpec
from chumchon.maps.render.projection import Frame, Projection, fit, nice_scale_length

MM = 72 / 25.4
PAGE_SIZES = {  # points, portrait posters, and a square social-media card
    "a5": (148 * MM, 210 * MM),
    "a4": (210 * MM, 297 * MM),
    "a3": (297 * MM, 420 * MM),
    "social": (810.0, 810.0),  # 1080 × 1080 CSS pixels
}
INK = "#1E2A2E"
MUTED = "#56646A"
PAPER = "#FBF8F1"
LAND = "#F3EEE1"
WATER = "#A8D1E6"
WATER_LINE = "#6FAED3"


@dataclass
class Line:
    text: str
    size: float
    weight: int = 400
    colour: str = INK
    italic: bool = False


@dataclass
class TextBox:
    """Lines of text with their top-left corner; width measured from the fonts."""

    x: float
    y: float
    lines: list[Line]
    align: str = "start"  # start | middle | end (x is the left, centre or right edge)
    role: str = "text"  # label, leg, number, title, ... (a class in SVG and HTML)
    key: str = ""

    @property
    def width(self) -> float:
        return max((text_width(ln.text, ln.size, ln.weight) for ln in self.lines), default=0.0)

    @property
    def height(self) -> float:
        return sum(ln.size * LINE_HEIGHT for ln in self.lines)

    @property
    def box(self) -> Box:
        left = {"start": self.x, "middle": self.x - self.width / 2, "end": self.x - self.width}
        x0 = left[self.align]
        return (x0, self.y, x0 + self.width, self.y + self.height)


@dataclass
class Poster:
    width: float
    height: float
    languages: tuple[str, ...]
    shapes: list[str] = field(default_factory=list)  # SVG elements, no text
    texts: list[TextBox] = field(default_factory=list)
    stops: list[tuple[int, float, float]] = field(default_factory=list)  # number, x, y
    label_boxes: dict[str, Box] = field(default_factory=dict)
    marker_boxes: dict[int, Box] = field(default_factory=dict)
    dropped_labels: list[int] = field(default_factory=list)
    title: str = ""


def _f(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


def _geometry_lines(geometry: dict) -> list[list[tuple[float, float]]]:
    """The rings or line strings of a GeoJSON geometry, as (lat, lng) lists."""
    kind, coords = geometry.get("type"), geometry.get("coordinates", [])
    if kind == "LineString":
        parts = [coords]
    elif kind in ("MultiLineString", "Polygon"):
        parts = coords
    elif kind == "MultiPolygon":
        parts = [ring for polygon in coords for ring in polygon]
    else:
        parts = []
    return [[(c[1], c[0]) for c in part] for part in parts if len(part) >= 2]


def _path(proj: Projection, parts: list[list[tuple[float, float]]], close: bool) -> str:
    out = []
    for part in parts:
        pts = [proj.point(p) for p in part]
        out.append("M" + "L".join(f"{_f(x)} {_f(y)}" for x, y in pts) + ("Z" if close else ""))
    return "".join(out)


ROAD_WIDTHS = {  # (casing, fill) in points at A4, by OSM highway class
    "motorway": (5.2, 4.0),
    "trunk": (5.2, 4.0),
    "primary": (4.6, 3.4),
    "secondary": (3.8, 2.8),
    "tertiary": (3.2, 2.2),
}
LANDUSE_FILLS = {
    "forest": "#D5E5C4",
    "wood": "#D5E5C4",
    "farmland": "#EEEAC6",
    "orchard": "#E2EBC3",
    "grass": "#E3EDCF",
    "meadow": "#E3EDCF",
    "residential": "#EFE5D8",
    "village_green": "#DCEBC8",
}


def _background(proj: Projection, features: tuple[BackgroundFeature, ...], u: float) -> list[str]:
    f = proj.frame
    out = [
        f'<rect x="{_f(f.x)}" y="{_f(f.y)}" width="{_f(f.width)}" height="{_f(f.height)}" '
        f'fill="{LAND}"/>'
    ]
    if not features:
        # No extract imported: a quiet paper texture and a graticule, nothing invented.
        step = 28 * u
        lines = []
        x = f.x + step
        while x < f.right:
            lines.append(f"M{_f(x)} {_f(f.y)}V{_f(f.bottom)}")
            x += step
        y = f.y + step
        while y < f.bottom:
            lines.append(f"M{_f(f.x)} {_f(y)}H{_f(f.right)}")
            y += step
        out.append(
            f'<path d="{"".join(lines)}" stroke="#E4DCC8" stroke-width="{_f(0.5 * u)}" '
            f'fill="none"/>'
        )
        return out
    order = {"landuse": 0, "water": 1, "waterway": 2, "road": 3}
    layered = sorted(
        features, key=lambda ft: (order.get(ft.kind, 9), ROAD_WIDTHS.get(ft.subkind, (0,))[0])
    )
    roads_casing, roads_fill = [], []
    for ft in layered:
        parts = _geometry_lines(ft.geometry)
        if not parts:
            continue
        if ft.kind == "landuse":
            fill = LANDUSE_FILLS.get(ft.subkind, "#E6EBD6")
            out.append(f'<path d="{_path(proj, parts, True)}" fill="{fill}" fill-rule="evenodd"/>')
        elif ft.kind == "water":
            out.append(
                f'<path d="{_path(proj, parts, True)}" fill="{WATER}" stroke="{WATER_LINE}" '
                f'stroke-width="{_f(0.6 * u)}" fill-rule="evenodd"/>'
            )
        elif ft.kind == "waterway":
            width = {"river": 4.2, "canal": 2.2, "stream": 1.2}.get(ft.subkind, 1.2) * u
            out.append(
                f'<path d="{_path(proj, parts, False)}" fill="none" stroke="{WATER}" '
                f'stroke-width="{_f(width)}" stroke-linecap="round" stroke-linejoin="round"/>'
            )
        elif ft.kind == "road":
            casing, fill = ROAD_WIDTHS.get(ft.subkind, (2.2, 1.4))
            d = _path(proj, parts, False)
            roads_casing.append(
                f'<path d="{d}" fill="none" stroke="#C4B89C" stroke-width="{_f(casing * u)}" '
                'stroke-linecap="round" stroke-linejoin="round"/>'
            )
            colour = "#FCE3A0" if ft.subkind in ("primary", "trunk", "motorway") else "#FFFFFF"
            roads_fill.append(
                f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="{_f(fill * u)}" '
                'stroke-linecap="round" stroke-linejoin="round"/>'
            )
    return out + roads_casing + roads_fill


def _marker(x: float, y: float, r: float, category: str) -> str:
    """The category icon in a coloured disc (r = disc radius)."""
    s = r * 1.25 / 24
    return (
        f'<circle cx="{_f(x)}" cy="{_f(y)}" r="{_f(r)}" fill="{icons.colour(category)}" '
        f'stroke="#FFFFFF" stroke-width="{_f(r * 0.16)}"/>'
        f'<path transform="translate({_f(x - 12 * s)} {_f(y - 12 * s)}) scale({s:.4f})" '
        f'd="{icons.icon_path(category)}" fill="#FFFFFF" fill-rule="evenodd"/>'
    )


def _qr(url: str, x: float, y: float, size: float) -> str:
    qr = segno.make(url, error="m")
    rows = list(qr.matrix)
    border = 2
    n = len(rows) + 2 * border
    cell = size / n
    d = []
    for j, row in enumerate(rows):
        i = 0
        while i < len(row):
            if not row[i]:
                i += 1
                continue
            start = i
            while i < len(row) and row[i]:
                i += 1
            # One rectangle per run of dark modules: a third of the path to draw.
            d.append(f"M{start + border} {j + border}h{i - start}v1h{start - i}z")
    return (
        f'<rect x="{_f(x)}" y="{_f(y)}" width="{_f(size)}" height="{_f(size)}" fill="#FFFFFF"/>'
        f'<path transform="translate({_f(x)} {_f(y)}) scale({cell:.4f})" d="{"".join(d)}" '
        f'fill="{INK}" shape-rendering="crispEdges"/>'
    )


def _rounded(box: Box, r: float, fill: str, opacity: float = 1.0, stroke: str = "") -> str:
    extra = f' stroke="{stroke}" stroke-width="0.6"' if stroke else ""
    return (
        f'<rect x="{_f(box[0])}" y="{_f(box[1])}" width="{_f(box[2] - box[0])}" '
        f'height="{_f(box[3] - box[1])}" rx="{_f(r)}" fill="{fill}" '
        f'fill-opacity="{opacity}"{extra}/>'
    )


def _fmt_km(metres: int) -> str:
    return f"{metres / 1000:.1f} km" if metres >= 1000 else f"{metres} m"


def _fmt_minutes(minutes: int) -> str:
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


class _Layout:
    def __init__(self, spec: MapSpec, size: str):
        self.spec = spec
        self.size = size
        self.w, self.h = PAGE_SIZES[size]
        self.u = self.w / PAGE_SIZES["a4"][0] if size != "social" else 1.18
        self.poster = Poster(self.w, self.h, spec.languages, title=" · ".join(spec.title))
        self.bilingual = len(spec.languages) > 1

    # -- helpers ---------------------------------------------------------------------
    def text(self, x, y, lines, align="start", role="text", key="") -> TextBox:
        box = TextBox(x, y, lines, align, role, key)
        self.poster.texts.append(box)
        return box

    def shape(self, svg: str) -> None:
        self.poster.shapes.append(svg)

    def paragraph(self, x, y, width, text, size, colour=INK, weight=400, max_lines=99):
        lines = wrap(text, size, width, weight)
        if len(lines) > max_lines:
            lines = lines[:max_lines]
            lines[-1] = ellipsize(lines[-1] + "…", size, width, weight)
        if not lines or lines == [""]:
            return y
        box = self.text(x, y, [Line(t, size, weight, colour) for t in lines])
        return y + box.height

    # -- the parts -------------------------------------------------------------------
    def build(self) -> Poster:
        spec, u, w, h = self.spec, self.u, self.w, self.h
        self.shape(f'<rect width="{_f(w)}" height="{_f(h)}" fill="{PAPER}"/>')
        m = 16 * u
        header_bottom = self.header(m)
        if self.size == "social":
            map_frame = Frame(
                m, header_bottom + 8 * u, w * 0.6 - m, h - header_bottom - 8 * u - m - 12 * u
            )
            panel = Frame(
                map_frame.right + 12 * u,
                map_frame.y,
                w - map_frame.right - 12 * u - m,
                map_frame.height,
            )
            self.map(map_frame)
            self.side_panel(panel, compact=True)
        else:
            y = header_bottom + 8 * u
            if spec.story:
                y = self.paragraph(m, y, w - 2 * m, spec.story, 8.4 * u, MUTED, max_lines=4) + 8 * u
            panel_h = h * 0.29
            map_frame = Frame(m, y, w - 2 * m, h - y - panel_h - m - 14 * u)
            self.map(map_frame)
            panel = Frame(m, map_frame.bottom + 14 * u, w - 2 * m, panel_h)
            list_w = panel.width * 0.56
            self.stop_list(Frame(panel.x, panel.y, list_w, panel.height))
            self.side_panel(
                Frame(
                    panel.x + list_w + 14 * u, panel.y, panel.width - list_w - 14 * u, panel.height
                )
            )
        return self.poster

    def header(self, m: float) -> float:
        spec, u = self.spec, self.u
        title_size = (26 if self.size != "social" else 24) * u
        width = self.w - 2 * m
        main = wrap(spec.title[0], title_size, width, 700)
        if len(main) > 2:
            main = [main[0], ellipsize(" ".join(main[1:]), title_size, width, 700)]
        lines = [Line(t, title_size, 700, "#FFFFFF") for t in main]
        lines += [
            Line(ellipsize(t, title_size * 0.5, width), title_size * 0.5, 400, "#FFFFFF")
            for t in spec.title[1:]
        ]
        if spec.subtitle:
            lines.append(Line(ellipsize(spec.subtitle, 8.5 * u, width), 8.5 * u, 400, "#FFFFFFCC"))
        top = 14 * u
        box = TextBox(m, top, lines, role="title")
        band = top + box.height + 12 * u
        self.shape(f'<rect width="{_f(self.w)}" height="{_f(band)}" fill="{spec.brand_colour}"/>')
        # A thin shadow rule lifts the band off the paper.
        self.shape(
            f'<rect y="{_f(band)}" width="{_f(self.w)}" height="{_f(2.2 * u)}" fill="{INK}" '
            f'fill-opacity="0.25"/>'
        )
        self.poster.texts.append(box)
        return band + 2.2 * u

    def map(self, frame: Frame) -> None:
        spec, u = self.spec, self.u
        points = [s.latlng for s in spec.stops]
        for day in spec.days:
            for leg in day.legs:
                points.extend(leg.path)
        proj = fit(points, frame)
        inset = None
        if spec.border:
            inset, proj = self.place_inset(frame, points, proj)
        self.proj = proj
        clip = "mapclip"
        self.shape(
            f'<defs><clipPath id="{clip}"><rect x="{_f(frame.x)}" y="{_f(frame.y)}" '
            f'width="{_f(frame.width)}" height="{_f(frame.height)}" '
            f'rx="{_f(6 * u)}"/></clipPath></defs>'
        )
        self.shape(
            f'<g clip-path="url(#{clip})">'
            + "".join(_background(proj, spec.background, u))
            + "</g>"
        )
        # Route lines: a white casing under each day's colour, dashed for boats, dotted on foot.
        leg_requests: list[tuple[LabelRequest, TextBox]] = []
        self.route_segments: list[tuple[float, float, float, float]] = []
        for day in spec.days:
            colour = icons.route_colour(day.number)
            for k, leg in enumerate(day.legs):
                pts = [proj.point(p) for p in leg.path]
                if len(pts) < 2:
                    continue
                self.route_segments += [(*a, *b) for a, b in zip(pts, pts[1:], strict=False)]
                d = "M" + "L".join(f"{_f(x)} {_f(y)}" for x, y in pts)
                dash = {
                    "boat": f' stroke-dasharray="{_f(5 * u)} {_f(3 * u)}"',
                    "walk": f' stroke-dasharray="{_f(1.2 * u)} {_f(2.6 * u)}"',
                    "bicycle": f' stroke-dasharray="{_f(9 * u)} {_f(2.4 * u)} {_f(1.2 * u)} '
                    f'{_f(2.4 * u)}"',
                }.get(leg.mode, "")
                self.shape(
                    f'<path d="{d}" fill="none" stroke="#FFFFFF" stroke-width="{_f(4.6 * u)}" '
                    f'stroke-linecap="round" stroke-linejoin="round" stroke-opacity="0.9"/>'
                )
                self.shape(
                    f'<path class="route-day-{day.number}" d="{d}" fill="none" stroke="{colour}" '
                    f'stroke-width="{_f(2.6 * u)}" '
                    f'stroke-linecap="round" stroke-linejoin="round"{dash}/>'
                )
                # The leg's label hangs off the middle of its line.
                mid = (
                    pts[len(pts) // 2]
                    if len(pts) > 2
                    else ((pts[0][0] + pts[-1][0]) / 2, (pts[0][1] + pts[-1][1]) / 2)
                )
                label = TextBox(
                    0,
                    0,
                    [
                        Line(
                            f"{_fmt_minutes(leg.minutes)} · {_fmt_km(leg.metres)}",
                            6.2 * u,
                            700,
                            colour,
                        )
                    ],
                    role="leg",
                    key=f"leg-{day.number}-{k}",
                )
                r = 1.0
                leg_requests.append(
                    (
                        LabelRequest(
                            10_000 + day.number * 100 + k,
                            mid[0],
                            mid[1],
                            (mid[0] - r, mid[1] - r, mid[0] + r, mid[1] + r),
                            label.width + 4 * u,
                            label.height + 1.5 * u,
                            priority=0.3,
                        ),
                        label,
                    )
                )
        # Markers, then their labels.
        r = 7.2 * u
        requests: list[tuple[LabelRequest, TextBox]] = []
        on_map = [s for s in spec.stops if s.repeat_of is None]
        true_xy = {s.number: proj.point(s.latlng) for s in on_map}
        shown_xy = spread(true_xy, 2.5 * r)  # room for the number badges too
        for number, (x, y) in shown_xy.items():
            tx, ty = true_xy[number]
            if math.hypot(x - tx, y - ty) > 0.5:
                # Moved aside from a crowd: a dot marks the true place, a line leads to it.
                self.shape(
                    f'<path d="M{_f(tx)} {_f(ty)}L{_f(x)} {_f(y)}" stroke="{INK}" '
                    f'stroke-width="{_f(0.6 * u)}"/><circle cx="{_f(tx)}" cy="{_f(ty)}" '
                    f'r="{_f(1.6 * u)}" fill="{INK}" stroke="#FFFFFF" '
                    f'stroke-width="{_f(0.5 * u)}"/>'
                )
        for stop in on_map:
            x, y = shown_xy[stop.number]
            self.poster.stops.append((stop.number, x, y))
            badge = r * 0.62
            bx, by = x - r * 0.8, y - r * 0.8
            marker_box = (min(x - r, bx - badge), min(y - r, by - badge), x + r, y + r)
            self.poster.marker_boxes[stop.number] = marker_box
            lines = [Line(stop.labels[0], 7.4 * u, 700, INK)]
            lines += [Line(t, 6.0 * u, 400, MUTED) for t in stop.labels[1:2]]
            label = TextBox(0, 0, lines, role="label", key=f"stop-{stop.number}")
            requests.append(
                (
                    LabelRequest(
                        stop.number,
                        x,
                        y,
                        marker_box,
                        label.width + 4 * u,
                        label.height + 1.5 * u,
                        stop.priority,
                    ),
                    label,
                )
            )
        corner = 34 * u
        north = (
            frame.right - corner - 6 * u,
            frame.y + 6 * u,
            frame.right - 6 * u,
            frame.y + 6 * u + corner * 1.2,
        )
        scale_box = (
            frame.right - 118 * u,
            frame.bottom - 24 * u,
            frame.right - 6 * u,
            frame.bottom - 4 * u,
        )
        obstacles = [north, scale_box]
        if inset:
            obstacles.append(self.border_inset(inset))
        all_requests = requests + leg_requests + self.water_labels(proj, frame, inset)
        placed = place_labels(
            [req for req, _ in all_requests],
            (frame.x + 3 * u, frame.y + 3 * u, frame.right - 3 * u, frame.bottom - 3 * u),
            obstacles,
            gap=1.2 * u,
            lines=self.route_segments,
        )
        by_key = {req.key: (req, label) for req, label in all_requests}
        for key, (_, label) in by_key.items():
            placement = placed.get(key)
            if placement is None:
                if key < 10_000:
                    self.poster.dropped_labels.append(key)
                continue
            box = placement.box
            if placement.leader:
                lx0, ly0, lx1, ly1 = placement.leader
                self.shape(
                    f'<path d="M{_f(lx0)} {_f(ly0)}L{_f(lx1)} {_f(ly1)}" stroke="{MUTED}" '
                    f'stroke-width="{_f(0.7 * u)}"/>'
                )
            if label.role != "water":  # water names are lettered straight on the map
                self.shape(_rounded(box, 2.2 * u, "#FFFFFF", 0.86))
            label.x = box[0] + 2 * u
            label.y = box[1] + 0.75 * u
            self.poster.texts.append(label)
            self.poster.label_boxes[label.key] = box
        for stop in on_map:
            x, y = shown_xy[stop.number]
            badge = r * 0.62
            bx, by = x - r * 0.8, y - r * 0.8
            self.shape(
                f'<g class="stop" data-number="{stop.number}" '
                f'data-category="{escape(stop.category)}">{_marker(x, y, r, stop.category)}'
                f'<circle cx="{_f(bx)}" cy="{_f(by)}" r="{_f(badge)}" fill="{INK}" '
                f'stroke="#FFFFFF" stroke-width="{_f(0.7 * u)}"/></g>'
            )
            size = badge * (1.25 if stop.number < 10 else 1.0)
            self.text(
                bx,
                by - size * LINE_HEIGHT / 2,
                [Line(str(stop.number), size, 700, "#FFFFFF")],
                "middle",
                "number",
                f"number-{stop.number}",
            )
        self.shape(
            f'<rect x="{_f(frame.x)}" y="{_f(frame.y)}" width="{_f(frame.width)}" '
            f'height="{_f(frame.height)}" '
            f'rx="{_f(6 * u)}" fill="none" stroke="{INK}" stroke-opacity="0.35" '
            f'stroke-width="{_f(0.8 * u)}"/>'
        )
        self.north_arrow(north)
        self.scale_bar(scale_box)
        note = spec.texts.approximate + (
            f" {spec.texts.attribution}" if spec.texts.attribution else ""
        )
        self.text(frame.x, frame.bottom + 2.5 * u, [Line(note, 5.4 * u, 400, MUTED)], role="note")

    def water_labels(self, proj: Projection, frame: Frame, inset) -> list:
        """Named rivers get their name beside the water, near the middle of the map,
        in blue as cartographers letter water; they give way to every other label."""
        u = self.u
        out = []
        rivers = [f for f in self.spec.background if f.kind == "waterway" and f.subkind == "river"]
        names = dict.fromkeys(f.name for f in rivers if f.name)
        centre = (frame.x + frame.width / 2, frame.y + frame.height / 2)
        for i, name in enumerate(list(names)[:3]):
            best = None
            for f in rivers:
                if f.name != name:
                    continue
                for part in _geometry_lines(f.geometry):
                    for latlng in part:
                        x, y = proj.point(latlng)
                        inside = frame.x + 20 * u < x < frame.right - 20 * u and (
                            frame.y + 20 * u < y < frame.bottom - 20 * u
                        )
                        if inset and inset[0] <= x <= inset[2] and inset[1] <= y <= inset[3]:
                            inside = False
                        d = math.dist((x, y), centre)
                        if inside and (best is None or d < best[0]):
                            best = (d, x, y)
            if best is None:
                continue
            _, x, y = best
            label = TextBox(0, 0, [Line(name, 6.6 * u, 400, "#2F78A8")], role="water")
            label.lines[0].italic = True
            r = 2.5 * u  # the river itself: labels stand beside it, not on it
            out.append(
                (
                    LabelRequest(
                        20_000 + i,
                        x,
                        y,
                        (x - r, y - r, x + r, y + r),
                        label.width + 4 * u,
                        label.height + 1.5 * u,
                        priority=0.1,
                    ),
                    label,
                )
            )
        return out

    def north_arrow(self, box: Box) -> None:
        u = self.u
        cx = (box[0] + box[2]) / 2
        top, bottom = box[1] + 12 * u, box[3] - 2 * u
        half = (box[2] - box[0]) * 0.28
        mid = (top + bottom) / 2 + 4 * u
        self.shape(
            f'<g class="north-arrow"><circle cx="{_f(cx)}" cy="{_f(mid - 2 * u)}" '
            f'r="{_f(half * 1.55)}" fill="#FFFFFF" fill-opacity="0.8"/>'
            f'<path d="M{_f(cx)} {_f(top)}L{_f(cx + half)} {_f(bottom)}L{_f(cx)} {_f(mid)}Z" '
            f'fill="{INK}"/>'
            f'<path d="M{_f(cx)} {_f(top)}L{_f(cx - half)} {_f(bottom)}L{_f(cx)} {_f(mid)}Z" '
            f'fill="#FFFFFF" stroke="{INK}" stroke-width="{_f(0.7 * u)}"/></g>'
        )
        size = 8 * u
        self.text(cx, box[1], [Line(self.spec.texts.north, size, 700, INK)], "middle", "north")

    def scale_bar(self, box: Box) -> None:
        u = self.u
        max_pt = (box[2] - box[0]) - 12 * u
        metres = nice_scale_length(max_pt * self.proj.ground_metres_per_point())
        length = metres / self.proj.ground_metres_per_point()
        x1 = box[2] - 6 * u
        x0 = x1 - length
        y = box[3] - 5 * u
        hh = 2.6 * u
        self.shape(
            f'<g class="scale-bar" data-metres="{metres}">'
            f'<rect x="{_f(x0 - 4 * u)}" y="{_f(box[1])}" width="{_f(length + 8 * u)}" '
            f'height="{_f(box[3] - box[1])}" rx="{_f(2 * u)}" fill="#FFFFFF" fill-opacity="0.8"/>'
            f'<rect x="{_f(x0)}" y="{_f(y - hh)}" width="{_f(length / 2)}" height="{_f(hh)}" '
            f'fill="{INK}"/>'
            f'<rect x="{_f(x0 + length / 2)}" y="{_f(y - hh)}" width="{_f(length / 2)}" '
            f'height="{_f(hh)}" fill="#FFFFFF" stroke="{INK}" stroke-width="{_f(0.6 * u)}"/></g>'
        )
        size = 6 * u
        self.text(
            x0,
            y - hh - size * LINE_HEIGHT - 0.5 * u,
            [Line("0", size, 400, INK)],
            "middle",
            "scale",
        )
        self.text(
            x1,
            y - hh - size * LINE_HEIGHT - 0.5 * u,
            [Line(_fmt_km(metres), size, 400, INK)],
            "middle",
            "scale",
        )

    def inset_lines(self, width: float) -> list[Line]:
        border, u = self.spec.border, self.u
        inner = width - 12 * u
        lines = [
            Line(ln, 7.6 * u, 700, "#FFFFFF")
            for ln in wrap(border.title, 7.6 * u, inner - 14 * u, 700)
        ]
        lines += [
            Line(ln, 6.4 * u, 700, "#FFFFFF") for ln in wrap(border.hours, 6.4 * u, inner, 700)
        ]
        for doc in border.documents[:5]:
            lines += [Line(ln, 5.8 * u, 400, "#FFFFFFE6") for ln in wrap(doc, 5.8 * u, inner)]
        return lines

    def place_inset(self, frame: Frame, points, proj: Projection) -> tuple[Box, Projection]:
        """A corner for the border inset that hides no stop; else the stops move aside."""
        u = self.u
        width = min(frame.width * 0.46, 230 * u)
        height = sum(ln.size * LINE_HEIGHT for ln in self.inset_lines(width)) + 12 * u
        g = 6 * u
        corners = [
            (frame.x + g, frame.bottom - g - height),  # lower left
            (frame.x + g, frame.y + g),  # upper left
            (frame.right - g - width, frame.bottom - g - height - 26 * u),  # above the scale
        ]
        reach = 18 * u  # a marker and the start of its label
        xy = [proj.point(p) for p in points]
        for x0, y0 in corners:
            box = (x0, y0, x0 + width, y0 + height)
            if not any(
                box[0] - reach < x < box[2] + reach and box[1] - reach < y < box[3] + reach
                for x, y in xy
            ):
                return box, proj
        x0, y0 = corners[0]
        box = (x0, y0, x0 + width, y0 + height)
        inner = Frame(box[2] + g, frame.y, frame.right - box[2] - g, frame.height)
        return box, fit(points, frame, inner=inner)

    def border_inset(self, box: Box) -> Box:
        """The checkpoint's hours and documents in a dark box over a corner of the map."""
        u = self.u
        pad = 6 * u
        x0 = box[0]
        lines = self.inset_lines(box[2] - box[0])
        self.shape(_rounded(box, 4 * u, INK, 0.9))
        self.shape(_marker(box[2] - pad - 5 * u, box[1] + pad + 5 * u, 5 * u, "border"))
        self.text(x0 + pad, box[1] + pad, lines, role="border")
        return box

    def stop_list(self, frame: Frame) -> None:
        spec, u = self.spec, self.u
        heading = self.text(
            frame.x,
            frame.y,
            [Line(spec.texts.stops, 10 * u, 700, spec.brand_colour)],
            role="heading",
        )
        top = frame.y + heading.height + 3 * u
        stops = list(spec.stops)
        day_titles = {d.number: d for d in spec.days}

        def entries(row: float) -> list[tuple[str, object, float]]:
            """("day", day, height) before each day's first stop, ("stop", stop, row)."""
            out, current = [], None
            header = row * 1.3 * (1 if self.bilingual else 0.9)
            for st in stops:
                if st.day is not None and st.day != current and st.day in day_titles:
                    current = st.day
                    out.append(("day", day_titles[st.day], header))
                out.append(("stop", st, row))
            return out

        def columns_needed(items) -> int:
            col, y = 1, top
            for _, _, height in items:
                if y + height > frame.bottom + 0.1:
                    col, y = col + 1, top
                y += height
            return col

        # The largest type at which the whole list fits in at most three columns.
        for size in (7.4, 6.8, 6.2, 5.6, 5.0, 4.4):
            s = size * u
            row = s * LINE_HEIGHT * (1.75 if self.bilingual else 1.05) + 1.6 * u
            items = entries(row)
            columns = columns_needed(items)
            if columns <= 3:
                break
        col_w = frame.width / min(columns, 3)
        x, y, col = frame.x, top, 0
        for kind, item, height in items:
            if y + height > frame.bottom + 0.1:
                col += 1
                if col >= 3:
                    break  # never print past the panel: the map still numbers every stop
                x, y = frame.x + col * col_w, top
            if kind == "day":
                colour = icons.route_colour(item.number)
                self.shape(
                    f'<rect x="{_f(x)}" y="{_f(y + row * 0.35)}" width="{_f(10 * u)}" '
                    f'height="{_f(2.6 * u)}" rx="1" fill="{colour}"/>'
                )
                title = f"{item.title}  {item.summary}".strip()
                self.text(
                    x + 13 * u,
                    y,
                    [Line(ellipsize(title, s, col_w - 16 * u, 700), s, 700, colour)],
                    role="day",
                )
            else:
                st = item
                r = s * 0.78
                self.shape(_marker(x + r, y + r + 0.5 * u, r, st.category))
                name_x = x + 2 * r + 3 * u
                prefix = f"{st.number}. " + (f"{st.note} " if st.note else "")
                if st.repeat_of is not None:
                    prefix += f"(→ {st.repeat_of}) "
                avail = col_w - (name_x - x) - 4 * u
                lines = [Line(ellipsize(prefix + st.labels[0], s, avail, 700), s, 700, INK)]
                if self.bilingual and len(st.labels) > 1:
                    lines.append(
                        Line(ellipsize(st.labels[1], s * 0.82, avail), s * 0.82, 400, MUTED)
                    )
                self.text(name_x, y, lines, role="list", key=f"list-{st.number}")
            y += height

    def side_panel(self, frame: Frame, compact: bool = False) -> None:
        spec, u = self.spec, self.u
        y = frame.y
        if compact:
            # The social card has no room for the full list: the legend carries the story.
            sub = Frame(frame.x, y, frame.width, frame.height * 0.5)
            self.stop_list(sub)
            y = sub.bottom + 6 * u
        self.text(
            frame.x, y, [Line(spec.texts.legend, 10 * u, 700, spec.brand_colour)], role="heading"
        )
        y += 10 * u * LINE_HEIGHT + 2 * u
        categories = list(dict.fromkeys(s.category for s in spec.stops))
        col_w = frame.width / 2
        s = 6.6 * u
        row = s * LINE_HEIGHT + 2 * u
        for i, cat in enumerate(categories):
            cx = frame.x + (i % 2) * col_w
            cy = y + (i // 2) * row
            r = s * 0.75
            self.shape(_marker(cx + r, cy + r + 0.3 * u, r, cat))
            name = spec.texts.categories.get(cat, cat)
            self.text(
                cx + 2 * r + 3 * u,
                cy,
                [Line(ellipsize(name, s, col_w - 2 * r - 6 * u), s, 400, INK)],
                role="legend",
            )
        y += math.ceil(len(categories) / 2) * row + 3 * u
        for day in spec.days:
            colour = icons.route_colour(day.number)
            self.shape(
                f'<path d="M{_f(frame.x)} {_f(y + s * 0.7)}h{_f(16 * u)}" stroke="{colour}" '
                f'stroke-width="{_f(2.6 * u)}" stroke-linecap="round"/>'
            )
            text = f"{day.title}  {day.summary}".strip()
            self.text(
                frame.x + 20 * u,
                y,
                [Line(ellipsize(text, s, frame.width - 20 * u, 700), s, 700, colour)],
                role="legend",
            )
            y += row
        if spec.days and spec.texts.modes:
            modes = " · ".join(f"{v}" for v in spec.texts.modes.values())
            self.text(
                frame.x,
                y,
                [Line(ellipsize(modes, s * 0.85, frame.width), s * 0.85, 400, MUTED)],
                role="legend",
            )
            y += row
        # Booking QR, contact and emergency at the foot of the column.
        qr = min(70 * u, frame.width * 0.38)
        qy = frame.bottom - qr
        if spec.booking_url:
            self.shape(_qr(spec.booking_url, frame.x, qy, qr))
            self.poster.shapes[-1] = (
                f'<g class="qr" data-url="{escape(spec.booking_url)}">{self.poster.shapes[-1]}</g>'
            )
        tx = frame.x + (qr + 8 * u if spec.booking_url else 0)
        tw = frame.right - tx
        ty = max(min(qy, frame.bottom - 80 * u), y)
        lines = [Line(ellipsize(spec.texts.book, 8 * u, tw, 700), 8 * u, 700, spec.brand_colour)]
        lines += [Line(ellipsize(t, 6.4 * u, tw), 6.4 * u, 400, INK) for t in spec.contact_lines]
        lines.append(
            Line(ellipsize(spec.texts.emergency, 7.4 * u, tw, 700), 7.4 * u, 700, "#B3261E")
        )
        for t in spec.emergency_lines:
            wrapped = wrap(t, 6.0 * u, tw, 700)
            if len(wrapped) > 4:
                wrapped = wrapped[:3] + [ellipsize(wrapped[3] + "…", 6.0 * u, tw, 700)]
            lines += [Line(ln, 6.0 * u, 700, "#B3261E") for ln in wrapped]
        height = sum(ln.size * LINE_HEIGHT for ln in lines)
        self.text(tx, max(y, min(ty, frame.bottom - height)), lines, role="contact")


def compose(spec: MapSpec, size: str) -> Poster:
    """The laid-out poster for `spec` on a page of `size` (a5, a4, a3, social)."""
    if size not in PAGE_SIZES:
        raise ValueError(f"unknown size {size!r}")
    return _Layout(spec, size).build()
