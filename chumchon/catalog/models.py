from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from chumchon.money import Money, quantum


class OfferingKind(models.TextChoices):
    ACTIVITY = "activity", _("Activity")
    HOMESTAY = "homestay", _("Homestay room")
    MEAL = "meal", _("Meal")
    PRODUCT = "product", _("Local product")
    SERVICE = "service", _("Service")


class ServiceType(models.TextChoices):
    GUIDE = "guide", _("Guide")
    BOAT = "boat", _("Boat")
    TRANSPORT = "transport", _("Transport")
    OTHER = "other", _("Other")


class AvailabilityType(models.TextChoices):
    # The two kinds OCTO knows: departures at set times, or a day ticket used any time
    # during the opening hours (one slot a day).
    START_TIME = "start_time", _("At set start times")
    OPENING_HOURS = "opening_hours", _("Any time during opening hours")


class SpokenLanguage(models.Model):
    code = models.CharField(_("code"), max_length=5, primary_key=True)
    name = models.CharField(_("name"), max_length=40)

    class Meta:
        ordering = ["code"]
        verbose_name = _("spoken language")
        verbose_name_plural = _("spoken languages")

    def __str__(self) -> str:
        return self.name


class Resource(models.Model):
    """Something that can be in one place at a time: a guide, a boat, a pickup truck."""

    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        related_name="resources",
        verbose_name=_("community"),
    )
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=12, choices=ServiceType.choices)

    class Meta:
        ordering = ["community", "name"]
        verbose_name = _("shared resource")
        verbose_name_plural = _("shared resources")

    def __str__(self) -> str:
        return self.name


class CancellationPolicy(models.Model):
    """How much of the price comes back when a tourist cancels, by days before the start."""

    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        related_name="cancellation_policies",
        verbose_name=_("community"),
    )
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        verbose_name = _("cancellation policy")
        verbose_name_plural = _("cancellation policies")

    def __str__(self) -> str:
        return self.name

    def refund_percent(self, days_before: float) -> int:
        """The refund for a cancellation `days_before` the start: the first rule it meets."""
        for rule in self.rules.order_by("-days_before"):
            if days_before >= rule.days_before:
                return rule.refund_percent
        return 0


class CancellationRule(models.Model):
    policy = models.ForeignKey(CancellationPolicy, on_delete=models.CASCADE, related_name="rules")
    days_before = models.PositiveSmallIntegerField(_("at least this many days before"))
    refund_percent = models.PositiveSmallIntegerField(
        _("refund (%)"), validators=[MaxValueValidator(100)]
    )

    class Meta:
        ordering = ["-days_before"]
        constraints = [
            models.UniqueConstraint(fields=["policy", "days_before"], name="one_rule_per_day"),
        ]
        verbose_name = _("cancellation rule")
        verbose_name_plural = _("cancellation rules")

    def __str__(self) -> str:
        return f"≥{self.days_before} d: {self.refund_percent}%"


