"""The partner API's routes; included under /api/v1/ (before the API app's catch-all)."""

from django.urls import path

from chumchon.network import api

app_name = "network_api"

urlpatterns = [
    path("partner/agreements", api.PartnerAgreements.as_view(), name="agreements"),
    path("partner/sales", api.PartnerSales.as_view(), name="sales"),
]
