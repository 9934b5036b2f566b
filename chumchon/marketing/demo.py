"""Demo marketing: highlights, promotion codes, and reviews (with replies) of past visits.

Call `load_marketing_demo()` after the demo communities, offerings and sign-ins exist.
Idempotent: highlights are found by position, codes by code, and the reviewed visits
by their booking reference; a visit already loaded is left as it is. The reviewed
visits are real bookings, paid and posted to the ledger, whose dates lie in the past.
All reviewers are fictional, like the rest of the demo.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from chumchon.accounts.models import StaffRole
from chumchon.bookings.models import Booking, BookingItem, BookingStatus, Slot
from chumchon.bookings.services import ItemRequest, price_of
from chumchon.catalog.models import Offering
from chumchon.communities.models import Community
from chumchon.demo.content import T
from chumchon.marketing import services
from chumchon.marketing.models import Highlight, PromoCode, Review

HIGHLIGHTS = {
    "tha-li": [
        (
            T("สานลี่กับปราชญ์ชาวบ้าน", "ສານລີ່ກັບປາດຊາວບ້ານ", "Weave a li with the elders"),
            T(
                "เครื่องดักปลาไม้ไผ่ที่ให้ชื่อแก่ท่าลี่ สานเองแล้วนำกลับบ้านได้",
                "ເຄື່ອງດັກປາໄມ້ໄຜ່ ທີ່ໃຫ້ຊື່ແກ່ທ່າລີ່ ສານເອງແລ້ວເອົາກັບບ້ານໄດ້",
                "The bamboo fish trap that gave Tha Li its name: make one and take it home.",
            ),
        ),
        (
            T("พระธาตุสัจจะ", "ພະທາດສັດຈະ", "Phra That Satcha"),
            T(
                "พระธาตุสูง 33 เมตร และเรื่องเล่าของคนท่าลี่ที่ร่วมกันสร้าง",
                "ພະທາດສູງ 33 ແມັດ ແລະ ເລື່ອງເລົ່າຂອງຄົນທ່າລີ່ທີ່ຮ່ວມກັນສ້າງ",
                "A 33-metre stupa and the story of the people who built it together.",
            ),
        ),
        (
            T("นอนบ้านไม้ กินสำรับเลย", "ນອນເຮືອນໄມ້ ກິນພາເຂົ້າເລີຍ", "Sleep in a wooden house"),
            T(
                "โฮมสเตย์กับครอบครัวเจ้าบ้าน และมื้อเย็นจากผักริมแม่น้ำคาน",
                "ໂຮມສະເຕກັບຄອບຄົວເຈົ້າພາບ ແລະ ອາຫານແລງຈາກຜັກແຄມນ້ຳຄານ",
                "Homestay with a host family and a dinner of greens from the Kan river.",
            ),
        ),
        (
            T("ข้ามสะพานไปลาว", "ຂ້າມຂົວໄປລາວ", "Cross the bridge to Laos"),
            T(
                "สะพานมิตรภาพน้ำเหืองพาไปบ่อแตน ชุมชนคู่เครือข่ายฝั่งลาว",
                "ຂົວມິດຕະພາບນ້ຳເຫືອງ ພາໄປບໍ່ແຕນ ຊຸມຊົນຄູ່ເຄືອຂ່າຍຝັ່ງລາວ",
                "The Nam Heuang Friendship Bridge leads to Bo Tan, our partner in Laos.",
            ),
        ),
    ],
    "bo-tan": [
        (
            T("น้ำตกตาดฮาม", "ນ້ຳຕົກຕາດຮາມ", "Tad Ham waterfall"),
            T(
                "เดินป่ากับผู้นำเที่ยวในหมู่บ้าน แล้วเล่นน้ำในแอ่งใส",
                "ຍ່າງປ່າກັບຜູ້ນຳທ່ຽວໃນບ້ານ ແລ້ວລົງຫຼິ້ນນ້ຳໃນໜອງນ້ຳໃສ",
                "A forest walk with a village guide, then a swim in the clear pool.",
            ),
        ),
        (
            T("พระอาทิตย์ขึ้นบนภูผาแดง", "ຕາເວັນຂຶ້ນເທິງພູຜາແດງ", "Sunrise on the Red Mountain"),
            T(
                "มองเห็นทั้งฝั่งลาวและฝั่งไทยในหมอกยามเช้า",
                "ເບິ່ງເຫັນທັງຝັ່ງລາວ ແລະ ຝັ່ງໄທ ໃນໝອກຍາມເຊົ້າ",
                "See both Laos and Thailand through the morning mist.",
            ),
        ),
        (
            T("ทอผ้ากับแม่คำพอน", "ຕ່ຳແຜ່ນກັບແມ່ຄຳພອນ", "Weave with Mae Khamphon"),
            T(
                "ผ้าฝ้ายย้อมครามบนกี่ใต้ถุนบ้าน",
                "ຜ້າຝ້າຍຍ້ອມຄາມ ເທິງກີ່ກ້ອງເຮືອນ",
                "Indigo cotton on the loom under the house.",
            ),
        ),
        (
            T("บายศรีสู่ขวัญ", "ບາສີສູ່ຂວັນ", "A baci welcome"),
            T(
                "ผู้เฒ่าผูกแขนอวยพรก่อนมื้อเย็นแบบครอบครัวลาว",
                "ຜູ້ເຖົ້າຜູກແຂນອວຍພອນ ກ່ອນອາຫານແລງແບບຄອບຄົວລາວ",
                "Elders tie white threads for good luck before a Lao family dinner.",
            ),
        ),
    ],
}

# code: (community, kind, value, max uses, fewest guests, smallest total, offering slugs)
PROMO_CODES = {
    "GOLDENLAND10": ("tha-li", "percent", "10", 200, None, None, ()),
    "SCHOOLTRIP": ("tha-li", "amount", "500", 20, 10, None, ("li-weaving-class",)),
    "SABAIDEE": ("bo-tan", "amount", "50000", 100, None, "300000", ()),
}
PROMO_DESCRIPTIONS = {
    "GOLDENLAND10": "Loei provincial tourism fair",
    "SCHOOLTRIP": "School groups of ten or more",
    "SABAIDEE": "Visitors who crossed from Tha Li",
}

# reference: (community, offering slug, days ago, adults, name, country, stars, language,
#             text, the community's reply (in its main language) or "")
REVIEWS = {
    "DEMOREV01": (
        "tha-li",
        "li-weaving-class",
        9,
        2,
        "Hannah Weber",
        "Germany",
        5,
        "en",
        "Mae Somsri showed us every step, and by the end we had each woven our own little li. "
        "We then saw the real ones in the river. The best afternoon of our trip.",
        "ขอบคุณมากค่ะ แม่สมศรีฝากบอกว่ารอต้อนรับอีกครั้ง",
    ),
    "DEMOREV02": (
        "tha-li",
        "homestay-mae-somsri",
        16,
        2,
        "สมชาย ใจดี",
        "ไทย",
        4,
        "th",
        "บ้านไม้เย็นสบาย อาหารเช้าอร่อยมาก ห้องน้ำรวมอยู่นอกบ้านนิดหน่อย แต่สะอาด",
        "ขอบคุณที่มาพักค่ะ ปีนี้ชุมชนกำลังทำทางเดินมีไฟไปห้องน้ำให้สะดวกขึ้น",
    ),
    "DEMOREV03": (
        "tha-li",
        "kaeng-ton-river-walk",
        23,
        3,
        "Lucas Martin",
        "France",
        5,
        "en",
        "Our guide knew every fish trap and every story along the rapids. Bring sandals.",
        "",
    ),
    "DEMOREV04": (
        "bo-tan",
        "tad-ham-waterfall-trek",
        12,
        2,
        "ສົມພອນ ແກ້ວມະນີ",
        "ລາວ",
        5,
        "lo",
        "ທາງຍ່າງງາມ, ຜູ້ນຳທ່ຽວໃຈດີ. ນ້ຳຕົກເຢັນສະບາຍ.",
        "ຂອບໃຈຫຼາຍໆ! ຍິນດີຕ້ອນຮັບອີກ.",
    ),
    "DEMOREV05": (
        "bo-tan",
        "weaving-workshop",
        19,
        1,
        "Emma Jones",
        "Australia",
        4,
        "en",
        "Patient teaching and beautiful indigo. The workshop ran a bit long in the heat; "
        "an earlier start would be lovely.",
        "ຂອບໃຈສຳລັບຄຳແນະນຳ. ລະດູຮ້ອນນີ້ພວກເຮົາເລີ່ມແຕ່ 8 ໂມງເຊົ້າ.",
    ),
}


def _coordinator(community: Community):
    staff = community.staff.filter(role=StaffRole.COORDINATOR).select_related("user").first()
    return staff.user if staff else None


def _load_highlights(community: Community) -> None:
    for position, (title, text) in enumerate(HIGHLIGHTS.get(community.slug, []), start=1):
        Highlight.objects.update_or_create(
            community=community,
            position=position,
            defaults={
                **{f"title_{code}": value for code, value in title.items()},
                **{f"text_{code}": value for code, value in text.items()},
            },
        )


def _load_promo_codes(communities: dict[str, Community]) -> None:
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(2027, 12, 31, 17, 0, tzinfo=dt.UTC)
    for code, (slug, kind, value, uses, guests, least, offerings) in PROMO_CODES.items():
        community = communities[slug]
        promo, _ = PromoCode.objects.update_or_create(
            community=community,
            code=code,
            defaults={
                "description": PROMO_DESCRIPTIONS[code],
                "kind": kind,
                "percent": Decimal(value) if kind == "percent" else None,
                "amount": Decimal(value) if kind == "amount" else None,
                "valid_from": start,
                "valid_to": end,
                "max_redemptions": uses,
                "min_guests": guests,
                "min_total": Decimal(least) if least else None,
                "is_active": True,
            },
        )
        promo.offerings.set(Offering.objects.filter(community=community, slug__in=offerings))


def _past_visit(
    reference: str,
    community: Community,
    offering: Offering,
    days_ago: int,
    adults: int,
    name: str,
    language: str,
) -> Booking:
    """A booking paid and made `days_ago` days back (written directly: the services
    only sell dates in the future)."""
    from chumchon.ledger.services import post_payment
    from chumchon.payments.models import Method, Payment

    start = (timezone.now() - dt.timedelta(days=days_ago)).replace(
        hour=2, minute=0, second=0, microsecond=0
    )  # 09:00 in Tha Li and Bo Tan
    slot, _ = Slot.objects.get_or_create(
        offering=offering,
        starts_at=start,
        defaults={"ends_at": start + dt.timedelta(hours=3), "capacity": offering.capacity},
    )
    request = ItemRequest(slot_id=slot.id, adults=adults)
    price = price_of(offering, request)
    booking = Booking.objects.create(
        reference=reference,
        community=community,
        contact_name=name,
        contact_email=f"{reference.lower()}@example.org",
        language=language,
        total=price.amount,
        currency_id=community.currency_id,
        status=BookingStatus.CONFIRMED,
        confirmed_at=start - dt.timedelta(days=3),
    )
    units = max(adults, 1) if offering.kind != "homestay" else 1
    BookingItem.objects.create(
        booking=booking,
        offering=offering,
        slot=slot,
        adults=adults,
        quantity=0 if offering.kind != "homestay" else 1,
        units=units,
        price=price.amount,
    )
    payment = Payment.objects.create(
        booking=booking,
        method=Method.CASH,
        amount=price.amount,
        currency_id=community.currency_id,
        note="demo",
    )
    post_payment(payment)
    return booking


def _load_reviews(communities: dict[str, Community]) -> None:
    for reference, row in REVIEWS.items():
        slug, offering_slug, days_ago, adults, name, country, stars, language, text, reply = row
        if Booking.objects.filter(reference=reference).exists():
            continue
        community = communities[slug]
        offering = Offering.objects.filter(community=community, slug=offering_slug).first()
        if offering is None:
            continue
        booking = _past_visit(reference, community, offering, days_ago, adults, name, language)
        review = services.write_review(
            booking,
            rating=stars,
            text=text,
            language=language,
            reviewer_name=name,
            reviewer_country=country,
            offering_ratings={offering.pk: stars},
            notify=False,  # demo reviews e-mail nobody
        )
        Review.objects.filter(pk=review.pk).update(
            created_at=booking.items.get().slot.ends_at + dt.timedelta(days=1)
        )
        if reply:
            services.reply_to_review(review, by=_coordinator(community), text=reply)


@transaction.atomic
def load_marketing_demo() -> None:
    communities = {c.slug: c for c in Community.objects.filter(slug__in=HIGHLIGHTS)}
    for community in communities.values():
        _load_highlights(community)
    _load_promo_codes(communities)
    _load_reviews(communities)
