"""The tourist's side of booking: the basket, the hold, paying, the voucher and cancelling.

Tourists have no account: the booking's secret token in its links is the permission,
so every page of one booking checks it and answers 404 without it.
"""

from __future__ import annotations

import logging
import math
import secrets
from dataclasses import dataclass
from functools import wraps

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language, gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from chumchon.bookings import voucher as vouchers
from chumchon.bookings.availability import remaining_in, sold_pieces
from chumchon.bookings.emails import TOURIST_CANCEL_REASON
from chumchon.bookings.errors import BookingError, refuse
from chumchon.bookings.forms import BookingForm
from chumchon.bookings.models import Booking, BookingStatus, Slot
from chumchon.bookings.services import hold_minutes_default, hold_places, price_of
from chumchon.catalog.models import Offering, OfferingKind
from chumchon.catalog.services import published_offerings
from chumchon.communities.services import approximations
from chumchon.money import Money
from chumchon.network.services import attach_referral
from chumchon.network.views import referral_code
from chumchon.payments import promptpay
from chumchon.payments.services import (
    DEFAULT_REFUND_RULES,
    balance_due,
    cancel_booking,
    paid,
    refund_quote,
    refunded,
)

logger = logging.getLogger(__name__)

BASKET = "booking_basket"
CHOICE_PARAMS = {"slot", "offering", "rooms", "quantity"}  # what an offering page's form sends
RECENT = "recent_bookings"
RECENT_KEEP = 5


# --- The basket -----------------------------------------------------------------------


@dataclass
class BasketLine:
    offering: Offering
    slot: Slot | None
    quantity: int = 0
    remaining: int = 0

    @property
    def counted(self) -> bool:
        """Whether the tourist chooses a number of rooms or pieces for this line."""
        return self.slot is None or self.offering.kind == OfferingKind.HOMESTAY

    def as_session(self) -> dict:
        if self.slot is None:
            return {"offering": self.offering.id, "quantity": self.quantity}
        return {"slot": self.slot.id, "quantity": self.quantity}


def _stored(request) -> list[dict]:
    basket = request.session.get(BASKET)
    return [e for e in basket if isinstance(e, dict)] if isinstance(basket, list) else []


def _save(request, lines: list[BasketLine]) -> None:
    request.session[BASKET] = [line.as_session() for line in lines]


def load_basket(request) -> list[BasketLine]:
    """The basket's lines that still exist and are published (others drop out quietly)."""
    stored = _stored(request)
    slot_ids = [e["slot"] for e in stored if isinstance(e.get("slot"), int)]
    product_ids = [e["offering"] for e in stored if isinstance(e.get("offering"), int)]
    slots = {
        s.id: s
        for s in Slot.objects.filter(
            id__in=slot_ids, offering__is_published=True, offering__community__is_published=True
        ).select_related("offering__community", "offering__place")
    }
    products = {
        o.id: o for o in published_offerings().filter(id__in=product_ids, kind=OfferingKind.PRODUCT)
    }
    sold = sold_pieces(products)
    lines = []
    for entry in stored:
        quantity = entry.get("quantity") if isinstance(entry.get("quantity"), int) else 1
        if entry.get("slot") in slots:
            slot = slots[entry["slot"]]
            lines.append(BasketLine(slot.offering, slot, quantity, remaining_in(slot)))
        elif entry.get("offering") in products:
            product = products[entry["offering"]]
            left = max((product.stock or 0) - sold.get(product.id, 0), 0)
            lines.append(BasketLine(product, None, quantity, left))
    return lines


def _positive(value: str | None, default: int = 1) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return min(max(number, 1), 99)


def _add_to_basket(request, lines: list[BasketLine]) -> BookingError | None:
    """Add the slots or product chosen on an offering page; one community per booking."""
    params = request.GET
    new: list[BasketLine] = []
    slot_ids = [int(v) for v in params.getlist("slot") if v.isdigit()]
    if slot_ids:
        rooms = _positive(params.get("rooms"))
        slots = Slot.objects.filter(
            id__in=slot_ids, offering__is_published=True, offering__community__is_published=True
        ).select_related("offering__community")
        for slot in slots:
            quantity = rooms if slot.offering.kind == OfferingKind.HOMESTAY else 0
            new.append(BasketLine(slot.offering, slot, quantity))
    elif params.get("offering", "").isdigit():
        product = (
            published_offerings()
            .filter(id=int(params["offering"]), kind=OfferingKind.PRODUCT)
            .first()
        )
        if product is not None:
            new.append(BasketLine(product, None, _positive(params.get("quantity"))))
    if not new:
        return refuse("slot_not_found" if slot_ids or params.get("offering") else "no_items")
    communities = {line.offering.community_id for line in lines + new}
    if len(communities) > 1:
        return refuse("mixed_communities")
    for line in new:
        same = next(
            (old for old in lines if old.offering.id == line.offering.id and old.slot == line.slot),
            None,
        )
        if same is not None:
            same.quantity = line.quantity  # choosing it again updates, never doubles
        else:
            lines.append(line)
    lines.sort(key=lambda line: (line.slot is None, line.slot.starts_at if line.slot else 0))
    _save(request, lines)
    return None


