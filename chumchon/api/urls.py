from django.urls import path, re_path

from chumchon.api import participation, views

app_name = "api"

urlpatterns = [
    path("", views.ApiRoot.as_view(), name="root"),
    path("communities", views.CommunityList.as_view(), name="communities"),
    path(
        "communities/<slug:slug>/offerings",
        views.CommunityOfferings.as_view(),
        name="community_offerings",
    ),
    path(
        "communities/<slug:slug>/proposals",
        participation.CommunityProposals.as_view(),
        name="community_proposals",
    ),
    path(
        "communities/<slug:slug>/assessments",
        participation.CommunityAssessments.as_view(),
        name="community_assessments",
    ),
    path("offerings/<int:offering_id>/slots", views.OfferingSlots.as_view(), name="slots"),
    path("bookings", views.BookingCreate.as_view(), name="bookings"),
    path("bookings/<str:reference>", views.BookingDetail.as_view(), name="booking"),
    path(
        "bookings/<str:reference>/payments",
        views.BookingPayments.as_view(),
        name="booking_payments",
    ),
    path("bookings/<str:reference>/cancel", views.BookingCancel.as_view(), name="booking_cancel"),
    path("schema", views.SchemaView.as_view(), name="schema"),
    path("docs", views.docs, name="docs"),
    # Last: every other address under /api/v1/ answers with a JSON 404 (even one with a
    # newline in it, which "." would not match: found by fuzzing, it fell through to an HTML page).
    re_path(r"^[\s\S]*$", views.NotFoundView.as_view(), name="not_found"),
]
