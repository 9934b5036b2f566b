"""A small world for the planner tests: Tha Li (TH) and Bo Tan (LA) with a checkpoint between."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from chumchon.money import Money
from chumchon.routing import travel
from chumchon.routing.planner import (
    ACTIVITY,
    BORDER,
    HOMESTAY,
    MEAL,
    PLACE,
    Day,
    Location,
    Stop,
    TripRequest,
)

MONDAY = dt.date(2027, 1, 4)
T = dt.time

THA_LI = Location("Tha Li community centre", 17.6236, 101.4210, "TH")
BO_TAN = Location("Bo Tan village hall", 17.5802, 101.1897, "LA")


def daily(*intervals, days=7, first=MONDAY, weekdays=range(7)):
    """The same intervals on each of `days` dates from `first` (on the given weekdays)."""
    dates = [first + dt.timedelta(days=i) for i in range(days)]
    return {d: list(intervals) for d in dates if d.weekday() in weekdays}


def thb(amount: str) -> Money:
    return Money(Decimal(amount), "THB")


def stops() -> list[Stop]:
    return [
        Stop(
            "temple",
            "Phra That Satcha",
            17.6195,
            101.4168,
            PLACE,
            "TH",
            frozenset({"temples", "culture"}),
            60,
            hours=daily((T(7), T(18))),
        ),
        Stop(
            "rapids",
            "Kaeng Ton rapids",
            17.6720,
            101.4060,
            PLACE,
            "TH",
            frozenset({"river", "nature"}),
            90,
            hours=daily((T(0), T(23, 59))),
        ),
        Stop(
            "workshop",
            "Li weaving workshop",
            17.6262,
            101.4188,
            PLACE,
            "TH",
            frozenset({"craft", "culture"}),
            120,
            hours=daily((T(8, 30), T(12)), (T(13), T(16, 30)), weekdays=range(6)),
        ),
        Stop(
            "weaving-class",
            "Weave a li",
            17.6262,
            101.4188,
            ACTIVITY,
            "TH",
            frozenset({"craft"}),
            180,
            fixed_duration=True,
            starts=daily(T(9), weekdays=(1, 3, 5)),
            price=thb("900"),
            group="workshop",
            bookable=True,
        ),
        Stop(
            "farm",
            "Organic farm",
            17.6305,
            101.4095,
            PLACE,
            "TH",
            frozenset({"food", "nature"}),
            90,
            hours=daily((T(8), T(17))),
        ),
        Stop(
            "market",
            "Morning market",
            17.6242,
            101.4226,
            PLACE,
            "TH",
            frozenset({"markets", "food"}),
            60,
            hours=daily((T(5), T(9)), weekdays=range(1, 7)),
        ),
        Stop(
            "lunch",
            "Riverside lunch",
            17.6240,
            101.4215,
            MEAL,
            "TH",
            frozenset({"food"}),
            60,
            fixed_duration=True,
            starts=daily(T(11, 30), T(12, 30)),
            price=thb("300"),
            bookable=True,
        ),
        Stop(
            "dinner",
            "Loei-style dinner",
            17.6236,
            101.4210,
            MEAL,
            "TH",
            frozenset({"food"}),
            90,
            fixed_duration=True,
            starts=daily(T(18)),
            price=thb("500"),
            bookable=True,
        ),
        Stop(
            "homestay",
            "Mae Somsri's homestay",
            17.6236,
            101.4210,
            HOMESTAY,
            "TH",
            starts=daily(T(14)),
            price=thb("1200"),
            bookable=True,
        ),
        Stop(
            "bridge",
            "Nam Heuang bridge checkpoint",
            17.6640,
            101.4330,
            BORDER,
            "TH",
            visit_minutes=60,
            hours=daily((T(6), T(18))),
        ),
        Stop(
            "waterfall",
            "Tad Ham waterfall",
            17.5948,
            101.2071,
            PLACE,
            "LA",
            frozenset({"nature"}),
            120,
            hours=daily((T(7), T(17))),
        ),
        Stop(
            "wat",
            "Wat Phonxay",
            17.5791,
            101.1884,
            PLACE,
            "LA",
            frozenset({"temples"}),
            45,
            hours=daily((T(6), T(18))),
        ),
        Stop(
            "restaurant",
            "Boun Pakong restaurant",
            17.5814,
            101.1918,
            MEAL,
            "LA",
            frozenset({"food"}),
            60,
            hours=daily((T(10, 30), T(14)), (T(17), T(21))),
            price=thb("250"),
        ),
        Stop(
            "lao-homestay",
            "Weavers' house",
            17.5802,
            101.1897,
            HOMESTAY,
            "LA",
            starts=daily(T(14)),
            price=thb("700"),
            bookable=True,
        ),
    ]


EIGHT, FIVE_PM = T(8), T(17)


def request(days=1, start=EIGHT, end=FIVE_PM, begin=THA_LI, finish=THA_LI, **extra) -> TripRequest:
    trip = tuple(
        Day(
            MONDAY + dt.timedelta(days=i),
            start,
            end,
            begin if i == 0 else None,
            finish if i == days - 1 else None,
        )
        for i in range(days)
    )
    values = {
        "days": trip,
        "stops": tuple(stops()),
        "currency": "THB",
        "party": 2,
        "interests": {"temples": 2, "nature": 1, "craft": 1},
    }
    values.update(extra)
    return TripRequest(**values)


def by_car(points):
    return travel.estimate_matrix(points, travel.CAR)
