"""Payment providers: one interface, so an online gateway plugs in beside the manual ways.

Manual providers (PromptPay QR, cash, bank transfer) only tell the tourist how to pay;
the treasurer records the money. A gateway takes the money online and tells us by a
signed webhook.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from chumchon.money import Money
from chumchon.payments import promptpay
from chumchon.payments.models import Method


class PaymentProvider:
    identifier: str = ""
    name = ""
    online = False

    def available_for(self, booking) -> bool:
        return True

    def instructions(self, booking) -> dict:
        return {"method": self.identifier}


class PromptPayProvider(PaymentProvider):
    identifier = Method.PROMPTPAY
    name = _("PromptPay QR")

    def available_for(self, booking) -> bool:
        return bool(booking.community.promptpay_id) and booking.currency_id == "THB"

    def instructions(self, booking) -> dict:
        return {
            "method": self.identifier,
            "payload": promptpay.payload(
                booking.community.promptpay_id, booking.total, reference=booking.reference
            ),
        }


class CashProvider(PaymentProvider):
    identifier = Method.CASH
    name = _("Cash on arrival")


class BankTransferProvider(PaymentProvider):
    identifier = Method.BANK_TRANSFER
    name = _("Bank transfer")


class GatewayError(Exception):
    pass


class InvalidSignature(GatewayError):
    pass


@dataclass
class Checkout:
    charge_id: str
    url: str


class HmacGateway(PaymentProvider):
    """A card/QR gateway with a charges API and webhooks signed by HMAC-SHA256.

    Signature header: `t=<unix time>,v1=<hex HMAC of "<t>." + raw body>`; events older
    than the tolerance are refused so a captured webhook cannot be replayed later.
    """

    identifier = Method.GATEWAY
    name = _("Pay online")
    online = True
    signature_header = "HTTP_CHUMCHON_GATEWAY_SIGNATURE"
    tolerance_seconds = 300

    def __init__(self, url: str, api_key: str, webhook_secret: str):
        self.url = url.rstrip("/")
        self.api_key = api_key
        self.webhook_secret = webhook_secret

    def start_checkout(self, booking, return_url: str) -> Checkout:
        money = Money(booking.total, booking.currency_id)
        body = json.dumps(
            {
                "amount": money.minor_units,
                "currency": money.currency,
                "reference": booking.reference,
                "return_url": return_url,
                "metadata": {"booking": str(booking.uuid)},
            }
        ).encode()
        request = urllib.request.Request(
            f"{self.url}/v1/charges",
            data=body,
            method="POST",
            headers={"Authorization": f"Bearer {self.api_key}", "Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                data = json.loads(response.read())
        except (OSError, ValueError) as exc:
            raise GatewayError(f"the gateway did not answer: {exc}") from exc
        return Checkout(charge_id=data["id"], url=data["checkout_url"])

    def sign(self, body: bytes, timestamp: int | None = None) -> str:
        timestamp = int(time.time()) if timestamp is None else timestamp
        digest = hmac.new(
            self.webhook_secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256
        ).hexdigest()
        return f"t={timestamp},v1={digest}"

    def verify(self, body: bytes, header: str, now: float | None = None) -> dict:
        """The event in a webhook, if its signature is ours and fresh; else InvalidSignature."""
        try:
            parts = dict(item.split("=", 1) for item in header.split(","))
            timestamp = int(parts["t"])
            given = parts["v1"]
        except (KeyError, ValueError) as exc:
            raise InvalidSignature("malformed signature header") from exc
        expected = self.sign(body, timestamp).split("v1=", 1)[1]
        if not hmac.compare_digest(expected, given):
            raise InvalidSignature("signature does not match")
        now = time.time() if now is None else now
        if abs(now - timestamp) > self.tolerance_seconds:
            raise InvalidSignature("signature is too old")
        try:
            return json.loads(body)
        except ValueError as exc:
            raise InvalidSignature("body is not JSON") from exc


def gateway() -> HmacGateway | None:
    config = getattr(settings, "PAYMENT_GATEWAY", {}) or {}
    if not config.get("URL"):
        return None
    return HmacGateway(config["URL"], config.get("API_KEY", ""), config.get("WEBHOOK_SECRET", ""))


def providers_for(booking) -> list[PaymentProvider]:
    """The ways this booking can be paid, most convenient first."""
    candidates: list[PaymentProvider] = [PromptPayProvider()]
    online = gateway()
    if online is not None:
        candidates.append(online)
    candidates += [BankTransferProvider(), CashProvider()]
    return [p for p in candidates if p.available_for(booking)]
