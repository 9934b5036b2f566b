"""Routes in the platform API (/api/v1/): published routes with their timeline, for anyone.

A community's managers (their key or their session) also read its unpublished routes.
Texts are in the request's language (Accept-Language), with every language under
`translations`.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import exceptions, serializers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from chumchon.api.permissions import may_manage
from chumchon.api.serializers import ErrorSerializer
from chumchon.api.views import ApiView
from chumchon.communities.models import Community
from chumchon.routes.models import LegSource, Route, TravelMode
from chumchon.routes.timeline import DayTimeline, Waypoint, route_timeline

LANGS = [code for code, _name in settings.LANGUAGES]
SOURCES = [*LegSource.values, ""]


class WaypointSerializer(serializers.Serializer):
    place_id = serializers.IntegerField()
    name = serializers.CharField()
    latitude = serializers.FloatField()
    longitude = serializers.FloatField()
    category = serializers.CharField()


class WarningSerializer(serializers.Serializer):
    code = serializers.ChoiceField(
        choices=[
            "closed",
            "closes_during_visit",
            "late",
            "runs_past_end",
            "no_place",
            "not_public",
        ]
    )
    message = serializers.CharField(help_text=_("In the request's language."))
    stop_number = serializers.IntegerField(allow_null=True)


@extend_schema_field(
    {"type": "string", "pattern": r"^([01][0-9]|2[0-3]):[0-5][0-9]$", "example": "09:30"}
)
class ClockField(serializers.TimeField):
    """A local time of day as HH:MM (not OpenAPI's "time" format, which wants seconds and
    an offset that a route's clock times do not have)."""

    def __init__(self, **kwargs):
        super().__init__(format="%H:%M", **kwargs)


class StopSerializer(serializers.Serializer):
    number = serializers.IntegerField(help_text=_("1, 2, ... across the whole route (the map)."))
    position = serializers.IntegerField(help_text=_("1, 2, ... within the day."))
    name = serializers.CharField()
    place_id = serializers.IntegerField()
    place_name = serializers.CharField()
    latitude = serializers.FloatField()
    longitude = serializers.FloatField()
    category = serializers.CharField()
    offering_id = serializers.IntegerField(allow_null=True)
    offering_kind = serializers.CharField(allow_blank=True)
    arrive = ClockField()
    depart = ClockField()
    stay_minutes = serializers.IntegerField()
    wait_minutes = serializers.IntegerField()
    leg_mode = serializers.ChoiceField(choices=TravelMode.values)
    leg_minutes = serializers.IntegerField()
    leg_metres = serializers.IntegerField()
    leg_source = serializers.ChoiceField(
        choices=SOURCES, help_text=_("Empty for a first stop with no start place.")
    )
    note = serializers.CharField(allow_blank=True)
    warnings = WarningSerializer(many=True)


# The timeline's own attributes, read straight into the answer.
STOP_FIELDS = [name for name in StopSerializer._declared_fields if name != "warnings"]


class EndLegSerializer(serializers.Serializer):
    # Plain strings: the same values as a stop's leg_mode and leg_source.
    mode = serializers.CharField(help_text=_("walk, bicycle, car or boat"))
    minutes = serializers.IntegerField()
    metres = serializers.IntegerField()
    source = serializers.CharField(help_text=_("override, osrm or estimate"))
    arrive = ClockField()


class DaySerializer(serializers.Serializer):
    number = serializers.IntegerField()
    title = serializers.CharField(allow_blank=True)
    starts_at = ClockField()
    ends_at = ClockField()
    finishes_at = ClockField()
    start = WaypointSerializer(allow_null=True)
    end = WaypointSerializer(allow_null=True)
    stops = StopSerializer(many=True)
    end_leg = EndLegSerializer(allow_null=True)
    travel_minutes = serializers.IntegerField()
    travel_metres = serializers.IntegerField()
    warnings = WarningSerializer(many=True)


class RouteTextSerializer(serializers.Serializer):
    title = serializers.CharField(allow_blank=True)
    summary = serializers.CharField(allow_blank=True)
    story = serializers.CharField(allow_blank=True)


class RouteSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    community = serializers.SlugField()
    title = serializers.CharField()
    summary = serializers.CharField(allow_blank=True)
    story = serializers.CharField(allow_blank=True)
    translations = serializers.DictField(
        child=RouteTextSerializer(), help_text=_("The texts in each language: th, lo, en.")
    )
    is_published = serializers.BooleanField()
    cross_border = serializers.BooleanField()
    url = serializers.URLField(help_text=_("The route's public page."))
    geojson_url = serializers.URLField()
    updated = serializers.DateTimeField()
    days = DaySerializer(many=True)


def _waypoint(w: Waypoint | None) -> dict | None:
    if w is None:
        return None
    return {
        "place_id": w.place_id,
        "name": w.name,
        "latitude": w.latitude,
        "longitude": w.longitude,
        "category": w.category,
    }


def _warnings(warnings) -> list[dict]:
    return [{"code": w.code, "message": w.message, "stop_number": w.stop_number} for w in warnings]


def _day(day: DayTimeline) -> dict:
    end_leg = day.end_leg
    return {
        "number": day.number,
        "title": day.title,
        "starts_at": day.starts_at,
        "ends_at": day.ends_at,
        "finishes_at": day.finishes_at,
        "start": _waypoint(day.start),
        "end": _waypoint(day.end),
        "stops": [
            {
                **{name: getattr(s, name) for name in STOP_FIELDS},
                "warnings": _warnings(s.warnings),
            }
            for s in day.stops
        ],
        "end_leg": None
        if end_leg is None
        else {
            "mode": end_leg.mode,
            "minutes": end_leg.minutes,
            "metres": end_leg.metres,
            "source": end_leg.source,
            "arrive": end_leg.arrive,
        },
        "travel_minutes": day.travel_minutes,
        "travel_metres": day.travel_metres,
        "warnings": _warnings(day.warnings),
    }


def route_data(request, route: Route) -> dict:
    return {
        "id": route.pk,
        "slug": route.slug,
        "community": route.community.slug,
        "title": route.title,
        "summary": route.summary,
        "story": route.story,
        "translations": {
            lang: {
                "title": getattr(route, f"title_{lang}") or "",
                "summary": getattr(route, f"summary_{lang}") or "",
                "story": getattr(route, f"story_{lang}") or "",
            }
            for lang in LANGS
        },
        "is_published": route.is_published,
        "cross_border": route.cross_border,
        "url": request.build_absolute_uri(route.get_absolute_url()),
        "geojson_url": request.build_absolute_uri(route.get_geojson_url()),
        "updated": route.updated,
        "days": [_day(d) for d in route_timeline(route)],
    }


def _visible(request, community: Community, queryset):
    if may_manage(request, community):
        return queryset
    return queryset.filter(is_published=True)


class PublicApiView(ApiView):
    permission_classes = [AllowAny]


class CommunityRoutes(PublicApiView):
    @extend_schema(
        operation_id="community_routes_list",
        summary=_("List a community's published routes with their day-by-day timeline"),
        tags=["routes"],
        responses={200: RouteSerializer(many=True), 404: ErrorSerializer},
    )
    def get(self, request, slug: str):
        community = Community.objects.filter(slug=slug).first()
        if community is None or not (community.is_published or may_manage(request, community)):
            raise exceptions.NotFound(_("There is no community with this name."))
        routes = _visible(request, community, community.routes.order_by("slug"))
        data = []
        for route in routes:
            route.community = community
            data.append(route_data(request, route))
        return Response(RouteSerializer(data, many=True).data)


class RouteDetail(PublicApiView):
    @extend_schema(
        operation_id="route_read",
        summary=_("A route with its days, stops, legs and warnings"),
        tags=["routes"],
        responses={200: RouteSerializer, 404: ErrorSerializer},
    )
    def get(self, request, route_id: int):
        route = Route.objects.select_related("community").filter(pk=route_id).first()
        if route is None or not (
            (route.is_published and route.community.is_published)
            or may_manage(request, route.community)
        ):
            raise exceptions.NotFound(_("There is no route with this id."))
        return Response(RouteSerializer(route_data(request, route)).data)
