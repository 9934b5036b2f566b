from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

from chumchon.core.views import photo_file

urlpatterns = [
    path("i18n/setlang/", set_language, name="set_language"),
    # Photos are served by the platform, which decides who may see each (never /media/).
    path("photos/<int:pk>/<str:name>", photo_file, name="photo"),
    # Machine interfaces carry no language prefix.
    # Before the api app, which ends with a catch-all JSON 404.
    path("api/v1/", include("chumchon.ledger.api_urls")),
    path("api/v1/", include("chumchon.routing.api_urls")),
    path("api/v1/", include("chumchon.network.api_urls")),
    path("api/v1/", include("chumchon.routes.api_urls")),
    path("api/v1/", include("chumchon.webhooks.api_urls")),
    path("api/v1/", include("chumchon.api.urls")),
    path("octo/v1/", include("chumchon.octo.urls")),
    path("payments/", include("chumchon.payments.urls")),
    path("", include("chumchon.marketing.seo_urls")),
]

urlpatterns += i18n_patterns(
    path("", include("chumchon.front.urls")),
    path("", include("chumchon.maps.urls")),
    path("", include("chumchon.routing.urls")),
    # Public route pages (c/<slug>/routes/...) and coordinators' (manage/<slug>/routes/...).
    path("", include("chumchon.routes.urls")),
    path("", include("chumchon.marketing.urls")),
    path("bookings/", include("chumchon.bookings.urls")),
    path("accounts/", include("chumchon.accounts.urls")),
    path("", include("chumchon.ledger.urls")),
    # Before the booking pages, whose manage/<slug>/<reference>/ would match .../webhooks/.
    path("manage/", include("chumchon.webhooks.urls")),
    path("manage/", include("chumchon.dashboard.booking_urls")),
    # Participation: each app routes its own paths (manage/<slug>/..., certificates/...).
    path("", include("chumchon.governance.urls")),
    path("", include("chumchon.training.urls")),
    path("", include("chumchon.standards.urls")),
    path("", include("chumchon.network.urls")),
    path("manage/", include("chumchon.dashboard.urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=True,
)

if settings.BENCH_ENDPOINTS:
    from chumchon.api.bench import BenchInsert
    from chumchon.core.views import bench_insert

    urlpatterns.append(path("bench/insert", bench_insert))
    urlpatterns.append(path("bench/api-insert", BenchInsert.as_view()))

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
