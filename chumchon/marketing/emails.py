"""The post-trip e-mail asking for a review, in the tourist's language (text and HTML)."""

from __future__ import annotations

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from chumchon.bookings.models import Booking
from chumchon.bookings.voucher import site_url


def review_url(booking: Booking, language: str | None = None) -> str:
    from chumchon.marketing.services import review_token

    with translation.override(language or booking.language):
        return site_url(reverse("marketing:review", args=[review_token(booking)]))


def send_review_invitation(booking: Booking) -> int:
    """One e-mail to the booking's contact with the signed one-time review link."""
    community = booking.community
    with translation.override(booking.language):
        context = {
            "booking": booking,
            "community": community,
            "first_name": (booking.contact_name.split() or [""])[0],
            "review_url": review_url(booking),
            "offerings": sorted({item.offering.title for item in booking.items.all()}),
        }
        message = EmailMultiAlternatives(
            subject=gettext("How was your visit to %(community)s?") % {"community": community.name},
            body=render_to_string("marketing/email/review_invitation.txt", context),
            to=[booking.contact_email],
            reply_to=[community.contact_email] if community.contact_email else None,
        )
        message.attach_alternative(
            render_to_string("marketing/email/review_invitation.html", context), "text/html"
        )
    return message.send()


def send_new_review_notice(review_id: int) -> int:
    """Tell the community's coordinators (in their languages) that a review came in."""
    from chumchon.bookings.emails import coordinator_recipients
    from chumchon.marketing.models import Review

    review = Review.objects.select_related("community").filter(pk=review_id).first()
    if review is None:
        return 0
    community = review.community
    messages = []
    for address, language in coordinator_recipients(community):
        with translation.override(language):
            context = {
                "review": review,
                "community": community,
                "manage_url": site_url(reverse("marketing:reviews", args=[community.slug])),
            }
            message = EmailMultiAlternatives(
                subject=gettext("New review of %(community)s: %(stars)s")
                % {
                    "community": community.name,
                    "stars": "★" * review.rating,
                },
                body=render_to_string("marketing/email/new_review.txt", context),
                to=[address],
            )
            message.attach_alternative(
                render_to_string("marketing/email/new_review.html", context), "text/html"
            )
            messages.append(message)
    if not messages:
        return 0
    from django.core.mail import get_connection

    return get_connection().send_messages(messages) or 0
