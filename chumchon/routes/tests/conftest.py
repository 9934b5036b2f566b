"""A small Tha Li route on a straight north–south line, so that legs are easy to check.

The homestay, the market and the river are 0.009° of latitude (1,000.75 m) apart:
walking that is 1,301 m of path and 20 minutes, cycling 7 minutes, a boat 1,201 m
and 8 minutes (chumchon.routing.travel: great circle × detour ÷ speed).
"""

import datetime as dt
from decimal import Decimal

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
