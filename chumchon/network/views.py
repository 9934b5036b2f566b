"""Network pages: referral links, cross-border packages and trips, and the coordinators'
hand-offs, partners and network statistics."""

from __future__ import annotations

import datetime as dt
import secrets

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, Sum
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from chumchon.accounts.models import StaffRole
from chumchon.accounts.permissions import (
    can_manage,
    can_see_personal_data,
    community_access,
    managed_communities,
    readable_communities,
)
from chumchon.bookings.errors import BookingError
from chumchon.bookings.models import BookingStatus
from chumchon.bookings.services import Contact
from chumchon.catalog.services import starting_price
from chumchon.communities.models import Community
from chumchon.communities.services import approximations
from chumchon.money import Money
from chumchon.network import services
from chumchon.network.forms import (
    AgreementForm,
    AnnounceForm,
    PackageForm,
    ReferralLinkForm,
    codes_for,
    net_rate_formset,
)
from chumchon.network.models import (
    Agreement,
    CrossBorderPackage,
    HandOff,
    HandOffStatus,
    Partner,
    Referral,
    Trip,
)
from chumchon.network.offers import weekly_hours
from chumchon.network.stats import funnel_svg, pair_stats

SESSION_KEY = "network.referral"
COOKIE = "chumchon_ref"
COOKIE_DAYS = 30


# --- Referral links ----------------------------------------------------------------------


def referral_code(request) -> str:
    """The referral the tourist arrived with (this visit, else the last 30 days), or ""."""
    return request.session.get(SESSION_KEY) or request.COOKIES.get(COOKIE, "")


def referral(request, code: str):
    """/<lang>/r/<code>/: remember who sent the tourist and land on the right page."""
    found = services.find_code(code)
    if found is None:
        # A printed card outlives its code: still bring the tourist somewhere useful.
        return redirect("front:home")
    offering_id = request.GET.get("o", "")
    valid = offering_id.isdigit() and len(offering_id) < 12  # an id, not a number too big
    offering = services.record_click(found, int(offering_id) if valid else None)
    if offering is not None:
        target = offering.get_absolute_url()
    elif found.community_id and found.community.is_published:
        target = found.community.get_absolute_url()
    elif found.origin_booking_id is None and found.partner.community_id:
        target = found.partner.community.get_absolute_url()
    else:
        target = reverse("front:home")
    request.session[SESSION_KEY] = found.code
    response = redirect(target)
    response.set_cookie(
        COOKIE,
        found.code,
        max_age=COOKIE_DAYS * 86400,
        samesite="Lax",
        httponly=True,
        secure=settings.SESSION_COOKIE_SECURE,
    )
    return response


# --- Cross-border packages and trips -------------------------------------------------------


def _package_parts(package: CrossBorderPackage) -> list[dict]:
    """The package's offerings grouped by community, each with its price from."""
    parts: dict[int, dict] = {}
    for item in package.items.select_related("offering__community").prefetch_related(
        "offering__price_tiers"
    ):
        community = item.offering.community
        part = parts.setdefault(community.pk, {"community": community, "items": []})
        part["items"].append((item, starting_price(item.offering)))
    return list(parts.values())


def packages(request):
    """Published cross-border packages."""
    rows = [
        (p, services.package_communities(p))
        for p in CrossBorderPackage.objects.filter(is_published=True).order_by("slug")
    ]
    return render(request, "network/packages.html", {"rows": rows})


def package(request, slug: str):
    package = get_object_or_404(CrossBorderPackage, slug=slug, is_published=True)
    form = PackageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        contact = Contact(
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            language=request.LANGUAGE_CODE,
        )
        try:
            trip = services.book_package(
                package,
                start_day=data["start_day"],
                adults=data["adults"],
                children=data["children"],
                contact=contact,
                created_by=request.user,
            )
        except BookingError as err:
            form.add_error(None, err.message)
        else:
            return redirect(trip.get_absolute_url())
    crossing = package.crossing
    return render(
        request,
        "network/package.html",
        {
            "package": package,
            "parts": _package_parts(package),
            "crossing": crossing,
            "hours": weekly_hours(crossing) if crossing else [],
            "form": form,
        },
    )


