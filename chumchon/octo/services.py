"""OCTO bookings: each reseller action is one transaction over the booking services.

The rules (capacity, prices, seasons, holds, refunds) stay in bookings.services and
payments.services; this module only adds what OCTO needs on top: the reseller's uuid
as the booking's uuid, unit items, the contact as sent, and changing a booking's
places in place.
"""

from __future__ import annotations

import uuid as uuid_lib

from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from chumchon.bookings import notifications, signals
from chumchon.bookings.errors import BookingError, refuse
from chumchon.bookings.models import Booking, BookingItem, Channel, Slot
from chumchon.bookings.services import (
    Contact,
    confirm_booking,
    extend_hold,
    hold_places,
)
from chumchon.catalog.models import Offering
from chumchon.core import fastsql
from chumchon.core.audit import log_action
from chumchon.network.services import attach_referral
from chumchon.octo import mapping, reads
from chumchon.octo.errors import INVALID_BOOKING_UUID, UNPROCESSABLE_ENTITY, OctoError
from chumchon.octo.models import OctoBooking, UnitItem
from chumchon.octo.parsing import UnitLine
from chumchon.payments.services import cancel_booking, refund_percent

UNSET = object()


def _stand_in(key, contact: dict | None = None) -> Contact:
    """A reseller's hold has no traveller yet (OCTO asks on confirmation): the reseller's name."""
    # Cut to the booking's name field, as confirming does (_write_contact).
    return Contact(name=(_contact_name(contact or {}) or key.name)[:120])


def _contact_name(contact: dict) -> str:
    if contact.get("fullName"):
        return contact["fullName"]
    return " ".join(p for p in (contact.get("firstName"), contact.get("lastName")) if p)


def _language(locales: list[str]) -> str | None:
    for tag in locales:
        base = tag.replace("_", "-").split("-")[0].lower()
        if base in ("th", "lo", "en"):
            return base
    return None


def _write_contact(booking: Booking, octo: OctoBooking, key) -> None:
    """Copy the reseller's contact and notes onto the booking, for the community's pages."""
    contact = octo.contact
    booking.contact_name = (_contact_name(contact) or key.name)[:120]
    booking.contact_email = contact.get("emailAddress", "")
    booking.contact_phone = contact.get("phoneNumber", "")
    booking.language = _language(contact.get("locales", [])) or booking.language
    booking.notes = "\n\n".join(n for n in (octo.notes, contact.get("notes")) if n)
    booking.save(
        update_fields=[
            "contact_name",
            "contact_email",
            "contact_phone",
            "language",
            "notes",
            "reseller_reference",
            "uuid",
        ]
    )


def _add_unit_items(octo: OctoBooking, lines: list[UnitLine]) -> None:
    items = UnitItem.objects.bulk_create(
        UnitItem(
            octo_booking=octo,
            uuid=line.uuid or uuid_lib.uuid4(),
            unit_id=line.unit_id,
            reseller_reference=line.reseller_reference,
            contact=line.contact,
            position=position,
        )
        for position, line in enumerate(lines)
    )
    fastsql.remember(octo, "unit_items", items)  # in position order, as read back


def _write_unit_items(octo: OctoBooking, lines: list[UnitLine]) -> None:
    octo.unit_items.all().delete()
    _add_unit_items(octo, lines)


def _octo_of(booking: Booking) -> OctoBooking:
    """The booking's OCTO data (made for a booking from elsewhere), with its unit items."""
    octo = reads.octo_data(booking)
    if octo is None:
        octo, _created = OctoBooking.objects.get_or_create(booking=booking)
    if not octo.unit_items.all():
        item = booking.items.first()
        lines = [UnitLine(unit_id=u) for u in ["adult"] * item.adults + ["child"] * item.children]
        _write_unit_items(octo, lines)
    return octo


def _lock(booking: Booking) -> Booking:
    return Booking.objects.select_for_update().get(pk=booking.pk)


