from django.apps import AppConfig


class OctoConfig(AppConfig):
    name = "chumchon.octo"
    label = "octo"
