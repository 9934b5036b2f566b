import datetime as dt

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class PlaceCategory(models.TextChoices):
    TEMPLE = "temple", _("Temple")
    VIEWPOINT = "viewpoint", _("Viewpoint")
    WATERFALL = "waterfall", _("Waterfall")
    RIVER = "river", _("River")
    MARKET = "market", _("Market")
    WORKSHOP = "workshop", _("Workshop")
    FARM = "farm", _("Farm")
    HOMESTAY = "homestay", _("Homestay")
    RESTAURANT = "restaurant", _("Restaurant")
    MUSEUM = "museum", _("Museum")
    NATURE = "nature", _("Nature trail")
    LANDMARK = "landmark", _("Landmark")
    BORDER = "border", _("Border crossing")
    MEETING_POINT = "meeting", _("Meeting point")
    TRANSPORT = "transport", _("Transport")


class Weekday(models.IntegerChoices):
    # Python's date.weekday() numbering, so no conversion is ever needed.
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class Place(models.Model):
    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        related_name="places",
        verbose_name=_("community"),
    )
    slug = models.SlugField(_("short name in links"))
    name = models.CharField(_("name"), max_length=120)
    summary = models.CharField(_("summary"), max_length=240, blank=True)
    description = models.TextField(_("description"), blank=True)
    category = models.CharField(_("category"), max_length=20, choices=PlaceCategory.choices)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6)
    location_is_approximate = models.BooleanField(_("location is approximate"), default=False)
    visit_minutes = models.PositiveSmallIntegerField(_("typical visit (minutes)"), default=60)
    always_open = models.BooleanField(
        _("always open"), default=False, help_text=_("For example a viewpoint or a river bank.")
    )
    accessibility_notes = models.TextField(_("accessibility"), blank=True)
    visitor_notes = models.TextField(
        _("what visitors should know"),
        blank=True,
        help_text=_("Dress code, documents, what to bring."),
    )
    is_published = models.BooleanField(_("published"), default=True)
    photos = GenericRelation("core.Photo")

    class Meta:
        ordering = ["community", "name"]
        constraints = [
            models.UniqueConstraint(fields=["community", "slug"], name="unique_place_slug")
        ]
        verbose_name = _("place")
        verbose_name_plural = _("places")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("front:place", args=[self.community.slug, self.slug])

    def hours_on(self, day: dt.date) -> list[tuple[dt.time, dt.time]]:
        """Opening intervals on `day`: an exception for that date wins over the weekly hours."""
        if self.always_open:
            return [(dt.time(0, 0), dt.time(23, 59))]
        exceptions = [e for e in self.opening_exceptions.all() if e.date == day]
        if exceptions:
            return [(e.opens, e.closes) for e in exceptions if not e.closed]
        return [(h.opens, h.closes) for h in self.opening_hours.all() if h.weekday == day.weekday()]

    def is_open_at(self, moment: dt.datetime) -> bool:
        t = moment.time()
        return any(opens <= t < closes for opens, closes in self.hours_on(moment.date()))


class OpeningHours(models.Model):
    """One opening interval on a weekday; a day may have several (a lunch break)."""

    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    class Meta:
        ordering = ["weekday", "opens"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(opens__lt=models.F("closes")), name="hours_open_before_close"
            ),
        ]
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"


class OpeningException(models.Model):
    """A date with other hours than usual: a holiday, a festival, a closure."""

    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="opening_exceptions")
    date = models.DateField(_("date"))
    closed = models.BooleanField(_("closed all day"), default=True)
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(_("closes"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=160, blank=True)

    class Meta:
        ordering = ["date", "opens"]
        verbose_name = _("opening exception")
        verbose_name_plural = _("opening exceptions")

    def __str__(self) -> str:
        return f"{self.date} {self.reason}"

    def clean(self) -> None:
        if not self.closed and (self.opens is None or self.closes is None):
            raise ValidationError(_("Give the opening and closing time, or mark the day closed."))
        if not self.closed and self.opens >= self.closes:
            raise ValidationError(_("The place must open before it closes."))
