from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Migrate, load the demo data and serve the platform (http://127.0.0.1:8000)."

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")
        parser.add_argument("--no-serve", action="store_true", help="Stop after loading.")

    def handle(self, *args, addrport, no_serve, **options):
        self.stdout.write("Migrating the database …")
        call_command("migrate", interactive=False, verbosity=0)
        call_command("loaddemo", stdout=self.stdout)
        if no_serve:
            return
        self.stdout.write(f"Serving on http://{addrport}/ (Ctrl+C stops)")
        call_command("runserver", addrport, use_reloader=False)
