from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from chumchon.communities.models import (
    Community,
    Country,
    Currency,
    ExchangeRate,
    Household,
    Member,
    Role,
)
from chumchon.core.admin import PhotoInline


@admin.register(Currency)
class CurrencyAdmin(TranslationAdmin):
    list_display = ("code", "name", "symbol")


@admin.register(ExchangeRate)
class ExchangeRateAdmin(admin.ModelAdmin):
    list_display = ("base", "quote", "rate", "valid_from", "source")
    list_filter = ("base", "quote")


@admin.register(Country)
class CountryAdmin(TranslationAdmin):
    list_display = ("code", "name", "currency", "time_zone")


@admin.register(Community)
class CommunityAdmin(TranslationAdmin):
    list_display = ("name", "country", "province", "district", "currency", "is_published")
    list_filter = ("country", "is_published")
    prepopulated_fields = {"slug": ("name_en",)}
    inlines = [PhotoInline]


@admin.register(Role)
class RoleAdmin(TranslationAdmin):
    list_display = ("code", "name", "position")


class MemberInline(admin.TabularInline):
    model = Member
    extra = 0
    filter_horizontal = ("roles",)


@admin.register(Household)
class HouseholdAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "community", "village", "consent_given", "consent_date")
    list_filter = ("community", "consent_given")
    search_fields = ("code", "name")
    inlines = [MemberInline]
