from django.urls import path

from chumchon.routing import views

app_name = "routing"

urlpatterns = [
    path("plan/", views.plan_form, name="plan_form"),
    path("c/<slug:slug>/plan/", views.plan_form, name="community_plan_form"),
    path("plan/<str:token>.geojson", views.plan_geojson_view, name="plan_geojson"),
    path("plan/<str:token>/", views.plan_detail, name="plan"),
    path("plan/<str:token>/book/", views.plan_book, name="plan_book"),
]
