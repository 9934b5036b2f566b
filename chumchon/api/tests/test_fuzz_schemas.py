"""Fuzzing both APIs from their own OpenAPI schemas with Schemathesis.

Every operation of the platform API (/api/v1/schema) and of OCTO (/octo/v1/openapi.json)
gets generated requests, fitting the schema and not, with a partner's and a
coordinator's key on the demo content, through the in-process WSGI app: once with
generated path parameters, once with the ids of things the key really has (a community,
an offering, its booking, its webhook), so that requests get past the lookups. No request
may make the server fail (5xx), and answers must keep to the documented status codes,
content types and response schemas. Examples are bounded and derandomized, so every run
sends the same requests and ends in a minute or two, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt
import os
import re

import hypothesis
import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.utils import timezone
from hypothesis import HealthCheck, Phase
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from chumchon.api.keys import create_key
from chumchon.bookings.models import Slot
from chumchon.bookings.services import Contact, ItemRequest, hold_places
from chumchon.octo import mapping
from chumchon.octo import services as octo_services
from chumchon.octo.parsing import UnitLine
from chumchon.webhooks import services as webhooks

# FUZZ_SCALE=10 digs ten times deeper, for a run by hand; CI keeps to the default.
SCALE = int(os.environ.get("FUZZ_SCALE", "1"))
PASSES = [  # (what is generated, with the key's real ids in the path?, examples)
    (GenerationMode.POSITIVE, False, 15 * SCALE),
    (GenerationMode.NEGATIVE, False, 10 * SCALE),
    (GenerationMode.POSITIVE, True, 12 * SCALE),
    (GenerationMode.NEGATIVE, True, 6 * SCALE),
]
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
SCHEMAS = {"platform": "/api/v1/schema?format=json", "octo": "/octo/v1/openapi.json"}


@pytest.fixture
def same_connection():
    """Keep the test's database connection open across requests, as Django's Client does.

    Requests go straight into the WSGI app, whose end-of-request signal would otherwise
    close the connection that holds the test's transaction.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def no_webhook_sends(monkeypatch):
    """The fuzzer registers webhooks at made-up URLs: never send anything to them."""
    from chumchon.webhooks import transport

    monkeypatch.setattr(transport, "post", lambda *a, **k: transport.Result(None, "", "fuzzing"))


def _holdings(key, community) -> dict[str, str]:
    """Things the key has, by the path parameter that names them (prefixed where ambiguous)."""
    offering = mapping.products_for(key).filter(community=community, kind="activity").first()
    slots = Slot.objects.filter(
        offering=offering, starts_at__gt=timezone.now() + dt.timedelta(days=1)
    ).order_by("starts_at")
    booking = hold_places(
        [ItemRequest(slot_id=slots[0].id, adults=offering.min_guests, children=0)],
        Contact(name="Fuzz Tester", email="fuzz@example.org"),
        channel="api",
        api_key=key,
    )
    octo_booking = octo_services.reserve(
        key,
        offering=offering,
        slot=slots[1],
        lines=[UnitLine(mapping.units_of(offering)[0].id)] * offering.min_guests,
    )
    endpoint = webhooks.register_endpoint(key, url="https://hooks.example.org/in")
    octo_hook = webhooks.register_endpoint(key, url="https://hooks.example.org/octo", format="octo")
    ping = webhooks.send_ping(endpoint)
    return {
        "slug": community.slug,
        "offering_id": str(offering.pk),
        "reference": booking.reference,
        "endpoint_id": str(endpoint.uuid),
        "delivery_id": str(ping.uuid),
        "uuid": str(octo_booking.uuid),
        "products:id": str(offering.pk),
        "webhooks:id": str(octo_hook.uuid),
    }


@pytest.fixture
def callers(demo, same_connection, no_webhook_sends):
    tha_li, _ = demo
    partner, partner_text = create_key(name="Fuzzing partner", role="partner")
    desk, desk_text = create_key(name="Fuzzing desk", role="coordinator", community=tha_li)
    return {
        "partner": (partner_text, _holdings(partner, tha_li)),
        "coordinator": (desk_text, _holdings(desk, tha_li)),
    }


def _known(path: str, holdings: dict[str, str]) -> dict[str, str]:
    section = path.strip("/").split("/")[0] if "/octo/" not in path else ""
    found = {}
    for name in re.findall(r"{(\w+)}", path):
        value = holdings.get(f"{section}:{name}", holdings.get(name))
        if value is not None:
            found[name] = value
    return found


def _run(strategy, examples: int, headers: dict, failures: dict[tuple, str]) -> None:
    """Send `examples` generated requests; keep one failure of each kind per operation."""

    @hypothesis.settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @hypothesis.given(case=strategy)
    def run(case):
        try:
            case.call_and_validate(headers=headers, checks=CHECKS)
        # Schemathesis reports a request's failures as one exception group.
        except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001 - report them all
            subs = exc.exceptions if isinstance(exc, BaseExceptionGroup) else (exc,)
            kinds = tuple(sorted(type(e).__name__ for e in subs))
            label = case.operation.label
            failures.setdefault((label, kinds), f"{label}: {exc}")

    try:
        run()
    except hypothesis.errors.Unsatisfiable:
        # Nothing to generate in this mode (an operation whose every input is optional
        # and free text has no invalid request to make): no request, nothing to check.
        pass


def fuzz(schema_path: str, key_text: str, holdings: dict[str, str]) -> list[str]:
    """Every operation's documented examples and generated requests; the failures (none)."""
    schema = schemathesis.openapi.from_wsgi(schema_path, get_wsgi_application())
    headers = {"Authorization": f"Bearer {key_text}", "Accept-Language": "en"}
    failures: dict[tuple, str] = {}
    for result in schema.get_all_operations():
        operation = result.ok()
        for example in operation.get_strategies_from_examples():
            _run(example, 1, headers, failures)
        for mode, with_ids, examples in PASSES:
            known = _known(operation.path, holdings) if with_ids else {}
            if with_ids and not known:
                continue
            strategy = operation.as_strategy(generation_mode=mode, path_parameters=known)
            _run(strategy, examples, headers, failures)
    return list(failures.values())


@pytest.mark.parametrize("api", SCHEMAS)
@pytest.mark.parametrize("role", ["partner", "coordinator"])
def test_no_generated_request_makes_the_api_fail(api, role, callers):
    key_text, holdings = callers[role]
    failures = fuzz(SCHEMAS[api], key_text, holdings)
    assert not failures, "\n\n".join(failures)
