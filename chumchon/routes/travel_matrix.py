"""Travel times between places: from an OSRM server when one is configured, else estimated.

`leg_between(a, b, mode)` and `matrix_for(places, mode)` answer with `MatrixLeg`s (a
`travel.Leg` that also says where it came from). With settings.OSRM_URL set, the legs
not yet known are fetched in ONE /table request per call and kept in the TravelTime
table for OSRM_CACHE_DAYS; a server that is down, slow or confused costs one timeout,
after which the estimate from chumchon.routing.travel answers (and the server is left
alone for a minute, so that a page with many legs does not wait many times).
Boats have no OSRM profile: their legs are always estimated.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import math
import urllib.error
import urllib.request
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone

from chumchon.places.models import Place
from chumchon.routes.models import TravelTime
from chumchon.routing import travel

logger = logging.getLogger(__name__)

ESTIMATE, OSRM, OVERRIDE = "estimate", "osrm", "override"

# OSRM profile per travel mode (the names of OSRM's own profiles; osrm-routed serves
# whatever it was built with, so a single-profile server answers for all of them).
DEFAULT_PROFILES = {travel.WALK: "foot", travel.BICYCLE: "bicycle", travel.CAR: "car"}
DOWN_FOR_SECONDS = 60


@dataclass(frozen=True)
class MatrixLeg(travel.Leg):
    source: str = ESTIMATE  # "osrm", "estimate" or, for a coordinator's leg, "override"


ZERO = MatrixLeg(0, 0, ESTIMATE)


def point_of(place: Place) -> travel.Point:
    return (float(place.latitude), float(place.longitude))


def _coordinates(a: Place, b: Place) -> str:
    """What a cached answer was for: a place moved on the map makes its rows stale."""
    return f"{a.latitude},{a.longitude};{b.latitude},{b.longitude}"


def _estimate(a: Place, b: Place, mode: str) -> MatrixLeg:
    leg = travel.estimate(point_of(a), point_of(b), mode)
    return MatrixLeg(leg.minutes, leg.metres, ESTIMATE)


def _profile(mode: str) -> str | None:
    profiles = getattr(settings, "OSRM_PROFILES", None) or DEFAULT_PROFILES
    return profiles.get(mode)


def _osrm_url() -> str:
    return (getattr(settings, "OSRM_URL", "") or "").rstrip("/")


def _down_key(base: str) -> str:
    return f"routes:osrm-down:{base}"


def _fetch_table(
    base: str, profile: str, points: Sequence[travel.Point], sources: list[int], targets: list[int]
) -> tuple[list[list[float | None]], list[list[float | None]]]:
    """One OSRM /table request: durations (s) and distances (m), sources × destinations."""
    coordinates = ";".join(f"{lng:.6f},{lat:.6f}" for lat, lng in points)
    if "{profile}" in base:
        # One server per profile (https://host/routed-{profile}): each calls its own "driving".
        root, path_profile = base.replace("{profile}", profile), "driving"
    else:
        root, path_profile = base, profile
    url = (
        f"{root}/table/v1/{path_profile}/{coordinates}?annotations=duration,distance"
        f"&sources={';'.join(map(str, sources))}"
        f"&destinations={';'.join(map(str, targets))}"
    )
    timeout = getattr(settings, "OSRM_TIMEOUT_SECONDS", 5)
    request = urllib.request.Request(url, headers={"User-Agent": "Chumchon route planner"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (our URL)
        body = json.load(response)
    if body.get("code") != "Ok":
        raise ValueError(f"OSRM answered {body.get('code')!r}: {body.get('message', '')}")
    durations, distances = body["durations"], body["distances"]
    if len(durations) != len(sources) or any(len(row) != len(targets) for row in durations):
        raise ValueError("OSRM answered a table of the wrong size")
    return durations, distances


def legs_for(pairs: Iterable[tuple[Place, Place]], mode: str) -> dict[tuple[int, int], MatrixLeg]:
    """The leg for each (from, to) pair by `mode`, keyed by the places' ids.

    Cached OSRM answers first; the rest in one OSRM request (when configured), and
    whatever OSRM cannot answer is estimated.
    """
    if mode not in travel.MODES:
        raise KeyError(mode)
    wanted: dict[tuple[int, int], tuple[Place, Place]] = {}
    result: dict[tuple[int, int], MatrixLeg] = {}
    for a, b in pairs:
        key = (a.pk, b.pk)
        if a.pk == b.pk:
            result[key] = ZERO
        else:
            wanted[key] = (a, b)
    base, profile = _osrm_url(), _profile(mode)
    if not wanted or not base or not profile:
        result.update({key: _estimate(a, b, mode) for key, (a, b) in wanted.items()})
        return result

    missing = dict(wanted)
    oldest = timezone.now() - dt.timedelta(days=getattr(settings, "OSRM_CACHE_DAYS", 30))
    ids = {pk for key in wanted for pk in key}
    for row in TravelTime.objects.filter(
        from_place_id__in=ids, to_place_id__in=ids, mode=mode, fetched_at__gte=oldest
    ):
        key = (row.from_place_id, row.to_place_id)
        if key in missing and row.coordinates == _coordinates(*missing[key]):
            result[key] = MatrixLeg(row.minutes, row.metres, row.source)
            del missing[key]
    if missing:
        result.update(_ask_osrm(base, profile, mode, missing))
    return result


def _ask_osrm(
    base: str, profile: str, mode: str, missing: dict[tuple[int, int], tuple[Place, Place]]
) -> dict[tuple[int, int], MatrixLeg]:
    estimates = {key: _estimate(a, b, mode) for key, (a, b) in missing.items()}
    if cache.get(_down_key(base)):
        return estimates
    places: dict[int, Place] = {}
    for a, b in missing.values():
        places.setdefault(a.pk, a)
        places.setdefault(b.pk, b)
    order = list(places)
    index = {pk: i for i, pk in enumerate(order)}
    sources = sorted({index[a] for a, _ in missing})
    targets = sorted({index[b] for _, b in missing})
    try:
        durations, distances = _fetch_table(
            base, profile, [point_of(places[pk]) for pk in order], sources, targets
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        # urllib's errors (refused, HTTP 500, timeout) are OSErrors; bad JSON a ValueError.
        logger.warning("OSRM at %s failed (%s); estimating travel times instead", base, exc)
        cache.set(_down_key(base), True, DOWN_FOR_SECONDS)
        return estimates
    found: dict[tuple[int, int], MatrixLeg] = {}
    source_row = {s: i for i, s in enumerate(sources)}
    target_col = {t: j for j, t in enumerate(targets)}
    for key in missing:
        i, j = source_row[index[key[0]]], target_col[index[key[1]]]
        seconds, metres = durations[i][j], distances[i][j]
        if seconds is None or metres is None:
            found[key] = estimates[key]  # OSRM found no way (a river between): estimate
            continue
        found[key] = MatrixLeg(math.ceil(seconds / 60 - 1e-9), round(metres), OSRM)
    _remember(mode, missing, found)
    return found


def _remember(
    mode: str,
    missing: dict[tuple[int, int], tuple[Place, Place]],
    found: dict[tuple[int, int], MatrixLeg],
) -> None:
    for key, leg in found.items():
        if leg.source != OSRM:
            continue
        a, b = missing[key]
        try:
            # A savepoint: two requests caching the same leg at once must not break the
            # caller's transaction; the loser's row is the same answer anyway.
            with transaction.atomic():
                TravelTime.objects.update_or_create(
                    from_place_id=a.pk,
                    to_place_id=b.pk,
                    mode=mode,
                    defaults={
                        "minutes": leg.minutes,
                        "metres": leg.metres,
                        "source": OSRM,
                        "coordinates": _coordinates(a, b),
                    },
                )
        except IntegrityError:
            pass


def leg_between(a: Place, b: Place, mode: str) -> MatrixLeg:
    """The leg from `a` to `b` by `mode`."""
    return legs_for([(a, b)], mode)[(a.pk, b.pk)]


def matrix_for(places: Sequence[Place], mode: str) -> list[list[MatrixLeg]]:
    """Every leg between `places` (row: from, column: to; the diagonal is zero)."""
    legs = legs_for([(a, b) for a in places for b in places], mode)
    return [[legs[(a.pk, b.pk)] for b in places] for a in places]


def matrix_for_points(points: Sequence[travel.Point], mode: str) -> list[list[travel.Leg]]:
    """Every leg between bare coordinates (the trip planner's stops), by `mode`.

    From one OSRM /table request when OSRM_URL is set (kept in the cache under the
    points themselves for OSRM_CACHE_DAYS, as these stops are not all places), else, or
    when OSRM fails, estimated from the coordinates like every other leg.
    """
    estimate = travel.estimate_matrix(points, mode)
    base, profile = _osrm_url(), _profile(mode)
    if len(points) < 2 or not base or not profile or cache.get(_down_key(base)):
        return estimate
    text = ";".join(f"{lat:.6f},{lng:.6f}" for lat, lng in points)
    key = "routes:osrm-points:" + hashlib.sha256(f"{base}|{profile}|{text}".encode()).hexdigest()
    table = cache.get(key)
    if table is None:
        every = list(range(len(points)))
        try:
            table = _fetch_table(base, profile, points, every, every)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.warning("OSRM at %s failed (%s); estimating travel times instead", base, exc)
            cache.set(_down_key(base), True, DOWN_FOR_SECONDS)
            return estimate
        cache.set(key, table, getattr(settings, "OSRM_CACHE_DAYS", 30) * 86400)
    durations, distances = table
    return [
        [
            ZERO
            if i == j
            else estimate[i][j]
            if durations[i][j] is None or distances[i][j] is None
            else MatrixLeg(math.ceil(durations[i][j] / 60 - 1e-9), round(distances[i][j]), OSRM)
            for j in range(len(points))
        ]
        for i in range(len(points))
    ]