def _estimate(form: BookingForm) -> tuple[list[Money], Money] | None:
    """The price of each line and the total, by the same tiers the hold will charge."""
    try:
        prices = [
            price_of(line.offering, req)
            for line, req in zip(form.lines, form.item_requests(), strict=True)
        ]
    except BookingError:
        return None
    currency = form.lines[0].offering.community.currency_id
    return prices, sum(prices, Money.zero(currency))


def _promo_discount(form: BookingForm, prices: list[Money]) -> Money | None:
    """What the promotion code typed would take off (shown with the price; holds nothing)."""
    from chumchon.marketing.services import PricedLine, preview_promo

    community = form.lines[0].offering.community
    lines = [
        PricedLine(line.offering.id, price, req.adults + req.children)
        for line, price, req in zip(form.lines, prices, form.item_requests(), strict=True)
    ]
    try:
        return preview_promo(form.cleaned_data["promo_code"], community, lines)
    except BookingError as err:
        form.add_error("promo_code", err.message)
        return None


def _remember(request, booking: Booking) -> None:
    recent = [r for r in request.session.get(RECENT, []) if r[0] != booking.reference]
    request.session[RECENT] = [[booking.reference, booking.token], *recent][:RECENT_KEEP]


def _recent_bookings(request) -> list[Booking]:
    entries = [e for e in request.session.get(RECENT, []) if isinstance(e, list) and len(e) == 2]
    references = [e[0] for e in entries]
    found = {
        b.reference: b
        for b in Booking.objects.filter(reference__in=references).select_related("community")
    }
    return [
        found[ref]
        for ref, token in entries
        if ref in found and secrets.compare_digest(found[ref].token, token)
    ]


@require_http_methods(["GET", "POST"])
def new_booking(request):
    """Choose guests and give a contact for what is in the basket; then hold the places."""
    lines = load_basket(request)
    if request.method == "GET" and CHOICE_PARAMS & set(request.GET):
        error = _add_to_basket(request, lines)
        if error is not None:
            messages.error(request, error.message)
        return redirect("bookings:new")

    form = None
    estimate = None
    discount = None
    if request.method == "POST":
        action = request.POST.get("action", "book")
        if action == "clear":
            request.session.pop(BASKET, None)
            return redirect("bookings:new")
        if action.startswith("remove-"):
            index = action.removeprefix("remove-")
            if index.isdigit() and int(index) < len(lines):
                del lines[int(index)]
                _save(request, lines)
            return redirect("bookings:new")
        form = BookingForm(request.POST, lines=lines)
        if lines and form.is_valid():
            estimate = _estimate(form)
            if action != "book" and estimate and form.cleaned_data.get("promo_code"):
                discount = _promo_discount(form, estimate[0])
            if action == "book":
                try:
                    booking = hold_places(
                        form.item_requests(),
                        form.contact(),
                        channel="web",
                        created_by=request.user,
                        promo_code=form.cleaned_data.get("promo_code", ""),
                    )
                except BookingError as err:
                    promo = err.code.startswith("promo_")
                    form.add_error("promo_code" if promo else None, err.message)
                else:
                    attach_referral(booking, referral_code(request))
                    request.session.pop(BASKET, None)
                    _remember(request, booking)
                    return redirect(booking.get_absolute_url())
    if form is None:
        form = BookingForm(lines=lines)

    community = lines[0].offering.community if lines else None
    context = {
        "form": form,
        "lines": lines,
        "community": community,
        "recent_bookings": _recent_bookings(request),
        "hold_minutes": hold_minutes_default(),
    }
    if community is not None:
        context["more_offerings"] = published_offerings().filter(community=community)
    if estimate is not None:
        prices, total = estimate
        context["line_prices"] = list(zip(lines, prices, strict=True))
        total = total - discount if discount else total
        context["total"] = total
        context["discount"] = discount
        context["approximations"] = approximations(total)
    else:
        context["line_prices"] = [(line, None) for line in lines]
    return render(request, "bookings/new.html", context)


# --- One booking, through its secret link -----------------------------------------------


def _private(view):
    """Pages behind a booking's token: never cached, never indexed."""

    @wraps(view)
    @never_cache
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapped


def _booking(reference: str, token: str) -> Booking:
    booking = get_object_or_404(
        Booking.objects.select_related("community__country", "currency"), reference=reference
    )
    if not secrets.compare_digest(booking.token.encode(), token.encode()):
        raise Http404
    return booking


