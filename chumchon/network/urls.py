from django.urls import path

from chumchon.network import views

app_name = "network"

urlpatterns = [
    path("r/<str:code>/", views.referral, name="referral"),
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
]
