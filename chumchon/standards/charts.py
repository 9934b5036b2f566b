"""Charts of scores as inline SVG: no JavaScript, no chart library, readable on a phone.

Horizontal bars suit a narrow screen: each criterion is a row with its title above
its bars, so long Thai or Lao titles need no rotation. Browsers shape Thai and Lao
in SVG text; the labels come in the page's language from the caller.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from html import escape

LATEST = "#1B6E53"
EARLIER = ("#a9c4b4", "#d9a35b", "#7d93b5", "#b88aa0")


def series_colours(n: int) -> tuple[str, ...]:
    """The latest series in the brand green, earlier ones in paler colours."""
    return tuple(EARLIER[k % len(EARLIER)] for k in range(n - 1)) + (LATEST,)


@dataclass(frozen=True)
class Row:
    label: str
    values: tuple[Decimal | None, ...]  # one per series, in per cent


def _pct(value: Decimal) -> str:
    return f"{value:f}%"


def bar_chart_svg(
    rows: list[Row],
    series: list[str],
    *,
    title: str,
    none_label: str = "–",
    width: int = 360,
) -> str:
    """Horizontal bars from 0 to 100 %: one row per item, one bar per series in each row."""
    label_h, bar_h, gap, row_gap = 16, 16, 3, 12
    left, right = 4, 52  # room on the right for the value of a full bar
    scale = (width - left - right) / 100
    n = max(len(series), 1)
    legend_h = 20 if len(series) > 1 else 0
    row_h = label_h + n * (bar_h + gap) + row_gap
    top = 8 + legend_h
    height = top + len(rows) * row_h + 18
    colours = series_colours(n)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'class="score-chart" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    # Legend: one swatch per series (e.g. per assessment date).
    x = left
    for j, name in enumerate(series if len(series) > 1 else []):
        out.append(
            f'<rect x="{x}" y="6" width="12" height="12" fill="{colours[j % len(colours)]}"/>'
        )
        out.append(f'<text x="{x + 16}" y="16" font-size="12">{escape(name)}</text>')
        x += 24 + 7 * len(name)
    # Grid at 0, 50 and 100 %.
    bottom = height - 16
    for mark in (0, 50, 100):
        gx = left + mark * scale
        out.append(
            f'<line x1="{gx:.1f}" y1="{top}" x2="{gx:.1f}" y2="{bottom}" stroke="#dfe3dc" '
            'stroke-width="1"/>'
        )
        anchor = "start" if mark == 0 else "middle"
        out.append(
            f'<text x="{gx:.1f}" y="{height - 4}" font-size="11" fill="#5b6660" '
            f'text-anchor="{anchor}">{mark}%</text>'
        )
    for i, row in enumerate(rows):
        y = top + i * row_h
        out.append(
            f'<text x="{left}" y="{y + 12}" font-size="13" font-weight="700" fill="#1d2521">'
            f"{escape(row.label)}</text>"
        )
        for j, value in enumerate(row.values):
            by = y + label_h + j * (bar_h + gap)
            name = series[j] if j < len(series) else ""
            if value is None:
                out.append(
                    f'<text x="{left + 2}" y="{by + 12}" font-size="12" fill="#5b6660">'
                    f"{escape(none_label)}</text>"
                )
                continue
            w = float(value) * scale
            colour = colours[j % len(colours)]
            out.append(
                f'<rect class="bar" data-row="{i}" data-series="{j}" x="{left}" y="{by}" '
                f'width="{w:.1f}" height="{bar_h}" rx="2" fill="{colour}">'
                f"<title>{escape(row.label)} · {escape(name)}: {_pct(value)}</title></rect>"
            )
            out.append(
                f'<text x="{left + w + 4:.1f}" y="{by + 12}" font-size="12" fill="#1d2521">'
                f"{_pct(value)}</text>"
            )
    out.append("</svg>")
    return "".join(out)


def line_chart_svg(
    points: list[tuple[str, Decimal | None]],
    *,
    title: str,
    colour: str = LATEST,
    width: int = 360,
    height: int = 180,
) -> str:
    """The overall score over successive assessments: one point per assessment."""
    left, right, top, bottom = 38, 24, 22, 28
    inner_w, inner_h = width - left - right, height - top - bottom
    step = inner_w / max(len(points) - 1, 1)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'class="score-line" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for mark in (0, 50, 100):
        gy = top + inner_h * (1 - mark / 100)
        out.append(
            f'<line x1="{left}" y1="{gy:.1f}" x2="{width - right}" y2="{gy:.1f}" stroke="#dfe3dc"/>'
        )
        out.append(
            f'<text x="{left - 4}" y="{gy + 4:.1f}" font-size="11" fill="#5b6660" '
            f'text-anchor="end">{mark}%</text>'
        )
    coords = []
    for k, (label, value) in enumerate(points):
        px = left + k * step if len(points) > 1 else left + inner_w / 2
        # The first and last labels lean inwards so that they are not cut at the edges.
        anchor = "start" if k == 0 else "end" if k == len(points) - 1 else "middle"
        out.append(
            f'<text x="{px:.1f}" y="{height - 8}" font-size="12" text-anchor="{anchor}">'
            f"{escape(label)}</text>"
        )
        if value is not None:
            py = top + inner_h * (1 - float(value) / 100)
            coords.append((px, py, value))
    if len(coords) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in coords)
        out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="3"/>')
    for x, y, value in coords:
        out.append(f'<circle class="point" cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{colour}"/>')
        out.append(
            f'<text x="{x:.1f}" y="{y - 9:.1f}" font-size="12" font-weight="700" '
            f'text-anchor="middle">{_pct(value)}</text>'
        )
    out.append("</svg>")
    return "".join(out)
