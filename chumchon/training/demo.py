"""Demo training for a community: a shared programme, completed sessions, certificates,
and the skills its offerings need. Idempotent; the demo loader calls `load_training_demo`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction

from chumchon.training.models import Module, OfferingSkillRequirement, Programme, Session, Skill
from chumchon.training.services import (
    community_members,
    complete_session,
    issue_certificate,
    record_attendance,
)

PROGRAMME = {
    "th": "พื้นฐานการท่องเที่ยวโดยชุมชน",
    "lo": "ພື້ນຖານການທ່ອງທ່ຽວໂດຍຊຸມຊົນ",
    "en": "Community-based tourism basics",
}
# (Thai, Lao, English title), hours, skill codes
MODULES = [
    (
        (
            "การต้อนรับและมาตรฐานโฮมสเตย์",
            "ການຕ້ອນຮັບ ແລະ ມາດຕະຖານໂຮມສະເຕ",
            "Hosting and homestay standards",
        ),
        "6",
        ["homestay"],
    ),
    (("สุขอนามัยอาหาร", "ອະນາໄມອາຫານ", "Food hygiene"), "3", ["food-hygiene"]),
    (
        ("การนำเที่ยวและการเล่าเรื่อง", "ການນຳທ່ຽວ ແລະ ການເລົ່າເລື່ອງ", "Guiding and storytelling"),
        "6",
        ["guiding", "storytelling"],
    ),
    (
        ("ปฐมพยาบาลและความปลอดภัย", "ປະຖົມພະຍາບານ ແລະ ຄວາມປອດໄພ", "First aid and safety"),
        "4",
        ["first-aid", "safety"],
    ),
]
# Which offerings need which skill, by kind (or service type for services).
REQUIREMENTS = {"homestay": "homestay", "meal": "food-hygiene", "guide": "guiding"}


@transaction.atomic
def load_training_demo(community, by=None, *, start: dt.date = dt.date(2026, 1, 12)) -> dict:
    programme, _ = Programme.objects.get_or_create(
        community=None,
        name_en=PROGRAMME["en"],
        defaults={"name": PROGRAMME["en"], "name_th": PROGRAMME["th"], "name_lo": PROGRAMME["lo"]},
    )
    modules = []
    for position, ((th, lo, en), hours, skills) in enumerate(MODULES, start=1):
        module, _ = Module.objects.update_or_create(
            programme=programme,
            title_en=en,
            defaults={
                "title": en,
                "title_th": th,
                "title_lo": lo,
                "hours": Decimal(hours),
                "position": position,
            },
        )
        module.skills.set(Skill.objects.filter(code__in=skills))
        modules.append(module)

    members = list(community_members(community).order_by("household__code", "name"))
    certificates = 0
    for k, module in enumerate(modules):
        session, _ = Session.objects.get_or_create(
            module=module,
            community=community,
            date=start + dt.timedelta(weeks=2 * k),
            defaults={"trainer": "Local Alike", "place": "ศาลาวัด / temple hall"},
        )
        if not session.is_completed and members:
            # Every other member takes each module, so some skills are still missing.
            present = members[k % 2 :: 2]
            record_attendance(session, present, by, completed=present[:-1] or present)
            complete_session(session, by)
        for attendance in session.attendances.filter(completed=True).select_related("member"):
            issue_certificate(attendance.member, module, by)
            certificates += 1

    for offering in community.offerings.all():
        code = REQUIREMENTS.get(offering.service_type or offering.kind)
        if code:
            OfferingSkillRequirement.objects.get_or_create(
                offering=offering, skill=Skill.objects.get(code=code)
            )
    return {"modules": len(modules), "certificates": certificates}
