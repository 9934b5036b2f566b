"""Phone pages for bookings: coordinators run the days, treasurers handle the money.

Every change goes through the booking and payment services; these views only
check who may do what, show forms and translate refusals.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Max, Min, Q
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from chumchon.accounts.models import StaffRole
from chumchon.accounts.permissions import MANAGERS, can_manage, community_access
from chumchon.bookings import services as bookings_services
from chumchon.bookings.availability import slots_between, taking_places, used_units
from chumchon.bookings.checkin import check_in, ensure_can_check_in, look_up, reference_from
from chumchon.bookings.errors import BookingError, refuse
from chumchon.bookings.models import Booking, BookingItem, BookingStatus, Slot
from chumchon.bookings.schedule import add_slot, close_days, generate_from_weekly_schedules
from chumchon.catalog.models import OfferingKind
from chumchon.core.audit import log_action
from chumchon.core.files import file_response
from chumchon.core.models import AuditEntry
from chumchon.dashboard.booking_forms import (
    BY_HAND,
    BookingFilterForm,
    CancelForm,
    CheckInForm,
    CloseDaysForm,
    ManifestForm,
    OneOffSlotForm,
    PaymentForm,
    RefundPaidForm,
    SlotCapacityForm,
    WeeklyDepartureForm,
)
from chumchon.money import Money
from chumchon.payments import services as payments
from chumchon.payments.models import Method, Refund

COORDINATOR = (StaffRole.COORDINATOR,)
TREASURER = (StaffRole.TREASURER,)
SCHEDULE_DAYS = 14
PER_PAGE = 50

# The audit log's dotted names, in words for the booking's history.
HISTORY_WORDS = {
    "booking.held": gettext_lazy("Booked; places held until payment"),
    "booking.confirmed": gettext_lazy("Confirmed"),
    "payment.received": gettext_lazy("Payment received"),
    "booking.cancelled": gettext_lazy("Cancelled"),
    "refund.paid": gettext_lazy("Refund paid back"),
    "booking.checked_in": gettext_lazy("Checked in"),
    "booking.expired": gettext_lazy("Hold expired"),
    "booking.hold_extended": gettext_lazy("Places held longer"),
}

# How much longer a coordinator may hold places for a guest who pays on arrival
# (common in Bo Tan, where guests pay cash in kip): never past the visit itself.
HOLD_LONGER_HOURS = (2, 24, 72)


def _roles(request, community) -> dict[str, bool]:
    """What the signed-in person may do here, for the templates' buttons."""
    user = request.user
    return {
        "is_coordinator": can_manage(user, community, COORDINATOR),
        "is_treasurer": can_manage(user, community, TREASURER),
        "handles_bookings": can_manage(user, community, MANAGERS),
    }


# Which tab of the booking pages' menu each page belongs to.
SECTIONS = {
    "list": "bookings",
    "detail": "bookings",
    "payment": "bookings",
    "cancel": "bookings",
    "schedule": "schedule",
    "offering_schedule": "schedule",
    "close": "schedule",
    "closure": "schedule",
    "manifest": "manifest",
    "checkin": "checkin",
}


def _page(request, community, template, context, status=200):
    return render(
        request,
        f"dashboard/bookings/{template}.html",
        {
            "community": community,
            "section": SECTIONS[template],
            **_roles(request, community),
            **context,
        },
        status=status,
    )


def _booking(community, reference) -> Booking:
    return get_object_or_404(
        Booking.objects.select_related("currency"), community=community, reference=reference.upper()
    )


