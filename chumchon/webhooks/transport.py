"""POST a webhook body to a receiver's URL, refusing private addresses (SSRF).

No Django here. The host is resolved once and the connection is made to the address
that was checked, so a DNS answer that changes between the check and the connection
(DNS rebinding) cannot point us at an internal service. Redirects are not followed
for the same reason: a 3xx is a failed delivery.
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

SNIPPET_CHARS = 500
USER_AGENT = "Chumchon-Webhooks/1.0"


class UnsafeURL(ValueError):
    """The URL may not receive webhooks; the message says why (in English, for logs)."""


@dataclass(frozen=True)
class Result:
    status: int | None  # None: no HTTP answer at all
    snippet: str  # the start of the response body
    error: str  # empty when the receiver answered

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_url(url: str, *, require_https: bool, allow_private: bool) -> None:
    """Refuse what can be refused without the network: scheme, host, literal addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http"):
        raise UnsafeURL("the URL must start with https://")
    if require_https and parts.scheme != "https":
        raise UnsafeURL("the URL must use https")
    host = parts.hostname or ""
    if not host:
        raise UnsafeURL("the URL has no host")
    try:
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as exc:
        raise UnsafeURL("the URL's port is not valid") from exc
    if allow_private:
        return
    if host == "localhost" or host.endswith((".localhost", ".local", ".internal")):
        raise UnsafeURL("the URL points at a private host")
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        return
    if not _is_public(str(literal)):
        raise UnsafeURL("the URL points at a private address")


def resolve(host: str, port: int, *, allow_private: bool) -> str:
    """One address of `host` that we may connect to."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise UnsafeURL(f"cannot resolve {host}") from exc
    addresses = [info[4][0] for info in infos]
    if not allow_private and not all(_is_public(a) for a in addresses):
        raise UnsafeURL(f"{host} resolves to a private address")
    return addresses[0]


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self):
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self.address = address

    def connect(self):
        sock = socket.create_connection((self.address, self.port), self.timeout)
        # The certificate is checked against the host name, not the pinned address.
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def post(
    url: str,
    body: bytes,
    headers: dict[str, str],
    *,
    timeout: float,
    require_https: bool,
    allow_private: bool,
) -> Result:
    """Send once; never raises for a receiver's failure, returns what happened."""
    try:
        check_url(url, require_https=require_https, allow_private=allow_private)
        parts = urlsplit(url)
        https = parts.scheme == "https"
        port = parts.port or (443 if https else 80)
        address = resolve(parts.hostname, port, allow_private=allow_private)
    except UnsafeURL as exc:
        return Result(None, "", str(exc))
    sent = {"User-Agent": USER_AGENT, "Content-Type": "application/json", **headers}
    if parts.username is not None:
        # OCTO resellers may put basic-auth credentials in the webhook URL.
        pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
        sent["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode()
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    connection_class = _PinnedHTTPS if https else _PinnedHTTP
    connection = connection_class(parts.hostname, port, address, timeout)
    try:
        connection.request("POST", target, body=body, headers=sent)
        response = connection.getresponse()
        snippet = response.read(SNIPPET_CHARS * 4).decode("utf-8", "replace")[:SNIPPET_CHARS]
        return Result(response.status, snippet, "")
    except (OSError, http.client.HTTPException) as exc:
        return Result(None, "", f"{type(exc).__name__}: {exc}"[:500])
    finally:
        connection.close()
