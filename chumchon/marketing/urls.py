from django.urls import path

from chumchon.marketing import views

app_name = "marketing"

urlpatterns = [
    path("c/<slug:slug>/card.png", views.community_card, name="community_card"),
    path(
        "c/<slug:slug>/offerings/<slug:offering_slug>/card.png",
        views.offering_card,
        name="offering_card",
    ),
    path("c/<slug:slug>/routes/<slug:route_slug>/card.png", views.route_card, name="route_card"),
    path("review/<str:token>/", views.review, name="review"),
    path("manage/<slug:slug>/page/", views.page_edit, name="page_edit"),
    path("manage/<slug:slug>/page/photos/", views.photos, name="photos"),
    path(
        "manage/<slug:slug>/offerings/<int:offering_pk>/photos/",
        views.photos,
        name="offering_photos",
    ),
    path("manage/<slug:slug>/promotions/", views.promos, name="promos"),
    path("manage/<slug:slug>/promotions/new/", views.promo_edit, name="promo_new"),
    path("manage/<slug:slug>/promotions/<int:pk>/", views.promo_edit, name="promo_edit"),
    path("manage/<slug:slug>/reviews/", views.reviews, name="reviews"),
    path("manage/<slug:slug>/reviews/<int:pk>/", views.review_action, name="review_action"),
]
