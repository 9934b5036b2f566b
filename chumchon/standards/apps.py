from django.apps import AppConfig


class StandardsConfig(AppConfig):
    name = "chumchon.standards"
    label = "standards"
