"""Posting to the ledger: every movement of money is one balanced transaction.

`post()` is the only way anything is written. It refuses a transaction whose entries
do not add up to zero in each currency, one dated in a closed month or in the future,
and one that would leave a household, partner or the platform owed less than nothing.
The other services build their entries and call it; each runs in one database
transaction, and inside the caller's when there is one (the payment services).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q, Sum
from django.utils import timezone

from chumchon.bookings.models import Booking, BookingItem, BookingStatus
from chumchon.communities.models import Community, Household
from chumchon.core.audit import log_action
from chumchon.ledger.errors import refuse
from chumchon.ledger.models import (
    NEVER_NEGATIVE_KINDS,
    SHARE_KINDS,
    Account,
    AccountKind,
    BookingShare,
    Entry,
    FundSpending,
    Period,
    Transaction,
    TransactionKind,
    month_end,
)
from chumchon.ledger.sharing import Key, split_booking
from chumchon.ledger.split import allocate_by
from chumchon.money import Money
from chumchon.payments.models import Method, Payment, Refund

# Where money received or paid by each method is: PromptPay lands in the bank account
# its ID is linked to; an online payment sits with the gateway until it settles.
METHOD_ACCOUNTS = {
    Method.CASH: AccountKind.CASH,
    Method.BANK_TRANSFER: AccountKind.BANK,
    Method.PROMPTPAY: AccountKind.BANK,
    Method.GATEWAY: AccountKind.GATEWAY,
}
PAYOUT_METHODS = (Method.CASH, Method.BANK_TRANSFER, Method.PROMPTPAY)


# --- Dates and accounts --------------------------------------------------------------


def today(community: Community) -> dt.date:
    return timezone.localdate(timezone=ZoneInfo(community.time_zone))


def local_date(community: Community, moment: dt.datetime | None) -> dt.date:
    if moment is None:
        return today(community)
    return timezone.localtime(moment, ZoneInfo(community.time_zone)).date()


def closed_through(community: Community) -> dt.date | None:
    """The last day of the latest closed month: nothing on or before it may change."""
    latest = Period.objects.filter(community=community).order_by("-month").first()
    return latest.last_day if latest else None


def get_account(
    community: Community,
    kind: str,
    *,
    household: Household | None = None,
    partner_key_id: int | None = None,
    partner_community_id: int | None = None,
    partner_id: int | None = None,
) -> Account:
    """The community's account of this kind (made on first use)."""
    lookup: dict = {"community": community, "kind": kind}
    if kind == AccountKind.HOUSEHOLD:
        if household is None or household.community_id != community.pk:
            raise refuse("other_community")
        lookup["household"] = household
    elif kind == AccountKind.PARTNER:
        if partner_community_id:
            lookup["partner_community_id"] = partner_community_id
        elif partner_id:
            lookup["partner_id"] = partner_id
        else:
            lookup["partner_key_id"] = partner_key_id
    account, _ = Account.objects.get_or_create(**lookup)
    return account


def account_for_key(community: Community, key: Key) -> Account:
    kind, ident, _role = key
    if kind == "household":
        return get_account(community, kind, household=Household.objects.get(pk=ident))
    if kind == "partner_key":
        return get_account(community, AccountKind.PARTNER, partner_key_id=ident)
    if kind == "partner_community":
        return get_account(community, AccountKind.PARTNER, partner_community_id=ident)
    return get_account(community, kind)


def ensure_accounts(community: Community) -> None:
    """The accounts every community has: fund, cash, bank, and one per active household."""
    for kind in (AccountKind.FUND, AccountKind.CASH, AccountKind.BANK):
        get_account(community, kind)
    for household in community.households.filter(is_active=True):
        get_account(community, AccountKind.HOUSEHOLD, household=household)


def money_account(community: Community, method: str) -> Account:
    if method not in METHOD_ACCOUNTS:
        raise refuse("invalid_method")
    return get_account(community, METHOD_ACCOUNTS[method])


# --- Balances ------------------------------------------------------------------------


