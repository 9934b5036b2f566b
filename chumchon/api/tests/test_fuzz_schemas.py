"""Fuzzing both APIs from their own OpenAPI schemas with Schemathesis.

Every operation of the platform API (/api/v1/schema) and of OCTO (/octo/v1/openapi.json)
gets generated requests, fitting the schema and not, with a partner's and a
coordinator's key on the demo content, through the in-process WSGI app. No request may
make the server fail (5xx), and answers must keep to the documented status codes and
content types. Examples are bounded and derandomized, so every run sends the same
requests and ends in a minute or two, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import os

import hypothesis
import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from chumchon.api.keys import create_key

# FUZZ_SCALE=10 digs ten times deeper, for a run by hand; CI keeps to the default.
SCALE = int(os.environ.get("FUZZ_SCALE", "1"))
EXAMPLES = {GenerationMode.POSITIVE: 25 * SCALE, GenerationMode.NEGATIVE: 15 * SCALE}
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


@pytest.fixture
def keys(demo, same_connection, no_webhook_sends):
    tha_li, _ = demo
    _, partner = create_key(name="Fuzzing partner", role="partner")
    _, coordinator = create_key(name="Fuzzing desk", role="coordinator", community=tha_li)
    return {"partner": partner, "coordinator": coordinator}


def fuzz(schema_path: str, key_text: str) -> list[str]:
    """Run every operation's generated requests; the failures, described (none is good)."""
    schema = schemathesis.openapi.from_wsgi(schema_path, get_wsgi_application())
    headers = {"Authorization": f"Bearer {key_text}", "Accept-Language": "en"}
    failures: dict[tuple, str] = {}  # one example of each kind of failure per operation
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode, examples in EXAMPLES.items():

            @hypothesis.settings(
                max_examples=examples,
                derandomize=True,
                database=None,
                deadline=None,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=list(HealthCheck),
            )
            @hypothesis.given(case=operation.as_strategy(generation_mode=mode))
            def run(case):
                try:
                    case.call_and_validate(headers=headers, checks=CHECKS)
                # Schemathesis reports a request's failures as one exception group.
                except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001 - report all
                    subs = exc.exceptions if isinstance(exc, BaseExceptionGroup) else (exc,)
                    kinds = tuple(sorted(type(e).__name__ for e in subs))
                    label = case.operation.label
                    failures.setdefault((label, kinds), f"{label}: {exc}")

            run()
    return list(failures.values())


@pytest.mark.parametrize("api", SCHEMAS)
@pytest.mark.parametrize("role", ["partner", "coordinator"])
def test_no_generated_request_makes_the_api_fail(api, role, keys):
    failures = fuzz(SCHEMAS[api], keys[role])
    assert not failures, "\n\n".join(failures)
