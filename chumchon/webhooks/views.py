"""The coordinator's page: what was sent about the community's bookings, and retrying."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chumchon.accounts.permissions import community_access
from chumchon.core.audit import log_action
from chumchon.webhooks import services
from chumchon.webhooks.models import Delivery

PER_PAGE = 50


@community_access("manage")
def deliveries(request, community):
    found = Delivery.objects.filter(community=community).select_related(
        "endpoint__owner", "booking"
    )
    state = request.GET.get("state", "")
    if state in Delivery.State.values:
        found = found.filter(state=state)
    page = Paginator(found, PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "webhooks/deliveries.html",
        {"community": community, "page": page, "states": Delivery.State.choices, "state": state},
    )


@require_POST
@community_access("manage")
def retry(request, community, delivery_id):
    delivery = get_object_or_404(Delivery, uuid=delivery_id, community=community)
    try:
        services.retry_delivery(delivery)
    except services.WebhookError as exc:
        messages.error(request, exc.message)
    else:
        log_action(request.user, "webhook.retried", delivery, community=community)
        messages.success(request, _("The event is being sent again."))
    return redirect("webhooks:deliveries", community.slug)