def summed(value: Decimal | None, currency: str) -> Money:
    """A database sum as Money. SQLite adds decimals as floats and hands back sums such
    as 8.9e-16 for zero; every sum is rounded to the currency's smallest unit."""
    return Money.rounded(value or Decimal(0), currency)


def balance(account: Account, currency: str, *, until: dt.date | None = None) -> Money:
    """The sum of the account's entries in `currency` (dated on or before `until`)."""
    entries = Entry.objects.filter(account=account, currency_id=currency)
    if until is not None:
        entries = entries.filter(transaction__period__lte=until)
    return summed(entries.aggregate(s=Sum("amount"))["s"], currency)


def owed(account: Account, currency: str) -> Money:
    """What the community owes this account's holder (its balance with the sign turned)."""
    return -balance(account, currency)


def unsettled_bookings(community: Community, now: dt.datetime | None = None):
    """Bookings whose money may still go back to the tourist.

    A booking is settled once it is cancelled or expired, checked in, or every part of
    it has ended; until then a cancellation could refund it. Products count as handed
    over at check-in.
    """
    now = now or timezone.now()
    open_items = BookingItem.objects.filter(booking=OuterRef("pk")).filter(
        Q(slot__isnull=True) | Q(slot__ends_at__gt=now)
    )
    return (
        Booking.objects.filter(community=community)
        .annotate(has_open_items=Exists(open_items))
        .filter(
            Q(status=BookingStatus.PENDING_PAYMENT)
            | Q(
                status=BookingStatus.CONFIRMED,
                checked_in_at__isnull=True,
                has_open_items=True,
            )
        )
        .values("pk")
    )


def payable(account: Account, currency: str, *, now: dt.datetime | None = None) -> Money:
    """What may be paid out now: the balance owed, less shares of unsettled bookings.

    Paying a household only for what it has delivered means a later cancellation can
    always give the tourist's money back without leaving the household in debt.
    """
    total = owed(account, currency)
    pending = Entry.objects.filter(
        account=account,
        currency_id=currency,
        transaction__booking__in=unsettled_bookings(account.community, now),
    ).aggregate(s=Sum("amount"))["s"]
    available = total + summed(pending, currency)
    return max(available, Money.zero(currency), key=lambda m: m.amount)


def balances(community: Community) -> list[tuple[Account, list[Money]]]:
    """Every account of the community with its balance in each currency."""
    sums: dict[int, list[Money]] = defaultdict(list)
    rows = (
        Entry.objects.filter(account__community=community)
        .values("account_id", "currency_id")
        .annotate(s=Sum("amount"))
        .order_by("account_id", "currency_id")
    )
    for row in rows:
        sums[row["account_id"]].append(summed(row["s"], row["currency_id"]))
    accounts = Account.objects.filter(community=community).select_related(
        "household", "partner_key", "partner_community"
    )
    order = {kind: i for i, kind in enumerate(AccountKind.values)}
    ordered = sorted(
        accounts, key=lambda a: (order[a.kind], a.household.code if a.household_id else "", a.pk)
    )
    return [(a, sums.get(a.pk, [])) for a in ordered]


def totals(community: Community) -> list[Money]:
    """The sum of every balance in each currency: zero, in a ledger that balances."""
    rows = (
        Entry.objects.filter(account__community=community)
        .values("currency_id")
        .annotate(s=Sum("amount"))
        .order_by("currency_id")
    )
    return [summed(r["s"], r["currency_id"]) for r in rows]


# --- The one way to write ------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    account: Account
    money: Money
    role_id: int | None = None


def _lock_community(community: Community) -> None:
    Community.objects.select_for_update().filter(pk=community.pk).first()


