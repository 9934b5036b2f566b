# ruff: noqa: E501 - translatable sentences read better unbroken
"""The planner's codes in words, in the reader's language.

The planner (plain Python) answers with stable codes and parameters; the pages and the
API's `message` fields read them from here."""

from __future__ import annotations

import datetime as dt

from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

INTEREST_NAMES = {
    "nature": _("Nature"),
    "river": _("River"),
    "temples": _("Temples"),
    "culture": _("Culture"),
    "craft": _("Crafts"),
    "food": _("Food"),
    "markets": _("Markets"),
    "views": _("Views"),
}
PACE_NAMES = {"relaxed": _("Relaxed"), "normal": _("Normal"), "packed": _("Packed")}
MODE_NAMES = {"car": _("Car or van"), "bicycle": _("Bicycle"), "walk": _("On foot")}
COUNTRY_NAMES = {"TH": _("Thailand"), "LA": _("Laos")}

# Why a request cannot be planned (PlanError codes): also the API's error codes.
ERRORS = {
    "invalid_inputs": _("Send the trip as a JSON object."),
    "no_days": _("Plan at least one day."),
    "too_many_days": _("Plan at most {max} days at a time."),
    "end_before_start": _("Day {day} ends before it starts."),
    "days_not_consecutive": _("Day {day} must follow the day before."),
    "invalid_date": _("“{value}” is not a date (YYYY-MM-DD)."),
    "date_in_past": _("The trip cannot start in the past ({value})."),
    "invalid_time": _("Day {day}: “{value}” is not a time (HH:MM)."),
    "unknown_community": _("There is no community “{value}”."),
    "unknown_pace": _("Choose a pace: relaxed, normal or packed."),
    "unknown_mode": _("Choose how you travel: car, bicycle or on foot."),
    "unknown_interest": _("“{interest}” is not an interest we know."),
    "invalid_weight": _("The weight of “{interest}” must be a whole number from 0 to 3."),
    "invalid_party": _("The party must be 1 to {max} people."),
    "unknown_currency": _("Choose the budget's currency: THB, LAK or USD."),
    "invalid_budget": _("The budget must be an amount of 0 or more."),
    "budget_currency": _("The budget must be in {currency}."),
    "negative_budget": _("The budget must be an amount of 0 or more."),
    "unknown_must_see": _("“{stop}” is not a place or activity we know."),
    "no_start_location": _("Say where the trip starts."),
    "no_end_location": _("Say where the trip ends."),
    "no_party": _("The party must be at least one person."),
    "no_homestay": _("No homestay has room for your party on the night of {date}."),
    "border_closed": _(
        "The border checkpoint is closed at the times this trip would cross it ({date})."
    ),
    "day_too_short": _("The day of {date} is too short to get from its start to its end."),
    "no_rate": _("There is no exchange rate from {other} to {currency} to compare prices."),
}

# Why a stop is in the plan, and why a must-see could not be.
REASONS = {
    "must_see": _("You marked it as a must-see."),
    "interests": _("Matches your interests: {interests}."),
    "lunch": _("Lunch at a local meal provider, at lunch time ({from}–{to})."),
    "dinner": _("Dinner at a local meal provider ({from}–{to})."),
    "breakfast": _("Breakfast while the market is on."),
    "night": _("Your night at a homestay."),
    "border": _(
        "The border checkpoint, open at this time: the day crosses from {from} to {to}. Bring your passport or border pass."
    ),
    "fills_time": _("Open and nearby: it fills a free hour."),
    "local_host": _("Led by people of the community: what you pay goes to the host families."),
    "closed": _("It is closed on the days of your trip."),
    "sold_out": _("It is fully booked on the days of your trip."),
    "out_of_season": _("It is out of season on the days of your trip."),
    "no_departure": _("It has no departure on the days of your trip."),
    "no_price": _("It has no price yet: ask the community."),
    "party_too_large": _("It takes fewer people than your party."),
    "needs_more_guests": _("It needs more guests than your party to go ahead."),
    "no_night": _("A trip of one day has no night at a homestay."),
    "night_elsewhere": _(
        "The nights are spent on the other side of the border, where the days are better."
    ),
    "over_budget": _("It costs more than the budget leaves after the nights."),
    "other_side": _(
        "It is across the border, and the trip does not cross: start or end the trip on the other side, or add a day."
    ),
    "border_closed": _(
        "It is across the border, and the checkpoint is closed when the trip would cross ({date})."
    ),
    "no_time": _(
        "No time is left for it beside the meals and your other must-sees: add a day or choose a faster pace."
    ),
    "outside_day_hours": _(
        "It is open only at {hours}, outside your days' hours: start the day earlier or end it later."
    ),
    "too_far": _("It does not fit in a day's hours with its opening hours and the travel to it."),
    "no_lunch": _(
        "No meal provider can serve lunch at lunch time on {date}: bring a packed lunch."
    ),
    "no_dinner": _("No meal provider can serve dinner on {date}."),
    "nights_over_budget": _("The homestay nights alone cost more than the budget."),
}


def _params(params: dict) -> dict:
    values = {}
    for key, value in params.items():
        if key == "interests":
            value = ", ".join(str(INTEREST_NAMES.get(i, i)) for i in value)
        elif key in ("from", "to") and value in COUNTRY_NAMES:
            value = COUNTRY_NAMES[value]
        elif key == "date":
            try:
                value = date_format(dt.date.fromisoformat(value), "DATE_FORMAT")
            except (TypeError, ValueError):
                pass
        values[key] = value
    return values


def message(table: dict, code: str, params: dict | None = None) -> str:
    """The text for a code in the active language (the code itself if it is unknown)."""
    text = table.get(code)
    if text is None:
        return code
    try:
        return str(text).format(**_params(params or {}))
    except (KeyError, IndexError):
        return str(text)


def error_message(code: str, params: dict | None = None) -> str:
    return message(ERRORS, code, params)


def reason_message(reason: dict) -> str:
    return message(REASONS, reason["code"], reason.get("params"))


def metres_text(metres: int) -> str:
    if metres >= 1000:
        return gettext("%(km).1f km") % {"km": metres / 1000}
    return gettext("%(m)d m") % {"m": metres}


def minutes_text(count: int) -> str:
    hours, minutes = divmod(count, 60)
    if hours:
        return gettext("%(h)d h %(m)02d min") % {"h": hours, "m": minutes}
    return ngettext("%(m)d minute", "%(m)d minutes", minutes) % {"m": minutes}
