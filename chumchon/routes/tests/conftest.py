"""A small Tha Li route on a straight north–south line, so that legs are easy to check.

The homestay, the market and the river are 0.009° of latitude (1,000.75 m) apart:
walking that is 1,301 m of path and 20 minutes, cycling 7 minutes, a boat 1,201 m
and 8 minutes (chumchon.routing.travel: great circle × detour ÷ speed).
"""

import datetime as dt
import json
import threading
import time
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache

from chumchon.places.models import OpeningHours, Place
from chumchon.routes.models import Route, RouteDay, RouteStop


def make_place(community, slug, lat, category="landmark", always_open=True, **extra):
    return Place.objects.create(
        community=community,
        slug=slug,
        name_en=slug.replace("-", " ").title(),
        name_th=f"ที่ {slug}",
        category=category,
        latitude=Decimal(lat),
        longitude=Decimal("101.400000"),
        always_open=always_open,
        **extra,
    )


@pytest.fixture(autouse=True)
def no_osrm(settings):
    """Estimates unless a test starts a fake OSRM; a clean "server is down" memory."""
    settings.OSRM_URL = ""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def homestay(tha_li):
    return make_place(tha_li, "homestay", "17.600000", category="homestay")


@pytest.fixture
def market(tha_li):
    """Open 06:00–12:00 Monday to Saturday, only 06:00–10:00 on Sunday."""
    place = make_place(tha_li, "market", "17.609000", category="market", always_open=False)
    for day in range(7):
        closes = dt.time(10) if day == 6 else dt.time(12)
        OpeningHours.objects.create(place=place, weekday=day, opens=dt.time(6), closes=closes)
    return place


@pytest.fixture
def river(tha_li):
    return make_place(tha_li, "river", "17.618000", category="river")


@pytest.fixture
def route(tha_li, homestay, market, river):
    """Day 1, 08:00–17:00 from and back to the homestay: walk to the market, boat on."""
    route = Route.objects.create(
        community=tha_li,
        slug="river-day",
        title_en="River day",
        title_th="วันริมน้ำ",
        title_lo="ມື້ລິມນ້ຳ",
        summary_en="Market and river",
        story_en="We walk to the market and take the boat.",
        story_th="เดินไปตลาดแล้วนั่งเรือ",
        story_lo="ຍ່າງໄປຕະຫຼາດແລ້ວນັ່ງເຮືອ",
        is_published=True,
    )
    day = RouteDay.objects.create(
        route=route,
        number=1,
        starts_at=dt.time(8),
        ends_at=dt.time(17),
        start_place=homestay,
        end_place=homestay,
    )
    RouteStop.objects.create(day=day, position=1, place=market, mode="walk", stay_minutes=60)
    RouteStop.objects.create(day=day, position=2, place=river, mode="boat", stay_minutes=30)
    return route


class FakeOsrm:
    """Answers /table like OSRM: 100 s and 1,000 m per index step between coordinates."""

    def __init__(self):
        self.requests: list[str] = []
        self.status = 200
        self.delay = 0.0
        self.no_route = set()  # (source index, destination index) OSRM cannot connect
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                fake.requests.append(self.path)
                if fake.delay:
                    time.sleep(fake.delay)
                if fake.status != 200:
                    self.send_response(fake.status)
                    self.end_headers()
                    self.wfile.write(b'{"code": "InvalidQuery"}')
                    return
                url = urlsplit(self.path)
                coordinates = url.path.rsplit("/", 1)[-1].split(";")
                query = parse_qs(url.query)
                sources = [int(i) for i in query["sources"][0].split(";")]
                targets = [int(i) for i in query["destinations"][0].split(";")]
                assert len(coordinates) > max(sources + targets)

                def cell(i, j, per):
                    return None if (i, j) in fake.no_route else abs(i - j) * per

                body = {
                    "code": "Ok",
                    "durations": [[cell(i, j, 100.0) for j in targets] for i in sources],
                    "distances": [[cell(i, j, 1000.0) for j in targets] for i in sources],
                }
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def paths(self):
        return [urlsplit(p).path.split("/")[3] for p in self.requests]


@pytest.fixture
def osrm(settings):
    fake = FakeOsrm()
    fake.thread.start()
    settings.OSRM_URL = fake.url
    settings.OSRM_TIMEOUT_SECONDS = 1
    yield fake
    fake.server.shutdown()
    fake.server.server_close()
