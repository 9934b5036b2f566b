"""What a community tells the world about itself, and what the world says back.

Highlights on its public page, promotion codes and their redemptions, and reviews
from tourists whose trip really happened (one per booking), with the community's reply.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chumchon.money import Money


class Highlight(models.Model):
    """One short reason to visit, shown near the top of the community's page."""

    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        related_name="highlights",
        verbose_name=_("community"),
    )
    title = models.CharField(_("title"), max_length=80)
    text = models.CharField(_("text"), max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["community", "position", "id"]
        verbose_name = _("highlight")
        verbose_name_plural = _("highlights")

    def __str__(self) -> str:
        return self.title


class DiscountKind(models.TextChoices):
    PERCENT = "percent", _("Percentage off")
    AMOUNT = "amount", _("Fixed amount off")


class PromoCode(models.Model):
    """A code a tourist types when booking to pay less, within limits the community sets."""

    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        related_name="promo_codes",
        verbose_name=_("community"),
    )
    # Stored in capitals: tourists type codes in any case, and two codes that differ
    # only by case would be the same code to them.
    code = models.CharField(
        _("code"), max_length=30, help_text=_("Letters and digits, e.g. RAINYSEASON25.")
    )
    description = models.CharField(
        _("what it is for"), max_length=200, blank=True, help_text=_("Only staff see this.")
    )
    kind = models.CharField(
        _("discount"), max_length=8, choices=DiscountKind.choices, default=DiscountKind.PERCENT
    )
    percent = models.DecimalField(
        _("percent off"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal("100"))],
    )
    amount = models.DecimalField(
        _("amount off"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01"))],
        help_text=_("In the community's currency."),
    )
    valid_from = models.DateTimeField(_("valid from"), default=timezone.now)
    valid_to = models.DateTimeField(_("valid until"), null=True, blank=True)
    max_redemptions = models.PositiveIntegerField(
        _("how many bookings may use it"), null=True, blank=True, help_text=_("Empty: no limit.")
    )
    offerings = models.ManyToManyField(
        "catalog.Offering",
        blank=True,
        related_name="promo_codes",
        verbose_name=_("only for these offerings"),
        help_text=_("None chosen: every offering of the community."),
    )
    min_guests = models.PositiveSmallIntegerField(_("fewest guests"), null=True, blank=True)
    min_total = models.DecimalField(
        _("smallest booking total"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["community", "-is_active", "code"]
        constraints = [
            models.UniqueConstraint(fields=["community", "code"], name="unique_promo_code"),
            models.CheckConstraint(
                condition=(
                    models.Q(kind="percent", percent__isnull=False, amount__isnull=True)
                    | models.Q(kind="amount", amount__isnull=False, percent__isnull=True)
                ),
                name="promo_has_one_discount",
            ),
        ]
        verbose_name = _("promotion code")
        verbose_name_plural = _("promotion codes")

    def __str__(self) -> str:
        return self.code

    def save(self, *args, **kwargs):
        self.code = normalise_code(self.code)
        super().save(*args, **kwargs)

    @property
    def amount_money(self) -> Money | None:
        return None if self.amount is None else Money(self.amount, self.community.currency_id)


def normalise_code(code: str) -> str:
    return "".join((code or "").split()).upper()


class PromoRedemption(models.Model):
    """A code used by one booking, written in the booking's own transaction."""

    promo = models.ForeignKey(
        PromoCode, on_delete=models.PROTECT, related_name="redemptions", verbose_name=_("code")
    )
    booking = models.OneToOneField(
        "bookings.Booking",
        on_delete=models.CASCADE,
        related_name="promo_redemption",
        verbose_name=_("booking"),
    )
    discount = models.DecimalField(_("discount"), max_digits=14, decimal_places=2)
    currency = models.ForeignKey("communities.Currency", on_delete=models.PROTECT, related_name="+")
    total_before = models.DecimalField(_("total before discount"), max_digits=14, decimal_places=2)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("promotion code used")
        verbose_name_plural = _("promotion codes used")

    def __str__(self) -> str:
        return f"{self.promo} {self.booking}"

    @property
    def discount_money(self) -> Money:
        return Money(self.discount, self.currency_id)


class ReviewInvitation(models.Model):
    """The post-trip e-mail was sent for this booking (so it is sent once)."""

    booking = models.OneToOneField(
        "bookings.Booking", on_delete=models.CASCADE, related_name="review_invitation"
    )
    sent_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.booking} {self.sent_at:%Y-%m-%d}"


class Review(models.Model):
    """A tourist's review of a visit that happened: one per booking, never edited by staff.

    Shows only a first name and a country (PDPA): the booking's contact stays private.
    """

    booking = models.OneToOneField(
        "bookings.Booking",
        on_delete=models.CASCADE,
        related_name="review",
        verbose_name=_("booking"),
    )
    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        related_name="reviews",
        verbose_name=_("community"),
    )
    rating = models.PositiveSmallIntegerField(
        _("rating"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    text = models.TextField(_("review"), max_length=3000, blank=True)
    language = models.CharField(
        _("language of the review"), max_length=5, choices=settings.LANGUAGES, default="en"
    )
    reviewer_name = models.CharField(_("first name shown"), max_length=40)
    reviewer_country = models.CharField(_("country"), max_length=60, blank=True)
    created_at = models.DateTimeField(_("written"), default=timezone.now)
    is_hidden = models.BooleanField(_("hidden"), default=False)
    hidden_reason = models.CharField(_("why hidden"), max_length=200, blank=True)
    reply = models.TextField(_("the community's reply"), max_length=2000, blank=True)
    replied_at = models.DateTimeField(null=True, blank=True)
    replied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rating__gte=1, rating__lte=5), name="review_rating_1_to_5"
            )
        ]
        verbose_name = _("review")
        verbose_name_plural = _("reviews")

    def __str__(self) -> str:
        return f"{self.reviewer_name} {self.rating}★ ({self.booking})"


class OfferingRating(models.Model):
    """The stars one review gives one of the offerings booked."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="offering_ratings")
    offering = models.ForeignKey(
        "catalog.Offering", on_delete=models.CASCADE, related_name="ratings"
    )
    rating = models.PositiveSmallIntegerField(
        _("rating"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["review", "offering"], name="one_rating_per_offering"),
            models.CheckConstraint(
                condition=models.Q(rating__gte=1, rating__lte=5), name="offering_rating_1_to_5"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.offering} {self.rating}★"
