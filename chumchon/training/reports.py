"""What training has achieved and what is still missing.

`missing_skills()` is what offering pages call to warn a coordinator; the summary holds
aggregate figures only (no names), so programme officers may read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q, Sum

from chumchon.communities.models import AgeGroup, Community, Gender, Household, Member
from chumchon.training.models import Attendance, Certificate, MemberSkill, Skill


def missing_skills(offering) -> dict[Household, list[Skill]]:
    """Per provider household, the skills the offering requires that none of its members has.

    Households that have every required skill are left out, so an empty result means
    the offering is fine.
    """
    required = list(
        Skill.objects.filter(required_by__offering=offering).order_by("position", "code")
    )
    if not required:
        return {}
    providers = list(offering.providers.filter(is_active=True).order_by("code"))
    held = set(
        MemberSkill.objects.filter(
            member__household__in=providers, member__is_active=True, skill__in=required
        ).values_list("member__household_id", "skill_id")
    )
    result = {}
    for household in providers:
        lacking = [s for s in required if (household.pk, s.pk) not in held]
        if lacking:
            result[household] = lacking
    return result


@dataclass
class OfferingWarning:
    offering: object
    missing: dict[Household, list[Skill]]
    no_provider: bool = False


def offering_warnings(community: Community) -> list[OfferingWarning]:
    """The community's offerings that need a skill and whose providers lack it.

    An offering that requires a skill but has no provider household at all is listed
    too: nobody is on record as able to run it.
    """
    offerings = (
        community.offerings.filter(skill_requirements__isnull=False)
        .distinct()
        .prefetch_related("providers")
    )
    warnings = []
    for offering in offerings:
        if not offering.providers.exists():
            warnings.append(OfferingWarning(offering, {}, no_provider=True))
            continue
        missing = missing_skills(offering)
        if missing:
            warnings.append(OfferingWarning(offering, missing))
    return warnings


@dataclass
class TrainingSummary:
    """Aggregate figures for one community: counts only, never names."""

    sessions: int
    completed_sessions: int
    members_trained: int
    hours: Decimal
    by_gender: list[tuple[str, int, Decimal]] = field(default_factory=list)  # label, people, hours
    by_age_group: list[tuple[str, int]] = field(default_factory=list)
    by_skill: list[tuple[str, int]] = field(default_factory=list)
    certificates: int = 0


def training_summary(community: Community) -> TrainingSummary:
    """Members trained by gender and age group, training hours by gender, holders per skill.

    "Trained" means completing at least one session that was closed as completed.
    """
    completions = Attendance.objects.filter(
        session__community=community, session__completed_at__isnull=False, completed=True
    )
    trained = Member.objects.filter(
        pk__in=completions.values("member_id"), household__community=community
    )
    gender_people = dict(trained.values_list("gender").annotate(n=Count("id")))
    gender_hours = dict(
        completions.values_list("member__gender").annotate(h=Sum("session__module__hours"))
    )
    age_people = dict(trained.values_list("age_group").annotate(n=Count("id")))
    skill_rows = (
        Skill.objects.annotate(
            n=Count(
                "holders",
                filter=Q(
                    holders__member__household__community=community,
                    holders__member__is_active=True,
                ),
            )
        )
        .filter(n__gt=0)
        .order_by("position", "code")
    )
    sessions = community.training_sessions.all()
    return TrainingSummary(
        sessions=sessions.count(),
        completed_sessions=sessions.filter(completed_at__isnull=False).count(),
        members_trained=trained.count(),
        hours=completions.aggregate(h=Sum("session__module__hours"))["h"] or Decimal("0"),
        by_gender=[
            (label, gender_people.get(value, 0), gender_hours.get(value) or Decimal("0"))
            for value, label in Gender.choices
        ],
        by_age_group=[(label, age_people.get(value, 0)) for value, label in AgeGroup.choices],
        by_skill=[(skill.name, skill.n) for skill in skill_rows],
        certificates=community_certificates(community).filter(revoked_at=None).count(),
    )


def community_certificates(community: Community):
    return Certificate.objects.filter(member__household__community=community)
