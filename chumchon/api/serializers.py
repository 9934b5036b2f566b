"""What goes in and out of the platform API.

Money is always {"amount": "1200.00", "currency": "THB"}: a string with the
currency's own decimal places (THB 2, LAK 0), never a float.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.urls import NoReverseMatch
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from chumchon.bookings.errors import MESSAGES as BOOKING_MESSAGES
from chumchon.bookings.models import BookingStatus
from chumchon.bookings.services import Contact, ItemRequest
from chumchon.catalog.models import OfferingKind
from chumchon.catalog.pricing import Tiers, from_price
from chumchon.communities.services import approximations
from chumchon.money import Money
from chumchon.payments.models import Method
from chumchon.payments.promptpay import InvalidPromptPayID, payload
from chumchon.payments.services import paid

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
MAX_ID = 2**63 - 1  # the largest id a database column holds
# What a treasurer records by hand; gateway payments arrive by webhook.
MANUAL_METHODS = [Method.PROMPTPAY, Method.CASH, Method.BANK_TRANSFER]


def money_data(money: Money) -> dict:
    return {"amount": format(money.amount, "f"), "currency": money.currency}


class MoneySerializer(serializers.Serializer):
    amount = serializers.CharField(help_text=_("Decimal string in the currency's units."))
    currency = serializers.CharField(help_text=_("ISO 4217 code: THB, LAK, USD."))


@extend_schema_field(MoneySerializer)
class MoneyField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value: Money) -> dict:
        return money_data(value)


class ErrorBodySerializer(serializers.Serializer):
    code = serializers.CharField(help_text=_("Stable machine code, e.g. sold_out."))
    message = serializers.CharField(help_text=_("Human message in the request's language."))
    fields = serializers.DictField(
        required=False, help_text=_("Per-field messages, for invalid input.")
    )
    details = serializers.DictField(
        required=False, help_text=_("Extra facts, e.g. the places remaining.")
    )


class ErrorSerializer(serializers.Serializer):
    error = ErrorBodySerializer()


# --- Catalogue ---------------------------------------------------------------------


class CommunitySerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()
    tagline = serializers.CharField()
    country = serializers.CharField(source="country_id")
    province = serializers.CharField()
    district = serializers.CharField()
    latitude = serializers.FloatField()
    longitude = serializers.FloatField()
    location_is_approximate = serializers.BooleanField()
    currency = serializers.CharField(source="currency_id")
    time_zone = serializers.CharField()
    main_language = serializers.CharField()
    contact_phone = serializers.CharField()
    contact_email = serializers.CharField()
    emergency_phone = serializers.CharField()
    url = serializers.SerializerMethodField(help_text=_("The community's public page."))

    def get_url(self, community) -> str:
        return self.context["request"].build_absolute_uri(community.get_absolute_url())


class PriceSerializer(serializers.Serializer):
    kind = serializers.CharField(help_text=_("adult, child, group or item"))
    price = MoneyField()
    group_size = serializers.IntegerField(allow_null=True)


class MeetingPointSerializer(serializers.Serializer):
    name = serializers.CharField()
    latitude = serializers.FloatField()
    longitude = serializers.FloatField()


class OfferingSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    kind = serializers.CharField(help_text=_("activity, homestay, meal, product or service"))
    title = serializers.CharField()
    summary = serializers.CharField()
    availability_type = serializers.CharField(help_text=_("start_time or opening_hours"))
    capacity = serializers.IntegerField(
        help_text=_("Most guests per departure, room or meal sitting.")
    )
    min_guests = serializers.IntegerField()
    duration_minutes = serializers.IntegerField(allow_null=True)
    child_max_age = serializers.IntegerField()
    season_start_month = serializers.IntegerField()
    season_end_month = serializers.IntegerField()
    languages = serializers.SerializerMethodField()
    meeting_point = serializers.SerializerMethodField()
    prices = serializers.SerializerMethodField()
    from_price = serializers.SerializerMethodField()
    stock = serializers.SerializerMethodField(
        help_text=_("Pieces left to sell, for products (null for the rest).")
    )
    url = serializers.SerializerMethodField(help_text=_("The offering's public page."))

    def get_languages(self, offering) -> list[str]:
        return [language.code for language in offering.languages.all()]

    @extend_schema_field(MeetingPointSerializer(allow_null=True))
    def get_meeting_point(self, offering):
        place = offering.place
        if place is None:
            return None
        return {
            "name": place.name,
            "latitude": float(place.latitude),
            "longitude": float(place.longitude),
        }

    @extend_schema_field(PriceSerializer(many=True))
    def get_prices(self, offering):
        currency = offering.community.currency_id
        return [
            {
                "kind": tier.kind,
                "price": money_data(Money(tier.amount, currency)),
                "group_size": tier.group_size,
            }
            for tier in offering.price_tiers.all()
        ]

    @extend_schema_field(MoneySerializer(allow_null=True))
    def get_from_price(self, offering):
        price = from_price(Tiers.of(offering))
        return money_data(price) if price is not None else None

    def get_stock(self, offering) -> int | None:
        if offering.kind != OfferingKind.PRODUCT or offering.stock is None:
            return None
        return max(offering.stock - self.context.get("sold", {}).get(offering.id, 0), 0)

    def get_url(self, offering) -> str:
        return self.context["request"].build_absolute_uri(offering.get_absolute_url())


class SlotSerializer(serializers.Serializer):
    """One slot with what is left, from bookings.availability.SlotAvailability."""

    id = serializers.IntegerField(source="slot.id")
    offering = serializers.IntegerField(source="slot.offering_id")
    starts_at = serializers.DateTimeField(source="slot.starts_at")
    ends_at = serializers.DateTimeField(source="slot.ends_at")
    capacity = serializers.IntegerField(
        source="slot.capacity", help_text=_("Places: guests, or rooms for a homestay night.")
    )
    remaining = serializers.IntegerField()
    bookable = serializers.BooleanField()
    closed_reason = serializers.CharField(
        source="closed", help_text=_("Why it cannot be booked; empty when open.")
    )


class SlotRangeSerializer(serializers.Serializer):
    """The query of GET /offerings/{id}/slots: ?from=YYYY-MM-DD&to=YYYY-MM-DD (local dates)."""

    MAX_DAYS = 366
    DEFAULT_DAYS = 30

    def get_fields(self):
        # "from" is a Python keyword, so these fields cannot be class attributes.
        return {
            "from": serializers.DateField(required=False),
            "to": serializers.DateField(required=False),
        }

    def validate(self, data):
        date_from = data.get("from") or timezone.localdate()
        date_to = data.get("to") or date_from + dt.timedelta(days=self.DEFAULT_DAYS)
        if date_to < date_from:
            raise serializers.ValidationError({"to": [_("Must not be before 'from'.")]})
        if (date_to - date_from).days > self.MAX_DAYS:
            raise serializers.ValidationError(
                {"to": [_("Ask for at most %(days)d days at once.") % {"days": self.MAX_DAYS}]}
            )
        return {"from": date_from, "to": date_to}


class SlotCreateSerializer(serializers.Serializer):
    starts_at = serializers.DateTimeField(
        help_text=_("With its UTC offset, e.g. 2027-01-15T09:00:00+07:00.")
    )
    capacity = serializers.IntegerField(
        min_value=1, max_value=10000, help_text=_("Places: guests, or rooms for a homestay.")
    )

    def validate_starts_at(self, value):
        if value <= timezone.now():
            raise serializers.ValidationError(BOOKING_MESSAGES["slot_in_past"])
        return value


# --- Bookings: what comes in ---------------------------------------------------------


class ItemRequestSerializer(serializers.Serializer):
    slot = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_ID,
        help_text=_("A slot id (activity, meal, homestay night)."),
    )
    offering = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_ID,
        help_text=_("A product's offering id (no slot)."),
    )
    adults = serializers.IntegerField(required=False, default=0, min_value=0, max_value=999)
    children = serializers.IntegerField(required=False, default=0, min_value=0, max_value=999)
    rooms = serializers.IntegerField(
        required=False, min_value=1, max_value=999, help_text=_("Rooms, for a homestay night.")
    )
    quantity = serializers.IntegerField(
        required=False, default=0, min_value=0, max_value=9999, help_text=_("Pieces of a product.")
    )

    def validate(self, data):
        if ("slot" in data) == ("offering" in data):
            raise serializers.ValidationError(
                _("Give either a slot, or an offering for a product.")
            )
        return data

    def to_item_request(self, data) -> ItemRequest:
        if "slot" in data:
            return ItemRequest(
                slot_id=data["slot"],
                adults=data["adults"],
                children=data["children"],
                quantity=data.get("rooms", data["quantity"]),
            )
        return ItemRequest(offering_id=data["offering"], quantity=data["quantity"])


class ContactSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=120)
    email = serializers.EmailField(required=False, allow_blank=True, default="", max_length=254)
    phone = serializers.CharField(required=False, allow_blank=True, default="", max_length=32)


class BookingRequestSerializer(serializers.Serializer):
    items = ItemRequestSerializer(many=True, allow_empty=False, max_length=50)
    contact = ContactSerializer()
    language = serializers.ChoiceField(
        choices=LANGUAGE_CODES,
        required=False,
        help_text=_("The tourist's language for e-mails and the voucher."),
    )
    dietary_needs = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=300
    )
    notes = serializers.CharField(required=False, allow_blank=True, default="", max_length=2000)
    reseller_reference = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=100,
        help_text=_("Your own reference for this booking."),
    )
    referral = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=32,
        help_text=_(
            "A referral or hand-off code that brought the tourist; a partner key's own "
            "partner is the referral when none is given."
        ),
    )

    def validate_referral(self, value: str) -> str:
        from chumchon.network.services import find_code

        if value and find_code(value) is None:
            raise serializers.ValidationError(_("There is no active referral code like this."))
        return value

    promo_code = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=30,
        help_text=_("A promotion code of the community (refused with promo_* error codes)."),
    )

    def booking_request(self) -> BookingRequest:
        data = self.validated_data
        child = self.fields["items"].child
        return BookingRequest(
            items=[child.to_item_request(item) for item in data["items"]],
            contact=Contact(
                name=data["contact"]["name"],
                email=data["contact"]["email"],
                phone=data["contact"]["phone"],
                language=data.get("language") or translation.get_language() or "en",
                dietary_needs=data["dietary_needs"],
                notes=data["notes"],
            ),
            reseller_reference=data["reseller_reference"],
            promo_code=data["promo_code"],
            referral=data["referral"],
        )


@dataclass
class BookingRequest:
    """A booking request as the services take it."""

    items: list[ItemRequest]
    contact: Contact
    reseller_reference: str = ""
    promo_code: str = ""
    referral: str = ""


def read_booking_request(data) -> BookingRequest:
    """The request's body as a BookingRequest, or a ValidationError with per-field errors.

    Every booking passes here, and the serializer cost a booking more Python than all
    its SQL (DRF copies ~20 field objects per call). So the usual, well-formed request
    is read directly: `_quick_booking_request` takes only what the serializer would
    take, exactly as it would (a property test holds them to that), and leaves anything
    else, including every error, to the serializer.
    """
    quick = _quick_booking_request(data)
    if quick is not None:
        return quick
    serializer = BookingRequestSerializer(data=data)
    serializer.is_valid(raise_exception=True)
    return serializer.booking_request()


def _quick_text(data: dict, name: str, max_length: int, required: bool = False) -> str | None:
    """A CharField's value (trimmed, as DRF trims), or None when DRF should judge it."""
    value = data.get(name, "")
    if type(value) is not str:
        return None
    value = value.strip()
    if (required and not value) or len(value) > max_length or "\x00" in value:
        return None
    try:
        value.encode()  # DRF refuses lone surrogates
    except UnicodeEncodeError:
        return None
    return value


