"""TOPTW instances: the data model and the reader for the OPTW/TOPTW benchmark files.

All times are integers: the benchmark truncates Euclidean distances to 1 decimal (Solomon-based
files) or 2 decimals (Cordeau-based `pr*` files), so scaling by 10 or 100 makes every travel
time, service duration and window exact, and the solver never meets float noise.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, InvalidOperation

HEADER_TOKENS = 6
MIN_NODE_TOKENS = 9


class InstanceError(ValueError):
    """An instance file or an instance built in code that cannot be solved as given."""

    def __init__(self, message: str, line: int | None = None, source: str = "") -> None:
        self.line = line
        self.source = source
        self.detail = message
        where = ", ".join(p for p in (source, f"line {line}" if line else "") if p)
        super().__init__(f"{where}: {message}" if where else message)


@dataclass(frozen=True)
class TourSpec:
    """One tour's own ends and hours: it leaves node `start` at `begin` and must reach node
    `end` by `finish`. A `waypoint` is a point the tour must pass (a border checkpoint):
    it is never dropped, and points with a phase go before (0) or after (1) it."""

    start: int
    end: int
    begin: int
    finish: int
    waypoint: int | None = None


@dataclass(frozen=True)
class Instance:
    """A TOPTW instance. Node 0 is the depot (the hotel); nodes 1..n are the points.

    Times are integers in units of 1/`scale`: `travel[i][j]` is the truncated travel time,
    `service[i]` the visit duration, `[open[i], close[i]]` the window for the *start* of the
    visit. Tours leave the depot at `open[0]` and must be back by `close[0]` (Tmax).

    The benchmark needs nothing more. A trip planner may add, all optional:
    `tour_specs` (each tour its own start and end nodes, hours and waypoint; nodes used as
    tour ends are not points to visit), `group` (at most one visited point per group id:
    one place offered on several days), `cost` with `budget` (the visited points' costs add
    up to at most the budget) and `phase` (-1 anywhere, 0 before the tour's waypoint, 1
    after it).
    """

    name: str
    scale: int
    x: tuple[float, ...]
    y: tuple[float, ...]
    service: tuple[int, ...]
    score: tuple[float, ...]
    open: tuple[int, ...]
    close: tuple[int, ...]
    travel: tuple[tuple[int, ...], ...] = field(repr=False)
    tour_specs: tuple[TourSpec, ...] = ()
    group: tuple[int, ...] = ()
    cost: tuple[int, ...] = ()
    budget: int | None = None
    phase: tuple[int, ...] = ()

    @property
    def n(self) -> int:
        """The number of points (the depot excluded)."""
        return len(self.x) - 1

    @property
    def tmax(self) -> int:
        return self.close[0]

    def specs(self, tours: int) -> tuple[TourSpec, ...]:
        """Each tour's ends and hours: the instance's own, or all from depot 0 within Tmax."""
        if self.tour_specs:
            if tours != len(self.tour_specs):
                raise ValueError(f"the instance defines {len(self.tour_specs)} tours, not {tours}")
            return self.tour_specs
        return (TourSpec(0, 0, self.open[0], self.close[0]),) * tours

    def ends(self) -> set[int]:
        """Nodes where tours start or end: never points to visit."""
        if not self.tour_specs:
            return {0}
        return {s.start for s in self.tour_specs} | {s.end for s in self.tour_specs}

    def to_time(self, value: int) -> float:
        """A scaled integer time as the benchmark's number (e.g. 11644 -> 1164.4)."""
        return value / self.scale

    def total_score(self, nodes) -> float:
        return sum(self.score[v] for v in nodes)


def decimals_for(name: str) -> int:
    """The benchmark's truncation: 2 decimals for the Cordeau-based `pr*` files, else 1."""
    return 2 if os.path.basename(name).lower().startswith("pr") else 1


def build_instance(
    name: str,
    points: list[tuple[str, str, str, str, str, str]],
    decimals: int,
) -> Instance:
    """Build an instance from the textual fields `(x, y, d, S, O, C)` of nodes 0..n.

    Coordinates are kept exact as decimals, so the truncated distance
    floor(10**decimals * sqrt(dx² + dy²)) is computed with integer square roots.
    """
    scale = 10**decimals
    coords = [(Decimal(p[0]), Decimal(p[1])) for p in points]
    places = max([0] + [-c.as_tuple().exponent for xy in coords for c in xy])
    unit = 10**places
    ix = [int(x * unit) for x, _ in coords]
    iy = [int(y * unit) for _, y in coords]
    # floor(scale * sqrt(n) / unit) == isqrt(n * scale²) // unit, exactly.
    travel = tuple(
        tuple(
            math.isqrt(((xi - xj) ** 2 + (yi - yj) ** 2) * scale * scale) // unit
            for xj, yj in zip(ix, iy, strict=True)
        )
        for xi, yi in zip(ix, iy, strict=True)
    )

    def scaled(text: str, rounding: str) -> int:
        # Exact for benchmark data; a finer value is rounded the safe way (later opening,
        # earlier closing, longer visit) so a solution feasible here is feasible as given.
        return int((Decimal(text) * scale).to_integral_value(rounding=rounding))

    return Instance(
        name=name,
        scale=scale,
        x=tuple(float(x) for x, _ in coords),
        y=tuple(float(y) for _, y in coords),
        service=tuple(scaled(p[2], ROUND_CEILING) for p in points),
        score=tuple(_number(p[3]) for p in points),
        open=tuple(scaled(p[4], ROUND_CEILING) for p in points),
        close=tuple(scaled(p[5], ROUND_FLOOR) for p in points),
        travel=travel,
    )


