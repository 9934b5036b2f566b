from django.apps import AppConfig


class RoutingConfig(AppConfig):
    name = "chumchon.routing"
    label = "routing"
