"""Two ballots for one household at the same moment leave exactly one row.

Processes, not threads, each with its own database connection. The control runs
the same race through a naive check-then-insert without the vote lock, and shows
that the race is real: one of the two then fails on the unique constraint instead
of replacing the other's ballot.
"""

import datetime as dt
import multiprocessing
import time
from pathlib import Path

import pytest
from django.db import connection, connections
from django.utils import timezone

from chumchon.accounts.models import User
from chumchon.governance import services
from chumchon.governance.models import Ballot, Vote

RACERS = 6


def _cast(vote_id, household_id, user_id, choice, mode, gate, index, results):
    connections.close_all()  # never share the parent's socket
    from django.db import IntegrityError

    from chumchon.communities.models import Household

    Path(gate, f"ready-{index}").touch()
    while not Path(gate, "go").exists():
        time.sleep(0.001)
    try:
        vote = Vote.objects.get(pk=vote_id)
        household = Household.objects.get(pk=household_id)
        if mode == "service":
            services.cast_ballot(vote, household, choice, User.objects.get(pk=user_id))
        else:
            _naive_cast(vote, household, choice)
        results.put("ok")
    except IntegrityError:
        results.put("integrity_error")
    except Exception as exc:  # noqa: BLE001 - report, never hang the parent
        results.put(f"error: {exc!r}")
    finally:
        connections.close_all()


def _naive_cast(vote, household, choice):
    """What cast_ballot would do without locking the vote: look, think, then insert."""
    existing = Ballot.objects.filter(vote=vote, household=household).first()
    time.sleep(0.05)
    if existing is None:
        Ballot.objects.create(vote=vote, household=household, choice=choice)
    else:
        existing.choice = choice
        existing.save()


def race(vote, household, user, mode, tmp_path):
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    connections.close_all()
    choices = ["yes", "no", "abstain"]
    processes = [
        context.Process(
            target=_cast,
            args=(vote.pk, household.pk, user.pk, choices[i % 3], mode, str(tmp_path), i, results),
        )
        for i in range(RACERS)
    ]
    for process in processes:
        process.start()
    deadline = time.monotonic() + 60
    while len(list(tmp_path.glob("ready-*"))) < RACERS and time.monotonic() < deadline:
        time.sleep(0.01)
    (tmp_path / "go").touch()
    outcomes = [results.get(timeout=60) for _ in processes]
    for process in processes:
        process.join(timeout=30)
    return outcomes


@pytest.fixture
def contested(transactional_db, tha_li, thali_coordinator):
    if connection.vendor == "sqlite" and connection.settings_dict["NAME"] == ":memory:":
        pytest.fail("the race tests need a file database shared by processes")
    from chumchon.communities.models import Household

    proposal = services.raise_proposal(
        tha_li, thali_coordinator, kind="other", title="Race", text="…", language="en"
    )
    vote = services.open_vote(proposal, thali_coordinator, timezone.now() + dt.timedelta(days=1))
    household = Household.objects.create(community=tha_li, code="TL-R", name="Racers")
    return vote, household, thali_coordinator


def test_simultaneous_ballots_for_one_household_leave_one_row_and_no_error(contested, tmp_path):
    vote, household, coordinator = contested
    outcomes = race(vote, household, coordinator, "service", tmp_path)
    assert outcomes == ["ok"] * RACERS, outcomes
    assert Ballot.objects.filter(vote=vote, household=household).count() == 1
    assert services.count(vote).cast == 1


def test_control_without_the_lock_the_same_race_collides(contested, tmp_path):
    vote, household, coordinator = contested
    outcomes = race(vote, household, coordinator, "naive", tmp_path)
    assert not any(o.startswith("error") for o in outcomes), outcomes
    assert "integrity_error" in outcomes, f"no race observed: {outcomes}"
    # Even then the unique constraint keeps one row per household.
    assert Ballot.objects.filter(vote=vote, household=household).count() == 1
