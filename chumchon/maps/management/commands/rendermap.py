"""chumchon rendermap --community SLUG [--route ID] --format svg|png|pdf --size ... -o FILE"""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from chumchon.communities.models import Community
from chumchon.maps import adapter, services
from chumchon.maps.render.output import FORMATS, SIZES


class Command(BaseCommand):
    help = "Render a community's (or a route's) tourist map as a print-ready poster."

    def add_arguments(self, parser):
        parser.add_argument("--community", required=True, help="community slug")
        parser.add_argument("--route", type=int, help="route id: draw that route's days")
        parser.add_argument("--format", choices=FORMATS, help="default: from the file name")
        parser.add_argument("--size", choices=SIZES, default="a4")
        parser.add_argument("--lang", choices=adapter.LANGUAGE_CHOICES, default="th+en")
        parser.add_argument("-o", "--output", required=True, help="file to write")

    def handle(self, *args, **opts):
        try:
            community = Community.objects.get(slug=opts["community"])
        except Community.DoesNotExist:
            raise CommandError(f"No community with the slug {opts['community']!r}.") from None
        route = None
        if opts["route"] is not None:
            route = _route(community, opts["route"])
        out = Path(opts["output"])
        fmt = opts["format"] or out.suffix.lstrip(".").lower()
        if fmt not in FORMATS:
            raise CommandError("Give --format svg, png or pdf (or a file ending in one).")
        started = time.perf_counter()
        data = services.render_map(community, route, fmt, opts["size"], opts["lang"])
        out.write_bytes(data)
        self.stdout.write(
            f"{out}: {fmt.upper()} {opts['size']} {opts['lang']}, {len(data) // 1024} KiB "
            f"in {time.perf_counter() - started:.2f} s"
        )


def _route(community, route_id):
    try:
        from chumchon.routes.models import Route
    except ImportError:
        raise CommandError("Routes are not installed.") from None
    try:
        return Route.objects.get(pk=route_id, community=community)
    except Route.DoesNotExist:
        raise CommandError(f"No route {route_id} in {community.slug}.") from None
