"""The OpenAPI 3.1 description of our OCTO endpoints, written from the OCTO core spec.

OCTO publishes its own schema; this one describes exactly what Chumchon serves (core
plus octo/pricing) so that resellers' developers can browse it at /octo/v1/docs/ and
our tests can check every response against it. Pricing fields appear only when the
request's Octo-Capabilities asks for octo/pricing, so they are never "required" here.
"""

from __future__ import annotations

REF = "#/components/schemas/"


def ref(name: str) -> dict:
    return {"$ref": REF + name}


def string(nullable: bool = False, **extra) -> dict:
    return {"type": ["string", "null"] if nullable else "string", **extra}


def integer(nullable: bool = False, **extra) -> dict:
    return {"type": ["integer", "null"] if nullable else "integer", **extra}


def boolean() -> dict:
    return {"type": "boolean"}


def array(items: dict, **extra) -> dict:
    return {"type": "array", "items": items, **extra}


def obj(properties: dict, required: list[str] | None = None, nullable: bool = False) -> dict:
    schema = {
        "type": ["object", "null"] if nullable else "object",
        "properties": properties,
        "required": list(properties) if required is None else required,
    }
    return schema


def nullable(schema_ref: dict) -> dict:
    return {"oneOf": [schema_ref, {"type": "null"}]}


UTC = {"pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"}
LOCAL = {"pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$"}
DATE = {"pattern": r"^\d{4}-\d{2}-\d{2}$"}
HHMM = {"pattern": r"^\d{2}:\d{2}$"}
UUID = {"format": "uuid"}
CURRENCY = {"pattern": "^[A-Z]{3}$"}

BOOKING_STATUS = ["ON_HOLD", "CONFIRMED", "EXPIRED", "CANCELLED", "REDEEMED", "PENDING", "REJECTED"]
AVAILABILITY_STATUS = ["AVAILABLE", "FREESALE", "SOLD_OUT", "LIMITED", "CLOSED"]
UNIT_TYPE = [
    "ADULT",
    "YOUTH",
    "CHILD",
    "INFANT",
    "FAMILY",
    "SENIOR",
    "STUDENT",
    "MILITARY",
    "OTHER",
]
CONTACT_FIELD = [
    "firstName",
    "lastName",
    "emailAddress",
    "phoneNumber",
    "country",
    "notes",
    "locales",
    "allowMarketing",
    "postalCode",
]

PRICING = obj(
    {
        "original": integer(minimum=0),
        "retail": integer(minimum=0),
        "net": integer(nullable=True),
        "currency": string(**CURRENCY),
        "currencyPrecision": integer(minimum=0),
        "includedTaxes": array(ref("Tax")),
    }
)

