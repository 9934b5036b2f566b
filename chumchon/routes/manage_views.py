"""Coordinators' phone pages for designing routes (/<lang>/manage/<community>/routes/...).

Reading needs `can_read_records` (programme officers read, change nothing); every
change needs `can_manage` for that community and goes through one service call.
Plain forms and buttons: it all works without JavaScript.
"""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chumchon.accounts.permissions import can_manage, community_access
from chumchon.routes import services
from chumchon.routes.forms import DayForm, PreviewForm, RouteForm, StopForm
from chumchon.routes.models import Route, RouteDay, RouteStop
from chumchon.routes.services import RouteError, route_timeline
from chumchon.routes.views import route_context


def _route(community, pk: int) -> Route:
    route = get_object_or_404(community.routes, pk=pk)
    route.community = community
    return route


def _editor(route: Route):
    return redirect("routes:edit", route.community.slug, route.pk)


def with_route(level: str):
    """community_access plus the route, which must belong to that community (else 404)."""

    def decorator(view):
        @community_access(level)
        @wraps(view)
        def wrapped(request, community, pk, *args, **kwargs):
            return view(request, _route(community, pk), *args, **kwargs)

        return wrapped

    return decorator


@community_access("read")
def route_list(request, community):
    routes = community.routes.prefetch_related("days")
    return render(
        request,
        "routes/manage/list.html",
        {
            "community": community,
            "routes": routes,
            "can_edit": can_manage(request.user, community),
        },
    )


@community_access("manage")
def route_new(request, community):
    form = RouteForm(request.POST or None, community=community)
    if request.method == "POST" and form.is_valid():
        try:
            route = services.create_route(
                community, by=request.user, slug=form.cleaned_data["slug"], **form.route_fields()
            )
        except RouteError as err:
            form.add_error("slug", err.message)
        else:
            messages.success(request, _("Route created. Now add its days and stops."))
            return _editor(route)
    return render(request, "routes/manage/route_form.html", {"community": community, "form": form})


@with_route("manage")
def route_details(request, route):
    community = route.community
    form = RouteForm(request.POST or None, instance=route, community=community)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_route(
                route, by=request.user, slug=form.cleaned_data["slug"], **form.route_fields()
            )
        except RouteError as err:
            form.add_error("slug", err.message)
        else:
            messages.success(request, _("Saved."))
            return _editor(route)
    return render(
        request,
        "routes/manage/route_form.html",
        {"community": community, "route": route, "form": form},
    )


@with_route("read")
def route_edit(request, route):
    """The editor: the timeline with the controls for each day and stop."""
    community = route.community
    can_edit = can_manage(request.user, community)
    days = route_timeline(route)
    records = {d.number: d for d in route.days.all()}
    stop_counts = {d.number: len(d.stops) for d in days}
    return render(
        request,
        "routes/manage/editor.html",
        {
            "community": community,
            "route": route,
            "days": [
                (
                    d,
                    records[d.number],
                    stop_counts[d.number],
                    # One add-stop form per day: its own ids, the same field names.
                    StopForm(community=community, prefix="stop", auto_id=f"d{d.number}-%s")
                    if can_edit
                    else None,
                )
                for d in days
            ],
            "can_edit": can_edit,
            "day_form": DayForm(community=community, prefix="day") if can_edit else None,
            # Stops whose offering lost its place are left out of the timeline: list them.
            "placeless": RouteStop.objects.filter(
                day__route=route, place__isnull=True, offering__place__isnull=True
            ).select_related("day", "offering"),
        },
    )


@with_route("read")
def route_preview(request, route):
    """The timeline as visitors will see it, with the coordinator's warnings."""
    form = PreviewForm(request.GET or None)
    on = form.cleaned_data.get("date") if form.is_valid() else None
    days = route_timeline(route, on=on)
    context = route_context(route, days)
    context.update(
        preview_form=form,
        on=on,
        warnings=[w for d in days for w in d.warnings],
        can_edit=can_manage(request.user, route.community),
    )
    return render(request, "routes/manage/preview.html", context)


