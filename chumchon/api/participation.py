"""Read-only API of a community's decisions and CBT-standard assessments (issue 8).

For the community's coordinators (key or signed in) and for programme officers.
"""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions
from rest_framework.response import Response

from chumchon.accounts.models import StaffRole
from chumchon.accounts.permissions import can_read_records
from chumchon.api.permissions import Role, key_of, may_manage, person_of
from chumchon.api.views import AUTH_ERRORS, ApiView, _errors
from chumchon.communities.models import Community
from chumchon.governance.models import Proposal
from chumchon.governance.reports import proposal_summary
from chumchon.standards.models import Assessment, AssessmentStatus
from chumchon.standards.services import assessment_scores

# Both answers are lists (the schema said "object" until fuzzing checked the answers).
LIST_OF_OBJECTS = {"type": "array", "items": {"type": "object"}}


def _readable_community(request, slug: str) -> Community:
    community = get_object_or_404(Community, slug=slug)
    key = key_of(request)
    if key is not None:
        allowed = key.role == Role.OFFICER or (
            key.role == Role.COORDINATOR and key.community_id == community.pk
        )
    else:
        user = person_of(request)
        allowed = may_manage(request, community, roles=(StaffRole.COORDINATOR,)) or bool(
            user and user.is_programme_officer and can_read_records(user, community)
        )
    if not allowed:
        raise exceptions.PermissionDenied(
            _("Only the community's coordinators and programme officers read this.")
        )
    return community


def _percent(tally) -> str | None:
    value = tally.percent
    return None if value is None else str(value)


class CommunityProposals(ApiView):
    @extend_schema(
        operation_id="community_proposals",
        summary=_("A community's proposals with their votes and results"),
        tags=["participation"],
        responses={200: LIST_OF_OBJECTS, **_errors(*AUTH_ERRORS, "404")},
    )
    def get(self, request, slug: str):
        community = _readable_community(request, slug)
        proposals = (
            Proposal.objects.filter(community=community)
            .exclude(status="draft")
            .order_by("-created")
        )
        data = []
        for proposal in proposals:
            summary = proposal_summary(proposal)
            vote = summary.pop("vote")
            summary["votes"] = (
                {"yes": vote["yes"], "no": vote["no"], "abstain": vote["abstain"]} if vote else None
            )
            summary["households"] = vote["households"] if vote else None
            summary["quorum_percent"] = vote["quorum_percent"] if vote else None
            summary["turnout_percent"] = vote["turnout_percent"] if vote else None
            summary["result"] = (
                None
                if not vote or vote["accepted"] is None
                else ("accepted" if vote["accepted"] else "rejected")
            )
            data.append(summary)
        return Response(data)


class CommunityAssessments(ApiView):
    @extend_schema(
        operation_id="community_assessments",
        summary=_("A community's CBT-standard assessments with scores by criterion and level"),
        tags=["participation"],
        responses={200: LIST_OF_OBJECTS, **_errors(*AUTH_ERRORS, "404")},
    )
    def get(self, request, slug: str):
        community = _readable_community(request, slug)
        assessments = (
            Assessment.objects.filter(community=community)
            .select_related("framework")
            .order_by("date", "id")
        )
        data = []
        for assessment in assessments:
            scores = assessment_scores(assessment)
            criteria = assessment.framework.criteria.order_by("order", "id")
            data.append(
                {
                    "id": assessment.pk,
                    "framework": assessment.framework.code,
                    "date": assessment.date,
                    "status": assessment.status,
                    "completed": assessment.status == AssessmentStatus.COMPLETED,
                    "overall_percent": _percent(scores.overall),
                    "by_level": {
                        level: _percent(tally) for level, tally in scores.by_level.items()
                    },
                    "by_criterion": [
                        {
                            "number": criterion.number,
                            "title": criterion.title,
                            "percent": _percent(scores.criterion(criterion.pk)),
                            "by_level": {
                                level: _percent(scores.cell(criterion.pk, level))
                                for level in scores.by_level
                            },
                        }
                        for criterion in criteria
                    ],
                }
            )
        return Response(data)
