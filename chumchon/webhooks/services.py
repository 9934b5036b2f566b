"""Webhook endpoints and their deliveries: register, record events, send, retry.

Deliveries are an outbox: each event is written for each endpoint that hears it in the
same transaction, then sent by a background task. A failed send is retried with
exponential back-off and jitter (BACKOFF_SECONDS) until the last attempt, then given
up ("dead"). A periodic sweep sends whatever is due, so a retry survives a worker that
died or a queue that lost its message.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import random
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chumchon.bookings.models import ApiKey, Booking
from chumchon.core import fastsql
from chumchon.webhooks import payloads, signing, transport
from chumchon.webhooks.models import (
    BOOKING_EVENTS,
    DEFAULT_EVENTS,
    Delivery,
    EventType,
    WebhookEndpoint,
    new_secret,
)

logger = logging.getLogger(__name__)

# Waits after the 1st, 2nd, ... failed attempt: 1 min, 5 min, 30 min, 2 h, 12 h.
BACKOFF_SECONDS = (60, 300, 1800, 7200, 43200)
MAX_ATTEMPTS = len(BACKOFF_SECONDS) + 1
JITTER = 0.1  # ± 10 %, so that endpoints that failed together do not retry together
TIMEOUT_SECONDS = 5
MAX_ENDPOINTS_PER_KEY = 20
OWNER_ROLES = (ApiKey.Role.PARTNER, ApiKey.Role.COORDINATOR)


class WebhookError(Exception):
    """Refused: nothing was changed. `field` names the request field at fault."""

    def __init__(self, code: str, message, *, field: str | None = None, status: int = 400):
        super().__init__(code)
        self.code = code
        self.message = message
        self.field = field
        self.status = status


def _require_https() -> bool:
    return getattr(settings, "WEBHOOKS_REQUIRE_HTTPS", not settings.DEBUG)


def _allow_private() -> bool:
    return getattr(settings, "WEBHOOKS_ALLOW_PRIVATE_URLS", settings.DEBUG)


def _is_eager() -> bool:
    from chumchon.webhooks.tasks import deliver

    return bool(deliver.app.conf.task_always_eager)


# --- Endpoints ------------------------------------------------------------------------


def clean_url(url) -> str:
    if not isinstance(url, str) or not url.strip():
        raise WebhookError(
            "invalid_url", _("Give the URL that should receive the events."), field="url"
        )
    url = url.strip()
    if len(url) > 2000:
        raise WebhookError("invalid_url", _("Use a URL of at most 2000 characters."), field="url")
    try:
        transport.check_url(url, require_https=_require_https(), allow_private=_allow_private())
    except transport.UnsafeURL as exc:
        message = (
            _("The URL must start with https://.")
            if "http" in str(exc)
            else _("This URL cannot receive webhooks (it is not a public address).")
        )
        raise WebhookError("invalid_url", message, field="url") from exc
    return url


def clean_events(events) -> list[str]:
    if events is None:
        return sorted(DEFAULT_EVENTS)
    if not isinstance(events, list) or not events or not all(isinstance(e, str) for e in events):
        raise WebhookError(
            "invalid_events", _("Give a non-empty list of event types."), field="events"
        )
    unknown = [e for e in events if e != "*" and e not in BOOKING_EVENTS]
    if unknown:
        raise WebhookError(
            "invalid_events",
            _("Unknown event type %(event)s; use %(known)s or *.")
            % {"event": unknown[0][:50], "known": ", ".join(BOOKING_EVENTS)},
            field="events",
        )
    return sorted(set(events))


@transaction.atomic
def register_endpoint(
    key: ApiKey,
    *,
    url,
    events=None,
    description: str = "",
    format: str = WebhookEndpoint.Format.PLATFORM,
    capabilities: Iterable[str] = (),
    use_contact_language: bool = False,
    retry_on_error: bool = True,
) -> WebhookEndpoint:
    """A new endpoint for `key` (a partner or coordinator key), with a fresh secret."""
    if key.role not in OWNER_ROLES or (
        key.role == ApiKey.Role.COORDINATOR and not key.community_id
    ):
        raise WebhookError(
            "forbidden", _("Webhooks take a partner or coordinator API key."), status=403
        )
    url = clean_url(url)
    events = clean_events(events)
    # Locks the key's row so that two parallel requests cannot both pass the limit.
    ApiKey.objects.select_for_update().filter(pk=key.pk).first()
    if live_endpoints(key).count() >= MAX_ENDPOINTS_PER_KEY:
        raise WebhookError(
            "too_many_endpoints",
            _("A key may have at most %(count)d webhook endpoints.")
            % {"count": MAX_ENDPOINTS_PER_KEY},
            status=409,
        )
    endpoint = WebhookEndpoint.objects.create(
        owner=key,
        url=url,
        events=events,
        description=description[:200],
        format=format,
        capabilities=list(capabilities),
        use_contact_language=use_contact_language,
        retry_on_error=retry_on_error,
    )
    logger.info("webhook endpoint %s registered by key %s", endpoint.uuid, key.prefix)
    return endpoint


@transaction.atomic
def update_endpoint(endpoint: WebhookEndpoint, **changes) -> WebhookEndpoint:
    """Change url, events, description or is_active (switching off pauses, nothing is lost)."""
    if "url" in changes:
        endpoint.url = clean_url(changes["url"])
    if "events" in changes:
        endpoint.events = clean_events(changes["events"])
    if "description" in changes:
        endpoint.description = str(changes["description"])[:200]
    if "is_active" in changes:
        endpoint.is_active = bool(changes["is_active"])
    endpoint.save(update_fields=["url", "events", "description", "is_active"])
    return endpoint


ROLLOVER = dt.timedelta(hours=24)


@transaction.atomic
def rotate_secret(endpoint: WebhookEndpoint) -> WebhookEndpoint:
    """A new secret at once; the old one also signs deliveries for 24 hours."""
    endpoint.previous_secret = endpoint.secret
    endpoint.previous_secret_expires_at = timezone.now() + ROLLOVER
    endpoint.secret = new_secret()
    endpoint.save(update_fields=["secret", "previous_secret", "previous_secret_expires_at"])
    return endpoint


def live_endpoints(key: ApiKey, format: str | None = None):
    found = WebhookEndpoint.objects.filter(owner=key, deleted_at__isnull=True)
    return found.filter(format=format) if format else found


@transaction.atomic
def remove_endpoint(endpoint: WebhookEndpoint) -> WebhookEndpoint:
    """Stop sending to the endpoint; waiting deliveries are given up, the log stays."""
    now = timezone.now()
    endpoint.is_active = False
    endpoint.deleted_at = now
    endpoint.save(update_fields=["is_active", "deleted_at"])
    endpoint.deliveries.filter(state__in=[Delivery.State.PENDING, Delivery.State.FAILED]).update(
        state=Delivery.State.DEAD, next_attempt_at=None, last_error="endpoint removed"
    )
    return endpoint


# --- Events -------------------------------------------------------------------------------


def endpoints_hearing(booking: Booking, event_type: str) -> list[WebhookEndpoint]:
    """Partner keys hear the bookings made with them; coordinator keys their community's."""
    return [
        e for e in _candidates(booking.community_id, booking.api_key_id) if _hears(e, event_type)
    ]


