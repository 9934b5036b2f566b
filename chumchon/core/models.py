from pathlib import PurePosixPath

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class AuditEntry(models.Model):
    """One line of the single audit log: who did what to which object, and when.

    Written by `chumchon.core.audit.log_action()` only; never edited.
    """

    created = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("who"),
    )
    community = models.ForeignKey(
        "communities.Community",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
        verbose_name=_("community"),
    )
    action = models.CharField(_("action"), max_length=80)
    content_type = models.ForeignKey(ContentType, null=True, on_delete=models.SET_NULL)
    object_id = models.CharField(max_length=64, blank=True)
    target = GenericForeignKey("content_type", "object_id")
    object_repr = models.CharField(_("object"), max_length=200, blank=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-created", "-id"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")

    def __str__(self) -> str:
        return f"{self.created:%Y-%m-%d %H:%M} {self.action} {self.object_repr}"


class Photo(models.Model):
    """A photo of a community, place or offering (public), or of a proposal or meeting
    (internal), with a caption in each language.

    Always linked through `get_absolute_url()`, the platform's photo view, which decides who
    may see it; never through `image.url` (nothing under MEDIA_ROOT is served as such).
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    subject = GenericForeignKey("content_type", "object_id")
    image = models.ImageField(_("image"), upload_to="photos/%Y/%m/")
    caption = models.CharField(_("caption"), max_length=200, blank=True)
    alt_text = models.CharField(_("description for screen readers"), max_length=200, blank=True)
    credit = models.CharField(_("photo credit"), max_length=120, blank=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["position", "id"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self) -> str:
        return self.caption or self.image.name

    def get_absolute_url(self) -> str:
        if self.pk is None or not self.image:
            return ""
        return reverse("photo", args=[self.pk, self.file_name])

    @property
    def file_name(self) -> str:
        """The stored file's base name: the last part of the photo's address."""
        return PurePosixPath(self.image.name).name if self.image else ""
