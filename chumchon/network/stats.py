"""Network statistics: for each ordered pair of communities, what one did for the other.

Aggregates only (counts and money), never a tourist's or household's name, so programme
officers may read all of it. Money stays in the currency it was earned in: a pair's
figures are in the receiving community's currency, never summed across currencies.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from html import escape

from django.db.models import Count, Sum

from chumchon.bookings.models import BookingStatus
from chumchon.communities.models import Community
from chumchon.ledger.models import AccountKind, Entry
from chumchon.ledger.services import summed
from chumchon.money import Money
from chumchon.network.models import (
    HandOff,
    HandOffStatus,
    OfferClick,
    OfferImpression,
    Referral,
)


@dataclass(frozen=True)
class PairStats:
    sender: Community
    receiver: Community
    handoffs: int  # groups the sender passed on (not cancelled)
    arrived: int
    impressions: int  # the receiver's experiences shown in the sender's confirmations
    clicks: int  # offers followed (an offer followed twice counts once)
    bookings: int  # confirmed bookings at the receiver that the sender brought
    income: Money  # what those bookings brought the receiver (its currency)
    commission: Money  # what the receiver's ledger credits the sender (net of refunds)

    @property
    def click_rate(self) -> Decimal | None:
        return _rate(self.clicks, self.impressions)

    @property
    def booking_rate(self) -> Decimal | None:
        return _rate(self.bookings, self.clicks)

    @property
    def conversion(self) -> Decimal | None:
        """Offers shown → bookings made."""
        return _rate(self.bookings, self.impressions)


def _rate(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / whole).quantize(Decimal("0.1"))


def pair_stats(
    communities: list[Community] | None = None,
    *,
    since: dt.date | None = None,
) -> list[PairStats]:
    """Figures for every ordered pair (sender → receiver) among `communities` (all by default).

    Pairs with nothing at all between them are left out.
    """
    communities = communities or list(Community.objects.select_related("currency"))
    by_id = {c.pk: c for c in communities}
    ids = list(by_id)

    def pairs(rows, a: str, b: str, value: str = "n") -> dict[tuple[int, int], int]:
        return {(r[a], r[b]): r[value] for r in rows if r[a] != r[b]}

    handoffs = HandOff.objects.filter(from_community__in=ids, to_community__in=ids).exclude(
        status=HandOffStatus.CANCELLED
    )
    impressions = OfferImpression.objects.filter(
        code__partner__community__in=ids, offering__community__in=ids
    )
    clicks = OfferClick.objects.filter(
        code__partner__community__in=ids, offering__community__in=ids
    )
    referrals = Referral.objects.filter(
        partner__community__in=ids,
        booking__community__in=ids,
        booking__status=BookingStatus.CONFIRMED,
    )
    if since is not None:
        handoffs = handoffs.filter(day__gte=since)
        impressions = impressions.filter(created_at__date__gte=since)
        clicks = clicks.filter(created_at__date__gte=since)
        referrals = referrals.filter(booking__created_at__date__gte=since)

    sent = pairs(
        handoffs.values("from_community", "to_community").annotate(n=Count("id")).order_by(),
        "from_community",
        "to_community",
    )
    arrived = pairs(
        handoffs.filter(status=HandOffStatus.ARRIVED)
        .values("from_community", "to_community")
        .annotate(n=Count("id"))
        .order_by(),
        "from_community",
        "to_community",
    )
    # An offer is one experience offered to one tourist (one code), however many times
    # and in however many media it was shown or followed: count distinct pairs.
    shown = _distinct_pairs(impressions)
    followed = _distinct_pairs(clicks)
    # Bookings a sender brought: referred by it, or the onward part of a hand-off from it
    # (a cross-border package's second booking has no referral). Each counted once.
    onward = HandOff.objects.filter(
        from_community__in=ids,
        to_community__in=ids,
        onward_booking__status=BookingStatus.CONFIRMED,
    )
    if since is not None:
        onward = onward.filter(onward_booking__created_at__date__gte=since)
    brought: dict[int, tuple[int, int, Decimal]] = {}
    for booking_id, sender, receiver, total in referrals.values_list(
        "booking_id", "partner__community", "booking__community", "booking__total"
    ):
        brought[booking_id] = (sender, receiver, total)
    for booking_id, sender, receiver, total in onward.values_list(
        "onward_booking_id", "from_community", "to_community", "onward_booking__total"
    ):
        brought.setdefault(booking_id, (sender, receiver, total))
    booked: dict[tuple[int, int], int] = {}
    income: dict[tuple[int, int], Decimal] = {}
    for sender, receiver, total in brought.values():
        if sender == receiver:
            continue
        booked[(sender, receiver)] = booked.get((sender, receiver), 0) + 1
        income[(sender, receiver)] = income.get((sender, receiver), Decimal(0)) + total
    entries = Entry.objects.filter(
        account__kind=AccountKind.PARTNER,
        account__partner_community__in=ids,
        account__community__in=ids,
    )
    if since is not None:
        entries = entries.filter(transaction__period__gte=since)
    commission_rows = (
        entries.values("account__partner_community", "account__community", "currency_id")
        .annotate(s=Sum("amount"))
        .order_by()
    )
    commission = {
        (r["account__partner_community"], r["account__community"]): -summed(
            r["s"], r["currency_id"]
        )
        for r in commission_rows
    }

    keys = set(sent) | set(shown) | set(followed) | set(booked) | set(commission)
    result = []
    for sender_id, receiver_id in sorted(keys):
        receiver = by_id[receiver_id]
        currency = receiver.currency_id
        result.append(
            PairStats(
                sender=by_id[sender_id],
                receiver=receiver,
                handoffs=sent.get((sender_id, receiver_id), 0),
                arrived=arrived.get((sender_id, receiver_id), 0),
                impressions=shown.get((sender_id, receiver_id), 0),
                clicks=followed.get((sender_id, receiver_id), 0),
                bookings=booked.get((sender_id, receiver_id), 0),
                income=summed(income.get((sender_id, receiver_id)), currency),
                commission=commission.get((sender_id, receiver_id), Money.zero(currency)),
            )
        )
    return result


def _distinct_pairs(rows) -> dict[tuple[int, int], int]:
    counts: dict[tuple[int, int], int] = {}
    for sender, receiver, _code, _offering in rows.values_list(
        "code__partner__community", "offering__community", "code_id", "offering_id"
    ).distinct():
        if sender != receiver:
            counts[(sender, receiver)] = counts.get((sender, receiver), 0) + 1
    return counts


# --- The funnel as a picture -------------------------------------------------------------

COLOURS = ("#a9c4b4", "#7d93b5", "#1B6E53")


def funnel_svg(rows: list[PairStats], *, labels: tuple[str, str, str], title: str) -> str:
    """Horizontal bars per pair: offers shown, links followed, bookings (inline SVG)."""
    width, left, bar_h, gap = 360, 4, 14, 3
    label_h, row_gap = 16, 12
    top = 26
    row_h = label_h + 3 * (bar_h + gap) + row_gap
    height = top + len(rows) * row_h + 4
    biggest = max([max(r.impressions, r.clicks, r.bookings) for r in rows] + [1])
    scale = (width - left - 60) / biggest
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'class="network-chart" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    x = left
    for colour, label in zip(COLOURS, labels, strict=True):
        out.append(f'<rect x="{x}" y="4" width="12" height="12" fill="{colour}"/>')
        out.append(f'<text x="{x + 16}" y="14" font-size="12">{escape(label)}</text>')
        x += 28 + 7 * len(label)
    for i, row in enumerate(rows):
        y = top + i * row_h
        name = f"{row.sender.name} → {row.receiver.name}"
        out.append(
            f'<text x="{left}" y="{y + 12}" font-size="13" font-weight="700">{escape(name)}</text>'
        )
        for j, value in enumerate((row.impressions, row.clicks, row.bookings)):
            by = y + label_h + j * (bar_h + gap)
            w = max(value * scale, 1 if value else 0)
            out.append(
                f'<rect x="{left}" y="{by}" width="{w:.1f}" height="{bar_h}" fill="{COLOURS[j]}"/>'
            )
            out.append(f'<text x="{left + w + 4:.1f}" y="{by + 11}" font-size="11">{value}</text>')
    out.append("</svg>")
    return "".join(out)
