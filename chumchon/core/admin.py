from django.contrib import admin
from django.contrib.admin.widgets import AdminFileWidget
from django.contrib.contenttypes.admin import GenericTabularInline
from django.db import models
from modeltranslation.admin import TranslationGenericTabularInline

from chumchon.core.models import AuditEntry, Photo


class _ServedPhoto:
    """What the file widget links: the platform's photo view, not a /media/ address."""

    def __init__(self, photo: Photo):
        self.url = photo.get_absolute_url()
        self.name = photo.file_name

    def __str__(self) -> str:
        return self.name


class PhotoFileWidget(AdminFileWidget):
    def format_value(self, value):
        value = super().format_value(value)
        photo = getattr(value, "instance", None)
        if isinstance(photo, Photo) and photo.pk is not None:
            return _ServedPhoto(photo)
        return value


class PhotoInline(TranslationGenericTabularInline):
    model = Photo
    extra = 0
    formfield_overrides = {models.ImageField: {"widget": PhotoFileWidget}}


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ("created", "actor", "community", "action", "object_repr")
    list_filter = ("action", "community")
    search_fields = ("object_repr", "action")

    # The audit log is append-only.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


__all__ = ["PhotoInline", "GenericTabularInline"]
