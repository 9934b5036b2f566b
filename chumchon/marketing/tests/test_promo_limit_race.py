"""Many tourists in separate processes race for the last uses of a limited code.

The code's row lock makes the limit exact; the control runs the same race through a
naive count-then-insert without the lock and shows that the race is real.
"""

import multiprocessing
import time
from pathlib import Path

import pytest
from django.db import connection, connections

from chumchon.bookings.tests.conftest import make_slot
from chumchon.marketing.models import PromoCode, PromoRedemption

BUYERS = 16
USES = 4


def _buy(slot_id: int, mode: str, gate: str, index: int, results) -> None:
    connections.close_all()  # never share the parent's socket
    from chumchon.bookings.errors import BookingError
    from chumchon.bookings.services import Contact, ItemRequest, hold_places

    Path(gate, f"ready-{index}").touch()
    while not Path(gate, "go").exists():
        time.sleep(0.001)
    try:
        if mode == "service":
            hold_places(
                [ItemRequest(slot_id=slot_id, adults=1)],
                Contact(name=f"Buyer {index}", phone="0800000000"),
                promo_code="LAST4",
            )
        else:
            _naive_redeem(slot_id, index)
        results.put("ok")
    except BookingError as err:
        results.put(err.code)
    except Exception as exc:  # noqa: BLE001 - report, never hang the parent
        results.put(f"error: {exc!r}")
    finally:
        connections.close_all()


def _naive_redeem(slot_id: int, index: int) -> None:
    """What redeem_promo would do without the lock: count the uses, think, then insert."""
    from django.utils import timezone

    from chumchon.bookings.errors import refuse
    from chumchon.bookings.models import Booking, Slot
    from chumchon.marketing.services import redemptions_in_use

    slot = Slot.objects.select_related("offering__community").get(pk=slot_id)
    promo = PromoCode.objects.get(code="LAST4")
    if redemptions_in_use(promo, timezone.now()) >= promo.max_redemptions:
        raise refuse("promo_used_up")
    time.sleep(0.05)
    booking = Booking.objects.create(
        community=slot.offering.community,
        contact_name=f"Naive {index}",
        contact_phone="0",
        total=0,
        currency_id="THB",
        expires_at=timezone.now() + timezone.timedelta(minutes=30),
    )
    PromoRedemption.objects.create(
        promo=promo, booking=booking, discount=0, currency_id="THB", total_before=0
    )


def race(slot, mode: str, tmp_path) -> list[str]:
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    connections.close_all()
    processes = [
        context.Process(target=_buy, args=(slot.id, mode, str(tmp_path), i, results))
        for i in range(BUYERS)
    ]
    for process in processes:
        process.start()
    deadline = time.monotonic() + 60
    while len(list(tmp_path.glob("ready-*"))) < BUYERS and time.monotonic() < deadline:
        time.sleep(0.01)
    (tmp_path / "go").touch()
    outcomes = [results.get(timeout=60) for _ in processes]
    for process in processes:
        process.join(timeout=30)
    return outcomes


@pytest.fixture
def limited_code(transactional_db, weaving, tha_li):
    if connection.vendor == "sqlite" and connection.settings_dict["NAME"] == ":memory:":
        pytest.fail("the race tests need a file database shared by processes")
    weaving.capacity = BUYERS * 2
    weaving.save()
    PromoCode.objects.create(
        community=tha_li, code="LAST4", kind="percent", percent=20, max_redemptions=USES
    )
    return make_slot(weaving, capacity=BUYERS * 2)


def test_sixteen_tourists_share_four_uses_of_a_code_exactly(limited_code, tmp_path):
    outcomes = race(limited_code, "service", tmp_path)
    assert sorted(set(outcomes)) == ["ok", "promo_used_up"], outcomes
    assert outcomes.count("ok") == USES
    assert PromoRedemption.objects.count() == USES


def test_control_without_the_lock_the_same_race_overuses_the_code(limited_code, tmp_path):
    outcomes = race(limited_code, "naive", tmp_path)
    assert not any(o.startswith("error") for o in outcomes), outcomes
    assert PromoRedemption.objects.count() > USES, f"no race observed: {outcomes}"
