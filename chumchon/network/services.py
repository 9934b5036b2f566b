"""The community network's operations: referrals and their commission, hand-offs, packages.

Each service is one transaction. The booking services are never edited for the
network: a referral is attached right after a booking is held, and the ledger is
told about commissions when the booking signals say a booking was confirmed.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chumchon.accounts.models import StaffRole
from chumchon.accounts.permissions import can_manage
from chumchon.bookings.errors import BookingError
from chumchon.bookings.models import Booking, BookingStatus, Slot
from chumchon.bookings.services import Contact, ItemRequest, hold_places
from chumchon.catalog.models import Offering, OfferingKind
from chumchon.communities.models import Community
from chumchon.core.audit import log_action
from chumchon.ledger.sharing import guests_of
from chumchon.money import Money
from chumchon.network.models import (
    Agreement,
    AgreementStatus,
    CodeKind,
    CrossBorderPackage,
    HandOff,
    HandOffStatus,
    NetRate,
    OfferClick,
    Partner,
    PartnerKind,
    Referral,
    ReferralCode,
    ReferralSource,
    Trip,
)
from chumchon.places.models import Place, PlaceCategory


class NetworkError(Exception):
    """Refused: nothing was changed. `code` is stable; `message` in the reader's language."""

    def __init__(self, code: str, message):
        self.code = code
        self.message = message
        super().__init__(code)

    def __str__(self) -> str:
        return str(self.message)


# --- Partners ----------------------------------------------------------------------------


def partner_for_community(community: Community) -> Partner:
    """The Partner row that stands for a community in the network (made on first use)."""
    existing = Partner.objects.filter(community=community).first()
    if existing is not None:
        return existing
    slug = community.slug
    if Partner.objects.filter(slug=slug).exists():
        slug = f"community-{community.slug}"
    return Partner.objects.create(
        slug=slug,
        kind=PartnerKind.COMMUNITY,
        community=community,
        country_id=community.country_id,
        name_en=community.name_en or community.name,
        name_th=community.name_th or "",
        name_lo=community.name_lo or "",
        contact_phone=community.contact_phone,
    )


def partner_of_key(api_key) -> Partner | None:
    """The partner a partner-scope API key sells for, if it is linked to one."""
    if api_key is None or api_key.role != "partner":
        return None
    # A key found by api.keys.find_key already says (None: no active partner).
    known = getattr(api_key, "active_partner_id", _UNKNOWN)
    if known is None:
        return None
    partners = Partner.objects.filter(is_active=True)
    if known is not _UNKNOWN:
        return partners.filter(pk=known).first()
    return partners.filter(api_keys__key=api_key).first()


_UNKNOWN = object()


def normalise_code(text: str | None) -> str:
    return (text or "").strip().upper()


def find_code(text: str | None) -> ReferralCode | None:
    """The active referral code for this text (any case), or None."""
    code = normalise_code(text)
    if not code:
        return None
    return (
        ReferralCode.objects.select_related("partner", "origin_booking")
        .filter(code=code, is_active=True, partner__is_active=True)
        .first()
    )


# --- Agreements and commission ----------------------------------------------------------


def agreement_for(community: Community, partner: Partner, day: dt.date) -> Agreement | None:
    """The agreement in force between the community and the partner on `day`.

    Agreements may be renewed with new terms: the one that started last wins.
    """
    return (
        Agreement.objects.filter(
            community=community,
            partner=partner,
            status=AgreementStatus.ACTIVE,
            valid_from__lte=day,
        )
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=day))
        .order_by("-valid_from", "-id")
        .first()
    )


def covers(agreement: Agreement, offering_id: int) -> bool:
    if agreement.uses_net_rates:
        return agreement.net_rates.filter(offering_id=offering_id).exists()
    return agreement.all_offerings or agreement.offerings.filter(pk=offering_id).exists()


def commission_for(booking: Booking, agreement: Agreement | None) -> Money:
    """The commission the agreement gives on this booking, exact in its currency.

    A percentage is of the price of the covered items (rounded once, half up); with net
    rates the partner earns, per item, the price less the net rate per guest (or piece),
    never below nothing nor above the price.
    """
    currency = booking.currency_id
    zero = Money.zero(currency)
    if agreement is None:
        return zero
    items = list(booking.items.all())
    if agreement.uses_net_rates:
        rates = {
            r.offering_id: Money(r.amount, currency)
            for r in NetRate.objects.filter(agreement=agreement)
        }
        total = zero
        for item in items:
            if item.offering_id not in rates:
                continue
            price = Money(item.price, currency)
            keep = rates[item.offering_id] * guests_of(item)
            earned = price - keep
            total += min(max(earned, zero, key=lambda m: m.amount), price, key=lambda m: m.amount)
        return total
    covered = {o for o in agreement.offerings.values_list("pk", flat=True)}
    base = sum(
        (item.price for item in items if agreement.all_offerings or item.offering_id in covered),
        Decimal(0),
    )
    return Money.rounded(base * agreement.commission_percent / 100, currency)


