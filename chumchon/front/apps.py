from django.apps import AppConfig


class FrontConfig(AppConfig):
    name = "chumchon.front"
    label = "front"
