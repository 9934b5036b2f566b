from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from chumchon.routes.models import Route, RouteDay, RouteStop, TravelTime


class RouteDayInline(TranslationTabularInline):
    model = RouteDay
    extra = 0
    fields = ("number", "title", "starts_at", "ends_at", "start_place", "end_place")
    autocomplete_fields = ("start_place", "end_place")


@admin.register(Route)
class RouteAdmin(TranslationAdmin):
    list_display = ("title", "community", "is_published", "cross_border", "updated")
    list_filter = ("community", "is_published", "cross_border")
    search_fields = ("title_th", "title_lo", "title_en", "slug")
    readonly_fields = ("cross_border", "created", "updated", "created_by")
    inlines = [RouteDayInline]


@admin.register(RouteStop)
class RouteStopAdmin(TranslationAdmin):
    list_display = ("__str__", "day", "position", "mode", "arrive_at", "leg_minutes_override")
    list_filter = ("day__route__community", "mode")
    autocomplete_fields = ("place", "offering")


@admin.register(TravelTime)
class TravelTimeAdmin(admin.ModelAdmin):
    list_display = ("from_place", "to_place", "mode", "minutes", "metres", "source", "fetched_at")
    list_filter = ("mode", "source")
