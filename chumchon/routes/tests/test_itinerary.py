import pytest

from chumchon.routes.sketch import SketchDay, SketchStop, route_svg

pytestmark = pytest.mark.django_db


def test_the_sketch_draws_each_days_line_and_numbered_stops_north_up():
    svg = route_svg(
        [
            SketchDay(
                "#0072B2", [(17.60, 101.40), (17.61, 101.40)], [SketchStop(1, (17.61, 101.40), "A")]
            ),
            SketchDay(
                "#D55E00", [(17.61, 101.40), (17.62, 101.41)], [SketchStop(2, (17.62, 101.41), "B")]
            ),
        ]
    )
    assert svg.count("<polyline") == 2 and 'stroke="#D55E00"' in svg
    assert ">1</text>" in svg and ">2</text>" in svg
    # North up: the northern stop 2 is drawn above (smaller y than) the start.
    first = svg.split('<polyline points="')[1].split('"')[0].split()
    (x0, y0), (x1, y1) = (tuple(map(float, p.split(","))) for p in first)
    assert y1 < y0 and x0 == x1
    assert "km" in svg or " m<" in svg  # a scale bar


def test_an_empty_route_draws_nothing():
    assert route_svg([]) == ""


def test_the_itinerary_pdf_is_served(client, route):
    response = client.get(f"/th/c/t-tha-li/routes/{route.slug}.pdf?date=2026-12-07")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_the_itinerary_html_has_the_timeline_and_whom_to_call(route):
    from chumchon.routes.itinerary import itinerary_html

    html = itinerary_html(route, "en")
    assert "08:20–09:20" in html and "Market" in html
    assert "1155" in html  # Tha Li's emergency number (the test community's)
    assert "<svg" in html and "route-sketch" in html
    thai = itinerary_html(route, "th")
    assert "วันริมน้ำ" in thai


def test_the_route_page_draws_the_sketch_for_browsers_without_javascript(client, route):
    html = client.get(f"/en/c/t-tha-li/routes/{route.slug}/").content.decode()
    noscript = html.split("<noscript>")[1].split("</noscript>")[0]
    assert "<svg" in noscript and ">1</text>" in noscript
    assert f"/en/c/t-tha-li/routes/{route.slug}.pdf" in html
