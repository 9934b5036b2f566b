"""The API's one error shape: {"error": {"code": ..., "message": ..., "fields"?, "details"?}}.

`code` is stable for machines; `message` is in the reader's language (Accept-Language).
Booking services raise BookingError with their own code and HTTP status; everything
else (DRF validation, authentication, permissions, Django's 404) is mapped here.
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import set_rollback

from chumchon.bookings.errors import BookingError

logger = logging.getLogger(__name__)

MESSAGES = {
    "unauthorized": _("Send your API key in the header: Authorization: Bearer KEY"),
    "invalid_key": _("This API key is not valid (or has been revoked)."),
    "forbidden": _("This key or account may not do this."),
    "not_found": _("Nothing was found at this address."),
    "method_not_allowed": _("This address does not accept this method."),
    "invalid": _("Some of the data sent is not valid; see the fields."),
    "invalid_json": _("The request body is not valid JSON."),
    "unsupported_media_type": _("Send the request body as JSON (Content-Type: application/json)."),
    "not_acceptable": _("This API answers in JSON only."),
    "throttled": _("Too many requests; wait a little and try again."),
    "server_error": _("Something went wrong on our side; nothing was changed. Please try again."),
}

# DRF's exceptions by class, most specific first; anything else keeps its own status.
_CODES: list[tuple[type[Exception], str]] = [
    (exceptions.NotAuthenticated, "unauthorized"),
    (exceptions.AuthenticationFailed, "invalid_key"),
    (exceptions.PermissionDenied, "forbidden"),
    (exceptions.NotFound, "not_found"),
    (exceptions.MethodNotAllowed, "method_not_allowed"),
    (exceptions.ValidationError, "invalid"),
    (exceptions.ParseError, "invalid_json"),
    (exceptions.UnsupportedMediaType, "unsupported_media_type"),
    (exceptions.NotAcceptable, "not_acceptable"),
    (exceptions.Throttled, "throttled"),
]
# Where the exception's own text is better than ours (it says what exactly was wrong).
_OWN_MESSAGE = {"forbidden", "not_found", "invalid_json"}


class ApiError(exceptions.APIException):
    """An error with a chosen code, status and optional per-field messages."""

    def __init__(
        self,
        code: str,
        message,
        *,
        status_code: int = status.HTTP_400_BAD_REQUEST,
        fields: dict | None = None,
        details: dict | None = None,
    ):
        super().__init__(detail=str(message), code=code)
        self.code = code
        self.message = message
        self.status_code = status_code
        self.fields = fields
        self.details = details

    @classmethod
    def from_booking_error(cls, exc: BookingError, fields: dict | None = None) -> ApiError:
        return cls(
            exc.code, exc.message, status_code=exc.status, fields=fields, details=exc.details
        )


def error_body(code: str, message, fields: dict | None = None, details: dict | None = None):
    body: dict[str, Any] = {"code": code, "message": str(message)}
    if fields:
        body["fields"] = _plain(fields)
    if details:
        body["details"] = _plain(details)
    return {"error": body}


def error_response(code: str, status_code: int, message=None, **extra) -> Response:
    return Response(error_body(code, message or MESSAGES[code], **extra), status=status_code)


def _plain(value):
    """DRF's nested error structures (ErrorDetail, ReturnDict, lazy text) as plain JSON."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    return str(value)


def _first_message(fields, path: str = "") -> tuple[str, str] | None:
    """The first error message in a nested structure, with where it is (items.0.adults)."""
    if isinstance(fields, dict):
        for key, value in fields.items():
            found = _first_message(value, f"{path}.{key}" if path else str(key))
            if found:
                return found
    elif isinstance(fields, list):
        for index, value in enumerate(fields):
            if isinstance(value, dict | list):
                found = _first_message(value, f"{path}.{index}" if path else str(index))
                if found:
                    return found
            elif value:
                return path, str(value)
    elif fields:
        return path, str(fields)
    return None


def exception_handler(exc: Exception, context: dict) -> Response:
    """DRF's EXCEPTION_HANDLER for the platform API (wired per view in views.ApiView)."""
    set_rollback()
    if isinstance(exc, BookingError):
        exc = ApiError.from_booking_error(exc)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(MESSAGES["not_found"])
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(MESSAGES["forbidden"])

    headers = {}
    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header
    if getattr(exc, "wait", None):
        headers["Retry-After"] = str(int(exc.wait))

    if isinstance(exc, ApiError):
        body = error_body(exc.code, exc.message, exc.fields, exc.details)
        return Response(body, status=exc.status_code, headers=headers)

    if isinstance(exc, exceptions.APIException):
        code = next((c for cls, c in _CODES if isinstance(exc, cls)), None)
        if isinstance(exc, exceptions.ValidationError):
            fields = (
                exc.detail if isinstance(exc.detail, dict) else {"non_field_errors": exc.detail}
            )
            first = _first_message(fields)
            message = f"{first[0]}: {first[1]}" if first else MESSAGES["invalid"]
            return Response(
                error_body("invalid", message, fields=fields), status=400, headers=headers
            )
        if isinstance(exc, exceptions.MethodNotAllowed) and context.get("view"):
            headers["Allow"] = ", ".join(context["view"].allowed_methods)
        if code is None:
            codes = exc.get_codes()
            code = codes if isinstance(codes, str) else "error"
            message = str(exc.detail)
        elif code in _OWN_MESSAGE:
            message = str(exc.detail)
        else:
            message = MESSAGES[code]
        return Response(error_body(code, message), status=exc.status_code, headers=headers)

    if settings.DEBUG:
        return None  # the developer's traceback page
    logger.exception("API error", exc_info=exc)
    return error_response("server_error", status.HTTP_500_INTERNAL_SERVER_ERROR)
