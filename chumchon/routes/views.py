"""The visitor's side of routes: the route page with its map, its GeoJSON, and booking it."""

from __future__ import annotations

import secrets

from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from chumchon.bookings.errors import BookingError
from chumchon.bookings.models import Booking
from chumchon.catalog.models import OfferingKind
from chumchon.catalog.services import starting_price
from chumchon.communities.models import Community
from chumchon.places.models import PlaceCategory
from chumchon.routes.forms import DateCheckForm, RouteBookingForm
from chumchon.routes.geojson import route_collection
from chumchon.routes.itinerary import itinerary_pdf, sketch_of
from chumchon.routes.models import Route, RouteStop
from chumchon.routes.services import book_route, check_package, package_totals, route_timeline

BOOKED = "route_bookings"  # session: the bookings a route booking just made


def _published_route(slug: str, route_slug: str) -> Route:
    community = get_object_or_404(
        Community.objects.select_related("country"), slug=slug, is_published=True
    )
    route = get_object_or_404(community.routes, slug=route_slug, is_published=True)
    route.community = community
    return route


def published_routes(community: Community):
    return community.routes.filter(is_published=True).prefetch_related("days")


def route_context(route: Route, days) -> dict:
    """What the public page and the coordinator's preview both show."""
    stops = list(
        RouteStop.objects.filter(day__route=route)
        .select_related("offering__community", "place", "offering__place")
        .prefetch_related("offering__price_tiers")
        .order_by("day__number", "position", "id")
    )
    package = []
    seen = set()
    for stop in stops:
        offering = stop.offering
        if offering is None or offering.kind == OfferingKind.PRODUCT or offering.pk in seen:
            continue
        seen.add(offering.pk)
        package.append((offering, starting_price(offering), stop.day.number))
    borders = {
        stop.location.pk: stop.location
        for stop in stops
        if stop.location is not None and stop.location.category == PlaceCategory.BORDER
    }
    return {
        "route": route,
        "community": route.community,
        "days": days,
        "map_data": route_collection(route, days),
        "sketch": sketch_of(days),  # the map without JavaScript (and in the PDF)
        "package": package,
        "border_places": list(borders.values()),
        "communities": sorted(
            {o.community for o, _price, _day in package}, key=lambda c: c.pk != route.community_id
        ),
    }


@require_http_methods(["GET", "POST"])
def detail(request, slug, route_slug):
    route = _published_route(slug, route_slug)
    # ?date=…&adults=…: lay the route on that date and check every offering's places.
    check_form = DateCheckForm(request.GET if "date" in request.GET else None, auto_id="check-%s")
    on, checks, totals, initial = None, None, [], {}
    if check_form.is_valid():
        on = check_form.cleaned_data["date"]
        party = check_form.party()
        checks = check_package(route, on, party)
        totals = package_totals(checks)
        initial = {"first_day": on, "adults": party.adults, "children": party.children}
    form = RouteBookingForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            bookings = book_route(
                route,
                form.cleaned_data["first_day"],
                form.party(),
                form.contact(),
                created_by=request.user,
            )
        except BookingError as err:
            form.add_error(None, err.message)
        else:
            if len(bookings) == 1:
                return redirect(bookings[0].get_absolute_url())
            request.session[BOOKED] = [[b.reference, b.token] for b in bookings]
            return redirect("routes:booked", route.community.slug, route.slug)
    context = route_context(route, route_timeline(route, on=on))
    context.update(form=form, check_form=check_form, checks=checks, totals=totals, on=on)
    return render(request, "routes/detail.html", context)


def booked(request, slug, route_slug):
    """A cross-border route makes one booking per community: links to each."""
    route = _published_route(slug, route_slug)
    entries = [e for e in request.session.get(BOOKED, []) if isinstance(e, list) and len(e) == 2]
    found = {
        b.reference: b
        for b in Booking.objects.filter(reference__in=[e[0] for e in entries]).select_related(
            "community"
        )
    }
    bookings = [
        found[ref]
        for ref, token in entries
        if ref in found and secrets.compare_digest(found[ref].token, token)
    ]
    if not bookings:
        return redirect(route.get_absolute_url())
    return render(
        request,
        "routes/booked.html",
        {"route": route, "community": route.community, "bookings": bookings},
    )


def itinerary(request, slug, route_slug):
    """The printable itinerary in the visitor's language; ?date= lays it on real dates."""
    route = _published_route(slug, route_slug)
    form = DateCheckForm(request.GET if "date" in request.GET else None)
    on = form.cleaned_data["date"] if form.is_valid() else None
    pdf = itinerary_pdf(route, get_language(), on)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{route.slug}.pdf"'
    return response


def geojson(request, slug, route_slug):
    route = _published_route(slug, route_slug)
    return JsonResponse(
        route_collection(route, route_timeline(route)), content_type="application/geo+json"
    )


def community_routes(request, slug):
    community = get_object_or_404(Community, slug=slug, is_published=True)
    return render(
        request,
        "routes/list.html",
        {"community": community, "routes": published_routes(community)},
    )
