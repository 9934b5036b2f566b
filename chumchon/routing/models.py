import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def new_token() -> str:
    return secrets.token_urlsafe(12)


class TripPlan(models.Model):
    """A saved trip plan: what was asked, what the planner answered, and a link to share it.

    Anyone with the token may see it (like a shared document); nothing personal is in it
    until it is booked, and the bookings keep the contact details."""

    token = models.CharField(max_length=24, unique=True, default=new_token, editable=False)
    inputs = models.JSONField(_("what was asked"))
    result = models.JSONField(_("the plan"))
    language = models.CharField(_("language"), max_length=8)
    created_at = models.DateTimeField(auto_now_add=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="trip_plans",
        verbose_name=_("planned by"),
    )
    bookings = models.ManyToManyField(
        "bookings.Booking", blank=True, related_name="trip_plans", verbose_name=_("bookings")
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("trip plan")
        verbose_name_plural = _("trip plans")

    def __str__(self) -> str:
        days = len(self.inputs.get("days", []))
        return f"{self.inputs.get('start_date', '')} · {days} d · {self.token}"

    def get_absolute_url(self) -> str:
        return reverse("routing:plan", args=[self.token])
