"""Template tags for the <head> of public pages (SEO, share previews), highlights and reviews."""

from __future__ import annotations

from django import template
from django.urls import reverse
from django.utils import translation

from chumchon.marketing import seo, services

register = template.Library()


def _meta_context(context, meta: seo.PageMeta) -> dict:
    request = context.get("request")
    path = request.path if request is not None else "/"
    language = translation.get_language() or "en"
    return {
        "meta": meta,
        "canonical": seo.absolute(path),
        "alternates": seo.alternates(path),
        "og_locale": seo.OG_LOCALES.get(language, "en_US"),
        "og_alternates": [v for k, v in seo.OG_LOCALES.items() if k != language],
        "jsonld": seo.jsonld_script(meta.jsonld) if meta.jsonld else "",
        "SITE_NAME": context.get("SITE_NAME", "Chumchon"),
    }


@register.inclusion_tag("marketing/_meta.html", takes_context=True)
def page_meta(context, title: str = "", description: str = ""):
    """Canonical, hreflang (th/lo/en, x-default) and Open Graph tags for any page."""
    return _meta_context(context, seo.PageMeta(title=title, description=description))


@register.inclusion_tag("marketing/_meta.html", takes_context=True)
def community_meta(context, community, places=()):
    rating = services.community_rating(community)
    reviews = list(services.public_reviews(community=community)[:5])
    meta = seo.PageMeta(
        title=community.name,
        description=seo.short(community.tagline or community.story, 30),
        image=seo.absolute(reverse("marketing:community_card", args=[community.slug])),
        image_alt=community.name,
        jsonld=seo.community_jsonld(community, places, rating, reviews),
    )
    return _meta_context(context, meta)


@register.inclusion_tag("marketing/_meta.html", takes_context=True)
def offering_meta(context, offering):
    rating = services.offering_rating(offering)
    reviews = list(services.public_reviews(offering=offering)[:5])
    meta = seo.PageMeta(
        title=f"{offering.title} · {offering.community.name}",
        description=seo.short(offering.summary or offering.description, 30),
        image=seo.absolute(
            reverse("marketing:offering_card", args=[offering.community.slug, offering.slug])
        ),
        image_alt=offering.title,
        kind="product",
        jsonld=seo.offering_jsonld(offering, rating, reviews),
    )
    return _meta_context(context, meta)


@register.inclusion_tag("marketing/_meta.html", takes_context=True)
def place_meta(context, place):
    community = place.community
    meta = seo.PageMeta(
        title=f"{place.name} · {community.name}",
        description=seo.short(place.summary or place.description, 30),
        image=seo.absolute(reverse("marketing:community_card", args=[community.slug])),
        image_alt=community.name,
        jsonld=seo.place_jsonld(place),
    )
    return _meta_context(context, meta)


def route_parts(route) -> tuple[list, list]:
    """The route's stops in order, and (offering, starting price) of what it books."""
    from chumchon.catalog.models import OfferingKind
    from chumchon.catalog.services import starting_price
    from chumchon.routes.models import RouteStop

    stops = list(
        RouteStop.objects.filter(day__route=route)
        .select_related("day", "place", "offering__place", "offering__community")
        .prefetch_related("offering__price_tiers")
        .order_by("day__number", "position", "id")
    )
    offers, seen = [], set()
    for stop in stops:
        offering = stop.offering
        if offering is None or offering.kind == OfferingKind.PRODUCT or offering.pk in seen:
            continue
        seen.add(offering.pk)
        offers.append((offering, starting_price(offering)))
    return stops, offers


@register.inclusion_tag("marketing/_meta.html", takes_context=True)
def route_meta(context, route):
    stops, offers = route_parts(route)
    meta = seo.PageMeta(
        title=f"{route.title} · {route.community.name}",
        description=seo.short(route.summary or route.story, 30),
        image=seo.absolute(
            reverse("marketing:route_card", args=[route.community.slug, route.slug])
        ),
        image_alt=route.title,
        jsonld=seo.route_jsonld(route, stops, offers),
    )
    meta.jsonld[0]["image"] = meta.image
    return _meta_context(context, meta)


@register.inclusion_tag("marketing/_highlights.html")
def community_highlights(community):
    return {"highlights": list(community.highlights.all())}


@register.inclusion_tag("marketing/_reviews.html")
def reviews_section(community=None, offering=None):
    if offering is not None:
        rating = services.offering_rating(offering)
        reviews = list(services.public_reviews(offering=offering)[:20])
        for review in reviews:
            review.stars = next(
                (r.rating for r in review.offering_ratings.all() if r.offering_id == offering.pk),
                review.rating,
            )
    else:
        rating = services.community_rating(community)
        reviews = list(services.public_reviews(community=community)[:20])
        for review in reviews:
            review.stars = review.rating
    return {"rating": rating, "reviews": reviews, "community": community or offering.community}


@register.inclusion_tag("marketing/_rating_badge.html", takes_context=True)
def rating_badge(context, offering):
    """★ 4.7 (12) on an offering's card; reads `offering_ratings` from the page when the
    view gave it (one query for the whole list)."""
    ratings = context.get("offering_ratings")
    if ratings is None:
        ratings = services.ratings_for([offering])
    return {"rating": ratings.get(offering.pk)}


@register.filter
def stars(value) -> str:
    """★★★★☆ for 4 (or 4.2)."""
    try:
        n = int(round(float(value)))
    except (TypeError, ValueError):
        return ""
    n = min(max(n, 0), 5)
    return "★" * n + "☆" * (5 - n)


@register.inclusion_tag("marketing/_share_links.html", takes_context=True)
def share_links(context, title: str = ""):
    """Share on LINE and Facebook: plain links, no script and no tracking until clicked."""
    from urllib.parse import quote

    request = context.get("request")
    url = seo.absolute(request.path if request is not None else "/")
    return {
        "line_url": "https://social-plugins.line.me/lineit/share?url=" + quote(url, safe=""),
        "facebook_url": "https://www.facebook.com/sharer/sharer.php?u=" + quote(url, safe=""),
        "url": url,
        "title": title,
    }
