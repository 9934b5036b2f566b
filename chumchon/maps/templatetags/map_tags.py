import json

from django import template
from django.urls import reverse
from django.utils.html import json_script

from chumchon.maps.render import icons
from chumchon.places.models import PlaceCategory

register = template.Library()


@register.simple_tag
def map_legend_data(community=None, with_routes=False):
    """Icons, colours and category names for the live map: the printed poster's legend,
    and the GeoJSON of the community's published routes to draw as lines."""
    route_urls = []
    background = ""
    if community is not None:
        background = reverse("maps:community_background", args=[community.slug])
    if community is not None and with_routes:
        from chumchon.routes.views import published_routes

        route_urls = [r.get_geojson_url() for r in published_routes(community)]
    data = {
        "colours": icons.COLOURS,
        "icons": icons.ICONS,
        "labels": {c: str(label) for c, label in PlaceCategory.choices},
        "routes": route_urls,
        "background": background,
    }
    return json_script(json.loads(json.dumps(data)), "map-legend")