@never_cache
def trip(request, reference: str, token: str):
    trip = get_object_or_404(Trip.objects.select_related("package"), reference=reference)
    if not secrets.compare_digest(trip.token, token):
        raise Http404
    from chumchon.bookings.views import payment_instructions

    bookings = services.trip_bookings(trip)
    parts = []
    for booking in bookings:
        held = booking.status == BookingStatus.PENDING_PAYMENT and booking.is_held
        parts.append(
            {
                "booking": booking,
                "community": booking.community,
                "payment": payment_instructions(booking) if held else None,
                "held": held,
            }
        )
    crossing = trip.package.crossing
    handoff = HandOff.objects.filter(onward_booking__in=bookings).select_related("crossing").first()
    return render(
        request,
        "network/trip.html",
        {
            "trip": trip,
            "parts": parts,
            "totals": [b.total_money for b in bookings],
            "approx_total": _approx_total(bookings),
            "crossing": crossing or (handoff.crossing if handoff else None),
            "crossing_day": handoff.day if handoff else None,
        },
    )


def _approx_total(bookings) -> Money | None:
    """The whole trip in the first booking's currency, at stored rates: approximate."""
    if not bookings:
        return None
    currency = bookings[0].currency_id
    total = Money.zero(currency)
    for booking in bookings:
        money = booking.total_money
        if money.currency != currency:
            converted = [m for m in approximations(money) if m.currency == currency]
            if not converted:
                return None
            money = converted[0]
        total += money
    return total


# --- Hand-offs for coordinators -------------------------------------------------------------


@community_access("read")
def handoffs(request, community):
    """Who is coming and who was sent: names only for the two communities' own staff (PDPA)."""
    can_announce = can_manage(request.user, community)
    form = AnnounceForm(request.POST or None, community=community) if can_announce else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        if form.is_valid():
            data = form.cleaned_data
            services.announce_handoff(
                community,
                data["to_community"],
                group_name=data["group_name"],
                group_size=data["group_size"],
                day=data["day"],
                note=data["note"],
                status=data["status"],
                by=request.user,
            )
            messages.success(request, _("The partner community can now see the group."))
            return redirect("network:handoffs", community.slug)
    since = timezone.localdate() - dt.timedelta(days=14)
    rows = (
        HandOff.objects.filter(Q(from_community=community) | Q(to_community=community))
        .filter(day__gte=since)
        # A hand-off whose booking lapsed unpaid is no group on its way.
        .exclude(onward_booking__status=BookingStatus.EXPIRED)
        .exclude(
            onward_booking__status=BookingStatus.PENDING_PAYMENT,
            onward_booking__expires_at__lt=timezone.now(),
        )
        .select_related("from_community", "to_community", "crossing", "onward_booking")
        .order_by("day", "id")
    )
    coordinator = can_manage(request.user, community, (StaffRole.COORDINATOR,))
    return render(
        request,
        "network/handoffs.html",
        {
            "community": community,
            "incoming": [h for h in rows if h.to_community_id == community.pk],
            "outgoing": [h for h in rows if h.from_community_id == community.pk],
            "show_names": can_see_personal_data(request.user, community),
            "can_confirm": coordinator,
            "form": form,
            "settled": (HandOffStatus.ARRIVED, HandOffStatus.NO_SHOW, HandOffStatus.CANCELLED),
        },
    )


@require_POST
@community_access("manage", roles=(StaffRole.COORDINATOR,))
def handoff_confirm(request, community, pk: int):
    handoff = get_object_or_404(HandOff, pk=pk, to_community=community)
    arrived = request.POST.get("arrived") == "yes"
    try:
        services.confirm_arrival(handoff, arrived=arrived, by=request.user)
    except services.NetworkError as err:
        messages.error(request, err.message)
    else:
        messages.success(
            request, _("Arrival confirmed.") if arrived else _("Marked as not arrived.")
        )
    return redirect("network:handoffs", community.slug)


# --- Partners and what they sold ----------------------------------------------------------


