"""chumchon importplaces --community SLUG FILE: create or update places by slug."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from chumchon.communities.models import Community
from chumchon.maps import places_io


class Command(BaseCommand):
    help = "Import places from GeoJSON or CSV: updates by slug, adds new ones, all or nothing."

    def add_arguments(self, parser):
        parser.add_argument("--community", required=True)
        parser.add_argument("file")

    def handle(self, *args, **opts):
        try:
            community = Community.objects.get(slug=opts["community"])
        except Community.DoesNotExist:
            raise CommandError(f"No community with the slug {opts['community']!r}.") from None
        path = Path(opts["file"])
        if not path.exists():
            raise CommandError(f"{path}: no such file.")
        try:
            counts = places_io.import_places(community, path.read_bytes(), path.name)
        except places_io.PlacesImportError as exc:
            raise CommandError("Nothing was imported:\n" + "\n".join(exc.errors)) from None
        self.stdout.write(
            self.style.SUCCESS(f"{counts['created']} places added, {counts['updated']} updated.")
        )
