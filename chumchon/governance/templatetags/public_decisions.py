from django import template

from chumchon.governance.models import Proposal, ProposalStatus
from chumchon.governance.reports import proposal_summary

register = template.Library()

DECIDED = (ProposalStatus.ACCEPTED, ProposalStatus.REJECTED, ProposalStatus.APPLIED)


@register.inclusion_tag("governance/public_decisions.html")
def public_decisions(community, limit: int = 6):
    """The decisions a community chose to publish, newest first (its public page)."""
    proposals = Proposal.objects.filter(
        community=community, is_public=True, status__in=DECIDED
    ).order_by("-decided_at", "-created")[:limit]
    return {"decisions": [(p, proposal_summary(p)) for p in proposals]}
