from django.urls import path

from chumchon.dashboard import views

app_name = "dashboard"

urlpatterns = [
    path("", views.home, name="home"),
    path("programme/", views.programme, name="programme"),
    path("<slug:slug>/", views.community, name="community"),
    path("<slug:slug>/households/", views.households, name="households"),
    path("<slug:slug>/households/new/", views.household_edit, name="household_new"),
    path("<slug:slug>/households/<int:pk>/", views.household_edit, name="household_edit"),
    path("<slug:slug>/places/", views.places, name="places"),
    path("<slug:slug>/places/<int:pk>/", views.place_edit, name="place_edit"),
    path("<slug:slug>/offerings/", views.offerings, name="offerings"),
    path("<slug:slug>/offerings/<int:pk>/", views.offering_edit, name="offering_edit"),
]
