from django.apps import AppConfig


class CommunitiesConfig(AppConfig):
    name = "chumchon.communities"
    label = "communities"
