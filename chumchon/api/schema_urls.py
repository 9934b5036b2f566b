"""The API's routes under their public prefix, for generating its OpenAPI schema alone."""

from django.urls import include, path

urlpatterns = [
    path("api/v1/", include("chumchon.routes.api_urls")),
    path("api/v1/", include("chumchon.api.urls")),
]