def _quick_int(data: dict, name: str, low: int, high: int, default: int | None) -> int | None:
    value = data.get(name, default)
    return value if type(value) is int and low <= value <= high else None


def _quick_booking_request(data) -> BookingRequest | None:
    if type(data) is not dict or data.get("referral"):
        return None  # a referral code is looked up by the serializer
    items, contact = data.get("items"), data.get("contact")
    if type(items) is not list or not 1 <= len(items) <= 50 or type(contact) is not dict:
        return None
    requests = []
    for item in items:
        if type(item) is not dict or ("slot" in item) == ("offering" in item):
            return None
        adults = _quick_int(item, "adults", 0, 999, 0)
        children = _quick_int(item, "children", 0, 999, 0)
        quantity = _quick_int(item, "quantity", 0, 9999, 0)
        rooms = _quick_int(item, "rooms", 1, 999, None) if "rooms" in item else quantity
        if None in (adults, children, quantity, rooms):
            return None
        if "slot" in item:
            slot = _quick_int(item, "slot", 1, MAX_ID, None)
            if slot is None:
                return None
            requests.append(
                ItemRequest(slot_id=slot, adults=adults, children=children, quantity=rooms)
            )
        else:
            offering = _quick_int(item, "offering", 1, MAX_ID, None)
            if offering is None:
                return None
            requests.append(ItemRequest(offering_id=offering, quantity=quantity))
    language = data.get("language", "")
    if "language" in data and language not in LANGUAGE_CODES:
        return None
    texts = {
        "name": _quick_text(contact, "name", 120, required=True),
        "email": _quick_text(contact, "email", 254),
        "phone": _quick_text(contact, "phone", 32),
        "dietary_needs": _quick_text(data, "dietary_needs", 300),
        "notes": _quick_text(data, "notes", 2000),
        "reseller_reference": _quick_text(data, "reseller_reference", 100),
        "promo_code": _quick_text(data, "promo_code", 30),
    }
    if None in texts.values():
        return None
    if texts["email"]:
        try:
            validate_email(texts["email"])
        except DjangoValidationError:
            return None
    return BookingRequest(
        items=requests,
        contact=Contact(
            name=texts["name"],
            email=texts["email"],
            phone=texts["phone"],
            language=language or translation.get_language() or "en",
            dietary_needs=texts["dietary_needs"],
            notes=texts["notes"],
        ),
        reseller_reference=texts["reseller_reference"],
        promo_code=texts["promo_code"],
    )