SCHEMAS: dict[str, dict] = {
    "Error": {
        "type": "object",
        "properties": {
            "error": string(
                enum=[
                    "INVALID_PRODUCT_ID",
                    "INVALID_OPTION_ID",
                    "INVALID_UNIT_ID",
                    "INVALID_AVAILABILITY_ID",
                    "INVALID_BOOKING_UUID",
                    "BAD_REQUEST",
                    "UNPROCESSABLE_ENTITY",
                    "UNAUTHORIZED",
                    "FORBIDDEN",
                    "INTERNAL_SERVER_ERROR",
                ]
            ),
            "errorMessage": string(),
            "productId": {},
            "optionId": {},
            "unitId": {},
            "availabilityId": {},
            "uuid": {},
            "id": {},
        },
        "required": ["error", "errorMessage"],
    },
    "Capability": obj(
        {
            "id": string(),
            "revision": integer(),
            "required": boolean(),
            "dependencies": array(string()),
            "docs": string(nullable=True),
        }
    ),
    "Webhook": obj(
        {
            "id": string(**UUID),
            "event": string(enum=["booking_update"]),
            "url": string(),
            "capabilities": array(string()),
            "useContactLanguage": boolean(),
            "retryOnError": boolean(),
        }
    ),
    "NewWebhook": {
        "allOf": [
            ref("Webhook"),
            obj(
                {
                    "secret": string(
                        description="Signs every delivery (header Chumchon-Signature); "
                        "shown only in this answer."
                    )
                }
            ),
        ]
    },
    "WebhookDelivery": obj(
        {"webhook": ref("Webhook"), "booking": ref("Booking")},
    ),
    "Tax": obj(
        {
            "name": string(),
            "retail": integer(),
            "original": integer(),
            "net": integer(nullable=True),
        }
    ),
    "Pricing": PRICING,
    "PricingUnit": {
        **PRICING,
        "properties": {"unitId": string(), **PRICING["properties"]},
        "required": ["unitId", *PRICING["required"]],
    },
    "Supplier": obj(
        {
            "id": string(minLength=1),
            "name": string(minLength=1),
            "endpoint": string(pattern="^https?://.*[^/]$"),
            "contact": obj(
                {
                    "website": string(nullable=True),
                    "email": string(nullable=True),
                    "telephone": string(nullable=True, pattern=r"^\+[1-9]\d{7,14}$"),
                    "address": string(nullable=True),
                }
            ),
        }
    ),
    "Unit": obj(
        {
            "id": string(minLength=1),
            "internalName": string(minLength=1),
            "reference": string(nullable=True),
            "type": string(enum=UNIT_TYPE),
            "restrictions": obj(
                {
                    "minAge": integer(minimum=0),
                    "maxAge": integer(minimum=0),
                    "idRequired": boolean(),
                    "minQuantity": integer(nullable=True),
                    "maxQuantity": integer(nullable=True),
                    "paxCount": integer(minimum=1),
                    "accompaniedBy": array(string()),
                }
            ),
            "requiredContactFields": array(string(enum=CONTACT_FIELD)),
            "pricingFrom": array(ref("Pricing")),
            "pricing": array(ref("Pricing")),
        },
        required=[
            "id",
            "internalName",
            "reference",
            "type",
            "restrictions",
            "requiredContactFields",
        ],
    ),
    "Option": obj(
        {
            "id": string(minLength=1),
            "default": boolean(),
            "internalName": string(minLength=1),
            "reference": string(nullable=True),
            "availabilityLocalStartTimes": array(string(**HHMM)),
            "cancellationCutoff": string(minLength=1),
            "cancellationCutoffAmount": integer(minimum=0),
            "cancellationCutoffUnit": string(enum=["minute", "hour", "day"]),
            "requiredContactFields": array(string(enum=CONTACT_FIELD)),
            "restrictions": obj(
                {"minUnits": integer(minimum=0), "maxUnits": integer(nullable=True)}
            ),
            "units": array(ref("Unit"), minItems=1),
        }
    ),
    "Product": obj(
        {
            "id": string(minLength=1),
            "internalName": string(minLength=1),
            "reference": string(nullable=True),
            "locale": string(minLength=2),
            "timeZone": string(minLength=1),
            "allowFreesale": boolean(),
            "instantConfirmation": boolean(),
            "instantDelivery": boolean(),
            "availabilityRequired": boolean(),
            "availabilityType": string(enum=["START_TIME", "OPENING_HOURS"]),
            "deliveryFormats": array(
                string(enum=["QRCODE", "CODE128", "AZTECCODE", "PDF_URL", "PKPASS_URL"]),
                minItems=1,
            ),
            "deliveryMethods": array(string(enum=["VOUCHER", "TICKET"]), minItems=1),
            "redemptionMethod": string(enum=["DIGITAL", "PRINT", "MANIFEST"]),
            "options": array(ref("Option"), minItems=1),
            "defaultCurrency": string(**CURRENCY),
            "availableCurrencies": array(string(**CURRENCY), minItems=1),
            "pricingPer": string(enum=["UNIT", "BOOKING"]),
            "includeTax": boolean(),
        },
        required=[
            "id",
            "internalName",
            "reference",
            "locale",
            "timeZone",
            "allowFreesale",
            "instantConfirmation",
            "instantDelivery",
            "availabilityRequired",
            "availabilityType",
            "deliveryFormats",
            "deliveryMethods",
            "redemptionMethod",
            "options",
        ],
    ),
    "OpeningHours": obj({"from": string(**HHMM), "to": string(**HHMM)}),
    "Availability": obj(
        {
            "id": string(minLength=1),
            "localDateTimeStart": string(**LOCAL),
            "localDateTimeEnd": string(**LOCAL),
            "allDay": boolean(),
            "available": boolean(),
            "status": string(enum=AVAILABILITY_STATUS),
            "vacancies": integer(nullable=True),
            "capacity": integer(nullable=True),
            "maxUnits": integer(nullable=True),
            "utcCutoffAt": string(**UTC),
            "openingHours": array(ref("OpeningHours")),
            "unitPricing": array(ref("PricingUnit")),
        },
        required=[
            "id",
            "localDateTimeStart",
            "localDateTimeEnd",
            "allDay",
            "available",
            "status",
            "vacancies",
            "capacity",
            "maxUnits",
            "utcCutoffAt",
            "openingHours",
        ],
    ),
    "AvailabilityCalendar": obj(
        {
            "localDate": string(**DATE),
            "available": boolean(),
            "status": string(enum=AVAILABILITY_STATUS),
            "vacancies": integer(nullable=True),
            "capacity": integer(nullable=True),
            "openingHours": array(ref("OpeningHours")),
            "unitPricingFrom": array(ref("PricingUnit")),
        },
        required=["localDate", "available", "status", "vacancies", "capacity", "openingHours"],
    ),
    "Contact": obj(
        {
            "fullName": string(nullable=True),
            "firstName": string(nullable=True),
            "lastName": string(nullable=True),
            "emailAddress": string(nullable=True),
            "phoneNumber": string(nullable=True),
            "locales": array(string()),
            "postalCode": string(nullable=True),
            "country": string(nullable=True),
            "notes": string(nullable=True),
        }
    ),
    "Ticket": obj(
        {
            "redemptionMethod": string(enum=["DIGITAL", "PRINT", "MANIFEST"]),
            "utcRedeemedAt": string(nullable=True, **UTC),
            "deliveryOptions": array(
                obj(
                    {
                        "deliveryFormat": string(
                            enum=["QRCODE", "CODE128", "AZTECCODE", "PDF_URL", "PKPASS_URL"]
                        ),
                        "deliveryValue": string(minLength=1),
                    }
                )
            ),
        }
    ),
    "UnitItem": obj(
        {
            "uuid": string(**UUID),
            "resellerReference": string(nullable=True),
            "supplierReference": string(nullable=True),
            "unitId": string(minLength=1),
            "unit": nullable(ref("Unit")),
            "status": string(enum=BOOKING_STATUS),
            "utcRedeemedAt": string(nullable=True, **UTC),
            "contact": ref("Contact"),
            "ticket": nullable(ref("Ticket")),
            "pricing": ref("Pricing"),
        },
        required=[
            "uuid",
            "resellerReference",
            "supplierReference",
            "unitId",
            "status",
            "utcRedeemedAt",
            "contact",
            "ticket",
        ],
    ),
    "Booking": obj(
        {
            "id": string(minLength=1),
            "uuid": string(**UUID),
            "testMode": boolean(),
            "resellerReference": string(nullable=True),
            "supplierReference": string(nullable=True),
            "status": string(enum=BOOKING_STATUS),
            "utcCreatedAt": string(**UTC),
            "utcUpdatedAt": string(nullable=True, **UTC),
            "utcExpiresAt": string(nullable=True, **UTC),
            "utcRedeemedAt": string(nullable=True, **UTC),
            "utcConfirmedAt": string(nullable=True, **UTC),
            "productId": string(minLength=1),
            "product": nullable(ref("Product")),
            "optionId": string(minLength=1),
            "option": nullable(ref("Option")),
            "cancellable": boolean(),
            "cancellation": obj(
                {
                    "refund": string(enum=["FULL", "PARTIAL", "NONE"]),
                    "reason": string(nullable=True),
                    "utcCancelledAt": string(**UTC),
                },
                nullable=True,
            ),
            "freesale": boolean(),
            "availabilityId": string(nullable=True),
            "availability": obj(
                {
                    "id": string(minLength=1),
                    "localDateTimeStart": string(**LOCAL),
                    "localDateTimeEnd": string(**LOCAL),
                    "allDay": boolean(),
                    "openingHours": array(ref("OpeningHours")),
                },
                nullable=True,
            ),
            "contact": ref("Contact"),
            "notes": string(nullable=True),
            "deliveryMethods": array(string(enum=["VOUCHER", "TICKET"])),
            "voucher": nullable(ref("Ticket")),
            "unitItems": array(ref("UnitItem")),
            "pricing": ref("Pricing"),
        },
        required=[
            "id",
            "uuid",
            "testMode",
            "resellerReference",
            "supplierReference",
            "status",
            "utcCreatedAt",
            "utcUpdatedAt",
            "utcExpiresAt",
            "utcRedeemedAt",
            "utcConfirmedAt",
            "productId",
            "optionId",
            "cancellable",
            "cancellation",
            "freesale",
            "availabilityId",
            "availability",
            "contact",
            "notes",
            "deliveryMethods",
            "voucher",
            "unitItems",
        ],
    ),
    # Request bodies
    "ContactRequest": {
        "type": "object",
        "properties": {
            name: string(nullable=True)
            for name in (
                "fullName",
                "firstName",
                "lastName",
                "emailAddress",
                "phoneNumber",
                "postalCode",
                "country",
                "notes",
            )
        }
        | {"locales": array(string())},
    },
    "UnitItemRequest": {
        "type": "object",
        "properties": {
            "uuid": string(**UUID),
            "unitId": string(),
            "resellerReference": string(nullable=True),
            "contact": ref("ContactRequest"),
        },
        "required": ["unitId"],
    },
    "UnitsFilter": array(
        {
            "type": "object",
            "properties": {"id": string(), "quantity": integer(minimum=0)},
            "required": ["id", "quantity"],
        }
    ),
    "AvailabilityCheckBody": {
        "type": "object",
        "description": "Send exactly one of localDate, localDateStart + localDateEnd, "
        "or availabilityIds.",
        "properties": {
            "productId": string(),
            "optionId": string(),
            "localDate": string(**DATE),
            "localDateStart": string(**DATE),
            "localDateEnd": string(**DATE),
            "availabilityIds": array(string()),
            "units": ref("UnitsFilter"),
            "currency": string(**CURRENCY),
        },
        "required": ["productId", "optionId"],
    },
    "AvailabilityCalendarBody": {
        "type": "object",
        "properties": {
            "productId": string(),
            "optionId": string(),
            "localDateStart": string(**DATE),
            "localDateEnd": string(**DATE),
            "units": ref("UnitsFilter"),
            "currency": string(**CURRENCY),
        },
        "required": ["productId", "optionId", "localDateStart", "localDateEnd"],
    },
    "BookingReservationBody": {
        "type": "object",
        "properties": {
            "uuid": string(description="Idempotency key; becomes the booking's uuid.", **UUID),
            "productId": string(),
            "optionId": string(),
            "availabilityId": string(),
            "unitItems": array(ref("UnitItemRequest"), minItems=1),
            "expirationMinutes": integer(minimum=1, maximum=60),
            "notes": string(nullable=True),
            "resellerReference": string(nullable=True),
            "contact": ref("ContactRequest"),
            "currency": string(**CURRENCY),
        },
        "required": ["productId", "optionId", "availabilityId", "unitItems"],
    },
    "BookingConfirmationBody": {
        "type": "object",
        "properties": {
            "contact": ref("ContactRequest"),
            "resellerReference": string(nullable=True),
            "unitItems": array(ref("UnitItemRequest"), minItems=1),
            "emailReceipt": boolean(),
        },
        "required": ["contact"],
    },
    "BookingUpdateBody": {
        "type": "object",
        "properties": {
            "resellerReference": string(nullable=True),
            "productId": string(),
            "optionId": string(),
            "availabilityId": string(),
            "expirationMinutes": integer(minimum=1, maximum=60),
            "notes": string(nullable=True),
            "emailReceipt": boolean(),
            "unitItems": array(ref("UnitItemRequest"), minItems=1),
            "contact": ref("ContactRequest"),
        },
    },
    "WebhookBody": {
        "type": "object",
        "properties": {
            "url": string(
                description="https, a public address; may carry basic-auth "
                "credentials (https://user:password@host/path)."
            ),
            "event": string(enum=["booking_update"]),
            "retryOnError": boolean(),
            "useContactLanguage": boolean(),
        },
        "required": ["url", "event"],
    },
    "ExtendBody": {
        "type": "object",
        "properties": {"expirationMinutes": integer(minimum=1, maximum=60)},
    },
    "CancelBody": {
        "type": "object",
        "properties": {"reason": string(nullable=True), "force": boolean()},
    },
}


