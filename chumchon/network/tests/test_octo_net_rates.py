"""OCTO prices carry the net rate for a partner with an agreement in force, and only then."""

import datetime as dt
from decimal import Decimal

import pytest

from chumchon.api.keys import create_key
from chumchon.bookings.tests.conftest import make_slot
from chumchon.network.models import Agreement, NetRate, PartnerApiKey
from chumchon.octo.tests.conftest import Reseller


@pytest.fixture
def alike_reseller(local_alike):
    key, text = create_key(name="Local Alike OCTO", role="partner")
    PartnerApiKey.objects.create(key=key, partner=local_alike)
    return Reseller(key, text)


def unit_prices(reseller, offering):
    if not offering.slots.exists():
        make_slot(offering, capacity=10)  # only offerings with departures are OCTO products
    product = reseller.get(f"/products/{offering.pk}").json()
    return {u["id"]: u["pricingFrom"][0] for u in product["options"][0]["units"]}


def test_a_commission_agreement_gives_the_price_less_the_commission_as_net(
    alike_reseller, weaving, alike_agreement
):
    prices = unit_prices(alike_reseller, weaving)
    assert prices["adult"]["retail"] == 35000
    assert prices["adult"]["net"] == 30625  # 350 less 12.5%
    assert prices["child"]["net"] == 17500  # 200 less 12.5%


def test_net_rates_are_what_the_community_keeps(alike_reseller, weaving, local_alike, tha_li):
    agreement = Agreement.objects.create(
        community=tha_li, partner=local_alike, valid_from=dt.date(2020, 1, 1)
    )
    NetRate.objects.create(agreement=agreement, offering=weaving, amount=Decimal("280"))
    prices = unit_prices(alike_reseller, weaving)
    assert prices["adult"]["net"] == 28000
    assert prices["child"]["net"] == 20000  # never more than the price itself


def test_no_agreement_or_no_partner_discloses_no_net_rate(alike_reseller, weaving, tha_li):
    assert unit_prices(alike_reseller, weaving)["adult"]["net"] is None
    key, text = create_key(name="Other", role="partner")
    assert unit_prices(Reseller(key, text), weaving)["adult"]["net"] is None


def test_a_booking_shows_its_net_total(alike_reseller, weaving, alike_agreement):
    slot = make_slot(weaving, capacity=10)
    held = alike_reseller.reserve(slot, units=["adult", "adult"]).json()
    assert held["pricing"]["retail"] == 70000
    assert held["pricing"]["net"] == 61250
