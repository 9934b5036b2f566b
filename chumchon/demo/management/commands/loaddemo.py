from django.core.management.base import BaseCommand

from chumchon.demo.services import DEMO_PASSWORD, USERS, load_demo


class Command(BaseCommand):
    help = "Load (or refresh) the Tha Li and Bo Tan demo data. Safe to run again."

    def handle(self, *args, **options):
        counts = load_demo(progress=lambda message: self.stdout.write(f"  … {message}"))
        self.stdout.write(
            self.style.SUCCESS(
                "Demo loaded: " + ", ".join(f"{n} {kind}" for kind, n in counts.items())
            )
        )
        self.stdout.write(f"Sign in with any of {', '.join(USERS)} (password: {DEMO_PASSWORD})")
