"""What search engines and chat apps read from a public page.

schema.org JSON-LD, Open Graph / Twitter tags and language alternates, built from
the same rows the page shows, so they never say something the page does not.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.urls import translate_url
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from chumchon.bookings.voucher import site_url
from chumchon.money import Money

SCHEMA = "https://schema.org"
OG_LOCALES = {"th": "th_TH", "lo": "lo_LA", "en": "en_US"}
EVENT_DAYS = 28  # activity dates announced as Events: the coming four weeks
EVENT_LIMIT = 20


def languages() -> list[str]:
    return [code for code, _ in settings.LANGUAGES]


def absolute(path: str) -> str:
    return path if path.startswith(("http://", "https://")) else site_url(path)


def alternates(path: str) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) for each language, then x-default (the default language)."""
    links = [(code, absolute(translate_url(path, code))) for code in languages()]
    default = dict(links).get(settings.LANGUAGE_CODE, links[0][1])
    return [*links, ("x-default", default)]


def short(text: str, words: int = 40) -> str:
    return Truncator(" ".join(strip_tags(text or "").split())).words(words)


@dataclass
class PageMeta:
    """Everything the <head> says about a page, besides its <title>."""

    title: str
    description: str = ""
    image: str = ""  # absolute URL of the share card
    image_alt: str = ""
    kind: str = "website"  # og:type
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    noindex: bool = False


def _without_empty(value: Any) -> Any:
    """Leave out empty texts and lists: search engines read "" as a claim."""
    if isinstance(value, dict):
        return {k: _without_empty(v) for k, v in value.items() if v not in ("", [], None)}
    if isinstance(value, list):
        return [_without_empty(v) for v in value]
    return value


