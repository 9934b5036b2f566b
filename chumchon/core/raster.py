"""PNG images of pages made by `core.pdf.render_pdf` (share cards, maps).

WeasyPrint shapes Thai and Lao with HarfBuzz and embeds the glyphs; rasterising that
PDF with PDFium keeps the shaping exactly, which no SVG or Pillow text path here does
(Pillow without libraqm stacks Thai vowels and tone marks wrongly).
"""

from __future__ import annotations

import io


def pdf_to_png(pdf: bytes, *, width_px: int, page: int = 0) -> bytes:
    """Rasterise one page of `pdf` to a PNG exactly `width_px` wide (height by aspect)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        sheet = document[page]
        points_wide, points_high = sheet.get_size()
        scale = width_px / points_wide
        bitmap = sheet.render(scale=scale, draw_annots=False)
        image = bitmap.to_pil()
        height_px = round(points_high * scale)
        if image.size != (width_px, height_px):
            image = image.resize((width_px, height_px))
        out = io.BytesIO()
        image.convert("RGB").save(out, format="PNG", optimize=True)
        return out.getvalue()
    finally:
        document.close()


def html_to_png(html: str, *, width_px: int) -> bytes:
    """HTML (with an @page size) to a PNG of its first page, `width_px` wide."""
    from chumchon.core.pdf import render_pdf

    return pdf_to_png(render_pdf(html), width_px=width_px)
