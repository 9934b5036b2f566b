"""The OCTO API's OpenAPI schema and its browsable page (public: no key needed)."""

from django.http import JsonResponse
from django.urls import reverse
from drf_spectacular.views import SpectacularSwaggerView

from chumchon.octo.openapi import document


def schema(request):
    server = request.build_absolute_uri(reverse("octo:supplier")).rsplit("/", 1)[0]
    return JsonResponse(document(server))


browse = SpectacularSwaggerView.as_view(
    url_name="octo:schema",
    title="Chumchon OCTO API",
    authentication_classes=[],
)
