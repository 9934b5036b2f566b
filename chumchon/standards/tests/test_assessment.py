"""Answering, completing and scoring an assessment stored in the database."""

import datetime as dt
from decimal import Decimal

import pytest

from chumchon.core.models import AuditEntry
from chumchon.standards.models import Answer, Criterion
from chumchon.standards.services import (
    AssessmentError,
    assessment_scores,
    complete_assessment,
    record_answer,
    start_assessment,
)

from .conftest import indicator


def test_scores_of_an_assessment_with_partly_and_not_applicable(
    tha_li, small, answer_all, thali_coordinator
):
    a = start_assessment(tha_li, small, thali_coordinator, date=dt.date(2026, 1, 10))
    answer_all(
        a,
        {
            "1.1": "fully",
            "1.2": "partly",
            "1.3": "not",
            "1.4": "not_applicable",
            "2.1": "fully",
            "2.2": "partly",
        },
    )
    scores = assessment_scores(a)
    people, nature = small.criteria.order_by("order")
    assert scores.criterion(people.pk).percent == Decimal("50.0")  # (1 + ½) / 3
    assert scores.criterion(nature.pk).percent == Decimal("75.0")  # (1 + ½) / 2
    assert scores.overall.percent == Decimal("60.0")  # (2 + 2×½) / 5
    assert scores.by_level["minimum"].percent == Decimal("75.0")  # (2 + 2×½) / 4
    assert scores.by_level["advanced"].percent == Decimal("0.0")
    assert scores.by_level["best_practice"].percent is None  # only N/A


def test_an_assessment_cannot_be_completed_with_unanswered_indicators(
    tha_li, small, answer_all, thali_coordinator
):
    a = start_assessment(tha_li, small, thali_coordinator)
    answer_all(a, {"1.1": "fully"})
    with pytest.raises(AssessmentError):
        complete_assessment(a, thali_coordinator)
    a.refresh_from_db()
    assert not a.is_completed


def test_answers_of_a_completed_assessment_cannot_change(two_assessments, thali_coordinator):
    first, _second = two_assessments
    with pytest.raises(AssessmentError):
        record_answer(first, indicator(first.framework, "1.2"), thali_coordinator, rating="fully")
    assert Answer.objects.get(assessment=first, indicator__number="1.2").rating == "not"


def test_only_one_assessment_of_a_standard_is_in_progress_at_a_time(
    tha_li, small, thali_coordinator
):
    start_assessment(tha_li, small, thali_coordinator)
    with pytest.raises(AssessmentError):
        start_assessment(tha_li, small, thali_coordinator)


def test_a_new_assessment_can_start_from_the_last_answers(two_assessments):
    first, second = two_assessments
    assert Answer.objects.get(assessment=second, indicator__number="1.1").rating == "fully"
    assert Answer.objects.get(assessment=second, indicator__number="1.2").rating == "fully"
    assert Answer.objects.get(assessment=first, indicator__number="1.2").rating == "not"


def test_answering_again_replaces_the_answer(tha_li, small, thali_coordinator):
    a = start_assessment(tha_li, small, thali_coordinator)
    i = indicator(small, "1.1")
    record_answer(a, i, thali_coordinator, rating="not", note="no committee yet")
    record_answer(a, i, thali_coordinator, rating="partly", note="elected in May")
    answer = Answer.objects.get(assessment=a, indicator=i)
    assert (answer.rating, answer.note) == ("partly", "elected in May")
    assert AuditEntry.objects.filter(action="standards.answer_recorded").count() == 2


def test_an_indicator_of_another_standard_is_refused(tha_li, small, asean, thali_coordinator):
    a = start_assessment(tha_li, small, thali_coordinator)
    other = asean.criteria.first().indicators.first()
    with pytest.raises(AssessmentError):
        record_answer(a, other, thali_coordinator, rating="fully")


def test_the_asean_standard_is_seeded_with_eight_criteria_and_indicators_at_each_level(asean):
    criteria = list(asean.criteria.order_by("order"))
    assert [c.number for c in criteria] == [str(n) for n in range(1, 9)]
    assert criteria[0].title_en == "Community ownership and management"
    for criterion in criteria:
        assert criterion.title_th and criterion.title_lo and criterion.title_en
        indicators = list(criterion.indicators.all())
        assert len(indicators) >= 3
        assert {i.level for i in indicators} == {"minimum", "advanced", "best_practice"}
        for i in indicators:
            assert i.text_th and i.text_lo and i.text_en
    assert Criterion.objects.filter(framework=asean).count() == 8
