"""The partner community's next experiences, offered in a booking's confirmation and voucher.

Each link carries the booking's hand-off code: following it is counted (OfferClick)
and booking through it records the hand-off for both coordinators. Showing an offer
is counted once per booking, offering and medium (OfferImpression), which is what the
network statistics measure conversion from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from chumchon.bookings.models import Booking, BookingStatus
from chumchon.bookings.voucher import site_url
from chumchon.catalog.models import Offering
from chumchon.catalog.services import published_offerings, starting_price
from chumchon.communities.models import Community
from chumchon.communities.services import convert, current_rates
from chumchon.money import Money
from chumchon.network.models import OfferImpression
from chumchon.network.services import border_crossing, handoff_code, partner_communities
from chumchon.places.models import Place, Weekday

OFFERS_PER_COMMUNITY = 4


@dataclass(frozen=True)
class Offer:
    offering: Offering
    price: Money | None
    approx: Money | None  # in the tourist's currency, at the stored rate
    link: str


@dataclass
class PartnerOffers:
    community: Community
    offers: list[Offer]
    crossing: Place | None
    hours: list[tuple[str, str]] = field(default_factory=list)
    day: dt.date | None = None
    hours_that_day: str = ""


def _span(intervals: list[tuple[dt.time, dt.time]]) -> str:
    if not intervals:
        return _("closed")
    return ", ".join(f"{a:%H:%M}–{b:%H:%M}" for a, b in intervals)


def weekly_hours(place: Place) -> list[tuple[str, str]]:
    """The checkpoint's hours by weekday, with equal days run together ("Every day")."""
    if place.always_open:
        return [(_("Every day"), "00:00–24:00")]
    by_day: dict[int, list[tuple[dt.time, dt.time]]] = {d: [] for d in range(7)}
    for hours in place.opening_hours.all():
        by_day[hours.weekday].append((hours.opens, hours.closes))
    texts = [_span(sorted(by_day[d])) for d in range(7)]
    if len(set(texts)) == 1:
        return [(_("Every day"), texts[0])]
    return [(str(Weekday(d).label), texts[d]) for d in range(7)]


def _last_day(booking: Booking) -> dt.date:
    ends = [i.slot.ends_at for i in booking.items.all() if i.slot_id]
    tz = ZoneInfo(booking.community.time_zone)
    moment = max(ends) if ends else timezone.now()
    return timezone.localtime(moment, tz).date()


def _impressions(code, offerings: list[Offering], medium: str) -> None:
    for offering in offerings:
        try:
            with transaction.atomic():
                OfferImpression.objects.get_or_create(code=code, offering=offering, medium=medium)
        except IntegrityError:  # shown twice at the same moment: once is enough
            pass


def handoff_offers(booking: Booking, medium: str, language: str = "") -> list[PartnerOffers]:
    """What the partner communities offer next, for a confirmed booking's e-mail or voucher."""
    if booking.status != BookingStatus.CONFIRMED:
        return []
    partners = partner_communities(booking.community)
    if not partners:
        return []
    code = handoff_code(booking)
    # The language the page or e-mail is being written in (e-mails override it).
    language = language or translation.get_language() or booking.language
    rates = current_rates()
    next_day = _last_day(booking) + dt.timedelta(days=1)
    blocks = []
    for community in partners:
        offerings = list(
            published_offerings()
            .filter(community=community)
            .exclude(kind="product")
            .order_by("position", "id")[:OFFERS_PER_COMMUNITY]
        )
        if not offerings:
            continue
        offers = []
        for offering in offerings:
            price = starting_price(offering)
            approx = None
            if price is not None and price.currency != booking.currency_id:
                approx = convert(price, booking.currency_id, rates=rates)
            link = site_url(f"/{language}/r/{code.code}/?o={offering.pk}")
            offers.append(Offer(offering, price, approx, link))
        _impressions(code, offerings, medium)
        crossing = border_crossing(booking.community, community)
        block = PartnerOffers(community, offers, crossing, day=next_day)
        if crossing is not None:
            block.hours = weekly_hours(crossing)
            block.hours_that_day = _span(crossing.hours_on(next_day))
        blocks.append(block)
    return blocks
