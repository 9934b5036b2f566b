"""Reading the ledger: statements, household income against the poverty line, summaries.

Privacy (PDPA and the programme's rule): a household's own figures are for the
community's coordinator and treasurer (households have no logins; the treasurer
hands them their statement). Programme officers get aggregates only, and any
aggregate over fewer than MIN_HOUSEHOLDS households is suppressed (None).

Definitions used by the poverty report:
- tourism income of a household in a year: what it earned in that year, i.e. its
  shares of payments less shares given back in refunds and any corrections, dated in
  that year, whether or not it has been paid out yet (payouts only move money it has
  already earned);
- income per person per month: (income in the year) / 12 / people in the household;
- below the line: income per person per month under the country's official line for
  that year (or the latest earlier year on record);
- members who earned (jobs): active members of households that earned in the year, to
  whom part of the earnings is attributed (below);
- attribution to members, for income by gender and age group: a share paid for a role
  (a guide's share) goes in equal parts to the household's members with that role;
  everything else goes in equal parts to the household's members with any tourism
  role, or else to its adult members, or else to all its members;
- share that stayed in the community: (household + fund shares) / what tourists paid,
  net of refunds, over the year's payments.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q, Sum
from django.utils.translation import gettext as _

from chumchon.communities.models import AgeGroup, Community, Gender, Household, Member
from chumchon.communities.services import convert
from chumchon.ledger.models import (
    SHARE_KINDS,
    Account,
    AccountKind,
    Entry,
    FundSpending,
    HouseholdEconomics,
    PovertyLine,
    Transaction,
    TransactionKind,
)
from chumchon.ledger.services import balance, get_account, payable, summed
from chumchon.ledger.split import spread
from chumchon.money import Money

MIN_HOUSEHOLDS = 5
# Roles that are about running the community, not serving visitors.
GOVERNANCE_ROLES = {"committee", "treasurer", "coordinator"}
PAYOUT_LIKE = Q(transaction__kind=TransactionKind.PAYOUT) | Q(
    transaction__kind=TransactionKind.REVERSAL,
    transaction__reverses__kind=TransactionKind.PAYOUT,
)


# --- Statements ----------------------------------------------------------------------


def _money_side(txn: Transaction) -> str:
    """Where a payout's money came from (cash, bank...), in the reader's language."""
    for entry in txn.entries.all():
        if entry.account.kind in (AccountKind.CASH, AccountKind.BANK, AccountKind.GATEWAY):
            return str(entry.account.get_kind_display())
    return ""


def describe(txn: Transaction) -> str:
    """One line in words for a statement, in the active language."""
    reference = txn.booking.reference if txn.booking_id else ""
    if txn.kind == TransactionKind.PAYMENT:
        titles = ", ".join(sorted({str(i.offering) for i in txn.booking.items.all()}))
        return _("Booking %(ref)s: %(what)s") % {"ref": reference, "what": titles}
    if txn.kind == TransactionKind.REFUND:
        return _("Booking %(ref)s cancelled: share given back") % {"ref": reference}
    if txn.kind == TransactionKind.PAYOUT:
        text = _("Paid out from %(where)s") % {"where": _money_side(txn)}
        return f"{text} ({txn.reason})" if txn.reason else text
    if txn.kind == TransactionKind.REVERSAL:
        return _("Reversal of #%(id)s: %(why)s") % {"id": txn.reverses_id, "why": txn.reason}
    if txn.kind == TransactionKind.FUND_SPENDING:
        spending = getattr(txn, "fund_spending", None)
        if spending is not None:
            return _("%(what)s (decision: %(ref)s)") % {
                "what": spending.description,
                "ref": spending.decision_reference,
            }
    return f"{txn.get_kind_display()}: {txn.reason}" if txn.reason else txn.get_kind_display()


# Money handed to the holder (or spent from the fund), as opposed to money earned.
PAID_KINDS = (TransactionKind.PAYOUT, TransactionKind.FUND_SPENDING)


def _is_paid(txn: Transaction) -> bool:
    if txn.kind == TransactionKind.REVERSAL and txn.reverses_id:
        return txn.reverses.kind in PAID_KINDS
    return txn.kind in PAID_KINDS


@dataclass(frozen=True)
class StatementLine:
    transaction: Transaction
    date: dt.date
    description: str
    booking_reference: str
    earned: Money | None
    paid: Money | None
    balance: Money


@dataclass
class Statement:
    account: Account
    currency: str
    date_from: dt.date
    date_to: dt.date
    opening: Money
    lines: list[StatementLine]
    closing: Money
    earned: Money
    paid: Money
    payable_now: Money
    per_booking: list[tuple[str, str, Money]] = field(default_factory=list)
    spending: list[FundSpending] = field(default_factory=list)


def statement(account: Account, date_from: dt.date, date_to: dt.date) -> Statement:
    """What the account's holder earned and was paid between two dates, line by line.

    Amounts are from the holder's side. "Earned" is its shares of payments, less shares
    given back in refunds (negative) and corrections; "paid" is money handed to it
    (payouts, or the fund's spending), less any payout reversed.
    """
    currency = account.community.currency_id
    opening = -balance(account, currency, until=date_from - dt.timedelta(days=1))
    entries = (
        Entry.objects.filter(
            account=account,
            currency_id=currency,
            transaction__period__gte=date_from,
            transaction__period__lte=date_to,
        )
        .select_related(
            "transaction__booking", "transaction__fund_spending", "transaction__reverses"
        )
        .prefetch_related("transaction__booking__items__offering", "transaction__entries__account")
        .order_by("transaction__period", "transaction_id", "id")
    )
    running = opening
    zero = Money.zero(currency)
    earned_total, paid_total = zero, zero
    lines: list[StatementLine] = []
    per_booking: dict[str, list] = {}
    for entry in entries:
        txn = entry.transaction
        amount = -entry.money  # from the holder's side
        running += amount
        earned = paid = None
        if _is_paid(txn):
            paid = -amount
            paid_total += paid
        else:
            earned = amount
            earned_total += earned
        reference = txn.booking.reference if txn.booking_id else ""
        if reference and txn.kind in (TransactionKind.PAYMENT, TransactionKind.REFUND):
            titles = ", ".join(sorted({str(i.offering) for i in txn.booking.items.all()}))
            row = per_booking.setdefault(reference, [reference, titles, zero])
            row[2] += amount
        lines.append(
            StatementLine(txn, txn.period, describe(txn), reference, earned, paid, running)
        )
    return Statement(
        account=account,
        currency=currency,
        date_from=date_from,
        date_to=date_to,
        opening=opening,
        lines=lines,
        closing=running,
        earned=earned_total,
        paid=paid_total,
        payable_now=payable(account, currency),
        per_booking=[tuple(row) for row in per_booking.values()],
    )


def year_range(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def household_statement(household: Household, year: int) -> Statement:
    account = get_account(household.community, AccountKind.HOUSEHOLD, household=household)
    return statement(account, *year_range(year))


def fund_statement(community: Community, year: int) -> Statement:
    account = get_account(community, AccountKind.FUND)
    result = statement(account, *year_range(year))
    result.spending = list(
        FundSpending.objects.filter(
            community=community, transaction__period__year=year
        ).select_related("transaction", "decision_type")
    )
    return result


# --- Earnings by household, role and member ----------------------------------------


def earnings(community: Community, year: int) -> dict[int, dict[int | None, Money]]:
    """What each household earned in the year, by the role its shares paid for."""
    currency = community.currency_id
    rows = (
        Entry.objects.filter(
            account__community=community,
            account__kind=AccountKind.HOUSEHOLD,
            currency_id=currency,
            transaction__period__year=year,
        )
        .exclude(PAYOUT_LIKE)
        .values("account__household_id", "role_id")
        .annotate(s=Sum("amount"))
        .order_by("account__household_id", "role_id")
    )
    result: dict[int, dict[int | None, Money]] = defaultdict(dict)
    for row in rows:
        money = -summed(row["s"], currency)
        if money:
            result[row["account__household_id"]][row["role_id"]] = money
    return dict(result)


def earning_members(members: list[Member]) -> list[Member]:
    """Who in a household did the tourism work, when a share names no role."""
    workers = [m for m in members if any(r.code not in GOVERNANCE_ROLES for r in m.roles.all())]
    if workers:
        return workers
    adults = [m for m in members if m.age_group != AgeGroup.UNDER_18]
    return adults or members


def attribute(by_role: dict[int | None, Money], members: list[Member]) -> dict[int, Money]:
    """Each member's part of the household's earnings (see the module's definitions)."""
    if not members:
        return {}
    result: dict[int, Money] = {}
    general = None
    for role_id, money in by_role.items():
        holders = [m for m in members if role_id and any(r.pk == role_id for r in m.roles.all())]
        if holders:
            for member_id, part in spread(money, [(m.pk, 1) for m in holders]):
                result[member_id] = result[member_id] + part if member_id in result else part
        else:
            general = general + money if general is not None else money
    if general:
        for member_id, part in spread(general, [(m.pk, 1) for m in earning_members(members)]):
            result[member_id] = result[member_id] + part if member_id in result else part
    return result


# --- The poverty report --------------------------------------------------------------


def poverty_line(community: Community, year: int) -> tuple[PovertyLine | None, Money | None]:
    """The country's line for the year, or the latest earlier one, in the community's money."""
    line = (
        PovertyLine.objects.filter(country_id=community.country_id, year__lte=year)
        .order_by("-year")
        .first()
    )
    if line is None:
        return None, None
    return line, convert(line.money, community.currency_id)


@dataclass(frozen=True)
class HouseholdIncome:
    household: Household
    size: int
    other_income: Money
    tourism_income: Money
    other_per_person_month: Money
    total_per_person_month: Money
    below_without: bool | None
    below_with: bool | None


@dataclass
class PovertyReport:
    community: Community
    year: int
    detail: bool
    line: PovertyLine | None
    line_amount: Money | None
    households: int  # active households in the community
    with_data: int  # households whose size and other income are recorded for the year
    earning_households: int | None
    below_without: int | None
    below_with: int | None
    lifted: int | None  # below the line without tourism, above it with tourism
    jobs: int | None
    # (choice value, label, figure or None where suppressed)
    jobs_by_gender: list[tuple[str, str, int | None]]
    income_by_gender: list[tuple[str, str, Money | None]]
    income_by_age: list[tuple[str, str, Money | None]]
    tourism_income: Money | None
    paid_by_tourists: Money | None
    stayed: Money | None
    stayed_percent: Decimal | None
    rows: list[HouseholdIncome] = field(default_factory=list)

    @property
    def above_without(self) -> int | None:
        return None if self.below_without is None else self.with_data - self.below_without

    @property
    def above_with(self) -> int | None:
        return None if self.below_with is None else self.with_data - self.below_with

    @property
    def any_suppressed(self) -> bool:
        values = [self.below_without, self.earning_households, self.jobs, self.stayed_percent]
        values += [v for _, _, v in self.income_by_gender + self.income_by_age]
        return not self.detail and any(v is None for v in values)


def _per_person_month(money: Money, size: int) -> Money:
    return Money.rounded(money.amount / 12 / size, money.currency)


def _enough(households: int | set, detail: bool) -> bool:
    count = households if isinstance(households, int) else len(households)
    return detail or count >= MIN_HOUSEHOLDS


def poverty_report(community: Community, year: int, *, detail: bool) -> PovertyReport:
    """Households against the poverty line, jobs and income by group, for one year.

    With `detail` (the community's coordinator and treasurer) every figure and every
    household's row; without it (programme officers) aggregates only, each suppressed
    when it covers fewer than MIN_HOUSEHOLDS households.
    """
    currency = community.currency_id
    zero = Money.zero(currency)
    line, line_amount = poverty_line(community, year)
    earned = earnings(community, year)
    households = {
        h.pk: h
        for h in Household.objects.filter(community=community).prefetch_related("members__roles")
    }
    economics = {
        e.household_id: e
        for e in HouseholdEconomics.objects.filter(household__community=community, year=year)
    }

    rows: list[HouseholdIncome] = []
    for household_id, econ in sorted(economics.items(), key=lambda i: households[i[0]].code):
        other = Money.rounded(econ.other_income, currency)
        tourism = sum(earned.get(household_id, {}).values(), zero)
        other_pm = _per_person_month(other, econ.size)
        total_pm = _per_person_month(other + tourism, econ.size)
        rows.append(
            HouseholdIncome(
                household=households[household_id],
                size=econ.size,
                other_income=other,
                tourism_income=tourism,
                other_per_person_month=other_pm,
                total_per_person_month=total_pm,
                below_without=None if line_amount is None else other_pm < line_amount,
                below_with=None if line_amount is None else total_pm < line_amount,
            )
        )

    # Members who earned, and income by gender and age group.
    by_gender: dict[str, Money] = defaultdict(lambda: zero)
    by_age: dict[str, Money] = defaultdict(lambda: zero)
    gender_households: dict[str, set] = defaultdict(set)
    age_households: dict[str, set] = defaultdict(set)
    jobs_by_gender: dict[str, int] = defaultdict(int)
    earning_ids = {h for h, by_role in earned.items() if sum(by_role.values(), zero).amount > 0}
    for household_id, by_role in earned.items():
        household = households.get(household_id)
        if household is None:
            continue
        members = [m for m in household.members.all() if m.is_active]
        for member_id, money in attribute(by_role, members).items():
            member = next(m for m in members if m.pk == member_id)
            by_gender[member.gender] += money
            by_age[member.age_group] += money
            gender_households[member.gender].add(household_id)
            age_households[member.age_group].add(household_id)
            if money.amount > 0:
                jobs_by_gender[member.gender] += 1

    enough_earning = _enough(earning_ids, detail)
    paid, stayed = _stayed(community, year)
    with_line = [r for r in rows if r.below_without is not None]
    enough_data = _enough(len(with_line), detail) and line_amount is not None
    return PovertyReport(
        community=community,
        year=year,
        detail=detail,
        line=line,
        line_amount=line_amount,
        households=sum(1 for h in households.values() if h.is_active),
        with_data=len(rows),
        earning_households=len(earning_ids) if enough_earning else None,
        below_without=sum(1 for r in with_line if r.below_without) if enough_data else None,
        below_with=sum(1 for r in with_line if r.below_with) if enough_data else None,
        lifted=(
            sum(1 for r in with_line if r.below_without and not r.below_with)
            if enough_data
            else None
        ),
        jobs=sum(jobs_by_gender.values()) if enough_earning else None,
        jobs_by_gender=[
            (value, str(label), jobs_by_gender.get(value, 0) if enough_earning else None)
            for value, label in Gender.choices
        ],
        income_by_gender=[
            (
                value,
                str(label),
                by_gender.get(value, zero) if _enough(gender_households[value], detail) else None,
            )
            for value, label in Gender.choices
        ],
        income_by_age=[
            (
                value,
                str(label),
                by_age.get(value, zero) if _enough(age_households[value], detail) else None,
            )
            for value, label in AgeGroup.choices
        ],
        tourism_income=(
            sum((sum(r.values(), zero) for r in earned.values()), zero) if enough_earning else None
        ),
        paid_by_tourists=paid if enough_earning else None,
        stayed=stayed if enough_earning else None,
        stayed_percent=(
            (stayed.amount * 100 / paid.amount).quantize(Decimal("0.1"))
            if enough_earning and paid
            else None
        ),
        rows=rows if detail else [],
    )


def _stayed(community: Community, year: int) -> tuple[Money, Money]:
    """What tourists paid in the year (net of refunds), and the part that stayed."""
    currency = community.currency_id
    shares = Entry.objects.filter(
        account__community=community,
        account__kind__in=list(SHARE_KINDS),
        currency_id=currency,
        transaction__kind__in=[TransactionKind.PAYMENT, TransactionKind.REFUND],
        transaction__period__year=year,
    )
    paid = -summed(shares.aggregate(s=Sum("amount"))["s"], currency)
    kept = shares.filter(account__kind__in=[AccountKind.HOUSEHOLD, AccountKind.FUND])
    stayed = -summed(kept.aggregate(s=Sum("amount"))["s"], currency)
    return paid, stayed


# --- Money summary (officers and the API) -------------------------------------------


def money_summary(community: Community, year: int, *, detail: bool) -> dict:
    """The year's money by kind of recipient, with the poverty report's aggregates.

    "to_*" are shares of tourists' payments dated in the year, net of refunds.
    """
    currency = community.currency_id
    report = poverty_report(community, year, detail=detail)
    rows = (
        Entry.objects.filter(
            account__community=community, currency_id=currency, transaction__period__year=year
        )
        .values("account__kind", "transaction__kind")
        .annotate(s=Sum("amount"))
        .order_by()
    )
    sums: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for row in rows:
        sums[(row["account__kind"], row["transaction__kind"])] += summed(row["s"], currency).amount

    def shares(kind: str) -> Money:
        amount = sums[(kind, TransactionKind.PAYMENT)] + sums[(kind, TransactionKind.REFUND)]
        return Money(-amount, currency)

    # With few earning households, even the fund's or the platform's part would let a
    # reader work out a household's income: below the threshold, no money figure at all.
    enough = report.earning_households is not None

    def shown(money: Money) -> Money | None:
        return money if enough else None

    return {
        "report": report,
        "to_households": shown(shares(AccountKind.HOUSEHOLD)),
        "paid_to_households": shown(
            Money(sums[(AccountKind.HOUSEHOLD, TransactionKind.PAYOUT)], currency)
        ),
        "to_fund": shown(shares(AccountKind.FUND)),
        "fund_spent": shown(
            Money(sums[(AccountKind.FUND, TransactionKind.FUND_SPENDING)], currency)
        ),
        "to_partners": shown(shares(AccountKind.PARTNER)),
        "to_platform": shown(shares(AccountKind.PLATFORM)),
    }
