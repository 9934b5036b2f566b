"""The ledger's phone pages, under /<lang>/manage/<slug>/ledger/ (included at the site root)."""

from django.urls import path

from chumchon.ledger import views

app_name = "ledger"

P = "manage/<slug:slug>/ledger/"

urlpatterns = [
    path(P, views.overview, name="overview"),
    path(P + "transactions/", views.transactions, name="transactions"),
    path(P + "transactions/<int:pk>/reverse/", views.reverse, name="reverse"),
    path(P + "payout/", views.payout, name="payout"),
    path(P + "move/", views.move, name="move"),
    path(P + "households/<int:pk>/", views.household, name="household"),
    path(P + "households/<int:pk>/statement.pdf", views.household_pdf, name="household_pdf"),
    path(P + "fund/", views.fund, name="fund"),
    path(P + "close/", views.close, name="close"),
    path(P + "rules/", views.rules, name="rules"),
    path(P + "rules/default/", views.rules_edit, name="rules_default"),
    path(P + "rules/offerings/<int:offering_id>/", views.rules_edit, name="rules_offering"),
    path(P + "rules/<int:rule_id>/weights/", views.weights, name="weights"),
    path(P + "economics/", views.economics, name="economics"),
    path(P + "report/", views.report, name="report"),
    # Not under a community: the lines are per country. "programme/" keeps it clear of
    # the dashboard's manage/<slug>/ pattern.
    path("manage/programme/poverty-lines/", views.poverty_lines, name="poverty_lines"),
]
