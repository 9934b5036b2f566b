import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from chumchon.maps.render.compose import compose
from chumchon.maps.render.labels import overlaps
from chumchon.maps.render.output import to_svg
from chumchon.maps.tests.synthetic import spec

NS = {"s": "http://www.w3.org/2000/svg"}


def _svg(s, size="a4"):
    return ET.fromstring(to_svg(compose(s, size)).encode())


def _boxes(root, role):
    out = {}
    for g in root.iterfind(".//s:g", NS):
        classes = g.get("class", "").split()
        if "text" in classes and role in classes:
            x, y, w, h = map(float, g.get("data-bbox").split())
            out[g.get("data-key")] = (x, y, x + w, y + h)
    return out


def test_the_svg_has_an_element_for_every_stop():
    root = _svg(spec(n=40))
    numbers = sorted(int(g.get("data-number")) for g in root.iterfind(".//s:g[@class='stop']", NS))
    assert numbers == list(range(1, 41))


def test_no_two_map_labels_overlap_and_none_covers_a_marker():
    s = spec(n=40, days=2)
    poster = compose(s, "a4")
    root = ET.fromstring(to_svg(poster).encode())
    labels = _boxes(root, "label") | _boxes(root, "leg")
    assert len(labels) >= 20
    keys = sorted(labels)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            assert not overlaps(labels[a], labels[b]), (a, b)
        for number, marker in poster.marker_boxes.items():
            assert not overlaps(labels[a], marker), (a, number)


def test_labels_carry_both_languages_and_text_stays_text():
    root = _svg(spec(n=5))
    words = [t.text for t in root.iterfind(".//s:text", NS)]
    assert "ชุมชนท่าลี่" in words and "Phra That Satcha" in words and "แก่งโตน" in words


def test_the_fonts_are_embedded_only_for_the_languages_printed():
    thai = to_svg(compose(spec(lang="th"), "a5"))
    lao = to_svg(compose(spec(lang="lo"), "a5"))
    face = "@font-face{{font-family:'Noto Sans {}'"
    assert thai.count(face.format("Thai")) == 2 and face.format("Lao") not in thai
    assert lao.count(face.format("Lao")) == 2 and face.format("Thai") not in lao
    assert "data:font/woff2;base64," in thai


def test_the_map_has_a_north_arrow_a_scale_bar_and_a_booking_qr():
    root = _svg(spec(n=6))
    assert root.find(".//s:g[@class='north-arrow']", NS) is not None
    bar = root.find(".//s:g[@class='scale-bar']", NS)
    assert int(bar.get("data-metres")) in {m * 10**k for m in (1, 2, 5) for k in range(6)}
    assert root.find(".//s:g[@class='qr']", NS).get("data-url") == "https://example.org/c/tha-li/"


def test_route_days_get_their_own_coloured_lines_and_leg_labels():
    root = _svg(spec(n=8, days=2))
    day1 = root.findall(".//s:path[@class='route-day-1']", NS)
    day2 = root.findall(".//s:path[@class='route-day-2']", NS)
    assert len(day1) == 3 and len(day2) == 3
    assert day1[0].get("stroke") != day2[0].get("stroke")
    legs = [t.text for t in root.iterfind(".//s:g[@class='text leg']/s:text", NS)]
    assert "15 min · 900 m" in legs


def test_a_cross_border_route_prints_the_checkpoint_hours_and_documents():
    root = _svg(spec(n=6, border=True))
    words = [t.text for t in root.iterfind(".//s:g[@class='text border']/s:text", NS)]
    assert words == ["Nam Heuang bridge", "Open daily 06:00–18:00", "Passport"]


def test_a_thai_name_on_a_lao_poster_still_gets_its_font():
    from dataclasses import replace

    s = spec(lang="lo")
    s = replace(s, stops=(replace(s.stops[0], labels=("แก่งโตน", "Kaeng Ton")), *s.stops[1:]))
    svg = to_svg(compose(s, "a5"))
    assert "@font-face{font-family:'Noto Sans Thai'" in svg
    assert "@font-face{font-family:'Noto Sans Lao'" in svg


@settings(max_examples=12, deadline=None)
@given(
    n=st.integers(1, 40),
    seed=st.integers(0, 10_000),
    days=st.integers(0, 3),
    size=st.sampled_from(["a5", "a4", "social"]),
)
def test_no_poster_ever_prints_overlapping_labels(n, seed, days, size):
    poster = compose(spec(n=n, seed=seed, days=days), size)
    boxes = list(poster.label_boxes.values())
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not overlaps(a, b)
        for marker in poster.marker_boxes.values():
            assert not overlaps(a, marker)
    assert len(poster.stops) == n
    for text in poster.texts:
        x0, y0, x1, y1 = text.box
        assert 0 <= x0 and x1 <= poster.width + 0.5 and 0 <= y0 and y1 <= poster.height + 0.5


def test_a_long_title_wraps_inside_the_page():
    from dataclasses import replace

    long = "ชุมชนท่องเที่ยวบ้านนากะเซ็งและบ้านท่าลี่ริมแม่น้ำเหืองชายแดนไทยลาว" * 2
    poster = compose(replace(spec(n=3), title=(long, "Tha Li")), "a5")
    title = next(t for t in poster.texts if t.role == "title")
    assert len(title.lines) >= 3  # two lines of Thai, then the English
    assert title.box[2] <= poster.width


def test_a_named_river_is_lettered_in_italic_beside_its_water():
    from dataclasses import replace

    from chumchon.maps.render.model import BackgroundFeature

    river = BackgroundFeature(
        "waterway",
        "river",
        {"type": "LineString", "coordinates": [[101.38, 17.58], [101.42, 17.64], [101.45, 17.70]]},
        "Heuang river",
    )
    poster = compose(replace(spec(n=4), background=(river,)), "a4")
    water = [t for t in poster.texts if t.role == "water"]
    assert [ln.text for t in water for ln in t.lines] == ["Heuang river"]
    assert water[0].lines[0].italic
    assert 'font-style="italic">Heuang river</text>' in to_svg(poster)
