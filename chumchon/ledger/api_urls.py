"""The ledger's API routes; included under /api/v1/ (before the API app's catch-all)."""

from django.urls import path

from chumchon.ledger import api

app_name = "ledger_api"

urlpatterns = [
    path("communities/<slug:slug>/ledger/balances", api.Balances.as_view(), name="balances"),
    path(
        "communities/<slug:slug>/ledger/transactions",
        api.Transactions.as_view(),
        name="transactions",
    ),
    path("communities/<slug:slug>/ledger/summary", api.Summary.as_view(), name="summary"),
]
