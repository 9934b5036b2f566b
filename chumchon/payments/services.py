"""Taking and giving back money for bookings: each action one transaction."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from chumchon.bookings import signals
from chumchon.bookings.errors import refuse
from chumchon.bookings.models import Booking, BookingStatus
from chumchon.bookings.services import hold_minutes_default
from chumchon.core.audit import log_action
from chumchon.ledger import services as ledger
from chumchon.money import Money, quantum
from chumchon.payments.models import Method, Payment, Refund

# Used when an offering has no policy of its own: (at least days before, refund %).
DEFAULT_REFUND_RULES = ((7, 100), (2, 50), (0, 0))


def paid(booking: Booking) -> Money:
    # Rounded: SQLite adds decimals as floats (1e-16 instead of zero).
    total = booking.payments.aggregate(s=Sum("amount"))["s"] or Decimal(0)
    return Money.rounded(total, booking.currency_id)


def refunded(booking: Booking) -> Money:
    total = booking.refunds.aggregate(s=Sum("amount"))["s"] or Decimal(0)
    return Money.rounded(total, booking.currency_id)


def balance_due(booking: Booking) -> Money:
    return booking.total_money - paid(booking)


def _on_confirmed(booking: Booking) -> None:
    """Tell the tourist and the coordinator, after the transaction has committed."""
    from chumchon.bookings import notifications

    transaction.on_commit(lambda: notifications.booking_confirmed(booking.pk))


@transaction.atomic
def record_payment(
    booking: Booking,
    *,
    method: str,
    amount: Decimal | str,
    currency: str,
    by=None,
    slip=None,
    provider: str = "",
    provider_reference: str = "",
    note: str = "",
    require_full: bool = False,
) -> Payment:
    """Record money received for a held booking; paid in full, the booking is confirmed.

    A part payment (a deposit) is accepted up to the balance due and gives the tourist
    a fresh hold time to pay the rest. Refuses a wrong currency, an amount over the
    balance (or not positive), a payment after confirmation and an expired hold; in
    each case nothing is written. A gateway's repeated notice of one charge returns
    the payment it already made.
    """
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if provider_reference:
        existing = Payment.objects.filter(
            provider=provider, provider_reference=provider_reference
        ).first()
        if existing is not None:
            return existing
    if method not in Method.values:
        raise refuse("invalid_method")
    if currency != booking.currency_id:
        raise refuse("wrong_currency", expected=booking.currency_id)
    try:
        money = Money(Decimal(str(amount)), currency)
    except (ArithmeticError, ValueError) as exc:
        raise refuse("wrong_amount") from exc
    if booking.status == BookingStatus.CONFIRMED:
        raise refuse("already_paid")
    if booking.status != BookingStatus.PENDING_PAYMENT:
        raise refuse("not_pending")
    if not booking.is_held:
        raise refuse("hold_expired")
    due = balance_due(booking)
    if money.amount <= 0 or due < money or (require_full and money != due):
        raise refuse("wrong_amount", expected=str(due.amount))
    payment = Payment.objects.create(
        booking=booking,
        method=method,
        amount=money.amount,
        currency_id=currency,
        recorded_by=by if getattr(by, "is_authenticated", False) else None,
        slip=slip or "",
        provider=provider,
        provider_reference=provider_reference,
        note=note,
    )
    ledger.post_payment(payment, by=by)
    if money == due:
        booking.status = BookingStatus.CONFIRMED
        booking.confirmed_at = timezone.now()
        booking.expires_at = None
        booking.save(update_fields=["status", "confirmed_at", "expires_at"])
        _on_confirmed(booking)
        signals.announce(signals.booking_confirmed, booking)
    else:
        fresh = timezone.now() + dt.timedelta(minutes=hold_minutes_default())
        booking.expires_at = max(booking.expires_at, fresh)
        booking.save(update_fields=["expires_at"])
    log_action(
        by,
        "payment.received",
        booking,
        method=method,
        amount=str(money),
        balance=str((due - money).amount),
    )
    return payment


def refund_percent(item, now) -> int:
    """The share of an item's price that comes back if it is cancelled now."""
    if item.slot is None:
        days = float("inf")  # products not yet handed over come back in full
    else:
        days = (item.slot.starts_at - now).total_seconds() / 86400
    policy = item.offering.cancellation_policy
    if policy is not None:
        return policy.refund_percent(days)
    for min_days, percent in DEFAULT_REFUND_RULES:
        if days >= min_days:
            return percent
    return 0


