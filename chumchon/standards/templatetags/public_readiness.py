from django import template

from chumchon.standards.models import Framework
from chumchon.standards.services import progress

register = template.Library()

ASEAN_CBT = "asean-cbt-2016"


@register.inclusion_tag("standards/public_readiness.html")
def public_readiness(community):
    """The community's latest completed self-assessment against the ASEAN CBT Standard."""
    framework = Framework.objects.filter(code=ASEAN_CBT).first()
    if framework is None:
        return {"assessment": None}
    latest = progress(community, framework, limit=1)
    if not latest.assessments:
        return {"assessment": None}
    scores = latest.scores[-1]
    return {
        "framework": framework,
        "assessment": latest.assessments[-1],
        "overall": scores.overall.percent,
        "criteria": [(c, scores.criterion(c.pk).percent) for c in latest.criteria],
    }
