"""Admin: endpoints can be switched off; deliveries are a log and are only read."""

from django.contrib import admin

from chumchon.webhooks.models import Delivery, WebhookEndpoint


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(admin.ModelAdmin):
    list_display = ["url", "owner", "format", "is_active", "created_at", "deleted_at"]
    list_filter = ["format", "is_active"]
    fields = ["owner", "url", "description", "events", "format", "is_active", "created_at"]
    readonly_fields = ["owner", "url", "events", "format", "created_at"]

    def has_add_permission(self, request):
        return False


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["uuid", "event_type", "endpoint", "state", "attempts", "last_status_code"]
    list_filter = ["state", "event_type"]
    search_fields = ["uuid", "booking__reference"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
