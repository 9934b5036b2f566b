"""Reading OCTO request bodies: every malformed value is refused before anything is written."""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuid_lib
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from chumchon.octo.errors import (
    INVALID_UNIT_ID,
    UNPROCESSABLE_ENTITY,
    OctoError,
    bad_request,
)
from chumchon.octo.mapping import CONTACT_FIELDS, Unit

# The longest hold a reseller may ask for; holds block places others could buy.
MAX_HOLD_MINUTES = 60
MAX_RANGE_DAYS = 366
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def text(body: dict, name: str, *, max_length: int = 1000) -> str | None:
    """An optional string field: None when absent or null; "" counts as absent."""
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise bad_request(_("%(field)s must be a string.") % {"field": name})
    if len(value) > max_length:
        raise bad_request(
            _("%(field)s is longer than %(max)d characters.") % {"field": name, "max": max_length}
        )
    return value.strip() or None


def flag(body: dict, name: str) -> bool:
    value = body.get(name, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise bad_request(_("%(field)s must be true or false.") % {"field": name})
    return value


def local_date(value, name: str) -> dt.date:
    if not isinstance(value, str) or not DATE.fullmatch(value):
        raise bad_request(_("%(field)s must be a date as YYYY-MM-DD.") % {"field": name})
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise bad_request(_("%(field)s is not a real date.") % {"field": name}) from exc


def date_range(body: dict) -> tuple[dt.date, dt.date]:
    start = local_date(body.get("localDateStart"), "localDateStart")
    end = local_date(body.get("localDateEnd"), "localDateEnd")
    if end < start:
        raise bad_request(_("localDateEnd is before localDateStart."))
    if (end - start).days >= MAX_RANGE_DAYS:
        raise bad_request(_("Ask for at most one year at a time."))
    return start, end


def expiration_minutes(body: dict) -> int | None:
    value = body.get("expirationMinutes")
    if value is None:
        return None
    if not is_int(value) or value < 1:
        raise bad_request(_("expirationMinutes must be a whole number of minutes, at least 1."))
    return min(value, MAX_HOLD_MINUTES)


def booking_uuid(value) -> uuid_lib.UUID | None:
    if value is None:
        return None
    try:
        return uuid_lib.UUID(str(value)) if isinstance(value, str) else None
    except ValueError:
        pass
    raise bad_request(_("uuid must be a UUID such as 7b3f1c2e-0f5a-4c57-9d0e-2f6a1b9c8d7e."))


def contact(value, name: str = "contact") -> dict | None:
    """An OCTO Contact as sent, checked and without empty strings; None when absent."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise bad_request(_("%(field)s must be an object.") % {"field": name})
    result = {}
    for key in CONTACT_FIELDS:
        item = value.get(key)
        if item is None:
            continue
        if not isinstance(item, str) or len(item) > 300:
            raise bad_request(
                _("%(field)s must be a string of at most 300 characters.")
                % {"field": f"{name}.{key}"}
            )
        if item.strip():
            result[key] = item.strip()
    if "emailAddress" in result:
        try:
            validate_email(result["emailAddress"])
        except ValidationError as exc:
            raise bad_request(_("contact.emailAddress is not an e-mail address.")) from exc
    if len(result.get("phoneNumber", "")) > 32:
        raise bad_request(_("contact.phoneNumber is too long."))
    locales = value.get("locales")
    if locales is not None:
        if not isinstance(locales, list) or not all(isinstance(x, str) for x in locales):
            raise bad_request(_("contact.locales must be a list of language tags."))
        result["locales"] = [x for x in locales if x.strip()][:10]
    return result


@dataclass
class UnitLine:
    """One unit item a reseller asks for."""

    unit_id: str
    uuid: uuid_lib.UUID | None = None
    reseller_reference: str = ""
    contact: dict = field(default_factory=dict)


def unit_items(value, units: list[Unit]) -> list[UnitLine]:
    """The `unitItems` list: missing or empty is UNPROCESSABLE_ENTITY, as OCTO says."""
    if value is None or value == []:
        raise OctoError(UNPROCESSABLE_ENTITY, _("Book at least one unit (unitItems)."))
    if not isinstance(value, list) or len(value) > 100:
        raise bad_request(_("unitItems must be a list of at most 100 items."))
    known = {u.id for u in units}
    lines, seen = [], set()
    for entry in value:
        if not isinstance(entry, dict):
            raise bad_request(_("Each unit item must be an object."))
        unit_id = entry.get("unitId")
        if not isinstance(unit_id, str) or unit_id not in known:
            raise OctoError(INVALID_UNIT_ID, unitId=unit_id)
        ticket_uuid = booking_uuid(entry.get("uuid"))
        if ticket_uuid is not None:
            if ticket_uuid in seen:
                raise bad_request(_("Each unit item needs its own uuid."))
            seen.add(ticket_uuid)
        lines.append(
            UnitLine(
                unit_id=unit_id,
                uuid=ticket_uuid,
                reseller_reference=text(entry, "resellerReference", max_length=100) or "",
                contact=contact(entry.get("contact"), "unitItems.contact") or {},
            )
        )
    return lines


def party_size(value, units: list[Unit]) -> int:
    """People in the optional `units` filter of /availability: [{id, quantity}]."""
    if value is None:
        return 0
    if not isinstance(value, list):
        raise bad_request(_("units must be a list of {id, quantity}."))
    by_id = {u.id: u for u in units}
    people = 0
    for entry in value:
        if not isinstance(entry, dict):
            raise bad_request(_("units must be a list of {id, quantity}."))
        unit = by_id.get(entry.get("id"))
        if unit is None:
            raise OctoError(INVALID_UNIT_ID, unitId=entry.get("id"))
        quantity = entry.get("quantity")
        if not is_int(quantity) or quantity < 0:
            raise bad_request(_("Each unit's quantity must be a whole number, 0 or more."))
        people += unit.pax * quantity
    return people
