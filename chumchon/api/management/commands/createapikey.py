from django.core.management.base import BaseCommand, CommandError

from chumchon.api.keys import create_key
from chumchon.bookings.models import ApiKey
from chumchon.communities.models import Community


class Command(BaseCommand):
    help = "Create an API key for the platform API and OCTO, and print it (shown only once)."

    def add_arguments(self, parser):
        parser.add_argument("--role", required=True, choices=ApiKey.Role.values)
        parser.add_argument("--community", help="slug of the community the key belongs to")
        parser.add_argument("--name", default="", help="who the key is for")
        parser.add_argument("--test", action="store_true", help="a test-mode key")

    def handle(self, *args, role, community, name, test, **options):
        target = None
        if community:
            target = Community.objects.filter(slug=community).first()
            if target is None:
                raise CommandError(f"no community with the slug {community!r}")
        try:
            key, text = create_key(
                name=name or f"{role} key", role=role, community=target, is_test=test
            )
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(text)
