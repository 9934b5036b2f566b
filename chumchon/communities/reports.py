"""Aggregate figures that programme officers may read (no personal data)."""

from dataclasses import dataclass, field

from django.db.models import Count

from chumchon.communities.models import AgeGroup, Community, Gender, Member, Role


@dataclass
class InclusionSummary:
    households: int
    members: int
    by_gender: list[tuple[str, int]] = field(default_factory=list)
    by_age_group: list[tuple[str, int]] = field(default_factory=list)
    by_role: list[tuple[str, int]] = field(default_factory=list)


def inclusion_summary(community: Community) -> InclusionSummary:
    members = Member.objects.filter(
        household__community=community, household__is_active=True, is_active=True
    )
    gender_counts = dict(members.values_list("gender").annotate(n=Count("id")))
    age_counts = dict(members.values_list("age_group").annotate(n=Count("id")))
    role_counts = (
        members.values("roles__code")
        .exclude(roles__code=None)
        .annotate(n=Count("id", distinct=True))
    )
    role_names = {r.code: r.name for r in Role.objects.all()}
    return InclusionSummary(
        households=community.households.filter(is_active=True).count(),
        members=members.count(),
        by_gender=[(label, gender_counts.get(value, 0)) for value, label in Gender.choices],
        by_age_group=[(label, age_counts.get(value, 0)) for value, label in AgeGroup.choices],
        by_role=sorted(
            ((role_names.get(r["roles__code"], r["roles__code"]), r["n"]) for r in role_counts),
            key=lambda item: -item[1],
        ),
    )
