from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "chumchon.network"
    verbose_name = _("Community network")

    def ready(self) -> None:
        from chumchon.network import receivers  # noqa: F401  (connects the booking signals)