@require_POST
@with_route("manage")
def route_publish(request, route):
    publish = request.POST.get("publish") == "1"
    try:
        services.set_published(route, publish, by=request.user)
    except RouteError as err:
        messages.error(request, err.message)
    else:
        messages.success(
            request, _("Published: visitors can see and book it.") if publish else _("Withdrawn.")
        )
    return _editor(route)


@require_POST
@with_route("manage")
def route_copy(request, route):
    copy = services.copy_route(route, by=request.user)
    messages.success(request, _("This is a copy, not published yet: change it as you like."))
    return _editor(copy)


@require_POST
@with_route("manage")
def route_delete(request, route):
    if route.is_published:
        messages.error(request, _("Withdraw the route before deleting it."))
        return _editor(route)
    services.delete_route(route, by=request.user)
    messages.success(request, _("Route deleted."))
    return redirect("routes:manage", route.community.slug)


# --- Days ---------------------------------------------------------------------------


@with_route("manage")
def day_new(request, route):
    form = DayForm(request.POST or None, community=route.community, prefix="day")
    if request.method == "POST" and form.is_valid():
        try:
            services.add_day(route, by=request.user, **form.day_fields())
        except RouteError as err:
            form.add_error(None, err.message)
        else:
            messages.success(request, _("Day added."))
            return _editor(route)
    return render(
        request,
        "routes/manage/day_form.html",
        {"community": route.community, "route": route, "form": form},
    )


@with_route("manage")
def day_edit(request, route, day_pk):
    day = get_object_or_404(route.days, pk=day_pk)
    form = DayForm(request.POST or None, instance=day, community=route.community, prefix="day")
    if request.method == "POST" and form.is_valid():
        try:
            services.update_day(day, by=request.user, **form.day_fields())
        except RouteError as err:
            form.add_error(None, err.message)
        else:
            messages.success(request, _("Saved."))
            return _editor(route)
    return render(
        request,
        "routes/manage/day_form.html",
        {"community": route.community, "route": route, "day": day, "form": form},
    )


@require_POST
@with_route("manage")
def day_delete(request, route, day_pk):
    day = get_object_or_404(route.days, pk=day_pk)
    services.remove_day(day, by=request.user)
    messages.success(request, _("Day removed."))
    return _editor(route)


# --- Stops --------------------------------------------------------------------------


def _day(route: Route, day_pk: int) -> RouteDay:
    return get_object_or_404(route.days, pk=day_pk)


def _stop(route: Route, stop_pk: int) -> RouteStop:
    return get_object_or_404(
        RouteStop.objects.select_related("day", "place", "offering"), pk=stop_pk, day__route=route
    )


@with_route("manage")
def stop_new(request, route, day_pk):
    day = _day(route, day_pk)
    form = StopForm(request.POST or None, community=route.community, prefix="stop")
    if request.method == "POST" and form.is_valid():
        try:
            services.add_stop(day, by=request.user, **form.stop_fields())
        except RouteError as err:
            form.add_error(None, err.message)
        else:
            messages.success(request, _("Stop added."))
            return _editor(route)
    return render(
        request,
        "routes/manage/stop_form.html",
        {"community": route.community, "route": route, "day": day, "form": form},
    )


@with_route("manage")
def stop_edit(request, route, stop_pk):
    stop = _stop(route, stop_pk)
    form = StopForm(request.POST or None, instance=stop, community=route.community, prefix="stop")
    if request.method == "POST" and form.is_valid():
        try:
            services.update_stop(stop, by=request.user, **form.stop_fields())
        except RouteError as err:
            form.add_error(None, err.message)
        else:
            messages.success(request, _("Saved."))
            return _editor(route)
    return render(
        request,
        "routes/manage/stop_form.html",
        {"community": route.community, "route": route, "day": stop.day, "stop": stop, "form": form},
    )


@require_POST
@with_route("manage")
def stop_move(request, route, stop_pk):
    stop = _stop(route, stop_pk)
    offset = {"up": -1, "down": 1}.get(request.POST.get("direction", ""))
    if offset is not None:
        services.move_stop(stop, offset, by=request.user)
    return redirect(f"{_editor(route).url}#stop-{stop.pk}")


@require_POST
@with_route("manage")
def stop_delete(request, route, stop_pk):
    services.remove_stop(_stop(route, stop_pk), by=request.user)
    messages.success(request, _("Stop removed."))
    return _editor(route)
