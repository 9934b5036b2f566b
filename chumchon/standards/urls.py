from django.urls import path

from chumchon.standards import views

app_name = "standards"

base = "manage/<slug:slug>/standards/"
one = base + "<int:pk>/"

urlpatterns = [
    # Programme officers: before the community paths, whose slug would match "programme".
    path("manage/programme/standards/", views.readiness, name="readiness"),
    path("manage/programme/standards/<slug:code>/", views.framework_detail, name="framework"),
    path(base, views.index, name="index"),
    path(base + "start/", views.start, name="start"),
    path(base + "progress/<slug:code>/", views.progress_view, name="progress"),
    path(one, views.assessment_detail, name="assessment"),
    path(one + "indicators/<int:indicator_pk>/", views.answer, name="answer"),
    path(
        one + "indicators/<int:indicator_pk>/evidence/<str:kind>/",
        views.evidence,
        name="evidence",
    ),
    path(one + "complete/", views.complete, name="complete"),
    path(one + "results/", views.results, name="results"),
    path(one + "plan/", views.plan, name="plan"),
    path(one + "plan/<int:action_pk>/", views.action_edit, name="action_edit"),
    path(one + "plan/<int:action_pk>/done/", views.action_done, name="action_done"),
]
