from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "chumchon.core"
    label = "core"
