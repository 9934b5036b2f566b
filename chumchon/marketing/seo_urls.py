"""sitemap.xml and robots.txt: at the site's root, without a language prefix."""

from django.contrib.sitemaps.views import sitemap
from django.http import HttpResponse
from django.urls import path

from chumchon.bookings.voucher import site_url
from chumchon.marketing.sitemaps import SITEMAPS


def robots(request):
    lines = [
        "User-agent: *",
        # Private pages: bookings carry a secret in their links, staff pages need a sign-in.
        *(
            f"Disallow: /{code}/{part}/"
            for code in ("th", "lo", "en")
            for part in ("bookings", "manage", "review", "accounts", "admin")
        ),
        "",
        f"Sitemap: {site_url('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


urlpatterns = [
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", robots, name="robots"),
]
