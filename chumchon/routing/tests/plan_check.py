"""An independent check of a plan against the request: it shares nothing with the planner
but the input data, so a bug in the encoding into the solver cannot hide here."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from chumchon.money import Money
from chumchon.routing.planner import BORDER, LUNCH, TripRequest


def _t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def check_plan(request: TripRequest, data: dict, travel) -> list[str]:
    """Every rule the plan (as stored: Plan.to_json()) breaks, in words; [] when none."""
    problems = []
    stops = {s.id: s for s in request.stops}
    seen: set[str] = set()
    total = 0
    for day, planned in zip(request.days, data["days"], strict=True):
        clock = day.start
        previous = (planned["from"]["lat"], planned["from"]["lng"])
        crossed = False
        for visit in planned["stops"]:
            stop = stops[visit["stop"]]
            if stop.id in seen and stop.kind not in ("meal", BORDER):
                problems.append(f"{stop.id} is visited twice")
            seen.add(stop.id)
            start, leave, arrive = _t(visit["start"]), _t(visit["leave"]), _t(visit["arrive"])
            leg = travel([previous, stop.point])[0][1]
            earliest = (
                dt.datetime.combine(day.date, clock) + dt.timedelta(minutes=leg.minutes)
            ).time()
            if arrive < earliest or start < arrive:
                problems.append(
                    f"{stop.id} on {day.date}: reached at {arrive}, earliest {earliest}"
                )
            if stop.starts is not None:
                if start not in stop.starts.get(day.date, ()):
                    problems.append(f"{stop.id} starts at {start}, not one of its departures")
            elif not any(o <= start and leave <= c for o, c in stop.hours.get(day.date, ())):
                problems.append(f"{stop.id} on {day.date}: {start}–{leave} is outside its hours")
            if visit["meal"] == "lunch" and not LUNCH[0] <= start <= LUNCH[1]:
                problems.append(f"lunch at {start} is outside lunch time")
            if stop.kind == BORDER:
                crossed = True
            elif planned["crossing"]:
                side = planned["to"]["side"] if crossed else planned["from"]["side"]
                if stop.side != side:
                    problems.append(f"{stop.id} is on the wrong side of the border")
            if stop.price is not None:
                total += stop.price.minor_units
            clock, previous = leave, stop.point
        back = _t(planned["back"])
        if back > day.end:
            problems.append(f"day {day.date} ends at {back}, after {day.end}")
        if planned["crossing"] and not crossed:
            problems.append(f"day {day.date} crosses without the checkpoint")
        if planned["night"]:
            total += stops[planned["night"]["stop"]].price.minor_units
    if request.budget is not None and total > request.budget.minor_units:
        problems.append(f"the plan costs {total}, over the budget")
    cost = Money(Decimal(data["cost"]["amount"]), data["cost"]["currency"])
    if total != cost.minor_units:
        problems.append(f"the plan says it costs {cost}, the stops add up to {total}")
    return problems
