"""The TOPTW solver's entry point: solve an instance for `tours` tours within a time limit."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from .feasibility import check_solution
from .instance import Instance
from .search import Params, Search


@dataclass(frozen=True)
class Solution:
    score: float
    tours: list[list[int]]  # point ids in visiting order, the depot left out
    seconds: float
    iterations: int
    seed: int


class SolverError(RuntimeError):
    """The search produced a solution that breaks a rule: a bug, never a result to show."""


def solve(
    instance: Instance,
    tours: int,
    time_limit: float,
    seed: int = 0,
    iterations: int | None = None,
    progress: Callable[[float, float, int], None] | None = None,
    params: Params | None = None,
) -> Solution:
    """The best solution found within `time_limit` seconds (or `iterations`, if sooner).

    The same seed and iteration limit give the same solution on any machine; a run that the
    time limit stops depends on the machine's speed. `progress(seconds, best score,
    iterations)` is called when the best score improves and about every half second.
    Every solution is checked independently before it is returned.
    """
    if tours < 1:
        raise ValueError("the number of tours must be at least 1")
    if not time_limit > 0:
        raise ValueError("the time limit must be more than 0 seconds")
    if iterations is not None and iterations < 1:
        raise ValueError("the iteration limit must be at least 1")
    began = time.perf_counter()
    search = Search(instance, tours, seed=seed, params=params)
    # Keep 1% of the time for the last pass over the best solution and the check.
    remaining = max(1e-3, 0.99 * time_limit - (time.perf_counter() - began))
    result = search.run(remaining, iterations=iterations, progress=progress)
    check = check_solution(instance, result.tours, max_tours=tours)
    if not check.feasible or check.score != result.score:
        raise SolverError(
            f"the search returned an invalid solution for {instance.name}: "
            + "; ".join(check.problems or [f"score {result.score} != {check.score}"])
        )
    return Solution(
        score=check.score,
        tours=[list(t) for t in result.tours],
        seconds=time.perf_counter() - began,
        iterations=result.iterations,
        seed=seed,
    )
