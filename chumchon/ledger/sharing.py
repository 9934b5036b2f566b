"""Revenue-sharing rules: which rules apply, who they name, and how a price splits.

Recipients are resolved to keys `(kind, id, role_id)` for the plain splitter in
split.py; the posting service turns keys into ledger accounts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from chumchon.bookings.models import ApiKey, Booking
from chumchon.catalog.models import Offering, OfferingKind
from chumchon.catalog.pricing import Tiers
from chumchon.communities.models import Household
from chumchon.ledger.models import Basis, Recipient, RevenueShareRule
from chumchon.ledger.split import Recipients, Share, split_price
from chumchon.money import Money

Key = tuple[str, int | None, int | None]  # (kind, household/partner id, role id)
FUND: Key = ("fund", None, None)
PLATFORM: Key = ("platform", None, None)


def rules_for(offering: Offering) -> list[RevenueShareRule]:
    """The offering's own rules, or else its community's default set."""
    own = list(
        RevenueShareRule.objects.filter(offering=offering)
        .select_related("community")
        .prefetch_related("weights")
    )
    if own:
        return own
    return list(
        RevenueShareRule.objects.filter(community_id=offering.community_id, offering=None)
        .select_related("community")
        .prefetch_related("weights")
    )


def _providers(offering: Offering) -> list[Household]:
    return list(offering.providers.filter(is_active=True).order_by("code"))


def _with_role(households: Sequence[Household], role_id: int) -> list[Household]:
    ids = set(
        Household.objects.filter(
            pk__in=[h.pk for h in households],
            members__is_active=True,
            members__roles=role_id,
        ).values_list("pk", flat=True)
    )
    return [h for h in households if h.pk in ids]


def partner_of(booking: Booking | None) -> ApiKey | None:
    """The agency or reseller that sold the booking, if one did."""
    if booking is None or booking.api_key_id is None:
        return None
    key = booking.api_key
    return key if key.role == ApiKey.Role.PARTNER else None


def _recipients(
    rule: RevenueShareRule, providers: list[Household], partner: ApiKey | None
) -> Recipients | None:
    """Who shares this rule's part, or None when nobody can take it (it goes to the rest).

    A providers' share goes to the providing households with a member in the rule's
    role, or to all the providers if none has one, or to the community fund when the
    offering has no providers at all (so that no money is ever left unassigned).
    """
    if rule.recipient == Recipient.PROVIDERS:
        chosen = _with_role(providers, rule.role_id) if rule.role_id else providers
        chosen = chosen or providers
        if not chosen:
            return ((FUND, 1),)
        weights = {w.household_id: w.weight for w in rule.weights.all()}
        return tuple((("household", h.pk, rule.role_id), weights.get(h.pk, 1)) for h in chosen)
    if rule.recipient == Recipient.HOUSEHOLD:
        return ((("household", rule.household_id, None), 1),)
    if rule.recipient == Recipient.FUND:
        return ((FUND, 1),)
    if rule.recipient == Recipient.PLATFORM:
        return ((PLATFORM, 1),)
    if rule.partner_community_id:
        return ((("partner_community", rule.partner_community_id, None), 1),)
    if partner is not None:
        return ((("partner_key", partner.pk, None), 1),)
    return None  # sold directly: no commission to pay


def shares_for(offering: Offering, partner: ApiKey | None = None) -> tuple[list[Share], Recipients]:
    """The offering's rules as shares, and who takes the rest when no rule says."""
    providers = _providers(offering)
    currency = offering.community.currency_id
    shares = []
    for rule in rules_for(offering):
        recipients = _recipients(rule, providers, partner)
        if recipients is None:
            continue
        if rule.basis == Basis.PERCENT:
            shares.append(Share(recipients, percent=rule.percent))
        elif rule.basis == Basis.PER_GUEST:
            shares.append(Share(recipients, per_guest=Money(rule.amount, currency)))
        else:
            shares.append(Share(recipients, rest=True))
    fallback = tuple((("household", h.pk, None), 1) for h in providers) or ((FUND, 1),)
    return shares, fallback


def guests_of(item) -> int:
    """Who a fixed amount per guest counts: guests, or pieces for a product."""
    people = item.adults + item.children
    return people if people else item.quantity


def split_booking(booking: Booking) -> dict[Key, Money]:
    """How the booking's whole price splits by today's rules: exact, adding up to its total."""
    partner = partner_of(booking)
    parts: dict[Key, Money] = {}
    items = booking.items.select_related("offering__community")
    for item in items:
        shares, fallback = shares_for(item.offering, partner)
        price = Money(item.price, booking.currency_id)
        for key, money in split_price(price, guests_of(item), shares, fallback).items():
            parts[key] = parts[key] + money if key in parts else money
    return parts


# --- Checking a rule set ------------------------------------------------------------


def cheapest_per_guest(offering: Offering) -> Money | None:
    """The lowest price one guest (or piece) can pay: what fixed amounts must fit into."""
    tiers = Tiers.of(offering)
    prices = [p for p in (tiers.adult, tiers.child, tiers.item) if p is not None]
    if tiers.group is not None and tiers.group_size:
        prices.append(Money.rounded(tiers.group.amount / tiers.group_size, tiers.currency))
    return min(prices, key=lambda m: m.amount) if prices else None