def refund_quote(booking: Booking, *, full: bool = False, now=None) -> Money:
    """What a cancellation now would give back, by each offering's policy."""
    now = now or timezone.now()
    currency = booking.currency_id
    if booking.status != BookingStatus.CONFIRMED:
        # Not confirmed: whatever was paid towards it comes back in full.
        return paid(booking) - refunded(booking)
    if full:
        return paid(booking) - refunded(booking)
    total = Decimal(0)
    for item in booking.items.select_related("slot", "offering__cancellation_policy"):
        share = item.price * refund_percent(item, now) / 100
        total += share.quantize(quantum(currency), ROUND_HALF_UP)
    return min(Money(total, currency), paid(booking) - refunded(booking), key=lambda m: m.amount)


@transaction.atomic
def cancel_booking(
    booking: Booking,
    *,
    by=None,
    reason: str,
    full_refund: bool = False,
    refund_method: str | None = None,
) -> Refund | None:
    """Cancel a booking, free its places and record the refund it is owed.

    A tourist's cancellation follows the offerings' policies; a community's
    cancellation (weather, illness) refunds in full.
    """
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.status == BookingStatus.CANCELLED:
        raise refuse("already_cancelled")
    lapsed = booking.status == BookingStatus.EXPIRED or (
        booking.status == BookingStatus.PENDING_PAYMENT and not booking.is_held
    )
    if lapsed and not paid(booking):
        raise refuse("not_cancellable")
    now = timezone.now()
    if booking.status == BookingStatus.CONFIRMED:
        started = [
            i for i in booking.items.select_related("slot") if i.slot and i.slot.starts_at <= now
        ]
        if started and not full_refund:
            raise refuse("not_cancellable")
        amount = refund_quote(booking, full=full_refund, now=now)
    else:
        amount = refund_quote(booking, now=now)  # a deposit on an unconfirmed booking
    refund = None
    if amount.amount > 0:
        last = booking.payments.order_by("-received_at").first()
        refund = Refund.objects.create(
            booking=booking,
            amount=amount.amount,
            currency_id=booking.currency_id,
            method=refund_method or (last.method if last else Method.CASH),
            reason=reason,
            recorded_by=by if getattr(by, "is_authenticated", False) else None,
        )
        ledger.post_refund(refund, by=by)
    booking.status = BookingStatus.CANCELLED
    booking.cancelled_at = now
    booking.cancel_reason = reason[:200]
    booking.expires_at = None
    booking.save(update_fields=["status", "cancelled_at", "cancel_reason", "expires_at"])
    log_action(
        by, "booking.cancelled", booking, reason=reason, refund=str(refund.money) if refund else "0"
    )
    from chumchon.bookings import notifications

    transaction.on_commit(lambda: notifications.booking_cancelled(booking.pk))
    signals.announce(signals.booking_cancelled, booking, refund_id=refund.pk if refund else None)
    return refund


@transaction.atomic
def mark_refund_paid(refund: Refund, *, method: str, by=None) -> Refund:
    refund = Refund.objects.select_for_update().get(pk=refund.pk)
    if refund.paid_at is not None:
        raise refuse("already_paid")
    if method not in Method.values:
        raise refuse("invalid_method")
    refund.method = method
    refund.paid_at = timezone.now()
    refund.save(update_fields=["method", "paid_at"])
    ledger.post_refund_paid(refund, by=by)
    log_action(by, "refund.paid", refund.booking, method=method, amount=str(refund.money))
    return refund
