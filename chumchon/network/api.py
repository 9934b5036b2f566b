"""The partner's part of the platform API (/api/v1/partner/...): its agreements and its sales.

Only a partner-scope key linked to a network partner (`chumchon createapikey --role
partner --partner SLUG`) may call these; it sees its own partner's data and nothing
else. Amounts are strings in the currency's units, never summed across currencies.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from chumchon.api.errors import exception_handler
from chumchon.api.permissions import key_of
from chumchon.api.serializers import ErrorSerializer, MoneySerializer
from chumchon.catalog.services import starting_price
from chumchon.money import Money
from chumchon.network.models import Partner, Referral
from chumchon.network.services import agreements_in_force, commission_earned, partner_of_key

DEFAULT_LIMIT, MAX_LIMIT = 50, 200


def money_json(money: Money | None) -> dict | None:
    if money is None:
        return None
    return {"amount": str(money.amount), "currency": money.currency}


class PartnerApiView(APIView):
    permission_classes = [IsAuthenticated]

    def get_exception_handler(self):
        return exception_handler

    def partner(self, request) -> Partner:
        partner = partner_of_key(key_of(request))
        if partner is None:
            raise exceptions.PermissionDenied(
                _("This takes a partner API key linked to a network partner.")
            )
        return partner


class AgreementOfferingSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    retail_price_from = MoneySerializer(allow_null=True)
    net_rate = MoneySerializer(
        allow_null=True, help_text=_("What the community keeps per guest (net-rate agreements).")
    )


class AgreementSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    community = serializers.SlugField()
    currency = serializers.CharField()
    basis = serializers.ChoiceField(choices=["commission", "net_rate"])
    commission_percent = serializers.CharField(allow_null=True)
    all_offerings = serializers.BooleanField()
    valid_from = serializers.DateField()
    valid_to = serializers.DateField(allow_null=True)
    offerings = AgreementOfferingSerializer(many=True)


class AgreementListSerializer(serializers.Serializer):
    partner = serializers.SlugField()
    agreements = AgreementSerializer(many=True)


class SaleSerializer(serializers.Serializer):
    booking = serializers.CharField()
    community = serializers.SlugField()
    status = serializers.CharField()
    source = serializers.CharField()
    created_at = serializers.DateTimeField()
    total = MoneySerializer()
    commission = MoneySerializer(help_text=_("As agreed when the booking was made."))
    commission_credited = MoneySerializer(help_text=_("Credited in the community's ledger."))
    commission_reversed = MoneySerializer(help_text=_("Taken back by refunds."))


class SaleListSerializer(serializers.Serializer):
    partner = serializers.SlugField()
    count = serializers.IntegerField()
    sales = SaleSerializer(many=True)
    totals = serializers.ListField(
        child=serializers.DictField(), help_text=_("Per currency: sold and commission earned.")
    )


ERRORS = {
    401: ErrorSerializer,
    403: ErrorSerializer,
    400: ErrorSerializer,
}


def _offering_rows(agreement) -> list[dict]:
    currency = agreement.community.currency_id
    if agreement.uses_net_rates:
        return [
            {
                "id": rate.offering_id,
                "title": rate.offering.title,
                "retail_price_from": money_json(starting_price(rate.offering)),
                "net_rate": money_json(Money(rate.amount, currency)),
            }
            for rate in agreement.net_rates.all()
        ]
    offerings = (
        agreement.community.offerings.filter(is_published=True)
        if agreement.all_offerings
        else agreement.offerings.all()
    )
    return [
        {
            "id": o.pk,
            "title": o.title,
            "retail_price_from": money_json(starting_price(o)),
            "net_rate": None,
        }
        for o in offerings.prefetch_related("price_tiers").order_by("position", "id")
    ]


class PartnerAgreements(PartnerApiView):
    @extend_schema(
        operation_id="partner_agreements",
        summary=_("The key's partner: agreements in force, offerings, net rates or commission"),
        tags=["partner"],
        parameters=[
            OpenApiParameter(
                "on", OpenApiTypes.DATE, description=_("In force on this day (default today).")
            )
        ],
        responses={200: AgreementListSerializer, **ERRORS},
    )
    def get(self, request):
        partner = self.partner(request)
        day = timezone.localdate()
        if request.query_params.get("on"):
            try:
                day = dt.date.fromisoformat(request.query_params["on"])
            except ValueError as exc:
                raise exceptions.ValidationError(
                    {"on": [_("Use a date such as 2026-12-31.")]}
                ) from exc
        rows = []
        for agreement in agreements_in_force(partner, day).order_by("community__slug", "id"):
            rows.append(
                {
                    "id": agreement.pk,
                    "community": agreement.community.slug,
                    "currency": agreement.community.currency_id,
                    "basis": "net_rate" if agreement.uses_net_rates else "commission",
                    "commission_percent": None
                    if agreement.uses_net_rates
                    else str(agreement.commission_percent),
                    "all_offerings": agreement.all_offerings,
                    "valid_from": agreement.valid_from,
                    "valid_to": agreement.valid_to,
                    "offerings": _offering_rows(agreement),
                }
            )
        return Response(AgreementListSerializer({"partner": partner.slug, "agreements": rows}).data)


class PartnerSales(PartnerApiView):
    @extend_schema(
        operation_id="partner_sales",
        summary=_("The key's partner: the bookings it referred, with their commission"),
        tags=["partner"],
        parameters=[
            OpenApiParameter("since", OpenApiTypes.DATE, description=_("Made on or after.")),
            OpenApiParameter("limit", OpenApiTypes.INT, description=f"1–{MAX_LIMIT}"),
            OpenApiParameter("offset", OpenApiTypes.INT),
        ],
        responses={200: SaleListSerializer, **ERRORS},
    )
    def get(self, request):
        partner = self.partner(request)
        params = request.query_params
        referrals = Referral.objects.filter(partner=partner).select_related(
            "booking__community", "partner"
        )
        if params.get("since"):
            try:
                since = dt.date.fromisoformat(params["since"])
            except ValueError as exc:
                raise exceptions.ValidationError(
                    {"since": [_("Use a date such as 2026-12-31.")]}
                ) from exc
            referrals = referrals.filter(booking__created_at__date__gte=since)
        try:
            limit = min(max(int(params.get("limit", DEFAULT_LIMIT)), 1), MAX_LIMIT)
            offset = max(int(params.get("offset", 0)), 0)
        except ValueError as exc:
            raise exceptions.ValidationError({"limit": [_("Use whole numbers.")]}) from exc
        totals: dict[str, dict[str, Money]] = {}
        sales = []
        for referral in referrals.order_by("-created_at", "-id"):
            booking = referral.booking
            earned = commission_earned(referral)
            currency = referral.currency_id
            if booking.status == "confirmed":
                sums = totals.setdefault(
                    currency, {"sold": Money.zero(currency), "commission": Money.zero(currency)}
                )
                sums["sold"] += booking.total_money
                sums["commission"] += earned.net
            sales.append(
                {
                    "booking": booking.reference,
                    "community": booking.community.slug,
                    "status": booking.status,
                    "source": referral.source,
                    "created_at": booking.created_at,
                    "total": money_json(booking.total_money),
                    "commission": money_json(referral.commission_money),
                    "commission_credited": money_json(earned.credited),
                    "commission_reversed": money_json(earned.reversed),
                }
            )
        data = {
            "partner": partner.slug,
            "count": len(sales),
            "sales": sales[offset : offset + limit],
            "totals": [
                {
                    "currency": currency,
                    "sold": str(sums["sold"].amount),
                    "commission": str(sums["commission"].amount),
                }
                for currency, sums in sorted(totals.items())
            ],
        }
        return Response(SaleListSerializer(data).data)
