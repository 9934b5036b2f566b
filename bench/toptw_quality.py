"""Quality of the TOPTW solver against the best-known scores and Google OR-Tools.

Runs our solver and OR-Tools' routing solver with the same time limit on the OPTW/TOPTW
benchmark instances (../shared/bench/toptw) for m = 1..4 tours, checks every solution with
our independent feasibility checker, and prints a table with the gaps to the best-known
scores (bks.csv) and the averages over the instances that have one.

    .venv/bin/python bench/toptw_quality.py                 # everything, 10 s per run
    .venv/bin/python bench/toptw_quality.py --quick         # a small subset
    .venv/bin/python bench/toptw_quality.py --jobs 2 --m 1,2 --instances 'pr*'

Each solver run uses one core; --jobs runs that many at once. OR-Tools is only needed here
(pip install ortools, in the dev extra).
"""

from __future__ import annotations

import argparse
import csv
import fnmatch
import multiprocessing
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chumchon.routing.toptw.feasibility import check_solution  # noqa: E402
from chumchon.routing.toptw.instance import Instance, read_instance  # noqa: E402
from chumchon.routing.toptw.solver import solve  # noqa: E402

BENCH = ROOT.parent / "shared" / "bench" / "toptw"
QUICK = ["c101", "r105", "rc103", "pr01", "pr05", "50_r101"]


@dataclass
class Run:
    instance: str
    m: int
    solver: str
    score: float | None  # None when the solution breaks a rule (or the solver failed)
    seconds: float
    note: str = ""


def solve_ours(instance: Instance, m: int, time_limit: float, seed: int) -> list[list[int]]:
    return solve(instance, m, time_limit, seed=seed).tours


def solve_ortools(instance: Instance, m: int, time_limit: float, seed: int) -> list[list[int]]:
    """OR-Tools routing as a prize-collecting VRPTW: one disjunction per point whose penalty
    is its score, scaled so that any score outweighs any travel; the travel time is the arc
    cost; a time dimension whose cumul is the start of service (transit = service at the
    origin + travel), windows on the cumul, waiting as slack, every vehicle back by Tmax."""
    from ortools.constraint_solver import pywrapcp, routing_enums_pb2

    n = instance.n
    manager = pywrapcp.RoutingIndexManager(n + 1, m, 0)
    routing = pywrapcp.RoutingModel(manager)
    travel, service = instance.travel, instance.service

    def transit(from_index: int, to_index: int) -> int:
        i, j = manager.IndexToNode(from_index), manager.IndexToNode(to_index)
        return (service[i] if i else 0) + travel[i][j]

    def distance(from_index: int, to_index: int) -> int:
        return travel[manager.IndexToNode(from_index)][manager.IndexToNode(to_index)]

    time_callback = routing.RegisterTransitCallback(transit)
    routing.SetArcCostEvaluatorOfAllVehicles(routing.RegisterTransitCallback(distance))
    horizon = instance.tmax
    routing.AddDimension(time_callback, horizon, horizon, False, "time")
    dimension = routing.GetDimensionOrDie("time")
    for node in range(1, n + 1):
        index = manager.NodeToIndex(node)
        dimension.CumulVar(index).SetRange(instance.open[node], instance.close[node])
    for vehicle in range(m):
        dimension.CumulVar(routing.Start(vehicle)).SetRange(instance.open[0], instance.open[0])
        dimension.CumulVar(routing.End(vehicle)).SetRange(instance.open[0], horizon)
    weight = m * max(1, horizon) + 1  # one point of score outweighs all the travel
    for node in range(1, n + 1):
        penalty = int(round(instance.score[node] * weight))
        routing.AddDisjunction([manager.NodeToIndex(node)], penalty)

    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PATH_CHEAPEST_ARC
    params.local_search_metaheuristic = (
        routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    )
    params.time_limit.FromMilliseconds(int(time_limit * 1000))
    assignment = routing.SolveWithParameters(params)
    if assignment is None:
        return [[] for _ in range(m)]
    tours = []
    for vehicle in range(m):
        index = routing.Start(vehicle)
        tour = []
        while not routing.IsEnd(index):
            node = manager.IndexToNode(index)
            if node:
                tour.append(node)
            index = assignment.Value(routing.NextVar(index))
        tours.append(tour)
    return tours


SOLVERS = {"ours": solve_ours, "ortools": solve_ortools}


def run_one(task: tuple[str, str, int, str, float, int]) -> Run:
    path, name, m, solver, time_limit, seed = task
    instance = read_instance(path)
    began = time.perf_counter()
    try:
        tours = SOLVERS[solver](instance, m, time_limit, seed)
    except Exception as error:  # a failing run is a result of the benchmark, not its end
        return Run(name, m, solver, None, time.perf_counter() - began, f"failed: {error}")
    seconds = time.perf_counter() - began
    check = check_solution(instance, tours, max_tours=m)
    if not check.feasible:
        return Run(name, m, solver, None, seconds, "INFEASIBLE: " + check.problems[0])
    return Run(name, m, solver, check.score, seconds)


def read_bks(path: Path) -> dict[tuple[str, int], float]:
    with open(path, newline="") as handle:
        return {
            (row["instance"], int(row["m"])): float(row["bks"]) for row in csv.DictReader(handle)
        }


def gap(bks: float | None, score: float | None) -> float | None:
    if bks is None:
        return None
    return 100.0 * (bks - (score or 0.0)) / bks


