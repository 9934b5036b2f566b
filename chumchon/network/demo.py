"""Demo network: Local Alike, the Tha Li and Boten district offices, the two communities as
each other's partners, referral codes, a few hand-offs and a Tha Li + Bo Tan package.

Idempotent: every row is found by a natural key (slugs, codes, group names) and updated.
Organisations are real; their contact details here are fictional.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from chumchon.catalog.models import Offering
from chumchon.communities.models import Community
from chumchon.network.models import (
    Agreement,
    AgreementStatus,
    CrossBorderPackage,
    HandOff,
    HandOffStatus,
    NetRate,
    OfferClick,
    OfferImpression,
    PackageItem,
    Partner,
    PartnerKind,
    ReferralCode,
)
from chumchon.network.services import border_crossing, partner_for_community

AGREEMENTS_FROM = dt.date(2026, 1, 1)

PARTNERS = {
    "local-alike": {
        "kind": PartnerKind.AGENCY,
        "country_id": "TH",
        "name": ("โลเคิล อไลค์", "ໂລຄອລ ອະລາຍ", "Local Alike"),
        "description": (
            "บริษัทท่องเที่ยวเพื่อสังคมที่ร่วมพัฒนาการท่องเที่ยวโดยชุมชนกับกระทรวงมหาดไทย",
            "ບໍລິສັດທ່ອງທ່ຽວເພື່ອສັງຄົມ ທີ່ຮ່ວມພັດທະນາການທ່ອງທ່ຽວໂດຍຊຸມຊົນ ກັບກະຊວງມະຫາດໄທ.",
            "A social enterprise tour agency working with the Ministry of Interior on "
            "community-based tourism.",
        ),
        "contact_email": "partners@localalike.example",  # fictional
    },
    "tha-li-district-office": {
        "kind": PartnerKind.GOVERNMENT,
        "country_id": "TH",
        "name": ("ที่ว่าการอำเภอท่าลี่", "ຫ້ອງການເມືອງທ່າລີ່", "Tha Li District Office"),
        "description": (
            "ประชาสัมพันธ์ชุมชนท่องเที่ยวของอำเภอ ไม่รับค่านายหน้า",
            "ໂຄສະນາຊຸມຊົນທ່ອງທ່ຽວຂອງເມືອງ, ບໍ່ຮັບຄ່ານາຍໜ້າ.",
            "Promotes the district's tourism communities; takes no commission.",
        ),
        "contact_phone": "042-000-001",  # fictional
    },
    "boten-district-office": {
        "kind": PartnerKind.COUNTERPART,
        "country_id": "LA",
        "name": ("ห้องการเมืองบ่อแตน", "ຫ້ອງການເມືອງບໍ່ແຕນ", "Boten District Office"),
        "description": (
            "หน่วยงานคู่ความร่วมมือฝั่งลาว ดูแลการท่องเที่ยวของเมืองบ่อแตน",
            "ພາກສ່ວນຄູ່ຮ່ວມມືຝັ່ງລາວ, ຮັບຜິດຊອບການທ່ອງທ່ຽວເມືອງບໍ່ແຕນ.",
            "The Lao counterpart office for tourism in Boten district.",
        ),
        "contact_phone": "020 5555 0001",  # fictional
    },
}

# (community, partner slug or community slug, commission %, offerings with net rates)
AGREEMENTS = [
    ("tha-li", "local-alike", Decimal("15"), None),
    ("bo-tan", "local-alike", None, {"tad-ham-waterfall-trek": "170000"}),
    ("tha-li", "tha-li-district-office", Decimal("0"), None),
    ("bo-tan", "boten-district-office", Decimal("0"), None),
    ("tha-li", "community:bo-tan", Decimal("10"), None),
    ("bo-tan", "community:tha-li", Decimal("10"), None),
]

CODES = [
    ("LOCALALIKE", "local-alike", None, "Local Alike website"),
    ("THALIDO", "tha-li-district-office", "tha-li", "District office leaflet"),
    ("BOTENDO", "boten-district-office", "bo-tan", "Boten district office notice board"),
    ("THALI-BOTAN", "community:tha-li", "bo-tan", "Tha Li community centre poster"),
    ("BOTAN-THALI", "community:bo-tan", "tha-li", "Bo Tan guesthouse card"),
]

# (from, to, group name, people, days from today, status)
HANDOFFS = [
    ("tha-li", "bo-tan", "Demo group: Khun Ploy and friends", 4, 2, HandOffStatus.EXPECTED),
    ("bo-tan", "tha-li", "Demo group: Vientiane teachers", 6, 5, HandOffStatus.EXPECTED),
    ("tha-li", "bo-tan", "Demo group: Chiang Mai cyclists", 3, -3, HandOffStatus.ARRIVED),
]

PACKAGE = {
    "slug": "tha-li-bo-tan-river-and-waterfall",
    "title": (
        "ท่าลี่–บ่อแตน: แม่น้ำเหืองและน้ำตกตาดฮาม 2 วัน",
        "ທ່າລີ່–ບໍ່ແຕນ: ນ້ຳເຫືອງ ແລະ ນ້ຳຕົກຕາດຮາມ 2 ມື້",
        "Tha Li–Bo Tan: the Heuang river and Tad Ham waterfall in 2 days",
    ),
    "story": (
        "วันแรกเดินริมแม่น้ำเหืองที่ท่าลี่และกินข้าวเย็นแบบเลย วันที่สองข้ามสะพานมิตรภาพไปเดินป่าสู่น้ำตกตาดฮาม "
        "และกินข้าวเย็นกับครอบครัวลาวที่บ่อแตน จ่ายให้แต่ละชุมชนเป็นสกุลเงินของตน",
        "ມື້ທຳອິດຍ່າງແຄມນ້ຳເຫືອງຢູ່ທ່າລີ່ ແລະ ກິນເຂົ້າແລງແບບເລີຍ. ມື້ທີສອງຂ້າມຂົວມິດຕະພາບ ໄປຍ່າງປ່າຫານ້ຳຕົກຕາດຮາມ "
        "ແລະ ກິນເຂົ້າແລງກັບຄອບຄົວລາວຢູ່ບໍ່ແຕນ. ຈ່າຍໃຫ້ແຕ່ລະຊຸມຊົນເປັນສະກຸນເງິນຂອງຕົນ.",
        "Day one: a walk along the Heuang river in Tha Li and a Loei-style dinner. Day two: "
        "cross the Friendship Bridge for the trek to Tad Ham waterfall and dinner with a Lao "
        "family in Bo Tan. Each community is paid in its own currency.",
    ),
    "items": [
        ("tha-li", "kaeng-ton-river-walk", 1),
        ("tha-li", "loei-style-dinner", 1),
        ("bo-tan", "tad-ham-waterfall-trek", 2),
        ("bo-tan", "lao-family-dinner", 2),
    ],
}


def _names(field: str, texts: tuple[str, str, str]) -> dict[str, str]:
    th, lo, en = texts
    return {field: en, f"{field}_th": th, f"{field}_lo": lo, f"{field}_en": en}


def _partner(ref: str, communities: dict[str, Community]) -> Partner:
    if ref.startswith("community:"):
        return partner_for_community(communities[ref.split(":", 1)[1]])
    return Partner.objects.get(slug=ref)


def load_network_demo(communities: dict[str, Community]) -> dict[str, int]:
    """Partners, agreements, codes, hand-offs and a package for the demo communities."""
    for slug, data in PARTNERS.items():
        defaults = {
            "kind": data["kind"],
            "country_id": data["country_id"],
            **_names("name", data["name"]),
            **_names("description", data["description"]),
            "contact_email": data.get("contact_email", ""),
            "contact_phone": data.get("contact_phone", ""),
        }
        Partner.objects.update_or_create(slug=slug, defaults=defaults)
    for community in communities.values():
        partner_for_community(community)

    for community_slug, partner_ref, percent, net_rates in AGREEMENTS:
        community = communities[community_slug]
        agreement, _ = Agreement.objects.update_or_create(
            community=community,
            partner=_partner(partner_ref, communities),
            valid_from=AGREEMENTS_FROM,
            defaults={
                "commission_percent": percent,
                "status": AgreementStatus.ACTIVE,
                "all_offerings": net_rates is None,
                "reference": "Demo agreement",
            },
        )
        for offering_slug, amount in (net_rates or {}).items():
            offering = community.offerings.filter(slug=offering_slug).first()
            if offering is not None:
                NetRate.objects.update_or_create(
                    agreement=agreement, offering=offering, defaults={"amount": Decimal(amount)}
                )

    codes = {}
    for code, partner_ref, lands_on, label in CODES:
        codes[code], _ = ReferralCode.objects.update_or_create(
            code=code,
            defaults={
                "partner": _partner(partner_ref, communities),
                "community": communities.get(lands_on) if lands_on else None,
                "label": label,
            },
        )

    today = timezone.localdate()
    for sender, receiver, name, people, days, status in HANDOFFS:
        HandOff.objects.update_or_create(
            from_community=communities[sender],
            to_community=communities[receiver],
            group_name=name,
            defaults={
                "group_size": people,
                "day": today + dt.timedelta(days=days),
                "crossing": border_crossing(communities[sender], communities[receiver]),
                "status": status,
                "note": "Demo",
            },
        )

    # A little traffic for the statistics: offers shown on posters and cards, a few followed.
    for code_text, receiver in (("THALI-BOTAN", "bo-tan"), ("BOTAN-THALI", "tha-li")):
        code = codes[code_text]
        offerings = list(
            Offering.objects.filter(community=communities[receiver], is_published=True)
            .exclude(kind="product")
            .order_by("position", "id")[:4]
        )
        for offering in offerings:
            OfferImpression.objects.get_or_create(code=code, offering=offering, medium="page")
        if offerings and not OfferClick.objects.filter(code=code).exists():
            OfferClick.objects.create(code=code, offering=offerings[0])
            OfferClick.objects.create(code=code, offering=offerings[-1])

    package, _ = CrossBorderPackage.objects.update_or_create(
        slug=PACKAGE["slug"],
        defaults={
            **_names("title", PACKAGE["title"]),
            **_names("story", PACKAGE["story"]),
            "crossing": border_crossing(communities["tha-li"], communities["bo-tan"]),
            "is_published": True,
        },
    )
    for position, (community_slug, offering_slug, day) in enumerate(PACKAGE["items"]):
        offering = communities[community_slug].offerings.filter(slug=offering_slug).first()
        if offering is not None:
            PackageItem.objects.update_or_create(
                package=package, offering=offering, defaults={"day": day, "position": position}
            )
    return {
        "partners": Partner.objects.count(),
        "agreements": Agreement.objects.count(),
        "packages": CrossBorderPackage.objects.count(),
    }