def _anyone_hears(community_id: int, api_key_id: int | None, event_type: str) -> bool:
    # Asked after every booking event, and usually nobody listens: plain SQL with the
    # same conditions as _candidates, and nothing else read.
    endpoint = fastsql.columns(WebhookEndpoint, "e")
    found = fastsql.rows(
        f"SELECT {endpoint.sql} FROM webhooks_webhookendpoint e "
        "JOIN bookings_apikey k ON k.id = e.owner_id "
        "WHERE e.is_active AND e.deleted_at IS NULL AND k.revoked_at IS NULL "
        "AND ((k.role = %s AND k.community_id = %s) OR (k.role = %s AND k.id = %s))",
        [ApiKey.Role.COORDINATOR, community_id, ApiKey.Role.PARTNER, api_key_id],
    )
    return any(_hears(endpoint.load(row), event_type) for row in found)


def _candidates(community_id: int, api_key_id: int | None):
    owners = Q(owner__role=ApiKey.Role.COORDINATOR, owner__community_id=community_id)
    if api_key_id is not None:
        owners |= Q(owner_id=api_key_id, owner__role=ApiKey.Role.PARTNER)
    return WebhookEndpoint.objects.filter(
        owners,
        is_active=True,
        deleted_at__isnull=True,
        owner__revoked_at__isnull=True,
    ).select_related("owner")


