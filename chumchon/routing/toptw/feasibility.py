"""An independent check of a TOPTW solution under the benchmark's rules.

It shares nothing with the search but the instance, so it can judge any solver's output.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .instance import Instance


@dataclass(frozen=True)
class Visit:
    node: int
    arrival: int
    start: int


@dataclass(frozen=True)
class TourSchedule:
    visits: tuple[Visit, ...]
    back: int  # the time the tour is back at the depot


@dataclass(frozen=True)
class Check:
    """The verdict on a solution: its score, its schedule and the rules it breaks."""

    score: float
    schedules: tuple[TourSchedule, ...]
    problems: tuple[str, ...] = field(default=())

    @property
    def feasible(self) -> bool:
        return not self.problems


def schedule_tour(instance: Instance, tour: Sequence[int]) -> TourSchedule:
    """Earliest service starts along `depot → tour → depot`; waiting is free."""
    travel, service, opening = instance.travel, instance.service, instance.open
    time, previous = opening[0], 0
    visits = []
    for node in tour:
        arrival = time + service[previous] if previous else time
        arrival += travel[previous][node]
        start = max(arrival, opening[node])
        visits.append(Visit(node, arrival, start))
        time, previous = start, node
    back = (time + service[previous] if previous else time) + travel[previous][0]
    return TourSchedule(tuple(visits), back)


def check_solution(
    instance: Instance, tours: Sequence[Sequence[int]], max_tours: int | None = None
) -> Check:
    """Check every rule: known nodes, each visited at most once, windows on the start of
    each visit, every tour back by Tmax, and at most `max_tours` tours."""
    problems: list[str] = []
    if max_tours is not None and len(tours) > max_tours:
        problems.append(f"{len(tours)} tours, but at most {max_tours} are allowed")
    seen: set[int] = set()
    schedules = []
    fmt = instance.to_time
    for number, tour in enumerate(tours, start=1):
        valid = []
        for node in tour:
            if not isinstance(node, int) or isinstance(node, bool) or not 1 <= node <= instance.n:
                problems.append(f"tour {number}: {node!r} is not a point of the instance")
                continue
            if node in seen:
                problems.append(f"tour {number}: point {node} is visited more than once")
            seen.add(node)
            valid.append(node)
        schedule = schedule_tour(instance, valid)
        schedules.append(schedule)
        for visit in schedule.visits:
            if visit.start > instance.close[visit.node]:
                problems.append(
                    f"tour {number}: point {visit.node} is reached at {fmt(visit.arrival)}, "
                    f"after its window closes at {fmt(instance.close[visit.node])}"
                )
        if schedule.back > instance.tmax:
            problems.append(
                f"tour {number}: back at the depot at {fmt(schedule.back)}, "
                f"after Tmax = {fmt(instance.tmax)}"
            )
    score = instance.total_score(seen)
    return Check(score=score, schedules=tuple(schedules), problems=tuple(problems))