def booking_day(booking: Booking) -> dt.date:
    """The day a booking was made, in its community's time zone (agreements are by day)."""
    moment = booking.created_at or timezone.now()
    return timezone.localtime(moment, ZoneInfo(booking.community.time_zone)).date()


# --- Referrals ------------------------------------------------------------------------------


# No savepoint of its own: inside a hold, it is part of the hold's transaction.
@transaction.atomic(savepoint=False)
def attach_referral(
    booking: Booking, code: str | ReferralCode | None = None, *, api_key=None
) -> Referral | None:
    """Record who brought the booking, with the commission of the agreement valid that day.

    A code (a referral link, or a hand-off from a partner community's confirmation)
    wins over the partner key that made the booking. A booking has at most one
    referral: attaching again returns the first. A community never refers itself, and
    an unknown code is ignored (the tourist still books). A hand-off code also starts
    the hand-off record that both coordinators follow.
    """
    # A booking just held has no referral yet (saves a query on every sale).
    if not getattr(booking, "just_held", False):
        existing = Referral.objects.filter(booking=booking).first()
        if existing is not None:
            return existing
    found = code if isinstance(code, ReferralCode) else find_code(code)
    partner = None
    if found is not None:
        partner = found.partner
        source = ReferralSource.HANDOFF if found.kind == CodeKind.HANDOFF else ReferralSource.LINK
    else:
        partner = partner_of_key(api_key or booking.api_key)
        source = ReferralSource.API_KEY
    if partner is None or partner.community_id == booking.community_id:
        return None
    agreement = agreement_for(booking.community, partner, booking_day(booking))
    commission = commission_for(booking, agreement)
    try:
        with transaction.atomic():
            referral = Referral.objects.create(
                booking=booking,
                partner=partner,
                code=found,
                source=source,
                agreement=agreement,
                commission=commission.amount,
                currency_id=booking.currency_id,
            )
    except IntegrityError:  # the same booking attached at the same moment
        return Referral.objects.get(booking=booking)
    if source == ReferralSource.HANDOFF and partner.community_id:
        _start_handoff(booking, found, partner.community)
    log_action(
        None,
        "network.referral",
        booking,
        partner=partner.slug,
        source=source,
        commission=str(commission),
        agreement=agreement.pk if agreement else None,
    )
    return referral


def border_crossing(*communities: Community) -> Place | None:
    """The border checkpoint between the communities (the first published one found)."""
    return (
        Place.objects.filter(
            community__in=[c for c in communities if c is not None],
            category=PlaceCategory.BORDER,
            is_published=True,
        )
        .prefetch_related("opening_hours", "opening_exceptions")
        .order_by("id")
        .first()
    )


def _first_day(booking: Booking) -> dt.date:
    starts = [i.slot.starts_at for i in booking.items.select_related("slot") if i.slot_id]
    if not starts:
        return booking_day(booking)
    return timezone.localtime(min(starts), ZoneInfo(booking.community.time_zone)).date()


def _guests(booking: Booking) -> int:
    return max((i.adults + i.children for i in booking.items.all()), default=0) or 1


def _start_handoff(booking: Booking, code: ReferralCode, sender: Community) -> HandOff:
    handoff, _created = HandOff.objects.update_or_create(
        onward_booking=booking,
        defaults={
            "from_community": sender,
            "to_community": booking.community,
            "origin_booking": code.origin_booking,
            "group_name": booking.contact_name,
            "group_size": _guests(booking),
            "day": _first_day(booking),
            "crossing": border_crossing(sender, booking.community),
            "status": HandOffStatus.BOOKED,
        },
    )
    return handoff