@transaction.atomic
def post(
    community: Community,
    kind: str,
    lines: Sequence[Line],
    *,
    by=None,
    reason: str = "",
    period: dt.date | None = None,
    booking: Booking | None = None,
    payment: Payment | None = None,
    refund: Refund | None = None,
    reverses: Transaction | None = None,
) -> Transaction:
    """Write one balanced transaction, or refuse and write nothing."""
    lines = [line for line in lines if line.money]
    if not lines:
        raise refuse("no_entries")
    sums: dict[str, Decimal] = defaultdict(Decimal)
    for line in lines:
        if line.account.community_id != community.pk:
            raise refuse("other_community")
        sums[line.money.currency] += line.money.amount
    if any(total != 0 for total in sums.values()):
        raise refuse("unbalanced", totals={c: str(t) for c, t in sums.items()})

    current = today(community)
    period = period or current
    if period > current:
        raise refuse("future_date")
    if period < current.replace(day=1):
        # A back-dated entry could race with the closing of its month (which locks the
        # community too): take the lock before looking at what is closed.
        _lock_community(community)
    closed = closed_through(community)
    if closed is not None and period <= closed:
        raise refuse("period_closed", closed_through=closed.isoformat())

    # Two payouts (or a payout and a refund) racing could each see the balance before
    # the other: lock the accounts whose balance goes down, in one order, then recount.
    debits: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
    for line in lines:
        if line.account.kind in NEVER_NEGATIVE_KINDS:
            debits[(line.account.pk, line.money.currency)] += line.money.amount
    risky = sorted(pk for (pk, _), amount in debits.items() if amount > 0)
    if risky:
        list(Account.objects.select_for_update().filter(pk__in=risky).order_by("pk"))
        for (pk, currency), amount in debits.items():
            if amount <= 0:
                continue
            account = next(line.account for line in lines if line.account.pk == pk)
            if balance(account, currency).amount + amount > 0:
                raise refuse("would_go_negative", account=account.code)

    txn = Transaction.objects.create(
        community=community,
        kind=kind,
        booking=booking,
        payment=payment,
        refund=refund,
        created_by=by if getattr(by, "is_authenticated", False) else None,
        reason=reason[:300],
        period=period,
        reverses=reverses,
    )
    Entry.objects.bulk_create(
        Entry(
            transaction=txn,
            account=line.account,
            amount=line.money.amount,
            currency_id=line.money.currency,
            role_id=line.role_id,
        )
        for line in lines
    )
    return txn


# --- Payments and refunds ------------------------------------------------------------


def booking_shares(booking: Booking) -> list[BookingShare]:
    """How the booking's price splits: fixed at its first payment, by that day's rules."""
    existing = list(BookingShare.objects.filter(booking=booking).select_related("account"))
    if existing:
        return existing
    community = booking.community
    created = []
    for key, money in split_booking(booking).items():
        if not money:
            continue
        created.append(
            BookingShare.objects.create(
                booking=booking,
                account=account_for_key(community, key),
                role_id=key[2],
                amount=money.amount,
                currency_id=money.currency,
            )
        )
    if not created:
        # A booking with no price to split (all free): whatever is paid goes to the fund.
        created.append(
            BookingShare.objects.create(
                booking=booking,
                account=get_account(community, AccountKind.FUND),
                amount=booking.total,
                currency_id=booking.currency_id,
            )
        )
    return created


@transaction.atomic
def post_payment(payment: Payment, *, by=None) -> Transaction:
    """Post money received: into cash, bank or gateway, out to each share in proportion.

    A partial payment splits like the whole price, so when the booking is paid in full
    every recipient has exactly its share. Posting the same payment twice changes
    nothing.
    """
    existing = Transaction.objects.filter(payment=payment, kind=TransactionKind.PAYMENT).first()
    if existing is not None:
        return existing
    booking = payment.booking
    community = booking.community
    money = payment.money
    shares = [s for s in booking_shares(booking) if s.currency_id == money.currency]
    if not shares:
        raise refuse("wrong_currency")
    weights = {
        (s.account_id, s.role_id): Money(s.amount, s.currency_id).minor_units for s in shares
    }
    accounts = {s.account_id: s.account for s in shares}
    parts = allocate_by(money, weights)
    lines = [Line(money_account(community, payment.method), money)]
    lines += [Line(accounts[acc], -part, role) for (acc, role), part in parts.items()]
    return post(
        community,
        TransactionKind.PAYMENT,
        lines,
        by=by or payment.recorded_by,
        period=local_date(community, payment.received_at),
        booking=booking,
        payment=payment,
        reason=payment.note,
    )


