"""Phone pages for the treasurer (money) and the coordinator (sharing rules).

Every change goes through chumchon/ledger/services.py; these views check who may
do what, show forms and translate refusals. Households' figures are shown only to
the community's coordinator and treasurer; programme officers see the aggregate
report.
"""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from chumchon.accounts.models import StaffRole
from chumchon.accounts.permissions import can_manage, community_access
from chumchon.bookings.errors import BookingError
from chumchon.catalog.models import Offering
from chumchon.communities.models import Household
from chumchon.ledger import services as ledger
from chumchon.ledger.charts import bars_svg, poverty_svg
from chumchon.ledger.forms import (
    CloseMonthForm,
    EconomicsFormSet,
    FundSpendingForm,
    MoveForm,
    PayoutForm,
    PovertyLineFormSet,
    ReverseForm,
    RuleFormSet,
    WeightsForm,
)
from chumchon.ledger.models import (
    NEVER_NEGATIVE_KINDS,
    Account,
    AccountKind,
    HouseholdEconomics,
    Period,
    Recipient,
    RevenueShareRule,
    Transaction,
)
from chumchon.ledger.pdf import render_pdf
from chumchon.ledger.reports import (
    fund_statement,
    household_statement,
    money_summary,
)
from chumchon.ledger.sharing import rules_for, warnings_for, where_money_goes
from chumchon.money import Money

COORDINATOR = (StaffRole.COORDINATOR,)
TREASURER = (StaffRole.TREASURER,)
PER_PAGE = 50


def _roles(request, community) -> dict[str, bool]:
    user = request.user
    return {
        "is_coordinator": can_manage(user, community, COORDINATOR),
        "is_treasurer": can_manage(user, community, TREASURER),
    }


# The balances page, in the order a treasurer reads it.
GROUPS = (
    (gettext_lazy("Money the community holds"), ledger.MONEY_ACCOUNT_KINDS),
    (gettext_lazy("Owed to households"), (AccountKind.HOUSEHOLD,)),
    (
        gettext_lazy("Community fund, partners and platform"),
        (AccountKind.FUND, AccountKind.PARTNER, AccountKind.PLATFORM),
    ),
    (gettext_lazy("Other"), (AccountKind.REFUNDS_DUE, AccountKind.ADJUSTMENTS)),
)
# Which tab of the ledger's menu each page belongs to.
SECTIONS = {
    "ledger/payout.html": "payout",
    "ledger/fund.html": "fund",
    "ledger/close.html": "close",
    "ledger/rules.html": "rules",
    "ledger/rules_form.html": "rules",
    "ledger/weights.html": "rules",
    "ledger/economics.html": "economics",
    "ledger/report.html": "report",
}


def _page(request, community, template: str, **context):
    context.setdefault("community", community)
    context.setdefault("section", SECTIONS.get(template, "overview"))
    context.update(_roles(request, community))
    return render(request, template, context)


def _year(request, community) -> int:
    try:
        year = int(request.GET.get("year", ""))
    except ValueError:
        year = ledger.today(community).year
    return year if 2000 <= year <= 2100 else ledger.today(community).year


def _refused(request, form, exc: BookingError) -> None:
    form.add_error(None, str(exc.message))


# --- Balances and the journal --------------------------------------------------------


@community_access("manage")
def overview(request, community):
    ledger.ensure_accounts(community)
    rows = []
    currency = community.currency_id
    for account, sums in ledger.balances(community):
        money = next((m for m in sums if m.currency == currency), Money.zero(currency))
        shown = -money if account.kind not in ledger.MONEY_ACCOUNT_KINDS else money
        payable = (
            ledger.payable(account, currency)
            if account.kind in (*NEVER_NEGATIVE_KINDS, AccountKind.FUND)
            else None
        )
        rows.append({"account": account, "amount": shown, "payable": payable, "all": sums})
    groups = [(title, [r for r in rows if r["account"].kind in kinds]) for title, kinds in GROUPS]
    return _page(
        request,
        community,
        "ledger/overview.html",
        groups=[(title, items) for title, items in groups if items],
        totals=ledger.totals(community),
        closed_through=ledger.closed_through(community),
    )


@community_access("manage")
def transactions(request, community):
    journal = (
        Transaction.objects.filter(community=community)
        .select_related("booking", "created_by", "reverses")
        .prefetch_related(
            "entries__account__household",
            "entries__account__partner_key",
            "entries__account__partner_community",
        )
        .order_by("-period", "-id")
    )
    kind = request.GET.get("kind", "")
    if kind:
        journal = journal.filter(kind=kind)
    page = Paginator(journal, PER_PAGE).get_page(request.GET.get("page"))
    reversed_ids = set(
        Transaction.objects.filter(
            community=community, reverses__in=[t.pk for t in page.object_list]
        ).values_list("reverses_id", flat=True)
    )
    return _page(
        request,
        community,
        "ledger/transactions.html",
        page=page,
        kind=kind,
        kinds=Transaction._meta.get_field("kind").choices,
        reversed_ids=reversed_ids,
        closed_through=ledger.closed_through(community),
        not_reversible=ledger.NOT_REVERSIBLE,
    )


