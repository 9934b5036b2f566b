"""Marketing services: promotion codes, reviews, and the community's own public page.

Each function is one transaction and writes the audit log where people act.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Avg, Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chumchon.bookings.errors import refuse
from chumchon.bookings.models import Booking, BookingItem, BookingStatus
from chumchon.core.audit import log_action
from chumchon.core.models import Photo
from chumchon.marketing.discounts import discount_for
from chumchon.marketing.errors import ReviewRefused
from chumchon.marketing.models import (
    OfferingRating,
    PromoCode,
    PromoRedemption,
    Review,
    ReviewInvitation,
    normalise_code,
)
from chumchon.money import Money

logger = logging.getLogger(__name__)

# --- Promotion codes ------------------------------------------------------------------


@dataclass(frozen=True)
class PricedLine:
    """One line of a booking as a promotion code sees it."""

    offering_id: int
    price: Money
    guests: int = 0


def redemptions_in_use(promo: PromoCode, now: dt.datetime) -> int:
    """Bookings that count against the code's limit, recounted from the rows.

    A confirmed booking keeps its use; an unpaid hold keeps it only while held, so a
    lapsed hold gives the use back with no clean-up job (as places come back).
    """
    return (
        promo.redemptions.filter(
            Q(booking__status=BookingStatus.CONFIRMED)
            | Q(booking__status=BookingStatus.PENDING_PAYMENT, booking__expires_at__gt=now)
        )
        .values("booking_id")
        .count()
    )


def _find(code: str, community, *, lock: bool) -> PromoCode:
    queryset = PromoCode.objects.filter(community=community, code=normalise_code(code))
    if lock:
        queryset = queryset.select_for_update()
    promo = queryset.first()
    if promo is None:
        raise refuse("promo_unknown")
    promo.community = community  # known already: no query for its currency
    return promo


def _discounts(promo: PromoCode, lines: list[PricedLine], now: dt.datetime) -> list[Money]:
    """Check every rule of the code against these lines; what comes off each line."""
    if not promo.is_active:
        raise refuse("promo_expired")
    if promo.valid_from and now < promo.valid_from:
        raise refuse("promo_not_started")
    if promo.valid_to and now >= promo.valid_to:
        raise refuse("promo_expired")
    scope = set(promo.offerings.values_list("id", flat=True))
    eligible = [not scope or line.offering_id in scope for line in lines]
    if not any(eligible):
        raise refuse("promo_not_applicable")
    currency = promo.community.currency_id
    total = sum((line.price for line in lines), Money.zero(currency))
    if promo.min_total is not None and total.amount < promo.min_total:
        raise refuse("promo_not_applicable", min_total=str(promo.min_total))
    guests = max((line.guests for line in lines), default=0)
    if promo.min_guests and guests < promo.min_guests:
        raise refuse("promo_not_applicable", min_guests=promo.min_guests)
    if promo.max_redemptions is not None and (
        redemptions_in_use(promo, now) >= promo.max_redemptions
    ):
        raise refuse("promo_used_up")
    off = discount_for(
        [line.price for line in lines],
        eligible,
        percent=promo.percent,
        amount=promo.amount_money,
    )
    if not sum((m.amount for m in off), Decimal(0)):
        raise refuse("promo_not_applicable")  # the lines it covers cost nothing
    return off


def preview_promo(
    code: str, community, lines: list[PricedLine], now: dt.datetime | None = None
) -> Money:
    """The discount a code would give these lines now (for showing the price; holds nothing).

    Refuses with the same BookingError codes as the booking itself.
    """
    promo = _find(code, community, lock=False)
    off = _discounts(promo, lines, now or timezone.now())
    return sum(off, Money.zero(community.currency_id))


def redeem_promo(code: str, booking: Booking, items: list[BookingItem], now: dt.datetime) -> Money:
    """Apply a promotion code to a booking being held; called inside the hold's transaction.

    The race is here: the last use of a limited code. The code's row is locked (after
    the slots and stock the hold already locked, always in that order) and its uses
    recounted from the bookings, so two tourists can never both take the last one.
    Lowers each covered line's price and the booking's total, records the use and
    returns the discount; refuses (and so rolls the whole hold back) otherwise.
    """
    currency = booking.currency_id
    if not normalise_code(code):
        return Money.zero(currency)
    promo = _find(code, booking.community, lock=True)
    lines = [
        PricedLine(item.offering_id, Money(item.price, currency), item.adults + item.children)
        for item in items
    ]
    off = _discounts(promo, lines, now)
    changed = []
    for item, minus in zip(items, off, strict=True):
        if minus:
            item.price = (Money(item.price, currency) - minus).amount
            changed.append(item)
    BookingItem.objects.bulk_update(changed, ["price"])
    discount = sum(off, Money.zero(currency))
    before = booking.total
    booking.total = (Money(booking.total, currency) - discount).amount
    booking.save(update_fields=["total"])
    PromoRedemption.objects.create(
        promo=promo,
        booking=booking,
        discount=discount.amount,
        currency_id=currency,
        total_before=before,
    )
    return discount


@transaction.atomic
def save_promo(form, *, by) -> PromoCode:
    """Save a coordinator's new or changed promotion code (form: PromoCodeForm)."""
    created = form.instance.pk is None
    promo = form.save(commit=False)
    if created:
        promo.created_by = by
    promo.save()
    form.save_m2m()
    log_action(
        by,
        "promo.created" if created else "promo.changed",
        promo,
        fields=sorted(form.changed_data),
    )
    return promo


