"""A referral's commission: fixed by the agreement valid that day, credited in the ledger on
confirmation, and given back in proportion when a refund is made, exact to the satang/kip."""

import datetime as dt
from decimal import Decimal

import pytest
from django.db import IntegrityError
from django.utils import timezone

from chumchon.api.keys import create_key
from chumchon.ledger import services as ledger
from chumchon.ledger.models import AccountKind, Transaction, TransactionKind
from chumchon.ledger.tests.conftest import book, pay
from chumchon.money import Money
from chumchon.network.models import (
    Agreement,
    AgreementStatus,
    NetRate,
    PartnerApiKey,
    Referral,
    ReferralSource,
)
from chumchon.network.services import (
    attach_referral,
    commission_earned,
    credit_commission,
)
from chumchon.payments import services as payments


def thb(x):
    return Money(Decimal(str(x)), "THB")


def partner_owed(community, partner):
    account = ledger.get_account(community, AccountKind.PARTNER, partner_id=partner.pk)
    return ledger.owed(account, community.currency_id)


def test_a_referral_link_fixes_the_agreed_commission_on_the_booking(
    tha_li, weaving, alike_agreement, alike_code
):
    booking = book(weaving, adults=2)  # 700 THB
    referral = attach_referral(booking, "alike2026")
    assert referral.source == ReferralSource.LINK
    assert referral.agreement == alike_agreement
    assert referral.commission_money == thb("87.50")


def test_the_commission_is_credited_to_the_partner_when_the_booking_is_paid(
    tha_li, weaving, providers, default_rules, alike_agreement, alike_code, captured
):
    weaver, guide_family = providers
    booking = book(weaving, adults=2)
    attach_referral(booking, alike_code.code)
    captured(pay, booking)
    assert partner_owed(tha_li, alike_code.partner) == thb("87.50")
    # Out of every share in proportion: 700 split 70 / 35 / 297.50 / 297.50, less 12.5%.
    assert ledger.owed(ledger.get_account(tha_li, AccountKind.FUND), "THB") == thb("61.25")
    assert ledger.owed(ledger.get_account(tha_li, AccountKind.PLATFORM), "THB") == thb("30.63")
    household = ledger.owed(ledger.get_account(tha_li, "household", household=weaver), "THB")
    other = ledger.owed(ledger.get_account(tha_li, "household", household=guide_family), "THB")
    assert household + other == thb("520.62")
    assert ledger.totals(tha_li) == [thb(0)]


def test_a_commission_is_rounded_half_up_once_to_the_satang(
    tha_li, weaving, local_alike, alike_code
):
    Agreement.objects.create(
        community=tha_li,
        partner=local_alike,
        commission_percent=Decimal("33.33"),
        valid_from=dt.date(2020, 1, 1),
    )
    booking = book(weaving, adults=1)  # 350 × 33.33% = 116.655
    assert attach_referral(booking, alike_code).commission_money == thb("116.66")


def test_a_full_refund_takes_the_whole_commission_back(
    tha_li, weaving, providers, default_rules, alike_agreement, alike_code, captured
):
    booking = book(weaving, adults=2)
    attach_referral(booking, alike_code)
    captured(pay, booking)
    captured(payments.cancel_booking, booking, reason="Flood", full_refund=True)
    referral = Referral.objects.get(booking=booking)
    earned = commission_earned(referral)
    assert earned.credited == thb("87.50")
    assert earned.reversed == thb("87.50")
    assert partner_owed(tha_li, alike_code.partner) == thb(0)
    for kind in (AccountKind.FUND, AccountKind.PLATFORM):
        assert ledger.owed(ledger.get_account(tha_li, kind), "THB") == thb(0)
    assert ledger.totals(tha_li) == [thb(0)]


def test_a_partial_refund_takes_back_the_same_part_of_the_commission_exactly(
    tha_li, weaving, providers, default_rules, local_alike, alike_code, captured
):
    Agreement.objects.create(
        community=tha_li,
        partner=local_alike,
        commission_percent=Decimal("33.33"),
        valid_from=dt.date(2020, 1, 1),
    )
    booking = book(weaving, adults=1, days=3)  # the default policy refunds half 2–7 days ahead
    attach_referral(booking, alike_code)
    captured(pay, booking)
    refund = captured(payments.cancel_booking, booking, reason="Plans changed")
    assert refund.money == thb(175)
    earned = commission_earned(Referral.objects.get(booking=booking))
    # The partner held 116.66 of 350: it gives back 175 × 116.66 / 350 = 58.33.
    assert earned.reversed == thb("58.33")
    assert earned.net == thb("58.33")
    assert partner_owed(tha_li, local_alike) == thb("58.33")
    assert ledger.totals(tha_li) == [thb(0)]


