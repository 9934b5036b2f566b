"""The demo's two assessments of Tha Li show progress and load idempotently."""

from chumchon.standards.demo import load_assessments_demo
from chumchon.standards.models import Assessment
from chumchon.standards.services import progress


def test_two_demo_assessments_of_tha_li_show_progress(demo):
    tha_li, _bo_tan = demo
    first, second = load_assessments_demo(tha_li)
    assert load_assessments_demo(tha_li) == [first, second]
    assert Assessment.objects.filter(community=tha_li).count() == 2

    report = progress(tha_li, first.framework)
    before, after = report.overall()
    assert after > before
    assert report.change() == after - before
    assert second.actions.count() == 3
