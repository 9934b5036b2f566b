"""A small world for ledger tests: Tha Li households that provide the weaving class.

Until the lead wires the ledger into payments/services.py, `pay()` and `cancel()`
call the posting services themselves right after the payment services; once wired,
those calls find the transaction already posted and change nothing.
"""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from chumchon.bookings.models import BookingStatus, Slot
from chumchon.bookings.services import Contact, ItemRequest, hold_places
from chumchon.bookings.tests.conftest import make_slot
from chumchon.communities.models import Household, Member, Role
from chumchon.ledger import services as ledger
from chumchon.ledger.models import Basis, Recipient, RevenueShareRule
from chumchon.money import Money
from chumchon.payments import services as payments
from chumchon.payments.models import Payment


def make_household(community, code, *members):
    household = Household.objects.create(
        community=community,
        code=code,
        name=f"Family {code}",
        consent_given=True,
        consent_date=dt.date(2026, 1, 5),
    )
    for name, gender, age, roles in members:
        member = Member.objects.create(household=household, name=name, gender=gender, age_group=age)
        member.roles.set(Role.objects.filter(code__in=roles))
    return household


@pytest.fixture
def weaver(tha_li):
    return make_household(tha_li, "TL-01", ("Noi", "female", "40-59", ["artisan", "cook"]))


@pytest.fixture
def guide_family(tha_li):
    return make_household(
        tha_li,
        "TL-02",
        ("Dam", "male", "25-39", ["guide"]),
        ("Kaew", "female", "60plus", []),
    )


@pytest.fixture
def providers(weaving, weaver, guide_family):
    weaving.providers.set([weaver, guide_family])
    return weaver, guide_family


@pytest.fixture
def default_rules(tha_li):
    """Tha Li's default: 10% to the fund, 5% platform fee, the rest to the providers."""
    return [
        RevenueShareRule.objects.create(
            community=tha_li, recipient=Recipient.FUND, basis=Basis.PERCENT, percent=10
        ),
        RevenueShareRule.objects.create(
            community=tha_li, recipient=Recipient.PLATFORM, basis=Basis.PERCENT, percent=5
        ),
        RevenueShareRule.objects.create(
            community=tha_li, recipient=Recipient.PROVIDERS, basis=Basis.REST
        ),
    ]


def slot_in(offering, days=3):
    """The offering's departure at 09:00 in `days` days, with room for everyone."""
    start = timezone.localtime().replace(hour=9, minute=0, second=0, microsecond=0)
    start += dt.timedelta(days=days)
    existing = Slot.objects.filter(offering=offering, starts_at=start).first()
    return existing or make_slot(offering, days=days, capacity=1000)


def book(offering, adults=2, children=0, days=3, slot=None, **extra):
    slot = slot or slot_in(offering, days)
    return hold_places(
        [ItemRequest(slot_id=slot.id, adults=adults, children=children)],
        Contact(name="Anna Tourist", email="anna@example.org"),
        **extra,
    )


def pay(booking, amount=None, method="cash", by=None):
    """Pay in full through the payment service, or a part (as the lead's partial payments will)."""
    booking.refresh_from_db()
    due = payments.balance_due(booking)
    if amount is None or Money(Decimal(str(amount)), booking.currency_id) == due:
        payment = payments.record_payment(
            booking, method=method, amount=due.amount, currency=booking.currency_id, by=by
        )
    else:
        payment = Payment.objects.create(
            booking=booking,
            method=method,
            amount=Decimal(str(amount)),
            currency_id=booking.currency_id,
        )
    ledger.post_payment(payment)
    booking.refresh_from_db()
    return payment


def cancel(booking, full_refund=False, by=None):
    refund = payments.cancel_booking(
        booking, reason="Plans changed", full_refund=full_refund, by=by
    )
    if refund is not None:
        ledger.post_refund(refund)
    return refund


def finish(booking):
    """Move the booking's times into the past: it has taken place (and is settled)."""
    past = timezone.now() - dt.timedelta(days=2)
    for item in booking.items.select_related("slot"):
        slot = item.slot
        slot.starts_at, slot.ends_at = past, past + dt.timedelta(hours=3)
        slot.save(update_fields=["starts_at", "ends_at"])


def is_confirmed(booking):
    booking.refresh_from_db()
    return booking.status == BookingStatus.CONFIRMED
