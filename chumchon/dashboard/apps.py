from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "chumchon.dashboard"
    label = "dashboard"