# --- Reviews --------------------------------------------------------------------------

REVIEW_SALT = "chumchon.marketing.review"
REVIEW_LINK_DAYS = 180  # long enough for a tourist back home to get round to it
INVITE_WITHIN_DAYS = 14  # trips that ended longer ago than this get no e-mail


def trip_end(booking: Booking) -> dt.datetime | None:
    """When the booking's last slot ends (None for a booking without slots)."""
    return booking.items.aggregate(end=Max("slot__ends_at"))["end"]


def may_review(booking: Booking, now: dt.datetime | None = None) -> None:
    """Refuse unless this is a real, paid visit that has ended and has no review yet."""
    now = now or timezone.now()
    if booking.status != BookingStatus.CONFIRMED:
        raise ReviewRefused("not_confirmed")
    end = trip_end(booking)
    if end is None or end > now:
        raise ReviewRefused("trip_not_ended")
    if Review.objects.filter(booking=booking).exists():
        raise ReviewRefused("already_reviewed")


def review_token(booking: Booking) -> str:
    """The signed secret in the review link: names the booking, cannot be forged."""
    return signing.dumps({"b": booking.pk, "t": booking.token[:8]}, salt=REVIEW_SALT)


def booking_for_review_token(token: str) -> Booking:
    try:
        data = signing.loads(token, salt=REVIEW_SALT, max_age=dt.timedelta(days=REVIEW_LINK_DAYS))
    except signing.BadSignature as exc:
        raise ReviewRefused("review_link_invalid") from exc
    booking = (
        Booking.objects.select_related("community").filter(pk=data.get("b")).first()
        if isinstance(data, dict)
        else None
    )
    # The booking's own secret too: a link stays tied to the booking it was made for.
    if booking is None or booking.token[:8] != data.get("t"):
        raise ReviewRefused("review_link_invalid")
    return booking


def first_name(full_name: str) -> str:
    """Only the first name is ever shown (PDPA)."""
    parts = (full_name or "").split()
    return parts[0][:40] if parts else ""


@transaction.atomic
def write_review(
    booking: Booking,
    *,
    rating: int,
    text: str = "",
    language: str = "en",
    reviewer_name: str = "",
    reviewer_country: str = "",
    offering_ratings: dict[int, int] | None = None,
    now: dt.datetime | None = None,
    notify: bool = True,
) -> Review:
    """The tourist's review of their ended visit: once per booking, stars 1 to 5.

    The coordinators are told by e-mail (after commit) unless `notify` is False.
    """
    booking = Booking.objects.select_for_update().select_related("community").get(pk=booking.pk)
    may_review(booking, now)
    ratings = {k: v for k, v in (offering_ratings or {}).items() if v}
    if any(not (1 <= int(r) <= 5) for r in [rating, *ratings.values()]):
        raise ReviewRefused("invalid_rating")
    booked = set(booking.items.values_list("offering_id", flat=True))
    try:
        with transaction.atomic():
            review = Review.objects.create(
                booking=booking,
                community=booking.community,
                rating=rating,
                text=text.strip(),
                language=language,
                reviewer_name=first_name(reviewer_name) or first_name(booking.contact_name),
                reviewer_country=reviewer_country.strip()[:60],
                created_at=now or timezone.now(),
            )
    except IntegrityError as exc:  # a second tab submitted first
        raise ReviewRefused("already_reviewed") from exc
    OfferingRating.objects.bulk_create(
        OfferingRating(review=review, offering_id=offering_id, rating=stars)
        for offering_id, stars in ratings.items()
        if offering_id in booked
    )
    log_action(None, "review.written", review, rating=rating)
    if notify:
        transaction.on_commit(lambda: _notify_new_review(review.pk))
    return review


