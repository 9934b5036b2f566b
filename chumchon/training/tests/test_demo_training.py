"""The demo training for Tha Li loads twice without changing anything the second time."""

from chumchon.training.demo import load_training_demo
from chumchon.training.models import Certificate, MemberSkill, Session
from chumchon.training.reports import offering_warnings


def test_the_demo_training_gives_tha_li_certificates_and_warnings_and_is_idempotent(demo):
    tha_li, _bo_tan = demo
    load_training_demo(tha_li)
    counts = (Session.objects.count(), MemberSkill.objects.count(), Certificate.objects.count())
    load_training_demo(tha_li)

    assert (
        Session.objects.count(),
        MemberSkill.objects.count(),
        Certificate.objects.count(),
    ) == counts
    assert counts[2] > 0
    assert all(s.is_completed for s in Session.objects.all())
    assert offering_warnings(tha_li)  # some providers still need training
