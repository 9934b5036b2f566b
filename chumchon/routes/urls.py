from django.urls import path

app_name = "routes"

urlpatterns: list = []
