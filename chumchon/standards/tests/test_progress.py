"""Progress between two assessments of Tha Li, and the SVG charts that show it."""

import re
from decimal import Decimal

from chumchon.standards.services import assessment_scores, progress, start_assessment


def test_progress_between_two_assessments(tha_li, small, two_assessments):
    first, second = two_assessments
    report = progress(tha_li, small)

    assert report.assessments == [first, second]
    assert report.overall() == [Decimal("25.0"), Decimal("80.0")]  # 1.5/6, then 4/5
    assert [(c.number, values) for c, values in report.per_criterion()] == [
        ("1", [Decimal("25.0"), Decimal("83.3")]),  # 1/4, then 2.5/3 (1.4 N/A)
        ("2", [Decimal("25.0"), Decimal("75.0")]),  # 0.5/2, then 1.5/2
    ]
    assert report.change() == Decimal("55.0")


def test_progress_only_compares_completed_assessments_of_the_same_standard_and_community(
    tha_li, bo_tan, small, asean, two_assessments, thali_coordinator, botan_coordinator
):
    start_assessment(tha_li, small, thali_coordinator)  # in progress
    start_assessment(tha_li, asean, thali_coordinator)
    start_assessment(bo_tan, small, botan_coordinator)
    assert len(progress(tha_li, small).assessments) == 2
    assert progress(bo_tan, small).assessments == []


def bars(html: str) -> list[str]:
    return re.findall(r'<rect class="bar" data-row="(\d+)" data-series="(\d+)"', html)


def test_the_results_page_draws_one_bar_per_criterion(as_user, tha_li, asean, thali_coordinator):
    from chumchon.standards.models import Indicator
    from chumchon.standards.services import complete_assessment, record_answer

    a = start_assessment(tha_li, asean, thali_coordinator)
    for i in Indicator.objects.filter(criterion__framework=asean):
        record_answer(a, i, thali_coordinator, rating="fully" if i.level == "minimum" else "not")
    complete_assessment(a, thali_coordinator)

    page = as_user(thali_coordinator).get(f"/en/manage/t-tha-li/standards/{a.pk}/results/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "<svg" in html
    assert sorted(int(row) for row, _series in bars(html)) == list(range(8))
    assert "Community ownership and management" in html
    overall = assessment_scores(a).overall.percent
    assert f"{overall}%" in html


def test_the_progress_page_draws_a_bar_per_criterion_for_each_assessment(
    as_user, two_assessments, thali_coordinator
):
    html = as_user(thali_coordinator).get("/en/manage/t-tha-li/standards/progress/small/")
    html = html.content.decode()
    assert sorted(bars(html)) == [("0", "0"), ("0", "1"), ("1", "0"), ("1", "1")]
    assert "1 Nov 2025" in html and "1 May 2026" in html  # the legend
    assert 'class="score-line"' in html  # overall score over time
    assert "83.3%" in html and "+55.0" in html


def test_chart_labels_follow_the_page_language(as_user, two_assessments, thali_coordinator):
    from chumchon.standards.models import Criterion

    Criterion.objects.filter(framework__code="small", number="1").update(title_th="ผู้คน")
    html = as_user(thali_coordinator).get("/th/manage/t-tha-li/standards/progress/small/")
    svg = re.search(r'<svg[^>]*class="score-chart".*?</svg>', html.content.decode(), re.S)
    assert "1. ผู้คน" in svg.group(0)
