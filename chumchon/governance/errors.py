"""Refusals from the governance services: a stable code and a message in the reader's language."""

from django.utils.translation import gettext_lazy as _

MESSAGES = {
    "wrong_status": _("This cannot be done at this stage of the proposal."),
    "not_in_community": _("This belongs to another community."),
    "no_text": _("Write a title and what you propose."),
    "no_author": _("Say which member raises the proposal."),
    "price_needs_offering": _("Choose the offering whose price would change."),
    "price_needs_amounts": _("Write at least one new price."),
    "unknown_tier": _("This offering has no price of that kind."),
    "bad_amount": _("A price must be a number of zero or more, in the currency's units."),
    "deadline_past": _("The deadline must be in the future."),
    "vote_open": _("A vote on this proposal is already open."),
    "vote_closed": _("This vote is closed; its result cannot change."),
    "vote_not_started": _("This vote has not started yet."),
    "deadline_passed": _("The deadline for this vote has passed."),
    "household_inactive": _("This household is not active in the community."),
    "member_not_in_household": _("This member belongs to another household."),
    "bad_choice": _("Choose yes, no or abstain."),
    "too_early_to_close": _(
        "Households still have time to vote: the vote closes at its deadline, "
        "or earlier once every household has voted."
    ),
    "not_accepted": _("Only an accepted proposal can be carried out."),
    "already_applied": _("This proposal has already been carried out."),
    "target_missing": _("What this proposal changes no longer exists."),
}


class GovernanceError(Exception):
    """Refused: nothing was changed. `code` is stable; `message` is translated lazily."""

    def __init__(self, code: str, **details):
        self.code = code
        self.message = MESSAGES.get(code, code)
        self.details = details
        super().__init__(code)

    def __str__(self) -> str:
        return str(self.message)
