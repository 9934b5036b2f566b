from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from chumchon.routes.models import Route
from chumchon.routes.timeline import route_timeline


class Command(BaseCommand):
    help = (
        "Work out the travel times of every route's legs now (asking OSRM once for what is "
        "not cached yet), and report where each came from and what needs fixing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--community", help="Only this community's routes (its slug).")
        parser.add_argument(
            "--drafts", action="store_true", help="Include routes that are not published."
        )

    def handle(self, *args, community=None, drafts=False, **options):
        routes = Route.objects.select_related("community").order_by("community__slug", "slug")
        if community:
            routes = routes.filter(community__slug=community)
            if not routes.exists():
                raise CommandError(f"No routes for a community called {community!r}.")
        if not drafts:
            routes = routes.filter(is_published=True)
        routes = list(routes)
        source = settings.OSRM_URL or "estimates (OSRM_URL is not set)"
        self.stdout.write(f"Travel times for {len(routes)} routes from {source}")
        totals: Counter[str] = Counter()
        for index, route in enumerate(routes, start=1):
            days = route_timeline(route)
            sources = Counter(s.leg_source for d in days for s in d.stops if s.leg_source)
            sources.update(d.end_leg.source for d in days if d.end_leg)
            warnings = [w for d in days for w in d.warnings]
            totals.update(sources)
            counts = ", ".join(f"{n} {kind}" for kind, n in sorted(sources.items())) or "no legs"
            self.stdout.write(
                f"[{index}/{len(routes)}] {route.community.slug}/{route.slug}: {counts}"
                + (f"; {len(warnings)} to check" if warnings else "")
            )
            for warning in warnings:
                self.stdout.write(f"    ! {warning.message}")
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(totals.items())) or "no legs"
        self.stdout.write(self.style.SUCCESS(f"Done: {summary}."))