def show(value, width: int, digits: int = 0) -> str:
    if value is None:
        return "-".rjust(width)
    if isinstance(value, float) and (digits or not value.is_integer()):
        return f"{value:{width}.{digits or 1}f}"
    return f"{value:{width}.0f}" if isinstance(value, float) else str(value).rjust(width)


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--time-limit", type=float, default=10.0, help="seconds per run (10)")
    parser.add_argument(
        "--instances", default="*", help="glob on instance names, e.g. 'pr*' or 'c10?' (all)"
    )
    parser.add_argument("--m", default="1,2,3,4", help="numbers of tours (1,2,3,4)")
    parser.add_argument("--jobs", type=int, default=1, help="runs at once, one core each (1)")
    parser.add_argument("--quick", action="store_true", help="only " + ", ".join(QUICK))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--solvers", default="ours,ortools", help="ours,ortools")
    parser.add_argument("--bench", type=Path, default=BENCH, help="the benchmark folder")
    parser.add_argument("--csv", type=Path, help="also write every run to this CSV file")
    args = parser.parse_args(argv)

    ms = [int(m) for m in args.m.split(",")]
    solvers = [s for s in args.solvers.split(",") if s]
    unknown = set(solvers) - set(SOLVERS)
    if unknown or not solvers:
        parser.error(f"unknown solver(s): {', '.join(sorted(unknown))}")
    files = sorted(
        path
        for path in (args.bench / "instances").glob("*.txt")
        if path.stem != "TOPTW_format" and fnmatch.fnmatch(path.stem, args.instances)
    )
    if args.quick:
        files = [path for path in files if path.stem in QUICK]
    if not files:
        parser.error(f"no instance matches {args.instances!r} in {args.bench / 'instances'}")
    bks = read_bks(args.bench / "bks.csv")

    tasks = [
        (str(path), path.stem, m, solver, args.time_limit, args.seed)
        for path in files
        for m in ms
        for solver in solvers
    ]
    total = len(tasks)
    print(
        f"{len(files)} instances x m={args.m} x {len(solvers)} solvers = {total} runs of "
        f"{args.time_limit:g} s, {args.jobs} at a time",
        file=sys.stderr,
    )
    results: dict[tuple[str, int, str], Run] = {}
    began = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(args.jobs, maxtasksperchild=1) as pool:
        for done, run in enumerate(pool.imap_unordered(run_one, tasks), start=1):
            results[(run.instance, run.m, run.solver)] = run
            print(
                f"[{done}/{total} {time.perf_counter() - began:6.0f} s] {run.instance} "
                f"m={run.m} {run.solver}: {show(run.score, 1)} {run.note}",
                file=sys.stderr,
                flush=True,
            )

    header = (
        f"{'instance':<9} {'m':>2} {'best known':>10} {'ours':>7} {'OR-Tools':>8} "
        f"{'gap ours %':>10} {'gap OR-T %':>10} {'s ours':>7} {'s OR-T':>7}"
    )
    print(header)
    print("-" * len(header))
    gaps: dict[str, list[float]] = {s: [] for s in solvers}
    counts = {"better": 0, "equal": 0, "worse": 0, "at_bks": 0, "with_bks": 0}
    problems = []
    rows = []
    for path in files:
        for m in ms:
            name = path.stem
            best = bks.get((name, m))
            ours = results.get((name, m, "ours"))
            other = results.get((name, m, "ortools"))
            row = {
                "instance": name,
                "m": m,
                "bks": best,
                "ours": ours.score if ours else None,
                "ortools": other.score if other else None,
                "gap_ours": gap(best, ours.score) if ours else None,
                "gap_ortools": gap(best, other.score) if other else None,
                "seconds_ours": ours.seconds if ours else None,
                "seconds_ortools": other.seconds if other else None,
            }
            rows.append(row)
            for run in (ours, other):
                if run and run.note:
                    problems.append(f"{name} m={m} {run.solver}: {run.note}")
            if best is not None:
                counts["with_bks"] += 1
                for solver, run in (("ours", ours), ("ortools", other)):
                    if run:
                        gaps[solver].append(gap(best, run.score))
                if ours and ours.score is not None and ours.score >= best:
                    counts["at_bks"] += 1
            if ours and other:
                a, b = ours.score or 0, other.score or 0
                counts["better" if a > b else "equal" if a == b else "worse"] += 1
            print(
                f"{name:<9} {m:>2} {show(best, 10)} {show(row['ours'], 7)} "
                f"{show(row['ortools'], 8)} {show(row['gap_ours'], 10, 2)} "
                f"{show(row['gap_ortools'], 10, 2)} {show(row['seconds_ours'], 7, 1)} "
                f"{show(row['seconds_ortools'], 7, 1)}"
            )
    print("-" * len(header))
    for solver in solvers:
        average = mean(gaps[solver])
        label = {"ours": "ours", "ortools": "OR-Tools"}[solver]
        print(
            f"average gap {label}: {show(average, 1, 3)} % over {len(gaps[solver])} "
            f"runs with a best-known score"
        )
    print(
        f"ours reaches the best known on {counts['at_bks']} of {counts['with_bks']}; "
        f"against OR-Tools: better on {counts['better']}, equal on {counts['equal']}, "
        f"worse on {counts['worse']}"
    )
    if problems:
        print("problems:")
        for line in problems:
            print("  " + line)
    if args.csv:
        with open(args.csv, "w", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
