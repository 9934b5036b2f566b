"""A small village for vote tests: Tha Li with eight households of mixed members."""

import datetime as dt

import pytest
from django.utils import timezone

from chumchon.communities.models import Household, Member
from chumchon.governance import services
from chumchon.governance.models import Meeting, Vote

MEMBERS = [  # (household code, name, gender, age group)
    ("TL-01", "Somsri", "female", "40-59"),
    ("TL-01", "Somchai", "male", "40-59"),
    ("TL-02", "Malee", "female", "60plus"),
    ("TL-03", "Niran", "male", "25-39"),
    ("TL-04", "Ploy", "female", "18-24"),
    ("TL-05", "Dao", "female", "25-39"),
    ("TL-06", "Boon", "male", "60plus"),
    ("TL-07", "Kaew", "other", "under18"),
    ("TL-08", "Lek", "undisclosed", "40-59"),
]


@pytest.fixture
def village(tha_li):
    """Eight active Tha Li households, keyed by code."""
    households = {}
    for code, name, gender, age in MEMBERS:
        if code not in households:
            households[code] = Household.objects.create(
                community=tha_li, code=code, name=f"Family {code}"
            )
        Member.objects.create(household=households[code], name=name, gender=gender, age_group=age)
    return households


@pytest.fixture
def proposal(tha_li, thali_coordinator, village):
    return services.raise_proposal(
        tha_li,
        thali_coordinator,
        kind="visitor_rule",
        title="No drones over the temple",
        text="Visitors may not fly drones over Wat Pa.",
        language="en",
        member=village["TL-01"].members.get(name="Somsri"),
    )


@pytest.fixture
def open_vote(proposal, thali_coordinator):
    return services.open_vote(proposal, thali_coordinator, timezone.now() + dt.timedelta(days=7))


@pytest.fixture
def meeting(tha_li, thali_coordinator):
    return Meeting.objects.create(
        community=tha_li, date=timezone.localdate(), place="Sala", created_by=thali_coordinator
    )


def vote_as(vote, coordinator, village, choices: dict[str, str], at_meeting=None):
    """Cast {"TL-01": "yes", ...}."""
    for code, choice in choices.items():
        services.cast_ballot(vote, village[code], choice, coordinator, at_meeting=at_meeting)


def pass_deadline(vote: Vote) -> Vote:
    """Move an open vote's window into the past, as if a week had gone by."""
    now = timezone.now()
    Vote.objects.filter(pk=vote.pk).update(
        opens_at=now - dt.timedelta(days=7, minutes=1), closes_at=now - dt.timedelta(minutes=1)
    )
    vote.refresh_from_db()
    return vote
