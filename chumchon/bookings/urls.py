from django.urls import path

from chumchon.bookings import views

app_name = "bookings"

urlpatterns = [
    path("new/", views.new_booking, name="new"),
    path("<str:reference>/<str:token>/", views.detail, name="detail"),
    path("<str:reference>/<str:token>/voucher/", views.voucher, name="voucher"),
    path("<str:reference>/<str:token>/voucher.pdf", views.voucher_pdf, name="voucher_pdf"),
    path("<str:reference>/<str:token>/cancel/", views.cancel, name="cancel"),
]