@transaction.atomic
def credit_commission(booking_id: int):
    """On confirmation: credit the referral's commission to the referrer in the ledger.

    The community that sold the booking owes it, so it is posted in that community's
    ledger (in its currency) to the referrer's partner account. Returns the ledger
    transaction, or None when there is nothing to credit.
    """
    from chumchon.ledger import services as ledger
    from chumchon.ledger.models import AccountKind, BookingShare

    booking = Booking.objects.select_related("community").get(pk=booking_id)
    HandOff.objects.filter(onward_booking=booking, status=HandOffStatus.BOOKED).update(
        status=HandOffStatus.EXPECTED
    )
    referral = Referral.objects.select_related("partner").filter(booking=booking).first()
    if referral is None or not referral.commission_money:
        return None
    if BookingShare.objects.filter(booking=booking, account__kind=AccountKind.PARTNER).exists():
        # The community's own sharing rules already pay a partner out of this booking's
        # price: paying the agreement's commission on top would pay the sale twice.
        log_action(None, "network.commission_in_rules", booking, partner=referral.partner.slug)
        return None
    account = ledger.get_account(
        booking.community,
        AccountKind.PARTNER,
        partner_community_id=referral.partner.community_id,
        partner_id=None if referral.partner.community_id else referral.partner_id,
    )
    txn = ledger.post_commission(booking, account, referral.commission_money)
    if txn is not None:
        credited = -txn.entries.get(account=account).money
        log_action(
            None,
            "network.commission_credited",
            booking,
            partner=referral.partner.slug,
            amount=str(credited),
        )
    return txn


def commissions_missing():
    """Confirmed referred bookings whose commission is not in the ledger yet (e.g. the
    ledger refused it while a month was being closed, or a worker died after commit)."""
    from chumchon.ledger.models import TransactionKind

    return (
        Referral.objects.filter(booking__status=BookingStatus.CONFIRMED, commission__gt=0)
        .exclude(booking__ledger_transactions__kind=TransactionKind.COMMISSION)
        .select_related("booking")
        .order_by("booking__confirmed_at", "pk")
    )


def partner_account(referral: Referral):
    from chumchon.ledger.models import Account, AccountKind

    lookup = {"community_id": referral.booking.community_id, "kind": AccountKind.PARTNER}
    if referral.partner.community_id:
        lookup["partner_community_id"] = referral.partner.community_id
    else:
        lookup["partner_id"] = referral.partner_id
    return Account.objects.filter(**lookup).first()


@dataclass(frozen=True)
class Earned:
    credited: Money
    reversed: Money

    @property
    def net(self) -> Money:
        return self.credited - self.reversed


def commission_earned(referral: Referral) -> Earned:
    """What the ledger credited the referrer for this booking, and what refunds took back."""
    from django.db.models import Sum

    from chumchon.ledger.models import Entry, TransactionKind
    from chumchon.ledger.services import summed

    currency = referral.currency_id
    account = partner_account(referral)
    if account is None:
        return Earned(Money.zero(currency), Money.zero(currency))
    rows = (
        Entry.objects.filter(account=account, transaction__booking_id=referral.booking_id)
        .values("transaction__kind")
        .annotate(s=Sum("amount"))
        .order_by()
    )
    by_kind = {r["transaction__kind"]: summed(r["s"], currency) for r in rows}
    credited = -by_kind.get(TransactionKind.COMMISSION, Money.zero(currency))
    taken = by_kind.get(TransactionKind.REFUND, Money.zero(currency))
    return Earned(credited, taken)


def note_cancellation(booking_id: int, refund_id: int | None) -> None:
    """On cancellation: the hand-off is off; record what the refund took back from the
    referrer (the refund itself reversed it in the ledger, in the same transaction)."""
    booking = Booking.objects.select_related("community").get(pk=booking_id)
    HandOff.objects.filter(onward_booking=booking).exclude(
        status__in=[HandOffStatus.ARRIVED, HandOffStatus.NO_SHOW]
    ).update(status=HandOffStatus.CANCELLED)
    referral = Referral.objects.select_related("partner").filter(booking=booking).first()
    if referral is None or refund_id is None:
        return
    earned = commission_earned(referral)
    if earned.reversed:
        log_action(
            None,
            "network.commission_reversed",
            booking,
            partner=referral.partner.slug,
            reversed=str(earned.reversed),
            refund=refund_id,
        )


@transaction.atomic
def save_agreement(form, net_rates=None, *, by) -> Agreement:
    """Save a checked agreement form and its net rates (if any), together.

    Bookings keep the commission fixed when they were made.
    """
    created = form.instance.pk is None
    if created:
        form.instance.created_by = by if getattr(by, "is_authenticated", False) else None
    agreement = form.save()
    if net_rates is not None:
        net_rates.instance = agreement
        for row in net_rates.save(commit=False):
            if row.offering_id and row.amount is not None:
                row.agreement = agreement
                row.save()
        for row in net_rates.deleted_objects:
            row.delete()
    log_action(
        by,
        "network.agreement_created" if created else "network.agreement_changed",
        agreement,
        partner=agreement.partner.slug,
        commission_percent=str(agreement.commission_percent),
        net_rates={str(r.offering_id): str(r.amount) for r in agreement.net_rates.all()},
        valid_from=agreement.valid_from.isoformat(),
        valid_to=agreement.valid_to.isoformat() if agreement.valid_to else None,
        status=agreement.status,
    )
    return agreement


