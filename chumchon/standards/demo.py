"""Demo self-assessments: two of the ASEAN CBT Standard some months apart, the second
better, with an improvement plan. Idempotent; the demo loader calls `load_assessments_demo`.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from chumchon.standards.models import Assessment, Framework, ImprovementAction, Indicator
from chumchon.standards.services import (
    complete_assessment,
    record_answer,
    start_assessment,
)

FIRST, SECOND = dt.date(2025, 11, 15), dt.date(2026, 5, 16)

# The first assessment by level; the second raises some answers one step.
FIRST_RATINGS = {"minimum": "partly", "advanced": "not", "best_practice": "not"}
IMPROVED = {"1.1", "1.4", "2.2", "2.5", "4.2", "4.3", "5.1", "5.2", "6.1", "6.2", "7.2"}
NOT_APPLICABLE = {"8.3", "8.4"}  # no partner tour operator works with the community yet
BETTER = {"not": "partly", "partly": "fully", "fully": "fully"}

ACTIONS = [
    ("1.7", "Report the yearly tourism figures to the village meeting", "Committee", 60),
    ("3.3", "Set aside 5% of tourism income for the forest conservation fund", "Treasurer", 90),
    (
        "4.4",
        "Ask every group for feedback and read it out at the monthly meeting",
        "Coordinator",
        30,
    ),
]


def _rating(indicator: Indicator, second: bool) -> str:
    if indicator.number in NOT_APPLICABLE:
        return "not_applicable"
    rating = FIRST_RATINGS[indicator.level]
    if second and indicator.number in IMPROVED:
        rating = BETTER[rating]
    return rating


@transaction.atomic
def load_assessments_demo(community, by=None) -> list[Assessment]:
    framework = Framework.objects.get(code="asean-cbt-2016")
    done = []
    for date, second in ((FIRST, False), (SECOND, True)):
        existing = Assessment.objects.filter(
            community=community, framework=framework, date=date
        ).first()
        if existing:
            done.append(existing)
            continue
        assessment = start_assessment(
            community, framework, by, date=date, participants="CBT committee, hosts, guides"
        )
        for indicator in Indicator.objects.filter(criterion__framework=framework, is_active=True):
            record_answer(assessment, indicator, by, rating=_rating(indicator, second))
        complete_assessment(assessment, by)
        if second:
            for number, action, owner, days in ACTIONS:
                ImprovementAction.objects.get_or_create(
                    assessment=assessment,
                    indicator=Indicator.objects.get(criterion__framework=framework, number=number),
                    defaults={
                        "action": action,
                        "owner_name": owner,
                        "due_date": date + dt.timedelta(days=days),
                    },
                )
        done.append(assessment)
    return done
