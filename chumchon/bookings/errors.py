"""Booking errors: a stable code for machines and a message in the reader's language."""

from django.utils.translation import gettext_lazy as _

MESSAGES = {
    "invalid_guests": _("Book for at least one guest, and no negative numbers."),
    "slot_not_found": _("This date or time does not exist (any more)."),
    "slot_closed": _("The community has closed this date."),
    "slot_in_past": _("This date or time has already passed."),
    "out_of_season": _("This is out of season."),
    "sold_out": _("Not enough places are left."),
    "resource_busy": _("The guide or boat needed is already booked at that time."),
    "out_of_stock": _("Not enough pieces are left in stock."),
    "too_few_guests": _("This needs more guests to go ahead."),
    "too_many_guests": _("Too many guests for one booking of this."),
    "mixed_communities": _("Book each community's offerings separately."),
    "no_items": _("Choose at least one thing to book."),
    "no_price": _("This has no price yet; ask the community."),
    "no_contact": _("Give a phone number or an e-mail address."),
    "hold_expired": _("The time to pay for this booking has run out."),
    "not_pending": _("This booking is not waiting for payment."),
    "wrong_amount": _("The amount does not match what is due."),
    "wrong_currency": _("The payment is in the wrong currency."),
    "already_paid": _("This booking has already been paid."),
    "already_cancelled": _("This booking is already cancelled."),
    "not_cancellable": _("This booking can no longer be cancelled."),
    "not_confirmed": _("Only a confirmed booking can do this."),
    "already_checked_in": _("This booking has already checked in."),
    "not_found": _("No booking has this code. Check the letters and try again."),
    "other_community": _("This booking is for another community."),
    "slot_exists": _("This offering already has a slot at this time."),
    "invalid_method": _("Choose how the money was paid: PromptPay, cash or bank transfer."),
    # Promotion codes (chumchon.marketing)
    "promo_unknown": _("This promotion code does not exist. Check the letters and try again."),
    "promo_not_started": _("This promotion code cannot be used yet."),
    "promo_expired": _("This promotion code has expired."),
    "promo_used_up": _("This promotion code has been used as many times as it may be."),
    "promo_not_applicable": _("This promotion code does not apply to this booking."),
}


class BookingError(Exception):
    """Refused: nothing was changed. `code` is stable; `message` is translated lazily."""

    status = 400

    def __init__(self, code: str, message=None, **details):
        self.code = code
        self.message = message or MESSAGES.get(code, code)
        self.details = details
        super().__init__(code)

    def __str__(self) -> str:
        return str(self.message)


class Conflict(BookingError):
    """The request was fine but the world said no (sold out, expired): HTTP 409."""

    status = 409


CONFLICT_CODES = {
    "slot_exists",
    "sold_out",
    "resource_busy",
    "out_of_stock",
    "hold_expired",
    "already_paid",
    "already_cancelled",
    "not_pending",
    "slot_closed",
    "already_checked_in",
    "promo_used_up",
}


def refuse(code: str, **details) -> BookingError:
    cls = Conflict if code in CONFLICT_CODES else BookingError
    return cls(code, **details)
