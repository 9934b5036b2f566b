from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "chumchon.catalog"
    label = "catalog"
