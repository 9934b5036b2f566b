"""Admin pages. Reviews and code uses are read-only here: a tourist's words are never edited,
and uses are written only by the booking itself."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from chumchon.marketing.models import Highlight, PromoCode, PromoRedemption, Review


@admin.register(Highlight)
class HighlightAdmin(TranslationAdmin):
    list_display = ["title", "community", "position"]
    list_filter = ["community"]


@admin.register(PromoCode)
class PromoCodeAdmin(admin.ModelAdmin):
    list_display = ["code", "community", "kind", "percent", "amount", "valid_to", "is_active"]
    list_filter = ["community", "is_active"]
    filter_horizontal = ["offerings"]


@admin.register(PromoRedemption)
class PromoRedemptionAdmin(admin.ModelAdmin):
    list_display = ["promo", "booking", "discount", "currency", "created_at"]
    readonly_fields = [f.name for f in PromoRedemption._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = ["reviewer_name", "community", "rating", "created_at", "is_hidden"]
    list_filter = ["community", "is_hidden", "rating"]
    readonly_fields = [
        "booking",
        "community",
        "rating",
        "text",
        "language",
        "reviewer_name",
        "reviewer_country",
        "created_at",
        "reply",
        "replied_at",
        "replied_by",
    ]
    fields = [*readonly_fields, "is_hidden", "hidden_reason"]

    # Hiding and replying go through the community's reviews page, which writes the audit log.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
