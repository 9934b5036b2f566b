"""`chumchon optimize FILE --tours M --time-limit SECONDS [--seed N] [--json]`.

Solves an OPTW/TOPTW benchmark instance with the trip planner's solver. With --json, stdout
carries exactly one JSON object and progress goes to stderr.
"""

import json

from django.core.management.base import BaseCommand, CommandError

from chumchon.routing.toptw.feasibility import check_solution
from chumchon.routing.toptw.instance import InstanceError, read_instance
from chumchon.routing.toptw.solver import solve

BAD_INPUT = 2  # the exit code for a bad file or bad options, as argparse uses


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


class Command(BaseCommand):
    help = (
        "Solve a Team Orienteering Problem with Time Windows instance (the OPTW/TOPTW "
        "benchmark format) and print the tours found."
    )
    requires_system_checks = []  # pure computation: no database, no settings to check

    def add_arguments(self, parser):
        parser.add_argument("file", help="instance file (OPTW/TOPTW benchmark format)")
        parser.add_argument(
            "--tours", "-m", required=True, metavar="M", help="number of tours (days), at least 1"
        )
        parser.add_argument(
            "--time-limit", required=True, metavar="SECONDS", help="seconds to search, more than 0"
        )
        parser.add_argument("--seed", default="0", metavar="N", help="random seed (default 0)")
        parser.add_argument(
            "--iterations",
            default=None,
            metavar="N",
            help="also stop after N iterations; with --seed the result is then the same on "
            "any machine",
        )
        parser.add_argument(
            "--decimals",
            default=None,
            choices=["1", "2"],
            help="decimals the travel times are truncated to (default: 2 for pr* files, else 1)",
        )
        parser.add_argument(
            "--json", action="store_true", help="print one JSON object: score, tours, seconds"
        )

    def handle(self, *args, **options):
        tours = self._integer(options["tours"], "--tours", minimum=1)
        seed = self._integer(options["seed"], "--seed", minimum=0)
        iterations = None
        if options["iterations"] is not None:
            iterations = self._integer(options["iterations"], "--iterations", minimum=1)
        try:
            time_limit = float(options["time_limit"])
        except ValueError:
            time_limit = float("nan")
        if not time_limit > 0 or time_limit == float("inf"):
            raise CommandError(
                f"--time-limit must be a number of seconds more than 0, not "
                f"{options['time_limit']!r}",
                returncode=BAD_INPUT,
            )
        decimals = int(options["decimals"]) if options["decimals"] else None
        try:
            instance = read_instance(options["file"], decimals=decimals)
        except InstanceError as error:
            raise CommandError(f"bad instance file {error}", returncode=BAD_INPUT) from None

        verbosity = options["verbosity"]
        last_shown = [0.0]

        def show_progress(seconds: float, best: float, done: int) -> None:
            # About once a second, on stderr so that stdout stays one JSON object.
            if verbosity >= 1 and seconds - last_shown[0] >= 1.0:
                last_shown[0] = seconds
                self.stderr.write(
                    f"{seconds:6.1f} s  best score {_number(best)}  ({done} iterations)"
                )

        solution = solve(
            instance,
            tours,
            time_limit,
            seed=seed,
            iterations=iterations,
            progress=show_progress,
        )
        if options["json"]:
            payload = {
                "score": _number(solution.score),
                "tours": solution.tours,
                "seconds": round(solution.seconds, 3),
            }
            self.stdout.write(json.dumps(payload))
            return
        self._summary(instance, tours, solution)

    def _integer(self, text: str, option: str, minimum: int) -> int:
        try:
            value = int(text)
        except (TypeError, ValueError):
            value = None
        if value is None or value < minimum:
            raise CommandError(
                f"{option} must be a whole number of at least {minimum}, not {text!r}",
                returncode=BAD_INPUT,
            )
        return value

    def _summary(self, instance, tours, solution) -> None:
        fmt = instance.to_time
        check = check_solution(instance, solution.tours)
        visited = sum(len(t) for t in solution.tours)
        decimals = len(str(instance.scale)) - 1
        write = self.stdout.write
        write(
            f"{instance.name}: {instance.n} points, Tmax {fmt(instance.tmax)}, "
            f"{tours} tour{'s' if tours > 1 else ''}, travel times truncated to "
            f"{decimals} decimal{'s' if decimals > 1 else ''}"
        )
        write(
            f"Score {_number(solution.score)}: {visited} of {instance.n} points visited, "
            f"found in {solution.seconds:.1f} s ({solution.iterations} iterations, "
            f"seed {solution.seed})"
        )
        for number, schedule in enumerate(check.schedules, start=1):
            score = _number(instance.total_score(v.node for v in schedule.visits))
            write(
                f"Tour {number}: score {score}, {len(schedule.visits)} visits, "
                f"back at {fmt(schedule.back)}"
            )
            stops = "  ".join(f"{v.node}@{fmt(v.start)}" for v in schedule.visits)
            write(f"  {stops or '(no visit fits)'}")
