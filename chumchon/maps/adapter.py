"""Build the renderer's plain `MapSpec` from a community, its places and routes."""

from __future__ import annotations

import json

from django.conf import settings
from django.db.models import Count, Max, Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from chumchon.communities.models import Community
from chumchon.maps.models import MapFeature
from chumchon.maps.render import model as m
from chumchon.places.models import Place, PlaceCategory, Weekday

LANGUAGE_CHOICES = ("th", "lo", "en", "th+en", "lo+en")

# Which labels win when the map is crowded: the places visitors come for first.
CATEGORY_PRIORITY = {
    PlaceCategory.BORDER: 1.0,
    PlaceCategory.TEMPLE: 0.9,
    PlaceCategory.WATERFALL: 0.85,
    PlaceCategory.VIEWPOINT: 0.85,
    PlaceCategory.RIVER: 0.8,
    PlaceCategory.MARKET: 0.8,
    PlaceCategory.MUSEUM: 0.75,
    PlaceCategory.HOMESTAY: 0.7,
    PlaceCategory.MEETING_POINT: 0.7,
}


def parse_languages(value: str) -> tuple[str, ...]:
    """'th+en' → ('th', 'en'); a ValueError for anything the poster cannot print."""
    if value not in LANGUAGE_CHOICES:
        raise ValueError(value)
    return tuple(value.split("+"))


def _in(obj, field: str, lang: str) -> str:
    """A translated field in `lang`, falling back to the model's own fallback."""
    return getattr(obj, f"{field}_{lang}", None) or getattr(obj, field, "") or ""


def _each(languages: tuple[str, ...], make) -> tuple[str, ...]:
    out = []
    for lang in languages:
        with translation.override(lang):
            text = str(make(lang))
        if text and text not in out:
            out.append(text)
    return tuple(out)


def _both(languages, make, sep=" · ") -> str:
    return sep.join(_each(languages, make))


def _category_name(category: str):
    return PlaceCategory(category).label if category in PlaceCategory.values else category


def _texts(
    languages: tuple[str, ...], categories: set[str], attribution: str, route: bool = False
) -> m.Texts:
    main = languages[0]
    with translation.override(main):
        return m.Texts(
            legend=_both(languages, lambda lang: _("Legend")),
            stops=_both(languages, lambda lang: _("Stops, day by day") if route else _("Places")),
            contact=_("Contact"),
            emergency=_both(languages, lambda lang: _("Emergency")),
            book=_both(languages, lambda lang: _("Book a visit")),
            north=_("N"),
            approximate=_("Approximate locations, drawn for visitors: not for navigation."),
            attribution=attribution,
            categories={
                c: _both(languages, lambda lang, c=c: _category_name(c), " / ") for c in categories
            },
            modes={
                mode: _both(languages, lambda lang, label=label: label, " / ")
                for mode, label in (
                    ("walk", _("on foot: dotted")),
                    ("bicycle", _("by bicycle: dash-dot")),
                    ("car", _("by car: solid")),
                    ("boat", _("by boat: dashed")),
                )
            },
        )


def area_of(
    points: list[tuple[float, float]], pad_km: float = 2.0
) -> tuple[float, float, float, float]:
    """(south, west, north, east) around `points`, padded so the map's edges are filled."""
    lats = [p[0] for p in points]
    lngs = [p[1] for p in points]
    pad = pad_km / 111.0
    span = max(max(lats) - min(lats), max(lngs) - min(lngs))
    pad = max(pad, span * 0.6)
    return min(lats) - pad, min(lngs) - pad, max(lats) + pad, max(lngs) + pad


def _features_in(community: Community, area):
    s, w, n, e = area
    return MapFeature.objects.filter(
        Q(community=community) | Q(community__isnull=True),
        north__gte=s,
        south__lte=n,
        east__gte=w,
        west__lte=e,
    )


def background_for(community: Community, area) -> tuple[m.BackgroundFeature, ...]:
    return tuple(
        m.BackgroundFeature(row.kind, row.subkind, json.loads(row.geometry), row.name, row.osm_id)
        for row in _features_in(community, area).order_by("id")
    )


def background_version(community: Community, area) -> str:
    """Changes whenever the features under the map do (an import replaces their rows),
    so a cache key needs no geometry: a province extract is not read per request."""
    agg = _features_in(community, area).aggregate(n=Count("id"), last=Max("id"))
    return f"{agg['n']}:{agg['last'] or 0}"


