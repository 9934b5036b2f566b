from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from chumchon.catalog.models import MenuItem, Offering, PriceTier, SpokenLanguage
from chumchon.core.admin import PhotoInline


class PriceTierInline(admin.TabularInline):
    model = PriceTier
    extra = 0


class MenuItemInline(TranslationTabularInline):
    model = MenuItem
    extra = 0


@admin.register(Offering)
class OfferingAdmin(TranslationAdmin):
    list_display = ("title", "community", "kind", "capacity", "stock", "is_published")
    list_filter = ("community", "kind", "is_published")
    search_fields = ("title_th", "title_lo", "title_en")
    filter_horizontal = ("providers", "languages")
    inlines = [PriceTierInline, MenuItemInline, PhotoInline]


@admin.register(SpokenLanguage)
class SpokenLanguageAdmin(TranslationAdmin):
    list_display = ("code", "name")
