"""Checking guests in on the day, by the code on their voucher (typed or scanned)."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from django.db import transaction
from django.utils import timezone

from chumchon.bookings.errors import refuse
from chumchon.bookings.models import Booking, BookingStatus
from chumchon.core.audit import log_action


def reference_from(text: str) -> str:
    """The booking reference in what was typed or scanned.

    The voucher's QR code holds a URL ending in ?code=REF; a guest reading the code
    aloud gives the bare reference, perhaps in small letters or with spaces.
    """
    text = (text or "").strip()
    if "://" in text or "code=" in text:
        text = (parse_qs(urlsplit(text).query).get("code") or [""])[0]
    return re.sub(r"[\s\-]", "", text).upper()[:12]


def look_up(booking_or_code: Booking | str, community, *, lock: bool = False) -> Booking:
    """The community's booking with this code; refuses an unknown code or another community's."""
    if isinstance(booking_or_code, Booking):
        reference = booking_or_code.reference
    else:
        reference = reference_from(booking_or_code)
    bookings = Booking.objects.select_for_update() if lock else Booking.objects
    booking = bookings.filter(reference=reference).first() if reference else None
    if booking is None:
        raise refuse("not_found")
    if booking.community_id != community.pk:
        raise refuse("other_community")
    return booking


def ensure_can_check_in(booking: Booking) -> None:
    """Refuses a booking that is not confirmed or has already checked in."""
    if booking.status != BookingStatus.CONFIRMED:
        raise refuse("not_confirmed")
    if booking.checked_in_at is not None:
        raise refuse("already_checked_in")


@transaction.atomic
def check_in(booking_or_code: Booking | str, community, by=None) -> Booking:
    """Mark a confirmed booking of `community` as arrived; refuses anything else.

    The row is locked so two coordinators scanning the same voucher at the same
    moment cannot both succeed.
    """
    booking = look_up(booking_or_code, community, lock=True)
    ensure_can_check_in(booking)
    booking.checked_in_at = timezone.now()
    booking.save(update_fields=["checked_in_at"])
    log_action(by, "booking.checked_in", booking, community=community)
    return booking
