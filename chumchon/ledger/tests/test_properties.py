"""Property-based tests: random sequences of bookings, partial and full payments,
cancellations with refunds, refunds paid back, visits taking place and payouts.

After every step: the ledger balances to zero, no household is owed less than nothing,
no household has been paid more than it earned, every payment split in proportion to
its booking's shares, and every refund took back exactly its part of each share.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import pytest
from django.db import transaction
from django.db.models import Sum
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from chumchon.api.keys import create_key
from chumchon.bookings.errors import BookingError
from chumchon.bookings.models import BookingStatus
from chumchon.catalog.models import Offering, PriceTier
from chumchon.communities.models import Role
from chumchon.ledger import services as ledger
from chumchon.ledger.models import (
    AccountKind,
    Basis,
    BookingShare,
    Entry,
    Recipient,
    RevenueShareRule,
    ShareWeight,
    Transaction,
    TransactionKind,
)
from chumchon.ledger.split import allocate_by
from chumchon.ledger.tests.conftest import book, finish, make_household, pay
from chumchon.money import Money
from chumchon.payments import services as payments

# Refusals a random sequence may meet; anything else is a bug.
EXPECTED = {
    "not_cancellable",
    "already_cancelled",
    "would_go_negative",
    "over_balance",
    "hold_expired",
    "not_pending",
    "already_paid",
}


def build_world(community):
    """Two offerings with different rules, three households, a partner agency."""
    cur = community.currency_id
    big = cur == "LAK"
    a = make_household(community, "P-1", ("Noi", "female", "40-59", ["cook", "artisan"]))
    b = make_household(community, "P-2", ("Dam", "male", "25-39", ["guide", "boat-driver"]))
    c = make_household(community, "P-3", ("Kaew", "female", "60plus", ["host"]))
    weaving = Offering.objects.create(
        community=community, kind="activity", slug="p-weaving", title_en="Weaving"
    )
    PriceTier.objects.create(offering=weaving, kind="adult", amount=Decimal(3500 if big else 350))
    PriceTier.objects.create(offering=weaving, kind="child", amount=Decimal(2001 if big else 200))
    weaving.providers.set([a, c])
    boat = Offering.objects.create(
        community=community, kind="activity", slug="p-boat", title_en="Boat"
    )
    PriceTier.objects.create(
        offering=boat, kind="adult", amount=Decimal("33333" if big else "333.33")
    )
    PriceTier.objects.create(
        offering=boat, kind="child", amount=Decimal("11111" if big else "111.11")
    )
    boat.providers.set([a, b, c])
    for recipient, basis, value in [
        (Recipient.FUND, Basis.PERCENT, Decimal(10)),
        (Recipient.PLATFORM, Basis.PERCENT, Decimal("2.5")),
        (Recipient.PROVIDERS, Basis.REST, None),
    ]:
        RevenueShareRule.objects.create(
            community=community, recipient=recipient, basis=basis, percent=value
        )
    RevenueShareRule.objects.create(
        community=community,
        offering=boat,
        recipient=Recipient.PROVIDERS,
        role=Role.objects.get(code="boat-driver"),
        basis=Basis.PER_GUEST,
        amount=Decimal(3000 if big else 30),
    )
    RevenueShareRule.objects.create(
        community=community,
        offering=boat,
        recipient=Recipient.PARTNER,
        basis=Basis.PERCENT,
        percent=Decimal(10),
    )
    RevenueShareRule.objects.create(
        community=community,
        offering=boat,
        recipient=Recipient.FUND,
        basis=Basis.PERCENT,
        percent=Decimal(7),
    )
    rest = RevenueShareRule.objects.create(
        community=community, offering=boat, recipient=Recipient.PROVIDERS, basis=Basis.REST
    )
    ShareWeight.objects.create(rule=rest, household=a, weight=2)
    partner, _ = create_key(name="Agency", role="partner")
    return [weaving, boat], [a, b, c], partner


def units(money: Money) -> int:
    return money.minor_units


class LedgerMachine(RuleBasedStateMachine):
    community = None  # set by the test

    @initialize()
    def start(self):
        # Each run happens in a savepoint that is rolled back: a fresh ledger every time.
        self._atomic = transaction.atomic()
        self._atomic.__enter__()
        self.offerings, self.households, self.partner = build_world(self.community)
        self.bookings = []
        self.refunds = []
        self.currency = self.community.currency_id

    def teardown(self):
        if hasattr(self, "_atomic"):
            transaction.set_rollback(True)
            self._atomic.__exit__(None, None, None)

    # --- steps ---

    @rule(
        offering=st.integers(0, 1),
        adults=st.integers(1, 4),
        children=st.integers(0, 2),
        days=st.sampled_from([1, 3, 10]),
        by_partner=st.booleans(),
    )
    def make_booking(self, offering, adults, children, days, by_partner):
        extra = {"api_key": self.partner, "channel": "api"} if by_partner else {}
        booking = book(
            self.offerings[offering], adults=adults, children=children, days=days, **extra
        )
        self.bookings.append(booking)

    @precondition(lambda self: self.bookings)
    @rule(data=st.data(), method=st.sampled_from(["cash", "promptpay", "bank_transfer"]))
    def pay_in_full(self, data, method):
        booking = data.draw(st.sampled_from(self.bookings))
        self._attempt(lambda: pay(booking, method=method))

    @precondition(lambda self: self.bookings)
    @rule(data=st.data(), share=st.integers(1, 99))
    def pay_a_part(self, data, share):
        booking = data.draw(st.sampled_from(self.bookings))
        booking.refresh_from_db()
        if booking.status != BookingStatus.PENDING_PAYMENT or not booking.is_held:
            return
        due = payments.balance_due(booking)
        part = Money.from_minor(max(1, units(due) * share // 100), self.currency)
        if part < due:
            pay(booking, amount=part.amount)

    @precondition(lambda self: self.bookings)
    @rule(data=st.data(), full_refund=st.booleans())
    def cancel(self, data, full_refund):
        booking = data.draw(st.sampled_from(self.bookings))

        def cancel_and_post():
            # One transaction, as it will be once cancel_booking posts to the ledger itself.
            with transaction.atomic():
                refund = payments.cancel_booking(booking, reason="Random", full_refund=full_refund)
                if refund is not None:
                    ledger.post_refund(refund)
                    self.refunds.append(refund)

        self._attempt(cancel_and_post)

    @precondition(lambda self: self.refunds)
    @rule(data=st.data())
    def pay_a_refund_back(self, data):
        refund = data.draw(st.sampled_from(self.refunds))
        refund.refresh_from_db()
        if refund.paid_at is None:
            with transaction.atomic():
                refund = payments.mark_refund_paid(refund, method="cash")
                ledger.post_refund_paid(refund)

    @precondition(lambda self: self.bookings)
    @rule(data=st.data())
    def a_visit_takes_place(self, data):
        finish(data.draw(st.sampled_from(self.bookings)))

    @rule(household=st.integers(0, 2), share=st.integers(1, 100), too_much=st.booleans())
    def pay_out(self, household, share, too_much):
        account = ledger.get_account(
            self.community, AccountKind.HOUSEHOLD, household=self.households[household]
        )
        available = ledger.payable(account, self.currency)
        if too_much:
            over = available + Money.from_minor(1, self.currency)
            with pytest.raises(BookingError) as refused:
                ledger.pay_out(account, over, method="cash")
            assert refused.value.code == "over_balance"
        elif available:
            amount = Money.from_minor(max(1, units(available) * share // 100), self.currency)
            ledger.pay_out(account, amount, method="cash")

    def _attempt(self, action):
        """Run a step that the world may refuse; a refusal must change nothing."""
        before = Entry.objects.count()
        try:
            action()
        except BookingError as exc:
            assert exc.code in EXPECTED, exc.code
            assert Entry.objects.count() == before

    # --- invariants ---

    @invariant()
    def the_ledger_balances(self):
        if not hasattr(self, "currency"):
            return
        for money in ledger.totals(self.community):
            assert money.amount == 0
        for txn in Transaction.objects.filter(community=self.community).prefetch_related("entries"):
            assert sum(e.amount for e in txn.entries.all()) == 0, txn

    @invariant()
    def no_household_balance_goes_negative(self):
        if not hasattr(self, "currency"):
            return
        for household in self.households:
            account = ledger.get_account(self.community, AccountKind.HOUSEHOLD, household=household)
            assert ledger.owed(account, self.currency).amount >= 0

    @invariant()
    def nobody_is_paid_more_than_they_earned(self):
        if not hasattr(self, "currency"):
            return
        rows = (
            Entry.objects.filter(account__community=self.community, account__kind="household")
            .values("account_id", "transaction__kind")
            .annotate(s=Sum("amount"))
        )
        earned, paid = defaultdict(Decimal), defaultdict(Decimal)
        for row in rows:
            amount = ledger.summed(row["s"], self.currency).amount
            if row["transaction__kind"] == TransactionKind.PAYOUT:
                paid[row["account_id"]] += amount
            else:
                earned[row["account_id"]] -= amount
        for account_id, amount in paid.items():
            assert amount <= earned[account_id]

    @invariant()
    def payments_split_in_proportion_and_refunds_reverse_their_shares(self):
        if not hasattr(self, "currency"):
            return
        for booking in self.bookings:
            shares = {
                (s.account_id, s.role_id): units(Money(s.amount, s.currency_id))
                for s in BookingShare.objects.filter(booking=booking)
            }
            held: dict = defaultdict(int)
            txns = Transaction.objects.filter(
                booking=booking, kind__in=[TransactionKind.PAYMENT, TransactionKind.REFUND]
            ).order_by("id")
            for txn in txns.prefetch_related("entries__account"):
                parts = {
                    (e.account_id, e.role_id): units(e.money)
                    for e in txn.entries.all()
                    if e.account.kind in ("household", "fund", "partner", "platform")
                }
                if txn.kind == TransactionKind.PAYMENT:
                    paid = txn.payment.money
                    expected = allocate_by(paid, shares)
                    assert parts == {k: -units(m) for k, m in expected.items() if m}
                    for key, value in parts.items():
                        held[key] -= value
                else:
                    refund = txn.refund.money
                    still = sorted(
                        ((k, v) for k, v in held.items() if v > 0),
                        key=lambda item: (item[0][0], item[0][1] or 0),
                    )
                    expected = allocate_by(refund, dict(still))
                    assert parts == {k: units(m) for k, m in expected.items() if m}
                    for key, value in parts.items():
                        held[key] -= value
            if booking.refunds.exists() and payments.refunded(booking) == payments.paid(booking):
                assert all(v == 0 for v in held.values()), "a full refund leaves nothing"


@pytest.mark.django_db
@pytest.mark.parametrize("community_fixture", ["tha_li", "bo_tan"])
def test_random_sequences_keep_the_ledger_sound(request, community_fixture):
    LedgerMachine.community = request.getfixturevalue(community_fixture)
    run_state_machine_as_test(
        LedgerMachine,
        settings=settings(
            max_examples=50,
            stateful_step_count=12,
            deadline=None,
            database=None,  # no .hypothesis/ folder in the work tree; failures print a seed
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
