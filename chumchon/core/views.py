from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from chumchon.accounts.permissions import can_read_records
from chumchon.catalog.models import Offering
from chumchon.catalog.services import published_offerings
from chumchon.communities.models import Community
from chumchon.core.files import file_response
from chumchon.core.models import AuditEntry, Photo
from chumchon.places.models import Place
from chumchon.routes.models import Route

PUBLIC_PHOTO_CACHE = "public, max-age=86400"  # a changed photo gets a new file name


@csrf_exempt
@require_POST
def bench_insert(request):
    """The benchmark's baseline: the cheapest useful write, one row, through the same stack.

    Routed only when BENCH_ENDPOINTS is on (bench/ scripts), never in production.
    """
    entry = AuditEntry.objects.create(action="bench.insert")
    return JsonResponse({"id": entry.pk}, status=201)


def public_subjects(model) -> QuerySet | None:
    """The rows of `model` that visitors see on the public pages (the same filters as those
    pages and the sitemap), or None for a model whose photos are never public: proposals and
    meetings (their pages are for the community's staff and programme officers)."""
    if model is Community:
        return Community.objects.filter(is_published=True)
    if model is Place:
        return Place.objects.filter(is_published=True, community__is_published=True)
    if model is Offering:
        return published_offerings()
    if model is Route:
        return Route.objects.filter(is_published=True, community__is_published=True)
    return None


def _community_of(subject):
    if subject is None or isinstance(subject, Community):
        return subject
    return getattr(subject, "community", None)


def _may_see(request, photo: Photo) -> str:
    """The Cache-Control for this reader, or "" if the photo is not theirs to see.

    Photos of what the public pages show are public; any other (a proposal's, a meeting's, or
    one of an unpublished community, place or offering) only to those who may read the
    community's records."""
    model = ContentType.objects.get_for_id(photo.content_type_id).model_class()
    if model is None:
        return ""
    public = public_subjects(model)
    if public is not None and public.filter(pk=photo.object_id).exists():
        return PUBLIC_PHOTO_CACHE
    community = _community_of(model._default_manager.filter(pk=photo.object_id).first())
    if community is not None and can_read_records(request.user, community):
        return "private, no-store"
    return ""


@require_safe
def photo_file(request, pk: int, name: str):
    """A photo's file, at an address that names it; a 404 to those who may not see it (the
    same as for a photo that does not exist)."""
    photo = get_object_or_404(Photo, pk=pk)
    if not photo.image or name != photo.file_name:
        raise Http404
    cache_control = _may_see(request, photo)
    if not cache_control:
        raise Http404
    return file_response(photo.image, cache_control=cache_control)