def test_a_commission_in_kip_is_exact_to_the_kip(
    bo_tan, waterfall_walk, botan_slot, local_alike, alike_code, captured
):
    Agreement.objects.create(
        community=bo_tan, partner=local_alike, commission_percent=10, valid_from=dt.date(2020, 1, 1)
    )
    booking = book(waterfall_walk, adults=1, children=1, slot=botan_slot)  # 180,001 kip
    referral = attach_referral(booking, alike_code)
    assert referral.commission_money == Money(Decimal("18000"), "LAK")
    captured(pay, booking)
    assert partner_owed(bo_tan, local_alike) == Money(Decimal("18000"), "LAK")
    captured(payments.cancel_booking, booking, reason="Road closed", full_refund=True)
    assert partner_owed(bo_tan, local_alike) == Money(Decimal("0"), "LAK")
    assert ledger.totals(bo_tan) == [Money(Decimal("0"), "LAK")]


def test_net_rates_give_the_partner_the_price_less_what_the_community_keeps(
    tha_li, weaving, local_alike, alike_code
):
    agreement = Agreement.objects.create(
        community=tha_li, partner=local_alike, valid_from=dt.date(2020, 1, 1)
    )
    NetRate.objects.create(agreement=agreement, offering=weaving, amount=Decimal("280"))
    booking = book(weaving, adults=2, children=1)  # 350 + 350 + 200 = 900, keeps 3 × 280
    assert attach_referral(booking, alike_code).commission_money == thb(60)


def test_an_offering_the_agreement_does_not_cover_earns_no_commission(
    tha_li, weaving, local_alike, alike_code, temple
):
    from chumchon.catalog.models import Offering

    other = Offering.objects.create(
        community=tha_li, kind="activity", slug="other", title_en="Other", capacity=5
    )
    agreement = Agreement.objects.create(
        community=tha_li,
        partner=local_alike,
        all_offerings=False,
        commission_percent=10,
        valid_from=dt.date(2020, 1, 1),
    )
    agreement.offerings.set([other])
    booking = book(weaving, adults=2)
    referral = attach_referral(booking, alike_code)
    assert referral.commission_money == thb(0)
    assert referral.partner == local_alike  # still counted as its referral


@pytest.mark.parametrize(
    "valid_from, valid_to, status",
    [
        (dt.date(2020, 1, 1), dt.date(2020, 12, 31), AgreementStatus.ACTIVE),  # ended
        (dt.date(2099, 1, 1), None, AgreementStatus.ACTIVE),  # not yet
        (dt.date(2020, 1, 1), None, AgreementStatus.SUSPENDED),
        (dt.date(2020, 1, 1), None, AgreementStatus.DRAFT),
    ],
)
def test_only_an_agreement_in_force_on_the_booking_day_pays_commission(
    tha_li, weaving, local_alike, alike_code, valid_from, valid_to, status, captured
):
    Agreement.objects.create(
        community=tha_li,
        partner=local_alike,
        commission_percent=10,
        valid_from=valid_from,
        valid_to=valid_to,
        status=status,
    )
    booking = book(weaving, adults=2)
    referral = attach_referral(booking, alike_code)
    assert referral.agreement is None
    assert referral.commission_money == thb(0)
    captured(pay, booking)
    assert not Transaction.objects.filter(kind=TransactionKind.COMMISSION).exists()


def test_an_agreement_ending_today_still_counts_and_a_renewal_wins(
    tha_li, weaving, local_alike, alike_code
):
    today = timezone.localdate()
    Agreement.objects.create(
        community=tha_li,
        partner=local_alike,
        commission_percent=10,
        valid_from=dt.date(2020, 1, 1),
        valid_to=today,
    )
    renewal = Agreement.objects.create(
        community=tha_li, partner=local_alike, commission_percent=15, valid_from=today
    )
    referral = attach_referral(book(weaving, adults=2), alike_code)
    assert referral.agreement == renewal
    assert referral.commission_money == thb(105)