def _net_shares(booking: Booking, currency: str) -> dict[tuple[int, int | None], int]:
    """What each share account still holds of the booking's payments, in minor units."""
    rows = (
        Entry.objects.filter(
            transaction__booking=booking,
            # A referral's commission moved part of the shares to the partner: a refund
            # takes back from the partner too, in proportion (and so reverses it).
            transaction__kind__in=[
                TransactionKind.PAYMENT,
                TransactionKind.REFUND,
                TransactionKind.COMMISSION,
            ],
            account__kind__in=list(SHARE_KINDS),
            currency_id=currency,
        )
        .values("account_id", "role_id")
        .annotate(s=Sum("amount"))
        .order_by("account_id", "role_id")
    )
    held = {}
    for row in rows:
        units = (-summed(row["s"], currency)).minor_units
        if units > 0:
            held[(row["account_id"], row["role_id"])] = units
    # A tie in the largest-remainder split goes to the earlier share: order them the same
    # way on every database (PostgreSQL and SQLite sort NULL roles differently).
    return dict(sorted(held.items(), key=lambda item: (item[0][0], item[0][1] or 0)))


@transaction.atomic
def post_refund(refund: Refund, *, by=None) -> Transaction:
    """Post a refund owed to a tourist: take it back from the shares the payments made.

    Each share gives back in proportion to what it still holds of the booking, so a
    full refund reverses every share exactly and a partial one reverses a fair part of
    each. Refuses (and with it the cancellation) if a household has already been paid
    the money it would have to give back.
    """
    existing = Transaction.objects.filter(refund=refund, kind=TransactionKind.REFUND).first()
    if existing is not None:
        return existing
    booking = refund.booking
    community = booking.community
    for payment in booking.payments.all():
        post_payment(payment)
    money = refund.money
    held = _net_shares(booking, money.currency)
    if not held:
        raise refuse("nothing_to_refund")
    if money.minor_units > sum(held.values()):
        raise refuse("refund_too_large")
    accounts = {a.pk: a for a in Account.objects.filter(pk__in={acc for acc, _ in held})}
    parts = allocate_by(money, held)
    lines = [Line(accounts[acc], part, role) for (acc, role), part in parts.items()]
    lines.append(Line(get_account(community, AccountKind.REFUNDS_DUE), -money))
    return post(
        community,
        TransactionKind.REFUND,
        lines,
        by=by or refund.recorded_by,
        period=local_date(community, refund.created_at),
        booking=booking,
        refund=refund,
        reason=refund.reason,
    )


@transaction.atomic
def post_refund_paid(refund: Refund, *, by=None) -> Transaction:
    """Post a refund handed back to the tourist: out of cash, bank or gateway."""
    existing = Transaction.objects.filter(refund=refund, kind=TransactionKind.REFUND_PAID).first()
    if existing is not None:
        return existing
    post_refund(refund)
    community = refund.booking.community
    money = refund.money
    return post(
        community,
        TransactionKind.REFUND_PAID,
        [
            Line(get_account(community, AccountKind.REFUNDS_DUE), money),
            Line(money_account(community, refund.method), -money),
        ],
        by=by,
        period=local_date(community, refund.paid_at),
        booking=refund.booking,
        refund=refund,
        reason=refund.reason,
    )


# --- Referral commissions ---------------------------------------------------------


