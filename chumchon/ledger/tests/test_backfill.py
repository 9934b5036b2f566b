"""Payments and refunds recorded before the ledger was wired in are posted once."""

from io import StringIO

from django.core.management import call_command

from chumchon.ledger import services as ledger
from chumchon.ledger.models import Transaction
from chumchon.ledger.tests.conftest import book
from chumchon.payments import services as payments


def test_backfill_posts_what_is_missing_and_only_once(tha_li, weaving, providers):
    booking = book(weaving, adults=2)
    payments.record_payment(booking, method="cash", amount="700", currency="THB")
    refund = payments.cancel_booking(booking, reason="Rain", full_refund=True)
    payments.mark_refund_paid(refund, method="cash")
    out = StringIO()
    call_command("ledgerbackfill", stdout=out)
    call_command("ledgerbackfill", "--community", "t-tha-li", stdout=StringIO())
    kinds = sorted(Transaction.objects.values_list("kind", flat=True))
    assert kinds == ["payment", "refund", "refund_paid"]
    assert ledger.totals(tha_li)[0].amount == 0
