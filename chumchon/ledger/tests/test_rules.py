"""Sharing rules: checked as a set, explained to tourists without naming any household."""

from decimal import Decimal

from django.template import Context, Template

from chumchon.catalog.models import PriceTier
from chumchon.ledger.models import Basis, Recipient, RevenueShareRule
from chumchon.ledger.sharing import check_rule_set, where_money_goes
from chumchon.ledger.tests.conftest import book, pay
from chumchon.money import Money


def rule(community, offering=None, **values):
    return RevenueShareRule(community=community, offering=offering, **values)


def test_percentages_over_100_are_refused(tha_li, weaving):
    rules = [
        rule(tha_li, recipient=Recipient.FUND, basis=Basis.PERCENT, percent=Decimal(60)),
        rule(tha_li, recipient=Recipient.PLATFORM, basis=Basis.PERCENT, percent=Decimal(41)),
    ]
    assert "101" in check_rule_set(rules, weaving, tha_li)[0]


def test_only_one_rule_takes_the_rest(tha_li, weaving):
    rules = [rule(tha_li, recipient=Recipient.FUND, basis=Basis.REST)] * 2
    assert check_rule_set(rules, weaving, tha_li) == ["Only one rule can take what is left."]


def test_fixed_amounts_must_fit_the_lowest_price_a_guest_pays(tha_li, weaving):
    # The child price is 200: 150 + 30% of 200 = 210 does not fit.
    rules = [
        rule(tha_li, recipient=Recipient.FUND, basis=Basis.PER_GUEST, amount=Decimal(150)),
        rule(tha_li, recipient=Recipient.PLATFORM, basis=Basis.PERCENT, percent=Decimal(30)),
    ]
    problems = check_rule_set(rules, weaving, tha_li)
    assert len(problems) == 1 and "Weaving" in problems[0]
    rules[0].amount = Decimal(140)
    assert check_rule_set(rules, weaving, tha_li) == []


def test_the_default_set_must_fit_every_offering_that_uses_it(tha_li, weaving):
    from chumchon.catalog.models import Offering

    room = Offering.objects.create(
        community=tha_li, kind="homestay", slug="room", title_en="Room", capacity=3, beds=2
    )
    PriceTier.objects.create(offering=room, kind="adult", amount=Decimal(100))
    rules = [rule(tha_li, recipient=Recipient.FUND, basis=Basis.PER_GUEST, amount=Decimal(150))]
    problems = check_rule_set(rules, None, tha_li)
    assert len(problems) == 1 and "Room" in problems[0]


def test_a_household_rule_needs_a_household_of_the_community(tha_li, botan_household):
    import pytest
    from django.core.exceptions import ValidationError

    wrong = rule(tha_li, recipient=Recipient.HOUSEHOLD, basis=Basis.REST, household=botan_household)
    with pytest.raises(ValidationError) as err:
        wrong.clean()
    assert "household" in err.value.message_dict


def test_tourists_see_shares_by_kind_never_by_household(tha_li, weaving, providers, default_rules):
    goes = where_money_goes(offering=weaving)
    assert goes.total == Money(Decimal(350), "THB")
    assert [(p.group, p.money.amount) for p in goes.parts] == [
        ("households", Decimal("297.50")),
        ("fund", Decimal("35")),
        ("platform", Decimal("17.50")),
    ]
    html = Template('{% include "ledger/where_money_goes.html" with offering=o %}').render(
        Context({"o": weaving})
    )
    assert "Where your money goes" in html and "<svg" in html
    assert "฿297.50" in html
    for household in providers:
        assert household.name not in html and household.code not in html


def test_a_paid_booking_shows_its_own_split(tha_li, weaving, providers, default_rules):
    booking = book(weaving, adults=2)
    pay(booking)
    RevenueShareRule.objects.filter(recipient=Recipient.FUND).update(percent=Decimal(50))
    goes = where_money_goes(booking=booking)
    assert {p.group: p.money.amount for p in goes.parts}["fund"] == Decimal(70)
    html = Template('{% include "ledger/where_money_goes.html" with booking=b %}').render(
        Context({"b": booking})
    )
    assert "฿70" in html


def test_an_offering_without_a_price_shows_nothing(tha_li, weaving):
    weaving.price_tiers.all().delete()
    html = Template('{% include "ledger/where_money_goes.html" with offering=o %}').render(
        Context({"o": weaving})
    )
    assert html.strip() == ""
