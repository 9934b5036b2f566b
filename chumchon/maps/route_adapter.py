"""Build a route's poster `MapSpec` from `chumchon.routes.services.route_timeline`."""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext as _

from chumchon.maps import adapter
from chumchon.maps.render import model as m
from chumchon.places.models import Place, PlaceCategory


def _km(metres: int) -> str:
    return f"{metres / 1000:.1f} km"


def route_spec(route, languages: tuple[str, ...], with_background: bool = True) -> m.MapSpec:
    """A route's poster: its stops numbered in visiting order, each day's line and legs."""
    from chumchon.routes.services import route_timeline

    main = languages[0]
    with translation.override(main):
        days = route_timeline(route)
    place_ids = {s.place_id for d in days for s in d.stops}
    place_ids |= {w.place_id for d in days for w in (d.start, d.end) if w}
    places = Place.objects.prefetch_related("opening_hours").in_bulk(place_ids)

    def names(place_id: int, fallback: str) -> tuple[str, ...]:
        place = places.get(place_id)
        if place is None:
            return (fallback,)
        return adapter._each(languages, lambda lang: adapter._in(place, "name", lang))

    stops: list[m.Stop] = []
    route_days: list[m.Day] = []
    border = None
    numbered: set[int] = set()
    first_number: dict[int, int] = {}  # place → the number it has on the map
    for day in days:
        legs = []
        previous = (day.start.latitude, day.start.longitude) if day.start else None
        for stop in day.stops:
            here = (stop.latitude, stop.longitude)
            stops.append(
                m.Stop(
                    number=stop.number,
                    labels=names(stop.place_id, stop.name),
                    category=stop.category,
                    latlng=here,
                    priority=1.0 + adapter.CATEGORY_PRIORITY.get(stop.category, 0.5),
                    note=f"{stop.arrive:%H:%M}",
                    day=day.number,
                    repeat_of=first_number.get(stop.place_id),
                )
            )
            numbered.add(stop.place_id)
            first_number.setdefault(stop.place_id, stop.number)
            if previous is not None and stop.leg_minutes:
                legs.append(
                    m.Leg((previous, here), stop.leg_minutes, stop.leg_metres, stop.leg_mode)
                )
            previous = here
            if stop.category == PlaceCategory.BORDER and border is None:
                border = adapter.border_panel(places[stop.place_id], languages, stop.number)
        if day.end and day.end_leg and previous is not None:
            end = (day.end.latitude, day.end.longitude)
            legs.append(
                m.Leg((previous, end), day.end_leg.minutes, day.end_leg.metres, day.end_leg.mode)
            )
        with translation.override(main):
            title = day.title or _("Day %(number)s") % {"number": day.number}
            summary = f"{day.starts_at:%H:%M}–{day.finishes_at:%H:%M} · {_km(day.travel_metres)}"
        route_days.append(m.Day(day.number, title, tuple(legs), summary))
    # Where days start and end (the homestay) is on the map too, after the numbered stops.
    extra = len(stops)
    for day in days:
        for waypoint in (day.start, day.end):
            if waypoint and waypoint.place_id not in numbered:
                extra += 1
                numbered.add(waypoint.place_id)
                stops.append(
                    m.Stop(
                        number=extra,
                        labels=names(waypoint.place_id, waypoint.name),
                        category=waypoint.category,
                        latlng=(waypoint.latitude, waypoint.longitude),
                        priority=1.5,
                    )
                )
    title = adapter._each(languages, lambda lang: adapter._in(route, "title", lang))
    story = adapter._in(route, "summary", main) or adapter._in(route, "story", main)
    points = [s.latlng for s in stops] or [
        (float(route.community.latitude), float(route.community.longitude))
    ]
    return adapter._spec(
        route.community,
        languages,
        tuple(stops),
        tuple(route_days),
        points,
        border,
        title_field=(title, story),
        booking_path=_in_language(main, route.get_absolute_url),
        with_background=with_background,
    )


def _in_language(lang: str, make):
    with translation.override(lang):
        return make()
