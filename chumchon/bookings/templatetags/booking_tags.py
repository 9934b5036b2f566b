"""The "Book" section of an offering page: what can be booked in the next 30 days."""

import datetime as dt
from itertools import groupby

from django import template
from django.utils import timezone

from chumchon.bookings.availability import slots_between, sold_pieces
from chumchon.catalog.models import AvailabilityType, OfferingKind
from chumchon.money import Money

register = template.Library()

BOOKING_WINDOW_DAYS = 30
FIRST_DAYS_SHOWN = 7


@register.inclusion_tag("bookings/_book_section.html")
def book_section(offering):
    """Open dates as a plain GET form to the new-booking page (works without JavaScript)."""
    context = {"offering": offering, "kind": offering.kind}
    if offering.kind == OfferingKind.PRODUCT:
        sold = sold_pieces([offering.id]).get(offering.id, 0)
        context["stock_left"] = max((offering.stock or 0) - sold, 0)
        return context
    today = timezone.localdate()
    upcoming = [
        a
        for a in slots_between(offering, today, today + dt.timedelta(days=BOOKING_WINDOW_DAYS))
        if not a.closed  # past, closed and out-of-season slots are not offered at all
    ]
    by_day = groupby(upcoming, key=lambda a: timezone.localtime(a.slot.starts_at).date())
    days = [(day, list(slots)) for day, slots in by_day]
    # The first week stays open; later dates fold away so the page stays short on a phone.
    week = today + dt.timedelta(days=FIRST_DAYS_SHOWN)
    context["days"] = days
    context["first_days"] = [d for d in days if d[0] < week]
    context["later_days"] = [d for d in days if d[0] >= week]
    context["any_bookable"] = any(a.bookable for a in upcoming)
    context["most_rooms"] = max((a.remaining for a in upcoming), default=0)
    context["whole_day"] = offering.availability_type == AvailabilityType.OPENING_HOURS
    return context


@register.filter
def item_price(item) -> Money:
    """A booked item's price as Money, in its booking's currency."""
    return Money(item.price, item.booking.currency_id)
