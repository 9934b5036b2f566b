"""The ledger's part of the platform API (/api/v1/communities/{slug}/ledger/...).

- balances and transactions: a coordinator key of that community, or a signed-in
  coordinator or treasurer of it (or a site administrator); every other caller 403;
- summary: also programme officers (officer keys, or signed-in officers), who get
  aggregates only, each suppressed (null) when it covers fewer than 5 households.

Amounts are strings in the currency's units; a balance is positive for money the
community holds (cash, bank) and negative for money it owes (households, the fund...),
so all the balances together add up to zero.
"""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from chumchon.accounts.permissions import can_read_records
from chumchon.api.errors import exception_handler
from chumchon.api.permissions import key_of, may_manage
from chumchon.api.serializers import MoneySerializer
from chumchon.api.views import AUTH_ERRORS, _errors
from chumchon.bookings.models import ApiKey
from chumchon.communities.models import Community
from chumchon.ledger import services as ledger
from chumchon.ledger.models import NEVER_NEGATIVE_KINDS, AccountKind, Transaction
from chumchon.ledger.reports import MIN_HOUSEHOLDS, money_summary
from chumchon.money import Money

DEFAULT_LIMIT, MAX_LIMIT = 50, 200


def money_json(money: Money | None) -> dict | None:
    if money is None:
        return None
    return {"currency": money.currency, "amount": str(money.amount)}


class LedgerAccountSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=AccountKind.choices)
    code = serializers.CharField(help_text="e.g. household:TL-01, fund, cash, partner:ab12cd34")
    name = serializers.CharField()
    balances = MoneySerializer(many=True)
    payable = MoneySerializer(
        allow_null=True, help_text="What may be paid out now (households, partners, fund)."
    )


class LedgerBalancesSerializer(serializers.Serializer):
    community = serializers.SlugField()
    accounts = LedgerAccountSerializer(many=True)
    total = MoneySerializer(many=True, help_text="Always zero in each currency.")


class LedgerEntrySerializer(serializers.Serializer):
    account = serializers.IntegerField()
    account_code = serializers.CharField()
    amount = serializers.CharField()
    currency = serializers.CharField()
    role = serializers.CharField(allow_null=True)


class LedgerTransactionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    date = serializers.DateField()
    created_at = serializers.DateTimeField()
    created_by = serializers.CharField(allow_null=True)
    reason = serializers.CharField()
    booking = serializers.CharField(allow_null=True)
    reverses = serializers.IntegerField(allow_null=True)
    entries = LedgerEntrySerializer(many=True)


class LedgerTransactionPageSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    limit = serializers.IntegerField()
    offset = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = LedgerTransactionSerializer(many=True)


class LedgerSummarySerializer(serializers.Serializer):
    community = serializers.SlugField()
    year = serializers.IntegerField()
    suppressed_below = serializers.IntegerField(
        help_text="Aggregates over fewer households than this are null."
    )
    figures = serializers.DictField(help_text="Each figure, or null where suppressed.")


class LedgerPaging(serializers.Serializer):
    limit = serializers.IntegerField(min_value=1, max_value=MAX_LIMIT, default=DEFAULT_LIMIT)
    # Bounded: a 64-bit overflow in the database's OFFSET was a server error (found by fuzzing).
    offset = serializers.IntegerField(min_value=0, max_value=10**9, default=0)


class LedgerSummaryQuery(serializers.Serializer):
    year = serializers.IntegerField(min_value=2000, max_value=2100, required=False)


class LedgerApiView(APIView):
    permission_classes = [IsAuthenticated]

    def get_exception_handler(self):
        return exception_handler

    def community(self, request, slug: str, *, officers: bool = False) -> Community:
        community = get_object_or_404(Community, slug=slug)
        if may_manage(request, community):
            return community
        if officers and _is_officer(request, community):
            return community
        raise exceptions.PermissionDenied(
            _("Only this community's coordinator or treasurer may read its ledger.")
            if not officers
            else _("Only this community's staff and programme officers may read this.")
        )


def _is_officer(request, community: Community) -> bool:
    key = key_of(request)
    if key is not None:
        return key.role == ApiKey.Role.OFFICER and key.community_id in (None, community.pk)
    return can_read_records(request.user, community)


# 400 for bad query values, 401/403 without the right key, 404 for an unknown community.
ERRORS = _errors("400", *AUTH_ERRORS, "404")
SLUG = OpenApiParameter("slug", OpenApiTypes.STR, OpenApiParameter.PATH)


