from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

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
        parser.add_argument(
            "--partner",
            help="slug of the network partner a partner key sells for (its commission)",
        )

    def handle(self, *args, role, community, name, test, partner=None, **options):
        seller = None
        if partner:
            from chumchon.network.models import Partner

            if role != ApiKey.Role.PARTNER:
                raise CommandError("--partner goes with --role partner")
            seller = Partner.objects.filter(slug=partner).first()
            if seller is None:
                raise CommandError(f"no partner with the slug {partner!r}")
        target = None
        if community:
            target = Community.objects.filter(slug=community).first()
            if target is None:
                raise CommandError(f"no community with the slug {community!r}")
        try:
            with transaction.atomic():  # a partner key is never left without its partner
                key, text = create_key(
                    name=name or f"{role} key", role=role, community=target, is_test=test
                )
                if seller is not None:
                    from chumchon.network.models import PartnerApiKey

                    PartnerApiKey.objects.create(key=key, partner=seller)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(text)