def _next_or(request, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def _cancellable(booking, paid) -> bool:
    """Worth offering the cancel button: the service has the last word."""
    if booking.status == BookingStatus.CANCELLED:
        return False
    return booking.status == BookingStatus.CONFIRMED or booking.is_held or bool(paid)


def _detail_url(booking) -> str:
    return reverse("manage_bookings:detail", args=[booking.community.slug, booking.reference])


def _day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    tz = timezone.get_current_timezone()
    start = dt.datetime.combine(day, dt.time.min, tzinfo=tz)
    return start, start + dt.timedelta(days=1)


# Bookings ----------------------------------------------------------------------------


@community_access("manage")
def booking_list(request, community):
    form = BookingFilterForm(request.GET)
    form.is_valid()
    data = getattr(form, "cleaned_data", {})
    bookings = community.bookings.select_related("currency").annotate(
        first_start=Min("items__slot__starts_at"), last_start=Max("items__slot__starts_at")
    )
    query = data.get("q", "").strip()
    if query:
        reference = reference_from(query)
        exact = bookings.filter(reference=reference).first() if reference else None
        if exact is not None:
            return redirect(_detail_url(exact))
        match = Q(contact_name__icontains=query)
        if reference:
            match |= Q(reference__contains=reference)
        bookings = bookings.filter(match)
    if data.get("status"):
        bookings = bookings.filter(status=data["status"])
    when = data.get("when") or "upcoming"
    if when == "upcoming":
        today_start, _end = _day_bounds(timezone.localdate())
        bookings = bookings.filter(last_start__gte=today_start).order_by("first_start", "id")
    elif when == "recent":
        since = timezone.now() - dt.timedelta(days=30)
        bookings = bookings.filter(created_at__gte=since).order_by("-created_at")
    else:
        bookings = bookings.order_by("-created_at")
    page = Paginator(bookings, PER_PAGE).get_page(request.GET.get("page"))
    return _page(request, community, "list", {"form": form, "page": page, "when": when})


@community_access("manage")
def booking_detail(request, community, reference):
    booking = _booking(community, reference)
    refunds = list(booking.refunds.all())
    for refund in refunds:
        refund.form = RefundPaidForm(initial={"method": refund.method}, prefix=f"r{refund.pk}")
    items = list(booking.items.select_related("offering", "slot"))
    for item in items:
        item.money = Money(item.price, booking.currency_id)
    paid = payments.paid(booking)
    history = AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Booking), object_id=str(booking.pk)
    ).select_related("actor")
    return _page(
        request,
        community,
        "detail",
        {
            "booking": booking,
            "items": items,
            "payments": booking.payments.select_related("recorded_by"),
            "refunds": refunds,
            "paid": paid,
            "due": payments.balance_due(booking),
            "cancellable": _cancellable(booking, paid),
            "history": [(e, HISTORY_WORDS.get(e.action, e.action)) for e in history],
            "hold_longer_hours": HOLD_LONGER_HOURS,
        },
    )


@community_access("manage")
def payment_slip(request, community, reference, pk):
    """Slips show bank details, so they are served to the community's staff only."""
    booking = _booking(community, reference)
    payment = get_object_or_404(booking.payments, pk=pk)
    return file_response(payment.slip, cache_control="private, no-store")


@community_access("manage")
def record_payment(request, community, reference):
    booking = _booking(community, reference)
    due = payments.balance_due(booking)
    initial = {
        "amount": due.amount,
        "method": Method.PROMPTPAY if community.promptpay_id else Method.CASH,
    }
    posted = request.method == "POST"
    form = PaymentForm(
        request.POST if posted else None,
        request.FILES if posted else None,
        currency=booking.currency_id,
        initial=initial,
    )
    if posted and form.is_valid():
        data = form.cleaned_data
        try:
            payments.record_payment(
                booking,
                method=data["method"],
                amount=data["amount"],
                currency=booking.currency_id,
                by=request.user,
                slip=data["slip"],
                note=data["note"],
            )
        except BookingError as err:
            form.add_error(None, err.message)
        else:
            booking.refresh_from_db()
            if booking.status == BookingStatus.CONFIRMED:
                text = _("Payment recorded. Booking %(reference)s is confirmed.")
            else:
                text = _("Part payment recorded for %(reference)s; %(due)s is still due.")
            messages.success(
                request,
                text
                % {
                    "reference": booking.reference,
                    "due": payments.balance_due(booking).format(request.LANGUAGE_CODE),
                },
            )
            return redirect(_detail_url(booking))
    return _page(
        request,
        community,
        "payment",
        {"booking": booking, "form": form, "due": due},
        status=400 if form.errors else 200,
    )