class PaymentRequestSerializer(serializers.Serializer):
    method = serializers.ChoiceField(choices=[m.value for m in MANUAL_METHODS])
    amount = serializers.DecimalField(
        max_digits=14, decimal_places=2, help_text=_('At most the balance due, e.g. "1200.00".')
    )
    currency = serializers.CharField(
        required=False, max_length=3, help_text=_("Defaults to the booking's currency.")
    )
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=150)


class CancelRequestSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, default="", max_length=200)
    full_refund = serializers.BooleanField(
        required=False,
        default=False,
        help_text=_("Refund everything whatever the policy (coordinators only)."),
    )


# --- Bookings: what goes out ---------------------------------------------------------


class BookingItemSerializer(serializers.Serializer):
    offering = serializers.IntegerField(source="offering_id")
    title = serializers.CharField(source="offering.title")
    kind = serializers.CharField(source="offering.kind")
    slot = serializers.IntegerField(source="slot_id", allow_null=True)
    starts_at = serializers.DateTimeField(source="slot.starts_at", allow_null=True)
    ends_at = serializers.DateTimeField(source="slot.ends_at", allow_null=True)
    adults = serializers.IntegerField()
    children = serializers.IntegerField()
    quantity = serializers.IntegerField(help_text=_("Rooms for a homestay, pieces for a product."))
    price = serializers.SerializerMethodField()

    @extend_schema_field(MoneySerializer)
    def get_price(self, item):
        return money_data(Money(item.price, item.booking.currency_id))


