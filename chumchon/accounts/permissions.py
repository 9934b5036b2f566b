"""The one place that decides who may see or do what.

Rules:
- visitors read only published public content;
- coordinators and treasurers manage only their own communities;
- programme officers read every community's records and results but change none,
  and see no household's personal details (PDPA: they do not need them);
- site administrators (superusers) may do everything.
"""

from collections.abc import Iterable
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from chumchon.accounts.models import StaffRole

MANAGERS = (StaffRole.COORDINATOR, StaffRole.TREASURER)


def _is_active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def staff_roles(user, community) -> set[str]:
    if not _is_active(user):
        return set()
    cache = getattr(user, "_chumchon_roles", None)
    if cache is None:
        cache = {}
        for community_id, role in user.staff_roles.values_list("community_id", "role"):
            cache.setdefault(community_id, set()).add(role)
        user._chumchon_roles = cache
    return cache.get(community.pk, set())


def can_manage(user, community, roles: Iterable[str] = MANAGERS) -> bool:
    """May `user` change this community's records in one of `roles`?"""
    if not _is_active(user):
        return False
    if user.is_superuser:
        return True
    return bool(staff_roles(user, community) & set(roles))


def can_read_records(user, community) -> bool:
    """May `user` read the community's internal records (not only the public pages)?"""
    if not _is_active(user):
        return False
    return user.is_superuser or user.is_programme_officer or bool(staff_roles(user, community))


def can_see_personal_data(user, community) -> bool:
    """Household names, phones and addresses: only the community's own staff."""
    if not _is_active(user):
        return False
    return user.is_superuser or bool(staff_roles(user, community))


def readable_communities(user):
    from chumchon.communities.models import Community

    if not _is_active(user):
        return Community.objects.none()
    if user.is_superuser or user.is_programme_officer:
        return Community.objects.all()
    return Community.objects.filter(staff__user=user).distinct()


def managed_communities(user, roles: Iterable[str] = MANAGERS):
    from chumchon.communities.models import Community

    if not _is_active(user):
        return Community.objects.none()
    if user.is_superuser:
        return Community.objects.all()
    return Community.objects.filter(staff__user=user, staff__role__in=list(roles)).distinct()


def community_access(level: str = "read", roles: Iterable[str] = MANAGERS):
    """View decorator: resolves `slug` to `community` and checks the user's right.

    level "read" lets programme officers in; "manage" needs one of `roles`;
    "personal" is for household personal data.
    """
    roles = tuple(roles)

    def decorator(view):
        @wraps(view)
        def wrapped(request, slug, *args, **kwargs):
            from django.contrib.auth.views import redirect_to_login

            from chumchon.communities.models import Community

            if not _is_active(request.user):
                return redirect_to_login(request.get_full_path())
            community = get_object_or_404(Community, slug=slug)
            allowed = {
                "read": can_read_records,
                "personal": can_see_personal_data,
                "manage": lambda u, c: can_manage(u, c, roles),
            }[level](request.user, community)
            if not allowed:
                raise PermissionDenied
            return view(request, community, *args, **kwargs)

        return wrapped

    return decorator
