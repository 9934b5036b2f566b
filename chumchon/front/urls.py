from django.urls import path

from chumchon.front import views

app_name = "front"

urlpatterns = [
    path("", views.home, name="home"),
    path("offerings/", views.offerings, name="offerings"),
    path("c/<slug:slug>/", views.community, name="community"),
    path("c/<slug:slug>/places.geojson", views.community_geojson, name="community_geojson"),
    path("c/<slug:slug>/places/<slug:place_slug>/", views.place, name="place"),
    path("c/<slug:slug>/offerings/<slug:offering_slug>/", views.offering, name="offering"),
]
