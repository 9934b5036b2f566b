from django.urls import path

from chumchon.network import views

app_name = "network"

urlpatterns = [
    path("r/<str:code>/", views.referral, name="referral"),
    path("packages/", views.packages, name="packages"),
    path("packages/<slug:slug>/", views.package, name="package"),
    path("trips/<str:reference>/<str:token>/", views.trip, name="trip"),
    # Before the dashboard's manage/<slug>/: "network" is no community.
    path("manage/network/", views.network_stats, name="stats"),
    path("manage/<slug:slug>/handoffs/", views.handoffs, name="handoffs"),
    path(
        "manage/<slug:slug>/handoffs/<int:pk>/confirm/",
        views.handoff_confirm,
        name="handoff_confirm",
    ),
    path("manage/<slug:slug>/partners/", views.partners, name="partners"),
    path(
        "manage/<slug:slug>/partners/agreements/new/",
        views.agreement_edit,
        name="agreement_new",
    ),
    path(
        "manage/<slug:slug>/partners/agreements/<int:pk>/",
        views.agreement_edit,
        name="agreement_edit",
    ),
    path("manage/<slug:slug>/partners/links/new/", views.referral_link_new, name="link_new"),
]
