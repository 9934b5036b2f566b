"""Booking throughput under load, against a one-row-insert baseline measured in the same run.

Runs the platform under gunicorn on PostgreSQL (a throw-away database), then drives
with CLIENTS concurrent clients for DURATION seconds each:
  1. the baseline: POST /bench/insert (inserts one row),
  2. POST /api/v1/bookings (a partner key, an Idempotency-Key per request),
  3. OCTO reserve (POST /octo/v1/bookings) then confirm (POST .../confirm),
  4. a second baseline: POST /bench/api-insert, one row through the API's own stack
     (REST framework, the Bearer key lookup, JSON), to show what of a booking's cost
     is the API's and what the booking's.
Prints requests per second and p50/p95 latency for each, and the ratios to the
baseline. Target: bookings reach at least half of the baseline's throughput.

    .venv/bin/python bench/bookings_load.py [--clients 50] [--duration 10] [--workers N]

gunicorn runs 2 × cores + 1 sync workers by default (gunicorn's own advice). As in
production, background tasks (e-mails, vouchers, webhooks) go to Celery through Redis
(a spare Redis database, emptied afterwards) and no worker runs them during the
measurement: the requests only queue them. Without Redis they would run inside the
requests (Celery's eager mode), which is what a deployment without Redis gets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG = "postgres://postgres@127.0.0.1:5432"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


REDIS_DB = 13  # a spare database of the local Redis, emptied after the run


def spare_redis() -> str:
    """The URL of an empty spare Redis database, or "" when Redis is not running."""
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as conn:
            conn.sendall(f"SELECT {REDIS_DB}\r\nFLUSHDB\r\n".encode())
            conn.recv(64)
    except OSError:
        print("! no Redis on 127.0.0.1:6379: background tasks run inside the requests")
        return ""
    return f"redis://127.0.0.1:6379/{REDIS_DB}"


def queued_tasks(redis_url: str) -> int:
    """How many tasks wait in Celery's queue; then empties the spare database."""
    if not redis_url:
        return 0
    with socket.create_connection(("127.0.0.1", 6379), timeout=2) as conn:
        conn.sendall(f"SELECT {REDIS_DB}\r\nLLEN celery\r\nFLUSHDB\r\n".encode())
        reply = b""
        while reply.count(b"\r\n") < 3:
            reply += conn.recv(256)
    return int(reply.split(b"\r\n")[1].lstrip(b":"))


