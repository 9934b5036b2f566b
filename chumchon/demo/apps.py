from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "chumchon.demo"
    label = "demo"
