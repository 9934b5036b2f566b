from django.urls import path

from chumchon.training import views

app_name = "training"

base = "manage/<slug:slug>/training/"

urlpatterns = [
    # The only public page: anyone holding a certificate's code can check it.
    path("certificates/", views.check_form, name="check_form"),
    path("certificates/<str:code>/", views.check, name="check"),
    path("manage/programme/training/", views.programme_overview, name="programme_overview"),
    path(base, views.overview, name="overview"),
    path(base + "programmes/new/", views.programme_edit, name="programme_new"),
    path(base + "programmes/<int:pk>/", views.programme_detail, name="programme"),
    path(base + "programmes/<int:pk>/edit/", views.programme_edit, name="programme_edit"),
    path(base + "programmes/<int:programme_pk>/modules/new/", views.module_edit, name="module_new"),
    path(base + "modules/<int:pk>/", views.module_edit, name="module_edit"),
    path(base + "sessions/", views.sessions, name="sessions"),
    path(base + "sessions/new/", views.session_edit, name="session_new"),
    path(base + "sessions/<int:pk>/", views.session_detail, name="session"),
    path(base + "sessions/<int:pk>/edit/", views.session_edit, name="session_edit"),
    path(base + "sessions/<int:pk>/attendance/", views.attendance, name="attendance"),
    path(base + "sessions/<int:pk>/complete/", views.complete, name="complete"),
    path(
        base + "sessions/<int:pk>/certificates/",
        views.session_certificates,
        name="session_certificates",
    ),
    path(base + "members/", views.members, name="members"),
    path(base + "members/<int:pk>/", views.member_record, name="member"),
    path(base + "members/<int:pk>/certificates/", views.issue, name="issue"),
    path(
        base + "certificates/<str:code>/pdf/",
        views.certificate_download,
        name="certificate_pdf",
    ),
    path(base + "certificates/<str:code>/revoke/", views.revoke, name="revoke"),
    path(base + "offerings/", views.warnings, name="warnings"),
    path(base + "offerings/<int:pk>/skills/", views.offering_skills, name="offering_skills"),
]