def booking_state(booking: Booking) -> str:
    """held, expired, confirmed or cancelled: an unpaid hold past its time reads as expired."""
    if booking.status == BookingStatus.PENDING_PAYMENT:
        return "held" if booking.is_held else "expired"
    return booking.status


def _items(booking: Booking):
    return booking.items.select_related(
        "offering__place", "offering__cancellation_policy", "slot"
    ).order_by("slot__starts_at", "id")


def _has_started(items) -> bool:
    now = timezone.now()
    return any(item.slot is not None and item.slot.starts_at <= now for item in items)


def _can_cancel(booking: Booking, state: str, items) -> bool:
    """Whether to offer the cancel page (the service has the last word on a POST)."""
    if state == "held":
        return True
    if state == "expired":
        return bool(paid(booking) - refunded(booking))  # a deposit to give back
    return state == "confirmed" and not _has_started(items)


def payment_instructions(booking: Booking) -> dict:
    """How to pay: a PromptPay QR where the community has one, else the community's phone."""
    community = booking.community
    due = balance_due(booking)
    info = {"due": due, "approximations": approximations(due), "kind": "contact"}
    if community.currency_id == "LAK":
        info["kind"] = "lao"
    elif community.promptpay_id and due.amount > 0:
        try:
            text = promptpay.payload(community.promptpay_id, due.amount, booking.reference)
        except (promptpay.InvalidPromptPayID, ValueError):
            logger.warning("community %s has an unusable PromptPay ID", community.slug)
        else:
            info.update(kind="promptpay", payload=text, qr=vouchers.qr_svg(text, scale=5))
    return info


@_private
def detail(request, reference, token):
    booking = _booking(reference, token)
    items = list(_items(booking))
    state = booking_state(booking)
    context = {
        "booking": booking,
        "community": booking.community,
        "items": items,
        "state": state,
        "approximations": approximations(booking.total_money),
        "refunds": list(booking.refunds.all()),
        "paid": paid(booking),
        "can_cancel": _can_cancel(booking, state, items),
        "offerings": {item.offering for item in items},
    }
    if state == "held":
        context["payment"] = payment_instructions(booking)
        seconds = max(int((booking.expires_at - timezone.now()).total_seconds()), 0)
        context["seconds_left"] = seconds
        context["minutes_left"] = max(math.ceil(seconds / 60), 1)
    return render(request, "bookings/detail.html", context)


def _voucher_unavailable(request, booking: Booking):
    return render(
        request,
        "bookings/voucher_unavailable.html",
        {"booking": booking, "community": booking.community, "state": booking_state(booking)},
        status=404,
    )


@_private
def voucher(request, reference, token):
    booking = _booking(reference, token)
    if booking.status != BookingStatus.CONFIRMED:
        return _voucher_unavailable(request, booking)
    return render(request, "bookings/voucher.html", vouchers.voucher_context(booking))


@_private
def voucher_pdf(request, reference, token):
    booking = _booking(reference, token)
    if booking.status != BookingStatus.CONFIRMED:
        return _voucher_unavailable(request, booking)
    response = HttpResponse(vouchers.voucher_pdf(booking), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="voucher-{booking.reference}.pdf"'
    return response


def _policies(items) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each distinct refund schedule of the booked offerings, with the offerings it covers."""
    schedules: dict[tuple, list[str]] = {}
    for item in items:
        policy = item.offering.cancellation_policy
        if policy is not None:
            rules = tuple(
                policy.rules.order_by("-days_before").values_list("days_before", "refund_percent")
            )
        else:
            rules = DEFAULT_REFUND_RULES
        titles = schedules.setdefault(rules, [])
        if item.offering.title not in titles:
            titles.append(item.offering.title)
    return [(", ".join(titles), list(rules)) for rules, titles in schedules.items()]


@_private
@require_http_methods(["GET", "POST"])
def cancel(request, reference, token):
    """Show what would come back if the tourist cancelled now; a POST cancels."""
    booking = _booking(reference, token)
    items = list(_items(booking))
    state = booking_state(booking)
    error = None
    if request.method == "POST":
        try:
            refund = cancel_booking(booking, reason=TOURIST_CANCEL_REASON)
        except BookingError as err:
            error = err.message
        else:
            if refund is not None:
                text = gettext(
                    "Your booking is cancelled. The community will pay you back %(amount)s."
                ) % {"amount": refund.money.format(get_language())}
            else:
                text = gettext("Your booking is cancelled.")
            messages.success(request, text)
            return redirect(booking.get_absolute_url())
    return render(
        request,
        "bookings/cancel.html",
        {
            "booking": booking,
            "community": booking.community,
            "items": items,
            "state": state,
            "refund": refund_quote(booking),
            "paid": paid(booking),
            "can_cancel": _can_cancel(booking, state, items),
            "started": _has_started(items),
            "policies": _policies(items),
            "error": error,
        },
    )
