"""`{% offering_skill_warnings offering %}`: the missing-skill warning for offering pages."""

from django import template
from django.urls import reverse

from chumchon.accounts.models import StaffRole
from chumchon.accounts.permissions import can_manage, can_see_personal_data
from chumchon.training.reports import missing_skills

register = template.Library()


@register.inclusion_tag("training/_offering_skill_warnings.html", takes_context=True)
def offering_skill_warnings(context, offering) -> dict:
    """Which provider households lack a skill the offering needs (nothing when none do).

    Household names only for the community's own staff; others see household codes.
    """
    user = getattr(context.get("request"), "user", None)
    community = offering.community
    return {
        "missing": missing_skills(offering),
        "show_names": can_see_personal_data(user, community),
        "training_url": reverse("training:session_new", args=[community.slug])
        if can_manage(user, community, (StaffRole.COORDINATOR,))
        else "",
    }