@transaction.atomic
def post_commission(booking: Booking, partner: Account, commission: Money, *, by=None):
    """Credit a referring partner its commission on a paid booking, out of the booking's shares.

    The commission comes out of every share the booking's payments made (households,
    fund, platform) in proportion to what each holds, so the split the community
    agreed keeps its proportions. Only what the payments hold can move: a booking
    paid in part pays the commission in the same part; one paid outside the platform
    (a reseller that remits the net price itself) posts nothing and returns None. A
    later refund takes back from the partner in proportion too (see `post_refund`).
    Posting it twice changes nothing.
    """
    existing = Transaction.objects.filter(booking=booking, kind=TransactionKind.COMMISSION).first()
    if existing is not None:
        return existing
    if partner.kind != AccountKind.PARTNER or partner.community_id != booking.community_id:
        raise refuse("other_community")
    if commission.currency != booking.currency_id or commission.amount < 0:
        raise refuse("wrong_currency")
    held = {
        key: units
        for key, units in _net_shares(booking, commission.currency).items()
        if key[0] != partner.pk
    }
    total = booking.total_money
    held_total = sum(held.values())
    if not commission or not held or not total:
        return None
    units = commission.minor_units
    if held_total < total.minor_units:
        # Paid in part: the commission in the same part (rounded half up).
        units = (units * held_total * 2 + total.minor_units) // (total.minor_units * 2)
    units = min(units, held_total)
    if units <= 0:
        return None
    money = Money.from_minor(units, commission.currency)
    accounts = {a.pk: a for a in Account.objects.filter(pk__in={acc for acc, _ in held})}
    parts = allocate_by(money, held)
    lines = [Line(accounts[acc], part, role) for (acc, role), part in parts.items()]
    lines.append(Line(partner, -money))
    community = booking.community
    try:
        with transaction.atomic():
            return post(
                community,
                TransactionKind.COMMISSION,
                lines,
                by=by,
                booking=booking,
                reason=f"{booking.reference} → {partner.code}",
            )
    except IntegrityError:  # posted at the same moment by another worker
        return Transaction.objects.get(booking=booking, kind=TransactionKind.COMMISSION)


def commission_reversed(booking: Booking, partner: Account) -> Money:
    """How much of the booking's commission refunds have taken back from the partner."""
    taken = Entry.objects.filter(
        account=partner,
        transaction__booking=booking,
        transaction__kind=TransactionKind.REFUND,
    ).aggregate(s=Sum("amount"))["s"]
    return summed(taken, booking.currency_id)


# --- Payouts, spending, fees, transfers, corrections --------------------------------


def _amount(community: Community, amount) -> Money:
    if isinstance(amount, Money):
        if amount.currency != community.currency_id:
            raise refuse("wrong_currency")
        money = amount
    else:
        try:
            money = Money(Decimal(str(amount)), community.currency_id)
        except (ArithmeticError, ValueError) as exc:
            raise refuse("bad_amount") from exc
    if money.amount <= 0:
        raise refuse("bad_amount")
    return money


@transaction.atomic
def pay_out(
    account: Account,
    amount: Money | Decimal | str,
    *,
    method: str,
    by=None,
    note: str = "",
    period: dt.date | None = None,
) -> Transaction:
    """Pay a household (or a partner, or the platform) what it has earned.

    Refuses more than what may be paid now (see `payable`).
    """
    community = account.community
    if account.kind not in NEVER_NEGATIVE_KINDS:
        raise refuse("not_payable")
    if method not in PAYOUT_METHODS:
        raise refuse("invalid_method")
    money = _amount(community, amount)
    # The race: two payouts at once would each see the whole balance. Lock the account
    # row first, then recount what may be paid from the entries themselves.
    account = Account.objects.select_for_update().get(pk=account.pk)
    available = payable(account, money.currency)
    if available < money:
        raise refuse("over_balance", payable=str(available.amount))
    txn = post(
        community,
        TransactionKind.PAYOUT,
        [Line(account, money), Line(money_account(community, method), -money)],
        by=by,
        reason=note,
        period=period,
    )
    log_action(
        by,
        "ledger.payout",
        txn,
        community=community,
        account=account.code,
        amount=str(money),
        method=method,
    )
    return txn


