from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command

from chumchon.accounts.models import CommunityStaff, User
from chumchon.bookings.models import Slot, WeeklySchedule
from chumchon.catalog.models import MenuItem, Offering, PriceTier
from chumchon.communities.models import Community, ExchangeRate, Household, Member
from chumchon.demo.services import load_demo
from chumchon.places.models import OpeningException, OpeningHours, Place

MODELS = [
    Community,
    Place,
    OpeningHours,
    OpeningException,
    Household,
    Member,
    Offering,
    PriceTier,
    MenuItem,
    ExchangeRate,
    User,
    CommunityStaff,
    WeeklySchedule,
    Slot,
]


def counts():
    return {m.__name__: m.objects.count() for m in MODELS}


@pytest.mark.django_db
def test_loading_twice_creates_no_duplicates():
    load_demo()
    first = counts()
    load_demo()
    assert counts() == first
    assert first["Community"] == 2 and first["Place"] >= 18 and first["Offering"] >= 22


@pytest.mark.django_db
def test_loading_again_restores_changed_demo_values():
    load_demo()
    offering = Offering.objects.filter(community__slug="tha-li").first()
    tier = offering.price_tiers.first()
    original = tier.amount
    tier.amount = Decimal("1")
    tier.save()
    load_demo()
    tier.refresh_from_db()
    assert tier.amount == original


@pytest.mark.django_db
def test_tha_li_and_bo_tan_have_their_country_and_currency(demo):
    tha_li, bo_tan = demo
    assert (tha_li.country_id, tha_li.currency_id) == ("TH", "THB")
    assert (bo_tan.country_id, bo_tan.currency_id) == ("LA", "LAK")
    assert tha_li.latitude == Decimal("17.6236") and tha_li.longitude == Decimal("101.4210")
    assert bo_tan.location_is_approximate


@pytest.mark.django_db
def test_the_friendship_bridge_is_a_border_crossing_with_hours(demo):
    bridge = Place.objects.get(slug="nam-heuang-bridge")
    assert bridge.category == "border"
    assert bridge.opening_hours.count() >= 7
    assert "passport" in bridge.visitor_notes_en.lower()


@pytest.mark.django_db
def test_every_published_offering_has_a_price_and_kip_prices_are_whole(demo):
    for offering in Offering.objects.filter(is_published=True):
        assert offering.price_tiers.exists(), offering.slug
    for tier in PriceTier.objects.filter(offering__community__currency="LAK"):
        assert tier.amount == tier.amount.to_integral_value(), tier


@pytest.mark.django_db
def test_every_kind_of_offering_is_in_each_community(demo):
    for community in demo:
        kinds = set(community.offerings.values_list("kind", flat=True))
        assert kinds == {"activity", "homestay", "meal", "product", "service"}
        assert community.offerings.filter(kind="product", stock__gt=0).exists()


@pytest.mark.django_db
def test_content_is_written_in_all_three_languages(demo):
    for community in demo:
        for lang in ("th", "lo", "en"):
            assert getattr(community, f"name_{lang}") and getattr(community, f"story_{lang}")
    for place in Place.objects.all():
        assert place.name_th and place.name_lo and place.name_en, place.slug
    for offering in Offering.objects.all():
        assert offering.title_th and offering.title_lo and offering.title_en, offering.slug


@pytest.mark.django_db
def test_households_are_consented_and_members_are_diverse(demo):
    assert not Household.objects.filter(consent_given=False).exists()
    genders = set(Member.objects.values_list("gender", flat=True))
    ages = set(Member.objects.values_list("age_group", flat=True))
    assert {"female", "male"} <= genders
    assert len(ages) >= 3


@pytest.mark.django_db
def test_reference_migrations_gave_currencies_countries_and_roles():
    from chumchon.catalog.models import SpokenLanguage
    from chumchon.communities.models import Country, Currency, Role

    assert {"THB", "LAK"} <= set(Currency.objects.values_list("code", flat=True))
    assert Country.objects.get(code="LA").currency_id == "LAK"
    assert {"host", "guide", "cook", "boat-driver", "treasurer", "coordinator"} <= set(
        Role.objects.values_list("code", flat=True)
    )
    assert Role.objects.get(code="guide").name_lo
    assert SpokenLanguage.objects.filter(code="lo").exists()


@pytest.mark.django_db
def test_the_command_prints_progress_and_the_demo_sign_ins():
    out = StringIO()
    call_command("loaddemo", stdout=out)
    text = out.getvalue()
    assert "tha-li: community" in text and "bo-tan" in text
    assert "thali-coordinator" in text and "chumchon-demo" in text
    user = User.objects.get(username="thali-coordinator")
    assert user.check_password("chumchon-demo")
    assert CommunityStaff.objects.get(user=user).community.slug == "tha-li"


@pytest.mark.django_db
def test_the_demo_has_bookable_slots_of_both_availability_types_in_the_coming_month(demo):
    import datetime as dt

    from django.utils import timezone

    from chumchon.bookings.availability import slots_between

    today = timezone.localdate()
    month = today + dt.timedelta(days=30)
    types = set()
    for offering in Offering.objects.filter(slots__isnull=False).distinct():
        if any(s.bookable for s in slots_between(offering, today, month)):
            types.add(offering.availability_type)
    assert types == {"start_time", "opening_hours"}
    temple_walk = Offering.objects.get(slug="phra-that-satcha-story-walk")
    slot = temple_walk.slots.first()
    # An opening-hours day ticket lasts until the temple closes.
    assert timezone.localtime(slot.ends_at).hour == 18


@pytest.mark.django_db
def test_the_demo_shares_each_payment_between_households_fund_and_platform(demo, client):
    from chumchon.ledger.models import RevenueShareRule

    tha_li, _ = demo
    rules = RevenueShareRule.objects.filter(community=tha_li, offering=None)
    assert {r.recipient for r in rules} == {"fund", "platform", "providers"}
    html = client.get("/en/c/tha-li/offerings/li-weaving-class/").content.decode()
    assert "<strong>฿45</strong> (10.0%)" in html  # the community fund: 10% of ฿450
    assert "<strong>฿382.50</strong> (85.0%)" in html  # the households
