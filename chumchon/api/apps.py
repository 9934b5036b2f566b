from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "chumchon.api"
    label = "api"