@community_access("manage", roles=COORDINATOR)
@require_POST
def hold_longer(request, community, reference):
    booking = _booking(community, reference)
    try:
        hours = int(request.POST.get("hours", ""))
    except ValueError:
        hours = 0
    if hours not in HOLD_LONGER_HOURS:
        messages.error(request, _("Choose how long to hold the places."))
        return redirect(_detail_url(booking))
    starts = booking.items.filter(slot__isnull=False).aggregate(first=Min("slot__starts_at"))
    minutes = hours * 60
    if starts["first"] is not None:
        until_visit = int((starts["first"] - timezone.now()).total_seconds() // 60)
        minutes = min(minutes, until_visit)
    try:
        if minutes <= 0:
            raise refuse("slot_in_past")
        booking = bookings_services.extend_hold(booking, minutes, by=request.user)
    except BookingError as err:
        messages.error(request, err.message)
    else:
        messages.success(
            request,
            _("The places of %(reference)s are held until %(time)s.")
            % {
                "reference": booking.reference,
                "time": formats.date_format(timezone.localtime(booking.expires_at), "j M Y H:i"),
            },
        )
    return redirect(_detail_url(booking))


@community_access("manage", roles=COORDINATOR)
def cancel(request, community, reference):
    booking = _booking(community, reference)
    last = booking.payments.order_by("-received_at").first()
    by_hand = dict(BY_HAND)
    form = CancelForm(
        request.POST if request.method == "POST" else None,
        initial={"refund_method": last.method if last and last.method in by_hand else Method.CASH},
    )
    if request.method == "POST" and form.is_valid():
        try:
            refund = payments.cancel_booking(
                booking,
                by=request.user,
                reason=form.reason_text(),
                full_refund=True,
                refund_method=form.cleaned_data["refund_method"] or None,
            )
        except BookingError as err:
            form.add_error(None, err.message)
        else:
            if refund is not None:
                text = _("Booking %(reference)s is cancelled. Pay back %(amount)s in full.")
            else:
                text = _("Booking %(reference)s is cancelled. Nothing was paid, nothing is owed.")
            messages.success(
                request,
                text
                % {
                    "reference": booking.reference,
                    "amount": refund.money.format(request.LANGUAGE_CODE) if refund else "",
                },
            )
            return redirect(_next_or(request, _detail_url(booking)))
    return _page(
        request,
        community,
        "cancel",
        {
            "booking": booking,
            "form": form,
            "refund": payments.refund_quote(booking, full=True),
            "cancellable": _cancellable(booking, payments.paid(booking)),
            "next": _next_or(request, ""),
        },
        status=400 if form.errors else 200,
    )


@community_access("manage", roles=TREASURER)
@require_POST
def refund_paid(request, community, pk):
    refund = get_object_or_404(
        Refund.objects.select_related("booking__community"), pk=pk, booking__community=community
    )
    form = RefundPaidForm(request.POST, prefix=f"r{refund.pk}")
    if not form.is_valid():
        messages.error(request, _("Choose how the money was paid back."))
    else:
        try:
            payments.mark_refund_paid(refund, method=form.cleaned_data["method"], by=request.user)
        except BookingError as err:
            messages.error(request, err.message)
        else:
            messages.success(
                request,
                _("Refund of %(amount)s marked as paid back.")
                % {"amount": refund.money.format(request.LANGUAGE_CODE)},
            )
    return redirect(_detail_url(refund.booking))


# Schedules ---------------------------------------------------------------------------


@dataclass
class SlotRow:
    """One coming departure on the schedule page."""

    slot: Slot
    remaining: int
    closed: str
    taken: int
    error: str = ""
    value: int | None = None

    @property
    def capacity_value(self) -> int:
        return self.value if self.value is not None else self.slot.capacity


def _slot_rows(offering, today: dt.date) -> list[SlotRow]:
    found = slots_between(offering, today, today + dt.timedelta(days=SCHEDULE_DAYS - 1))
    taken = used_units([a.slot.id for a in found])
    return [SlotRow(a.slot, a.remaining, a.closed, taken.get(a.slot.id, 0)) for a in found]


def _scheduled_offerings(community):
    return community.offerings.exclude(kind=OfferingKind.PRODUCT).prefetch_related(
        "weekly_schedule"
    )


@community_access("read")
def schedule(request, community):
    today = timezone.localdate()
    offerings = [(o, _slot_rows(o, today)) for o in _scheduled_offerings(community)]
    roles = _roles(request, community)
    return _page(
        request,
        community,
        "schedule",
        {
            "offerings": offerings,
            "closures": community.closures.filter(date_to__gte=today).select_related("offering"),
            "close_form": CloseDaysForm(community=community) if roles["is_coordinator"] else None,
            "days": SCHEDULE_DAYS,
        },
    )


@community_access("read")
def offering_schedule(request, community, offering_id):
    """An offering's weekly departures and its coming days; coordinators change them."""
    offering = get_object_or_404(_scheduled_offerings(community), pk=offering_id)
    weekly_form = WeeklyDepartureForm(offering=offering, prefix="weekly")
    slot_form = OneOffSlotForm(offering=offering, prefix="slot")
    capacity_error: tuple[int, str, str] | None = None
    if request.method == "POST":
        if not can_manage(request.user, community, COORDINATOR):
            raise PermissionDenied
        action = request.POST.get("action")
        here = reverse("manage_bookings:offering_schedule", args=[community.slug, offering.pk])
        if action == "add_weekly":
            weekly_form = WeeklyDepartureForm(request.POST, offering=offering, prefix="weekly")
            if weekly_form.is_valid():
                _add_weekly(request, community, offering, weekly_form)
                return redirect(here)
        elif action == "remove_weekly":
            entry = get_object_or_404(offering.weekly_schedule, pk=request.POST.get("entry"))
            _remove_weekly(request, community, entry)
            return redirect(here)
        elif action == "add_slot":
            slot_form = OneOffSlotForm(request.POST, offering=offering, prefix="slot")
            if slot_form.is_valid() and _add_slot(request, community, offering, slot_form):
                return redirect(here)
        elif action == "capacity":
            slot = get_object_or_404(offering.slots, pk=request.POST.get("slot"))
            form = _change_capacity(request, community, slot)
            if form.is_valid():
                return redirect(here)
            capacity_error = (
                slot.pk,
                " ".join(str(e) for e in form.errors.get("capacity", [])),
                request.POST.get("capacity", ""),
            )
        else:
            return HttpResponseBadRequest()
    rows = _slot_rows(offering, timezone.localdate())
    if capacity_error:
        for row in rows:
            if row.slot.pk == capacity_error[0]:
                row.error = capacity_error[1]
                row.value = capacity_error[2]
    failed = request.method == "POST"
    return _page(
        request,
        community,
        "offering_schedule",
        {
            "offering": offering,
            "weekly": offering.weekly_schedule.all(),
            "weekly_form": weekly_form,
            "slot_form": slot_form,
            "rows": rows,
            "days": SCHEDULE_DAYS,
        },
        status=400 if failed else 200,
    )


def _add_weekly(request, community, offering, form) -> None:
    with transaction.atomic():
        entry = form.save()
        created = generate_from_weekly_schedules(offering=offering)
        log_action(
            request.user,
            "schedule.departure_added",
            offering,
            community=community,
            weekday=entry.weekday,
            start_time=entry.start_time.strftime("%H:%M"),
            places=entry.capacity,
            slots_created=created,
        )
    messages.success(
        request,
        ngettext(
            "Weekly departure added: %(count)d new date is open for booking.",
            "Weekly departure added: %(count)d new dates are open for booking.",
            created,
        )
        % {"count": created},
    )


def _remove_weekly(request, community, entry) -> None:
    """Drop a weekly departure and its coming dates that nobody has booked."""
    offering, now = entry.offering, timezone.now()
    with transaction.atomic():
        matching = [
            slot.pk
            for slot in offering.slots.filter(starts_at__gt=now)
            if timezone.localtime(slot.starts_at).weekday() == entry.weekday
            and timezone.localtime(slot.starts_at).time() == entry.start_time
        ]
        # Lock them first: a tourist booking one of these dates right now locks it too,
        # and a date that gets a booking must stay.
        list(Slot.objects.select_for_update().filter(pk__in=matching).values_list("pk"))
        removed, _detail = Slot.objects.filter(pk__in=matching, items__isnull=True).delete()
        kept = Slot.objects.filter(pk__in=matching).count()
        log_action(
            request.user,
            "schedule.departure_removed",
            offering,
            community=community,
            weekday=entry.weekday,
            start_time=entry.start_time.strftime("%H:%M"),
            slots_removed=removed,
            slots_kept=kept,
        )
        entry.delete()
    text = ngettext(
        "Weekly departure removed, with %(removed)d coming date nobody had booked.",
        "Weekly departure removed, with %(removed)d coming dates nobody had booked.",
        removed,
    ) % {"removed": removed}
    if kept:
        text += " " + ngettext(
            "%(kept)d date with bookings stays: cancel them or close that day if needed.",
            "%(kept)d dates with bookings stay: cancel them or close those days if needed.",
            kept,
        ) % {"kept": kept}
    messages.success(request, text)


def _add_slot(request, community, offering, form) -> bool:
    try:
        slot = add_slot(
            offering, form.cleaned_data["starts_at"], form.cleaned_data["capacity"], by=request.user
        )
    except BookingError:
        # Another coordinator added the same time a moment ago.
        form.add_error("time", _("There is already a departure at this time."))
        return False
    messages.success(request, _("Added %(slot)s.") % {"slot": slot})
    return True


def _change_capacity(request, community, slot) -> SlotCapacityForm:
    with transaction.atomic():
        # Lock, then count: a booking of this slot locks it too, so the places taken
        # cannot grow between our count and our save.
        slot = Slot.objects.select_for_update().get(pk=slot.pk)
        taken = used_units([slot.pk]).get(slot.pk, 0)
        form = SlotCapacityForm(request.POST, taken=taken)
        if form.is_valid():
            before, slot.capacity = slot.capacity, form.cleaned_data["capacity"]
            slot.save(update_fields=["capacity"])
            log_action(
                request.user,
                "slot.capacity_changed",
                slot,
                community=community,
                before=before,
                after=slot.capacity,
            )
            messages.success(
                request,
                _("%(slot)s now has %(places)d places.") % {"slot": slot, "places": slot.capacity},
            )
    return form


@community_access("manage", roles=COORDINATOR)
def close(request, community):
    form = CloseDaysForm(request.POST if request.method == "POST" else None, community=community)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        closure, affected = close_days(
            community,
            data["date_from"],
            data["date_to"],
            data["reason"],
            by=request.user,
            offering=data["offering"],
        )
        if affected:
            text = ngettext(
                "Closed. %(count)d booking is affected: cancel it below and call the guests.",
                "Closed. %(count)d bookings are affected: cancel them below and call the guests.",
                len(affected),
            ) % {"count": len(affected)}
        else:
            text = _("Closed. No bookings are affected.")
        messages.success(request, text)
        return redirect("manage_bookings:closure", community.slug, closure.pk)
    return _page(request, community, "close", {"form": form}, status=400 if form.errors else 200)


def _affected_by(closure) -> list[Booking]:
    """Bookings still holding places on the closed days (the same rule as close_days)."""
    items = taking_places().filter(
        booking__community=closure.community,
        slot__starts_at__date__gte=closure.date_from,
        slot__starts_at__date__lte=closure.date_to,
    )
    if closure.offering_id:
        items = items.filter(offering_id=closure.offering_id)
    bookings = list(
        Booking.objects.filter(items__in=items)
        .distinct()
        .select_related("currency")
        .annotate(first_start=Min("items__slot__starts_at"))
        .order_by("first_start", "id")
    )
    closed_items = list(items.select_related("slot", "offering").order_by("slot__starts_at"))
    for booking in bookings:
        booking.refund = payments.refund_quote(booking, full=True)
        booking.closed_items = [i for i in closed_items if i.booking_id == booking.pk]
    return bookings


@community_access("manage", roles=COORDINATOR)
def closure(request, community, pk):
    closure = get_object_or_404(community.closures.select_related("offering"), pk=pk)
    if request.method == "POST":
        if request.POST.get("action") != "reopen":
            return HttpResponseBadRequest()
        log_action(
            request.user,
            "closure.removed",
            closure,
            community=community,
            date_from=closure.date_from.isoformat(),
            date_to=closure.date_to.isoformat(),
            reason=closure.reason,
        )
        closure.delete()
        messages.success(request, _("Those days are open for booking again."))
        return redirect("manage_bookings:schedule", community.slug)
    return _page(
        request,
        community,
        "closure",
        {"closure": closure, "bookings": _affected_by(closure)},
    )


# On the day --------------------------------------------------------------------------


@dataclass
class ManifestSlot:
    slot: Slot
    items: list[BookingItem] = field(default_factory=list)

    @property
    def adults(self) -> int:
        return sum(i.adults for i in self.items)

    @property
    def children(self) -> int:
        return sum(i.children for i in self.items)

    @property
    def rooms(self) -> int:
        return sum(i.units for i in self.items)

    @property
    def is_homestay(self) -> bool:
        return self.slot.offering.kind == OfferingKind.HOMESTAY


def manifest_for(community, day: dt.date, household=None) -> list[ManifestSlot]:
    """Every slot of `day` with its confirmed guests; a household sees only what it provides."""
    start, end = _day_bounds(day)
    slots = Slot.objects.filter(
        offering__community=community, starts_at__gte=start, starts_at__lt=end
    ).select_related("offering")
    if household is not None:
        slots = slots.filter(offering__providers=household)
    sections = {s.pk: ManifestSlot(s) for s in slots.order_by("starts_at", "offering__position")}
    items = (
        BookingItem.objects.filter(slot_id__in=sections, booking__status=BookingStatus.CONFIRMED)
        .select_related("booking")
        .order_by("booking__contact_name", "id")
    )
    for item in items:
        sections[item.slot_id].items.append(item)
    return list(sections.values())


@community_access("manage")
def manifest(request, community):
    form = ManifestForm(request.GET or None, community=community)
    day, household = timezone.localdate(), None
    if form.is_bound:
        if form.has_error("household"):
            raise Http404
        if form.is_valid():
            day = form.cleaned_data["date"] or day
            household = form.cleaned_data["household"]
    if not form.is_bound or not form.data.get("date"):
        form = ManifestForm(
            {"date": day.isoformat(), "household": household.pk if household else ""},
            community=community,
        )
    sections = manifest_for(community, day, household)
    return _page(
        request,
        community,
        "manifest",
        {
            "form": form,
            "day": day,
            "household": household,
            "sections": sections,
            "guests": sum(s.adults + s.children for s in sections if not s.is_homestay),
            "previous": day - dt.timedelta(days=1),
            "following": day + dt.timedelta(days=1),
            "here": request.get_full_path(),
        },
        status=400 if form.errors else 200,
    )


@community_access("manage", roles=COORDINATOR)
def checkin(request, community):
    """Type the code or scan the voucher; a booking is shown before the one-tap check-in."""
    booking = error = None
    status = 200
    if request.method == "POST":
        form = CheckInForm(request.POST)
        if form.is_valid():
            code = form.cleaned_data["code"]
            try:
                booking = check_in(code, community, by=request.user)
            except BookingError as err:
                error, status = err.message, err.status
                booking = _preview(code, community)
            else:
                messages.success(
                    request,
                    _("Welcome! %(reference)s, %(name)s: checked in.")
                    % {"reference": booking.reference, "name": booking.contact_name},
                )
                return redirect(_next_or(request, request.path))
        else:
            status = 400
    else:
        code = request.GET.get("code", "")
        form = CheckInForm(initial={"code": code})
        if code:
            try:
                booking = look_up(code, community)
                form = CheckInForm(initial={"code": booking.reference})
                ensure_can_check_in(booking)
            except BookingError as err:
                error = err.message
    return _page(
        request,
        community,
        "checkin",
        {
            "form": form,
            "booking": booking,
            "items": booking.items.select_related("offering", "slot") if booking else [],
            "error": error,
            "today": timezone.localdate(),
        },
        status=status,
    )


def _preview(code, community) -> Booking | None:
    """The booking to show beside a refusal; never another community's."""
    try:
        return look_up(code, community)
    except BookingError:
        return None
