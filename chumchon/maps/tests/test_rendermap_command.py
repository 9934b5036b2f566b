import pypdfium2 as pdfium
import pytest
from django.core.management import CommandError, call_command

from chumchon.maps.render.compose import MM


def test_rendermap_writes_a_pdf_of_the_asked_size(tmp_path, tha_li, temple, capsys):
    out = tmp_path / "tha-li.pdf"
    call_command(
        "rendermap", "--community", tha_li.slug, "--format", "pdf", "--size", "a3",
        "--lang", "th+en", "-o", str(out),
    )  # fmt: skip
    width, height = pdfium.PdfDocument(out.read_bytes())[0].get_size()
    assert (round(width), round(height)) == (round(297 * MM), round(420 * MM))
    assert "PDF a3 th+en" in capsys.readouterr().out


def test_rendermap_takes_the_format_from_the_file_name(tmp_path, tha_li, temple):
    out = tmp_path / "tha-li.svg"
    call_command("rendermap", "--community", tha_li.slug, "-o", str(out))
    assert out.read_text().startswith('<?xml version="1.0"')


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--community", "nowhere"], "No community with the slug 'nowhere'"),
        (["--community", "t-tha-li", "--route", "999"], "No route 999 in t-tha-li"),
        (["--community", "t-tha-li"], "Give --format svg, png or pdf"),
    ],
)
def test_rendermap_explains_what_is_wrong(tmp_path, tha_li, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("rendermap", *args, "-o", str(tmp_path / "map.out"))


def test_a_community_without_places_still_gets_a_poster(tmp_path, bo_tan):
    out = tmp_path / "empty.pdf"
    call_command("rendermap", "--community", bo_tan.slug, "--size", "a5", "-o", str(out))
    assert out.read_bytes().startswith(b"%PDF")
