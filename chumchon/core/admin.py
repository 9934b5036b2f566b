from django.contrib import admin
from django.contrib.contenttypes.admin import GenericTabularInline
from modeltranslation.admin import TranslationGenericTabularInline

from chumchon.core.models import AuditEntry, Photo


class PhotoInline(TranslationGenericTabularInline):
    model = Photo
    extra = 0


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
