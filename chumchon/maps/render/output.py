"""Write a composed poster as SVG, PDF or PNG.

SVG keeps every word as <text> with the fonts embedded as @font-face data URIs, so
any browser shapes Thai and Lao itself. PDF and PNG go through HTML: WeasyPrint's
own SVG renderer draws text glyph by glyph (Thai marks fall apart), so the geometry
stays an inline SVG and the words are absolutely positioned HTML at the same boxes,
shaped by HarfBuzz and embedded as fonts; PDFium rasterises that PDF for PNG.
"""

from __future__ import annotations

from html import escape

from chumchon.maps.render.compose import PAGE_SIZES, Poster, TextBox, _f, compose
from chumchon.maps.render.fonts import (
    ASCENT,
    DESCENT,
    FONT_STACK,
    LINE_HEIGHT,
    font_faces_css,
    font_files_css,
    scripts_in,
)
from chumchon.maps.render.model import MapSpec

FORMATS = ("svg", "png", "pdf")
SIZES = tuple(PAGE_SIZES)
PNG_WIDTHS = {"a5": 874, "a4": 1240, "a3": 1754, "social": 1080}  # 150 dpi; social 1080 px


def _baseline(line_size: float) -> float:
    """Offset from a line box's top to its baseline, as CSS centres the glyphs."""
    return line_size * ((LINE_HEIGHT - ASCENT - DESCENT) / 2 + ASCENT) - line_size * 0.12


def _scripts(poster: Poster) -> tuple[str, ...]:
    return scripts_in("".join(ln.text for t in poster.texts for ln in t.lines))


def _svg_text(t: TextBox) -> str:
    anchor = {"start": "start", "middle": "middle", "end": "end"}[t.align]
    x0, y0, x1, y1 = t.box
    out = [
        f'<g class="text {t.role}"'
        + (f' data-key="{escape(t.key)}"' if t.key else "")
        + f' data-bbox="{_f(x0)} {_f(y0)} {_f(x1 - x0)} {_f(y1 - y0)}">'
    ]
    y = t.y
    for line in t.lines:
        out.append(
            f'<text x="{_f(t.x)}" y="{_f(y + _baseline(line.size))}" font-size="{_f(line.size)}" '
            f'font-weight="{line.weight}" fill="{line.colour}" text-anchor="{anchor}"'
            + (' font-style="italic"' if line.italic else "")
            + ">"
            f"{escape(line.text)}</text>"
        )
        y += line.size * LINE_HEIGHT
    out.append("</g>")
    return "".join(out)


def to_svg(poster: Poster) -> str:
    w, h = poster.width, poster.height
    style = (
        font_faces_css(_scripts(poster)) + f"\ntext{{font-family:{FONT_STACK};white-space:pre;}}"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_f(w)}pt" height="{_f(h)}pt" '
        f'viewBox="0 0 {_f(w)} {_f(h)}" lang="{poster.languages[0]}">'
        f"<title>{escape(poster.title)}</title><style>{style}</style>"
        + "".join(poster.shapes)
        + "".join(_svg_text(t) for t in poster.texts)
        + "</svg>"
    )


def _html_texts(texts: list[TextBox]) -> tuple[str, str]:
    """One absolutely positioned div per line, styled by class: WeasyPrint's time goes
    into computing styles per element, so fewer elements and shared rules matter."""
    classes: dict[tuple, str] = {}
    divs = []
    for t in texts:
        x0, y0, x1, _ = t.box
        align = {"start": "left", "middle": "center", "end": "right"}[t.align]
        y = y0
        for ln in t.lines:
            key = (ln.size, ln.weight, ln.colour, align, ln.italic)
            name = classes.setdefault(key, f"s{len(classes)}")
            height = ln.size * LINE_HEIGHT
            # A little slack on the right: the box was measured, but a wrap would be worse.
            divs.append(
                f'<div class="{name}" style="left:{_f(x0)}pt;top:{_f(y)}pt;'
                f'width:{_f(x1 - x0 + 2)}pt">{escape(ln.text)}</div>'
            )
            y += height
    rules = "".join(
        f".{name}{{font-size:{_f(size)}pt;line-height:{_f(size * LINE_HEIGHT)}pt;"
        f"font-weight:{weight};color:{colour};text-align:{align}"
        + (";font-style:italic}" if italic else "}")
        for (size, weight, colour, align, italic), name in classes.items()
    )
    return rules, "".join(divs)


def to_html(poster: Poster, fonts_css: str | None = None) -> str:
    w, h = poster.width, poster.height
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_f(w)}pt" height="{_f(h)}pt" '
        f'viewBox="0 0 {_f(w)} {_f(h)}">' + "".join(poster.shapes) + "</svg>"
    )
    rules, texts = _html_texts(poster.texts)
    fonts = font_faces_css(_scripts(poster)) if fonts_css is None else fonts_css
    style = f"""{fonts}
@page {{ size: {_f(w)}pt {_f(h)}pt; margin: 0; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: {FONT_STACK}; position: relative; overflow: hidden;
        width: {_f(w)}pt; height: {_f(h)}pt; }}
svg {{ position: absolute; left: 0; top: 0; }}
body > div {{ position: absolute; white-space: pre; }}
{rules}
"""
    return (
        f'<!doctype html><html lang="{poster.languages[0]}"><head><meta charset="utf-8">'
        f"<title>{escape(poster.title)}</title>"
        f"<style>{style}</style></head><body>{svg}{texts}</body></html>"
    )


def render(spec: MapSpec, fmt: str, size: str) -> bytes:
    """The poster for `spec` as `fmt` (svg, pdf, png) on a page of `size`."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    poster = compose(spec, size)
    if fmt == "svg":
        return to_svg(poster).encode("utf-8")
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    from chumchon.core.pdf import keep_trailing_kerning

    # Local font files and inline data only: the poster never reaches the network.
    html = to_html(poster, font_files_css(_scripts(poster)))
    pdf = HTML(string=html, url_fetcher=URLFetcher(allowed_protocols=("file", "data"))).write_pdf(
        finisher=keep_trailing_kerning
    )
    if fmt == "pdf":
        return pdf
    from chumchon.core.raster import pdf_to_png

    return pdf_to_png(pdf, width_px=PNG_WIDTHS[size])
