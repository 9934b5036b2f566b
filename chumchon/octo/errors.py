"""OCTO's standard errors: `{"error": CODE, "errorMessage": ..., <echoed field>}`.

Every request error is HTTP 400, as the OCTO spec and its validator expect; only a
missing key (401), a bad or out-of-scope key (403), a wrong method (405) and our own
faults (500) differ. Messages follow the request's Accept-Language.
"""

from __future__ import annotations

from typing import Any

from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _

from chumchon.bookings.errors import BookingError

INVALID_PRODUCT_ID = "INVALID_PRODUCT_ID"
INVALID_OPTION_ID = "INVALID_OPTION_ID"
INVALID_UNIT_ID = "INVALID_UNIT_ID"
INVALID_AVAILABILITY_ID = "INVALID_AVAILABILITY_ID"
INVALID_BOOKING_UUID = "INVALID_BOOKING_UUID"
BAD_REQUEST = "BAD_REQUEST"
UNPROCESSABLE_ENTITY = "UNPROCESSABLE_ENTITY"
UNAUTHORIZED = "UNAUTHORIZED"
FORBIDDEN = "FORBIDDEN"
INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"

MESSAGES = {
    INVALID_PRODUCT_ID: _("The productId is missing or is not a product you can sell."),
    INVALID_OPTION_ID: _("The optionId is missing or is not an option of this product."),
    INVALID_UNIT_ID: _("The unitId is missing or is not a unit of this option."),
    INVALID_AVAILABILITY_ID: _(
        "The availabilityId is missing, unknown or in the past; ask /availability again."
    ),
    INVALID_BOOKING_UUID: _("There is no such booking, or its hold has expired."),
    BAD_REQUEST: _("The request is malformed."),
    UNPROCESSABLE_ENTITY: _("The request is well formed but cannot be done."),
    UNAUTHORIZED: _("Send your API key in the header: Authorization: Bearer KEY."),
    FORBIDDEN: _("This API key is not valid, or may not see this."),
    INTERNAL_SERVER_ERROR: _("Something went wrong on our side; please try again later."),
}

STATUS = {UNAUTHORIZED: 401, FORBIDDEN: 403, INTERNAL_SERVER_ERROR: 500}

# Booking services' refusals that OCTO names more precisely than UNPROCESSABLE_ENTITY.
BOOKING_CODES = {
    "slot_not_found": INVALID_AVAILABILITY_ID,
    "slot_in_past": INVALID_AVAILABILITY_ID,
    "hold_expired": INVALID_BOOKING_UUID,
}


class OctoError(Exception):
    """Refused: nothing was changed. `extra` echoes the offending value back to the client."""

    def __init__(self, code: str, message=None, *, status: int | None = None, **extra: Any):
        self.code = code
        self.message = message or MESSAGES[code]
        self.status = status or STATUS.get(code, 400)
        self.extra = extra
        super().__init__(code)

    def response(self) -> JsonResponse:
        body = {"error": self.code, "errorMessage": str(self.message), **self.extra}
        return JsonResponse(body, status=self.status)


def bad_request(message) -> OctoError:
    return OctoError(BAD_REQUEST, message)


def from_booking_error(exc: BookingError, **extra: Any) -> OctoError:
    """The OCTO error for a refusal of the booking services, with its translated reason.

    `extra` holds the values to echo for each possible code, e.g. availabilityId, uuid.
    """
    code = BOOKING_CODES.get(exc.code, UNPROCESSABLE_ENTITY)
    echo = {
        INVALID_AVAILABILITY_ID: ("availabilityId",),
        INVALID_BOOKING_UUID: ("uuid",),
    }.get(code, ())
    return OctoError(code, exc.message, **{k: v for k, v in extra.items() if k in echo})
