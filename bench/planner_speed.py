"""Trip planner speed and quality on the demo data (Tha Li and Bo Tan).

Loads the demo into a throw-away SQLite database, then for 1- to 3-day trips and a week (within
Tha Li, and from Tha Li to Bo Tan across the border) prints:
  - the time to gather the candidate stops from the database and the time to plan, with
    the site's limits (1.7 s or 1500 iterations; target: about two seconds in all);
  - the plan's interest score against a run ten times longer and against an upper bound
    (every candidate's interest score, as if time, money and meals were free);
  - the plan's stops, so a person can judge it.

    .venv/bin/python bench/planner_speed.py [--limit 2] [--long 20] [--seed 0]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def setup() -> None:
    folder = tempfile.mkdtemp(prefix="chumchon-planner-bench-")
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chumchon.settings")
    import django

    django.setup()
    from django.core.management import call_command

    print(f"database: {folder}/bench.sqlite3 (migrating and loading the demo…)", flush=True)
    call_command("migrate", verbosity=0)
    from chumchon.demo.services import load_demo

    load_demo()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--limit", type=float, default=None, help="planner seconds (default: the site's)"
    )
    parser.add_argument("--long", type=float, default=20.0, help="seconds of the long run")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    setup()

    from django.utils import timezone

    from chumchon.routing import planner, services

    limit = args.limit or services.PLAN_SECONDS

    # A Monday a week or two ahead, inside the 45 days of demo slots.
    first = timezone.localdate() + dt.timedelta(days=7)
    first += dt.timedelta(days=(7 - first.weekday()) % 7)
    cases = [
        ("Tha Li", 1, "tha-li", "tha-li"),
        ("Tha Li", 2, "tha-li", "tha-li"),
        ("Tha Li → Bo Tan", 2, "tha-li", "bo-tan"),
        ("Tha Li → Bo Tan", 3, "tha-li", "bo-tan"),
        ("Tha Li ↺ via Bo Tan", 3, "tha-li", "tha-li"),
        ("Tha Li ↺ via Bo Tan", 7, "tha-li", "tha-li"),
    ]
    rows = []
    for label, days, start, end in cases:
        inputs = services.read_inputs(
            {
                "start_date": first.isoformat(),
                "days": [{"start": "08:00", "end": "18:00"}] * days,
                "start_community": start,
                "end_community": end,
                "interests": {"nature": 2, "temples": 1, "craft": 1, "river": 1, "food": 1},
                "party": 2,
                "currency": "THB",
                "budget": str(3000 * days),
                "seed": args.seed,
            }
        )
        began = time.perf_counter()
        request, mode = services.trip_request(inputs)
        gathered = time.perf_counter() - began

        def matrix(points, mode=mode):
            return services.travel_matrix_for(points, mode)

        plan = planner.plan_trip(
            request, matrix, time_limit=limit, seed=args.seed, iterations=services.PLAN_ITERATIONS
        )
        long = planner.plan_trip(request, matrix, time_limit=args.long, seed=args.seed)
        bound = sum(
            planner.Builder(request, matrix).interest_score(s)
            for s in request.stops
            if s.kind in (planner.PLACE, planner.ACTIVITY)
        )
        rows.append((label, days, gathered, plan, long, bound))
        print(f"\n{label}, {days} day(s), from {first:%a %d %b %Y}")
        for day in plan.days:
            stops = ", ".join(
                f"{v.start:%H:%M} {v.stop.name}" + (f" ({v.meal})" if v.meal else "")
                for v in day.visits
            )
            night = f" → night: {day.night.stop.name}" if day.night else ""
            print(f"  {day.day.date:%a}: {stops}{night}")
        for warning in plan.warnings:
            print(f"  warning: {warning.code} {dict(warning.params)}")

    print(
        f"\n{'trip':<22}{'days':>5}{'gather s':>10}{'plan s':>8}{'total s':>9}"
        f"{'score':>7}{'long':>7}{'bound':>7}{'vs long':>9}{'iters':>7}{'cost':>12}"
    )
    for label, days, gathered, plan, long, bound in rows:
        ratio = plan.score / long.score if long.score else 1.0
        print(
            f"{label:<22}{days:>5}{gathered:>10.2f}{plan.seconds:>8.2f}"
            f"{gathered + plan.seconds:>9.2f}{plan.score:>7}{long.score:>7}{bound:>7}"
            f"{ratio:>8.1%}{plan.iterations:>7}{plan.cost.format():>12}"
        )


if __name__ == "__main__":
    main()
