"""Self-assessment operations and scores. Each operation is one transaction with one audit
entry; pages and the API call these only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chumchon.core.audit import log_action
from chumchon.standards import scoring
from chumchon.standards.models import (
    Answer,
    Assessment,
    AssessmentStatus,
    Criterion,
    Framework,
    ImprovementAction,
    Indicator,
    Rating,
)


class AssessmentError(Exception):
    """An assessment action the rules do not allow; the message is for the user."""


def _actor(by):
    return by if getattr(by, "is_authenticated", False) else None


def indicators_of(assessment: Assessment):
    """The indicators this assessment asks: active ones, and any already answered."""
    return (
        Indicator.objects.filter(criterion__framework=assessment.framework)
        .filter(Q(is_active=True) | Q(answers__assessment=assessment))
        .distinct()
        .select_related("criterion")
        .order_by("criterion__order", "criterion_id", "order", "id")
    )


def last_completed(community, framework: Framework) -> Assessment | None:
    return (
        Assessment.objects.filter(
            community=community, framework=framework, status=AssessmentStatus.COMPLETED
        )
        .order_by("-date", "-id")
        .first()
    )


@transaction.atomic
def start_assessment(
    community,
    framework: Framework,
    by,
    *,
    date: dt.date | None = None,
    participants: str = "",
    copy_previous: bool = False,
) -> Assessment:
    """Open a new self-assessment (one in progress per standard at a time).

    With `copy_previous`, the answers, notes and evidence of the last completed
    assessment are the starting point, so the community only changes what moved.
    """
    if Assessment.objects.filter(
        community=community, framework=framework, status=AssessmentStatus.DRAFT
    ).exists():
        raise AssessmentError(_("An assessment of this standard is already in progress."))
    previous = last_completed(community, framework) if copy_previous else None
    try:
        with transaction.atomic():
            assessment = Assessment.objects.create(
                community=community,
                framework=framework,
                date=date or timezone.localdate(),
                participants=participants,
                assessed_by=_actor(by),
            )
    except IntegrityError as error:  # another coordinator started one a moment ago
        raise AssessmentError(
            _("An assessment of this standard is already in progress.")
        ) from error
    copied = 0
    if previous is not None:
        active = set(
            Indicator.objects.filter(criterion__framework=framework, is_active=True).values_list(
                "pk", flat=True
            )
        )
        for answer in previous.answers.filter(indicator_id__in=active):
            Answer.objects.create(
                assessment=assessment,
                indicator_id=answer.indicator_id,
                rating=answer.rating,
                note=answer.note,
                photo=answer.photo.name,
                document=answer.document.name,
                record_path=answer.record_path,
                answered_by=answer.answered_by,
            )
            copied += 1
    log_action(
        by,
        "standards.assessment_started",
        assessment,
        community=community,
        framework=framework.code,
        copied_from=previous.pk if previous else None,
        copied=copied,
    )
    return assessment


def _open(assessment: Assessment) -> Assessment:
    """The assessment locked for a change, refused once completed."""
    assessment = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if assessment.is_completed:
        raise AssessmentError(_("This assessment is completed; its answers can no longer change."))
    return assessment


@transaction.atomic
def record_answer(
    assessment: Assessment,
    indicator: Indicator,
    by,
    *,
    rating: str,
    note: str = "",
    photo=None,
    document=None,
    record_path: str | None = None,
) -> Answer:
    """Answer one indicator (again). Evidence files are kept unless new ones are given."""
    if rating not in Rating.values:
        raise AssessmentError(_("Choose fully, partly, not yet or does not apply."))
    assessment = _open(assessment)
    if indicator.criterion.framework_id != assessment.framework_id:
        raise AssessmentError(_("This indicator belongs to another standard."))
    answer = Answer.objects.filter(assessment=assessment, indicator=indicator).first() or Answer(
        assessment=assessment, indicator=indicator
    )
    answer.rating = rating
    answer.note = note
    if photo:
        answer.photo = photo
    if document:
        answer.document = document
    if record_path is not None:
        answer.record_path = record_path
    answer.answered_by = _actor(by)
    answer.save()
    log_action(
        by,
        "standards.answer_recorded",
        assessment,
        community=assessment.community,
        indicator=indicator.number,
        rating=rating,
    )
    return answer


@transaction.atomic
def complete_assessment(assessment: Assessment, by) -> Assessment:
    """Close the assessment: every indicator must have an answer ("does not apply" counts)."""
    assessment = _open(assessment)
    missing = indicators_of(assessment).exclude(answers__assessment=assessment).count()
    if missing:
        raise AssessmentError(
            _("%(n)d indicators have no answer yet. Answer them, or mark them “does not apply”.")
            % {"n": missing}
        )
    assessment.status = AssessmentStatus.COMPLETED
    assessment.completed_at = timezone.now()
    assessment.save(update_fields=["status", "completed_at"])
    scores = assessment_scores(assessment)
    log_action(
        by,
        "standards.assessment_completed",
        assessment,
        community=assessment.community,
        overall=str(scores.overall.percent),
    )
    return assessment


@transaction.atomic
def mark_action_done(action: ImprovementAction, by, *, done: bool = True) -> ImprovementAction:
    action.done = done
    action.done_at = timezone.localdate() if done else None
    action.save(update_fields=["done", "done_at"])
    log_action(
        by,
        "standards.action_done" if done else "standards.action_reopened",
        action,
        community=action.assessment.community,
    )
    return action


@transaction.atomic
def add_indicator(
    criterion: Criterion, by, *, number: str, level: str, text: dict[str, str]
) -> Indicator:
    """Extend a framework with an indicator (programme officers). `text` maps language to text."""
    if Indicator.objects.filter(criterion=criterion, number=number).exists():
        raise AssessmentError(_("This criterion already has an indicator with this number."))
    order = criterion.indicators.order_by("-order").values_list("order", flat=True).first() or 0
    indicator = Indicator(criterion=criterion, number=number, level=level, order=order + 10)
    for language, value in text.items():
        setattr(indicator, f"text_{language}", value)
    indicator.text = text.get("en") or next((v for v in text.values() if v), "")
    indicator.save()
    log_action(
        by,
        "standards.indicator_added",
        indicator,
        framework=criterion.framework.code,
        number=number,
    )
    return indicator


# --- Scores ---------------------------------------------------------------------------------


def assessment_scores(assessment: Assessment) -> scoring.Scores:
    """Scores by criterion (keyed by criterion id), by level and overall."""
    ratings = dict(assessment.answers.values_list("indicator_id", "rating"))
    return scoring.score(
        (ind.criterion_id, ind.level, ratings.get(ind.pk)) for ind in indicators_of(assessment)
    )


@dataclass
class Progress:
    """Completed assessments of one standard, oldest first, with their scores."""

    framework: Framework
    criteria: list[Criterion]
    assessments: list[Assessment]
    scores: list[scoring.Scores]

    def overall(self) -> list[Decimal | None]:
        return [s.overall.percent for s in self.scores]

    def per_criterion(self) -> list[tuple[Criterion, list[Decimal | None]]]:
        return [(c, [s.criterion(c.pk).percent for s in self.scores]) for c in self.criteria]

    def change(self) -> Decimal | None:
        """Percentage points between the last two assessments (None with fewer than two)."""
        if len(self.scores) < 2:
            return None
        return scoring.change(self.scores[-2].overall.percent, self.scores[-1].overall.percent)


def progress(community, framework: Framework, *, limit: int = 4) -> Progress:
    """The last `limit` completed assessments of `framework` by `community`, oldest first."""
    assessments = list(
        Assessment.objects.filter(
            community=community, framework=framework, status=AssessmentStatus.COMPLETED
        ).order_by("-date", "-id")[:limit]
    )[::-1]
    return Progress(
        framework=framework,
        criteria=list(framework.criteria.order_by("order", "id")),
        assessments=assessments,
        scores=[assessment_scores(a) for a in assessments],
    )
