from django.core.management.base import BaseCommand

from chumchon.webhooks.services import send_due


class Command(BaseCommand):
    help = (
        "Send every webhook delivery whose time has come (first attempts and due retries). "
        "Celery beat does this every minute; run it from cron where there is no Redis."
    )

    def handle(self, *args, **options):
        count = send_due()
        self.stdout.write(f"{count} webhook deliveries sent or retried.")
