import ctypes
import io
import os
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest
from PIL import Image

from chumchon.core.raster import pdf_to_png
from chumchon.maps.render.compose import MM
from chumchon.maps.render.output import PNG_WIDTHS, render
from chumchon.maps.tests.synthetic import spec

REFERENCE = Path(__file__).parent / "reference"
# MAPS_UPDATE_REFERENCE=1 pytest chumchon/maps/tests/test_print_formats.py redraws them.
UPDATE = os.environ.get("MAPS_UPDATE_REFERENCE") == "1"
TOLERANCE = 4.0  # mean absolute difference per channel, 0–255


def _embedded_fonts(pdf: bytes) -> set[str]:
    """Base names (subset prefix removed) of the embedded fonts that the page's text uses."""
    page = pdfium.PdfDocument(pdf)[0]
    names = set()
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_TEXT]):
        font = raw.FPDFTextObj_GetFont(obj.raw)
        length = raw.FPDFFont_GetBaseFontName(font, None, 0)
        buffer = ctypes.create_string_buffer(length)
        raw.FPDFFont_GetBaseFontName(font, buffer, length)
        if raw.FPDFFont_GetIsEmbedded(font):
            names.add(buffer.value.decode().split("+")[-1])
    return names


@pytest.mark.parametrize(
    ("size", "points"),
    [("a4", (210 * MM, 297 * MM)), ("a3", (297 * MM, 420 * MM)), ("a5", (148 * MM, 210 * MM))],
)
def test_the_pdf_page_has_the_paper_size(size, points):
    document = pdfium.PdfDocument(render(spec(n=6), "pdf", size))
    assert len(document) == 1
    width, height = document[0].get_size()
    assert width == pytest.approx(points[0], abs=0.5)
    assert height == pytest.approx(points[1], abs=0.5)


def test_the_pdf_embeds_the_thai_and_latin_fonts_and_keeps_text_as_text():
    pdf = render(spec(n=6, lang="th"), "pdf", "a4")
    assert _embedded_fonts(pdf) == {
        "Noto-Sans-Thai",
        "Noto-Sans-Thai-Bold",
        "Noto-Sans-Latin",
        "Noto-Sans-Latin-Bold",
    }
    text = pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()
    assert "Phra That Satcha" in text


def test_a_lao_pdf_embeds_the_lao_font():
    fonts = _embedded_fonts(render(spec(n=6, lang="lo"), "pdf", "a5"))
    assert {"Noto-Sans-Lao", "Noto-Sans-Lao-Bold"} <= fonts
    assert not any("Thai" in name for name in fonts)


@pytest.mark.parametrize("size", ["a4", "social"])
def test_the_png_has_the_promised_pixel_size(size):
    image = Image.open(io.BytesIO(render(spec(n=6), "png", size)))
    width = PNG_WIDTHS[size]
    expected = (1080, 1080) if size == "social" else (width, round(width * 297 / 210))
    assert image.size == expected


@pytest.mark.parametrize("lang", ["th", "lo"])
def test_a_render_matches_its_reference_image(lang):
    pdf = render(spec(n=10, lang=lang, days=1, border=True), "pdf", "a5")
    image = Image.open(io.BytesIO(pdf_to_png(pdf, width_px=420))).convert("RGB")
    path = REFERENCE / f"{lang}-a5.png"
    if UPDATE or not path.exists():
        assert UPDATE, f"{path} is missing: run with MAPS_UPDATE_REFERENCE=1"
        image.save(path, optimize=True)
    reference = Image.open(path).convert("RGB")
    assert reference.size == image.size
    diff = np.abs(np.asarray(image, dtype=np.int16) - np.asarray(reference, dtype=np.int16))
    assert diff.mean() < TOLERANCE


def test_the_reference_comparison_notices_a_changed_map():
    reference = np.asarray(Image.open(REFERENCE / "th-a5.png").convert("RGB"), dtype=np.int16)
    pdf = render(spec(n=10, lang="th", days=1, border=True, seed=99), "pdf", "a5")
    other = Image.open(io.BytesIO(pdf_to_png(pdf, width_px=420))).convert("RGB")
    diff = np.abs(np.asarray(other, dtype=np.int16) - reference)
    assert diff.mean() > 0.5


def test_the_pdf_is_titled_after_the_map():
    document = pdfium.PdfDocument(render(spec(n=3), "pdf", "a5"))
    assert document.get_metadata_dict()["Title"] == "ชุมชนท่าลี่ · Tha Li"