def jsonld_script(data: list[dict[str, Any]] | dict[str, Any]) -> SafeString:
    """The JSON for a <script type="application/ld+json">, safe inside HTML."""
    text = json.dumps(_without_empty(data), ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    return mark_safe(text)  # noqa: S308 - every <, > and & is escaped above


# --- schema.org ------------------------------------------------------------------------


def _address(community) -> dict[str, Any]:
    return {
        "@type": "PostalAddress",
        "addressLocality": community.district,
        "addressRegion": community.province,
        "addressCountry": community.country_id,
    }


def _geo(latitude, longitude) -> dict[str, Any]:
    return {"@type": "GeoCoordinates", "latitude": float(latitude), "longitude": float(longitude)}


def _images(subject) -> list[str]:
    return [absolute(photo.get_absolute_url()) for photo in subject.photos.all()[:6]]


def _organization(community) -> dict[str, Any]:
    data = {
        "@type": "Organization",
        "@id": absolute(community.get_absolute_url()) + "#organization",
        "name": community.name,
        "url": absolute(community.get_absolute_url()),
        "telephone": community.contact_phone,
        "address": _address(community),
    }
    if community.contact_email:
        data["email"] = community.contact_email
    return data


def _aggregate(summary) -> dict[str, Any] | None:
    if not summary or not summary.count:
        return None
    return {
        "@type": "AggregateRating",
        "ratingValue": str(summary.average),
        "reviewCount": summary.count,
        "bestRating": 5,
        "worstRating": 1,
    }


def _reviews(reviews, offering=None) -> list[dict[str, Any]]:
    result = []
    for review in reviews[:5]:
        stars = review.rating
        if offering is not None:
            stars = next(
                (r.rating for r in review.offering_ratings.all() if r.offering_id == offering.pk),
                review.rating,
            )
        result.append(
            {
                "@type": "Review",
                "author": {"@type": "Person", "name": review.reviewer_name},
                "datePublished": timezone.localtime(review.created_at).date().isoformat(),
                "reviewRating": {"@type": "Rating", "ratingValue": stars, "bestRating": 5},
                "reviewBody": review.text,
                "inLanguage": review.language,
            }
        )
    return result


def community_jsonld(community, places, rating, reviews) -> list[dict[str, Any]]:
    """A TouristDestination (the place people travel to) and the community's Organization."""
    url = absolute(community.get_absolute_url())
    destination: dict[str, Any] = {
        "@context": SCHEMA,
        "@type": "TouristDestination",
        "@id": url + "#destination",
        "name": community.name,
        "description": short(community.tagline or community.story),
        "url": url,
        "inLanguage": translation.get_language(),
        "geo": _geo(community.latitude, community.longitude),
        "address": _address(community),
        "touristType": "Community-based tourism",
        "includesAttraction": [
            {
                "@type": "TouristAttraction",
                "name": place.name,
                "url": absolute(place.get_absolute_url()),
                "geo": _geo(place.latitude, place.longitude),
            }
            for place in places
        ],
    }
    images = _images(community)
    if images:
        destination["image"] = images
    organization = {"@context": SCHEMA, **_organization(community)}
    if images:
        organization["logo"] = images[0]
    aggregate = _aggregate(rating)
    if aggregate:
        organization["aggregateRating"] = aggregate
        organization["review"] = _reviews(reviews)
    return [destination, organization]


def _offers(offering, tiers, url: str, availability: str = "InStock") -> list[dict[str, Any]]:
    return [
        {
            "@type": "Offer",
            "name": str(tier.get_kind_display()),
            "price": str(Money.rounded(tier.amount, offering.community.currency_id).amount),
            "priceCurrency": offering.community.currency_id,
            "availability": f"{SCHEMA}/{availability}",
            "url": url,
        }
        for tier in tiers
    ]


def offering_jsonld(offering, rating, reviews, now: dt.datetime | None = None) -> list[dict]:
    """A Product with its prices and ratings; a LodgingBusiness for a homestay room;
    an Event for each bookable date of an activity in the coming weeks."""
    from chumchon.catalog.models import OfferingKind

    community = offering.community
    url = absolute(offering.get_absolute_url())
    tiers = list(offering.price_tiers.all())
    images = _images(offering)
    description = short(offering.summary or offering.description)
    product: dict[str, Any] = {
        "@context": SCHEMA,
        "@type": "Product",
        "@id": url + "#product",
        "name": offering.title,
        "description": description,
        "url": url,
        "sku": f"{community.slug}/{offering.slug}",
        "category": str(offering.get_kind_display()),
        "brand": {"@type": "Brand", "name": community.name},
        "offers": _offers(offering, tiers, url),
    }
    if images:
        product["image"] = images
    aggregate = _aggregate(rating)
    if aggregate:
        product["aggregateRating"] = aggregate
        product["review"] = _reviews(reviews, offering)
    result = [product]
    place = offering.place
    latitude, longitude = (
        (place.latitude, place.longitude) if place else (community.latitude, community.longitude)
    )
    if offering.kind == OfferingKind.HOMESTAY:
        lodging: dict[str, Any] = {
            "@context": SCHEMA,
            "@type": "LodgingBusiness",
            "@id": url + "#lodging",
            "name": f"{offering.title} · {community.name}",
            "description": description,
            "url": url,
            "telephone": community.contact_phone,
            "address": _address(community),
            "geo": _geo(latitude, longitude),
            "parentOrganization": {"@id": absolute(community.get_absolute_url()) + "#organization"},
        }
        if tiers:
            low = min(tiers, key=lambda t: t.amount)
            lodging["priceRange"] = Money(low.amount, community.currency_id).format(
                translation.get_language() or "en"
            )
        if images:
            lodging["image"] = images
        if aggregate:
            lodging["aggregateRating"] = aggregate
        result.append(lodging)
    elif offering.kind in (OfferingKind.ACTIVITY, OfferingKind.MEAL):
        result.extend(_events(offering, tiers, url, images, latitude, longitude, now))
    return result


def _events(offering, tiers, url, images, latitude, longitude, now) -> list[dict[str, Any]]:
    from chumchon.bookings.availability import slots_between

    now = now or timezone.now()
    today = timezone.localdate(now)
    community = offering.community
    place = offering.place
    location = {
        "@type": "Place",
        "name": place.name if place else community.name,
        "address": _address(community),
        "geo": _geo(latitude, longitude),
    }
    events = []
    for entry in slots_between(offering, today, today + dt.timedelta(days=EVENT_DAYS), now):
        if entry.closed:
            continue
        if entry.remaining == 0:
            availability = "SoldOut"
        elif entry.remaining <= 2:
            availability = "LimitedAvailability"
        else:
            availability = "InStock"
        slot = entry.slot
        event: dict[str, Any] = {
            "@context": SCHEMA,
            "@type": "Event",
            "name": offering.title,
            "description": short(offering.summary or offering.description),
            "url": url,
            "startDate": timezone.localtime(slot.starts_at).isoformat(),
            "endDate": timezone.localtime(slot.ends_at).isoformat(),
            "eventStatus": f"{SCHEMA}/EventScheduled",
            "eventAttendanceMode": f"{SCHEMA}/OfflineEventAttendanceMode",
            "location": location,
            "organizer": {
                "@type": "Organization",
                "name": community.name,
                "url": absolute(community.get_absolute_url()),
            },
            "maximumAttendeeCapacity": slot.capacity,
            "remainingAttendeeCapacity": entry.remaining,
            "offers": _offers(offering, tiers, url, availability),
        }
        if images:
            event["image"] = images
        events.append(event)
        if len(events) >= EVENT_LIMIT:
            break
    return events


def place_jsonld(place) -> list[dict[str, Any]]:
    data: dict[str, Any] = {
        "@context": SCHEMA,
        "@type": "TouristAttraction",
        "name": place.name,
        "description": short(place.summary or place.description),
        "url": absolute(place.get_absolute_url()),
        "geo": _geo(place.latitude, place.longitude),
        "address": _address(place.community),
    }
    images = _images(place)
    if images:
        data["image"] = images
    return [data]


def route_jsonld(route, stops, offers) -> list[dict[str, Any]]:
    """A TouristTrip: its days as sub-trips, each with its stops in order as the itinerary.

    `stops`: the route's stops in day and position order (with place and offering);
    `offers`: (offering, starting price) of what the route's package books.
    """
    community = route.community
    url = absolute(route.get_absolute_url())

    def attraction(stop) -> dict[str, Any]:
        place = stop.location
        item: dict[str, Any] = {"@type": "TouristAttraction", "name": stop.name}
        if place is not None:
            item["url"] = absolute(place.get_absolute_url())
            item["geo"] = _geo(place.latitude, place.longitude)
        return item

    def item_list(entries) -> dict[str, Any]:
        return {
            "@type": "ItemList",
            "numberOfItems": len(entries),
            "itemListElement": [
                {"@type": "ListItem", "position": n, "item": attraction(stop)}
                for n, stop in enumerate(entries, start=1)
            ],
        }

    days: dict[int, list] = {}
    titles: dict[int, str] = {}
    for stop in stops:
        days.setdefault(stop.day.number, []).append(stop)
        titles[stop.day.number] = stop.day.title
    trip: dict[str, Any] = {
        "@context": SCHEMA,
        "@type": "TouristTrip",
        "@id": url + "#trip",
        "name": route.title,
        "description": short(route.summary or route.story),
        "url": url,
        "inLanguage": translation.get_language(),
        "touristType": "Community-based tourism",
        "provider": _organization(community),
        "itinerary": item_list(stops),
    }
    if len(days) > 1:
        trip["subTrip"] = [
            {
                "@type": "TouristTrip",
                "name": f"{number}. {titles[number]}" if titles[number] else str(number),
                "itinerary": item_list(entries),
            }
            for number, entries in sorted(days.items())
        ]
    priced = [
        {
            "@type": "Offer",
            "name": offering.title,
            "price": str(price.amount),
            "priceCurrency": price.currency,
            "url": absolute(offering.get_absolute_url()),
        }
        for offering, price in offers
        if price is not None
    ]
    if priced:
        trip["offers"] = priced
    return [trip]
