"""Training operations: attendance, completing a session, certificates. Each is one
transaction and writes one audit entry; the phone pages and the API call these only."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chumchon.communities.models import Member
from chumchon.core.audit import log_action
from chumchon.training.models import (
    Attendance,
    Certificate,
    MemberSkill,
    Module,
    OfferingSkillRequirement,
    Programme,
    Session,
    Skill,
)


class TrainingError(Exception):
    """A training action that the rules do not allow; the message is for the user."""


def community_members(community):
    """The members a coordinator can tick on an attendance list."""
    return Member.objects.filter(
        household__community=community, household__is_active=True, is_active=True
    ).select_related("household")


@transaction.atomic
def record_attendance(
    session: Session,
    members: Iterable[Member],
    by,
    *,
    completed: Iterable[Member] | None = None,
) -> list[Attendance]:
    """Set who came to `session`: exactly `members`, replacing the list recorded before.

    `completed` are those who took part to the end (all who came, when not given);
    only they gain the module's skills. A completed session's list is closed: it is
    the record the skills were granted from.
    """
    session = Session.objects.select_for_update().get(pk=session.pk)
    if session.is_completed:
        raise TrainingError(_("This session is completed; its attendance can no longer change."))
    present = {m.pk: m for m in members}
    finished = set(present) if completed is None else {m.pk for m in completed}
    if not finished <= set(present):
        raise TrainingError(_("Only members who came can complete the session."))
    allowed = set(
        community_members(session.community).filter(pk__in=present).values_list("pk", flat=True)
    )
    if set(present) - allowed:
        raise TrainingError(_("Only active members of this community can be on the list."))

    session.attendances.exclude(member_id__in=present).delete()
    rows = []
    for pk, member in present.items():
        row, _created = Attendance.objects.update_or_create(
            session=session, member=member, defaults={"completed": pk in finished}
        )
        rows.append(row)
    log_action(
        by,
        "training.attendance_recorded",
        session,
        community=session.community,
        present=len(present),
        completed=len(finished),
    )
    return rows


@transaction.atomic
def complete_session(session: Session, by) -> list[MemberSkill]:
    """Close the session and grant its module's skills to everyone who completed it.

    Returns the skills newly gained; a member who already held a skill keeps the
    date and session they first gained it from.
    """
    # Two coordinators tapping "complete" at once: the row lock makes the second wait
    # and then see the session completed, so skills are granted once.
    session = Session.objects.select_for_update().select_related("module").get(pk=session.pk)
    if session.is_completed:
        raise TrainingError(_("This session is already completed."))
    attendances = list(session.attendances.filter(completed=True).select_related("member"))
    if not attendances:
        raise TrainingError(_("Tick who completed the session first."))
    skills = list(session.module.skills.all())
    granted = []
    for attendance in attendances:
        for skill in skills:
            row, created = MemberSkill.objects.get_or_create(
                member=attendance.member,
                skill=skill,
                defaults={"gained_at": session.date, "session": session},
            )
            if created:
                granted.append(row)
    session.completed_at = timezone.now()
    session.completed_by = by if getattr(by, "is_authenticated", False) else None
    session.save(update_fields=["completed_at", "completed_by"])
    log_action(
        by,
        "training.session_completed",
        session,
        community=session.community,
        completed=len(attendances),
        skills_granted=len(granted),
    )
    return granted


def completed_modules(member: Member) -> set[int]:
    """The modules this member completed in a completed session."""
    return set(
        Attendance.objects.filter(
            member=member, completed=True, session__completed_at__isnull=False
        ).values_list("session__module_id", flat=True)
    )


@transaction.atomic
def issue_certificate(
    member: Member, subject: Module | Programme, by, *, language: str | None = None
) -> Certificate:
    """Certify that `member` completed a module (or every module of a programme).

    Issuing again returns the certificate that is still valid instead of a second one.
    """
    done = completed_modules(member)
    if isinstance(subject, Module):
        lookup = {"module": subject}
        if subject.pk not in done:
            raise TrainingError(_("This member has not completed this module yet."))
    else:
        lookup = {"programme": subject}
        needed = set(subject.modules.values_list("pk", flat=True))
        if not needed or not needed <= done:
            raise TrainingError(_("This member has not completed every module of the programme."))
    existing = Certificate.objects.filter(member=member, revoked_at=None, **lookup).first()
    if existing:
        return existing
    community = member.household.community
    certificate = Certificate.objects.create(
        member=member,
        language=language or community.main_language,
        issued_by=by if getattr(by, "is_authenticated", False) else None,
        **lookup,
    )
    log_action(by, "training.certificate_issued", certificate, community=community)
    return certificate


@transaction.atomic
def revoke_certificate(certificate: Certificate, by, reason: str) -> Certificate:
    """Mark a certificate as no longer valid; the public check page then says so."""
    reason = (reason or "").strip()
    if not reason:
        raise TrainingError(_("Say why the certificate is revoked."))
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.revoked_at is not None:
        raise TrainingError(_("This certificate is already revoked."))
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = by if getattr(by, "is_authenticated", False) else None
    certificate.revoked_reason = reason
    certificate.save(update_fields=["revoked_at", "revoked_by", "revoked_reason"])
    log_action(
        by,
        "training.certificate_revoked",
        certificate,
        community=certificate.community,
        reason=reason,
    )
    return certificate


@transaction.atomic
def issue_session_certificates(session: Session, by) -> list[Certificate]:
    """A module certificate for everyone who completed this (completed) session."""
    if not session.is_completed:
        raise TrainingError(_("Complete the session before issuing certificates."))
    members = [
        a.member for a in session.attendances.filter(completed=True).select_related("member")
    ]
    return [issue_certificate(member, session.module, by) for member in members]


@transaction.atomic
def set_offering_skills(offering, skills: Iterable[Skill], by) -> None:
    """Set which skills the offering's provider households must have."""
    wanted = {s.pk for s in skills}
    offering.skill_requirements.exclude(skill_id__in=wanted).delete()
    for pk in wanted:
        OfferingSkillRequirement.objects.get_or_create(offering=offering, skill_id=pk)
    log_action(
        by,
        "training.offering_skills_set",
        offering,
        community=offering.community,
        skills=sorted(Skill.objects.filter(pk__in=wanted).values_list("code", flat=True)),
    )
