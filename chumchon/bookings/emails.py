"""Booking e-mails, each in its reader's language (text and HTML).

Called from background tasks (bookings/tasks.py), never from a booking's transaction:
a mail server that is down delays a message and never undoes a booking.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from chumchon.accounts.models import CommunityStaff, StaffRole
from chumchon.bookings.models import Booking, BookingStatus
from chumchon.bookings.voucher import site_url, voucher_pdf
from chumchon.communities.models import Community

logger = logging.getLogger(__name__)

TOURIST_CANCEL_REASON = "cancelled by the tourist"


def coordinator_recipients(community: Community) -> list[tuple[str, str]]:
    """(address, language) of the community's contact e-mail and of its coordinators.

    A coordinator's own language wins when their address is also the community's.
    """
    recipients: dict[str, str] = {}
    staff = CommunityStaff.objects.filter(
        community=community, role=StaffRole.COORDINATOR, user__is_active=True
    ).select_related("user")
    for member in staff:
        if member.user.email:
            recipients.setdefault(member.user.email.lower(), member.user.language)
    if community.contact_email:
        recipients.setdefault(community.contact_email.lower(), community.main_language)
    return list(recipients.items())


def _links(booking: Booking) -> dict[str, str]:
    """Absolute links to the tourist's pages, in the active language."""
    args = [booking.reference, booking.token]
    return {
        "booking_url": site_url(booking.get_absolute_url()),
        "voucher_url": site_url(reverse("bookings:voucher", args=args)),
        "voucher_pdf_url": site_url(reverse("bookings:voucher_pdf", args=args)),
        "cancel_url": site_url(reverse("bookings:cancel", args=args)),
    }


def _manage_url(booking: Booking) -> str:
    """The coordinator's page of this booking (or their dashboard)."""
    for name, args in (
        ("manage_bookings:detail", [booking.community.slug, booking.reference]),
        ("dashboard:home", []),
    ):
        try:
            return site_url(reverse(name, args=args))
        except NoReverseMatch:
            continue
    return ""


def _message(
    booking: Booking,
    *,
    to: str,
    language: str,
    template: str,
    subject: Callable[[], str],
    reply_to: str = "",
    **extra,
) -> EmailMultiAlternatives:
    """Render one e-mail in `language` and the community's time zone."""
    community = booking.community
    with translation.override(language), timezone.override(community.time_zone):
        context = {
            "booking": booking,
            "community": community,
            "items": list(
                booking.items.select_related("offering", "slot").order_by("slot__starts_at", "id")
            ),
            "refunds": list(booking.refunds.all()),
            "manage_url": _manage_url(booking),
            "by_tourist": booking.cancel_reason == TOURIST_CANCEL_REASON,
            **_links(booking),
            **extra,
        }
        message = EmailMultiAlternatives(
            subject=subject(),
            body=render_to_string(f"bookings/email/{template}.txt", context),
            to=[to],
            reply_to=[reply_to] if reply_to else None,
        )
        message.attach_alternative(
            render_to_string(f"bookings/email/{template}.html", context), "text/html"
        )
    return message


def _send(messages: list[EmailMultiAlternatives]) -> int:
    if not messages:
        return 0
    return get_connection().send_messages(messages) or 0


def _load(booking_id: int) -> Booking | None:
    return Booking.objects.select_related("community", "currency").filter(pk=booking_id).first()


def send_confirmation(booking_id: int, tourist: bool = True) -> int:
    """The tourist's confirmation with the voucher, and the coordinators' new-booking notice.

    `tourist=False` tells only the coordinators (a reseller that e-mails its own
    customers). Returns the number of e-mails sent. Does nothing unless the booking is
    confirmed (it may have been cancelled before this ran).
    """
    booking = _load(booking_id)
    if booking is None or booking.status != BookingStatus.CONFIRMED:
        return 0
    community = booking.community
    messages = []
    if tourist and booking.contact_email:
        message = _message(
            booking,
            to=booking.contact_email,
            language=booking.language,
            template="tourist_confirmed",
            subject=lambda: (
                gettext("Your booking %(reference)s with %(community)s is confirmed")
                % {"reference": booking.reference, "community": community.name}
            ),
            reply_to=community.contact_email,
        )
        try:
            message.attach(
                f"voucher-{booking.reference}.pdf", voucher_pdf(booking), "application/pdf"
            )
        except Exception:  # noqa: BLE001 - the links in the e-mail still lead to the voucher
            logger.exception("voucher PDF for booking %s failed", booking.reference)
        messages.append(message)
    for address, language in coordinator_recipients(community):
        messages.append(
            _message(
                booking,
                to=address,
                language=language,
                template="coordinator_new",
                subject=lambda: (
                    gettext("New booking %(reference)s: %(name)s")
                    % {"reference": booking.reference, "name": booking.contact_name}
                ),
                reply_to=booking.contact_email,
            )
        )
    return _send(messages)


def send_cancellation(booking_id: int) -> int:
    """Tell the tourist (with the refund) and the coordinators that a booking is cancelled.

    Only for bookings that were confirmed or had money paid towards them: an unpaid
    hold that is given up was never announced, so its end is not either.
    """
    booking = _load(booking_id)
    if booking is None or booking.status != BookingStatus.CANCELLED:
        return 0
    if booking.confirmed_at is None and not booking.refunds.exists():
        return 0
    community = booking.community
    messages = []
    if booking.contact_email:
        messages.append(
            _message(
                booking,
                to=booking.contact_email,
                language=booking.language,
                template="tourist_cancelled",
                subject=lambda: (
                    gettext("Your booking %(reference)s with %(community)s is cancelled")
                    % {"reference": booking.reference, "community": community.name}
                ),
                reply_to=community.contact_email,
            )
        )
    for address, language in coordinator_recipients(community):
        messages.append(
            _message(
                booking,
                to=address,
                language=language,
                template="coordinator_cancelled",
                subject=lambda: (
                    gettext("Booking %(reference)s cancelled: %(name)s")
                    % {"reference": booking.reference, "name": booking.contact_name}
                ),
                reply_to=booking.contact_email,
            )
        )
    return _send(messages)
