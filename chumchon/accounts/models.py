from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person who signs in: coordinator, treasurer, programme officer or admin.

    Tourists book without an account; household members need none either.
    """

    phone = models.CharField(_("phone"), max_length=32, blank=True)
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default="th"
    )
    is_programme_officer = models.BooleanField(
        _("programme officer"),
        default=False,
        help_text=_("Reads every community's results; changes nothing."),
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")


class StaffRole(models.TextChoices):
    COORDINATOR = "coordinator", _("Coordinator")
    TREASURER = "treasurer", _("Treasurer")


class CommunityStaff(models.Model):
    """Grants a user the right to manage one community in one role."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="staff_roles")
    community = models.ForeignKey(
        "communities.Community", on_delete=models.CASCADE, related_name="staff"
    )
    role = models.CharField(_("role"), max_length=20, choices=StaffRole.choices)
    since = models.DateField(_("since"), auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "community", "role"], name="unique_staff_role")
        ]
        verbose_name = _("community staff")
        verbose_name_plural = _("community staff")

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()} – {self.community}"
