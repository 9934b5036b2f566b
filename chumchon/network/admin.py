from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from chumchon.network.models import (
    Agreement,
    CrossBorderPackage,
    HandOff,
    NetRate,
    PackageItem,
    Partner,
    PartnerApiKey,
    Referral,
    ReferralCode,
    Trip,
)


@admin.register(Partner)
class PartnerAdmin(TranslationAdmin):
    list_display = ("name", "kind", "country", "community", "is_active")
    list_filter = ("kind", "country", "is_active")
    search_fields = ("slug", "name")


class NetRateInline(admin.TabularInline):
    model = NetRate
    extra = 0


@admin.register(Agreement)
class AgreementAdmin(admin.ModelAdmin):
    list_display = (
        "community",
        "partner",
        "commission_percent",
        "valid_from",
        "valid_to",
        "status",
    )
    list_filter = ("status", "community")
    filter_horizontal = ("offerings",)
    inlines = [NetRateInline]


@admin.register(ReferralCode)
class ReferralCodeAdmin(admin.ModelAdmin):
    list_display = ("code", "partner", "kind", "community", "offering", "is_active")
    list_filter = ("kind", "is_active")
    search_fields = ("code",)
    raw_id_fields = ("origin_booking",)


@admin.register(Referral)
class ReferralAdmin(admin.ModelAdmin):
    list_display = ("booking", "partner", "source", "commission", "currency", "created_at")
    list_filter = ("source",)
    raw_id_fields = ("booking", "code", "agreement")


@admin.register(HandOff)
class HandOffAdmin(admin.ModelAdmin):
    list_display = ("day", "from_community", "to_community", "group_size", "status")
    list_filter = ("status", "to_community")
    raw_id_fields = ("origin_booking", "onward_booking")


class PackageItemInline(admin.TabularInline):
    model = PackageItem
    extra = 0


@admin.register(CrossBorderPackage)
class PackageAdmin(TranslationAdmin):
    list_display = ("title", "slug", "is_published")
    inlines = [PackageItemInline]


admin.site.register(PartnerApiKey)
admin.site.register(Trip)
