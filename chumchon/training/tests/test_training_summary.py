"""Aggregate figures: members trained by gender and age group, hours, holders per skill."""

from decimal import Decimal

from chumchon.training.reports import training_summary
from chumchon.training.services import complete_session, record_attendance


def test_the_summary_counts_members_who_completed_a_completed_session(
    session, somsri, lamai, thali_coordinator, tha_li
):
    record_attendance(session, [somsri, lamai], thali_coordinator, completed=[lamai])
    before = training_summary(tha_li)
    assert before.members_trained == 0  # not completed yet

    complete_session(session, thali_coordinator)
    summary = training_summary(tha_li)

    assert summary.members_trained == 1
    assert summary.hours == Decimal("6")
    assert dict((label, (n, h)) for label, n, h in summary.by_gender)["Female"] == (
        1,
        Decimal("6"),
    )
    assert dict(summary.by_age_group)["18–24"] == 1
    assert dict(summary.by_skill) == {"Guiding and interpretation": 1, "Storytelling": 1}
    assert summary.completed_sessions == 1


def test_the_coordinator_plans_a_session_and_a_programme(client, thali_coordinator, guiding_module):
    client.force_login(thali_coordinator)
    response = client.post(
        "/en/manage/t-tha-li/training/programmes/new/",
        {"name_th": "ความปลอดภัย", "name_lo": "", "name_en": "", "is_active": "on"},
    )
    assert response.status_code == 302
    response = client.post(
        "/en/manage/t-tha-li/training/sessions/new/",
        {
            "module": guiding_module.pk,
            "date": "2026-04-01",
            "trainer": "Khun Pai",
            "place": "School",
        },
    )
    assert response.status_code == 302
    assert thali_coordinator.staff_roles.get().community.training_sessions.count() == 1
