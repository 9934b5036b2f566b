"""chumchon importosm FILE [--community SLUG]: roads, water and land use for printed maps."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from chumchon.communities.models import Community
from chumchon.maps import services


class Command(BaseCommand):
    help = (
        "Import roads, rivers, water areas and land use from an OpenStreetMap extract "
        "(.osm.pbf or GeoJSON) as the background of printed maps."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help=".osm.pbf or .geojson extract")
        parser.add_argument("--community", help="keep only this community's area")

    def handle(self, *args, **opts):
        path = Path(opts["file"])
        if not path.exists():
            raise CommandError(f"{path}: no such file.")
        community = None
        if opts["community"]:
            try:
                community = Community.objects.get(slug=opts["community"])
            except Community.DoesNotExist:
                raise CommandError(f"No community with the slug {opts['community']!r}.") from None

        def progress(n: int) -> None:
            if n % 10_000 == 0:
                self.stdout.write(f"  {n:,} features read…")

        self.stdout.write(f"Reading {path} …")
        try:
            counts = services.import_extract(path, community, progress)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        total = sum(counts.values())
        detail = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "nothing to draw"
        where = f" for {community.slug}" if community else ""
        self.stdout.write(self.style.SUCCESS(f"Stored {total} features{where}: {detail}."))