class Balances(LedgerApiView):
    @extend_schema(
        operation_id="ledger_balances",
        summary="Every account of the community with its balance",
        tags=["ledger"],
        parameters=[SLUG],
        responses={200: LedgerBalancesSerializer, **ERRORS},
    )
    def get(self, request, slug):
        community = self.community(request, slug)
        ledger.ensure_accounts(community)
        currency = community.currency_id
        accounts = []
        for account, sums in ledger.balances(community):
            payable = (
                ledger.payable(account, currency)
                if account.kind in (*NEVER_NEGATIVE_KINDS, AccountKind.FUND)
                else None
            )
            accounts.append(
                {
                    "id": account.pk,
                    "kind": account.kind,
                    "code": account.code,
                    "name": str(account.label),
                    "balances": [money_json(m) for m in sums] or [money_json(Money.zero(currency))],
                    "payable": money_json(payable),
                }
            )
        total = ledger.totals(community) or [Money.zero(currency)]
        return Response(
            {
                "community": community.slug,
                "accounts": accounts,
                "total": [money_json(m) for m in total],
            }
        )


class Transactions(LedgerApiView):
    @extend_schema(
        operation_id="ledger_transactions",
        summary="The community's ledger transactions, newest first",
        tags=["ledger"],
        parameters=[SLUG, LedgerPaging],
        responses={200: LedgerTransactionPageSerializer, **ERRORS},
    )
    def get(self, request, slug):
        community = self.community(request, slug)
        paging = LedgerPaging(data=request.query_params)
        paging.is_valid(raise_exception=True)
        limit, offset = paging.validated_data["limit"], paging.validated_data["offset"]
        journal = Transaction.objects.filter(community=community).order_by("-period", "-id")
        count = journal.count()
        page = journal.select_related("booking", "created_by").prefetch_related(
            "entries__account__household",
            "entries__account__partner_key",
            "entries__account__partner_community",
            "entries__role",
        )[offset : offset + limit]

        def link(at: int | None) -> str | None:
            if at is None:
                return None
            return request.build_absolute_uri(f"{request.path}?limit={limit}&offset={at}")

        return Response(
            {
                "count": count,
                "limit": limit,
                "offset": offset,
                "next": link(offset + limit if offset + limit < count else None),
                "previous": link(max(offset - limit, 0) if offset > 0 else None),
                "results": [_transaction_json(t) for t in page],
            }
        )


def _transaction_json(txn: Transaction) -> dict:
    return {
        "id": txn.pk,
        "kind": txn.kind,
        "date": txn.period.isoformat(),
        "created_at": txn.created_at.isoformat(),
        "created_by": txn.created_by.get_username() if txn.created_by_id else None,
        "reason": txn.reason,
        "booking": txn.booking.reference if txn.booking_id else None,
        "reverses": txn.reverses_id,
        "entries": [
            {
                "account": e.account_id,
                "account_code": e.account.code,
                "amount": str(e.money.amount),
                "currency": e.currency_id,
                "role": e.role.code if e.role_id else None,
            }
            for e in txn.entries.all()
        ],
    }


class Summary(LedgerApiView):
    @extend_schema(
        operation_id="ledger_summary",
        summary="The community's aggregate money and poverty figures for a year",
        tags=["ledger"],
        parameters=[SLUG, LedgerSummaryQuery],
        responses={200: LedgerSummarySerializer, **ERRORS},
    )
    def get(self, request, slug):
        community = self.community(request, slug, officers=True)
        query = LedgerSummaryQuery(data=request.query_params)
        query.is_valid(raise_exception=True)
        year = query.validated_data.get("year") or ledger.today(community).year
        summary = money_summary(community, year, detail=may_manage(request, community))
        return Response(
            {
                "community": community.slug,
                "year": year,
                "suppressed_below": MIN_HOUSEHOLDS,
                "figures": summary_json(summary),
            }
        )


def summary_json(summary: dict) -> dict:
    """The aggregates only: never a household's own figures."""
    report = summary["report"]
    line = report.line
    return {
        "households": report.households,
        "households_with_data": report.with_data,
        "poverty_line": (
            {
                "year": line.year,
                "per_person_per_month": money_json(report.line_amount),
                "source": line.source,
            }
            if line is not None
            else None
        ),
        "below_line_without_tourism": report.below_without,
        "below_line_with_tourism": report.below_with,
        "above_line_without_tourism": report.above_without,
        "above_line_with_tourism": report.above_with,
        "lifted_above_line": report.lifted,
        "earning_households": report.earning_households,
        "members_who_earned": report.jobs,
        "members_who_earned_by_gender": {k: n for k, _, n in report.jobs_by_gender},
        "income_by_gender": {k: money_json(m) for k, _, m in report.income_by_gender},
        "income_by_age_group": {k: money_json(m) for k, _, m in report.income_by_age},
        "tourism_income": money_json(report.tourism_income),
        "paid_by_tourists": money_json(report.paid_by_tourists),
        "stayed_in_community": money_json(report.stayed),
        "stayed_percent": str(report.stayed_percent) if report.stayed_percent is not None else None,
        "to_households": money_json(summary["to_households"]),
        "paid_to_households": money_json(summary["paid_to_households"]),
        "to_fund": money_json(summary["to_fund"]),
        "fund_spent": money_json(summary["fund_spent"]),
        "to_partners": money_json(summary["to_partners"]),
        "to_platform": money_json(summary["to_platform"]),
    }