@community_access("manage", roles=TREASURER)
def reverse(request, community, pk):
    txn = get_object_or_404(Transaction, pk=pk, community=community)
    form = ReverseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            ledger.reverse(txn, reason=form.cleaned_data["reason"], by=request.user)
        except BookingError as exc:
            _refused(request, form, exc)
        else:
            messages.success(request, _("Reversed. Both transactions stay in the ledger."))
            return redirect("ledger:transactions", community.slug)
    return _page(request, community, "ledger/reverse.html", txn=txn, form=form)


# --- Payouts and moving money --------------------------------------------------------


@community_access("manage", roles=TREASURER)
def payout(request, community):
    ledger.ensure_accounts(community)
    initial = {"method": "cash", "date": ledger.today(community)}
    if request.GET.get("account"):
        initial["account"] = request.GET["account"]
    form = PayoutForm(request.POST or None, community=community, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            ledger.pay_out(
                data["account"],
                data["amount"],
                method=data["method"],
                by=request.user,
                note=data["note"],
                period=data["date"],
            )
        except BookingError as exc:
            _refused(request, form, exc)
        else:
            messages.success(request, _("Payout recorded."))
            return redirect("ledger:overview", community.slug)
    currency = community.currency_id
    payable = [
        (a, ledger.payable(a, currency))
        for a in Account.objects.filter(community=community, kind__in=NEVER_NEGATIVE_KINDS)
        .select_related("household", "partner_key", "partner_community")
        .order_by("kind", "household__code")
    ]
    return _page(
        request,
        community,
        "ledger/payout.html",
        form=form,
        payable=[(a, m) for a, m in payable if m],
    )


@community_access("manage", roles=TREASURER)
def move(request, community):
    ledger.ensure_accounts(community)
    form = MoveForm(
        request.POST or None, community=community, initial={"date": ledger.today(community)}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            ledger.move_money(
                data["source"],
                data["target"],
                data["amount"],
                reason=data["reason"],
                by=request.user,
                period=data["date"],
            )
        except BookingError as exc:
            _refused(request, form, exc)
        else:
            messages.success(request, _("Recorded."))
            return redirect("ledger:overview", community.slug)
    return _page(request, community, "ledger/move.html", form=form)


# --- Statements ----------------------------------------------------------------------


@community_access("manage")
def household(request, community, pk):
    family = get_object_or_404(Household, pk=pk, community=community)
    year = _year(request, community)
    return _page(
        request,
        community,
        "ledger/household_statement.html",
        household=family,
        statement=household_statement(family, year),
        year=year,
    )


@community_access("manage")
def household_pdf(request, community, pk):
    family = get_object_or_404(Household, pk=pk, community=community)
    year = _year(request, community)
    language = community.main_language
    with translation.override(language):
        statement = household_statement(family, year)
        pdf = render_pdf(
            "ledger/statement_pdf.html",
            {"community": community, "household": family, "statement": statement, "year": year},
            language,
        )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="statement-{family.code}-{year}.pdf"'
    return response


@community_access("manage")
def fund(request, community):
    year = _year(request, community)
    form = FundSpendingForm(
        request.POST or None, community=community, initial={"date": ledger.today(community)}
    )
    if request.method == "POST":
        if not can_manage(request.user, community, TREASURER):
            raise PermissionDenied
        if form.is_valid():
            data = form.cleaned_data
            try:
                ledger.spend_from_fund(
                    community,
                    data["amount"],
                    method=data["method"],
                    description=data["description"],
                    decision_reference=data["decision_reference"],
                    decision=form.decision_object(),
                    by=request.user,
                    period=data["date"],
                )
            except BookingError as exc:
                _refused(request, form, exc)
            else:
                messages.success(request, _("Fund spending recorded."))
                return redirect("ledger:fund", community.slug)
    return _page(
        request,
        community,
        "ledger/fund.html",
        statement=fund_statement(community, year),
        year=year,
        form=form,
    )


# --- Closing a month -----------------------------------------------------------------


@community_access("manage")
def close(request, community):
    months = ledger.months_to_close(community)
    form = CloseMonthForm(request.POST or None, months=months)
    if request.method == "POST":
        if not can_manage(request.user, community, TREASURER):
            raise PermissionDenied
        if form.is_valid():
            data = form.cleaned_data
            try:
                ledger.close_month(
                    community,
                    dt.date.fromisoformat(data["month"]),
                    cash_counted=data["cash_counted"],
                    bank_balance=data["bank_balance"],
                    by=request.user,
                    reason=data["reason"],
                )
            except BookingError as exc:
                _refused(request, form, exc)
            else:
                messages.success(request, _("The month is closed."))
                return redirect("ledger:close", community.slug)
    books = [ledger.reconciliation(community, m) for m in months]
    return _page(
        request,
        community,
        "ledger/close.html",
        form=form,
        books=books,
        closed=Period.objects.filter(community=community).select_related("closed_by"),
    )


# --- Sharing rules -------------------------------------------------------------------


@community_access("manage")
def rules(request, community):
    default = RevenueShareRule.objects.filter(community=community, offering=None)
    offerings = []
    for offering in community.offerings.prefetch_related("price_tiers", "providers"):
        own = offering.revenue_share_rules.exists()
        offerings.append(
            {
                "offering": offering,
                "own": own,
                "rules": rules_for(offering),
                "warnings": warnings_for(offering),
                "goes": where_money_goes(offering=offering),
            }
        )
    return _page(request, community, "ledger/rules.html", default=default, offerings=offerings)


@community_access("manage", roles=COORDINATOR)
def rules_edit(request, community, offering_id=None):
    offering = (
        get_object_or_404(Offering, pk=offering_id, community=community) if offering_id else None
    )
    queryset = RevenueShareRule.objects.filter(community=community, offering=offering)
    formset = RuleFormSet(
        request.POST or None,
        queryset=queryset,
        community=community,
        offering=offering,
        prefix="rules",
    )
    if request.method == "POST" and formset.is_valid():
        ledger.save_rule_set(community, offering, formset, by=request.user)
        messages.success(request, _("Saved. Bookings already paid keep their split."))
        return redirect("ledger:rules", community.slug)
    return _page(
        request,
        community,
        "ledger/rules_form.html",
        offering=offering,
        formset=formset,
        recipients=Recipient,
    )


@community_access("manage", roles=COORDINATOR)
def weights(request, community, rule_id):
    rule = get_object_or_404(
        RevenueShareRule,
        pk=rule_id,
        community=community,
        offering__isnull=False,
        recipient=Recipient.PROVIDERS,
    )
    households = rule.offering.providers.filter(is_active=True).order_by("code")
    current = {w.household_id: w.weight for w in rule.weights.all()}
    form = WeightsForm(request.POST or None, households=households, initial_weights=current)
    if request.method == "POST" and form.is_valid():
        ledger.set_weights(rule, form.weights(), by=request.user)
        messages.success(request, _("Saved."))
        return redirect("ledger:rules", community.slug)
    return _page(request, community, "ledger/weights.html", rule=rule, form=form)


# --- Household economics and the poverty report -------------------------------------


@community_access("manage")
def economics(request, community):
    year = _year(request, community)
    households = list(community.households.filter(is_active=True).order_by("code"))
    recorded = {
        e.household_id: e
        for e in HouseholdEconomics.objects.filter(household__community=community, year=year)
    }
    initial = [
        {
            "household": h.pk,
            "size": recorded[h.pk].size if h.pk in recorded else None,
            "other_income": recorded[h.pk].other_income if h.pk in recorded else None,
        }
        for h in households
    ]
    formset = EconomicsFormSet(request.POST or None, initial=initial, prefix="econ")
    if request.method == "POST" and formset.is_valid():
        by_id = {h.pk: h for h in households}
        rows = []
        for form in formset:
            household = by_id.get(form.cleaned_data.get("household"))
            if household is None:
                raise Http404
            rows.append((household, form.cleaned_data["size"], form.cleaned_data["other_income"]))
        ledger.record_economics(community, year, rows, by=request.user)
        messages.success(request, _("Saved."))
        return redirect(f"{request.path}?year={year}")
    pairs = list(zip(households, formset.forms, strict=False))
    return _page(
        request, community, "ledger/economics.html", year=year, formset=formset, pairs=pairs
    )


@community_access("read")
def report(request, community):
    """Coordinators and treasurers see every household; officers see aggregates only."""
    year = _year(request, community)
    detail = can_manage(request.user, community)
    summary = money_summary(community, year, detail=detail)
    result = summary["report"]
    return _page(
        request,
        community,
        "ledger/report.html",
        year=year,
        report=result,
        summary=summary,
        detail=detail,
        poverty_chart=poverty_svg(result),
        gender_chart=bars_svg([(label, m) for _, label, m in result.income_by_gender]),
        age_chart=bars_svg([(label, m) for _, label, m in result.income_by_age]),
    )


@login_required
def poverty_lines(request):
    """The official poverty lines: programme officers keep them up to date."""
    user = request.user
    if not (user.is_superuser or user.is_programme_officer):
        raise PermissionDenied
    formset = PovertyLineFormSet(request.POST or None, prefix="lines")
    if request.method == "POST" and formset.is_valid():
        ledger.save_poverty_lines(formset, by=user)
        messages.success(request, _("Saved."))
        return redirect("ledger:poverty_lines")
    return render(request, "ledger/poverty_lines.html", {"formset": formset})
