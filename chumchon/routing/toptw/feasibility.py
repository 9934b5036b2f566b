"""An independent check of a TOPTW solution under the benchmark's rules.

It shares nothing with the search but the instance, so it can judge any solver's output.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .instance import Instance, TourSpec


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


def schedule_tour(
    instance: Instance, tour: Sequence[int], spec: TourSpec | None = None
) -> TourSchedule:
    """Earliest service starts along `depot → tour → depot`; waiting is free.

    With a tour spec, from its start node at its begin time to its end node; the ends
    take no service time (tours leave the depot at once, as the benchmark defines)."""
    spec = spec or instance.specs(1)[0]
    travel, service, opening = instance.travel, instance.service, instance.open
    time, previous, at_start = spec.begin, spec.start, True
    visits = []
    for node in tour:
        arrival = time if at_start else time + service[previous]
        arrival += travel[previous][node]
        start = max(arrival, opening[node])
        visits.append(Visit(node, arrival, start))
        time, previous, at_start = start, node, False
    back = (time if at_start else time + service[previous]) + travel[previous][spec.end]
    return TourSchedule(tuple(visits), back)


def check_solution(
    instance: Instance, tours: Sequence[Sequence[int]], max_tours: int | None = None
) -> Check:
    """Check every rule: known nodes, each visited at most once, windows on the start of
    each visit, every tour back by Tmax, and at most `max_tours` tours. With a planner's
    additions, also: each tour's own ends and hours, its waypoint visited with the phased
    points on the right side of it, at most one point per group, and the budget."""
    problems: list[str] = []
    if max_tours is not None and len(tours) > max_tours:
        problems.append(f"{len(tours)} tours, but at most {max_tours} are allowed")
    if instance.tour_specs and len(tours) != len(instance.tour_specs):
        problems.append(f"{len(tours)} tours, but the instance defines {len(instance.tour_specs)}")
    specs = instance.tour_specs or instance.specs(1) * len(tours)
    ends = instance.ends() - {0}
    seen: set[int] = set()
    groups: dict[int, int] = {}
    schedules = []
    fmt = instance.to_time
    # A tour count that differs from the instance's is reported above.
    for number, (tour, spec) in enumerate(zip(tours, specs, strict=False), start=1):
        valid = []
        for node in tour:
            if (
                not isinstance(node, int)
                or isinstance(node, bool)
                or not 1 <= node <= instance.n
                or node in ends
            ):
                problems.append(f"tour {number}: {node!r} is not a point of the instance")
                continue
            if node in seen:
                problems.append(f"tour {number}: point {node} is visited more than once")
            seen.add(node)
            valid.append(node)
            if instance.group:
                group = instance.group[node]
                if group in groups and groups[group] != node:
                    problems.append(
                        f"tour {number}: point {node} shares group {group} with point "
                        f"{groups[group]}, and a group is visited at most once"
                    )
                groups.setdefault(group, node)
        schedule = schedule_tour(instance, valid, spec)
        schedules.append(schedule)
        for visit in schedule.visits:
            if visit.start > instance.close[visit.node]:
                problems.append(
                    f"tour {number}: point {visit.node} is reached at {fmt(visit.arrival)}, "
                    f"after its window closes at {fmt(instance.close[visit.node])}"
                )
        if schedule.back > spec.finish:
            problems.append(
                f"tour {number}: back at the depot at {fmt(schedule.back)}, "
                f"after Tmax = {fmt(spec.finish)}"
            )
        if spec.waypoint is not None:
            if spec.waypoint not in valid:
                problems.append(f"tour {number}: its waypoint {spec.waypoint} is not visited")
            else:
                at = valid.index(spec.waypoint)
                for position, node in enumerate(valid):
                    phase = instance.phase[node] if instance.phase else -1
                    if (phase == 0 and position > at) or (phase == 1 and position < at):
                        problems.append(
                            f"tour {number}: point {node} is on the wrong side of waypoint "
                            f"{spec.waypoint}"
                        )
    if instance.budget is not None and instance.cost:
        spent = sum(instance.cost[v] for v in seen)
        if spent > instance.budget:
            problems.append(f"the points cost {spent}, over the budget of {instance.budget}")
    score = instance.total_score(seen)
    return Check(score=score, schedules=tuple(schedules), problems=tuple(problems))
