"""Webhook signatures, Stripe-style: `Chumchon-Signature: t=<unix time>,v1=<hex>`.

v1 is HMAC-SHA256, keyed with the endpoint's secret, of "<t>.<raw body>". Signing the
time stops a captured request from being replayed later. No Django here: receivers
can copy this module as it is.
"""

from __future__ import annotations

import hashlib
import hmac
import time

HEADER = "Chumchon-Signature"
TOLERANCE_SECONDS = 300


def signature(secret: str, timestamp: int, body: bytes) -> str:
    message = str(timestamp).encode() + b"." + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def sign(secret: str | list[str], body: bytes, timestamp: int | None = None) -> str:
    """The header value for `body` sent now (or at `timestamp`); one v1 per secret."""
    moment = int(time.time()) if timestamp is None else timestamp
    secrets = [secret] if isinstance(secret, str) else secret
    return ",".join([f"t={moment}"] + [f"v1={signature(s, moment, body)}" for s in secrets])


def verify(
    secret: str,
    header: str,
    body: bytes,
    *,
    tolerance: int = TOLERANCE_SECONDS,
    now: float | None = None,
) -> bool:
    """True when `header` signs `body` with `secret` and is at most `tolerance` s old."""
    parts: dict[str, list[str]] = {}
    for item in header.split(","):
        name, _, value = item.strip().partition("=")
        parts.setdefault(name, []).append(value)
    try:
        moment = int(parts["t"][0])
    except (KeyError, ValueError):
        return False
    current = time.time() if now is None else now
    if abs(current - moment) > tolerance:
        return False
    expected = signature(secret, moment, body)
    # Several v1 values may be sent while a secret is being rolled over.
    return any(hmac.compare_digest(expected, given) for given in parts.get("v1", []))
