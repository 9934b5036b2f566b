from decimal import Decimal

from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from chumchon.money import Money, exponent

brand_colour_validator = RegexValidator(r"^#[0-9A-Fa-f]{6}$", _("Use a colour such as #1B6E53."))


class Currency(models.Model):
    code = models.CharField(_("code"), max_length=3, primary_key=True)
    name = models.CharField(_("name"), max_length=60)
    symbol = models.CharField(_("symbol"), max_length=8)

    class Meta:
        verbose_name = _("currency")
        verbose_name_plural = _("currencies")

    def __str__(self) -> str:
        return self.code

    @property
    def decimal_places(self) -> int:
        return exponent(self.code)


class ExchangeRate(models.Model):
    """An approximate rate for showing prices in other currencies (not for settlement)."""

    base = models.ForeignKey(Currency, on_delete=models.PROTECT, related_name="+")
    quote = models.ForeignKey(Currency, on_delete=models.PROTECT, related_name="+")
    rate = models.DecimalField(
        _("rate"),
        max_digits=20,
        decimal_places=8,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("How many units of the quote currency one unit of the base buys."),
    )
    valid_from = models.DateField(_("valid from"))
    source = models.CharField(_("source"), max_length=120, blank=True)

    class Meta:
        ordering = ["-valid_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["base", "quote", "valid_from"], name="unique_rate_per_day"
            )
        ]
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")

    def __str__(self) -> str:
        return f"1 {self.base_id} = {self.rate} {self.quote_id} ({self.valid_from})"


class Country(models.Model):
    code = models.CharField(_("code"), max_length=2, primary_key=True)  # ISO 3166-1
    name = models.CharField(_("name"), max_length=80)
    currency = models.ForeignKey(Currency, on_delete=models.PROTECT)
    time_zone = models.CharField(_("time zone"), max_length=40, default="Asia/Bangkok")
    phone_prefix = models.CharField(_("phone prefix"), max_length=5)

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self) -> str:
        return self.name


class Community(models.Model):
    slug = models.SlugField(_("short name in links"), unique=True)
    name = models.CharField(_("name"), max_length=120)
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    story = models.TextField(_("story"), blank=True)
    country = models.ForeignKey(Country, on_delete=models.PROTECT, verbose_name=_("country"))
    province = models.CharField(_("province"), max_length=80)
    district = models.CharField(_("district"), max_length=80)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6)
    location_is_approximate = models.BooleanField(_("location is approximate"), default=True)
    currency = models.ForeignKey(Currency, on_delete=models.PROTECT, verbose_name=_("currency"))
    time_zone = models.CharField(_("time zone"), max_length=40, default="Asia/Bangkok")
    main_language = models.CharField(
        _("main language"), max_length=5, choices=[("th", "ไทย"), ("lo", "ລາວ")], default="th"
    )
    contact_phone = models.CharField(_("contact phone"), max_length=32)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    line_id = models.CharField(_("LINE ID"), max_length=60, blank=True)
    emergency_phone = models.CharField(
        _("emergency phone"),
        max_length=32,
        help_text=_("Police, ambulance or tourist police, as visitors should dial it."),
    )
    emergency_notes = models.CharField(_("emergency notes"), max_length=300, blank=True)
    brand_colour = models.CharField(
        _("brand colour"), max_length=7, default="#1B6E53", validators=[brand_colour_validator]
    )
    promptpay_id = models.CharField(_("PromptPay ID"), max_length=20, blank=True)
    is_published = models.BooleanField(_("published"), default=True)
    photos = GenericRelation("core.Photo")

    class Meta:
        ordering = ["name"]
        verbose_name = _("community")
        verbose_name_plural = _("communities")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("front:community", args=[self.slug])

    def money(self, amount) -> Money:
        return Money(amount, self.currency_id)


class Role(models.Model):
    """A job a household member does in the community's tourism (or its governance)."""

    code = models.SlugField(_("code"), unique=True)
    name = models.CharField(_("name"), max_length=80)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "code"]
        verbose_name = _("role")
        verbose_name_plural = _("roles")

    def __str__(self) -> str:
        return self.name


class Household(models.Model):
    """A household taking part in the community's tourism. Personal data (PDPA)."""

    community = models.ForeignKey(
        Community, on_delete=models.PROTECT, related_name="households", verbose_name=_("community")
    )
    code = models.CharField(
        _("household code"),
        max_length=20,
        help_text=_("A short code used in reports instead of the family's name."),
    )
    name = models.CharField(_("household name"), max_length=120)
    village = models.CharField(_("village"), max_length=120, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    consent_given = models.BooleanField(
        _("agreed that the community keeps this data"), default=False
    )
    consent_date = models.DateField(_("date of agreement"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["community", "code"], name="unique_household_code"),
            # PDPA: personal data is kept only with the date on which consent was given.
            models.CheckConstraint(
                condition=models.Q(consent_given=False) | models.Q(consent_date__isnull=False),
                name="consent_has_date",
            ),
        ]
        verbose_name = _("household")
        verbose_name_plural = _("households")

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class Gender(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    OTHER = "other", _("Other")
    UNDISCLOSED = "undisclosed", _("Prefer not to say")


class AgeGroup(models.TextChoices):
    # Bands follow the programme's inclusion reporting: youth, working age, elderly.
    UNDER_18 = "under18", _("Under 18")
    AGE_18_24 = "18-24", _("18–24")
    AGE_25_39 = "25-39", _("25–39")
    AGE_40_59 = "40-59", _("40–59")
    AGE_60_PLUS = "60plus", _("60 and over")


class Member(models.Model):
    household = models.ForeignKey(
        Household, on_delete=models.CASCADE, related_name="members", verbose_name=_("household")
    )
    name = models.CharField(_("name"), max_length=120)
    nickname = models.CharField(_("nickname"), max_length=60, blank=True)
    gender = models.CharField(_("gender"), max_length=12, choices=Gender.choices)
    age_group = models.CharField(_("age group"), max_length=8, choices=AgeGroup.choices)
    roles = models.ManyToManyField(
        Role, blank=True, related_name="members", verbose_name=_("roles")
    )
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    languages = models.CharField(
        _("languages spoken"), max_length=60, blank=True, help_text=_("e.g. th, lo, en")
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["household", "name"]
        verbose_name = _("member")
        verbose_name_plural = _("members")

    def __str__(self) -> str:
        return self.nickname or self.name

    @property
    def community(self) -> Community:
        return self.household.community
