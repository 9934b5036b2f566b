from django.contrib import admin

from chumchon.routing.models import TripPlan


@admin.register(TripPlan)
class TripPlanAdmin(admin.ModelAdmin):
    list_display = ("token", "created_at", "language", "owner")
    list_filter = ("language",)
    search_fields = ("token",)
    readonly_fields = ("token", "inputs", "result", "language", "created_at", "owner", "bookings")
