"""A local fake of the payment gateway: its charges API, and its signed webhooks."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeGateway:
    def __init__(self, api_key: str = "sk_test_fake", webhook_secret: str = "whsec_fake"):
        self.api_key = api_key
        self.webhook_secret = webhook_secret
        self.charges: dict[str, dict] = {}
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_POST(self):  # noqa: N802 - http.server's naming
                if self.path != "/v1/charges":
                    return self._reply(404, {"error": "not found"})
                if self.headers.get("Authorization") != f"Bearer {gateway.api_key}":
                    return self._reply(401, {"error": "bad key"})
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                charge_id = "ch_" + secrets.token_hex(6)
                gateway.charges[charge_id] = {"id": charge_id, **body}
                self._reply(
                    200, {"id": charge_id, "checkout_url": f"{gateway.url}/pay/{charge_id}"}
                )

            def _reply(self, status, data):
                payload = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeGateway:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def signed_event(
        self, charge_id: str, *, timestamp: int | None = None, amount: int | None = None
    ) -> tuple[bytes, str]:
        charge = self.charges[charge_id]
        event = {
            "id": "evt_" + secrets.token_hex(6),
            "type": "charge.succeeded",
            "data": {
                "id": charge_id,
                "amount": amount if amount is not None else charge["amount"],
                "currency": charge["currency"],
                "metadata": charge["metadata"],
            },
        }
        body = json.dumps(event).encode()
        timestamp = int(time.time()) if timestamp is None else timestamp
        digest = hmac.new(
            self.webhook_secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256
        ).hexdigest()
        return body, f"t={timestamp},v1={digest}"

    @staticmethod
    def deliver(webhook_url: str, body: bytes, signature: str) -> tuple[int, dict]:
        request = urllib.request.Request(
            webhook_url,
            data=body,
            method="POST",
            headers={"Content-Type": "application/json", "Chumchon-Gateway-Signature": signature},
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as err:
            return err.code, json.loads(err.read())