def _notify_new_review(review_id: int) -> None:
    from chumchon.bookings.tasks import enqueue
    from chumchon.marketing.tasks import notify_new_review

    enqueue(notify_new_review, review_id)


@transaction.atomic
def hide_review(review: Review, *, by, reason: str) -> Review:
    """Take an abusive review off the public pages; its text is kept as written."""
    review.is_hidden = True
    review.hidden_reason = reason.strip()[:200]
    review.save(update_fields=["is_hidden", "hidden_reason"])
    log_action(by, "review.hidden", review, reason=review.hidden_reason)
    return review


@transaction.atomic
def show_review(review: Review, *, by) -> Review:
    review.is_hidden = False
    review.save(update_fields=["is_hidden"])
    log_action(by, "review.shown", review)
    return review


@transaction.atomic
def reply_to_review(review: Review, *, by, text: str) -> Review:
    """The community's public answer (empty text takes the answer down)."""
    review.reply = text.strip()
    review.replied_at = timezone.now() if review.reply else None
    review.replied_by = by if review.reply else None
    review.save(update_fields=["reply", "replied_at", "replied_by"])
    log_action(by, "review.replied" if review.reply else "review.reply_removed", review)
    return review


@dataclass(frozen=True)
class RatingSummary:
    average: Decimal | None
    count: int

    @property
    def stars(self) -> int:
        return int((self.average or 0).quantize(Decimal(1), ROUND_HALF_UP))


