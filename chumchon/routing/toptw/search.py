"""Ruin-and-recreate search for the TOPTW, with simulated-annealing acceptance.

Each iteration removes a few visits (a string of a tour, the neighbours of a point, the
visits that earn least for their time, or random ones), then inserts points greedily by
score per unit of time consumed until nothing more fits. Insertion is evaluated with numpy
for all (point, position) pairs of a tour at once, using the classic "max shift" bookkeeping
(Vansteenwegen et al. 2009): a point k fits between i and j when it starts within its window
and the delay it causes at j is at most j's wait plus j's max shift.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .instance import Instance, TourSpec


@dataclass
class SearchResult:
    score: float
    tours: list[list[int]]
    iterations: int
    seconds: float


@dataclass
class Candidates:
    """Points to insert, with their data gathered once per recreate (columns = points)."""

    nodes: np.ndarray
    t_in: np.ndarray  # t_in[x, k]: travel from x to point k
    t_out: np.ndarray  # t_out[x, k]: travel from point k to x
    opening: np.ndarray
    closing: np.ndarray
    service: np.ndarray
    phase: np.ndarray | None = None
    group: np.ndarray | None = None
    cost: np.ndarray | None = None


class Tour:
    """One tour `start → nodes → end` with its schedule (both ends are node 0 in the benchmark).

    `start[p]` is when the visit at position p starts, `dep[p]` when it ends, `maxshift[p]`
    how much later it could start without breaking a later visit or Tmax, and `slack[p]`
    how much later the visit after position p could be reached (its wait plus max shift).
    """

    __slots__ = (
        "nodes",
        "start",
        "dep",
        "maxshift",
        "slack",
        "travel",
        "arrays",
        "changed",
        "spec",
    )

    def __init__(self, nodes: list[int], spec: TourSpec) -> None:
        self.nodes = nodes  # with the depot at both ends
        self.spec = spec
        self.arrays = None
        self.changed = True


@dataclass
class Params:
    t0: float = 2.0  # start temperature, as a multiple of the mean score of a point
    t_end: float = 0.02
    max_ruin: int = 30
    ruin_fraction: float = 0.3
    p_string: float = 0.35
    p_near: float = 0.30
    p_worst: float = 0.20
    pool_every: int = 300  # iterations between two recombinations of pooled tours (0: never)
    pool_size: int = 1000
    pool_steps: int = 200_000  # tries per recombination (about 0.05 s)
    # The score that sets the temperature; default: the mean score of a point. A planner
    # whose must-visit points carry huge scores gives the typical score of the others.
    score_scale: float | None = None


class TourPool:
    """Distinct good tours met during the search, recombined by set packing (Hu & Lim 2014):
    the best choice of at most m tours that share no point."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.tours: dict[int, tuple[float, list[int]]] = {}  # bitmask of points -> tour

    def add(self, nodes: list[int], score: float) -> None:
        mask = 0
        for v in nodes:
            mask |= 1 << v
        if mask not in self.tours:
            self.tours[mask] = (score, list(nodes))
            if len(self.tours) > 2 * self.size:
                kept = sorted(self.tours.items(), key=lambda item: -item[1][0])[: self.size]
                self.tours = dict(kept)

    def pack(self, m: int, better_than: float, steps: int) -> list[list[int]] | None:
        """The best packing that scores more than `better_than`, or None. Depth-first
        branch and bound over the tours by decreasing score, stopped after `steps` tries."""
        items = sorted(self.tours.items(), key=lambda item: -item[1][0])
        masks = [mask for mask, _ in items]
        scores = [score for _, (score, _) in items]
        count = len(items)
        best = [better_than, None]
        budget = [steps]
        chosen: list[int] = []

        def dfs(k: int, first: int, used: int, total: float) -> None:
            if total > best[0]:
                best[0], best[1] = total, list(chosen)
            if k == m:
                return
            for i in range(first, count):
                if total + scores[i] * (m - k) <= best[0]:
                    return  # tours are sorted by score: none further can do better
                budget[0] -= 1
                if budget[0] < 0:
                    return
                if masks[i] & used:
                    continue
                chosen.append(i)
                dfs(k + 1, i + 1, used | masks[i], total + scores[i])
                chosen.pop()

        dfs(0, 0, 0, 0.0)
        if best[1] is None:
            return None
        return [list(items[i][1][1]) for i in best[1]]


