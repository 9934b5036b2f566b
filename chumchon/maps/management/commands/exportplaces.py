"""chumchon exportplaces --community SLUG --format geojson|csv -o FILE"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from chumchon.communities.models import Community
from chumchon.maps import places_io


class Command(BaseCommand):
    help = "Export a community's places as GeoJSON or CSV (for uMap, QGIS or a spreadsheet)."

    def add_arguments(self, parser):
        parser.add_argument("--community", required=True)
        parser.add_argument("--format", choices=("geojson", "csv"), required=True)
        parser.add_argument("-o", "--output", required=True)

    def handle(self, *args, **opts):
        try:
            community = Community.objects.get(slug=opts["community"])
        except Community.DoesNotExist:
            raise CommandError(f"No community with the slug {opts['community']!r}.") from None
        if opts["format"] == "geojson":
            text = places_io.export_geojson(community)
        else:
            text = places_io.export_csv(community)
        Path(opts["output"]).write_text(text, encoding="utf-8")
        count = community.places.count()
        self.stdout.write(f"{opts['output']}: {count} places as {opts['format']}")