class PromptPaySerializer(serializers.Serializer):
    payload = serializers.CharField(
        help_text=_("EMVCo QR text with the amount and the booking reference; show it as a QR.")
    )


class PaymentInstructionsSerializer(serializers.Serializer):
    methods = serializers.ListField(child=serializers.CharField())
    amount_due = MoneyField()
    reference = serializers.CharField(help_text=_("Quote it with the payment."))
    pay_before = serializers.DateTimeField()
    promptpay = PromptPaySerializer(required=False)


class RefundSerializer(serializers.Serializer):
    amount = serializers.CharField()
    currency = serializers.CharField()
    method = serializers.CharField(allow_null=True, help_text=_("How it is paid back."))
    reason = serializers.CharField()
    paid_at = serializers.DateTimeField(allow_null=True)


class PaymentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    method = serializers.CharField()
    amount = MoneyField(source="money")
    received_at = serializers.DateTimeField()
    note = serializers.CharField()


class BookingContactSerializer(serializers.Serializer):
    name = serializers.CharField(source="contact_name")
    email = serializers.CharField(source="contact_email")
    phone = serializers.CharField(source="contact_phone")


def refund_data(refund, currency: str) -> dict:
    if refund is None:
        return {
            "amount": money_data(Money.zero(currency))["amount"],
            "currency": currency,
            "method": None,
            "reason": "",
            "paid_at": None,
        }
    data = money_data(refund.money)
    data.update(
        method=refund.method,
        reason=refund.reason,
        paid_at=serializers.DateTimeField().to_representation(refund.paid_at)
        if refund.paid_at
        else None,
    )
    return data


