"""API keys: shown once when created, stored only as a SHA-256 hash.

A key looks like `cc_<prefix>_<secret>`; the prefix finds the row, the hash
(compared in constant time) proves the secret.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from chumchon.bookings.models import ApiKey
from chumchon.core import fastsql


def _key_columns() -> fastsql.Columns:
    return fastsql.columns(ApiKey, "k")


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_key(
    *, name: str, role: str, community=None, is_test: bool = False
) -> tuple[ApiKey, str]:
    """Create a key; returns the row and the full key text (the only time it exists)."""
    if role not in ApiKey.Role.values:
        raise ValueError(f"role must be one of {', '.join(ApiKey.Role.values)}")
    if role == ApiKey.Role.COORDINATOR and community is None:
        raise ValueError("a coordinator key belongs to one community (--community)")
    prefix = secrets.token_hex(4)
    secret = secrets.token_urlsafe(32)
    key = ApiKey.objects.create(
        name=name,
        role=role,
        community=community,
        prefix=prefix,
        key_hash=_hash(secret),
        is_test=is_test,
    )
    return key, f"cc_{prefix}_{secret}"


def find_key(text: str) -> ApiKey | None:
    """The active key for this text, or None."""
    try:
        marker, prefix, secret = text.split("_", 2)
    except ValueError:
        return None
    if marker != "cc":
        return None
    # Every API call starts here: plain SQL, since the ORM's query cost more than the
    # lookup (the key's community is read only by the few calls that use it). Which
    # active partner the key sells for comes along: every sale asks (referrals).
    columns = _key_columns()
    found = fastsql.rows(
        f"SELECT {columns.sql}, p.id FROM bookings_apikey k "
        "LEFT JOIN network_partnerapikey l ON l.key_id = k.id "
        "LEFT JOIN network_partner p ON p.id = l.partner_id AND p.is_active "
        "WHERE k.prefix = %s AND k.revoked_at IS NULL",
        [prefix],
    )
    key = columns.load(found[0]) if found else None
    if key is None or not hmac.compare_digest(key.key_hash, _hash(secret)):
        return None
    key.active_partner_id = found[0][columns.width]  # read by network.partner_of_key
    return key


def revoke(key: ApiKey) -> None:
    key.revoked_at = timezone.now()
    key.save(update_fields=["revoked_at"])


class ApiKeyUser:
    """What request.user is for a key: never a Django user, never staff."""

    is_authenticated = True
    is_active = True
    is_superuser = False
    is_staff = False
    is_programme_officer = False

    def __init__(self, key: ApiKey):
        self.key = key

    def __str__(self) -> str:
        return f"API key {self.key.prefix}"


class BearerKeyAuthentication(authentication.BaseAuthentication):
    """`Authorization: Bearer KEY` → (ApiKeyUser, ApiKey)."""

    keyword = "Bearer"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).decode("latin-1")
        if not header:
            return None
        parts = header.split()
        if len(parts) != 2 or parts[0] != self.keyword:
            raise exceptions.AuthenticationFailed("Use the header: Authorization: Bearer KEY")
        key = find_key(parts[1])
        if key is None:
            raise exceptions.AuthenticationFailed("This API key is not valid.")
        return ApiKeyUser(key), key

    def authenticate_header(self, request):
        return self.keyword


class BearerKeyScheme(OpenApiAuthenticationExtension):
    """How the OpenAPI schema describes the key (drf-spectacular finds it by target_class)."""

    target_class = BearerKeyAuthentication
    name = "apiKey"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "A key made with `chumchon createapikey`, sent as "
            "`Authorization: Bearer KEY`.",
        }