# --- Referral links -----------------------------------------------------------------------


@transaction.atomic
def record_click(code: ReferralCode, offering_id: int | None) -> Offering | None:
    """Count a followed link; returns the offering it leads to (published), if any."""
    offering = None
    target = offering_id or code.offering_id
    if target:
        offering = (
            Offering.objects.select_related("community")
            .filter(pk=target, is_published=True, community__is_published=True)
            .first()
        )
    OfferClick.objects.create(code=code, offering=offering)
    return offering


@transaction.atomic
def create_code(
    partner: Partner,
    *,
    community: Community | None = None,
    offering: Offering | None = None,
    label: str = "",
    code: str = "",
    by=None,
) -> ReferralCode:
    """A new referral link for a partner (optionally landing on a community or offering)."""
    row = ReferralCode(partner=partner, community=community, offering=offering, label=label[:120])
    if code:
        row.code = normalise_code(code)
    row.full_clean()
    row.save()
    log_action(by, "network.code_created", row, community=community, code=row.code)
    return row


# --- Hand-offs ----------------------------------------------------------------------------


def handoff_code(booking: Booking) -> ReferralCode:
    """The hand-off code of a booking: offered in its confirmation, one per booking."""
    existing = ReferralCode.objects.filter(origin_booking=booking).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return ReferralCode.objects.create(
                partner=partner_for_community(booking.community),
                kind=CodeKind.HANDOFF,
                origin_booking=booking,
                label=booking.reference,
            )
    except IntegrityError:
        return ReferralCode.objects.get(origin_booking=booking)


def partner_communities(community: Community) -> list[Community]:
    """Communities that welcome this community's tourists under an agreement in force."""
    today = timezone.localdate()
    ids = (
        Agreement.objects.filter(
            partner__community=community,
            status=AgreementStatus.ACTIVE,
            valid_from__lte=today,
            community__is_published=True,
        )
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=today))
        .values_list("community_id", flat=True)
    )
    return list(Community.objects.filter(pk__in=ids).order_by("slug"))


def can_confirm_arrival(user, handoff: HandOff) -> bool:
    """Only the receiving community's coordinators say whether a group arrived."""
    return can_manage(user, handoff.to_community, roles=(StaffRole.COORDINATOR,))


@transaction.atomic
def confirm_arrival(handoff: HandOff, *, arrived: bool, by) -> HandOff:
    """The receiving coordinator confirms the group arrived (or did not), in one tap."""
    handoff = HandOff.objects.select_for_update().get(pk=handoff.pk)
    if not can_confirm_arrival(by, handoff):
        raise NetworkError("forbidden", _("Only the receiving community confirms arrivals."))
    if handoff.status == HandOffStatus.CANCELLED:
        raise NetworkError("cancelled", _("This hand-off was cancelled."))
    handoff.status = HandOffStatus.ARRIVED if arrived else HandOffStatus.NO_SHOW
    handoff.confirmed_by = by
    handoff.confirmed_at = timezone.now()
    handoff.save(update_fields=["status", "confirmed_by", "confirmed_at", "updated_at"])
    log_action(
        by,
        "network.handoff_arrived" if arrived else "network.handoff_no_show",
        handoff,
        community=handoff.to_community,
        from_community=handoff.from_community.slug,
        group_size=handoff.group_size,
        day=handoff.day.isoformat(),
    )
    return handoff


@transaction.atomic
def announce_handoff(
    sender: Community,
    receiver: Community,
    *,
    group_name: str,
    group_size: int,
    day: dt.date,
    note: str = "",
    status: str = HandOffStatus.EXPECTED,
    by,
) -> HandOff:
    """The sending coordinator tells the partner community a group is coming (no booking yet),
    or that it was told about the partner and may come (`offered`)."""
    if not can_manage(by, sender):
        raise NetworkError("forbidden", _("Only the sending community announces a group."))
    if sender.pk == receiver.pk:
        raise NetworkError("same_community", _("Choose the partner community."))
    if not group_name.strip() or group_size < 1:
        raise NetworkError("invalid", _("Give the group's name and how many people."))
    if status not in (HandOffStatus.EXPECTED, HandOffStatus.OFFERED):
        raise NetworkError("invalid", _("A group is either coming or was told about you."))
    handoff = HandOff.objects.create(
        from_community=sender,
        to_community=receiver,
        group_name=group_name.strip()[:120],
        group_size=group_size,
        day=day,
        crossing=border_crossing(sender, receiver),
        status=status,
        note=note[:300],
        created_by=by,
    )
    log_action(
        by,
        "network.handoff_announced",
        handoff,
        community=sender,
        to=receiver.slug,
        group_size=group_size,
        day=day.isoformat(),
    )
    return handoff


