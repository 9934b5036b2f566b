"""Who may do what through the API.

Two kinds of caller: an API key (request.auth is the ApiKey, request.user an
ApiKeyUser) or a signed-in person (session). Keys act by their role; a key that
belongs to a community acts only for that community. People act by their staff
roles, through the one permission helper in chumchon.accounts.permissions.

- partner key: reads the catalogue, books, reads and cancels its own bookings;
- coordinator key: all of that for its community's bookings, plus slots, payments
  and full refunds;
- officer key: reads the catalogue and every booking (without the tourist's contact
  details), changes nothing.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser

from chumchon.accounts.models import StaffRole
from chumchon.accounts.permissions import (
    MANAGERS,
    can_manage,
    can_read_records,
    can_see_personal_data,
)
from chumchon.bookings.models import ApiKey, Booking

Role = ApiKey.Role


def key_of(request) -> ApiKey | None:
    return request.auth if isinstance(request.auth, ApiKey) else None


def person_of(request):
    """The signed-in user, or None when a key is calling (a key is no Django user)."""
    user = request.user
    return user if isinstance(user, AbstractBaseUser) and user.is_authenticated else None


def _key_covers(key: ApiKey, community_id: int) -> bool:
    return key.community_id is None or key.community_id == community_id


def may_manage(request, community, roles=MANAGERS) -> bool:
    """A coordinator key of this community, or a person with one of `roles` in it."""
    key = key_of(request)
    if key is not None:
        return key.role == Role.COORDINATOR and key.community_id == community.pk
    return can_manage(request.user, community, roles)


def may_add_slots(request, community) -> bool:
    return may_manage(request, community, roles=(StaffRole.COORDINATOR,))


def may_book_for(request, community_ids: set[int]) -> bool:
    """Booking through the API takes a partner or coordinator key (idempotency is per key)."""
    key = key_of(request)
    if key is None or key.role not in (Role.PARTNER, Role.COORDINATOR):
        return False
    if key.role == Role.COORDINATOR and key.community_id is None:
        return False
    return all(_key_covers(key, community_id) for community_id in community_ids)


def may_read_booking(request, booking: Booking) -> bool:
    key = key_of(request)
    if key is None:
        return can_read_records(request.user, booking.community)
    if not _key_covers(key, booking.community_id):
        return False
    if key.role == Role.PARTNER:
        return booking.api_key_id == key.pk
    if key.role == Role.COORDINATOR:
        return key.community_id == booking.community_id
    return key.role == Role.OFFICER


def may_see_contact(request, booking: Booking) -> bool:
    """The tourist's name, e-mail, phone and private link: not for programme officers."""
    key = key_of(request)
    if key is None:
        return can_see_personal_data(request.user, booking.community)
    return key.role != Role.OFFICER and may_read_booking(request, booking)


def may_cancel(request, booking: Booking) -> bool:
    key = key_of(request)
    if key is not None and key.role == Role.PARTNER:
        return booking.api_key_id == key.pk
    return may_manage(request, booking.community)


def may_record_payment(request, booking: Booking) -> bool:
    return may_manage(request, booking.community)


def may_refund_in_full(request, booking: Booking) -> bool:
    """A full refund whatever the policy (weather, illness) is the community's decision."""
    return may_manage(request, booking.community)
