"""The webhook API's routes; included under /api/v1/ (before the API app's catch-all)."""

from django.urls import path

from chumchon.webhooks import api

app_name = "webhooks_api"

urlpatterns = [
    path("webhooks", api.Endpoints.as_view(), name="endpoints"),
    path("webhooks/<uuid:endpoint_id>", api.EndpointDetail.as_view(), name="endpoint"),
    path(
        "webhooks/<uuid:endpoint_id>/deliveries",
        api.EndpointDeliveries.as_view(),
        name="deliveries",
    ),
    path("webhooks/<uuid:endpoint_id>/test", api.EndpointTest.as_view(), name="test"),
    path(
        "webhooks/<uuid:endpoint_id>/rotate-secret",
        api.EndpointSecret.as_view(),
        name="rotate_secret",
    ),
    path(
        "webhooks/deliveries/<uuid:delivery_id>/retry",
        api.DeliveryRetry.as_view(),
        name="retry",
    ),
]
