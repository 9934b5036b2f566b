"""Completing a session grants its module's skills to those who completed it, once."""

import datetime as dt

import pytest

from chumchon.communities.models import Member
from chumchon.core.models import AuditEntry
from chumchon.training.models import MemberSkill, Session
from chumchon.training.services import TrainingError, complete_session, record_attendance


def test_completing_a_session_grants_the_module_skills_to_those_who_completed_it(
    session, somsri, lamai, thali_coordinator
):
    record_attendance(session, [somsri, lamai], thali_coordinator, completed=[lamai])

    granted = complete_session(session, thali_coordinator)

    assert sorted((g.member.name, g.skill.code) for g in granted) == [
        ("Lamai Jaidee", "guiding"),
        ("Lamai Jaidee", "storytelling"),
    ]
    assert not MemberSkill.objects.filter(member=somsri).exists()
    skill = MemberSkill.objects.get(member=lamai, skill__code="guiding")
    assert skill.gained_at == dt.date(2026, 3, 2)
    assert skill.session == session
    session.refresh_from_db()
    assert session.is_completed
    assert AuditEntry.objects.filter(action="training.session_completed").count() == 1


def test_a_skill_already_held_keeps_the_session_it_was_first_gained_in(
    session, lamai, thali_coordinator, tha_li
):
    record_attendance(session, [lamai], thali_coordinator)
    complete_session(session, thali_coordinator)
    later = Session.objects.create(
        module=session.module, community=tha_li, trainer="X", date=dt.date(2026, 6, 1)
    )
    record_attendance(later, [lamai], thali_coordinator)

    assert complete_session(later, thali_coordinator) == []
    assert MemberSkill.objects.filter(member=lamai).count() == 2
    assert MemberSkill.objects.get(member=lamai, skill__code="guiding").session == session


def test_a_session_cannot_be_completed_twice(session, lamai, thali_coordinator):
    record_attendance(session, [lamai], thali_coordinator)
    complete_session(session, thali_coordinator)
    with pytest.raises(TrainingError):
        complete_session(session, thali_coordinator)


def test_a_session_without_anyone_who_completed_it_cannot_be_completed(session, thali_coordinator):
    with pytest.raises(TrainingError):
        complete_session(session, thali_coordinator)
    session.refresh_from_db()
    assert not session.is_completed


def test_attendance_is_closed_once_the_session_is_completed(
    session, somsri, lamai, thali_coordinator
):
    record_attendance(session, [lamai], thali_coordinator)
    complete_session(session, thali_coordinator)
    with pytest.raises(TrainingError):
        record_attendance(session, [somsri, lamai], thali_coordinator)
    assert list(session.attendances.values_list("member__name", flat=True)) == ["Lamai Jaidee"]


def test_recording_attendance_again_replaces_the_list(session, somsri, lamai, thali_coordinator):
    record_attendance(session, [somsri, lamai], thali_coordinator)
    record_attendance(session, [lamai], thali_coordinator)
    assert list(session.attendances.values_list("member__name", flat=True)) == ["Lamai Jaidee"]


def test_members_of_another_community_cannot_be_on_the_list(
    session, botan_household, thali_coordinator
):
    stranger = Member.objects.create(
        household=botan_household, name="Bounmy", gender="male", age_group="25-39"
    )
    with pytest.raises(TrainingError):
        record_attendance(session, [stranger], thali_coordinator)
    assert not session.attendances.exists()


def test_the_coordinator_ticks_attendance_and_completes_on_the_phone(
    as_user, session, somsri, lamai, thali_coordinator
):
    client = as_user(thali_coordinator)
    base = f"/en/manage/t-tha-li/training/sessions/{session.pk}/"
    page = client.get(base)
    assert page.status_code == 200
    assert "Lamai Jaidee" in page.content.decode()

    response = client.post(
        base + "attendance/", {"present": [somsri.pk, lamai.pk], "left_early": [somsri.pk]}
    )
    assert response.status_code == 302
    assert session.attendances.filter(completed=True).count() == 1

    client.post(base + "complete/")
    assert set(MemberSkill.objects.values_list("member__name", "skill__code")) == {
        ("Lamai Jaidee", "guiding"),
        ("Lamai Jaidee", "storytelling"),
    }

    client.post(base + "certificates/")
    assert lamai.certificates.count() == 1
    assert somsri.certificates.count() == 0
