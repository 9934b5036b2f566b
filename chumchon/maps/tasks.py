"""Background rendering of printed maps (PDF and PNG take a second or two)."""

from celery import shared_task


@shared_task(name="chumchon.maps.tasks.render_map")
def render_map(community_id: int, route_id: int | None, fmt: str, size: str, lang: str) -> str:
    from chumchon.communities.models import Community
    from chumchon.maps.services import render_to_cache

    community = Community.objects.get(pk=community_id)
    route = None
    if route_id is not None:
        from chumchon.routes.models import Route

        route = Route.objects.get(pk=route_id, community=community)
    return render_to_cache(community, route, fmt, size, lang)
