"""Post to the ledger the payments and refunds recorded before it was wired in."""

from django.core.management.base import BaseCommand, CommandError

from chumchon.communities.models import Community
from chumchon.ledger.services import post_missing


class Command(BaseCommand):
    help = "Post payments and refunds not yet in the ledger (safe to run again)."

    def add_arguments(self, parser):
        parser.add_argument("--community", help="Only this community (its slug).")

    def handle(self, *args, community=None, **options):
        target = None
        if community:
            target = Community.objects.filter(slug=community).first()
            if target is None:
                raise CommandError(f"No community with the slug {community!r}.")
        written = post_missing(target)
        self.stdout.write(f"Posted {written} transaction(s).")
