"""Spread markers that would sit on top of each other (a village centre) around their
common centre, as cartographers do, with a thin line back to each true position."""

from __future__ import annotations

import math

Point = tuple[float, float]


def _clusters(points: dict[int, Point], min_distance: float) -> list[list[int]]:
    keys = list(points)
    parent = {k: k for k in keys}

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            (ax, ay), (bx, by) = points[a], points[b]
            if math.hypot(ax - bx, ay - by) < min_distance:
                parent[root(a)] = root(b)
    groups: dict[int, list[int]] = {}
    for k in keys:
        groups.setdefault(root(k), []).append(k)
    return list(groups.values())


def _circle(points: dict[int, Point], group: list[int], min_distance: float) -> dict[int, Point]:
    """The group on a circle around its centroid, in the order of their directions."""
    cx = sum(points[k][0] for k in group) / len(group)
    cy = sum(points[k][1] for k in group) / len(group)
    n = len(group)
    radius = min_distance / (2 * math.sin(math.pi / n)) * 1.02
    order = sorted(group, key=lambda k: math.atan2(points[k][1] - cy, points[k][0] - cx))
    start = math.atan2(points[order[0]][1] - cy, points[order[0]][0] - cx)
    return {
        k: (
            cx + radius * math.cos(start + 2 * math.pi * i / n),
            cy + radius * math.sin(start + 2 * math.pi * i / n),
        )
        for i, k in enumerate(order)
    }


def spread(points: dict[int, Point], min_distance: float, rounds: int = 8) -> dict[int, Point]:
    """Positions at least `min_distance` apart; markers already clear do not move.

    Each crowded group is laid on a circle around its centroid, in the order of the
    members' own directions from it, so the arrangement still reads like the ground.
    A group whose circle then crowds another marker absorbs it and is laid out again.
    """
    placed = dict(points)
    groups = [set(g) for g in _clusters(points, min_distance) if len(g) > 1]
    for _ in range(rounds):
        if not groups:
            break
        for group in groups:
            placed.update(_circle(points, sorted(group), min_distance))
        clashes = [set(g) for g in _clusters(placed, min_distance * 0.999) if len(g) > 1]
        if not clashes:
            break
        # Merge every clash with the whole groups its members belong to.
        merged: list[set[int]] = []
        for clash in clashes:
            members = set(clash)
            for group in groups:
                if group & members:
                    members |= group
            for other in [m for m in merged if m & members]:
                members |= other
                merged.remove(other)
            merged.append(members)
        groups = merged
    return placed