class Offering(models.Model):
    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        related_name="offerings",
        verbose_name=_("community"),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=OfferingKind.choices)
    service_type = models.CharField(
        _("service type"), max_length=12, choices=ServiceType.choices, blank=True
    )
    slug = models.SlugField(_("short name in links"))
    title = models.CharField(_("title"), max_length=140)
    summary = models.CharField(_("summary"), max_length=240, blank=True)
    description = models.TextField(_("description"), blank=True)
    included = models.TextField(_("what is included"), blank=True)
    not_included = models.TextField(_("not included"), blank=True)
    what_to_bring = models.TextField(_("what to bring"), blank=True)
    providers = models.ManyToManyField(
        "communities.Household",
        blank=True,
        related_name="offerings",
        verbose_name=_("provider households"),
    )
    place = models.ForeignKey(
        "places.Place",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="offerings",
        verbose_name=_("where / meeting point"),
    )
    capacity = models.PositiveSmallIntegerField(
        _("capacity"),
        default=10,
        validators=[MinValueValidator(1)],
        help_text=_("Most guests at one time (per departure, room or meal sitting)."),
    )
    min_guests = models.PositiveSmallIntegerField(_("fewest guests"), default=1)
    duration_minutes = models.PositiveIntegerField(_("duration (minutes)"), null=True, blank=True)
    languages = models.ManyToManyField(
        SpokenLanguage, blank=True, related_name="offerings", verbose_name=_("languages spoken")
    )
    child_max_age = models.PositiveSmallIntegerField(_("child price up to age"), default=12)
    # Season as a month range that may wrap over the new year (Nov–Feb).
    season_start_month = models.PositiveSmallIntegerField(
        _("season starts (month)"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    season_end_month = models.PositiveSmallIntegerField(
        _("season ends (month)"),
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    season_note = models.CharField(_("season note"), max_length=200, blank=True)
    availability_type = models.CharField(
        _("booked for"), max_length=16, choices=AvailabilityType.choices,
        default=AvailabilityType.START_TIME,
    )
    resources = models.ManyToManyField(
        Resource,
        blank=True,
        related_name="offerings",
        verbose_name=_("shared resources needed"),
        help_text=_("A guide or boat that this offering takes for its whole duration."),
    )
    cancellation_policy = models.ForeignKey(
        CancellationPolicy,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="offerings",
        verbose_name=_("cancellation policy"),
    )
    # Homestay rooms
    beds = models.PositiveSmallIntegerField(_("beds"), null=True, blank=True)
    private_bathroom = models.BooleanField(_("private bathroom"), default=False)
    # Local products
    stock = models.PositiveIntegerField(_("in stock"), null=True, blank=True)
    is_published = models.BooleanField(_("published"), default=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    photos = GenericRelation("core.Photo")

    class Meta:
        ordering = ["community", "kind", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["community", "slug"], name="unique_offering_slug")
        ]
        verbose_name = _("offering")
        verbose_name_plural = _("offerings")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("front:offering", args=[self.community.slug, self.slug])

    def clean(self) -> None:
        errors = {}
        if self.kind == OfferingKind.PRODUCT and self.stock is None:
            errors["stock"] = _("Say how many are in stock.")
        if self.kind == OfferingKind.SERVICE and not self.service_type:
            errors["service_type"] = _("Choose the type of service.")
        if self.kind == OfferingKind.HOMESTAY and not self.beds:
            errors["beds"] = _("Say how many beds the room has.")
        if self.min_guests and self.capacity and self.min_guests > self.capacity:
            errors["min_guests"] = _("The fewest guests cannot exceed the capacity.")
        if errors:
            raise ValidationError(errors)

    def in_season(self, month: int) -> bool:
        start, end = self.season_start_month, self.season_end_month
        return start <= month <= end if start <= end else (month >= start or month <= end)

    @property
    def is_year_round(self) -> bool:
        return (self.season_start_month, self.season_end_month) == (1, 12) or (
            self.season_end_month == self.season_start_month - 1
        )


class TierKind(models.TextChoices):
    ADULT = "adult", _("Adult")
    CHILD = "child", _("Child")
    GROUP = "group", _("Group")
    ITEM = "item", _("Per item")


class PriceTier(models.Model):
    """A price in the community's currency: per adult, per child, per group or per item."""

    offering = models.ForeignKey(Offering, on_delete=models.CASCADE, related_name="price_tiers")
    kind = models.CharField(_("price for"), max_length=8, choices=TierKind.choices)
    amount = models.DecimalField(
        _("price"), max_digits=14, decimal_places=2, validators=[MinValueValidator(0)]
    )
    group_size = models.PositiveSmallIntegerField(
        _("people per group"),
        null=True,
        blank=True,
        help_text=_("For a group price: how many people it covers."),
    )

    class Meta:
        ordering = ["offering", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["offering", "kind"], name="one_tier_per_kind"),
            models.CheckConstraint(
                condition=~models.Q(kind="group") | models.Q(group_size__gte=1),
                name="group_tier_has_size",
            ),
        ]
        verbose_name = _("price tier")
        verbose_name_plural = _("price tiers")

    def __str__(self) -> str:
        return f"{self.offering} – {self.get_kind_display()}: {self.amount}"

    @property
    def currency(self) -> str:
        return self.offering.community.currency_id

    @property
    def price(self) -> Money:
        return Money(self.amount, self.currency)

    def clean(self) -> None:
        if self.kind == TierKind.GROUP and not self.group_size:
            raise ValidationError({"group_size": _("Say how many people the group price covers.")})
        if self.amount is not None and self.offering_id:
            if self.amount != self.amount.quantize(quantum(self.currency)):
                raise ValidationError({"amount": _("This currency has no such small units.")})


class MenuItem(models.Model):
    """A dish on a meal's menu, with what a guest with dietary needs must know."""

    offering = models.ForeignKey(Offering, on_delete=models.CASCADE, related_name="menu_items")
    name = models.CharField(_("dish"), max_length=120)
    description = models.CharField(_("description"), max_length=300, blank=True)
    vegetarian = models.BooleanField(_("vegetarian"), default=False)
    contains_nuts = models.BooleanField(_("contains nuts"), default=False)
    contains_seafood = models.BooleanField(_("contains fish or seafood"), default=False)
    spicy = models.BooleanField(_("spicy"), default=False)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["offering", "position", "id"]
        verbose_name = _("dish")
        verbose_name_plural = _("menu")

    def __str__(self) -> str:
        return self.name
