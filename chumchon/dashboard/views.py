"""Phone pages for coordinators, treasurers and programme officers."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from chumchon.accounts.models import StaffRole
from chumchon.accounts.permissions import (
    can_manage,
    can_see_personal_data,
    community_access,
    readable_communities,
)
from chumchon.communities.models import Community, Household
from chumchon.communities.reports import inclusion_summary
from chumchon.core.services import save_with_audit
from chumchon.dashboard.forms import (
    HouseholdForm,
    MemberFormSet,
    OfferingForm,
    OpeningHoursFormSet,
    PlaceForm,
    PriceTierFormSet,
)

COORDINATOR_ONLY = (StaffRole.COORDINATOR,)


@login_required
def home(request):
    communities = list(readable_communities(request.user))
    if len(communities) == 1 and not request.user.is_programme_officer:
        return redirect("dashboard:community", communities[0].slug)
    return render(request, "dashboard/home.html", {"communities": communities})


@community_access("read")
def community(request, community):
    return render(
        request,
        "dashboard/community.html",
        {
            "community": community,
            "summary": inclusion_summary(community),
            "can_manage": can_manage(request.user, community),
        "can_coordinate": can_manage(request.user, community, COORDINATOR_ONLY),
            "can_see_households": can_see_personal_data(request.user, community),
            "place_count": community.places.count(),
            "offering_count": community.offerings.count(),
        },
    )


@login_required
def programme(request):
    if not (request.user.is_programme_officer or request.user.is_superuser):
        raise PermissionDenied
    from chumchon.governance.reports import participation
    from chumchon.training.reports import training_summary

    rows = [
        (c, inclusion_summary(c), participation(c), training_summary(c))
        for c in Community.objects.all()
    ]
    return render(request, "dashboard/programme.html", {"rows": rows})


@community_access("personal")
def households(request, community):
    items = community.households.prefetch_related("members__roles")
    return render(
        request,
        "dashboard/households.html",
        {
            "community": community,
            "households": items,
            "can_edit": can_manage(request.user, community, COORDINATOR_ONLY),
        },
    )


@community_access("manage", roles=COORDINATOR_ONLY)
def household_edit(request, community, pk=None):
    household = get_object_or_404(Household, pk=pk, community=community) if pk else Household()
    form = HouseholdForm(request.POST or None, instance=household, community=community)
    members = MemberFormSet(request.POST or None, instance=household, prefix="members")
    if request.method == "POST" and form.is_valid() and members.is_valid():
        action = "household.changed" if pk else "household.created"
        save_with_audit(request.user, action, form, members, community=community)
        messages.success(request, _("Saved."))
        return redirect("dashboard:households", community.slug)
    return render(
        request,
        "dashboard/household_form.html",
        {
            "community": community,
            "form": form,
            "members": members,
            "household": household,
        },
    )


@community_access("read")
def places(request, community):
    return render(
        request,
        "dashboard/places.html",
        {
            "community": community,
            "places": community.places.all(),
            "can_edit": can_manage(request.user, community, COORDINATOR_ONLY),
        },
    )


@community_access("manage", roles=COORDINATOR_ONLY)
def place_edit(request, community, pk):
    place = get_object_or_404(community.places, pk=pk)
    form = PlaceForm(request.POST or None, instance=place)
    hours = OpeningHoursFormSet(request.POST or None, instance=place, prefix="hours")
    if request.method == "POST" and form.is_valid() and hours.is_valid():
        save_with_audit(request.user, "place.changed", form, hours, community=community)
        messages.success(request, _("Saved."))
        return redirect("dashboard:places", community.slug)
    return render(
        request,
        "dashboard/place_form.html",
        {
            "community": community,
            "place": place,
            "form": form,
            "hours": hours,
        },
    )


@community_access("read")
def offerings(request, community):
    return render(
        request,
        "dashboard/offerings.html",
        {
            "community": community,
            "offerings": community.offerings.prefetch_related("price_tiers"),
            "can_edit": can_manage(request.user, community),
        },
    )


@community_access("manage")
def offering_edit(request, community, pk):
    offering = get_object_or_404(community.offerings, pk=pk)
    form = OfferingForm(request.POST or None, instance=offering)
    tiers = PriceTierFormSet(request.POST or None, instance=offering, prefix="tiers")
    if request.method == "POST" and form.is_valid() and tiers.is_valid():
        save_with_audit(request.user, "offering.changed", form, tiers, community=community)
        messages.success(request, _("Saved."))
        return redirect("dashboard:offerings", community.slug)
    return render(
        request,
        "dashboard/offering_form.html",
        {
            "community": community,
            "offering": offering,
            "form": form,
            "tiers": tiers,
        },
    )