def _hears(endpoint: WebhookEndpoint, event_type: str) -> bool:
    if endpoint.format == WebhookEndpoint.Format.OCTO:
        # OCTO's booking_update: confirmed, changed or cancelled; never a hold.
        return event_type in DEFAULT_EVENTS
    return endpoint.hears(event_type)


def _payload(endpoint: WebhookEndpoint, event_id: str, event_type: str, booking_id, cache):
    if endpoint.format == WebhookEndpoint.Format.OCTO:
        booking = payloads.octo_booking(endpoint, booking_id)
        return payloads.octo_event(endpoint, booking) if booking is not None else None
    if "platform" not in cache:
        cache["platform"] = payloads.platform_booking(booking_id)
    if cache["platform"] is None:
        return None
    return payloads.platform_event(event_id, event_type, cache["platform"])


def record_event(
    booking_id: int, event_type: str, *, community_id=None, api_key_id=None
) -> list[Delivery]:
    """Write one delivery per endpoint that hears this event, then queue the sends.

    Given whose booking it is (`community_id`, `api_key_id`), it first asks whether any
    endpoint hears it at all, in one query, and reads nothing more when none does.
    """
    if community_id is not None and not _anyone_hears(community_id, api_key_id, event_type):
        return []
    with transaction.atomic():
        booking = Booking.objects.filter(pk=booking_id).first()
        if booking is None:
            return []
        deliveries, cache = [], {}
        for endpoint in endpoints_hearing(booking, event_type):
            delivery = Delivery(
                endpoint=endpoint,
                event_type=event_type,
                booking=booking,
                community_id=booking.community_id,
                next_attempt_at=timezone.now(),
            )
            try:
                with transaction.atomic():  # a failed rendering must not undo the others
                    payload = _payload(endpoint, str(delivery.uuid), event_type, booking_id, cache)
            except Exception:  # noqa: BLE001 - one endpoint's format must not silence the rest
                logger.exception("webhook payload for booking %s failed", booking_id)
                continue
            if payload is None:
                continue
            delivery.payload = payload
            delivery.save()
            deliveries.append(delivery)
        ids = [d.pk for d in deliveries]
        transaction.on_commit(lambda: _queue(ids))
    return deliveries


def send_ping(endpoint: WebhookEndpoint) -> Delivery:
    """A test event, to check that the receiver answers and verifies signatures."""
    with transaction.atomic():
        delivery = Delivery(
            endpoint=endpoint, event_type=EventType.PING, next_attempt_at=timezone.now()
        )
        if endpoint.owner.role == ApiKey.Role.COORDINATOR:
            # Shown in the community's log with the rest of its desk's deliveries.
            delivery.community_id = endpoint.owner.community_id
        data = {"endpoint": str(endpoint.uuid), "message": "Chumchon webhook test"}
        delivery.payload = payloads.platform_event(str(delivery.uuid), EventType.PING, data)
        if endpoint.format == WebhookEndpoint.Format.OCTO:
            delivery.payload = payloads.octo_event(endpoint, None)
        delivery.save()
        transaction.on_commit(lambda: _queue([delivery.pk]))
    delivery.refresh_from_db()
    return delivery


def retry_delivery(delivery: Delivery) -> Delivery:
    """Send again now (a person asked): for a failed or given-up delivery only."""
    with transaction.atomic():
        locked = (
            Delivery.objects.select_for_update(of=("self",))
            .select_related("endpoint")
            .get(pk=delivery.pk)
        )
        if locked.state == Delivery.State.DELIVERED:
            raise WebhookError(
                "already_delivered",
                _("This event was delivered; it is not sent twice."),
                status=409,
            )
        if locked.endpoint.deleted_at is not None:
            raise WebhookError(
                "endpoint_removed", _("This webhook endpoint has been removed."), status=409
            )
        locked.state = Delivery.State.PENDING
        locked.next_attempt_at = timezone.now()
        locked.save(update_fields=["state", "next_attempt_at"])
        transaction.on_commit(lambda: _queue([locked.pk]))
    delivery.refresh_from_db()
    return delivery


