from django.contrib import messages
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.http import FileResponse, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from chumchon.accounts.models import StaffRole
from chumchon.accounts.permissions import community_access
from chumchon.bookings.tasks import enqueue
from chumchon.communities.models import Community
from chumchon.maps import adapter, places_io, services, tasks

DEFAULT_LANG = {"th": "th+en", "lo": "lo+en", "en": "en"}


def _download(request, community, route, fmt, name):
    size = request.GET.get("size", "a4")
    # A hand-typed "lang=th+en" arrives as "th en": a plus in a query means a space.
    lang = (request.GET.get("lang") or DEFAULT_LANG.get(get_language(), "th+en")).replace(" ", "+")
    try:
        services.check_params(fmt, size, lang)
    except services.MapRequestError as exc:
        return render(
            request,
            "maps/bad_request.html",
            {"community": community, "message": str(exc)},
            status=400,
        )
    path, ready = services.cached_map(community, route, fmt, size, lang)
    if not ready:
        if fmt == "svg":  # SVG takes a fraction of a second: no queue needed
            services.render_to_cache(community, route, fmt, size, lang)
        elif cache.add(f"maps:queued:{path}", 1, timeout=120):
            # One job per poster: a visitor refreshing the page does not queue another.
            enqueue(tasks.render_map, community.pk, route.pk if route else None, fmt, size, lang)
        ready = default_storage.exists(path)
    if not ready:
        response = render(
            request, "maps/preparing.html", {"community": community, "route": route}, status=202
        )
        response["Refresh"] = "3"
        return response
    response = FileResponse(
        default_storage.open(path, "rb"),
        content_type=services.CONTENT_TYPES[fmt],
        as_attachment=fmt != "svg",
        filename=f"{name}-map-{size}-{lang.replace('+', '-')}.{fmt}",
    )
    # The URL names the parameters, not the data's version: browsers may keep a poster
    # five minutes, then ask again and get the one drawn from the current data.
    response["Cache-Control"] = "public, max-age=300"
    return response


def community_map(request, slug, fmt):
    community = get_object_or_404(Community, slug=slug, is_published=True)
    return _download(request, community, None, fmt, community.slug)


def community_background(request, slug):
    """The imported landscape under the community's places, for the live map when no
    tile server can be reached (the printed map draws the same features)."""
    community = get_object_or_404(Community, slug=slug, is_published=True)
    area = services.community_area(community)
    features = [
        {
            "type": "Feature",
            "geometry": f.geometry,
            "properties": {"kind": f.kind, "subkind": f.subkind, "name": f.name},
        }
        for f in adapter.background_for(community, area)
    ]
    response = JsonResponse(
        {"type": "FeatureCollection", "features": features}, content_type="application/geo+json"
    )
    response["Cache-Control"] = "public, max-age=3600"
    return response


def route_map(request, slug, route_slug, fmt):
    from chumchon.routes.models import Route

    community = get_object_or_404(Community, slug=slug, is_published=True)
    route = get_object_or_404(Route, community=community, slug=route_slug, is_published=True)
    return _download(request, community, route, fmt, f"{community.slug}-{route.slug}")


# As for editing a place on the phone pages: the coordinator keeps the places.
PLACE_EDITORS = (StaffRole.COORDINATOR,)


@community_access("manage", roles=PLACE_EDITORS)
def places_transfer(request, community):
    """Download the places for uMap/QGIS, or upload an edited file back."""
    if request.method == "POST" and request.FILES.get("file"):
        upload = request.FILES["file"]
        try:
            counts = places_io.import_places(community, upload.read(), upload.name, request.user)
        except places_io.PlacesImportError as exc:
            return render(
                request,
                "maps/places_transfer.html",
                {"community": community, "errors": exc.errors},
                status=400,
            )
        messages.success(
            request,
            _("%(created)s places added, %(updated)s updated.") % counts,
        )
        return redirect("maps:places_transfer", community.slug)
    return render(request, "maps/places_transfer.html", {"community": community})


@community_access("manage", roles=PLACE_EDITORS)
def places_export(request, community, fmt):
    if fmt == "geojson":
        body, content_type = places_io.export_geojson(community), "application/geo+json"
    else:
        body, content_type = places_io.export_csv(community), "text/csv; charset=utf-8"
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{community.slug}-places.{fmt}"'
    return response
