"""A real HTTP receiver on 127.0.0.1 (http.server in a thread), keys and bookings.

`receiver.statuses` lists the answers to give, in order (200 once they run out);
`receiver.requests` holds what arrived: (path, headers, body).
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from chumchon.api.keys import create_key
from chumchon.bookings.services import Contact, ItemRequest, hold_places
from chumchon.bookings.tests.conftest import make_slot
from chumchon.webhooks import services


class Receiver:
    def __init__(self):
        self.statuses: list[int] = []
        self.requests: list[tuple[str, dict[str, str], bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                body = self.rfile.read(length)
                receiver.requests.append((self.path, dict(self.headers), body))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                answer = b'{"received": true}' if status < 300 else b"boom"
                self.send_response(status)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks"

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.stop()


@pytest.fixture
def local_urls(settings):
    """Tests deliver to 127.0.0.1 over http, as in development."""
    settings.WEBHOOKS_ALLOW_PRIVATE_URLS = True
    settings.WEBHOOKS_REQUIRE_HTTPS = False


@pytest.fixture
def partner_key(db):
    return create_key(name="Local Alike", role="partner")[0]


@pytest.fixture
def other_partner_key(db):
    return create_key(name="Another agency", role="partner")[0]


@pytest.fixture
def thali_key(tha_li):
    return create_key(name="Tha Li desk", role="coordinator", community=tha_li)[0]


@pytest.fixture
def botan_key(bo_tan):
    return create_key(name="Bo Tan desk", role="coordinator", community=bo_tan)[0]


@pytest.fixture
def endpoint(partner_key, receiver, local_urls):
    """The partner's endpoint hearing every booking event, at the local receiver."""
    return services.register_endpoint(partner_key, url=receiver.url, events=["*"])


@pytest.fixture
def slot(weaving):
    return make_slot(weaving, capacity=5)


def book(slot, key=None, adults=2):
    return hold_places(
        [ItemRequest(slot_id=slot.id, adults=adults, children=0)],
        Contact(name="Anna Tourist", email="anna@example.org", language="th"),
        channel="api" if key else "web",
        api_key=key,
    )