def reserve(
    key,
    *,
    offering: Offering,
    slot: Slot,
    lines: list[UnitLine],
    booking_uuid: uuid_lib.UUID | None = None,
    contact: dict | None = None,
    notes: str | None = None,
    reseller_reference: str | None = None,
    hold_minutes: int | None = None,
) -> Booking:
    """Hold places for a reseller (OCTO's ON_HOLD); refuses with a BookingError or OctoError.

    The reseller's `uuid` is the idempotency key and becomes the booking's uuid: the same
    uuid again returns the booking made the first time and holds nothing more. Only a
    booking this call made has `just_held` set (with its items, OCTO data and unit items
    loaded, as written).

    A uuid is rarely sent twice, so it is not looked up first (as hold_places does for
    API keys): the unique idempotency key and the unique booking uuid refuse the second
    booking, and the refusal finds the first.
    """
    request = mapping.item_request(offering, slot, [line.unit_id for line in lines])
    try:
        with transaction.atomic():
            booking = hold_places(
                [request],
                _stand_in(key, contact),
                channel=Channel.OCTO,
                api_key=key,
                idempotency_key=str(booking_uuid) if booking_uuid else "",
                hold_minutes=hold_minutes,
                reseller_reference=reseller_reference or "",
                contact_required=False,
            )
            made = getattr(booking, "just_held", False)
            if not made and OctoBooking.objects.filter(booking=booking).exists():
                return booking  # made by the first request with this uuid: it stands
            if booking_uuid is not None:
                booking.uuid = booking_uuid
            octo = OctoBooking.objects.create(
                booking=booking, contact=contact or {}, notes=notes or ""
            )
            _write_contact(booking, octo, key)
            if made:
                _add_unit_items(octo, lines)
            else:
                _write_unit_items(octo, lines)
            attach_referral(booking, api_key=key)
    except IntegrityError:
        if booking_uuid is None:
            raise
        return _first_with_uuid(key, booking_uuid)  # or refuses the uuid
    except (BookingError, DatabaseError):
        # Refused (no places; a value the database will not take, e.g. a name too long
        # for PostgreSQL): a uuid already in use answers first, as if looked up first.
        if booking_uuid is None or not Booking.objects.filter(uuid=booking_uuid).exists():
            raise
        return _first_with_uuid(key, booking_uuid)
    return booking


def _first_with_uuid(key, booking_uuid) -> Booking:
    """The booking this reseller made with this uuid; refuses one that is not its own."""
    existing = Booking.objects.filter(uuid=booking_uuid).first()
    if existing is not None and existing.api_key_id == key.pk and existing.channel == Channel.OCTO:
        return existing
    raise _uuid_taken(booking_uuid)


def _uuid_taken(booking_uuid) -> OctoError:
    return OctoError(
        INVALID_BOOKING_UUID,
        _("This uuid is already used by another booking; send a new one."),
        uuid=str(booking_uuid),
    )


def _change_places(booking: Booking, key, offering: Offering, slot: Slot, lines) -> None:
    """Give the (locked) booking other places, in the caller's transaction.

    Its own places are let go first, so a party may grow within its slot; the new ones
    are taken by hold_places() under its locks and moved onto this booking. If they
    cannot be had, the error rolls the whole transaction back and nothing has changed.
    """
    if offering.community_id != booking.community_id:
        raise refuse("mixed_communities")
    request = mapping.item_request(offering, slot, [line.unit_id for line in lines])
    booking.items.all().delete()
    taken = hold_places(
        [request], _stand_in(key), channel=Channel.OCTO, api_key=key, contact_required=False
    )
    BookingItem.objects.filter(booking=taken).update(booking=booking)
    booking.total = taken.total
    booking.save(update_fields=["total"])
    taken.delete()


def _same_party(booking: Booking, octo: OctoBooking, slot: Slot, lines) -> bool:
    item = booking.items.first()
    current = list(octo.unit_items.values_list("unit_id", flat=True))
    return item.slot_id == slot.pk and current == [line.unit_id for line in lines]


def _ensure_changeable(booking: Booking) -> str:
    status = mapping.booking_status(booking)
    if status == mapping.EXPIRED:
        raise refuse("hold_expired")
    if not mapping.is_cancellable(booking, status):
        raise OctoError(UNPROCESSABLE_ENTITY, _("This booking can no longer be changed."))
    return status