def _summary(values: dict) -> RatingSummary:
    average = values["average"]
    if average is not None:
        average = Decimal(str(average)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return RatingSummary(average, values["count"] or 0)


def community_rating(community) -> RatingSummary:
    return _summary(
        Review.objects.filter(community=community, is_hidden=False).aggregate(
            average=Avg("rating"), count=Count("id")
        )
    )


def offering_rating(offering) -> RatingSummary:
    return _summary(
        OfferingRating.objects.filter(offering=offering, review__is_hidden=False).aggregate(
            average=Avg("rating"), count=Count("id")
        )
    )


def ratings_for(offerings) -> dict[int, RatingSummary]:
    """The rating of each of these offerings that has one, in one query (for listings)."""
    ids = [o.pk if hasattr(o, "pk") else o for o in offerings]
    rows = (
        OfferingRating.objects.filter(offering_id__in=ids, review__is_hidden=False)
        .values("offering_id")
        .annotate(average=Avg("rating"), count=Count("id"))
    )
    return {row["offering_id"]: _summary(row) for row in rows}


def public_reviews(*, community=None, offering=None):
    """Visible reviews, newest first: of a community, or that rated an offering."""
    queryset = Review.objects.filter(is_hidden=False)
    if offering is not None:
        queryset = queryset.filter(offering_ratings__offering=offering)
    elif community is not None:
        queryset = queryset.filter(community=community)
    return queryset.prefetch_related("offering_ratings__offering").distinct()


def bookings_to_invite(now: dt.datetime):
    """Confirmed bookings with an e-mail whose last slot ended in the last two weeks,
    never invited and not yet reviewed."""
    return (
        Booking.objects.filter(status=BookingStatus.CONFIRMED)
        .exclude(contact_email="")
        .filter(review_invitation__isnull=True, review__isnull=True)
        .annotate(trip_end=Max("items__slot__ends_at"))
        .filter(trip_end__lte=now, trip_end__gt=now - dt.timedelta(days=INVITE_WITHIN_DAYS))
        .select_related("community")
    )


def invite_reviewers(now: dt.datetime | None = None) -> int:
    """Send each ended visit's tourist one e-mail asking for a review; returns how many."""
    from chumchon.marketing.emails import send_review_invitation

    now = now or timezone.now()
    sent = 0
    for booking in bookings_to_invite(now):
        with transaction.atomic():
            invitation, created = ReviewInvitation.objects.get_or_create(
                booking=booking, defaults={"sent_at": now}
            )
            if not created:
                continue  # another worker took it
            try:
                send_review_invitation(booking)
            except Exception:  # noqa: BLE001 - one bad address never stops the others
                logger.exception("review invitation for booking %s failed", booking.reference)
                transaction.set_rollback(True)  # try again tomorrow
                continue
            sent += 1
    return sent


# --- The community's page and photos --------------------------------------------------

MAX_PHOTO_BYTES = 12 * 1024 * 1024
MAX_PHOTO_SIDE = 2400  # enough for any screen; phone photos are often 4000+ pixels
PHOTO_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def prepared_photo(upload) -> ContentFile:
    """Check an uploaded photo and make it web-ready.

    Only JPEG, PNG or WebP under 12 MB. Turned upright and scaled down, and saved
    again without its metadata: a phone photo's EXIF carries the GPS position of the
    family's house.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    if upload.size > MAX_PHOTO_BYTES:
        raise ValidationError(_("The photo is larger than 12 MB."), code="too_big")
    try:
        upload.seek(0)
        image = Image.open(upload)
        kind = image.format
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise ValidationError(_("This file is not a photo we can read."), code="invalid") from exc
    if kind not in PHOTO_FORMATS:
        raise ValidationError(_("Upload a JPEG, PNG or WebP photo."), code="format")
    image = ImageOps.exif_transpose(image)
    image.thumbnail((MAX_PHOTO_SIDE, MAX_PHOTO_SIDE))
    out = io.BytesIO()
    if kind == "JPEG":
        image.convert("RGB").save(out, format="JPEG", quality=85, optimize=True)
    else:
        image.save(out, format=kind)
    name = (upload.name or "photo").rsplit(".", 1)[0][:60] or "photo"
    return ContentFile(out.getvalue(), name=f"{name}.{PHOTO_FORMATS[kind]}")


@transaction.atomic
def save_page(form, highlights, *, by) -> None:
    """Save the community's texts (form) and highlights (formset) together."""
    community = form.save()
    highlights.save()
    log_action(
        by,
        "community.page_changed",
        community,
        community=community,
        fields=sorted(form.changed_data),
        highlights=sum(1 for f in highlights.forms if f.has_changed()),
    )


def _renumber(photos: list[Photo]) -> None:
    for index, photo in enumerate(photos):
        if photo.position != index:
            photo.position = index
            photo.save(update_fields=["position"])


def photos_of(subject) -> list[Photo]:
    return list(subject.photos.order_by("position", "id"))


@transaction.atomic
def add_photo(subject, form, *, by, community) -> Photo:
    """Add a photo (form: PhotoForm, already valid) at the end of the subject's photos."""
    photo = form.save(commit=False)
    photo.subject = subject
    photo.position = subject.photos.count()
    photo.image = prepared_photo(form.cleaned_data["image"])
    photo.save()
    log_action(by, "photo.added", photo, community=community, subject=str(subject))
    return photo


@transaction.atomic
def move_photo(photo: Photo, *, by, community, step: int) -> None:
    """Move a photo earlier (-1) or later (+1); the first photo is the cover."""
    photos = photos_of(photo.subject)
    index = next(i for i, p in enumerate(photos) if p.pk == photo.pk)
    target = min(max(index + step, 0), len(photos) - 1)
    photos.insert(target, photos.pop(index))
    _renumber(photos)
    log_action(by, "photo.moved", photo, community=community, position=target)


@transaction.atomic
def make_cover(photo: Photo, *, by, community) -> None:
    """Make this photo the cover: the first one, shown on share cards and previews."""
    photos = photos_of(photo.subject)
    photos.sort(key=lambda p: p.pk != photo.pk)
    _renumber(photos)
    log_action(by, "photo.made_cover", photo, community=community)


@transaction.atomic
def remove_photo(photo: Photo, *, by, community) -> None:
    subject = photo.subject
    log_action(by, "photo.removed", photo, community=community, image=photo.image.name)
    name, storage = photo.image.name, photo.image.storage
    photo.delete()
    transaction.on_commit(lambda: storage.delete(name))  # the file goes only if the row does
    _renumber(photos_of(subject))
