from django.apps import AppConfig


class PlacesConfig(AppConfig):
    name = "chumchon.places"
    label = "places"
