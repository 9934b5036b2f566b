"""Demo decisions: a meeting in Tha Li, decided and open proposals, one in Bo Tan.

Call `load_governance_demo()` after the demo communities, households, offerings and
sign-ins exist. It is idempotent: proposals are found again by title. Past votes are
written with their real past dates (the services only open votes in the future), then
closed and counted by `close_vote()` like any other.

All people and events are fictional, like the rest of the demo.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from chumchon.accounts.models import StaffRole
from chumchon.catalog.models import Offering, PriceTier
from chumchon.communities.models import Community, Household, Member
from chumchon.governance import services
from chumchon.governance.models import Ballot, Meeting, Proposal, Vote


def _coordinator(community: Community):
    staff = community.staff.filter(role=StaffRole.COORDINATOR).select_related("user").first()
    return staff.user if staff else None


def _first_member(community: Community, code: str) -> Member | None:
    return Member.objects.filter(household__community=community, household__code=code).first()


def _past_vote(
    proposal: Proposal,
    by,
    opened: dt.datetime,
    closes: dt.datetime,
    choices: dict[str, str],
    meeting: Meeting,
    at_meeting: set[str],
) -> Vote:
    vote = Vote.objects.create(
        proposal=proposal, opened_by=by, opens_at=opened, closes_at=closes, quorum_percent=50
    )
    households = {h.code: h for h in proposal.community.households.all()}
    evening = timezone.make_aware(dt.datetime.combine(meeting.date, meeting.starts_at))
    for i, (code, choice) in enumerate(choices.items()):
        on_the_day = code in at_meeting
        Ballot.objects.create(
            vote=vote,
            household=households[code],
            choice=choice,
            recorded_by=by,
            recorded_at_meeting=on_the_day,
            meeting=meeting if on_the_day else None,
            cast_at=evening + dt.timedelta(minutes=20 + i)
            if on_the_day
            else opened + dt.timedelta(hours=2 + i),
        )
    Proposal.objects.filter(pk=proposal.pk).update(status="voting")
    return services.close_vote(vote, now=closes)


def _tha_li(community: Community, now: dt.datetime) -> int:
    by = _coordinator(community)
    if by is None or community.proposals.filter(title__startswith="ขึ้นราคาชาตะไคร้").exists():
        return 0
    meeting_day = (now - dt.timedelta(days=40)).date()
    meeting = Meeting.objects.create(
        community=community,
        date=meeting_day,
        starts_at=dt.time(18, 30),
        place="ศูนย์เรียนรู้ชุมชนท่าลี่",
        language="th",
        agenda="1. ราคาชาตะไคร้ใบเตย\n2. การแต่งกายเมื่อขึ้นพระธาตุสัจจะ\n3. เรื่องอื่น ๆ",
        minutes=(
            "1. กลุ่มแม่บ้านแจ้งว่าต้นทุนใบเตย ตะไคร้ และถุงบรรจุสูงขึ้น "
            "ที่ประชุมลงคะแนนเรื่องราคาใหม่ บางครัวเรือนลงคะแนนที่ประชุม\n"
            "2. ไกด์เสนอให้แจ้งนักท่องเที่ยวเรื่องการแต่งกายก่อนออกเดินทาง "
            "และมีผ้าถุงให้ยืมที่ศาลา\n"
            "3. นัดประชุมครั้งต่อไปหลังออกพรรษา"
        ),
        guests=1,
        created_by=by,
    )
    present = Member.objects.filter(household__community=community, is_active=True)
    services.set_attendance(meeting, by, list(present[:14]))

    tea = Offering.objects.filter(community=community, slug="lemongrass-pandan-herbal-tea").first()
    opened = timezone.make_aware(dt.datetime.combine(meeting_day, dt.time(9))) - dt.timedelta(
        days=3
    )
    price = Proposal.objects.create(
        community=community,
        author_member=_first_member(community, "TL-02"),
        author_user=by,
        kind="price",
        title="ขึ้นราคาชาตะไคร้ใบเตยเป็นห่อละ 120 บาท",
        text=("ราคาใบเตย ตะไคร้ และถุงบรรจุสูงขึ้น กลุ่มแม่บ้านเสนอให้ปรับราคา จากห่อละ 100 บาทเป็น 120 บาท"),
        language="th",
        target=tea,
        change={"item": "120.00"} if tea else {},
        status="discussion",
        created=opened - dt.timedelta(days=10),
        is_public=True,
    )
    _past_vote(
        price,
        by,
        opened,
        opened + dt.timedelta(days=7),
        {
            "TL-01": "yes",
            "TL-02": "yes",
            "TL-03": "yes",
            "TL-04": "no",
            "TL-05": "yes",
            "TL-07": "abstain",
        },
        meeting=meeting,
        at_meeting={"TL-04", "TL-05", "TL-07"},
    )
    if tea:
        # The price before the decision, so the audit log shows the change it made.
        PriceTier.objects.filter(offering=tea, kind="item").update(amount=Decimal("100"))
        services.apply_proposal(price, by)

    dress = Proposal.objects.create(
        community=community,
        author_member=_first_member(community, "TL-06"),
        author_user=by,
        kind="visitor_rule",
        title="ขอให้นักท่องเที่ยวแต่งกายสุภาพเมื่อขึ้นพระธาตุสัจจะ",
        text="ให้ไกด์แจ้งนักท่องเที่ยวก่อนออกเดินทาง และมีผ้าถุงให้ยืมที่ศาลา",
        language="th",
        status="discussion",
        created=opened - dt.timedelta(days=8),
        is_public=True,
    )
    _past_vote(
        dress,
        by,
        opened,
        opened + dt.timedelta(days=7),
        {"TL-01": "yes", "TL-02": "yes", "TL-03": "no", "TL-05": "yes", "TL-06": "yes"},
        meeting=meeting,
        at_meeting={"TL-05", "TL-06"},
    )
    meeting.decisions.set([price, dress])

    route = services.raise_proposal(
        community,
        by,
        kind="route",
        title="เส้นทางเดินใหม่: ตลาดเช้าถึงแก่งโตน",
        text=("เดินจากตลาดเช้าไปตามริมน้ำเหือง แวะบ้านช่างสานลี่ แล้วไปจบที่แก่งโตน ใช้เวลาประมาณ 2 ชั่วโมง"),
        language="th",
        member=_first_member(community, "TL-03"),
        change_description="ไกด์ 2 คนผลัดกันนำเดิน เริ่ม 7 โมงเช้า",
    )
    vote = services.open_vote(route, by, now + dt.timedelta(days=5))
    households = {h.code: h for h in Household.objects.filter(community=community)}
    for code, choice in {"TL-01": "yes", "TL-03": "yes", "TL-08": "no"}.items():
        services.cast_ballot(vote, households[code], choice, by)

    lamps = services.raise_proposal(
        community,
        by,
        kind="fund",
        title="ซื้อไฟโซลาร์เซลล์ติดทางเดินไปน้ำตกห้วยไข่",
        text="ทางเดินมืดตอนเย็น นักท่องเที่ยวและชาวบ้านเดินลำบาก เสนอซื้อไฟ 10 ต้น",
        language="th",
        member=_first_member(community, "TL-05"),
        change_description="ใช้เงินกองทุนชุมชน 8,000 บาท",
    )
    services.comment(
        lamps,
        by,
        "เห็นด้วย แต่ควรขอราคาจากร้านในอำเภอก่อนอย่างน้อย 2 ร้าน",
        language="th",
        member=_first_member(community, "TL-01"),
    )
    services.comment(
        lamps,
        by,
        "ควรให้ผู้ใหญ่บ้านช่วยดูจุดที่จะติดตั้ง",
        language="th",
        member=_first_member(community, "TL-04"),
    )
    return 4


def _bo_tan(community: Community) -> int:
    by = _coordinator(community)
    if by is None or community.proposals.filter(title__startswith="ຂາຍຜ້າພັນຄໍ").exists():
        return 0
    scarves = services.raise_proposal(
        community,
        by,
        kind="product",
        title="ຂາຍຜ້າພັນຄໍທໍມືໃຫ້ນັກທ່ອງທ່ຽວ",
        text="ແມ່ຍິງໃນບ້ານທໍຜ້າໄດ້ຢູ່ແລ້ວ. ສະເໜີໃຫ້ຂາຍຜ້າພັນຄໍຢູ່ເຮືອນພັກ ແລະ ຢູ່ຕະຫຼາດ.",
        language="lo",
        member=_first_member(community, "BT-02"),
    )
    services.comment(
        scarves,
        by,
        "ເຫັນດີ, ແຕ່ຕ້ອງຕົກລົງລາຄາກັນກ່ອນ.",
        language="lo",
        member=_first_member(community, "BT-05"),
    )
    return 1


@transaction.atomic
def load_governance_demo(now: dt.datetime | None = None) -> int:
    """Add the demo's decisions; returns how many proposals were added."""
    now = now or timezone.now()
    added = 0
    for slug, load in (("tha-li", lambda c: _tha_li(c, now)), ("bo-tan", _bo_tan)):
        community = Community.objects.filter(slug=slug).first()
        if community is not None:
            added += load(community)
    return added
