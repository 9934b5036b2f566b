from django.urls import path

from chumchon.routes import manage_views as manage
from chumchon.routes import views

app_name = "routes"

ROUTE = "manage/<slug:slug>/routes/<int:pk>/"

urlpatterns = [
    # Visitors
    path("c/<slug:slug>/routes/", views.community_routes, name="list"),
    path("c/<slug:slug>/routes/<slug:route_slug>/", views.detail, name="detail"),
    path("c/<slug:slug>/routes/<slug:route_slug>.geojson", views.geojson, name="geojson"),
    path("c/<slug:slug>/routes/<slug:route_slug>.pdf", views.itinerary, name="itinerary"),
    path("c/<slug:slug>/routes/<slug:route_slug>/booked/", views.booked, name="booked"),
    # Coordinators
    path("manage/<slug:slug>/routes/", manage.route_list, name="manage"),
    path("manage/<slug:slug>/routes/new/", manage.route_new, name="new"),
    path(ROUTE, manage.route_edit, name="edit"),
    path(ROUTE + "details/", manage.route_details, name="details"),
    path(ROUTE + "preview/", manage.route_preview, name="preview"),
    path(ROUTE + "publish/", manage.route_publish, name="publish"),
    path(ROUTE + "copy/", manage.route_copy, name="copy"),
    path(ROUTE + "delete/", manage.route_delete, name="delete"),
    path(ROUTE + "days/new/", manage.day_new, name="day_new"),
    path(ROUTE + "days/<int:day_pk>/", manage.day_edit, name="day_edit"),
    path(ROUTE + "days/<int:day_pk>/delete/", manage.day_delete, name="day_delete"),
    path(ROUTE + "days/<int:day_pk>/stops/new/", manage.stop_new, name="stop_new"),
    path(ROUTE + "stops/<int:stop_pk>/", manage.stop_edit, name="stop_edit"),
    path(ROUTE + "stops/<int:stop_pk>/move/", manage.stop_move, name="stop_move"),
    path(ROUTE + "stops/<int:stop_pk>/delete/", manage.stop_delete, name="stop_delete"),
]
