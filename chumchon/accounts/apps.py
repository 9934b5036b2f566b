from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "chumchon.accounts"
    label = "accounts"