def _errors(*codes: str) -> dict:
    described = {
        "400": "A request error: " + ", ".join(codes) + ".",
        "401": "UNAUTHORIZED: no API key.",
        "403": "FORBIDDEN: the key is not valid, or may not see this.",
    }
    return {
        status: {
            "description": text,
            "content": {"application/json": {"schema": ref("Error")}},
        }
        for status, text in described.items()
    }


def _ok(schema: dict, description: str = "OK") -> dict:
    content = {"application/json": {"schema": schema}}
    return {"200": {"description": description, "content": content}}


def _body(name: str, required: bool = True) -> dict:
    return {"required": required, "content": {"application/json": {"schema": ref(name)}}}


def _op(summary: str, responses: dict, *codes: str, body: str | None = None, **extra) -> dict:
    op = {"summary": summary, "responses": {**responses, **_errors(*codes)}, **extra}
    if body:
        op["requestBody"] = _body(body, required=body not in ("ExtendBody", "CancelBody"))
    return op


UUID_PARAM = {"name": "uuid", "in": "path", "required": True, "schema": string(**UUID)}
WEBHOOK_PARAM = {"name": "id", "in": "path", "required": True, "schema": string(**UUID)}
WEBHOOK_DELIVERY = (
    "When a booking made with this key is confirmed, changed or cancelled, we POST "
    "`WebhookDelivery` ({webhook, booking}) to the URL, with headers Chumchon-Event-Id, "
    "Chumchon-Delivery-Attempt and Chumchon-Signature: t=<unix time>,v1=<hex HMAC-SHA256 "
    "of '<t>.<body>' keyed with the secret>. The booking is rendered with the "
    "capabilities sent when the webhook was created. A 2xx answer within 5 seconds is a "
    "delivery; otherwise, unless retryOnError is false, we retry after 1 min, 5 min, "
    "30 min, 2 h and 12 h."
)
NOT_FOUND = {
    "404": {
        "description": "BAD_REQUEST: no webhook of this key has this id.",
        "content": {"application/json": {"schema": ref("Error")}},
    }
}
BOOKING_ERRORS = ("INVALID_BOOKING_UUID", "BAD_REQUEST", "UNPROCESSABLE_ENTITY")


