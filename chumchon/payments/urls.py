from django.urls import path

from chumchon.payments import views

app_name = "payments"

urlpatterns = [
    path("webhooks/gateway/", views.gateway_webhook, name="gateway_webhook"),
    path("checkout/<str:reference>/<str:token>/", views.start_checkout, name="checkout"),
]
