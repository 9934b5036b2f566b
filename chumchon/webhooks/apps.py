from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    name = "chumchon.webhooks"
    verbose_name = "Webhooks"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from chumchon.webhooks import receivers  # noqa: F401 - connects the booking signals
