"""The community network: partners and their agreements, referrals, hand-offs and packages.

A partner is anyone who sends tourists to a community: a tour agency (Local Alike), a
government office, an NGO, a Lao counterpart, or another community of the network
(then the Partner row stands for that community). An agreement says which of a
community's offerings a partner may sell, at what commission or net rate, and when.
"""

from __future__ import annotations

import datetime as dt
import secrets
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from chumchon.money import Money, quantum

# Referral codes are read aloud and typed from a printed card: no 0/O, 1/I/L, 2/Z, 5/S, 8/B.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
code_validator = RegexValidator(r"^[A-Z0-9-]{4,32}$", _("Use 4 to 32 capital letters or digits."))


def new_code(length: int = 8) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


class PartnerKind(models.TextChoices):
    AGENCY = "agency", _("Tour agency")
    GOVERNMENT = "government", _("Government office")
    NGO = "ngo", _("NGO")
    COUNTERPART = "counterpart", _("Lao counterpart")
    COMMUNITY = "community", _("Community of the network")


class Partner(models.Model):
    slug = models.SlugField(_("short name in links"), unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=PartnerKind.choices)
    name = models.CharField(_("name"), max_length=160)
    description = models.TextField(_("description"), blank=True)
    country = models.ForeignKey(
        "communities.Country",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("country"),
    )
    # Set only when the partner is itself a community of the network.
    community = models.OneToOneField(
        "communities.Community",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="as_partner",
        verbose_name=_("community"),
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=32, blank=True)
    website = models.URLField(_("website"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(kind="community") | models.Q(community__isnull=False),
                name="community_partner_names_its_community",
            ),
        ]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self) -> str:
        return self.name


class PartnerApiKey(models.Model):
    """Which partner a partner-scope API key sells for."""

    key = models.OneToOneField(
        "bookings.ApiKey", on_delete=models.CASCADE, related_name="partner_link"
    )
    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="api_keys")

    class Meta:
        verbose_name = _("partner API key")
        verbose_name_plural = _("partner API keys")

    def __str__(self) -> str:
        return f"{self.partner} · {self.key.prefix}"


class AgreementStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    ACTIVE = "active", _("In force")
    SUSPENDED = "suspended", _("Suspended")
    ENDED = "ended", _("Ended")


