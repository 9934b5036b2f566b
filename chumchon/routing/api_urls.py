"""The planner's API routes; included under /api/v1/ (before the API app's catch-all)."""

from django.urls import path

from chumchon.routing import api

app_name = "routing_api"

urlpatterns = [
    path("plans", api.PlanCreate.as_view(), name="plans"),
    path("plans/<str:token>", api.PlanDetail.as_view(), name="plan"),
]
