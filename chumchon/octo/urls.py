"""OCTO routes, answered with and without a trailing slash.

OCTO clients build URLs as `{endpoint}/bookings` with no slash, and a redirect
(APPEND_SLASH) would turn their POSTs into GETs, so both forms are routed here.
"""

from django.urls import path, re_path

from chumchon.octo import docs, views

app_name = "octo"


def both(route: str, view, name: str) -> list:
    return [path(route, view, name=name), path(route + "/", view)]


urlpatterns = [
    *both("capabilities", views.capabilities, "capabilities"),
    *both("supplier", views.supplier, "supplier"),
    *both("products", views.products, "products"),
    *both("products/<str:product_id>", views.product, "product"),
    *both("availability", views.availability, "availability"),
    *both("availability/calendar", views.availability_calendar, "availability_calendar"),
    *both("bookings", views.bookings, "bookings"),
    *both("bookings/<str:booking_uuid>", views.booking, "booking"),
    *both("bookings/<str:booking_uuid>/confirm", views.confirm, "confirm"),
    *both("bookings/<str:booking_uuid>/extend", views.extend, "extend"),
    *both("bookings/<str:booking_uuid>/cancel", views.cancel, "cancel"),
    *both("webhooks", views.webhooks, "webhooks"),
    *both("webhooks/<str:webhook_id>", views.webhook, "webhook"),
    path("openapi.json", docs.schema, name="schema"),
    path("docs/", docs.browse, name="docs"),
    # [\s\S], not ".": an address with a newline in it is an OCTO 404 too, not an HTML page.
    re_path(r"^(?P<path>[\s\S]*)$", views.not_found),
]