def _queue(ids: list[int]) -> None:
    from chumchon.bookings.tasks import enqueue
    from chumchon.webhooks.tasks import deliver

    for delivery_id in ids:
        enqueue(deliver, delivery_id)


# --- Sending --------------------------------------------------------------------------------


def backoff(failed_attempts: int) -> dt.timedelta:
    """How long to wait after the n-th failed attempt, with jitter."""
    base = BACKOFF_SECONDS[min(failed_attempts, len(BACKOFF_SECONDS)) - 1]
    return dt.timedelta(seconds=base * random.uniform(1 - JITTER, 1 + JITTER))


def body_of(delivery: Delivery) -> bytes:
    return json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":")).encode()


def headers_for(delivery: Delivery, body: bytes, attempt: int) -> dict[str, str]:
    return {
        signing.HEADER: signing.sign(delivery.endpoint.signing_secrets(timezone.now()), body),
        "Chumchon-Event-Id": str(delivery.uuid),
        "Chumchon-Event-Type": delivery.event_type,
        "Chumchon-Delivery-Attempt": str(attempt),
    }


@dataclass
class Attempt:
    delivery_id: int
    state: str
    status: int | None


def attempt(delivery_id: int, now: dt.datetime | None = None) -> Attempt | None:
    """Send a due delivery once and record what happened; None when there was nothing to do.

    Race: the scheduled retry, the sweep and a person's retry can all fire at once. The
    row is locked (skip_locked: the others skip it rather than wait) and re-read, so a
    delivery is sent by one of them, and never again once delivered.
    """
    now = now or timezone.now()
    with transaction.atomic():
        delivery = (
            Delivery.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("endpoint__owner")
            .filter(
                pk=delivery_id,
                state__in=[Delivery.State.PENDING, Delivery.State.FAILED],
                next_attempt_at__lte=now,
            )
            .first()
        )
        if delivery is None:
            return None
        endpoint = delivery.endpoint
        delivery.attempts += 1
        delivery.last_attempt_at = now
        if not endpoint.is_active or endpoint.deleted_at or endpoint.owner.revoked_at:
            result = transport.Result(None, "", "endpoint disabled or its key revoked")
        else:
            body = body_of(delivery)
            result = transport.post(
                endpoint.url,
                body,
                headers_for(delivery, body, delivery.attempts),
                timeout=getattr(settings, "WEBHOOKS_TIMEOUT_SECONDS", TIMEOUT_SECONDS),
                require_https=_require_https(),
                allow_private=_allow_private(),
            )
        delivery.last_status_code = result.status
        delivery.last_error = result.error[:500]
        delivery.response_snippet = result.snippet[:500]
        if result.ok:
            delivery.state = Delivery.State.DELIVERED
            delivery.delivered_at = timezone.now()
            delivery.next_attempt_at = None
        elif delivery.attempts >= MAX_ATTEMPTS or not endpoint.retry_on_error:
            delivery.state = Delivery.State.DEAD
            delivery.next_attempt_at = None
        else:
            delivery.state = Delivery.State.FAILED
            delivery.next_attempt_at = now + backoff(delivery.attempts)
        delivery.save()
    if delivery.state == Delivery.State.FAILED:
        _schedule(delivery)
    elif delivery.state == Delivery.State.DEAD:
        logger.warning("webhook %s to %s given up", delivery.uuid, endpoint.host)
    return Attempt(delivery.pk, delivery.state, result.status)


def _schedule(delivery: Delivery) -> None:
    """Queue the retry for its time; in-process (eager) mode leaves it to the sweep."""
    if _is_eager():
        return
    from chumchon.webhooks.tasks import deliver

    try:
        deliver.apply_async((delivery.pk,), eta=delivery.next_attempt_at)
    except Exception:  # noqa: BLE001 - the sweep sends it anyway
        logger.exception("could not schedule webhook retry %s", delivery.uuid)


def send_due(limit: int = 500, now: dt.datetime | None = None) -> int:
    """Queue every delivery whose time has come (the periodic sweep); returns how many."""
    now = now or timezone.now()
    ids = list(
        Delivery.objects.filter(
            state__in=[Delivery.State.PENDING, Delivery.State.FAILED], next_attempt_at__lte=now
        )
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )
    _queue(ids)
    return len(ids)
