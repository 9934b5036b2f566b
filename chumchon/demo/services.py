"""Load the demo: Tha Li and Bo Tan with places, offerings, households and logins.

Idempotent: every row is found by its natural key (slug, code, username) and
brought back to the demo values, so loading twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from decimal import Decimal

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import transaction

from chumchon.accounts.models import CommunityStaff, StaffRole
from chumchon.bookings.models import WeeklySchedule
from chumchon.bookings.schedule import generate_from_weekly_schedules
from chumchon.catalog.models import (
    CancellationPolicy,
    CancellationRule,
    MenuItem,
    Offering,
    PriceTier,
    Resource,
    SpokenLanguage,
)
from chumchon.communities.models import Community, ExchangeRate, Household, Member, Role
from chumchon.demo.content import T, bo_tan, tha_li
from chumchon.places.models import OpeningException, OpeningHours, Place

DEMO_PASSWORD = "chumchon-demo"
COMMUNITIES = (tha_li, bo_tan)

# Approximate rates for showing prices in other currencies; not for settlement.
RATES = [("THB", "LAK", "620"), ("USD", "THB", "33.5"), ("USD", "LAK", "21500")]
RATES_FROM = dt.date(2026, 1, 1)

# username: (community slug or None, staff role or None, extra user fields)
USERS = {
    "thali-coordinator": ("tha-li", StaffRole.COORDINATOR, {"language": "th"}),
    "thali-treasurer": ("tha-li", StaffRole.TREASURER, {"language": "th"}),
    "boten-coordinator": ("bo-tan", StaffRole.COORDINATOR, {"language": "lo"}),
    "boten-treasurer": ("bo-tan", StaffRole.TREASURER, {"language": "lo"}),
    "officer": (None, None, {"language": "th", "is_programme_officer": True}),
    "admin": (None, None, {"language": "en", "is_superuser": True, "is_staff": True}),
}


def _translated(field: str, texts: dict[str, str]) -> dict[str, str]:
    values = {f"{field}_{lang}": text for lang, text in texts.items()}
    values[field] = texts["en"]
    return values


def _fields(data: dict, translated: tuple[str, ...], plain: tuple[str, ...]) -> dict:
    values = {}
    for name in translated:
        values.update(_translated(name, data.get(name) or {"th": "", "lo": "", "en": ""}))
    for name in plain:
        if name in data:
            values[name] = data[name]
    return values


def _time(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def _load_community(content) -> Community:
    data = content.COMMUNITY
    values = _fields(
        data,
        ("name", "tagline", "story", "province", "district", "emergency_notes"),
        (
            "main_language",
            "time_zone",
            "contact_phone",
            "contact_email",
            "line_id",
            "emergency_phone",
            "brand_colour",
            "promptpay_id",
            "location_is_approximate",
        ),
    )
    values.update(
        country_id=data["country"],
        currency_id=data["currency"],
        latitude=Decimal(data["latitude"]),
        longitude=Decimal(data["longitude"]),
        is_published=True,
    )
    community, _ = Community.objects.update_or_create(slug=data["slug"], defaults=values)
    return community


def _load_places(community: Community, places: list[dict]) -> dict[str, Place]:
    by_slug = {}
    for data in places:
        values = _fields(
            data,
            ("name", "summary", "description", "accessibility_notes", "visitor_notes"),
            ("category", "visit_minutes", "always_open"),
        )
        values.update(
            latitude=Decimal(data["latitude"]),
            longitude=Decimal(data["longitude"]),
            location_is_approximate=data.get("approximate", False),
            is_published=True,
        )
        place, _ = Place.objects.update_or_create(
            community=community, slug=data["slug"], defaults=values
        )
        # Hours are replaced as a whole: they have no natural key of their own.
        place.opening_hours.all().delete()
        for day, intervals in data.get("hours", {}).items():
            days = range(7) if day == "daily" else [int(day)]
            OpeningHours.objects.bulk_create(
                OpeningHours(place=place, weekday=d, opens=_time(a), closes=_time(b))
                for d in days
                for a, b in intervals
            )
        place.opening_exceptions.all().delete()
        for date, hours, reason in data.get("exceptions", []):
            OpeningException.objects.create(
                place=place,
                date=dt.date.fromisoformat(date),
                closed=hours is None,
                opens=_time(hours[0]) if hours else None,
                closes=_time(hours[1]) if hours else None,
                **_translated("reason", reason),
            )
        by_slug[place.slug] = place
    return by_slug


def _load_households(community: Community, households: list[dict]) -> dict[str, Household]:
    roles = {r.code: r for r in Role.objects.all()}
    by_code = {}
    for data in households:
        household, _ = Household.objects.update_or_create(
            community=community,
            code=data["code"],
            defaults={
                "name": data["name"],
                "village": data.get("village", ""),
                "phone": data.get("phone", ""),
                "consent_given": True,
                "consent_date": dt.date.fromisoformat(data["consent_date"]),
                "is_active": True,
            },
        )
        for person in data["members"]:
            member, _ = Member.objects.update_or_create(
                household=household,
                name=person["name"],
                defaults={
                    "nickname": person.get("nickname", ""),
                    "gender": person["gender"],
                    "age_group": person["age_group"],
                    "is_active": True,
                },
            )
            member.roles.set([roles[code] for code in person.get("roles", [])])
        by_code[household.code] = household
    return by_code


def _load_offerings(
    community: Community,
    offerings: list[dict],
    places: dict[str, Place],
    households: dict[str, Household],
) -> int:
    languages = {lang.code: lang for lang in SpokenLanguage.objects.all()}
    for position, data in enumerate(offerings):
        values = _fields(
            data,
            (
                "title",
                "summary",
                "description",
                "included",
                "not_included",
                "what_to_bring",
                "season_note",
            ),
            (
                "kind",
                "service_type",
                "capacity",
                "min_guests",
                "duration_minutes",
                "beds",
                "private_bathroom",
                "stock",
            ),
        )
        start, end = data.get("season", (1, 12))
        values.update(
            place=places.get(data.get("place")),
            season_start_month=start,
            season_end_month=end,
            position=position,
            is_published=True,
        )
        values["service_type"] = values.get("service_type") or ""
        offering, _ = Offering.objects.update_or_create(
            community=community, slug=data["slug"], defaults=values
        )
        offering.full_clean()
        offering.providers.set([households[code] for code in data.get("providers", [])])
        offering.languages.set([languages[code] for code in data.get("languages", [])])
        offering.price_tiers.exclude(kind__in=list(data["prices"])).delete()
        for kind, price in data["prices"].items():
            amount, size = price if isinstance(price, tuple) else (price, None)
            PriceTier.objects.update_or_create(
                offering=offering,
                kind=kind,
                defaults={"amount": Decimal(amount), "group_size": size},
            )
        offering.menu_items.all().delete()
        for order, dish in enumerate(data.get("menu", [])):
            MenuItem.objects.create(
                offering=offering,
                position=order,
                vegetarian=dish.get("vegetarian", False),
                contains_nuts=dish.get("nuts", False),
                contains_seafood=dish.get("seafood", False),
                spicy=dish.get("spicy", False),
                **_translated("name", dish["name"]),
                **_translated(
                    "description", dish.get("description") or {"th": "", "lo": "", "en": ""}
                ),
            )
    return len(offerings)


# offering slug: (availability type, [(weekdays, "HH:MM", places)]); weekdays 0 = Monday.
DAILY = range(7)
SCHEDULES = {
    "li-weaving-class": ("start_time", [((1, 3, 5), "09:00", 10)]),
    "kaeng-ton-river-walk": ("start_time", [(DAILY, "08:00", 10)]),
    "phra-that-satcha-story-walk": ("opening_hours", [(DAILY, "07:00", 15)]),
    "homestay-mae-somsri": ("start_time", [(DAILY, "14:00", 1)]),
    "homestay-mae-khampaeng-family-room": ("start_time", [(DAILY, "14:00", 1)]),
    "loei-style-dinner": ("start_time", [(DAILY, "18:00", 20)]),
    "morning-market-breakfast": ("start_time", [(DAILY, "07:00", 10)]),
    "organic-farm-lunch": ("start_time", [(DAILY, "11:30", 12), (DAILY, "12:30", 12)]),
    "local-guide-day": ("start_time", [(DAILY, "08:00", 8)]),
    "nam-heuang-border-shuttle": ("start_time", [(DAILY, "09:00", 8), (DAILY, "15:00", 8)]),
    "tad-ham-waterfall-trek": ("start_time", [(DAILY, "08:00", 10)]),
    "phou-phadaeng-sunrise-hike": ("start_time", [((5, 6), "05:00", 8)]),
    "market-and-lao-cooking-class": ("start_time", [(DAILY, "06:00", 8)]),
    "weaving-workshop": ("start_time", [((0, 2, 4), "13:00", 6)]),
    "river-legends-walk": ("start_time", [((5,), "15:00", 10)]),
    "homestay-weavers-house-room": ("start_time", [(DAILY, "14:00", 1)]),
    "homestay-family-room-private-bath": ("start_time", [(DAILY, "14:00", 1)]),
    "lao-family-dinner": ("start_time", [(DAILY, "18:30", 10)]),
    "baci-welcome-dinner": ("start_time", [((4, 5), "18:00", 20)]),
    "local-guide": ("start_time", [(DAILY, "08:00", 8)]),
    "border-songthaew-transfer": ("start_time", [(DAILY, "09:00", 8), (DAILY, "15:00", 8)]),
}
# One guide leads the river walk and hires out for the day: never both at once.
SHARED_GUIDES = {
    "tha-li": T("พี่ดำ มัคคุเทศก์ (ตัวอย่าง)", "ອ້າຍດຳ ຄົນນຳທ່ຽວ (ຕົວຢ່າງ)", "Guide Dam (demo)"),
    "bo-tan": T("พี่คำ มัคคุเทศก์ (ตัวอย่าง)", "ອ້າຍຄຳ ຄົນນຳທ່ຽວ (ຕົວຢ່າງ)", "Guide Kham (demo)"),
}
GUIDED = {
    "tha-li": ("kaeng-ton-river-walk", "local-guide-day"),
    "bo-tan": ("tad-ham-waterfall-trek", "local-guide"),
}


# Where each baht and kip goes by default (Local Alike's CBT practice: most to the
# households, a tenth to the community fund): (recipient, percent or None for the rest).
DEFAULT_SHARES = (("fund", "10"), ("platform", "5"), ("providers", None))


def _load_sharing_rules(community: Community) -> None:
    from chumchon.ledger.models import RevenueShareRule

    for position, (recipient, percent) in enumerate(DEFAULT_SHARES):
        RevenueShareRule.objects.update_or_create(
            community=community,
            offering=None,
            recipient=recipient,
            defaults={
                "basis": "percent" if percent else "rest",
                "percent": Decimal(percent) if percent else None,
                "position": position,
            },
        )


def _load_booking_setup(community: Community) -> None:
    """Cancellation policy, a shared guide and weekly schedules."""
    policy, _ = CancellationPolicy.objects.get_or_create(
        community=community,
        name_en="Standard",
        defaults={"name": "Standard", "name_th": "มาตรฐาน", "name_lo": "ມາດຕະຖານ"},
    )
    for days, percent in ((7, 100), (2, 50), (0, 0)):
        CancellationRule.objects.update_or_create(
            policy=policy, days_before=days, defaults={"refund_percent": percent}
        )
    guide, _ = Resource.objects.update_or_create(
        community=community,
        name_en=SHARED_GUIDES[community.slug]["en"],
        defaults={**_translated("name", SHARED_GUIDES[community.slug]), "kind": "guide"},
    )
    offerings = {o.slug: o for o in community.offerings.all()}
    community.offerings.update(cancellation_policy=policy)
    for slug in GUIDED[community.slug]:
        offerings[slug].resources.set([guide])
    for slug, (availability, entries) in SCHEDULES.items():
        offering = offerings.get(slug)
        if offering is None:
            continue
        Offering.objects.filter(pk=offering.pk).update(availability_type=availability)
        for weekdays, start, places in entries:
            for weekday in weekdays:
                WeeklySchedule.objects.update_or_create(
                    offering=offering,
                    weekday=weekday,
                    start_time=_time(start),
                    defaults={"capacity": places},
                )


def _load_rates() -> None:
    for base, quote, rate in RATES:
        for b, q, r in ((base, quote, Decimal(rate)), (quote, base, 1 / Decimal(rate))):
            ExchangeRate.objects.update_or_create(
                base_id=b,
                quote_id=q,
                valid_from=RATES_FROM,
                defaults={
                    "rate": r.quantize(Decimal("0.00000001")),
                    "source": "demo approximate rate",
                },
            )


def _load_users(communities: dict[str, Community]) -> list[str]:
    User = get_user_model()
    names = []
    for username, (slug, role, extra) in USERS.items():
        user, created = User.objects.get_or_create(username=username, defaults=extra)
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        if slug and role:
            CommunityStaff.objects.get_or_create(user=user, community=communities[slug], role=role)
        names.append(username)
    return names


def _ensure_reference_data() -> None:
    """Re-run the reference-data migrations' upserts: a flushed database lacks those rows."""
    for module, function in (
        ("chumchon.communities.migrations.0002_reference_data", "add_reference_data"),
        ("chumchon.catalog.migrations.0002_spoken_languages", "add_languages"),
        ("chumchon.training.migrations.0002_skills", "add_skills"),
        ("chumchon.standards.migrations.0002_asean_cbt_standard", "add_standard"),
    ):
        getattr(importlib.import_module(module), function)(apps, None)


