"""PDFs with Thai and Lao text: the shipped fonts, embedded; nothing fetched from the network.

One place for every PDF the platform prints (vouchers, minutes, certificates,
statements): `render_pdf(html)` and the CSS from `font_faces_css()` / FONT_STACK.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pydyf
import segno
from django.contrib.staticfiles import finders

# Only the fonts already served to browsers: a Latin subset (digits, ฿, ₭), Thai and Lao.
# The PDF names each embedded font after its family here.
PDF_FONTS = (
    ("Noto Sans Latin", "noto-sans-thai-latin"),
    ("Noto Sans Thai", "noto-sans-thai-thai"),
    ("Noto Sans Lao", "noto-sans-lao-lao"),
)
FONT_STACK = ", ".join(f'"{family}"' for family, _ in PDF_FONTS)


def font_faces_css() -> str:
    """@font-face rules pointing at the shipped woff2 files, so the PDF embeds them."""
    rules = []
    for family, stem in PDF_FONTS:
        for weight in (400, 700):
            path = finders.find(f"vendor/fonts/{stem}-{weight}-normal.woff2")
            if path:
                rules.append(
                    f'@font-face {{ font-family: "{family}"; font-weight: {weight}; '
                    f'src: url("file://{quote(str(path))}") format("woff2"); }}'
                )
    return "\n".join(rules)


def qr_svg(text: str, scale: int = 4) -> str:
    """An inline SVG QR code that scales with its box (no fixed width/height)."""
    return segno.make(text, error="m").svg_inline(scale=scale, omitsize=True, border=2)


_TRAILING_KERNING = re.compile(rb"(-?\d+(?:\.\d+)?)\] TJ$")


def keep_trailing_kerning(document, pdf) -> None:
    """A WeasyPrint finisher: move a TJ array's closing shift to the start of the next one.

    WeasyPrint ends a text run with a shift when the next glyph needs its own
    vertical offset (Lao tone marks stacked on vowels: ເຊົ້າ) or another font, and
    PDFium, the viewer in Chrome and Android, ignores a shift after the last glyph of
    a TJ array: Lao words then overlap. A shift at the start of the next array, which
    only a text rise (Ts) or a font change (Tf) separates, means the same to every
    viewer and PDFium draws it.
    """
    for obj in pdf.objects:
        if not isinstance(obj, pydyf.Stream):
            continue
        items = obj.stream
        carry = None
        for index, item in enumerate(items):
            if not isinstance(item, bytes):
                carry = None
            elif item.endswith(b"] TJ"):
                if carry is not None:
                    item = b"[" + carry + b" " + item[1:]
                    carry = None
                match = _TRAILING_KERNING.search(item)
                if match and float(match.group(1)) != 0:
                    carry = match.group(1)
                    item = item[: match.start()] + b"] TJ"
                items[index] = item
            elif not (item.endswith(b" Ts") or item.endswith(b" Tf")):
                carry = None  # a new position (Tm, Td, ET): the shift no longer matters


def render_pdf(html: str) -> bytes:
    """HTML to PDF with local fonts and inline images only: never reaches the network."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    fetcher = URLFetcher(allowed_protocols=("file", "data"))
    return HTML(string=html, url_fetcher=fetcher).write_pdf(finisher=keep_trailing_kerning)
