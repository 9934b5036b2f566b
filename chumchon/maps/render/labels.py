"""Label placement: every label beside its point, none over another label or a marker.

The method is the classic point-feature one (Christensen, Marks & Shieber 1995):
each point gets candidate positions in the cartographers' order of preference
(Imhof: upper right first), further rings reached by a leader line, and a choice
that minimises preference cost plus overlaps by simulated annealing. A final pass
drops the lowest-priority label of any pair that still overlaps and then re-adds
whatever fits, so the result never overlaps even if the annealing did not converge.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import numpy as np

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 (y down)


@dataclass(frozen=True)
class LabelRequest:
    key: int
    x: float  # the point
    y: float
    marker: Box  # what the point draws (kept free of every label)
    width: float
    height: float
    priority: float = 1.0


@dataclass(frozen=True)
class Placement:
    key: int
    box: Box
    position: int  # index into POSITIONS, plus 8 per leader ring
    leader: tuple[float, float, float, float] | None  # x0, y0, x1, y1 of the leader line


# Direction of the label from the point, in order of preference (Imhof, Yoeli):
# upper right, upper left, lower right, lower left, right, left, above, below.
POSITIONS = ((1, -1), (-1, -1), (1, 1), (-1, 1), (1, 0), (-1, 0), (0, -1), (0, 1))
POSITION_COST = (0.0, 0.6, 0.9, 1.3, 0.3, 0.8, 1.6, 1.9)
RING_DISTANCES = (0.0, 1.6, 3.4)  # extra distance, in marker sizes, for leader rings
RING_COST = (0.0, 4.0, 7.0)
OVERLAP_COST = 1000.0
LINE_COST = 1.2  # per route segment under the label
DROP_COST = 60.0  # times priority: leaving a label out is worse than any leader line


def overlaps(a: Box, b: Box, pad: float = 0.0) -> bool:
    return a[0] < b[2] + pad and b[0] < a[2] + pad and a[1] < b[3] + pad and b[1] < a[3] + pad


def _candidate(req: LabelRequest, dx: int, dy: int, extra: float, gap: float) -> Box:
    mx0, my0, mx1, my1 = req.marker
    w, h = req.width, req.height
    reach = extra * max(mx1 - mx0, my1 - my0)
    if dx > 0:
        x0 = mx1 + gap + reach
    elif dx < 0:
        x0 = mx0 - gap - reach - w
    else:
        x0 = req.x - w / 2
    if dy < 0:
        y0 = my0 - gap - reach - h
    elif dy > 0:
        y0 = my1 + gap + reach
    else:
        y0 = req.y - h / 2
    return (x0, y0, x0 + w, y0 + h)


def _leader(req: LabelRequest, box: Box) -> tuple[float, float, float, float]:
    """From the marker's edge to the nearest point of the label box."""
    nx = min(max(req.x, box[0]), box[2])
    ny = min(max(req.y, box[1]), box[3])
    radius = (req.marker[2] - req.marker[0]) / 2
    length = math.hypot(nx - req.x, ny - req.y) or 1.0
    return (req.x + (nx - req.x) * radius / length, req.y + (ny - req.y) * radius / length, nx, ny)


def _segment_hits_box(seg: tuple[float, float, float, float], box: Box) -> bool:
    """Liang–Barsky clipping: does the segment pass through the box?"""
    x0, y0, x1, y1 = seg
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - box[0]), (dx, box[2] - x0), (-dy, y0 - box[1]), (dy, box[3] - y0)):
        if p == 0:
            if q < 0:
                return False
        else:
            t = q / p
            if p < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
            if t0 > t1:
                return False
    return True


def _segment_hits_boxes(seg: tuple[float, float, float, float], b: np.ndarray) -> np.ndarray:
    """`_segment_hits_box` for many boxes at once (rows of x0, y0, x1, y1)."""
    x0, y0, x1, y1 = seg
    dx, dy = x1 - x0, y1 - y0
    t0 = np.zeros(len(b))
    t1 = np.ones(len(b))
    ok = np.ones(len(b), dtype=bool)
    for p, q in ((-dx, x0 - b[:, 0]), (dx, b[:, 2] - x0), (-dy, y0 - b[:, 1]), (dy, b[:, 3] - y0)):
        if p == 0:
            ok &= q >= 0
        elif p < 0:
            t0 = np.maximum(t0, q / p)
        else:
            t1 = np.minimum(t1, q / p)
    return ok & (t0 <= t1)