def check_rule_set(
    rules: Iterable[RevenueShareRule], offering: Offering | None, community
) -> list[str]:
    """Problems with a set of rules (empty when it is fine).

    Percentages may not add up to more than 100, there is at most one "what is left",
    and the fixed amounts per guest plus the percentages must fit the lowest price a
    guest can pay, for the offering or (for the default set) for every offering that
    uses it.
    """
    rules = list(rules)
    problems: list[str] = []
    percent = sum((r.percent or Decimal(0) for r in rules if r.basis == Basis.PERCENT), Decimal(0))
    if percent > 100:
        problems.append(
            _("The percentages add up to %(total)s%%, more than 100%%.") % {"total": percent}
        )
    if sum(1 for r in rules if r.basis == Basis.REST) > 1:
        problems.append(_("Only one rule can take what is left."))
    fixed = sum((r.amount or Decimal(0) for r in rules if r.basis == Basis.PER_GUEST), Decimal(0))
    if fixed:
        if offering is not None:
            offerings = [offering]
        else:
            offerings = list(
                community.offerings.filter(revenue_share_rules__isnull=True).distinct()
            )
        for each in offerings:
            lowest = cheapest_per_guest(each)
            if lowest is None:
                continue
            needed = fixed + lowest.amount * percent / 100
            if needed > lowest.amount:
                problems.append(
                    _(
                        "The fixed amounts per guest (%(fixed)s) and the percentages do not "
                        "fit the lowest price of %(offering)s (%(price)s)."
                    )
                    % {
                        "fixed": Money(fixed, community.currency_id).format(),
                        "offering": each.title,
                        "price": lowest.format(),
                    }
                )
    return [str(p) for p in problems]


def warnings_for(offering: Offering) -> list[str]:
    """Things a coordinator should know about how this offering's money is shared."""
    notes = []
    rules = rules_for(offering)
    providers = _providers(offering)
    if not providers:
        notes.append(
            _("No household provides this: the providers' share goes to the community fund.")
        )
    for rule in rules:
        if rule.recipient == Recipient.PROVIDERS and rule.role_id and providers:
            if not _with_role(providers, rule.role_id):
                notes.append(
                    _("No providing household has a %(role)s: all providers share that part.")
                    % {"role": rule.role.name}
                )
    return [str(n) for n in notes]


# --- "Where your money goes" ---------------------------------------------------------

# Kinds of recipient shown to tourists: never a household's name.
GROUPS = (
    ("households", _("Families who host, guide and cook for you"), "#1B6E53"),
    ("fund", _("Community fund for village projects"), "#E0A526"),
    ("partner", _("The agency that sold it"), "#6B7A8F"),
    ("platform", _("Running this platform"), "#A3A3A3"),
)


def group_of(kind: str) -> str:
    if kind == "household":
        return "households"
    if kind.startswith("partner"):
        return "partner"
    return kind


@dataclass(frozen=True)
class Part:
    group: str
    label: str
    colour: str
    money: Money
    percent: Decimal  # rounded for reading
    x: Decimal  # where its bar starts and how wide it is, in percent of the whole bar
    width: Decimal


@dataclass(frozen=True)
class MoneyGoes:
    total: Money
    parts: list[Part]
    example: str = ""


def summarise(parts: dict[Key, Money], total: Money, example: str = "") -> MoneyGoes:
    by_group: dict[str, Money] = defaultdict(lambda: Money.zero(total.currency))
    for (kind, _id, _role), money in parts.items():
        by_group[group_of(kind)] += money
    result = []
    x = Decimal(0)
    for group, label, colour in GROUPS:
        money = by_group.get(group)
        if not money:
            continue
        exact = money.amount * 100 / total.amount
        percent = exact.quantize(Decimal("0.1"))
        width = exact.quantize(Decimal("0.001"))
        result.append(
            Part(group, str(label), colour, money, percent, x.quantize(Decimal("0.001")), width)
        )
        x += exact
    return MoneyGoes(total, result, example)


def where_money_goes(*, offering: Offering | None = None, booking: Booking | None = None):
    """The split of a booking (as fixed at payment, else by today's rules), or of one
    guest's price for an offering sold directly; None when there is no price."""
    if booking is not None:
        from chumchon.ledger.models import BookingShare

        total = booking.total_money
        if not total:
            return None
        fixed = list(BookingShare.objects.filter(booking=booking).select_related("account"))
        if fixed:
            parts: dict[Key, Money] = {}
            for share in fixed:
                key = (share.account.kind, share.account_id, share.role_id)
                parts[key] = Money(share.amount, share.currency_id)
        else:
            parts = split_booking(booking)
        return summarise(parts, total)
    if offering is None:
        return None
    tiers = Tiers.of(offering)
    if tiers.adult is not None:
        price, guests, example = tiers.adult, 1, _("for one adult")
    elif tiers.item is not None and offering.kind == OfferingKind.PRODUCT:
        price, guests, example = tiers.item, 1, _("for one piece")
    elif tiers.group is not None and tiers.group_size:
        price, guests, example = tiers.group, tiers.group_size, _("for one group")
    else:
        return None
    if not price:
        return None
    shares, fallback = shares_for(offering)
    return summarise(split_price(price, guests, shares, fallback), price, str(example))