def _number(text: str) -> float:
    value = float(text)
    return int(value) if value.is_integer() else value


def _check_number(token: str, what: str, lineno: int, source: str) -> Decimal:
    try:
        value = Decimal(token)
    except InvalidOperation:
        raise InstanceError(f"{what} is {token!r}, not a number", lineno, source) from None
    if not value.is_finite():
        raise InstanceError(f"{what} is {token!r}, not a finite number", lineno, source)
    return value


def parse_instance(text: str, name: str = "instance", decimals: int | None = None) -> Instance:
    """Parse the text of a benchmark file (see the README of the benchmark for the format).

    Raises InstanceError naming the line for anything that does not fit the format.
    """
    if decimals is None:
        decimals = decimals_for(name)
    source = name
    lines = text.splitlines()  # LF, CRLF and CR alike

    # The header is the first 6 numbers, usually on two lines (`k v N t`, then `D Q`).
    header: list[str] = []
    header_line = 0
    lineno = 0
    while len(header) < HEADER_TOKENS:
        if lineno == len(lines):
            raise InstanceError(
                f"the header has {len(header)} of its {HEADER_TOKENS} numbers (k v N t D Q) "
                "and the file ends",
                lineno or None,
                source,
            )
        tokens = lines[lineno].split()
        lineno += 1
        if not tokens:
            continue
        if len(header) + len(tokens) > HEADER_TOKENS:
            raise InstanceError(
                f"the header must be {HEADER_TOKENS} numbers (k v N t, then D Q); this line "
                f"brings it to {len(header) + len(tokens)} (is a header number missing?)",
                lineno,
                source,
            )
        for position, token in enumerate(tokens, start=len(header)):
            _check_number(token, f"header number {position + 1}", lineno, source)
            if position == 2:
                header_line = lineno
        header.extend(tokens)

    n_value = _check_number(header[2], "N (the 3rd header number)", header_line, source)
    if n_value != n_value.to_integral_value() or n_value < 1:
        raise InstanceError(
            f"N (the 3rd header number) is {header[2]}; it must be a whole number of points ≥ 1",
            header_line,
            source,
        )
    n = int(n_value)

    points: list[tuple[str, str, str, str, str, str]] = []
    for index, raw in enumerate(lines[lineno:], start=lineno + 1):
        tokens = raw.split()
        if not tokens:
            continue
        node = len(points)
        if node > n:
            raise InstanceError(
                f"one node line too many: the header (line {header_line}) says N = {n}, "
                f"so {n + 1} node lines (node 0, the depot, first) are expected",
                index,
                source,
            )
        if len(tokens) < MIN_NODE_TOKENS:
            raise InstanceError(
                f"node line has {len(tokens)} numbers; at least {MIN_NODE_TOKENS} are needed "
                "(i x y d S f a [codes] O C)",
                index,
                source,
            )
        names = ["i", "x", "y", "d", "S", "f", "a"] + ["code"] * (len(tokens) - 9) + ["O", "C"]
        values = [
            _check_number(token, f"{label} (field {k + 1})", index, source)
            for k, (label, token) in enumerate(zip(names, tokens, strict=True))
        ]
        if values[0] != node:
            raise InstanceError(
                f"node id is {tokens[0]}; node lines must be numbered 0, 1, 2, … in order "
                f"and {node} comes here",
                index,
                source,
            )
        service, score, opening, closing = values[3], values[4], values[-2], values[-1]
        if service < 0:
            raise InstanceError(
                f"node {node} has a negative duration d = {tokens[3]}", index, source
            )
        if score < 0:
            raise InstanceError(f"node {node} has a negative score S = {tokens[4]}", index, source)
        if opening > closing:
            raise InstanceError(
                f"node {node} has a window that opens after it closes: "
                f"O = {tokens[-2]} > C = {tokens[-1]}",
                index,
                source,
            )
        if node == 0 and opening < 0:
            raise InstanceError(f"the depot opens at O = {tokens[-2]} < 0", index, source)
        points.append((tokens[1], tokens[2], tokens[3], tokens[4], tokens[-2], tokens[-1]))

    if len(points) < n + 1:
        raise InstanceError(
            f"the file has {len(points)} node lines, but the header (line {header_line}) says "
            f"N = {n}, so {n + 1} node lines (node 0, the depot, first) are expected",
            len(lines),
            source,
        )
    return build_instance(os.path.splitext(os.path.basename(name))[0], points, decimals)


def read_instance(path: str | os.PathLike, decimals: int | None = None) -> Instance:
    """Read a benchmark instance file. Raises InstanceError (also for unreadable files)."""
    path = os.fspath(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise InstanceError(f"cannot read the file: {error.strerror}", source=path) from None
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            raise InstanceError("not a text file (bytes that are not UTF-8)", line, path) from None
    return parse_instance(text, name=path, decimals=decimals)
