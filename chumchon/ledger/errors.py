"""Ledger refusals: a stable code and a message in the reader's language.

LedgerError is a BookingError, so that the payment services, the API's one error
shape and the booking pages treat a refusal from the ledger like any other.
"""

from django.utils.translation import gettext_lazy as _

from chumchon.bookings.errors import BookingError

MESSAGES = {
    "unbalanced": _("The entries of a transaction must add up to zero."),
    "no_entries": _("A transaction needs entries."),
    "other_community": _("This account belongs to another community."),
    "period_closed": _("This month is closed: nothing dated in it can change."),
    "future_date": _("The date cannot be in the future."),
    "over_balance": _("This is more than the balance that can be paid now."),
    "would_go_negative": _(
        "This household (or partner) has already been paid its share: record the money "
        "it gives back first."
    ),
    "bad_amount": _("Write an amount above zero, in the currency's units."),
    "wrong_currency": _("This is in the wrong currency."),
    "not_reversible": _("Payments and refunds are corrected with a refund, not reversed."),
    "already_reversed": _("This transaction has already been reversed."),
    "reason_needed": _("Say why."),
    "month_not_over": _("A month can be closed only after it has ended."),
    "close_earlier_first": _("Close the earlier months first."),
    "nothing_to_refund": _("Nothing was paid for this booking, so nothing can be given back."),
    "refund_too_large": _("This refund is more than what is left of the payments."),
    "not_payable": _("Money is paid to a household, a partner or the platform only."),
    "same_account": _("Choose two different accounts."),
    "mixed_accounts": _(
        "Move money either between cash, bank and gateway, or between shares, not across."
    ),
    "invalid_method": _("Choose how the money was paid: cash, bank transfer or PromptPay."),
    "no_line": _("No poverty line is recorded for this country and year."),
}


# Mistakes in what was sent (HTTP 400); every other refusal is the books saying no (409).
INPUT_CODES = {
    "unbalanced",
    "no_entries",
    "future_date",
    "bad_amount",
    "reason_needed",
    "not_payable",
    "same_account",
    "mixed_accounts",
    "invalid_method",
    "wrong_currency",
}


class LedgerError(BookingError):
    """Refused by the ledger: nothing was written."""

    def __init__(self, code: str, **details):
        super().__init__(code, MESSAGES.get(code, code), **details)
        self.status = 400 if code in INPUT_CODES else 409


def refuse(code: str, **details) -> LedgerError:
    return LedgerError(code, **details)
