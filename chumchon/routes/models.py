"""Routes: one or more days of ordered stops that coordinators design and tourists book.

A stop's `mode` is the mode of the leg that *arrives* at it (from the day's start place
or the previous stop); the day's last leg back to `end_place` goes by the last stop's mode.
Times are wall-clock times in the community's time zone, without a date: a route is a
template that a booking places on a calendar.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from chumchon.routing.travel import BICYCLE, BOAT, CAR, WALK


class TravelMode(models.TextChoices):
    WALK = WALK, _("On foot")
    BICYCLE = BICYCLE, _("By bicycle")
    CAR = CAR, _("By car")
    BOAT = BOAT, _("By boat")


class LegSource(models.TextChoices):
    OVERRIDE = "override", _("Set by the coordinator")
    OSRM = "osrm", _("Routing server")
    ESTIMATE = "estimate", _("Estimated from the map")


class Route(models.Model):
    community = models.ForeignKey(
        "communities.Community",
        on_delete=models.CASCADE,
        related_name="routes",
        verbose_name=_("community"),
    )
    slug = models.SlugField(_("short name in links"))
    title = models.CharField(_("title"), max_length=140)
    summary = models.CharField(_("summary"), max_length=280, blank=True)
    story = models.TextField(
        _("story"), blank=True, help_text=_("What visitors live on this route, day by day.")
    )
    is_published = models.BooleanField(_("published"), default=False)
    # Stored (not only derived) so that lists can filter on it; services.refresh_route
    # recomputes it whenever a stop changes.
    cross_border = models.BooleanField(_("crosses a border"), default=False, editable=False)
    created_by = models.ForeignKey(
        "accounts.User",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("created by"),
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["community", "title"]
        constraints = [
            models.UniqueConstraint(fields=["community", "slug"], name="unique_route_slug")
        ]
        verbose_name = _("route")
        verbose_name_plural = _("routes")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("routes:detail", args=[self.community.slug, self.slug])

    def get_geojson_url(self) -> str:
        return reverse("routes:geojson", args=[self.community.slug, self.slug])


class RouteDay(models.Model):
    route = models.ForeignKey(Route, on_delete=models.CASCADE, related_name="days")
    number = models.PositiveSmallIntegerField(_("day"), validators=[MinValueValidator(1)])
    title = models.CharField(_("title of the day"), max_length=140, blank=True)
    starts_at = models.TimeField(_("starts at"))
    ends_at = models.TimeField(_("ends at"))
    start_place = models.ForeignKey(
        "places.Place",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("starts from"),
    )
    end_place = models.ForeignKey(
        "places.Place",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("ends at (place)"),
        help_text=_("For example the homestay where visitors sleep."),
    )

    class Meta:
        ordering = ["route", "number"]
        constraints = [
            models.UniqueConstraint(fields=["route", "number"], name="unique_route_day_number"),
            models.CheckConstraint(
                condition=models.Q(starts_at__lt=models.F("ends_at")),
                name="route_day_starts_before_it_ends",
            ),
        ]
        verbose_name = _("route day")
        verbose_name_plural = _("route days")

    def __str__(self) -> str:
        return f"{self.route} – {_('day')} {self.number}"

    def clean(self) -> None:
        if self.starts_at and self.ends_at and self.starts_at >= self.ends_at:
            raise ValidationError(_("A day must start before it ends."))


class RouteStop(models.Model):
    day = models.ForeignKey(RouteDay, on_delete=models.CASCADE, related_name="stops")
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    place = models.ForeignKey(
        "places.Place",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="route_stops",
        verbose_name=_("place"),
    )
    offering = models.ForeignKey(
        "catalog.Offering",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="route_stops",
        verbose_name=_("offering"),
    )
    arrive_at = models.TimeField(
        _("arrive at"), null=True, blank=True, help_text=_("Leave empty to compute it.")
    )
    stay_minutes = models.PositiveSmallIntegerField(
        _("stay (minutes)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(24 * 60)],
        help_text=_("Leave empty for the offering's duration or the place's typical visit."),
    )
    mode = models.CharField(
        _("getting there"), max_length=10, choices=TravelMode.choices, default=TravelMode.WALK
    )
    leg_minutes_override = models.PositiveSmallIntegerField(
        _("travel time (minutes)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(24 * 60)],
        help_text=_("Only if you know better than the map."),
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["day", "position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(place__isnull=False) | models.Q(offering__isnull=False),
                name="route_stop_has_place_or_offering",
            ),
        ]
        verbose_name = _("route stop")
        verbose_name_plural = _("route stops")

    def __str__(self) -> str:
        return self.name

    @property
    def location(self):
        """The place the stop happens at: its own, or its offering's."""
        if self.place_id:
            return self.place
        return self.offering.place if self.offering_id else None

    @property
    def name(self) -> str:
        if self.offering_id:
            return self.offering.title
        return self.place.name if self.place_id else ""

    @property
    def stay(self) -> int:
        """Minutes spent at the stop."""
        if self.stay_minutes is not None:
            return self.stay_minutes
        if self.offering_id and self.offering.duration_minutes:
            return self.offering.duration_minutes
        place = self.location
        return place.visit_minutes if place is not None else 60

    def clean(self) -> None:
        if self.place_id is None and self.offering_id is None:
            raise ValidationError(_("Choose a place or an offering."))
        if self.offering_id and self.place_id is None and self.offering.place_id is None:
            raise ValidationError(_("This offering has no place; choose where it happens."))


class TravelTime(models.Model):
    """A leg fetched from a routing server, kept so that the server is asked once."""

    from_place = models.ForeignKey("places.Place", on_delete=models.CASCADE, related_name="+")
    to_place = models.ForeignKey("places.Place", on_delete=models.CASCADE, related_name="+")
    mode = models.CharField(max_length=10, choices=TravelMode.choices)
    minutes = models.PositiveIntegerField()
    metres = models.PositiveIntegerField()
    source = models.CharField(max_length=10, choices=LegSource.choices, default=LegSource.OSRM)
    # The coordinates the answer was for: a place moved on the map makes the row stale.
    coordinates = models.CharField(max_length=80)
    fetched_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["from_place", "to_place", "mode"], name="unique_travel_time"
            )
        ]
        verbose_name = _("travel time")
        verbose_name_plural = _("travel times")

    def __str__(self) -> str:
        return f"{self.from_place_id}→{self.to_place_id} {self.mode}: {self.minutes} min"
