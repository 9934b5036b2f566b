import io

from PIL import Image

from chumchon.core.pdf import FONT_STACK, font_faces_css
from chumchon.core.raster import html_to_png

PAGE = """<html><head><style>{faces}
@page {{ size: 600px 315px; margin: 0 }}
body {{ margin: 0; font-family: {stack}; background: #0b6e4f; color: white; font-size: 60px }}
</style></head><body><p>ท่าลี่ ບໍ່ແຕນ</p></body></html>"""


def test_a_page_becomes_a_png_of_the_asked_width_with_its_text_drawn():
    png = html_to_png(PAGE.format(faces=font_faces_css(), stack=FONT_STACK), width_px=1200)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == (1200, 630)
    colours = {colour for _, colour in image.getcolors(maxcolors=1 << 20)}
    # The green background, and white glyph pixels on it.
    assert (11, 110, 79) in colours and (255, 255, 255) in colours
