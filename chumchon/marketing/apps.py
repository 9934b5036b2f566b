from django.apps import AppConfig


class MarketingConfig(AppConfig):
    name = "chumchon.marketing"
    label = "marketing"
