"""Promotion codes at booking: exact discounts, every limit, clear refusals, nothing half-held."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from chumchon.bookings.models import Booking, BookingItem, BookingStatus
from chumchon.bookings.services import ItemRequest, hold_places
from chumchon.bookings.tests.conftest import make_slot, refused
from chumchon.ledger.sharing import split_booking
from chumchon.marketing.discounts import discount_for, percent_off
from chumchon.marketing.models import PromoCode, PromoRedemption
from chumchon.money import Money


def _hold(slot, contact, code, adults=2, children=0, **extra):
    return hold_places(
        [ItemRequest(slot_id=slot.id, adults=adults, children=children)],
        contact,
        promo_code=code,
        **extra,
    )


def test_percent_code_lowers_the_total_exactly(slot, contact, promo):
    booking = _hold(slot, contact, "RAINY10", adults=2, children=1)  # 350 + 350 + 200
    assert booking.total == Decimal("810.00")
    redemption = PromoRedemption.objects.get(booking=booking)
    assert redemption.promo == promo
    assert redemption.discount == Decimal("90.00")
    assert redemption.total_before == Decimal("900.00")
    assert Booking.objects.get(pk=booking.pk).total == Decimal("810.00")


def test_code_is_case_and_space_insensitive(slot, contact, promo):
    booking = _hold(slot, contact, "  rainy10 ")
    assert booking.total == Decimal("630.00")


def test_line_prices_add_up_to_the_discounted_total(tha_li, weaving, river_walk, contact, promo):
    promo.percent = Decimal("33.33")
    promo.save()
    a, b = make_slot(weaving, days=3), make_slot(river_walk, days=4)
    booking = hold_places(
        [ItemRequest(slot_id=a.id, adults=1), ItemRequest(slot_id=b.id, adults=1)],
        contact,
        promo_code="RAINY10",
    )
    # 33.33% of 600.00 = 199.98, shared 350:250: 116.66 (the tie goes first) and 83.32.
    prices = list(BookingItem.objects.filter(booking=booking).values_list("price", flat=True))
    assert sum(prices) == booking.total == Decimal("400.02")
    assert sorted(prices) == [Decimal("166.68"), Decimal("233.34")]
    # Revenue sharing splits what was really paid.
    assert sum(m.amount for m in split_booking(booking).values()) == Decimal("400.02")


def test_fixed_amount_in_kip_is_exact(bo_tan, contact):
    from chumchon.catalog.models import Offering, PriceTier

    offering = Offering.objects.create(
        community=bo_tan, kind="activity", slug="boat", title_en="Boat", capacity=8
    )
    PriceTier.objects.create(offering=offering, kind="adult", amount=Decimal("150000"))
    PromoCode.objects.create(
        community=bo_tan,
        code="LAO",
        kind="amount",
        amount=Decimal("25000"),
        valid_from=timezone.now() - dt.timedelta(hours=1),
    )
    booking = _hold(make_slot(offering), contact, "lao", adults=3)
    assert booking.total == Decimal("425000")
    assert booking.currency_id == "LAK"


def test_fixed_amount_never_goes_below_zero(slot, contact, tha_li):
    PromoCode.objects.create(community=tha_li, code="FREE", kind="amount", amount=Decimal("5000"))
    booking = _hold(slot, contact, "FREE")
    assert booking.total == Decimal("0.00")
    assert PromoRedemption.objects.get(booking=booking).discount == Decimal("700.00")


def test_code_limited_to_an_offering_discounts_only_that_line(
    tha_li, weaving, river_walk, contact, promo
):
    promo.offerings.add(river_walk)
    a, b = make_slot(weaving, days=3), make_slot(river_walk, days=4)
    booking = hold_places(
        [ItemRequest(slot_id=a.id, adults=2), ItemRequest(slot_id=b.id, adults=2)],
        contact,
        promo_code="RAINY10",
    )
    assert booking.total == Decimal("1150.00")  # 700 + (500 - 50)
    prices = dict(
        BookingItem.objects.filter(booking=booking).values_list("offering__slug", "price")
    )
    assert prices == {"weaving": Decimal("700.00"), "river-walk": Decimal("450.00")}


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"valid_to": timezone.now() - dt.timedelta(minutes=1)}, "promo_expired"),
        ({"valid_from": timezone.now() + dt.timedelta(days=1)}, "promo_not_started"),
        ({"is_active": False}, "promo_expired"),
        ({"min_guests": 3}, "promo_not_applicable"),
        ({"min_total": Decimal("701")}, "promo_not_applicable"),
    ],
)
def test_codes_outside_their_rules_are_refused_and_nothing_is_held(
    slot, contact, promo, change, code
):
    PromoCode.objects.filter(pk=promo.pk).update(**change)
    with refused(code):
        _hold(slot, contact, "RAINY10", adults=2)
    assert not Booking.objects.exists()
    assert not PromoRedemption.objects.exists()


def test_unknown_code_is_refused(slot, contact, promo):
    with refused("promo_unknown"):
        _hold(slot, contact, "NOSUCHCODE")
    assert not Booking.objects.exists()


def test_another_communitys_code_is_unknown_here(slot, contact, bo_tan):
    PromoCode.objects.create(community=bo_tan, code="BOTAN", kind="percent", percent=5)
    with refused("promo_unknown"):
        _hold(slot, contact, "BOTAN")


def test_code_for_another_offering_does_not_apply(slot, contact, promo, river_walk):
    promo.offerings.add(river_walk)
    with refused("promo_not_applicable"):
        _hold(slot, contact, "RAINY10")


def test_used_up_code_is_refused_with_a_conflict(slot, contact, promo):
    promo.max_redemptions = 1
    promo.save()
    _hold(slot, contact, "RAINY10", adults=1)
    with refused("promo_used_up") as err:
        _hold(slot, contact, "RAINY10", adults=1)
    assert err.value.status == 409
    assert Booking.objects.count() == 1


def test_a_lapsed_hold_gives_its_use_back(slot, contact, promo):
    promo.max_redemptions = 1
    promo.save()
    first = _hold(slot, contact, "RAINY10", adults=1)
    Booking.objects.filter(pk=first.pk).update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    second = _hold(slot, contact, "RAINY10", adults=1)
    assert second.total == Decimal("315.00")


def test_a_confirmed_booking_keeps_its_use(slot, contact, promo):
    promo.max_redemptions = 1
    promo.save()
    first = _hold(slot, contact, "RAINY10", adults=1)
    Booking.objects.filter(pk=first.pk).update(
        status=BookingStatus.CONFIRMED, expires_at=timezone.now() - dt.timedelta(days=1)
    )
    with refused("promo_used_up"):
        _hold(slot, contact, "RAINY10", adults=1)


def test_no_code_changes_nothing(slot, contact, promo):
    booking = _hold(slot, contact, "")
    assert booking.total == Decimal("700.00")
    assert not PromoRedemption.objects.exists()


def test_refusal_message_is_in_the_readers_language(slot, contact, promo):
    from django.utils import translation

    from chumchon.bookings.errors import BookingError

    with pytest.raises(BookingError) as err:
        _hold(slot, contact, "NOSUCHCODE")
    with translation.override("en"):
        assert "promotion code does not exist" in str(err.value.message)


def test_percent_rounds_half_up_to_the_smallest_unit():
    assert percent_off(Money("0.05", "THB"), Decimal("50")) == Money("0.03", "THB")
    assert percent_off(Money("1005", "LAK"), Decimal("10")) == Money("101", "LAK")


def test_discount_is_shared_over_covered_lines_and_adds_up():
    prices = [Money("100.00", "THB"), Money("0.00", "THB"), Money("200.00", "THB")]
    off = discount_for(prices, [True, True, True], percent=None, amount=Money("100.00", "THB"))
    assert off == [Money("33.33", "THB"), Money("0.00", "THB"), Money("66.67", "THB")]
    assert (
        discount_for(prices, [False, True, False], percent=Decimal(10), amount=None)
        == [Money.zero("THB")] * 3
    )


def test_a_refund_by_policy_goes_by_the_discounted_prices(
    tha_li, weaving, river_walk, contact, promo
):
    from chumchon.payments.services import record_payment, refund_quote

    promo.offerings.add(river_walk)
    a, b = make_slot(weaving, days=30), make_slot(river_walk, days=30)
    booking = hold_places(
        [ItemRequest(slot_id=a.id, adults=1), ItemRequest(slot_id=b.id, adults=1)],
        contact,
        promo_code="RAINY10",
    )
    from chumchon.catalog.models import CancellationPolicy, CancellationRule

    half = CancellationPolicy.objects.create(community=tha_li, name="Half back")
    CancellationRule.objects.create(policy=half, days_before=0, refund_percent=50)
    weaving.cancellation_policy = river_walk.cancellation_policy = half
    weaving.save()
    river_walk.save()
    record_payment(booking, method="cash", amount="575.00", currency="THB")
    booking.refresh_from_db()  # confirmed by the payment
    # Half of each line as paid: 175 + 112.50, not half of the prices before the discount.
    assert refund_quote(booking) == Money("287.50", "THB")
