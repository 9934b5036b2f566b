from django.urls import path, re_path

from chumchon.maps import views

app_name = "maps"

urlpatterns = [
    re_path(
        r"^c/(?P<slug>[-\w]+)/map\.(?P<fmt>svg|png|pdf)$", views.community_map, name="community_map"
    ),
    path(
        "c/<slug:slug>/background.geojson",
        views.community_background,
        name="community_background",
    ),
    re_path(
        r"^c/(?P<slug>[-\w]+)/routes/(?P<route_slug>[-\w]+)/map\.(?P<fmt>svg|png|pdf)$",
        views.route_map,
        name="route_map",
    ),
    path("manage/<slug:slug>/places/transfer/", views.places_transfer, name="places_transfer"),
    re_path(
        r"^manage/(?P<slug>[-\w]+)/places/export\.(?P<fmt>geojson|csv)$",
        views.places_export,
        name="places_export",
    ),
]