def document(server_url: str = "/octo/v1") -> dict:
    booking = ref("Booking")
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Chumchon OCTO supplier API",
            "version": "1.0",
            "description": (
                "OCTO 1.0 core with the octo/pricing and octo/webhooks capabilities. "
                "Each community is a supplier; authenticate with `Authorization: Bearer KEY`. Send "
                "`Octo-Capabilities: octo/pricing` for prices (integers in minor units). "
                "Paths work with and without a trailing slash."
            ),
        },
        "servers": [{"url": server_url}],
        "security": [{"bearer": []}],
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
        "paths": {
            "/capabilities": {"get": _op("Capabilities we offer", _ok(array(ref("Capability"))))},
            "/supplier": {"get": _op("The supplier of this key", _ok(ref("Supplier")))},
            "/products": {
                "get": _op("Every product this key may sell", _ok(array(ref("Product"))))
            },
            "/products/{id}": {
                "get": _op(
                    "One product",
                    _ok(ref("Product")),
                    "INVALID_PRODUCT_ID",
                    parameters=[{"name": "id", "in": "path", "required": True, "schema": string()}],
                )
            },
            "/availability": {
                "post": _op(
                    "Availability check: one entry per departure or day",
                    _ok(array(ref("Availability"))),
                    "INVALID_PRODUCT_ID",
                    "INVALID_OPTION_ID",
                    "INVALID_UNIT_ID",
                    "INVALID_AVAILABILITY_ID",
                    "BAD_REQUEST",
                    body="AvailabilityCheckBody",
                )
            },
            "/availability/calendar": {
                "post": _op(
                    "Availability per day (at most one year)",
                    _ok(array(ref("AvailabilityCalendar"))),
                    "INVALID_PRODUCT_ID",
                    "INVALID_OPTION_ID",
                    "INVALID_UNIT_ID",
                    "BAD_REQUEST",
                    body="AvailabilityCalendarBody",
                )
            },
            "/bookings": {
                "post": _op(
                    "Reserve: hold places (ON_HOLD until utcExpiresAt); the uuid is an "
                    "idempotency key",
                    _ok(booking),
                    "INVALID_PRODUCT_ID",
                    "INVALID_OPTION_ID",
                    "INVALID_AVAILABILITY_ID",
                    "INVALID_UNIT_ID",
                    "INVALID_BOOKING_UUID",
                    "BAD_REQUEST",
                    "UNPROCESSABLE_ENTITY",
                    body="BookingReservationBody",
                ),
                "get": _op(
                    "List this key's bookings (give at least one filter)",
                    _ok(array(booking)),
                    "BAD_REQUEST",
                    parameters=[
                        {"name": name, "in": "query", "required": False, "schema": string()}
                        for name in (
                            "resellerReference",
                            "supplierReference",
                            "localDate",
                            "localDateStart",
                            "localDateEnd",
                            "productId",
                            "optionId",
                        )
                    ],
                ),
            },
            "/bookings/{uuid}": {
                "parameters": [UUID_PARAM],
                "get": _op("One booking", _ok(booking), "INVALID_BOOKING_UUID"),
                "patch": _op(
                    "Update a booking (changing its places re-holds them atomically)",
                    _ok(booking),
                    "INVALID_PRODUCT_ID",
                    "INVALID_OPTION_ID",
                    "INVALID_AVAILABILITY_ID",
                    "INVALID_UNIT_ID",
                    *BOOKING_ERRORS,
                    body="BookingUpdateBody",
                ),
                "delete": _op("Cancel a booking", _ok(booking), *BOOKING_ERRORS, body="CancelBody"),
            },
            "/bookings/{uuid}/confirm": {
                "parameters": [UUID_PARAM],
                "post": _op(
                    "Confirm a hold (the reseller collects the money)",
                    _ok(booking),
                    "INVALID_UNIT_ID",
                    *BOOKING_ERRORS,
                    body="BookingConfirmationBody",
                ),
            },
            "/bookings/{uuid}/extend": {
                "parameters": [UUID_PARAM],
                "post": _op("Extend a hold", _ok(booking), *BOOKING_ERRORS, body="ExtendBody"),
            },
            "/bookings/{uuid}/cancel": {
                "parameters": [UUID_PARAM],
                "post": _op("Cancel a booking", _ok(booking), *BOOKING_ERRORS, body="CancelBody"),
            },
            "/webhooks": {
                "get": _op("This key's webhooks (octo/webhooks)", _ok(array(ref("Webhook")))),
                "post": _op(
                    "Subscribe a URL to booking updates",
                    _ok(ref("NewWebhook")),
                    "BAD_REQUEST",
                    body="WebhookBody",
                    description=WEBHOOK_DELIVERY,
                ),
            },
            "/webhooks/{id}": {
                "parameters": [WEBHOOK_PARAM],
                "get": _op("One webhook", {**_ok(ref("Webhook")), **NOT_FOUND}),
                "delete": _op(
                    "Unsubscribe: nothing more is sent",
                    {**_ok(ref("Webhook")), **NOT_FOUND},
                ),
            },
        },
    }
