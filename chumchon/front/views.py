from decimal import Decimal, InvalidOperation

from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from chumchon.catalog.models import OfferingKind, SpokenLanguage
from chumchon.catalog.pricing import Tiers
from chumchon.catalog.services import (
    OfferingFilter,
    filter_offerings,
    group_by_kind,
    published_offerings,
    starting_price,
)
from chumchon.communities.models import Community
from chumchon.communities.services import approximations
from chumchon.marketing.services import ratings_for
from chumchon.places.geojson import places_collection
from chumchon.places.models import Weekday


def _published_community(slug: str) -> Community:
    return get_object_or_404(
        Community.objects.select_related("country", "currency"), slug=slug, is_published=True
    )


def _published_places(community: Community):
    return community.places.filter(is_published=True).prefetch_related(
        "opening_hours", "opening_exceptions"
    )


def home(request):
    communities = Community.objects.filter(is_published=True).select_related("country")
    return render(request, "front/home.html", {"communities": communities})


def community(request, slug):
    community = _published_community(slug)
    places = list(_published_places(community))
    offerings = list(published_offerings().filter(community=community))
    for offering in offerings:
        offering.from_price = starting_price(offering)
    return render(
        request,
        "front/community.html",
        {
            "community": community,
            "places": places,
            "offering_groups": group_by_kind(offerings),
            "offering_ratings": ratings_for(offerings),
            "map_data": places_collection(places),
        },
    )


def community_geojson(request, slug):
    community = _published_community(slug)
    return JsonResponse(
        places_collection(_published_places(community)), content_type="application/geo+json"
    )


def place(request, slug, place_slug):
    community = _published_community(slug)
    place = get_object_or_404(_published_places(community), slug=place_slug)
    today = timezone.localdate()
    week = [
        (label, [h for h in place.opening_hours.all() if h.weekday == day])
        for day, label in Weekday.choices
    ]
    upcoming_exceptions = [e for e in place.opening_exceptions.all() if e.date >= today]
    return render(
        request,
        "front/place.html",
        {
            "community": community,
            "place": place,
            "week": week,
            "today_hours": place.hours_on(today),
            "upcoming_exceptions": upcoming_exceptions,
            "offerings": published_offerings().filter(place=place),
            "map_data": places_collection([place]),
        },
    )


def offering(request, slug, offering_slug):
    community = _published_community(slug)
    offering = get_object_or_404(
        published_offerings().filter(community=community).prefetch_related("menu_items"),
        slug=offering_slug,
    )
    tiers = list(offering.price_tiers.all())
    prices = [(tier, tier.price, approximations(tier.price)) for tier in tiers]
    return render(
        request,
        "front/offering.html",
        {
            "community": community,
            "offering": offering,
            "prices": prices,
            "tiers": Tiers.of(offering),
            "provider_count": offering.providers.count(),
            "map_data": places_collection([offering.place]) if offering.place else None,
        },
    )


def offerings(request):
    params = request.GET
    errors = []
    max_price = None
    if params.get("max_price"):
        try:
            max_price = Decimal(params["max_price"])
            if max_price < 0 or not max_price.is_finite():
                raise InvalidOperation
        except InvalidOperation:
            errors.append("max_price")
            max_price = None
    currency = params.get("currency", "THB")
    if currency not in ("THB", "LAK", "USD"):
        currency = "THB"
    criteria = OfferingFilter(
        kind=params.get("kind", "") if params.get("kind") in OfferingKind.values else "",
        language=params.get("language", ""),
        community=params.get("community", ""),
        max_price=max_price,
        currency=currency,
    )
    results = filter_offerings(criteria)
    return render(
        request,
        "front/offerings.html",
        {
            "results": results,
            "offering_ratings": ratings_for(results),
            "criteria": criteria,
            "errors": errors,
            "kinds": OfferingKind.choices,
            "languages": SpokenLanguage.objects.all(),
            "communities": Community.objects.filter(is_published=True),
            "currencies": ("THB", "LAK", "USD"),
        },
    )