@community_access("read")
def partners(request, community):
    """The community's partners, their agreements and what each sold (aggregates for officers)."""
    agreements = (
        Agreement.objects.filter(community=community)
        .select_related("partner")
        .prefetch_related("offerings", "net_rates__offering")
        .order_by("partner__slug", "-valid_from")
    )
    today = timezone.localdate()
    sold = (
        Referral.objects.filter(booking__community=community)
        .values("partner")
        .annotate(
            bookings=Count("id"),
            confirmed=Count("id", filter=Q(booking__status=BookingStatus.CONFIRMED)),
            total=Sum("booking__total", filter=Q(booking__status=BookingStatus.CONFIRMED)),
            commission=Sum("commission", filter=Q(booking__status=BookingStatus.CONFIRMED)),
        )
        .order_by()
    )
    sold_by = {row["partner"]: row for row in sold}
    currency = community.currency_id
    rows = []
    partner_ids = {a.partner_id for a in agreements} | set(sold_by)
    for partner in Partner.objects.filter(pk__in=partner_ids).order_by("kind", "slug"):
        row = sold_by.get(partner.pk, {})
        rows.append(
            {
                "partner": partner,
                "agreements": [a for a in agreements if a.partner_id == partner.pk],
                "bookings": row.get("bookings", 0),
                "confirmed": row.get("confirmed", 0),
                "total": Money.rounded(row.get("total") or 0, currency),
                "commission": Money.rounded(row.get("commission") or 0, currency),
            }
        )
    show_bookings = can_see_personal_data(request.user, community)
    recent = []
    if show_bookings:
        recent = list(
            Referral.objects.filter(booking__community=community)
            .select_related("booking", "partner")
            .order_by("-created_at")[:30]
        )
    return render(
        request,
        "network/partners.html",
        {
            "community": community,
            "rows": rows,
            "today": today,
            "recent": recent,
            "show_bookings": show_bookings,
            "codes": codes_for(community),
            "can_edit": can_manage(request.user, community, (StaffRole.COORDINATOR,)),
        },
    )


@community_access("manage", roles=(StaffRole.COORDINATOR,))
def agreement_edit(request, community, pk: int | None = None):
    """A coordinator writes down (or ends) an agreement with a partner; audit-logged."""
    agreement = get_object_or_404(Agreement, pk=pk, community=community) if pk else None
    instance = agreement or Agreement(community=community)
    rates = net_rate_formset(request.POST or None, instance, community)
    form = AgreementForm(
        request.POST or None, instance=instance, community=community, net_rates=rates
    )
    if request.method == "POST" and rates.is_valid() and form.is_valid():
        services.save_agreement(form, rates, by=request.user)
        messages.success(request, _("The agreement is saved."))
        return redirect("network:partners", community.slug)
    return render(
        request,
        "network/agreement_form.html",
        {"community": community, "form": form, "rates": rates, "agreement": agreement},
    )


@community_access("manage", roles=(StaffRole.COORDINATOR,))
def referral_link_new(request, community):
    """A new referral link for one of the community's partners to share."""
    form = ReferralLinkForm(request.POST or None, community=community)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        code = services.create_code(
            data["partner"],
            community=community,
            offering=data["offering"],
            label=data["label"],
            by=request.user,
        )
        messages.success(request, _("The link is ready: %(code)s") % {"code": code.code})
        return redirect("network:partners", community.slug)
    return render(
        request, "network/referral_link_form.html", {"community": community, "form": form}
    )


# --- Network statistics ---------------------------------------------------------------------


@login_required
def network_stats(request):
    """Pairs of communities: hand-offs, offers → clicks → bookings, and income each way.

    Coordinators and treasurers see the pairs their community is part of; programme
    officers see every pair. Everything here is an aggregate.
    """
    user = request.user
    if not services.is_network_staff(user):
        raise PermissionDenied
    everyone = user.is_superuser or user.is_programme_officer
    communities = list(Community.objects.select_related("currency"))
    since = None
    if request.GET.get("since"):
        try:
            since = dt.date.fromisoformat(request.GET["since"])
        except ValueError:
            messages.error(request, _("Use a date such as 2026-01-31."))
    rows = pair_stats(communities, since=since)
    if not everyone:
        mine = {c.pk for c in readable_communities(user)} | {
            c.pk for c in managed_communities(user)
        }
        rows = [r for r in rows if r.sender.pk in mine or r.receiver.pk in mine]
    chart = (
        funnel_svg(
            rows,
            labels=(_("Offers shown"), _("Links followed"), _("Bookings")),
            title=_("From offer to booking"),
        )
        if rows
        else ""
    )
    return render(request, "network/stats.html", {"rows": rows, "chart": chart, "since": since})
