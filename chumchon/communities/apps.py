from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class CommunitiesConfig(AppConfig):
    name = "chumchon.communities"
    label = "communities"

    def ready(self):
        from chumchon.communities.models import ExchangeRate
        from chumchon.communities.services import forget_rates

        post_save.connect(forget_rates, sender=ExchangeRate, dispatch_uid="rates.saved")
        post_delete.connect(forget_rates, sender=ExchangeRate, dispatch_uid="rates.deleted")
