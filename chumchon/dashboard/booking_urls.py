"""Booking pages under /<lang>/manage/<slug>/ (included before dashboard/urls.py)."""

from django.urls import path

from chumchon.dashboard import booking_views as views

app_name = "manage_bookings"

urlpatterns = [
    path("<slug:slug>/bookings/", views.booking_list, name="list"),
    path("<slug:slug>/bookings/<str:reference>/", views.booking_detail, name="detail"),
    path("<slug:slug>/bookings/<str:reference>/pay/", views.record_payment, name="payment"),
    path("<slug:slug>/bookings/<str:reference>/cancel/", views.cancel, name="cancel"),
    path(
        "<slug:slug>/bookings/<str:reference>/hold-longer/", views.hold_longer, name="hold_longer"
    ),
    path(
        "<slug:slug>/bookings/<str:reference>/payments/<int:pk>/slip/",
        views.payment_slip,
        name="slip",
    ),
    path("<slug:slug>/refunds/<int:pk>/paid/", views.refund_paid, name="refund_paid"),
    path("<slug:slug>/schedule/", views.schedule, name="schedule"),
    path("<slug:slug>/schedule/close/", views.close, name="close"),
    path("<slug:slug>/schedule/closures/<int:pk>/", views.closure, name="closure"),
    path(
        "<slug:slug>/schedule/<int:offering_id>/",
        views.offering_schedule,
        name="offering_schedule",
    ),
    path("<slug:slug>/manifest/", views.manifest, name="manifest"),
    path("<slug:slug>/checkin/", views.checkin, name="checkin"),
]
