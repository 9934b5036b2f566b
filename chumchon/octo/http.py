"""What every OCTO endpoint does around its work: key, capabilities, JSON, errors, headers."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from functools import wraps

from django.http import HttpRequest, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from chumchon.api.keys import find_key
from chumchon.bookings.errors import BookingError
from chumchon.bookings.models import ApiKey
from chumchon.network.net_rates import selling_as
from chumchon.octo.errors import (
    BAD_REQUEST,
    FORBIDDEN,
    INTERNAL_SERVER_ERROR,
    UNAUTHORIZED,
    OctoError,
    bad_request,
    from_booking_error,
)

logger = logging.getLogger(__name__)

# Capabilities we apply, under both spellings in use ("octo/pricing" and "pricing").
SUPPORTED_CAPABILITIES = {"octo/pricing": "pricing", "pricing": "pricing"}
SELLING_ROLES = (ApiKey.Role.PARTNER, ApiKey.Role.COORDINATOR)


@dataclass
class OctoRequest:
    request: HttpRequest
    key: ApiKey
    body: dict
    capabilities: list[str]  # applied, spelled as the client sent them

    @property
    def pricing(self) -> bool:
        return any(SUPPORTED_CAPABILITIES[c.lower()] == "pricing" for c in self.capabilities)


def requested_capabilities(request: HttpRequest) -> list[str]:
    raw = ",".join(
        (request.headers.get("Octo-Capabilities", ""), request.GET.get("_capabilities", ""))
    )
    applied, seen = [], set()
    for part in raw.split(","):
        name = part.strip()
        meaning = SUPPORTED_CAPABILITIES.get(name.lower())
        if meaning and meaning not in seen:  # unknown capabilities are ignored
            seen.add(meaning)
            applied.append(name)
    return applied


def authenticate(request: HttpRequest) -> ApiKey:
    """`Authorization: Bearer KEY` of a partner, or of a coordinator selling its community."""
    parts = request.headers.get("Authorization", "").split()
    if len(parts) != 2 or parts[0].lower() != "bearer":
        raise OctoError(UNAUTHORIZED)
    key = find_key(parts[1])
    if key is None or key.role not in SELLING_ROLES:
        raise OctoError(FORBIDDEN)
    return key


def json_body(request: HttpRequest) -> dict:
    if not request.body:
        return {}
    try:
        body = json.loads(request.body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise bad_request(_("The body is not valid JSON.")) from exc
    if not isinstance(body, dict):
        raise bad_request(_("The body must be a JSON object."))
    return body


def octo_view(*methods: str) -> Callable:
    """Wrap an endpoint `func(octo: OctoRequest, **kwargs) -> JSON data`."""

    def decorate(func):
        @csrf_exempt
        @wraps(func)
        def view(request: HttpRequest, **kwargs):
            capabilities = requested_capabilities(request)
            key = None
            try:
                if request.method not in methods:
                    raise OctoError(
                        BAD_REQUEST,
                        _("Use %(methods)s here.") % {"methods": " or ".join(methods)},
                        status=405,
                    )
                key = authenticate(request)
                body = json_body(request) if request.method in ("POST", "PATCH", "DELETE") else {}
                with selling_as(key):  # prices carry the net rates of the key's partner
                    data = func(OctoRequest(request, key, body, capabilities), **kwargs)
                response = JsonResponse(data, safe=False)
            except OctoError as exc:
                response = exc.response()
            except BookingError as exc:
                response = from_booking_error(exc).response()
            except Exception:  # noqa: BLE001 - OCTO clients expect a JSON error, not a page
                logger.exception("OCTO %s %s failed", request.method, request.path)
                response = OctoError(INTERNAL_SERVER_ERROR).response()
            response["Octo-Capabilities"] = ", ".join(capabilities)
            if key is not None:
                response["Octo-Env"] = "test" if key.is_test else "live"
            if response.status_code == 405:
                response["Allow"] = ", ".join(methods)
            return response

        return view

    return decorate


@contextmanager
def booking_errors(**echo):
    """Turn the booking services' refusals into OCTO errors, echoing the client's values."""
    try:
        yield
    except BookingError as exc:
        raise from_booking_error(exc, **echo) from exc
