"""Small inline SVG charts for the report pages (no JavaScript, no chart library).

Labels are drawn as SVG text, which browsers shape properly in Thai and Lao; the
same figures are always in a table beside the chart for screen readers.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from chumchon.money import Money

BELOW, ABOVE, BAR = "#C8553D", "#1B6E53", "#1B6E53"


def bars_svg(rows: list[tuple[str, Money | None]], *, width: int = 360) -> SafeString | str:
    """One horizontal bar per row, scaled to the largest; suppressed rows are skipped."""
    shown = [(label, money) for label, money in rows if money is not None and money.amount > 0]
    if not shown:
        return ""
    largest = max(money.amount for _, money in shown)
    row_h, label_w = 28, 120
    height = row_h * len(shown) + 4
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (label, money) in enumerate(shown):
        y = i * row_h + 2
        bar = (width - label_w - 90) * money.amount / largest
        parts.append(
            f'<text x="0" y="{y + 17}" font-size="13">{escape(label)}</text>'
            f'<rect x="{label_w}" y="{y + 4}" width="{bar:.1f}" height="18" rx="3" '
            f'fill="{BAR}"><title>{escape(label)}: {escape(money.format())}</title></rect>'
            f'<text x="{label_w + float(bar) + 6:.1f}" y="{y + 17}" font-size="12">'
            f"{escape(money.format())}</text>"
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # every label and figure above is escaped


def poverty_svg(report, *, width: int = 360) -> SafeString | str:
    """Households below and above the line, without and with tourism income."""
    if report.below_without is None or not report.with_data:
        return ""
    total = Decimal(report.with_data)
    rows = [
        (_("Without tourism"), report.below_without),
        (_("With tourism"), report.below_with),
    ]
    row_h, label_w = 34, 120
    bar_w = width - label_w - 4
    height = row_h * len(rows) + 30
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (label, below) in enumerate(rows):
        y = i * row_h + 2
        below_w = bar_w * Decimal(below) / total
        parts.append(
            f'<text x="0" y="{y + 20}" font-size="13">{escape(str(label))}</text>'
            f'<rect x="{label_w}" y="{y + 4}" width="{below_w:.1f}" height="24" fill="{BELOW}">'
            f"<title>{escape(_('Below the line'))}: {below}</title></rect>"
            f'<rect x="{label_w + below_w:.1f}" y="{y + 4}" width="{bar_w - below_w:.1f}" '
            f'height="24" fill="{ABOVE}"><title>{escape(_("Above the line"))}: '
            f"{report.with_data - below}</title></rect>"
        )
    y = len(rows) * row_h + 8
    below_label, above_label = escape(_("Below the line")), escape(_("Above the line"))
    parts.append(
        f'<rect x="{label_w}" y="{y}" width="12" height="12" fill="{BELOW}"/>'
        f'<text x="{label_w + 16}" y="{y + 11}" font-size="12">{below_label}</text>'
        f'<rect x="{label_w + 130}" y="{y}" width="12" height="12" fill="{ABOVE}"/>'
        f'<text x="{label_w + 146}" y="{y + 11}" font-size="12">{above_label}</text>'
    )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # every label and figure above is escaped