def test_a_booking_keeps_its_first_referral(
    tha_li, weaving, alike_agreement, alike_code, sister_agreements, botan_partner
):
    from chumchon.network.models import ReferralCode

    other = ReferralCode.objects.create(partner=botan_partner, code="BOTAN1")
    booking = book(weaving, adults=2)
    first = attach_referral(booking, alike_code)
    assert attach_referral(booking, other) == first
    assert Referral.objects.filter(booking=booking).count() == 1
    with pytest.raises(IntegrityError):
        Referral.objects.create(
            booking=booking, partner=botan_partner, source="link", currency_id="THB"
        )


def test_a_community_never_earns_commission_on_its_own_booking(tha_li, weaving, thali_partner):
    from chumchon.network.models import ReferralCode

    own = ReferralCode.objects.create(partner=thali_partner, code="THALI1")
    assert attach_referral(book(weaving, adults=2), own) is None


def test_an_unknown_or_inactive_code_is_ignored(tha_li, weaving, alike_agreement, alike_code):
    alike_code.is_active = False
    alike_code.save()
    booking = book(weaving, adults=2)
    assert attach_referral(booking, "NOSUCH") is None
    assert attach_referral(booking, alike_code.code) is None


def test_a_partner_key_is_the_referral_of_its_bookings(
    tha_li, weaving, local_alike, alike_agreement
):
    key, _text = create_key(name="Local Alike", role="partner")
    PartnerApiKey.objects.create(key=key, partner=local_alike)
    booking = book(weaving, adults=2, api_key=key, channel="api")
    referral = attach_referral(booking, api_key=key)
    assert referral.source == ReferralSource.API_KEY
    assert referral.partner == local_alike
    assert referral.commission_money == thb("87.50")


def test_crediting_twice_posts_the_commission_once(
    tha_li, weaving, alike_agreement, alike_code, captured
):
    booking = book(weaving, adults=2)
    attach_referral(booking, alike_code)
    captured(pay, booking)
    credit_commission(booking.pk)
    assert Transaction.objects.filter(kind=TransactionKind.COMMISSION).count() == 1
    assert partner_owed(tha_li, alike_code.partner) == thb("87.50")


def test_a_booking_confirmed_without_payment_posts_no_commission(
    tha_li, weaving, alike_agreement, alike_code
):
    booking = book(weaving, adults=2)
    attach_referral(booking, alike_code)
    from chumchon.bookings.services import confirm_booking

    confirm_booking(booking)
    assert credit_commission(booking.pk) is None
    assert partner_owed(tha_li, alike_code.partner) == thb(0)


def test_a_partner_share_in_the_communitys_own_rules_is_not_paid_twice(
    tha_li, weaving, local_alike, alike_agreement, captured
):
    from chumchon.ledger.models import Basis, Recipient, RevenueShareRule

    RevenueShareRule.objects.create(
        community=tha_li, recipient=Recipient.PARTNER, basis=Basis.PERCENT, percent=10
    )
    RevenueShareRule.objects.create(community=tha_li, recipient=Recipient.FUND, basis=Basis.REST)
    key, _text = create_key(name="Local Alike", role="partner")
    PartnerApiKey.objects.create(key=key, partner=local_alike)
    booking = book(weaving, adults=2, api_key=key, channel="api")
    attach_referral(booking, api_key=key)
    captured(pay, booking)
    assert not Transaction.objects.filter(kind=TransactionKind.COMMISSION).exists()
    rule_share = ledger.get_account(tha_li, AccountKind.PARTNER, partner_key_id=key.pk)
    assert ledger.owed(rule_share, "THB") == thb(70)
    assert partner_owed(tha_li, local_alike) == thb(0)


def test_the_backfill_posts_commissions_the_ledger_lacks_and_only_once(
    tha_li, weaving, alike_agreement, alike_code, capsys
):
    from django.core.management import call_command

    booking = book(weaving, adults=2)
    attach_referral(booking, alike_code)
    pay(booking)  # the confirmation's announcement never ran (no commit in this test)
    assert partner_owed(tha_li, alike_code.partner) == thb(0)
    call_command("networkbackfill")
    assert "Posted 1 commission(s)" in capsys.readouterr().out
    assert partner_owed(tha_li, alike_code.partner) == thb("87.50")
    call_command("networkbackfill")
    assert "Posted 0 commission(s)" in capsys.readouterr().out
    assert partner_owed(tha_li, alike_code.partner) == thb("87.50")