def chumchon(env, *args) -> str:
    return subprocess.run(
        [sys.executable, "-m", "chumchon", *args],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout


def prepare(env) -> dict:
    """Migrate, load the demo, make roomy slots and a partner key; returns what clients need."""
    print("… migrating and loading the demo", flush=True)
    chumchon(env, "migrate", "--noinput")
    chumchon(env, "loaddemo")
    key = chumchon(env, "createapikey", "--role", "partner", "--name", "bench").strip()
    script = """
import datetime as dt, json
from django.utils import timezone
from chumchon.bookings.models import Slot
from chumchon.catalog.models import Offering
o = Offering.objects.get(slug="li-weaving-class")
base = timezone.localtime().replace(hour=9, minute=0, second=0, microsecond=0)
ids = []
for day in range(1, 41):
    s, _ = Slot.objects.update_or_create(offering=o, starts_at=base + dt.timedelta(days=day),
        defaults={"ends_at": base + dt.timedelta(days=day, hours=3), "capacity": 100000})
    ids.append(s.id)
print(json.dumps({"slots": ids, "offering": o.id}))
"""
    out = chumchon(env, "shell", "-c", script)
    data = json.loads(out.strip().splitlines()[-1])
    data["key"] = key
    return data


class Server:
    def __init__(self, env, workers: int):
        self.port = free_port()
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "chumchon.wsgi",
                "-w",
                str(workers),
                "-b",
                f"127.0.0.1:{self.port}",
                "--log-level",
                "warning",
            ],
            env=env,
            cwd=ROOT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("gunicorn did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=20)


def request(port, method, path, body=None, headers=None) -> tuple[int, dict]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    payload = json.dumps(body).encode() if body is not None else None
    conn.request(
        method,
        path,
        body=payload,
        headers={"Content-Type": "application/json", "Host": "127.0.0.1", **(headers or {})},
    )
    response = conn.getresponse()
    raw = response.read()
    conn.close()
    try:
        return response.status, json.loads(raw or b"{}")
    except ValueError:
        return response.status, {}


def drive(name, action, clients: int, duration: float) -> dict:
    """Run `action()` from `clients` threads for `duration` seconds; returns the figures."""
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()
    stop = time.monotonic() + duration

    def client():
        mine, bad = [], 0
        while time.monotonic() < stop:
            start = time.perf_counter()
            ok = action()
            elapsed = time.perf_counter() - start
            if ok:
                mine.append(elapsed)
            else:
                bad += 1
        with lock:
            latencies.extend(mine)
            failures[0] += bad

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - began
    latencies.sort()
    pick = lambda q: latencies[min(int(q * len(latencies)), len(latencies) - 1)] * 1000  # noqa: E731
    return {
        "name": name,
        "ok": len(latencies),
        "failed": failures[0],
        "rps": len(latencies) / wall,
        "p50": pick(0.5) if latencies else float("nan"),
        "p95": pick(0.95) if latencies else float("nan"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=10)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    args = parser.parse_args()
    redis_url = spare_redis()

    db = f"chumchon_bench_{os.getpid()}"
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", db], check=True)
    env = {
        **os.environ,
        "DATABASE_URL": f"{PG}/{db}",
        "DEBUG": "False",
        "SECRET_KEY": "bench-" + uuid.uuid4().hex * 2,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "False",
        "BENCH_ENDPOINTS": "True",
        "REDIS_URL": redis_url,
        "LOG_LEVEL": "WARNING",
    }
    server = None
    try:
        data = prepare(env)
        server = Server(env, args.workers)
        port, auth = server.port, {"Authorization": f"Bearer {data['key']}"}
        print(
            f"… gunicorn with {args.workers} workers on port {port}; "
            f"{args.clients} clients, {args.duration:g} s per scenario",
            flush=True,
        )

        def baseline():
            return request(port, "POST", "/bench/insert", {})[0] == 201

        def book():
            body = {
                "items": [{"slot": random.choice(data["slots"]), "adults": 2, "children": 1}],
                "contact": {"name": "Bench Tourist", "email": "bench@example.org"},
                "language": "en",
            }
            status, _ = request(
                port,
                "POST",
                "/api/v1/bookings",
                body,
                {**auth, "Idempotency-Key": uuid.uuid4().hex},
            )
            return status == 201

        octo_headers = {**auth, "Octo-Capabilities": ""}
        status, products = request(port, "GET", "/octo/v1/products", headers=octo_headers)
        product = (
            next(p for p in products if p["id"] == str(data["offering"]))
            if status == 200
            and isinstance(products, list)
            and any(p["id"] == str(data["offering"]) for p in products)
            else None
        )
        availability_ids: list[str] = []
        if product:
            today = dt.date.today()
            status, days = request(
                port,
                "POST",
                "/octo/v1/availability",
                {
                    "productId": product["id"],
                    "optionId": product["options"][0]["id"],
                    "localDateStart": str(today + dt.timedelta(days=1)),
                    "localDateEnd": str(today + dt.timedelta(days=40)),
                },
                octo_headers,
            )
            availability_ids = (
                [a["id"] for a in days if a.get("available")] if status == 200 else []
            )
            unit_id = product["options"][0]["units"][0]["id"]

        def octo():
            reserve = {
                "uuid": str(uuid.uuid4()),
                "productId": product["id"],
                "optionId": product["options"][0]["id"],
                "availabilityId": random.choice(availability_ids),
                "unitItems": [{"unitId": unit_id}, {"unitId": unit_id}],
            }
            status, booking = request(port, "POST", "/octo/v1/bookings", reserve, octo_headers)
            if status != 200:
                return False
            status, _ = request(
                port,
                "POST",
                f"/octo/v1/bookings/{booking['uuid']}/confirm",
                {"contact": {"fullName": "Bench Tourist", "emailAddress": "bench@example.org"}},
                octo_headers,
            )
            return status == 200

        def api_baseline():
            return request(port, "POST", "/bench/api-insert", {}, auth)[0] == 201

        results = [
            drive("baseline: insert one row", baseline, args.clients, args.duration),
            drive("POST /api/v1/bookings", book, args.clients, args.duration),
            drive("API baseline: insert one row", api_baseline, args.clients, args.duration),
        ]
        if availability_ids:
            results.append(drive("OCTO reserve + confirm", octo, args.clients, args.duration))
        else:
            print("! OCTO products/availability not reachable; OCTO scenario skipped")
    finally:
        if server:
            server.stop()
        subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", db])

    if redis_url:
        print(
            f"\n{queued_tasks(redis_url)} background tasks were queued for a Celery worker "
            "(not run during the measurement)"
        )
    base, api_base = results[0]["rps"], results[2]["rps"]
    print(
        f"\n{'scenario':<30}{'ok':>8}{'failed':>8}{'req/s':>10}{'p50 ms':>10}{'p95 ms':>10}"
        f"{'vs baseline':>13}{'vs API baseline':>17}"
    )
    for r in results:
        print(
            f"{r['name']:<30}{r['ok']:>8}{r['failed']:>8}{r['rps']:>10.1f}{r['p50']:>10.1f}"
            f"{r['p95']:>10.1f}{r['rps'] / base:>12.2f}x{r['rps'] / api_base:>16.2f}x"
        )
    booking_ratio = results[1]["rps"] / base
    verdict = "meets" if booking_ratio >= 0.5 else "MISSES"
    print(
        f"\nbookings reach {booking_ratio:.2f} of the baseline's throughput "
        f"({results[1]['rps'] / api_base:.2f} of the API baseline's): {verdict} the target "
        "of 0.50 (against the plain baseline)"
    )
    return 0 if booking_ratio >= 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
