"""Credit referral commissions that are not in the ledger yet (safe to run again)."""

from django.core.management.base import BaseCommand

from chumchon.ledger.errors import LedgerError
from chumchon.network.services import commissions_missing, credit_commission


class Command(BaseCommand):
    help = "Post the commission of confirmed referred bookings that the ledger lacks."

    def handle(self, *args, **options):
        missing = list(commissions_missing())
        posted = skipped = 0
        for done, referral in enumerate(missing, 1):
            try:
                txn = credit_commission(referral.booking_id)
            except LedgerError as err:
                skipped += 1
                self.stderr.write(f"{referral.booking.reference}: {err}")
            else:
                posted += txn is not None
                skipped += txn is None
            if done % 50 == 0 or done == len(missing):
                self.stdout.write(f"{done}/{len(missing)} bookings checked")
        self.stdout.write(f"Posted {posted} commission(s); {skipped} left as they are.")