@transaction.atomic
def spend_from_fund(
    community: Community,
    amount: Money | Decimal | str,
    *,
    method: str,
    description: str,
    decision_reference: str,
    decision=None,
    by=None,
    period: dt.date | None = None,
) -> FundSpending:
    """Spend community fund money on what the community decided, and say which decision."""
    if not description.strip() or not decision_reference.strip():
        raise refuse("reason_needed")
    if method not in PAYOUT_METHODS:
        raise refuse("invalid_method")
    money = _amount(community, amount)
    fund = Account.objects.select_for_update().get(pk=get_account(community, "fund").pk)
    available = payable(fund, money.currency)
    if available < money:
        raise refuse("over_balance", payable=str(available.amount))
    txn = post(
        community,
        TransactionKind.FUND_SPENDING,
        [Line(fund, money), Line(money_account(community, method), -money)],
        by=by,
        reason=description,
        period=period,
    )
    spending = FundSpending(
        transaction=txn,
        community=community,
        description=description.strip()[:300],
        decision_reference=decision_reference.strip()[:200],
    )
    if decision is not None:
        spending.decision = decision
    spending.save()
    log_action(
        by,
        "ledger.fund_spending",
        txn,
        community=community,
        amount=str(money),
        decision=decision_reference,
    )
    return spending


@transaction.atomic
def record_fee(
    community: Community,
    amount: Money | Decimal | str,
    *,
    charged_to: str,
    reason: str,
    by=None,
    period: dt.date | None = None,
) -> Transaction:
    """A bank or gateway fee: it leaves the money account and the community fund bears it."""
    if not reason.strip():
        raise refuse("reason_needed")
    if charged_to not in (AccountKind.CASH, AccountKind.BANK, AccountKind.GATEWAY):
        raise refuse("mixed_accounts")
    money = _amount(community, amount)
    txn = post(
        community,
        TransactionKind.FEE,
        [
            Line(get_account(community, AccountKind.FUND), money),
            Line(get_account(community, charged_to), -money),
        ],
        by=by,
        reason=reason,
        period=period,
    )
    log_action(by, "ledger.fee", txn, community=community, amount=str(money))
    return txn


MONEY_ACCOUNT_KINDS = (AccountKind.CASH, AccountKind.BANK, AccountKind.GATEWAY)


@transaction.atomic
def move_money(
    source: Account,
    target: Account,
    amount: Money | Decimal | str,
    *,
    reason: str,
    by=None,
    period: dt.date | None = None,
) -> Transaction:
    """Move money between cash, bank and gateway (a transfer), or a share from one
    account to another (a correction, e.g. a split that named the wrong household)."""
    community = source.community
    if source.community_id != target.community_id:
        raise refuse("other_community")
    if source.pk == target.pk:
        raise refuse("same_account")
    if not reason.strip():
        raise refuse("reason_needed")
    money = _amount(community, amount)
    if source.kind in MONEY_ACCOUNT_KINDS and target.kind in MONEY_ACCOUNT_KINDS:
        kind = TransactionKind.TRANSFER
    elif source.kind in SHARE_KINDS and target.kind in SHARE_KINDS:
        kind = TransactionKind.CORRECTION
    else:
        raise refuse("mixed_accounts")
    # Money leaves the source: a money account is credited; a share account is debited
    # (the community owes it less) and the target credited (owed more).
    if kind == TransactionKind.TRANSFER:
        lines = [Line(target, money), Line(source, -money)]
    else:
        lines = [Line(source, money), Line(target, -money)]
    txn = post(community, kind, lines, by=by, reason=reason, period=period)
    log_action(
        by,
        f"ledger.{kind}",
        txn,
        community=community,
        amount=str(money),
        source=source.code,
        target=target.code,
    )
    return txn


NOT_REVERSIBLE = (
    TransactionKind.PAYMENT,
    TransactionKind.REFUND,
    TransactionKind.REFUND_PAID,
    TransactionKind.REVERSAL,
)