@transaction.atomic
def load_demo(progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Load or refresh the demo in one transaction; returns counts per kind of row."""
    say = progress or (lambda message: None)
    _ensure_reference_data()
    counts = {"communities": 0, "places": 0, "households": 0, "offerings": 0}
    communities = {}
    for content in COMMUNITIES:
        community = _load_community(content)
        say(f"{community.slug}: community")
        places = _load_places(community, content.PLACES)
        say(f"{community.slug}: {len(places)} places")
        households = _load_households(community, content.HOUSEHOLDS)
        say(f"{community.slug}: {len(households)} households")
        offerings = _load_offerings(community, content.OFFERINGS, places, households)
        say(f"{community.slug}: {offerings} offerings")
        communities[community.slug] = community
        counts["communities"] += 1
        counts["places"] += len(places)
        counts["households"] += len(households)
        counts["offerings"] += offerings
        _load_booking_setup(community)
        _load_sharing_rules(community)
        say(f"{community.slug}: schedules, slots and revenue sharing")
    counts["slots"] = generate_from_weekly_schedules(days_ahead=45)
    say("slots for the coming 45 days")
    _load_rates()
    say("exchange rates")
    counts["users"] = len(_load_users(communities))
    say("demo sign-ins")
    from chumchon.governance.demo import load_governance_demo

    load_governance_demo()
    say("proposals, votes and a meeting")
    from chumchon.marketing.demo import load_marketing_demo

    load_marketing_demo()
    say("highlights, promotion codes and reviews")
    from chumchon.standards.demo import load_assessments_demo
    from chumchon.training.demo import load_training_demo

    load_training_demo(communities["tha-li"])
    load_assessments_demo(communities["tha-li"])
    say("training records and CBT standard assessments")
    from chumchon.maps.demo import load_maps_demo

    counts["map_features"] = load_maps_demo(communities["tha-li"])
    say("schematic map background for Tha Li")
    from chumchon.network.demo import load_network_demo

    load_network_demo(communities)
    say("partners, agreements, hand-offs and a cross-border package")
    from chumchon.routes.demo import load_demo_routes

    counts["routes"] = load_demo_routes()
    say("routes")
    return counts
