from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    name = "chumchon.governance"
    label = "governance"
