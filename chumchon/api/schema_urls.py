"""The API's routes under their public prefix, for generating its OpenAPI schema alone."""

from django.urls import include, path

urlpatterns = [
    path("api/v1/", include("chumchon.routing.api_urls")),
    path("api/v1/", include("chumchon.network.api_urls")),
    path("api/v1/", include("chumchon.routes.api_urls")),
    path("api/v1/", include("chumchon.ledger.api_urls")),
    path("api/v1/", include("chumchon.webhooks.api_urls")),
    path("api/v1/", include("chumchon.api.urls")),
]
