"""Needs the lead's wiring in chumchon/payments/services.py; fails until it is there.

record_payment must call ledger.post_payment(payment), cancel_booking
ledger.post_refund(refund) and mark_refund_paid ledger.post_refund_paid(refund),
each inside the service's own transaction, so that a refusal by the ledger
changes nothing at all.
"""

from decimal import Decimal

from chumchon.bookings.tests.conftest import refused
from chumchon.ledger import services as ledger
from chumchon.ledger.models import AccountKind, Transaction
from chumchon.ledger.tests.conftest import book, finish
from chumchon.money import Money
from chumchon.payments import services as payments
from chumchon.payments.models import Refund


def test_the_payment_services_post_to_the_ledger_themselves(tha_li, weaving, providers):
    booking = book(weaving, adults=2)
    payment = payments.record_payment(booking, method="cash", amount="700", currency="THB")
    assert Transaction.objects.filter(payment=payment, kind="payment").exists()
    refund = payments.cancel_booking(booking, reason="Storm", full_refund=True)
    assert Transaction.objects.filter(refund=refund, kind="refund").exists()
    payments.mark_refund_paid(refund, method="cash")
    assert Transaction.objects.filter(refund=refund, kind="refund_paid").exists()
    assert ledger.totals(tha_li) == [Money(Decimal(0), "THB")]


def test_a_cancellation_the_ledger_refuses_changes_nothing(tha_li, weaving, providers):
    booking = book(weaving, adults=1)
    payments.record_payment(booking, method="cash", amount="350", currency="THB")
    finish(booking)
    account = ledger.get_account(tha_li, AccountKind.HOUSEHOLD, household=providers[0])
    ledger.pay_out(account, "175", method="cash")
    with refused("would_go_negative"):
        payments.cancel_booking(booking, reason="Complaint", full_refund=True)
    booking.refresh_from_db()
    assert booking.status == "confirmed" and not Refund.objects.exists()
