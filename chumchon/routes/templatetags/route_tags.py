from django import template

from chumchon.routes.geojson import day_colour as colour_of_day
from chumchon.routes.views import published_routes as routes_of

register = template.Library()


@register.inclusion_tag("routes/_published_routes.html")
def published_routes(community):
    """The community page's list of its published routes, each with a small drawn map."""
    from chumchon.routes.itinerary import sketch_of
    from chumchon.routes.timeline import route_timeline

    routes = list(routes_of(community))
    for route in routes:
        route.community = community
        # A thumbnail: numbers only, the route page names the stops.
        route.sketch = sketch_of(route_timeline(route), width=320, height=180, labels=False)
    return {"community": community, "routes": routes}


@register.filter
def day_colour(number: int) -> str:
    return colour_of_day(int(number))


@register.filter
def km(metres: int) -> str:
    """1,301 m → "1.3 km"; short distances stay in metres."""
    metres = int(metres or 0)
    return f"{metres} m" if metres < 1000 else f"{metres / 1000:.1f} km"


@register.filter
def mode_label(mode: str) -> str:
    from chumchon.routes.models import TravelMode

    return str(TravelMode(mode).label) if mode in TravelMode.values else mode


@register.filter
def source_label(source: str) -> str:
    from chumchon.routes.models import LegSource

    return str(LegSource(source).label) if source in LegSource.values else source
