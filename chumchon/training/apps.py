from django.apps import AppConfig


class TrainingConfig(AppConfig):
    name = "chumchon.training"
    label = "training"
