from django.urls import path

from chumchon.routes import api

app_name = "routes_api"

urlpatterns = [
    path("communities/<slug:slug>/routes", api.CommunityRoutes.as_view(), name="community_routes"),
    path("routes/<int:route_id>", api.RouteDetail.as_view(), name="route"),
]
