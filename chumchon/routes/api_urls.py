from django.urls import path

app_name = "routes_api"

urlpatterns: list = []
