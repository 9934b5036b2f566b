from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from chumchon.core.admin import PhotoInline
from chumchon.places.models import OpeningException, OpeningHours, Place


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0


class OpeningExceptionInline(TranslationTabularInline):
    model = OpeningException
    extra = 0


@admin.register(Place)
class PlaceAdmin(TranslationAdmin):
    list_display = ("name", "community", "category", "latitude", "longitude", "is_published")
    list_filter = ("community", "category", "is_published")
    search_fields = ("name_th", "name_lo", "name_en")
    inlines = [OpeningHoursInline, OpeningExceptionInline, PhotoInline]