class Search:
    def __init__(
        self, instance: Instance, tours: int, seed: int = 0, params: Params | None = None
    ) -> None:
        self.params = params or Params()
        self.instance = instance
        self.m = tours
        self.rng = random.Random(seed)
        n = instance.n
        self.n = n
        self.specs = instance.specs(tours)
        self.ends = sorted(instance.ends())
        self.pinned = {s.waypoint for s in self.specs if s.waypoint is not None}
        self.T = [list(row) for row in instance.travel]
        # int32 halves the memory traffic of the insertion matrices when times are small.
        big = max(
            max(map(max, instance.travel)),
            instance.tmax,
            max(instance.close),
            max(s.finish for s in self.specs),
        )
        self.dtype = np.int32 if 8 * big < 2**30 else np.int64
        self.infeasible = self.dtype(np.iinfo(self.dtype).max // 2)
        self.Tn = np.array(instance.travel, dtype=self.dtype)
        self.symmetric = bool((self.Tn == self.Tn.T).all())
        self.TnT = np.ascontiguousarray(self.Tn.T)
        self.nprng = np.random.default_rng(seed)
        self.service = list(instance.service)
        self.score = [float(s) for s in instance.score]
        for end in self.ends:
            self.service[end] = 0  # tours leave the depot at once, as the benchmark defines
            self.score[end] = 0.0
        self.opening = list(instance.open)
        self.closing = list(instance.close)
        self.d_np = np.array(self.service, dtype=self.dtype)
        self.o_np = np.array(self.opening, dtype=self.dtype)
        self.c_np = np.array(self.closing, dtype=self.dtype)
        self.s_np = np.array(self.score, dtype=np.float64)
        # The planner's additions; None when the instance has none (the benchmark).
        self.group_np = np.array(instance.group, dtype=np.int64) if instance.group else None
        self.phase_np = np.array(instance.phase, dtype=np.int8) if instance.phase else None
        self.budget = instance.budget if instance.cost else None
        self.cost_np = np.array(instance.cost, dtype=np.int64) if self.budget is not None else None
        # Points that no tour can ever visit (too far for their window or for Tmax).
        ok = np.zeros(n + 1, dtype=bool)
        for spec in dict.fromkeys(self.specs):
            reach = np.maximum(spec.begin + self.Tn[spec.start], self.o_np)
            ok |= (reach <= self.c_np) & (reach + self.d_np + self.Tn[:, spec.end] <= spec.finish)
        ok[self.ends] = False
        ok[list(self.pinned)] = False
        self.usable = np.flatnonzero(ok)
        # Nearest points by travel time, for related removals.
        order = np.argsort(self.Tn + self.Tn.T, axis=1, kind="stable")
        ends = set(self.ends)
        self.neighbours = [
            [int(v) for v in row if v != i and v not in ends] for i, row in enumerate(order)
        ]
        self.mean_score = float(self.s_np[self.usable].mean()) if len(self.usable) else 1.0
        if self.params.score_scale is not None:
            self.mean_score = self.params.score_scale

    # ----- schedules --------------------------------------------------------------------

    def schedule(self, tour: Tour) -> None:
        """Recompute the whole schedule: service starts forward, max shifts backward."""
        T, service, opening = self.T, self.service, self.opening
        nodes = tour.nodes
        count = len(nodes)
        start = [0] * count
        dep = [0] * count
        start[0] = dep[0] = tour.spec.begin
        travel = 0
        prev = nodes[0]
        for p in range(1, count):
            v = nodes[p]
            leg = T[prev][v]
            travel += leg
            a = dep[p - 1] + leg
            s = opening[v] if opening[v] > a else a
            start[p] = s
            dep[p] = s + service[v]
            prev = v
        tour.start = start
        tour.dep = dep
        tour.maxshift = [0] * count
        tour.slack = [0] * (count - 1)
        tour.travel = travel
        tour.arrays = None
        self.backward(tour, count - 1)

    def backward(self, tour: Tour, last: int) -> None:
        """Recompute max shifts and slacks at positions `last` and before."""
        T, closing = self.T, self.closing
        nodes, start, dep, maxshift, slack = (
            tour.nodes,
            tour.start,
            tour.dep,
            tour.maxshift,
            tour.slack,
        )
        if last == len(nodes) - 1:
            ms = tour.spec.finish - start[last]
            maxshift[last] = ms
            last -= 1
        else:
            ms = maxshift[last + 1]
        nxt = nodes[last + 1]
        for p in range(last, -1, -1):
            v = nodes[p]
            # the visit after p is reached at dep[p] + T[v][nxt] and may start by ms later
            room = start[p + 1] - dep[p] - T[v][nxt] + ms
            slack[p] = room
            limit = closing[v] - start[p]
            ms = limit if limit < room else room
            maxshift[p] = ms
            nxt = v

    def insert(self, tour: Tour, gap: int, node: int) -> None:
        """Insert `node` after position `gap` and update the schedule incrementally."""
        T, service, opening = self.T, self.service, self.opening
        nodes, start, dep = tour.nodes, tour.start, tour.dep
        a, b = nodes[gap], nodes[gap + 1]
        tour.travel += T[a][node] + T[node][b] - T[a][b]
        p = gap + 1
        nodes.insert(p, node)
        arrive = dep[gap] + T[a][node]
        s = opening[node] if opening[node] > arrive else arrive
        start.insert(p, s)
        dep.insert(p, s + service[node])
        tour.maxshift.insert(p, 0)
        tour.slack.insert(p, 0)
        # Later visits start later until a wait absorbs the delay.
        last = p
        prev = node
        for q in range(p + 1, len(nodes)):
            v = nodes[q]
            arrive = dep[q - 1] + T[prev][v]
            s = opening[v] if opening[v] > arrive else arrive
            if s == start[q]:
                break
            start[q] = s
            dep[q] = s + service[v]
            last = q
            prev = v
        tour.arrays = None
        tour.changed = True
        self.backward(tour, last)

    def tour_arrays(self, tour: Tour):
        if tour.arrays is None:
            nodes = np.array(tour.nodes, dtype=np.int64)
            prev, nxt = nodes[:-1], nodes[1:]
            dep = np.array(tour.dep[:-1], dtype=self.dtype)
            old_arrival = dep + self.Tn[prev, nxt]
            slack = np.array(tour.slack, dtype=self.dtype)
            tour.arrays = (prev, nxt, dep[:, None], old_arrival[:, None], slack[:, None])
        return tour.arrays

    def shift_matrix(self, tour: Tour, cand: Candidates) -> np.ndarray:
        """The delay (shift) that inserting each candidate into each gap of `tour` causes.

        Rows are the gaps (after position p), columns the candidates; `infeasible` where the
        candidate would start after its window or the delay would break a later visit."""
        prev, nxt, dep, old_arrival, slack = self.tour_arrays(tour)
        start = cand.t_in[prev]
        start += dep
        np.maximum(start, cand.opening, out=start)
        bad = start > cand.closing
        shift = cand.t_out[nxt]
        shift += cand.service
        shift += start
        shift -= old_arrival
        bad |= shift > slack
        if cand.phase is not None and tour.spec.waypoint is not None:
            # Points before the waypoint go into gaps before it, the others after it.
            at = tour.nodes.index(tour.spec.waypoint)
            gaps = np.arange(len(tour.nodes) - 1)[:, None]
            bad |= ((gaps >= at) & (cand.phase == 0)) | ((gaps < at) & (cand.phase == 1))
        np.copyto(shift, self.infeasible, where=bad)
        return shift

    def best_gap(self, tour: Tour, node: int) -> int:
        """The gap (insert after that position) where `node` fits with the least shift."""
        T, nodes, dep, slack = self.T, tour.nodes, tour.dep, tour.slack
        opening, closing, service = self.opening[node], self.closing[node], self.service[node]
        best, best_p = None, -1
        gaps = range(len(nodes) - 1)
        if self.phase_np is not None and tour.spec.waypoint is not None:
            at = nodes.index(tour.spec.waypoint)
            phase = self.phase_np[node]
            gaps = range(at) if phase == 0 else range(at, len(nodes) - 1) if phase == 1 else gaps
        for p in gaps:
            a, b = nodes[p], nodes[p + 1]
            start = dep[p] + T[a][node]
            if start < opening:
                start = opening
            if start > closing:
                continue
            shift = start + service + T[node][b] - dep[p] - T[a][b]
            if shift <= slack[p] and (best is None or shift < best):
                best, best_p = shift, p
        return best_p

    # ----- construction -------------------------------------------------------------------

    def candidates(self, nodes: np.ndarray) -> Candidates:
        t_in = self.Tn[:, nodes]
        return Candidates(
            nodes=nodes,
            t_in=t_in,
            t_out=t_in if self.symmetric else self.TnT[:, nodes],
            opening=self.o_np[nodes],
            closing=self.c_np[nodes],
            service=self.d_np[nodes],
            phase=None if self.phase_np is None else self.phase_np[nodes],
            group=None if self.group_np is None else self.group_np[nodes],
            cost=None if self.cost_np is None else self.cost_np[nodes],
        )

    def recreate(
        self,
        tours: list[Tour],
        visited: np.ndarray,
        alpha: float,
        noise: float,
        removed: list[int] | None = None,
    ) -> None:
        """Insert unvisited points, best score^alpha / time consumed first, until none fits.

        With `removed`, the solution was saturated before those points were taken out, so
        a tour that the ruin left unchanged can only take one of them back."""
        nodes = self.usable[~visited[self.usable]]
        left = None
        if self.group_np is not None or self.budget is not None:
            nodes, left = self.still_allowed(tours, nodes)
            # A freed group or freed money lets an unchanged tour take new points too.
            removed = None
        if len(nodes) == 0:
            return
        cand = self.candidates(nodes)
        infeasible = self.infeasible
        count = len(nodes)
        shifts = np.full((len(tours), count), infeasible, dtype=self.dtype)
        mats: list[np.ndarray | None] = [None] * len(tours)
        few = None
        for r, tour in enumerate(tours):
            if removed is None or tour.changed:
                mats[r] = self.shift_matrix(tour, cand)
                shifts[r] = mats[r].min(axis=0)
            elif removed:
                if few is None:
                    few = np.flatnonzero(np.isin(nodes, removed))
                    few_cand = self.candidates(nodes[few])
                if len(few):
                    shifts[r, few] = self.shift_matrix(tour, few_cand).min(axis=0)
        weight = self.s_np[nodes] ** alpha
        if noise:
            weight = weight * self.nprng.uniform(1.0 - noise, 1.0 + noise, count)
        columns = np.arange(count)
        # Points out of reach for good in this pass: their group is taken, or too dear.
        blocked = None
        if cand.group is not None or left is not None:
            blocked = np.zeros(count, dtype=bool)
            if left is not None:
                blocked |= cand.cost > left
            shifts[:, blocked] = infeasible
        while True:
            best_route = shifts.argmin(axis=0)
            best_shift = shifts[best_route, columns]
            fits = best_shift < infeasible
            fitting = int(np.count_nonzero(fits))
            if fitting == 0:
                break
            if fitting < 0.6 * len(fits):
                # Points that fit nowhere now will not fit later in this pass (insertions
                # only use up slack): drop them so the matrices stay small.
                keep = np.flatnonzero(fits)
                cand = self.candidates(cand.nodes[keep])
                shifts, weight = shifts[:, keep], weight[keep]
                mats = [None if mat is None else mat[:, keep] for mat in mats]
                if blocked is not None:
                    blocked = blocked[keep]
                best_route, best_shift = best_route[keep], best_shift[keep]
                fits = fits[keep]
                columns = np.arange(len(keep))
            ratio = np.where(fits, weight / (best_shift + 1.0), -1.0)
            k = int(ratio.argmax())
            r = int(best_route[k])
            node = int(cand.nodes[k])
            tour = tours[r]
            mat = mats[r]
            gap = int(mat[:, k].argmin()) if mat is not None else self.best_gap(tour, node)
            self.insert(tour, gap, node)
            visited[node] = True
            shifts[:, k] = infeasible
            weight[k] = 0.0
            mat = mats[r] = self.shift_matrix(tour, cand)
            shifts[r] = mat.min(axis=0)
            shifts[r, visited[cand.nodes]] = infeasible
            if blocked is not None:
                # The inserted point's group is taken, and the money left shrinks.
                if cand.group is not None:
                    blocked |= cand.group == cand.group[k]
                if left is not None:
                    left -= int(self.cost_np[node])
                    blocked |= cand.cost > left
                shifts[:, blocked] = infeasible
                weight[blocked] = 0.0
        for tour in tours:
            tour.changed = False

    def still_allowed(self, tours: list[Tour], nodes: np.ndarray) -> tuple[np.ndarray, int | None]:
        """`nodes` without those whose group is taken or that cost more than is left."""
        inside = [v for t in tours for v in t.nodes]
        keep = np.ones(len(nodes), dtype=bool)
        if self.group_np is not None:
            keep &= ~np.isin(self.group_np[nodes], self.group_np[inside])
        left = None
        if self.budget is not None:
            left = self.budget - int(self.cost_np[inside].sum())
            keep &= self.cost_np[nodes] <= left
        return nodes[keep], left

    # ----- ruin ---------------------------------------------------------------------------

    def remove(self, tours: list[Tour], visited: np.ndarray, nodes: set[int]) -> None:
        for tour in tours:
            kept = [v for v in tour.nodes if v not in nodes]
            if len(kept) != len(tour.nodes):
                tour.nodes = kept
                self.schedule(tour)
                tour.changed = True
        for v in nodes:
            visited[v] = False

    def ruin(self, tours: list[Tour], visited: np.ndarray, size: int) -> list[int]:
        rng = self.rng
        inside = [v for t in tours for v in t.nodes[1:-1] if v not in self.pinned]
        if not inside:
            return []
        size = min(size, len(inside))
        kind = rng.random()
        chosen: set[int] = set()
        P = self.params
        if kind < P.p_string:
            # A string from each of some tours (the ILS "shake").
            for tour in tours:
                inner = len(tour.nodes) - 2
                if inner == 0 or (len(tours) > 1 and rng.random() < 0.3):
                    continue
                length = rng.randint(1, max(1, min(inner, size // max(1, len(tours)) + 1)))
                first = rng.randint(1, inner - length + 1)
                chosen.update(tour.nodes[first : first + length])
        elif kind < P.p_string + P.p_near:
            # Visited points near a random point: frees room in one region.
            seed = rng.choice(inside) if rng.random() < 0.5 else rng.choice(self.usable)
            if visited[seed]:
                chosen.add(int(seed))
            for v in self.neighbours[int(seed)]:
                if len(chosen) >= size:
                    break
                if visited[v]:
                    chosen.add(v)
        elif kind < P.p_string + P.p_near + P.p_worst:
            # Visits that earn least for the time they take.
            ratios = []
            for tour in tours:
                nodes, T = tour.nodes, self.T
                for p in range(1, len(nodes) - 1):
                    a, v, b = nodes[p - 1], nodes[p], nodes[p + 1]
                    saved = T[a][v] + self.service[v] + T[v][b] - T[a][b]
                    ratios.append((self.score[v] / (saved + 1.0) * (0.5 + rng.random()), v))
            ratios.sort()
            chosen.update(v for _, v in ratios[:size])
        else:
            chosen.update(rng.sample(inside, size))
        if self.pinned:
            chosen -= self.pinned
        self.remove(tours, visited, chosen)
        return list(chosen)

    # ----- main loop ----------------------------------------------------------------------

    def empty_tour(self, spec: TourSpec) -> Tour:
        middle = [] if spec.waypoint is None else [spec.waypoint]
        return Tour([spec.start, *middle, spec.end], spec)

    def total(self, tours: list[Tour]) -> tuple[float, int]:
        score = sum(self.score[v] for t in tours for v in t.nodes)
        return score, sum(t.travel for t in tours)

    def run(
        self,
        time_limit: float,
        iterations: int | None = None,
        progress: Callable[[float, float, int], None] | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> SearchResult:
        began = clock()
        rng = self.rng
        tours = [self.empty_tour(spec) for spec in self.specs]
        visited = np.zeros(self.n + 1, dtype=bool)
        for tour in tours:
            self.schedule(tour)
            visited[tour.nodes] = True
        visited[self.ends] = False
        self.recreate(tours, visited, alpha=2.0, noise=0.0)
        cur_score, cur_travel = self.total(tours)
        best_score, best_travel = cur_score, cur_travel
        best = [list(t.nodes) for t in tours]
        if progress:
            progress(clock() - began, best_score, 0)
        reported = clock()
        inner = max(1, sum(len(t.nodes) - 2 for t in tours))
        P = self.params
        t0 = P.t0 * self.mean_score
        t_end = P.t_end * self.mean_score
        # Between equal scores, less travel is better: it leaves more room for visits.
        lam = 1e-9
        # Pooled tours are interchangeable only when every tour has the same ends and hours.
        alike = len(set(self.specs)) == 1 and self.specs[0].waypoint is None
        pool = TourPool(P.pool_size) if P.pool_every and self.m > 1 and alike else None
        done = 0
        while True:
            elapsed = clock() - began
            fraction = elapsed / time_limit
            if iterations:
                fraction = max(fraction, done / iterations)
            if fraction >= 1.0:
                break
            if progress and elapsed + began - reported >= 0.5:
                reported = elapsed + began
                progress(elapsed, best_score, done)
            done += 1
            temperature = t0 * (t_end / t0) ** fraction
            saved = [list(t.nodes) for t in tours]
            saved_visited = visited.copy()
            inner = max(1, sum(len(t.nodes) - 2 for t in tours))
            size = rng.randint(1, max(2, min(P.max_ruin, int(P.ruin_fraction * inner) + 2)))
            removed = self.ruin(tours, visited, size)
            alpha = rng.choice((1.0, 1.5, 2.0, 2.0, 3.0))
            noise = rng.choice((0.0, 0.1, 0.3))
            self.recreate(tours, visited, alpha=alpha, noise=noise, removed=removed)
            score, travel = self.total(tours)
            delta = (score - cur_score) - lam * (travel - cur_travel)
            if delta >= 0 or rng.random() < math.exp(delta / temperature):
                cur_score, cur_travel = score, travel
                if pool is not None:
                    for tour in tours:
                        pool.add(tour.nodes[1:-1], sum(self.score[v] for v in tour.nodes))
                if score > best_score or (score == best_score and travel < best_travel):
                    improved = score > best_score
                    best_score, best_travel = score, travel
                    best = [list(t.nodes) for t in tours]
                    if progress and improved:
                        reported = clock()
                        progress(reported - began, best_score, done)
            else:
                for tour, nodes in zip(tours, saved, strict=True):
                    if tour.nodes != nodes:
                        tour.nodes = nodes
                        self.schedule(tour)
                    tour.changed = False
                visited = saved_visited
            if pool is not None and done % P.pool_every == 0:
                packed = pool.pack(self.m, best_score, P.pool_steps)
                if packed is not None:
                    spec = self.specs[0]
                    tours = [Tour([spec.start, *nodes, spec.end], spec) for nodes in packed]
                    tours += [self.empty_tour(spec) for _ in range(self.m - len(tours))]
                    visited = np.zeros(self.n + 1, dtype=bool)
                    for tour in tours:
                        self.schedule(tour)
                        visited[tour.nodes] = True
                    visited[self.ends] = False
                    self.recreate(tours, visited, alpha=2.0, noise=0.0)
                    cur_score, cur_travel = self.total(tours)
                    best_score, best_travel = cur_score, cur_travel
                    best = [list(t.nodes) for t in tours]
                    if progress:
                        reported = clock()
                        progress(reported - began, best_score, done)
        # A last pass that tries every unvisited point in every tour of the best solution.
        tours = [Tour(nodes, spec) for nodes, spec in zip(best, self.specs, strict=True)]
        visited = np.zeros(self.n + 1, dtype=bool)
        for tour in tours:
            self.schedule(tour)
            visited[tour.nodes] = True
        visited[self.ends] = False
        self.recreate(tours, visited, alpha=1.0, noise=0.0)
        best_score, _ = self.total(tours)
        tours_out = [tour.nodes[1:-1] for tour in tours]
        return SearchResult(
            score=best_score,
            tours=tours_out,
            iterations=done,
            seconds=clock() - began,
        )
