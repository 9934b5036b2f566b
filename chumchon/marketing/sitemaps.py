"""sitemap.xml: every public page in Thai, Lao and English, each listing its alternates."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from chumchon.catalog.services import published_offerings
from chumchon.communities.models import Community
from chumchon.places.models import Place


class _I18nSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    # The same scheme and host as the pages' canonical links (settings.SITE_URL), whatever
    # host name the crawler used to ask.
    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme or "https"

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc or super().get_domain(site)


class StaticSitemap(_I18nSitemap):
    priority = 0.6
    changefreq = "weekly"

    def items(self):
        return ["front:home", "front:offerings"]

    def location(self, item):
        return reverse(item)


class CommunitySitemap(_I18nSitemap):
    priority = 0.9
    changefreq = "weekly"

    def items(self):
        return Community.objects.filter(is_published=True).order_by("slug")


class OfferingSitemap(_I18nSitemap):
    priority = 0.8
    changefreq = "daily"  # dates and places left change every day

    def items(self):
        return published_offerings().order_by("community__slug", "slug")


class PlaceSitemap(_I18nSitemap):
    priority = 0.5
    changefreq = "monthly"

    def items(self):
        return (
            Place.objects.filter(is_published=True, community__is_published=True)
            .select_related("community")
            .order_by("community__slug", "slug")
        )


class RouteSitemap(_I18nSitemap):
    priority = 0.8
    changefreq = "weekly"

    def items(self):
        from chumchon.routes.models import Route

        return (
            Route.objects.filter(is_published=True, community__is_published=True)
            .select_related("community")
            .order_by("community__slug", "slug")
        )


SITEMAPS = {
    "pages": StaticSitemap,
    "communities": CommunitySitemap,
    "offerings": OfferingSitemap,
    "places": PlaceSitemap,
    "routes": RouteSitemap,
}
