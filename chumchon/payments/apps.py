from django.apps import AppConfig


class PaymentsConfig(AppConfig):
    name = "chumchon.payments"
    label = "payments"
