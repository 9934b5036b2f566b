from django.urls import path

from chumchon.webhooks import views

app_name = "webhooks"

urlpatterns = [
    path("<slug:slug>/webhooks/", views.deliveries, name="deliveries"),
    path("<slug:slug>/webhooks/<uuid:delivery_id>/retry/", views.retry, name="retry"),
]
