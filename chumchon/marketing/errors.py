"""Refusals of the review form: a stable code and a message in the reader's language."""

from django.utils.translation import gettext_lazy as _

MESSAGES = {
    "review_link_invalid": _("This review link is not valid or has expired."),
    "trip_not_ended": _("You can review your visit once it has ended."),
    "not_confirmed": _("Only a visit that was booked and paid can be reviewed."),
    "already_reviewed": _("This booking has already been reviewed. Thank you!"),
    "invalid_rating": _("Give between 1 and 5 stars."),
}


class ReviewRefused(Exception):
    """Nothing was written. `code` is stable; `message` is translated lazily."""

    def __init__(self, code: str):
        self.code = code
        self.message = MESSAGES.get(code, code)
        super().__init__(code)

    def __str__(self) -> str:
        return str(self.message)
