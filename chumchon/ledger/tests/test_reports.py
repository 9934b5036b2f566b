"""Household income against the poverty line, jobs, income by group, and privacy."""

from decimal import Decimal

import pytest

from chumchon.catalog.models import Offering, PriceTier
from chumchon.communities.models import Member, Role
from chumchon.ledger import services as ledger
from chumchon.ledger.models import HouseholdEconomics, PovertyLine
from chumchon.ledger.reports import attribute, household_statement, poverty_line, poverty_report
from chumchon.ledger.tests.conftest import book, make_household, pay
from chumchon.money import Money


def thb(x):
    return Money(Decimal(str(x)), "THB")


def make_village(community, count, rules=True):
    """`count` households share a 10,000 baht tour; the first half are women who cook."""
    from chumchon.ledger.models import Basis, Recipient, RevenueShareRule

    tour = Offering.objects.create(
        community=community, kind="activity", slug="tour", title_en="Tour"
    )
    PriceTier.objects.create(offering=tour, kind="adult", amount=Decimal(10000))
    households = []
    for i in range(count):
        woman = i < count // 2
        households.append(
            make_household(
                community,
                f"V-{i + 1}",
                (
                    "Noi" if woman else "Dam",
                    "female" if woman else "male",
                    "40-59" if woman else "25-39",
                    ["cook"] if woman else ["guide"],
                ),
            )
        )
    tour.providers.set(households)
    if rules:
        RevenueShareRule.objects.create(
            community=community, recipient=Recipient.FUND, basis=Basis.PERCENT, percent=10
        )
        RevenueShareRule.objects.create(
            community=community, recipient=Recipient.PLATFORM, basis=Basis.PERCENT, percent=5
        )
    return tour, households


@pytest.fixture
def year(tha_li):
    return ledger.today(tha_li).year


@pytest.fixture
def village(tha_li, year):
    """Six households: five poor without tourism, lifted above the line by it."""
    tour, households = make_village(tha_li, 6)
    pay(book(tour, adults=10))  # 85,000 to households: 14,166.67 each (one 14,166.66)
    for household in households[:5]:
        HouseholdEconomics.objects.create(
            household=household, year=year, size=2, other_income=60000
        )
    HouseholdEconomics.objects.create(
        household=households[5], year=year, size=4, other_income=200000
    )
    return households


def test_the_official_poverty_lines_are_seeded_as_data(db):
    assert PovertyLine.objects.get(country="TH", year=2024).money == thb(3078)
    assert PovertyLine.objects.get(country="TH", year=2017).money == thb(2686)
    lao = PovertyLine.objects.get(country="LA", year=2010)
    assert lao.money == Money(Decimal(192000), "LAK") and lao.source


def test_a_report_uses_the_latest_line_on_record(tha_li, bo_tan):
    assert poverty_line(tha_li, 2026)[1] == thb(3078)
    assert poverty_line(tha_li, 2022)[1] == thb(2803)
    assert poverty_line(bo_tan, 2026)[1] == Money(Decimal(192000), "LAK")
    assert poverty_line(tha_li, 2010) == (None, None)


def test_tourism_lifts_households_above_the_line(tha_li, village, year):
    report = poverty_report(tha_li, year, detail=True)
    assert (report.with_data, report.below_without, report.below_with) == (6, 5, 0)
    assert report.lifted == 5 and report.earning_households == 6 and report.jobs == 6
    first = report.rows[0]
    assert first.other_per_person_month == thb(2500)
    assert first.tourism_income == thb("14166.67")
    assert first.total_per_person_month == thb("3090.28")  # (60,000 + 14,166.67) / 24
    assert report.stayed_percent == Decimal("95.0")
    assert report.tourism_income == thb(85000)


def test_income_by_gender_follows_who_does_the_work(tha_li, village, year):
    report = poverty_report(tha_li, year, detail=True)
    by_gender = {value: money for value, _, money in report.income_by_gender}
    assert by_gender["female"] == thb("42500.01")
    assert by_gender["male"] == thb("42499.99")
    assert by_gender["female"] + by_gender["male"] == report.tourism_income


def test_officers_see_no_household_and_small_groups_are_suppressed(tha_li, village, year):
    report = poverty_report(tha_li, year, detail=False)
    assert report.rows == []
    assert report.below_without == 5 and report.jobs == 6  # six households: shown
    by_gender = {value: money for value, _, money in report.income_by_gender}
    assert by_gender["female"] is None and by_gender["male"] is None  # three households each
    assert report.any_suppressed


def test_every_aggregate_over_fewer_than_five_households_is_suppressed(tha_li, year):
    tour, households = make_village(tha_li, 4)
    pay(book(tour, adults=1))
    for household in households:
        HouseholdEconomics.objects.create(household=household, year=year, size=3, other_income=1)
    report = poverty_report(tha_li, year, detail=False)
    assert report.below_without is None and report.below_with is None and report.lifted is None
    assert report.earning_households is None and report.jobs is None
    assert report.tourism_income is None and report.stayed_percent is None
    full = poverty_report(tha_li, year, detail=True)
    assert full.earning_households == 4 and full.below_with == 4


def test_a_role_share_is_credited_to_the_members_with_that_role(db):
    guide = Role.objects.get(code="guide")
    cook = Role.objects.get(code="cook")

    class FakeMember:
        def __init__(self, pk, roles, age="25-39"):
            self.pk, self.age_group, self._roles = pk, age, roles

        @property
        def roles(self):
            return self

        def all(self):
            return self._roles

    dam, noi, kid = FakeMember(1, [guide]), FakeMember(2, [cook]), FakeMember(3, [], "under18")
    parts = attribute({guide.pk: thb(200), None: thb(101)}, [dam, noi, kid])
    assert parts == {1: thb("250.50"), 2: thb("50.50")}


def test_a_household_statement_lists_earnings_per_booking(tha_li, village, year):
    statement = household_statement(village[0], year)
    assert statement.earned == thb("14166.67") and statement.paid == thb(0)
    [(reference, what, amount)] = statement.per_booking
    assert what == "Tour" and amount == thb("14166.67")
    assert statement.closing == thb("14166.67")


def test_members_who_earned_count_only_tourism_workers(tha_li, year, weaving, guide_family):
    weaving.providers.set([guide_family])  # Dam is a guide; Kaew has no role
    pay(book(weaving, adults=1))
    report = poverty_report(tha_li, year, detail=True)
    assert report.jobs == 1
    assert dict((v, n) for v, _, n in report.jobs_by_gender)["male"] == 1


def test_a_member_without_a_tourism_role_is_credited_when_nobody_has_one(tha_li, year, weaving):
    from chumchon.ledger.tests.conftest import make_household

    family = make_household(tha_li, "TL-03", ("Ying", "female", "18-24", ["committee"]))
    Member.objects.create(household=family, name="Boy", gender="male", age_group="under18")
    weaving.providers.set([family])
    pay(book(weaving, adults=1))
    report = poverty_report(tha_li, year, detail=True)
    assert dict((v, m) for v, _, m in report.income_by_age)["18-24"] == thb(350)
