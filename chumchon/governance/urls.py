from django.urls import path

from chumchon.governance import views

app_name = "governance"

P = "manage/<slug:slug>/proposals/"
M = "manage/<slug:slug>/meetings/"

urlpatterns = [
    path(P, views.proposals, name="proposals"),
    path(f"{P}new/", views.proposal_new, name="proposal_new"),
    path(f"{P}<int:pk>/", views.proposal, name="proposal"),
    path(f"{P}<int:pk>/comment/", views.proposal_comment, name="proposal_comment"),
    path(f"{P}<int:pk>/photo/", views.proposal_photo, name="proposal_photo"),
    path(
        f"{P}<int:pk>/discuss/",
        views.proposal_stage,
        {"action": "discuss"},
        name="proposal_discuss",
    ),
    path(
        f"{P}<int:pk>/withdraw/",
        views.proposal_stage,
        {"action": "withdraw"},
        name="proposal_withdraw",
    ),
    path(f"{P}<int:pk>/publish/", views.proposal_publish, name="proposal_publish"),
    path(f"{P}<int:pk>/vote/open/", views.vote_open, name="vote_open"),
    path(f"{P}<int:pk>/vote/ballot/", views.ballot_record, name="ballot_record"),
    path(f"{P}<int:pk>/vote/close/", views.vote_close, name="vote_close"),
    path(f"{P}<int:pk>/apply/", views.proposal_apply, name="proposal_apply"),
    path(f"{P}<int:pk>/results/", views.results, name="results"),
    path(M, views.meetings, name="meetings"),
    path(f"{M}new/", views.meeting_edit, name="meeting_new"),
    path(f"{M}<int:pk>/", views.meeting, name="meeting"),
    path(f"{M}<int:pk>/edit/", views.meeting_edit, name="meeting_edit"),
    path(f"{M}<int:pk>/attendance/", views.meeting_attendance, name="meeting_attendance"),
    path(f"{M}<int:pk>/photo/", views.meeting_photo, name="meeting_photo"),
    path(f"{M}<int:pk>/minutes.pdf", views.meeting_minutes_pdf, name="meeting_minutes_pdf"),
]