@transaction.atomic
def reverse(txn: Transaction, *, reason: str, by=None) -> Transaction:
    """Undo a mistaken transaction with its mirror image, dated today, saying who and why.

    Payments and refunds are tied to money a tourist really paid: they are corrected
    with a refund instead.
    """
    if not reason.strip():
        raise refuse("reason_needed")
    if txn.kind in NOT_REVERSIBLE:
        raise refuse("not_reversible")
    txn = Transaction.objects.select_for_update().get(pk=txn.pk)
    if Transaction.objects.filter(reverses=txn).exists():
        raise refuse("already_reversed")
    lines = [
        Line(entry.account, -entry.money, entry.role_id)
        for entry in txn.entries.select_related("account")
    ]
    try:
        with transaction.atomic():
            mirror = post(
                txn.community,
                TransactionKind.REVERSAL,
                lines,
                by=by,
                reason=reason,
                booking=txn.booking,
                reverses=txn,
            )
    except IntegrityError as exc:  # reversed at the same moment by someone else
        raise refuse("already_reversed") from exc
    log_action(by, "ledger.reversed", txn, community=txn.community, reason=reason)
    return mirror


# --- Closing a month -----------------------------------------------------------------


@dataclass(frozen=True)
class Reconciliation:
    month: dt.date
    cash_in_ledger: Money
    bank_in_ledger: Money


def reconciliation(community: Community, month: dt.date) -> Reconciliation:
    """What the ledger says was in cash and in the bank at the end of the month."""
    last = month_end(month.replace(day=1))
    currency = community.currency_id
    return Reconciliation(
        month.replace(day=1),
        balance(get_account(community, AccountKind.CASH), currency, until=last),
        balance(get_account(community, AccountKind.BANK), currency, until=last),
    )


def months_to_close(community: Community) -> list[dt.date]:
    """Ended months after the last closed one: the next to close comes first."""
    closed = closed_through(community)
    first = Transaction.objects.filter(community=community).order_by("period").first()
    if first is None:
        return []
    start = (closed + dt.timedelta(days=1)) if closed else first.period.replace(day=1)
    months = []
    current = today(community).replace(day=1)
    month = start.replace(day=1)
    while month < current:
        months.append(month)
        month = month_end(month) + dt.timedelta(days=1)
    return months


@transaction.atomic
def close_month(
    community: Community,
    month: dt.date,
    *,
    cash_counted: Money | Decimal | str,
    bank_balance: Money | Decimal | str,
    by=None,
    reason: str = "",
) -> Period:
    """Reconcile a month against counted cash and the bank statement, then close it.

    A difference is posted, dated the month's last day, as a visible adjustment with
    its reason. Then nothing dated in the month, or before it, can be posted again.
    """
    month = month.replace(day=1)
    _lock_community(community)
    last = month_end(month)
    if last >= today(community):
        raise refuse("month_not_over")
    closed = closed_through(community)
    if closed is not None and month <= closed:
        raise refuse("period_closed")
    earlier = Transaction.objects.filter(community=community, period__lt=month)
    if closed is not None:
        earlier = earlier.filter(period__gt=closed)
    if earlier.exists():
        raise refuse("close_earlier_first", month=earlier.order_by("period")[0].period.isoformat())
    currency = community.currency_id
    counted_cash = _counted(community, cash_counted)
    counted_bank = _counted(community, bank_balance)
    books = reconciliation(community, month)
    cash_diff = counted_cash - books.cash_in_ledger
    bank_diff = counted_bank - books.bank_in_ledger
    adjustment = None
    if cash_diff or bank_diff:
        if not reason.strip():
            raise refuse("reason_needed")
        adjustment = post(
            community,
            TransactionKind.ADJUSTMENT,
            [
                Line(get_account(community, AccountKind.CASH), cash_diff),
                Line(get_account(community, AccountKind.BANK), bank_diff),
                Line(get_account(community, AccountKind.ADJUSTMENTS), -(cash_diff + bank_diff)),
            ],
            by=by,
            reason=reason,
            period=last,
        )
    period = Period.objects.create(
        community=community,
        month=month,
        closed_by=by if getattr(by, "is_authenticated", False) else None,
        currency_id=currency,
        cash_counted=counted_cash.amount,
        cash_in_ledger=books.cash_in_ledger.amount,
        bank_balance=counted_bank.amount,
        bank_in_ledger=books.bank_in_ledger.amount,
        adjustment=adjustment,
        note=reason[:300],
    )
    log_action(
        by,
        "ledger.month_closed",
        period,
        community=community,
        cash_difference=str(cash_diff),
        bank_difference=str(bank_diff),
    )
    return period


