import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command

from chumchon.maps import services
from chumchon.maps.render.compose import compose
from chumchon.maps.render.output import to_svg
from chumchon.routes.models import Route
from chumchon.routes.services import route_timeline

NS = {"s": "http://www.w3.org/2000/svg"}


@pytest.fixture
def routes(demo):
    tha_li, _ = demo
    return (
        tha_li,
        Route.objects.get(slug="two-days-on-the-heuang"),
        Route.objects.get(slug="across-the-heuang-to-bo-tan"),
    )


def test_a_route_map_numbers_the_stops_in_visiting_order_with_arrival_times(routes):
    tha_li, route, _ = routes
    spec = services.build_spec(tha_li, route, "en")
    timeline = route_timeline(route)
    listed = [(s.number, s.note) for s in spec.stops if s.day is not None]
    expected = [(s.number, f"{s.arrive:%H:%M}") for d in timeline for s in d.stops]
    assert listed == expected
    assert [d.number for d in spec.days] == [d.number for d in timeline]


def test_each_day_has_its_legs_with_their_minutes_and_metres(routes):
    tha_li, route, _ = routes
    spec = services.build_spec(tha_li, route, "en")
    timeline = route_timeline(route)
    for day, laid_out in zip(spec.days, timeline, strict=True):
        expected = [
            (s.leg_minutes, s.leg_metres)
            for s in laid_out.stops
            if s.leg_minutes and (s.position > 1 or laid_out.start)
        ]
        if laid_out.end_leg:
            expected.append((laid_out.end_leg.minutes, laid_out.end_leg.metres))
        assert [(leg.minutes, leg.metres) for leg in day.legs] == expected
        assert day.summary.startswith(f"{laid_out.starts_at:%H:%M}–")
    root = ET.fromstring(to_svg(compose(spec, "a4")).encode())
    assert root.findall(".//s:path[@class='route-day-1']", NS)
    assert root.findall(".//s:path[@class='route-day-2']", NS)


def test_a_cross_border_route_carries_the_checkpoint_panel(routes):
    tha_li, _, crossing = routes
    spec = services.build_spec(tha_li, crossing, "th+en")
    assert spec.border is not None
    assert "06:00" in spec.border.hours
    assert spec.border.documents
    # A place visited twice is one marker; the second visit is only listed.
    repeats = [s for s in spec.stops if s.repeat_of is not None]
    assert all(any(o.number == r.repeat_of for o in spec.stops) for r in repeats)
    root = ET.fromstring(to_svg(compose(spec, "a4")).encode())
    markers = root.findall(".//s:g[@class='stop']", NS)
    assert len(markers) == len(spec.stops) - len(repeats)


def test_the_route_page_offers_its_poster_and_the_download_works(client, routes):
    tha_li, route, _ = routes
    page = client.get(route.get_absolute_url())
    assert f"/c/{tha_li.slug}/routes/{route.slug}/map.pdf".encode() in page.content
    response = client.get(f"/en/c/{tha_li.slug}/routes/{route.slug}/map.svg", {"lang": "en"})
    assert response.status_code == 200
    assert b"route-day-1" in b"".join(response.streaming_content)


def test_rendermap_draws_a_route(tmp_path, routes, capsys):
    tha_li, route, _ = routes
    out = tmp_path / "route.svg"
    call_command(
        "rendermap",
        "--community",
        tha_li.slug,
        "--route",
        str(route.pk),
        "--format",
        "svg",
        "--size",
        "a5",
        "--lang",
        "th+en",
        "-o",
        str(out),
    )
    assert out.read_text().count('class="stop"') >= 5
    assert "SVG a5 th+en" in capsys.readouterr().out
