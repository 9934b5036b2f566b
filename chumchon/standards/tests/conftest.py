import datetime as dt

import pytest

from chumchon.standards.models import Criterion, Framework, Indicator
from chumchon.standards.services import complete_assessment, record_answer, start_assessment


@pytest.fixture
def as_user(client):
    def login(user):
        client.force_login(user)
        return client

    return login


@pytest.fixture
def asean(db):
    return Framework.objects.get(code="asean-cbt-2016")  # seeded by the data migration


@pytest.fixture
def small(db):
    """A two-criterion framework whose scores are easy to work out by hand."""
    framework = Framework.objects.create(code="small", name_en="Small standard")
    c1 = Criterion.objects.create(framework=framework, number="1", title_en="People", order=1)
    c2 = Criterion.objects.create(framework=framework, number="2", title_en="Nature", order=2)
    for criterion, numbers in ((c1, ("1.1", "1.2", "1.3", "1.4")), (c2, ("2.1", "2.2"))):
        for k, number in enumerate(numbers):
            level = ("minimum", "minimum", "advanced", "best_practice")[k]
            Indicator.objects.create(
                criterion=criterion,
                number=number,
                text_en=f"Indicator {number}",
                level=level,
                order=k,
            )
    return framework


def indicator(framework, number):
    return Indicator.objects.get(criterion__framework=framework, number=number)


@pytest.fixture
def answer_all():
    """Answer the given indicators of an assessment: {number: rating}."""

    def answer(assessment, ratings, by=None):
        for number, rating in ratings.items():
            record_answer(assessment, indicator(assessment.framework, number), by, rating=rating)
        return assessment

    return answer


@pytest.fixture
def two_assessments(tha_li, small, answer_all, thali_coordinator):
    first = start_assessment(tha_li, small, thali_coordinator, date=dt.date(2025, 11, 1))
    answer_all(
        first,
        {"1.1": "fully", "1.2": "not", "1.3": "not", "1.4": "not", "2.1": "partly", "2.2": "not"},
    )
    complete_assessment(first, thali_coordinator)
    second = start_assessment(
        tha_li, small, thali_coordinator, date=dt.date(2026, 5, 1), copy_previous=True
    )
    answer_all(second, {"1.2": "fully", "1.3": "partly", "1.4": "not_applicable", "2.2": "fully"})
    complete_assessment(second, thali_coordinator)
    return first, second
