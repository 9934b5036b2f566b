"""The tourist's e-mail for a cross-border trip: one link to both bookings and how to pay each."""

from __future__ import annotations

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from chumchon.bookings.voucher import site_url
from chumchon.network.models import Trip
from chumchon.network.services import trip_bookings


def send_trip_held(trip_id: int) -> int:
    """E-mail the trip's link, its bookings and totals; returns how many e-mails were sent."""
    trip = Trip.objects.select_related("package").filter(pk=trip_id).first()
    if trip is None:
        return 0
    bookings = trip_bookings(trip)
    if not bookings or not bookings[0].contact_email:
        return 0
    first = bookings[0]
    with translation.override(first.language), timezone.override(first.community.time_zone):
        context = {
            "trip": trip,
            "bookings": bookings,
            "community": first.community,
            "trip_url": site_url(trip.get_absolute_url()),
            "booking_urls": [site_url(b.get_absolute_url()) for b in bookings],
        }
        message = EmailMultiAlternatives(
            subject=_("Your trip %(title)s: pay each community to confirm")
            % {"title": trip.package.title},
            body=render_to_string("network/email/trip_held.txt", context),
            to=[first.contact_email],
        )
        message.attach_alternative(
            render_to_string("network/email/trip_held.html", context), "text/html"
        )
    return message.send()
