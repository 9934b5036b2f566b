import secrets
import uuid

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chumchon.money import Money

# Booking references are read over the phone and typed on a check-in page:
# no 0/O, 1/I/L, 2/Z, 5/S, 8/B.
REFERENCE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"


def new_reference() -> str:
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(7))


class Slot(models.Model):
    """A bookable time of one offering with its own capacity.

    An activity departure, a meal sitting, a homestay night (capacity in rooms).
    Availability is always recounted from booking items, never stored here.
    """

    offering = models.ForeignKey(
        "catalog.Offering",
        on_delete=models.CASCADE,
        related_name="slots",
        verbose_name=_("offering"),
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    capacity = models.PositiveIntegerField(_("places"), validators=[MinValueValidator(1)])
    is_closed = models.BooleanField(_("closed"), default=False)
    closed_reason = models.CharField(_("why closed"), max_length=200, blank=True)

    class Meta:
        ordering = ["starts_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["offering", "starts_at"], name="one_slot_per_start"),
            models.CheckConstraint(
                condition=models.Q(starts_at__lt=models.F("ends_at")),
                name="slot_starts_before_it_ends",
            ),
        ]
        indexes = [models.Index(fields=["offering", "starts_at"])]
        verbose_name = _("time slot")
        verbose_name_plural = _("time slots")

    def __str__(self) -> str:
        local = timezone.localtime(self.starts_at)
        return f"{self.offering} {local:%Y-%m-%d %H:%M}"


class WeeklySchedule(models.Model):
    """A recurring departure: every Saturday at 09:00 with 8 places, for example."""

    offering = models.ForeignKey(
        "catalog.Offering",
        on_delete=models.CASCADE,
        related_name="weekly_schedule",
        verbose_name=_("offering"),
    )
    weekday = models.PositiveSmallIntegerField(
        _("weekday"),
        choices=[
            (i, d)
            for i, d in enumerate(
                [
                    _("Monday"),
                    _("Tuesday"),
                    _("Wednesday"),
                    _("Thursday"),
                    _("Friday"),
                    _("Saturday"),
                    _("Sunday"),
                ]
            )
        ],
    )
    start_time = models.TimeField(_("start time"))
    capacity = models.PositiveIntegerField(_("places"), validators=[MinValueValidator(1)])

    class Meta:
        ordering = ["offering", "weekday", "start_time"]
        constraints = [
            models.UniqueConstraint(
                fields=["offering", "weekday", "start_time"], name="one_departure_per_weekly_time"
            ),
        ]
        verbose_name = _("weekly departure")
        verbose_name_plural = _("weekly schedule")

    def __str__(self) -> str:
        return f"{self.offering} {self.get_weekday_display()} {self.start_time:%H:%M}"


class Closure(models.Model):
    """Days on which the community, or one offering, takes no guests (weather, festival)."""

    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        related_name="closures",
        verbose_name=_("community"),
    )
    offering = models.ForeignKey(
        "catalog.Offering",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="closures",
        verbose_name=_("only this offering"),
    )
    date_from = models.DateField(_("from"))
    date_to = models.DateField(_("to (inclusive)"))
    reason = models.CharField(_("reason"), max_length=200)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["date_from"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(date_from__lte=models.F("date_to")),
                name="closure_dates_in_order",
            ),
        ]
        verbose_name = _("closure")
        verbose_name_plural = _("closures")

    def __str__(self) -> str:
        return f"{self.date_from}–{self.date_to} {self.reason}"


class BookingStatus(models.TextChoices):
    PENDING_PAYMENT = "pending_payment", _("Awaiting payment")
    CONFIRMED = "confirmed", _("Confirmed")
    CANCELLED = "cancelled", _("Cancelled")
    EXPIRED = "expired", _("Expired")


class Channel(models.TextChoices):
    WEB = "web", _("Website")
    COORDINATOR = "coordinator", _("Coordinator")
    API = "api", _("Partner API")
    OCTO = "octo", _("OCTO reseller")


class Booking(models.Model):
    reference = models.CharField(_("reference"), max_length=12, unique=True, default=new_reference)
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # The secret in the tourist's links (voucher, cancel): the reference alone is guessable.
    token = models.CharField(max_length=43, default=secrets.token_urlsafe, editable=False)
    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.PROTECT,
        related_name="bookings",
        verbose_name=_("community"),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=BookingStatus.choices,
        default=BookingStatus.PENDING_PAYMENT,
        db_index=True,
    )
    channel = models.CharField(
        _("channel"), max_length=12, choices=Channel.choices, default=Channel.WEB
    )
    contact_name = models.CharField(_("name"), max_length=120)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=32, blank=True)
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default="en"
    )
    dietary_needs = models.CharField(_("dietary needs"), max_length=300, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    total = models.DecimalField(_("total"), max_digits=14, decimal_places=2)
    currency = models.ForeignKey("communities.Currency", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("held until"), null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancel_reason = models.CharField(_("why cancelled"), max_length=200, blank=True)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    api_key = models.ForeignKey(
        "bookings.ApiKey", null=True, blank=True, on_delete=models.SET_NULL, related_name="bookings"
    )
    idempotency_key = models.CharField(max_length=100, blank=True)
    reseller_reference = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["api_key", "idempotency_key"],
                name="one_booking_per_idempotency_key",
                condition=~models.Q(idempotency_key=""),
            ),
        ]
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")

    def __str__(self) -> str:
        return self.reference

    def get_absolute_url(self) -> str:
        return reverse("bookings:detail", args=[self.reference, self.token])

    @property
    def total_money(self) -> Money:
        return Money(self.total, self.currency_id)

    @property
    def is_held(self) -> bool:
        return (
            self.status == BookingStatus.PENDING_PAYMENT
            and self.expires_at is not None
            and self.expires_at > timezone.now()
        )


class BookingItem(models.Model):
    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="items")
    offering = models.ForeignKey(
        "catalog.Offering", on_delete=models.PROTECT, related_name="booking_items"
    )
    slot = models.ForeignKey(
        Slot, null=True, blank=True, on_delete=models.PROTECT, related_name="items"
    )
    adults = models.PositiveSmallIntegerField(_("adults"), default=0)
    children = models.PositiveSmallIntegerField(_("children"), default=0)
    quantity = models.PositiveSmallIntegerField(
        _("quantity"),
        default=0,
        help_text=_("Rooms for a homestay, pieces for a product."),
    )
    # What this item takes from its slot (guests, or rooms) or from stock (pieces).
    units = models.PositiveIntegerField()
    price = models.DecimalField(_("price"), max_digits=14, decimal_places=2)

    class Meta:
        ordering = ["booking", "slot__starts_at", "id"]
        verbose_name = _("booked item")
        verbose_name_plural = _("booked items")

    def __str__(self) -> str:
        return f"{self.booking} {self.offering}"


class ApiKey(models.Model):
    """A key for the platform's API and OCTO: only its hash is stored."""

    class Role(models.TextChoices):
        PARTNER = "partner", _("Partner or reseller")
        COORDINATOR = "coordinator", _("Coordinator")
        OFFICER = "officer", _("Programme officer")

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=12, choices=Role.choices)
    community = models.ForeignKey(
        "communities.Community",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="api_keys",
        verbose_name=_("community"),
    )
    prefix = models.CharField(max_length=12, unique=True)
    key_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    is_test = models.BooleanField(_("test key"), default=False)

    class Meta:
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")

    def __str__(self) -> str:
        return f"{self.name} ({self.get_role_display()})"