def place_labels(
    requests: list[LabelRequest],
    frame: Box,
    obstacles: list[Box] = (),
    gap: float = 1.5,
    seed: int = 7,
    lines: list[tuple[float, float, float, float]] = (),
) -> dict[int, Placement]:
    """Choose a position for as many labels as fit; the dropped ones are missing.

    `lines` are segments (route lines) a label may cover, at a cost: a route read
    under a label is worse than a label one place further round.
    """
    if not requests:
        return {}
    markers = [r.marker for r in requests]
    blocked = list(markers) + list(obstacles)
    boxes: list[Box] = []
    owner: list[int] = []
    cost: list[float] = []
    pos: list[int] = []
    leaders: list[tuple | None] = []
    for i, req in enumerate(requests):
        for ring, extra in enumerate(RING_DISTANCES):
            for p, (dx, dy) in enumerate(POSITIONS):
                box = _candidate(req, dx, dy, extra, gap)
                if not (
                    box[0] >= frame[0]
                    and box[1] >= frame[1]
                    and box[2] <= frame[2]
                    and box[3] <= frame[3]
                ):
                    continue
                if any(overlaps(box, b, 0.5) for b in blocked):
                    continue
                leader = _leader(req, box) if ring else None
                if leader and any(
                    _segment_hits_box(leader, m) for j, m in enumerate(markers) if j != i
                ):
                    continue
                boxes.append(box)
                owner.append(i)
                cost.append(POSITION_COST[p] + RING_COST[ring])
                pos.append(p + 8 * ring)
                leaders.append(leader)
    if lines and boxes:
        b = np.array(boxes)
        crossings = np.zeros(len(boxes))
        for seg in lines:
            crossings += _segment_hits_boxes(seg, b)
        cost = [c + LINE_COST * k for c, k in zip(cost, crossings.tolist(), strict=True)]
    n = len(requests)
    owner_arr = np.array(owner, dtype=int)
    if boxes:
        b = np.array(boxes)
        pad = 0.8
        conflict = (
            (b[:, None, 0] < b[None, :, 2] + pad)
            & (b[None, :, 0] < b[:, None, 2] + pad)
            & (b[:, None, 1] < b[None, :, 3] + pad)
            & (b[None, :, 1] < b[:, None, 3] + pad)
            & (owner_arr[:, None] != owner_arr[None, :])
        )
        # A leader line through another label reads as a wrong pointer: a conflict too.
        for c, seg in enumerate(leaders):
            if seg is None:
                continue
            hit = _segment_hits_boxes(seg, b) & (owner_arr != owner[c])
            conflict[c, hit] = True
            conflict[hit, c] = True
        neighbours = [np.flatnonzero(row).tolist() for row in conflict]
    else:
        neighbours = []
    options = [[c for c in range(len(boxes)) if owner[c] == i] for i in range(n)]
    drop = [DROP_COST * max(r.priority, 0.01) for r in requests]

    choice = [-1] * n
    chosen = np.zeros(len(boxes), dtype=bool)

    def clashes(c: int) -> int:
        return sum(1 for d in neighbours[c] if chosen[d])

    def local_cost(i: int, c: int) -> float:
        return drop[i] if c < 0 else cost[c] + OVERLAP_COST * clashes(c)

    # Greedy start, most important first: annealing then only repairs.
    for i in sorted(range(n), key=lambda k: -requests[k].priority):
        best = min(options[i], key=lambda c: local_cost(i, c), default=-1)
        if best >= 0 and local_cost(i, best) < drop[i]:
            choice[i] = best
            chosen[best] = True

    rng = random.Random(seed)
    movable = [i for i in range(n) if options[i]]
    if movable:
        temperature = 40.0
        steps = 60 * len(movable)
        while temperature > 0.05:
            for _ in range(steps // 10 + 1):
                i = rng.choice(movable)
                old = choice[i]
                new = rng.choice(options[i] + [-1])
                if new == old:
                    continue
                if old >= 0:
                    chosen[old] = False
                delta = local_cost(i, new) - local_cost(i, old)
                if delta <= 0 or rng.random() < math.exp(-delta / temperature):
                    choice[i] = new
                    if new >= 0:
                        chosen[new] = True
                elif old >= 0:
                    chosen[old] = True
            temperature *= 0.5

    # Never leave an overlap: drop the less important label of each clashing pair.
    order = sorted(range(n), key=lambda k: (requests[k].priority, -k))
    for i in order:
        c = choice[i]
        if c >= 0 and clashes(c):
            chosen[c] = False
            choice[i] = -1
    # Then give every dropped label its best position that is still free.
    for i in reversed(order):
        if choice[i] >= 0:
            continue
        free = [c for c in options[i] if not clashes(c)]
        if free:
            best = min(free, key=lambda c: cost[c])
            choice[i] = best
            chosen[best] = True

    return {
        requests[i].key: Placement(requests[i].key, boxes[c], pos[c], leaders[c])
        for i, c in enumerate(choice)
        if c >= 0
    }
