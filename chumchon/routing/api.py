"""The trip planner's API: POST /api/v1/plans plans and saves a trip, GET reads it back."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.parsers import JSONParser
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.throttling import SimpleRateThrottle
from rest_framework.views import APIView

from chumchon.api.errors import ApiError, exception_handler
from chumchon.api.permissions import key_of, person_of
from chumchon.api.serializers import ErrorSerializer
from chumchon.routing import planner, services
from chumchon.routing.explain import ERRORS, error_message, reason_message
from chumchon.routing.models import TripPlan
from chumchon.routing.planner import PlanError


class PlanThrottle(SimpleRateThrottle):
    """Planning takes up to two seconds of a CPU: a few plans a minute per address or user."""

    scope = "plans"
    rate = "20/minute"

    def get_cache_key(self, request, view):
        if request.method != "POST":
            return None
        # A key (its user is no Django user) or a signed-in person; else the address.
        key, person = key_of(request), person_of(request)
        who = f"key-{key.pk}" if key else f"user-{person.pk}" if person else None
        return self.cache_format % {"scope": self.scope, "ident": who or self.get_ident(request)}


class PlanDayHoursSerializer(serializers.Serializer):
    start = serializers.TimeField(format="%H:%M", help_text="HH:MM")
    end = serializers.TimeField(format="%H:%M", help_text="HH:MM")


class PlanRequestSerializer(serializers.Serializer):
    start_date = serializers.DateField()
    days = PlanDayHoursSerializer(many=True, help_text=_("One entry per day, at most 7."))
    start_community = serializers.SlugField(default="tha-li")
    end_community = serializers.SlugField(required=False)
    pace = serializers.ChoiceField(choices=list(planner.PACES), default="normal")
    mode = serializers.ChoiceField(choices=list(services.MODES), default="car")
    interests = serializers.DictField(
        child=serializers.IntegerField(min_value=0, max_value=3),
        required=False,
        help_text=_("Interest → weight 0..3; interests: ") + ", ".join(planner.INTERESTS),
    )
    must_see = serializers.ListField(
        child=serializers.CharField(),
        required=False,
        help_text=_("Stop ids such as place:tha-li/kaeng-ton or offering:bo-tan/weaving-workshop"),
    )
    party = serializers.IntegerField(min_value=1, max_value=services.MAX_PARTY, default=2)
    budget = serializers.DecimalField(max_digits=14, decimal_places=2, required=False)
    currency = serializers.ChoiceField(choices=list(services.CURRENCIES), required=False)
    seed = serializers.IntegerField(min_value=0, default=0)


class PlanReasonSerializer(serializers.Serializer):
    code = serializers.CharField()
    params = serializers.DictField(required=False)
    message = serializers.CharField()


class PlanMoneySerializer(serializers.Serializer):
    amount = serializers.CharField()
    currency = serializers.CharField()


class PlanStopSerializer(serializers.Serializer):
    stop = serializers.CharField()
    name = serializers.CharField()
    kind = serializers.CharField()
    community = serializers.CharField()
    lat = serializers.FloatField()
    lng = serializers.FloatField()
    arrive = serializers.CharField()
    start = serializers.CharField()
    leave = serializers.CharField()
    travel_minutes = serializers.IntegerField()
    travel_metres = serializers.IntegerField()
    meal = serializers.CharField()
    bookable = serializers.BooleanField()
    book_at = serializers.CharField(allow_null=True)
    price = PlanMoneySerializer(allow_null=True)
    price_local = PlanMoneySerializer(allow_null=True)
    reasons = PlanReasonSerializer(many=True)


class PlanDaySerializer(serializers.Serializer):
    date = serializers.DateField()
    start = serializers.CharField()
    end = serializers.CharField()
    crossing = serializers.BooleanField()
    stops = PlanStopSerializer(many=True)
    back = serializers.CharField()
    night = PlanStopSerializer(allow_null=True)


class PlanMissingSerializer(serializers.Serializer):
    stop = serializers.CharField()
    name = serializers.CharField()
    reasons = PlanReasonSerializer(many=True)


class PlanSerializer(serializers.Serializer):
    token = serializers.CharField()
    url = serializers.URLField()
    geojson = serializers.URLField()
    language = serializers.CharField()
    inputs = serializers.DictField()
    score = serializers.IntegerField()
    cost = PlanMoneySerializer()
    days = PlanDaySerializer(many=True)
    missing = PlanMissingSerializer(many=True)
    warnings = PlanReasonSerializer(many=True)
    seconds = serializers.FloatField()


def _with_messages(reasons: list[dict]) -> list[dict]:
    return [{**r, "message": reason_message(r)} for r in reasons]


def plan_data(request, trip: TripPlan) -> dict:
    result = trip.result
    names = services.names_now(trip)

    def stop(s: dict | None) -> dict | None:
        if s is None:
            return None
        return {
            **s,
            "name": names.get(s["stop"], s["name"]),
            "reasons": _with_messages(s["reasons"]),
        }

    return {
        "token": trip.token,
        "url": request.build_absolute_uri(trip.get_absolute_url()),
        "geojson": request.build_absolute_uri(reverse("routing:plan_geojson", args=[trip.token])),
        "language": trip.language,
        "inputs": trip.inputs,
        "score": result["score"],
        "cost": result["cost"],
        "days": [
            {**d, "stops": [stop(s) for s in d["stops"]], "night": stop(d["night"])}
            for d in result["days"]
        ],
        "missing": [
            {**m, "name": names.get(m["stop"], m["name"]), "reasons": _with_messages(m["reasons"])}
            for m in result["missing"]
        ],
        "warnings": _with_messages(result["warnings"]),
        "seconds": result["seconds"],
    }


class PlanApiView(APIView):
    permission_classes = [AllowAny]
    parser_classes = [JSONParser]

    def get_exception_handler(self):
        return exception_handler


class PlanCreate(PlanApiView):
    throttle_classes = [PlanThrottle]

    @extend_schema(
        operation_id="plans_create",
        summary=_("Plan a trip and save it (anyone; a few a minute)"),
        description=_(
            "Chooses and orders the stops that best match the interests within each day's "
            "hours, with lunch at a meal provider, nights at homestays and the border "
            "checkpoint on a day that crosses. Answers in about two seconds. Error codes: "
        )
        + ", ".join(sorted(ERRORS)),
        tags=["plans"],
        request=PlanRequestSerializer,
        examples=[
            OpenApiExample(
                "Two days from Tha Li to Bo Tan",
                value={
                    "start_date": "2027-01-04",
                    "days": [
                        {"start": "08:00", "end": "17:00"},
                        {"start": "08:00", "end": "17:00"},
                    ],
                    "start_community": "tha-li",
                    "end_community": "bo-tan",
                    "pace": "normal",
                    "interests": {"nature": 2, "temples": 1},
                    "must_see": ["place:tha-li/kaeng-ton"],
                    "party": 2,
                    "budget": "5000",
                    "currency": "THB",
                },
                request_only=True,
            )
        ],
        responses={
            201: PlanSerializer,
            400: OpenApiResponse(ErrorSerializer, description=", ".join(sorted(ERRORS))),
            429: OpenApiResponse(ErrorSerializer, description="throttled"),
        },
    )
    def post(self, request):
        if not isinstance(request.data, dict):
            raise ApiError("invalid_inputs", error_message("invalid_inputs"))
        try:
            trip = services.make_plan(
                dict(request.data), language=get_language(), owner=person_of(request)
            )
        except PlanError as error:
            raise ApiError(
                error.code, error_message(error.code, error.params), details=error.params or None
            ) from None
        return Response(plan_data(request, trip), status=status.HTTP_201_CREATED)


class PlanDetail(PlanApiView):
    @extend_schema(
        operation_id="plans_read",
        summary=_("Read a saved plan by its token"),
        tags=["plans"],
        responses={
            200: PlanSerializer,
            404: OpenApiResponse(ErrorSerializer, description="not_found"),
        },
    )
    def get(self, request, token: str):
        trip = TripPlan.objects.filter(token=token).first()
        if trip is None:
            raise exceptions.NotFound(_("There is no plan with this token."))
        return Response(plan_data(request, trip))