def update(
    booking: Booking,
    key,
    *,
    offering: Offering | None = None,
    slot: Slot | None = None,
    lines: list[UnitLine] | None = None,
    contact: dict | None = None,
    notes=UNSET,
    reseller_reference=UNSET,
    hold_minutes: int | None = None,
    email_receipt: bool | None = None,
) -> Booking:
    """OCTO's booking update: contact, notes, references, and the places themselves.

    Changing the product, availability or unit items re-holds the party in one
    transaction (see _change_places); a confirmed booking stays confirmed.
    """
    with transaction.atomic():
        booking = _lock(booking)
        status = _ensure_changeable(booking)
        octo = _octo_of(booking)
        changed = []
        if slot is not None or lines is not None:
            item = booking.items.select_related("offering", "slot").first()
            offering = offering or item.offering
            slot = slot or item.slot
            if lines is None:
                lines = [
                    UnitLine(u.unit_id, u.uuid, u.reseller_reference, u.contact)
                    for u in octo.unit_items.all()
                ]
            if not _same_party(booking, octo, slot, lines):
                _change_places(booking, key, offering, slot, lines)
                changed.append("places")
            _write_unit_items(octo, lines)
        if hold_minutes is not None and status == mapping.ON_HOLD:
            booking.expires_at = extend_hold(booking, hold_minutes).expires_at
            changed.append("expires_at")
        if contact is not None:
            octo.contact = {**octo.contact, **contact}
            changed.append("contact")
        if notes is not UNSET:
            octo.notes = notes or ""
            changed.append("notes")
        if reseller_reference is not UNSET:
            booking.reseller_reference = reseller_reference or ""
            changed.append("reseller_reference")
        if email_receipt is not None:
            octo.email_receipt = email_receipt
        octo.save()
        _write_contact(booking, octo, key)
        log_action(None, "booking.changed", booking, key=key.prefix, changed=changed)
        if changed:
            signals.announce(signals.booking_changed, booking, changed=changed)
    return booking


def confirm(
    booking: Booking,
    key,
    *,
    contact: dict,
    reseller_reference: str | None = None,
    lines: list[UnitLine] | None = None,
    email_receipt: bool = False,
) -> Booking:
    """Confirm a reseller's hold (the reseller collects the money).

    Confirming again updates the contact and references and changes nothing else, so a
    reseller may safely retry a confirmation whose answer it never got.
    """
    with transaction.atomic():
        booking = _lock(booking)
        status = mapping.booking_status(booking)
        if status == mapping.EXPIRED:
            raise refuse("hold_expired")
        if status not in (mapping.ON_HOLD, mapping.CONFIRMED):
            raise OctoError(UNPROCESSABLE_ENTITY, _("Only a booking on hold can be confirmed."))
        octo = _octo_of(booking)
        if lines is not None:
            item = booking.items.select_related("offering", "slot").first()
            if not _same_party(booking, octo, item.slot, lines):
                if status != mapping.ON_HOLD:
                    _ensure_changeable(booking)
                _change_places(booking, key, item.offering, item.slot, lines)
            _write_unit_items(octo, lines)
        octo.contact = {**octo.contact, **contact}
        octo.email_receipt = email_receipt
        octo.save()
        if reseller_reference is not None:
            booking.reseller_reference = reseller_reference
        _write_contact(booking, octo, key)
        if status == mapping.ON_HOLD:
            booking = confirm_booking(booking)
            if email_receipt:
                pk = booking.pk
                transaction.on_commit(lambda: notifications.booking_confirmed(pk))
    booking.octo = octo  # as just written, with its unit items: the caller shows them
    return booking


def extend(booking: Booking, key, minutes: int) -> Booking:
    with transaction.atomic():
        booking = _lock(booking)
        status = mapping.booking_status(booking)
        if status == mapping.EXPIRED:
            raise refuse("hold_expired")
        if status != mapping.ON_HOLD:
            raise OctoError(UNPROCESSABLE_ENTITY, _("Only a booking on hold can be extended."))
        booking = extend_hold(booking, minutes)
        OctoBooking.objects.filter(booking=booking).update(updated_at=timezone.now())
        log_action(None, "booking.hold_extended", booking, key=key.prefix, minutes=minutes)
    return booking


def refund_kind(booking: Booking) -> str:
    """FULL, PARTIAL or NONE: what the offering's policy gives back if cancelled now."""
    if mapping.booking_status(booking) != mapping.CONFIRMED:
        return "FULL"  # nothing was owed for a hold
    now = timezone.now()
    percents = {
        refund_percent(item, now)
        for item in booking.items.select_related("slot", "offering__cancellation_policy")
    }
    if percents == {100}:
        return "FULL"
    if percents == {0}:
        return "NONE"
    return "PARTIAL"


def cancel(booking: Booking, key, *, reason: str | None = None) -> Booking:
    """Cancel for the reseller by the offerings' policies; refuses what cannot be cancelled."""
    with transaction.atomic():
        booking = _lock(booking)
        refund = refund_kind(booking)
        cancel_booking(
            booking, reason=reason or _("Cancelled by %(reseller)s") % {"reseller": key.name}
        )
        OctoBooking.objects.update_or_create(booking=booking, defaults={"refund": refund})
    return booking