class Agreement(models.Model):
    """What a partner may sell of a community's offerings, and what it earns for it.

    Either a commission (a percentage of the price the tourist pays) or net rates (the
    amount per guest or piece the community keeps; the partner earns the rest).
    """

    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        related_name="agreements",
        verbose_name=_("community"),
    )
    partner = models.ForeignKey(
        Partner, on_delete=models.CASCADE, related_name="agreements", verbose_name=_("partner")
    )
    all_offerings = models.BooleanField(_("covers every offering"), default=True)
    offerings = models.ManyToManyField(
        "catalog.Offering",
        blank=True,
        related_name="agreements",
        verbose_name=_("offerings covered"),
    )
    commission_percent = models.DecimalField(
        _("commission (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("Empty when the agreement uses net rates."),
    )
    valid_from = models.DateField(_("valid from"))
    valid_to = models.DateField(_("valid to (inclusive)"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=AgreementStatus.choices, default=AgreementStatus.ACTIVE
    )
    reference = models.CharField(_("signed document"), max_length=200, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["community", "partner", "-valid_from"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_to__isnull=True)
                | models.Q(valid_from__lte=models.F("valid_to")),
                name="agreement_dates_in_order",
            ),
        ]
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")

    def __str__(self) -> str:
        return f"{self.community} ↔ {self.partner} ({self.valid_from})"

    def clean(self) -> None:
        if self.partner_id and self.community_id and self.partner.community_id == self.community_id:
            raise ValidationError({"partner": _("A community cannot be its own partner.")})
        if self.valid_to and self.valid_from and self.valid_to < self.valid_from:
            raise ValidationError({"valid_to": _("The agreement must start before it ends.")})

    def is_valid_on(self, day: dt.date) -> bool:
        return (
            self.status == AgreementStatus.ACTIVE
            and self.valid_from <= day
            and (self.valid_to is None or day <= self.valid_to)
        )

    @property
    def uses_net_rates(self) -> bool:
        return self.commission_percent is None

    @property
    def percent_text(self) -> str:
        """The commission as people write it: 12.5, not 12.50."""
        if self.commission_percent is None:
            return ""
        return f"{self.commission_percent.normalize():f}"


class NetRate(models.Model):
    """What the community keeps per guest (or piece) of one offering under an agreement."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="net_rates")
    offering = models.ForeignKey("catalog.Offering", on_delete=models.CASCADE, related_name="+")
    amount = models.DecimalField(
        _("net rate per guest"), max_digits=14, decimal_places=2, validators=[MinValueValidator(0)]
    )

    class Meta:
        ordering = ["agreement", "offering"]
        constraints = [
            models.UniqueConstraint(fields=["agreement", "offering"], name="one_net_rate_each"),
        ]
        verbose_name = _("net rate")
        verbose_name_plural = _("net rates")

    def __str__(self) -> str:
        return f"{self.offering}: {self.amount}"

    def clean(self) -> None:
        if self.agreement_id and self.offering_id:
            if self.offering.community_id != self.agreement.community_id:
                raise ValidationError(_("This offering belongs to another community."))
            currency = self.agreement.community.currency_id
            if self.amount is not None and self.amount != self.amount.quantize(quantum(currency)):
                raise ValidationError({"amount": _("This currency has no such small units.")})

    @property
    def money(self) -> Money:
        return Money(self.amount, self.agreement.community.currency_id)


class CodeKind(models.TextChoices):
    LINK = "link", _("Referral link")
    HANDOFF = "handoff", _("Hand-off from a booking")


class ReferralCode(models.Model):
    """A code (and its link /<lang>/r/<code>/) that says who sent the tourist."""

    code = models.CharField(
        _("code"), max_length=32, unique=True, default=new_code, validators=[code_validator]
    )
    partner = models.ForeignKey(
        Partner, on_delete=models.CASCADE, related_name="codes", verbose_name=_("referrer")
    )
    kind = models.CharField(_("kind"), max_length=8, choices=CodeKind.choices, default="link")
    # Where the link lands: an offering, else a community, else the home page.
    community = models.ForeignKey(
        "communities.Community",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("lands on community"),
    )
    offering = models.ForeignKey(
        "catalog.Offering",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("lands on offering"),
    )
    # A hand-off code belongs to the booking whose confirmation offered the partner's
    # experiences: booking through it links the two bookings.
    origin_booking = models.OneToOneField(
        "bookings.Booking",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="handoff_code",
    )
    label = models.CharField(_("where it is used"), max_length=120, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["partner", "code"]
        verbose_name = _("referral code")
        verbose_name_plural = _("referral codes")

    def __str__(self) -> str:
        return self.code

    def get_absolute_url(self) -> str:
        return reverse("network:referral", args=[self.code])


class ReferralSource(models.TextChoices):
    LINK = "link", _("Referral link or code")
    API_KEY = "api_key", _("Partner API key")
    HANDOFF = "handoff", _("Hand-off from a partner community")


class Referral(models.Model):
    """Who brought a booking, and the commission agreed for it (fixed when it was made)."""

    booking = models.OneToOneField(
        "bookings.Booking", on_delete=models.CASCADE, related_name="referral"
    )
    partner = models.ForeignKey(
        Partner, on_delete=models.PROTECT, related_name="referrals", verbose_name=_("referrer")
    )
    code = models.ForeignKey(
        ReferralCode, null=True, blank=True, on_delete=models.SET_NULL, related_name="referrals"
    )
    source = models.CharField(_("source"), max_length=8, choices=ReferralSource.choices)
    agreement = models.ForeignKey(
        Agreement, null=True, blank=True, on_delete=models.PROTECT, related_name="referrals"
    )
    commission = models.DecimalField(
        _("commission"), max_digits=14, decimal_places=2, default=Decimal(0)
    )
    currency = models.ForeignKey("communities.Currency", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")

    def __str__(self) -> str:
        return f"{self.booking} ← {self.partner}"

    @property
    def commission_money(self) -> Money:
        return Money(self.commission, self.currency_id)


class HandOffStatus(models.TextChoices):
    OFFERED = "offered", _("Offered")
    BOOKED = "booked", _("Booked, awaiting payment")
    EXPECTED = "expected", _("Expected")
    ARRIVED = "arrived", _("Arrived")
    NO_SHOW = "no_show", _("Did not arrive")
    CANCELLED = "cancelled", _("Cancelled")


class HandOff(models.Model):
    """A group going on from one community to its partner across the border."""

    from_community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        related_name="handoffs_sent",
        verbose_name=_("from"),
    )
    to_community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        related_name="handoffs_received",
        verbose_name=_("to"),
    )
    origin_booking = models.ForeignKey(
        "bookings.Booking",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="handoffs_onward",
    )
    onward_booking = models.OneToOneField(
        "bookings.Booking",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="handoff",
    )
    group_name = models.CharField(_("group (lead name)"), max_length=120)
    group_size = models.PositiveSmallIntegerField(_("people"), validators=[MinValueValidator(1)])
    day = models.DateField(_("day of arrival"))
    crossing = models.ForeignKey(
        "places.Place",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("border crossing"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=HandOffStatus.choices, default=HandOffStatus.OFFERED
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["day", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(from_community=models.F("to_community")),
                name="handoff_between_two_communities",
            ),
        ]
        indexes = [models.Index(fields=["to_community", "day"])]
        verbose_name = _("hand-off")
        verbose_name_plural = _("hand-offs")

    def __str__(self) -> str:
        return f"{self.from_community} → {self.to_community} {self.day}"


class Medium(models.TextChoices):
    EMAIL = "email", _("Confirmation e-mail")
    VOUCHER = "voucher", _("Voucher")
    PAGE = "page", _("Booking page")


class OfferImpression(models.Model):
    """A partner community's experience shown to a tourist (once per code, offering, medium)."""

    code = models.ForeignKey(ReferralCode, on_delete=models.CASCADE, related_name="impressions")
    offering = models.ForeignKey("catalog.Offering", on_delete=models.CASCADE, related_name="+")
    medium = models.CharField(max_length=8, choices=Medium.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["code", "offering", "medium"], name="one_impression_per_medium"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} · {self.offering_id} · {self.medium}"


class OfferClick(models.Model):
    """A tourist followed a referral link (to an offering when the link named one)."""

    code = models.ForeignKey(ReferralCode, on_delete=models.CASCADE, related_name="clicks")
    offering = models.ForeignKey(
        "catalog.Offering", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self) -> str:
        return f"{self.code} · {self.created_at:%Y-%m-%d %H:%M}"


# --- Cross-border packages ---------------------------------------------------------------


class CrossBorderPackage(models.Model):
    """Experiences of two communities sold as one trip, each paid to its own community."""

    slug = models.SlugField(_("short name in links"), unique=True)
    title = models.CharField(_("title"), max_length=160)
    story = models.TextField(_("story"), blank=True)
    crossing = models.ForeignKey(
        "places.Place",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("border crossing"),
    )
    is_published = models.BooleanField(_("published"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("cross-border package")
        verbose_name_plural = _("cross-border packages")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("network:package", args=[self.slug])


class PackageItem(models.Model):
    package = models.ForeignKey(CrossBorderPackage, on_delete=models.CASCADE, related_name="items")
    offering = models.ForeignKey(
        "catalog.Offering", on_delete=models.PROTECT, related_name="+", verbose_name=_("offering")
    )
    day = models.PositiveSmallIntegerField(_("day of the trip"), default=1)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["package", "day", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["package", "offering"], name="offering_once_a_package")
        ]
        verbose_name = _("package item")
        verbose_name_plural = _("package items")

    def __str__(self) -> str:
        return f"{self.package} · {self.day}: {self.offering}"


def new_trip_reference() -> str:
    return "T" + new_code(7)


class Trip(models.Model):
    """The bookings made together for one package: one per community, paid separately."""

    reference = models.CharField(max_length=12, unique=True, default=new_trip_reference)
    token = models.CharField(max_length=43, default=secrets.token_urlsafe, editable=False)
    package = models.ForeignKey(CrossBorderPackage, on_delete=models.PROTECT, related_name="trips")
    bookings = models.ManyToManyField("bookings.Booking", related_name="trips")
    start_day = models.DateField(_("first day"))
    contact_name = models.CharField(_("name"), max_length=120)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("trip")
        verbose_name_plural = _("trips")

    def __str__(self) -> str:
        return self.reference

    def get_absolute_url(self) -> str:
        return reverse("network:trip", args=[self.reference, self.token])
