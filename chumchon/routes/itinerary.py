"""The printable itinerary: a route's days, a sketch map and whom to call, as a PDF.

For the trip itself, where phones often have no signal: everything is in the file
(fonts embedded, the map drawn as SVG, no tiles).
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from chumchon.core.pdf import FONT_STACK, font_faces_css, qr_svg, render_pdf
from chumchon.routes.geojson import day_colour
from chumchon.routes.models import Route
from chumchon.routes.sketch import SketchDay, SketchStop, route_svg
from chumchon.routes.timeline import DayTimeline, route_timeline


def sketch_of(
    days: list[DayTimeline], width: int = 640, height: int = 400, labels: bool = True
) -> str:
    """The route's days drawn as SVG (see sketch.py); `labels` names the stops on hover."""
    return route_svg(
        [
            SketchDay(
                colour=day_colour(day.number),
                path=day.path,
                stops=[
                    SketchStop(s.number, (s.latitude, s.longitude), s.name if labels else "")
                    for s in day.stops
                ],
            )
            for day in days
        ],
        width=width,
        height=height,
    )


def itinerary_html(route: Route, language: str, on: dt.date | None = None) -> str:
    """The itinerary as HTML in `language` and the community's time zone."""
    from chumchon.routes.views import route_context

    community = route.community
    with translation.override(language), timezone.override(community.time_zone):
        days = route_timeline(route, on=on)
        context = route_context(route, days)
        context.update(
            on=on,
            qr=qr_svg(settings.SITE_URL.rstrip("/") + route.get_absolute_url()),
            font_faces=font_faces_css(),
            font_stack=FONT_STACK,
            language=language,
            # Whom to call: the route's community and every other one it passes through.
            contacts=[community] + [c for c in context["communities"] if c.pk != community.pk],
        )
        return render_to_string("routes/itinerary_pdf.html", context)


def itinerary_pdf(route: Route, language: str, on: dt.date | None = None) -> bytes:
    return render_pdf(itinerary_html(route, language, on))
