from django.apps import AppConfig


class BookingsConfig(AppConfig):
    name = "chumchon.bookings"
    label = "bookings"