# --- Cross-border packages --------------------------------------------------------------


def _slot_on(offering: Offering, day: dt.date) -> Slot | None:
    tz = ZoneInfo(offering.community.time_zone)
    start = dt.datetime.combine(day, dt.time.min, tzinfo=tz)
    return (
        Slot.objects.filter(
            offering=offering,
            starts_at__gte=start,
            starts_at__lt=start + dt.timedelta(days=1),
            is_closed=False,
        )
        .order_by("starts_at")
        .first()
    )


def package_communities(package: CrossBorderPackage) -> list[Community]:
    seen: dict[int, Community] = {}
    for item in package.items.select_related("offering__community"):
        seen.setdefault(item.offering.community_id, item.offering.community)
    return list(seen.values())


@transaction.atomic
def book_package(
    package: CrossBorderPackage,
    *,
    start_day: dt.date,
    adults: int,
    children: int,
    contact: Contact,
    created_by=None,
) -> Trip:
    """Hold places for a whole cross-border trip: one booking per community, all or nothing.

    Each booking is priced in its own community's currency and paid to it separately
    (through its usual payment page); the trip groups them for the tourist. If any
    part cannot be held (sold out, closed, no departure that day) nothing is held.
    Raises BookingError (code and message for the tourist).
    """
    if not package.is_published:
        raise BookingError("slot_not_found")
    if adults < 0 or children < 0 or adults + children < 1:
        raise BookingError("invalid_guests")
    guests = adults + children
    by_community: dict[int, list[ItemRequest]] = defaultdict(list)
    order: list[int] = []
    for item in package.items.select_related("offering__community"):
        offering = item.offering
        day = start_day + dt.timedelta(days=item.day - 1)
        if offering.kind == OfferingKind.PRODUCT:
            continue  # souvenirs are bought on the spot, not in a package
        slot = _slot_on(offering, day)
        if slot is None:
            raise BookingError("slot_not_found", offering=offering.pk, day=day.isoformat())
        request = ItemRequest(slot_id=slot.pk, adults=adults, children=children)
        if offering.kind == OfferingKind.HOMESTAY:
            request.quantity = max(1, math.ceil(guests / max(offering.capacity, 1)))
        if offering.community_id not in by_community:
            order.append(offering.community_id)
        by_community[offering.community_id].append(request)
    if len(order) < 1:
        raise BookingError("no_items")
    bookings = [
        hold_places(by_community[community_id], contact, created_by=created_by)
        for community_id in order
    ]
    trip = Trip.objects.create(package=package, start_day=start_day, contact_name=contact.name)
    trip.bookings.set(bookings)
    # The group crosses the border between the two communities: both coordinators see it.
    for before, after in zip(bookings, bookings[1:], strict=False):
        HandOff.objects.create(
            from_community=before.community,
            to_community=after.community,
            origin_booking=before,
            onward_booking=after,
            group_name=contact.name.strip()[:120],
            group_size=guests,
            day=_first_day(after),
            crossing=package.crossing or border_crossing(before.community, after.community),
            status=HandOffStatus.BOOKED,
        )

    def tell_the_tourist():
        from chumchon.network.emails import send_trip_held

        send_trip_held(trip.pk)

    transaction.on_commit(tell_the_tourist)
    log_action(
        created_by,
        "network.trip_held",
        trip,
        package=package.slug,
        bookings=[b.reference for b in bookings],
    )
    return trip


def trip_bookings(trip: Trip) -> list[Booking]:
    return list(
        trip.bookings.select_related("community", "currency")
        .prefetch_related("items__offering", "items__slot")
        .order_by("items__slot__starts_at", "pk")
        .distinct()
    )


def is_network_staff(user) -> bool:
    """Coordinators and treasurers of any community, officers and site admins."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    return bool(user.is_superuser or user.is_programme_officer or user.staff_roles.exists())


def agreements_in_force(partner: Partner, day: dt.date | None = None):
    day = day or timezone.localdate()
    return (
        Agreement.objects.filter(
            partner=partner, status=AgreementStatus.ACTIVE, valid_from__lte=day
        )
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=day))
        .select_related("community__currency")
        .prefetch_related("offerings", "net_rates__offering")
    )


def confirmed_statuses() -> list[str]:
    return [BookingStatus.CONFIRMED]