# DRF's own datetime output (ISO 8601 in the current time zone, "Z" for UTC).
_DATETIME = serializers.DateTimeField()


class BookingSerializer(serializers.Serializer):
    """A booking as its partner, coordinator or a programme officer sees it.

    context: request, and `personal` (may the reader see the tourist's details?).
    """

    reference = serializers.CharField()
    status = serializers.SerializerMethodField(
        help_text=_("pending_payment, confirmed, cancelled or expired.")
    )
    community = serializers.SlugField(source="community.slug")
    channel = serializers.CharField()
    language = serializers.CharField()
    contact = serializers.SerializerMethodField()
    dietary_needs = serializers.CharField()
    notes = serializers.CharField()
    reseller_reference = serializers.CharField()
    items = BookingItemSerializer(many=True, source="items.all")
    total = MoneyField(source="total_money")
    paid = serializers.SerializerMethodField()
    refunded = serializers.SerializerMethodField()
    approximate_totals = serializers.SerializerMethodField()
    created_at = serializers.DateTimeField()
    expires_at = serializers.DateTimeField(
        allow_null=True,
        help_text=_("While awaiting payment: when the hold ends and the places are freed."),
    )
    confirmed_at = serializers.DateTimeField(allow_null=True)
    cancelled_at = serializers.DateTimeField(allow_null=True)
    checked_in_at = serializers.DateTimeField(allow_null=True)
    payment = serializers.SerializerMethodField()
    refunds = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    def to_representation(self, booking) -> dict:
        """The fields declared above, written out directly.

        Every booking answer goes through here, and walking ~25 DRF fields (plus the
        nested items) cost more than the booking's own SQL; the declarations above stay
        as the schema's description and must be kept in step with this.
        """
        when = _DATETIME.to_representation
        currency = booking.currency_id
        return {
            "reference": booking.reference,
            "status": self.get_status(booking),
            "community": booking.community.slug,
            "channel": str(booking.channel),
            "language": booking.language,
            "contact": self.get_contact(booking),
            "dietary_needs": booking.dietary_needs,
            "notes": booking.notes,
            "reseller_reference": booking.reseller_reference,
            "items": [
                {
                    "offering": item.offering_id,
                    "title": str(item.offering.title),
                    "kind": str(item.offering.kind),
                    "slot": item.slot_id,
                    "starts_at": when(item.slot.starts_at) if item.slot else None,
                    "ends_at": when(item.slot.ends_at) if item.slot else None,
                    "adults": item.adults,
                    "children": item.children,
                    "quantity": item.quantity,
                    "price": money_data(Money(item.price, currency)),
                }
                for item in booking.items.all()
            ],
            "total": money_data(booking.total_money),
            "paid": self.get_paid(booking),
            "refunded": self.get_refunded(booking),
            "approximate_totals": self.get_approximate_totals(booking),
            "created_at": when(booking.created_at),
            "expires_at": when(booking.expires_at),
            "confirmed_at": when(booking.confirmed_at),
            "cancelled_at": when(booking.cancelled_at),
            "checked_in_at": when(booking.checked_in_at),
            "payment": self.get_payment(booking),
            "refunds": self.get_refunds(booking),
            "url": self.get_url(booking),
        }

    def get_status(self, booking) -> str:
        # A hold past its time no longer holds anything, even before the sweeper marks it.
        if booking.status == BookingStatus.PENDING_PAYMENT and not booking.is_held:
            return BookingStatus.EXPIRED.value
        return booking.status

    @extend_schema_field(BookingContactSerializer(allow_null=True))
    def get_contact(self, booking):
        if not self.context.get("personal"):
            return None
        # As BookingContactSerializer describes it, written out (every answer has one).
        return {
            "name": booking.contact_name,
            "email": booking.contact_email,
            "phone": booking.contact_phone,
        }

    def _paid(self, booking) -> Money:
        # Read once per booking: both `paid` and the payment instructions need it.
        cache = self.context.setdefault("_paid", {})
        if booking.pk not in cache:
            cache[booking.pk] = paid(booking)
        return cache[booking.pk]

    @extend_schema_field(MoneySerializer)
    def get_paid(self, booking):
        return money_data(self._paid(booking))

    @extend_schema_field(MoneySerializer)
    def get_refunded(self, booking):
        # From the prefetched refunds (listed below too) rather than one more query.
        total = sum((r.money for r in booking.refunds.all()), Money.zero(booking.currency_id))
        return money_data(total)

    @extend_schema_field(MoneySerializer(many=True))
    def get_approximate_totals(self, booking):
        return [money_data(m) for m in approximations(booking.total_money)]

    @extend_schema_field(PaymentInstructionsSerializer(allow_null=True))
    def get_payment(self, booking):
        """How to pay, while the booking is held and awaiting payment."""
        if not booking.is_held:
            return None
        due = booking.total_money - self._paid(booking)  # payments.services.balance_due()
        data = {
            "methods": [],
            "amount_due": money_data(due),
            "reference": booking.reference,
            "pay_before": _DATETIME.to_representation(booking.expires_at),
        }
        community = booking.community
        if community.promptpay_id and due.currency == "THB" and due.amount > 0:
            try:
                text = payload(community.promptpay_id, due.amount, booking.reference)
            except InvalidPromptPayID:
                text = ""
            if text:
                data["methods"].append(Method.PROMPTPAY.value)
                data["promptpay"] = {"payload": text}
        data["methods"] += [Method.BANK_TRANSFER.value, Method.CASH.value]
        return data

    @extend_schema_field(RefundSerializer(many=True))
    def get_refunds(self, booking):
        return [refund_data(r, booking.currency_id) for r in booking.refunds.all()]

    def get_url(self, booking) -> str | None:
        """The tourist's own page (pay, voucher, cancel): it carries their secret token."""
        if not self.context.get("personal"):
            return None
        try:
            with translation.override(booking.language):
                path = booking.get_absolute_url()
        except NoReverseMatch:
            return None
        return self.context["request"].build_absolute_uri(path)


class PaymentResultSerializer(serializers.Serializer):
    payment = PaymentSerializer()
    booking = BookingSerializer()


class CancelResultSerializer(serializers.Serializer):
    booking = BookingSerializer()
    refund = RefundSerializer()