def _counted(community: Community, amount) -> Money:
    if isinstance(amount, Money):
        if amount.currency != community.currency_id:
            raise refuse("wrong_currency")
        return amount
    try:
        return Money(Decimal(str(amount)), community.currency_id)
    except (ArithmeticError, ValueError) as exc:
        raise refuse("bad_amount") from exc


def post_missing(community: Community | None = None) -> int:
    """Post payments and refunds made before the ledger existed (or before it was wired).

    Returns how many transactions were written. Safe to run again: posted ones are skipped.
    """
    payments = Payment.objects.exclude(
        ledger_transactions__kind=TransactionKind.PAYMENT
    ).select_related("booking__community")
    refunds = Refund.objects.exclude(ledger_transactions__kind=TransactionKind.REFUND)
    paid_back = Refund.objects.filter(paid_at__isnull=False).exclude(
        ledger_transactions__kind=TransactionKind.REFUND_PAID
    )
    if community is not None:
        payments = payments.filter(booking__community=community)
        refunds = refunds.filter(booking__community=community)
        paid_back = paid_back.filter(booking__community=community)
    written = 0
    for payment in payments.order_by("received_at", "pk"):
        post_payment(payment)
        written += 1
    for refund in refunds.order_by("created_at", "pk"):
        post_refund(refund)
        written += 1
    for refund in paid_back.order_by("paid_at", "pk"):
        post_refund_paid(refund)
        written += 1
    return written


def accounts_by_kind(community: Community, kinds: Iterable[str]) -> list[Account]:
    return list(
        Account.objects.filter(community=community, kind__in=list(kinds)).select_related(
            "household", "partner_key", "partner_community"
        )
    )


# --- Configuration: sharing rules and household economics ----------------------------


@transaction.atomic
def save_rule_set(community: Community, offering, formset, *, by=None) -> None:
    """Save a checked set of sharing rules (future splits only; paid bookings keep theirs)."""
    formset.save()
    log_action(
        by,
        "ledger.rules_changed",
        offering or community,
        community=community,
        rules=[
            str(r)
            for r in formset.queryset.model.objects.filter(community=community, offering=offering)
        ],
    )


@transaction.atomic
def set_weights(rule, weights: dict[int, int], *, by=None) -> None:
    """How a providers' share divides among the offering's households (1 each by default)."""
    from chumchon.ledger.models import ShareWeight

    ShareWeight.objects.filter(rule=rule).exclude(household_id__in=list(weights)).delete()
    for household_id, weight in weights.items():
        ShareWeight.objects.update_or_create(
            rule=rule, household_id=household_id, defaults={"weight": weight}
        )
    log_action(
        by,
        "ledger.weights_changed",
        rule,
        community=rule.community,
        weights={str(k): v for k, v in weights.items()},
    )


@transaction.atomic
def record_economics(
    community: Community,
    year: int,
    rows: Iterable[tuple[Household, int | None, Decimal | None]],
    *,
    by=None,
) -> int:
    """Record each household's size and other income for a year (None clears the year)."""
    from chumchon.ledger.models import HouseholdEconomics

    changed = 0
    for household, size, other_income in rows:
        if household.community_id != community.pk:
            raise refuse("other_community")
        if size is None:
            changed += HouseholdEconomics.objects.filter(household=household, year=year).delete()[0]
            continue
        _, created = HouseholdEconomics.objects.update_or_create(
            household=household,
            year=year,
            defaults={"size": size, "other_income": other_income, "updated_by": by},
        )
        changed += 1
    log_action(by, "ledger.economics_recorded", community, community=community, year=year)
    return changed


@transaction.atomic
def save_poverty_lines(formset, *, by=None) -> None:
    """Save officers' edits of the official poverty lines, each in the audit log."""
    for line in formset.save():
        log_action(
            by,
            "ledger.poverty_line_saved",
            line,
            amount=str(line.amount),
            year=line.year,
            country=line.country_id,
        )