def border_panel(place: Place, languages: tuple[str, ...], number: int | None) -> m.BorderPanel:
    """Hours and papers for crossing at a border place, from its visitor notes."""
    main = languages[0]
    notes = _in(place, "visitor_notes", main)
    lines = [ln.strip() for ln in notes.splitlines() if ln.strip()]
    by_day: dict[int, list[str]] = {}
    for h in place.opening_hours.all():
        by_day.setdefault(h.weekday, []).append(f"{h.opens:%H:%M}–{h.closes:%H:%M}")
    spans = {day: ", ".join(times) for day, times in by_day.items()}
    with translation.override(main):
        if place.always_open:
            hours = _("Open at all hours")
        elif len(spans) == 7 and len(set(spans.values())) == 1:
            hours = _("Open daily %(hours)s") % {"hours": spans[0]}
        elif spans:
            hours = "; ".join(f"{Weekday(day).label} {t}" for day, t in sorted(spans.items()))
        else:
            hours = _("Ask the checkpoint for today's hours")
        hours = f"{_('Opening hours')}: {hours}"
    return m.BorderPanel(
        title=_both(languages[:1], lambda lang: _in(place, "name", lang)),
        hours=hours,
        documents=tuple(lines),
        stop_number=number,
    )


def community_spec(
    community: Community, languages: tuple[str, ...], with_background: bool = True
) -> m.MapSpec:
    """The poster of a community: every published place, numbered by category."""
    places = list(
        community.places.filter(is_published=True)
        .prefetch_related("opening_hours")
        .order_by("category", "name")
    )
    stops = []
    border = None
    for number, place in enumerate(places, start=1):
        stops.append(
            m.Stop(
                number=number,
                labels=_each(languages, lambda lang, p=place: _in(p, "name", lang)),
                category=place.category,
                latlng=(float(place.latitude), float(place.longitude)),
                priority=CATEGORY_PRIORITY.get(place.category, 0.5),
                approximate=place.location_is_approximate,
            )
        )
        if place.category == PlaceCategory.BORDER and border is None:
            border = border_panel(place, languages, number)
    points = [s.latlng for s in stops] or [(float(community.latitude), float(community.longitude))]
    return _spec(
        community,
        languages,
        tuple(stops),
        (),
        points,
        border,
        title_field=None,
        with_background=with_background,
    )


def _spec(
    community,
    languages,
    stops,
    days,
    points,
    border,
    title_field,
    booking_path=None,
    with_background: bool = True,
) -> m.MapSpec:
    main = languages[0]
    area = area_of(points)
    background = background_for(community, area) if with_background else ()
    version = background_version(community, area)
    attribution = ""
    with translation.override(main):
        # Only features with an OpenStreetMap id came from OSM; a hand-drawn extract
        # (like the demo's) must not borrow OSM's name.
        if _features_in(community, area).exclude(osm_id="").exists():
            attribution = _("Background © OpenStreetMap contributors (ODbL).")
        elif not version.startswith("0:"):
            attribution = _("Background: a schematic sketch, approximate.")
    with translation.override(main):
        path = booking_path or reverse("front:community", args=[community.slug])
        booking = settings.SITE_URL.rstrip("/") + path
        subtitle = ", ".join(
            x for x in (_in(community, "district", main), _in(community, "province", main)) if x
        )
    story = title_field[1] if title_field else _in(community, "story", main)
    story = story.split("\n\n")[0].strip()
    contact = [community.contact_phone]
    if community.line_id:
        contact.append(f"LINE {community.line_id}")
    if community.contact_email:
        contact.append(community.contact_email)
    emergency = [community.emergency_phone]
    notes = _in(community, "emergency_notes", main)
    if notes:
        emergency.append(notes)
    title = (
        title_field[0]
        if title_field
        else _each(languages, lambda lang: _in(community, "name", lang))
    )
    return m.MapSpec(
        title=title,
        story=story,
        brand_colour=community.brand_colour or "#1B6E53",
        stops=stops,
        languages=languages,
        booking_url=booking,
        contact_lines=tuple(contact),
        emergency_lines=tuple(emergency),
        days=days,
        background=background,
        background_version=version,
        border=border,
        subtitle=subtitle,
        texts=_texts(languages, {s.category for s in stops}, attribution, route=bool(days)),
    )
