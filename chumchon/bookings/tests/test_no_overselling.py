"""Many buyers in separate processes race for the last places: none is ever sold twice.

The control runs the same race through a naive check-then-insert without the
locks, and shows that the race is real: it oversells.
"""

import multiprocessing
import time
from pathlib import Path

import pytest
from django.db import connection, connections

from chumchon.bookings.availability import remaining_in
from chumchon.bookings.models import Booking, BookingItem, BookingStatus, Slot
from chumchon.bookings.tests.conftest import make_slot

BUYERS = 20
PLACES = 5


def _buy(slot_id: int, mode: str, gate: str, index: int, results) -> None:
    connections.close_all()  # never share the parent's socket
    from chumchon.bookings.errors import BookingError
    from chumchon.bookings.services import Contact, ItemRequest, hold_places

    Path(gate, f"ready-{index}").touch()
    while not Path(gate, "go").exists():
        time.sleep(0.001)
    try:
        if mode == "service":
            hold_places([ItemRequest(slot_id=slot_id, adults=1)],
                        Contact(name=f"Buyer {index}", phone="0800000000"))
        else:
            _naive_buy(slot_id, index)
        results.put("ok")
    except BookingError as err:
        results.put(err.code)
    except Exception as exc:  # noqa: BLE001 - report, never hang the parent
        results.put(f"error: {exc!r}")
    finally:
        connections.close_all()


def _naive_buy(slot_id: int, index: int) -> None:
    """What the services would do without locks: count, think, then insert."""
    from django.utils import timezone

    slot = Slot.objects.select_related("offering__community").get(pk=slot_id)
    if remaining_in(slot) < 1:
        from chumchon.bookings.errors import refuse

        raise refuse("sold_out")
    time.sleep(0.05)
    booking = Booking.objects.create(
        community=slot.offering.community, contact_name=f"Naive {index}", contact_phone="0",
        total=0, currency_id="THB", expires_at=timezone.now() + timezone.timedelta(minutes=30),
    )
    BookingItem.objects.create(booking=booking, offering=slot.offering, slot=slot, adults=1,
                               units=1, price=0)


def race(slot, mode: str, tmp_path) -> list[str]:
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    connections.close_all()
    processes = [context.Process(target=_buy, args=(slot.id, mode, str(tmp_path), i, results))
                 for i in range(BUYERS)]
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


def sold(slot) -> int:
    return sum(BookingItem.objects.filter(
        slot=slot, booking__status=BookingStatus.PENDING_PAYMENT).values_list("units", flat=True))


@pytest.fixture
def contested_slot(transactional_db, weaving):
    if connection.vendor == "sqlite" and connection.settings_dict["NAME"] == ":memory:":
        pytest.fail("the race tests need a file database shared by processes")
    return make_slot(weaving, capacity=PLACES)


def test_twenty_buyers_in_separate_processes_share_five_places_exactly(contested_slot, tmp_path):
    outcomes = race(contested_slot, "service", tmp_path)
    assert sorted(set(outcomes)) == ["ok", "sold_out"], outcomes
    assert outcomes.count("ok") == PLACES
    assert outcomes.count("sold_out") == BUYERS - PLACES
    assert sold(contested_slot) == PLACES
    assert remaining_in(contested_slot) == 0


def test_control_without_the_locks_the_same_race_oversells(contested_slot, tmp_path):
    outcomes = race(contested_slot, "naive", tmp_path)
    assert not any(o.startswith("error") for o in outcomes), outcomes
    assert sold(contested_slot) > PLACES, f"no race observed: {outcomes}"


def test_remaining_is_exact_after_a_mixed_race(contested_slot, tmp_path, weaving):
    # Half the places are already held; the race must leave the count exact.
    from chumchon.bookings.services import Contact, ItemRequest, hold_places

    hold_places([ItemRequest(slot_id=contested_slot.id, adults=2)],
                Contact(name="Early bird", phone="0800000001"))
    outcomes = race(contested_slot, "service", tmp_path)
    assert outcomes.count("ok") == PLACES - 2
    assert remaining_in(contested_slot) == 0
    assert sold(contested_slot) == PLACES
