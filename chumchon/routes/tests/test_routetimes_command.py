from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from chumchon.routes.models import Route, TravelTime

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("routetimes", *args, stdout=out)
    return out.getvalue()


def test_it_fetches_and_keeps_every_legs_time_with_progress(osrm, route):
    output = run()
    # The walk to the market from OSRM; the boat legs (there and back) estimated.
    assert "[1/1] t-tha-li/river-day: 2 estimate, 1 osrm" in output
    assert TravelTime.objects.filter(mode="walk").exists()
    assert len(osrm.requests) == 1
    run()
    assert len(osrm.requests) == 1  # the second run reads the cache


def test_it_lists_what_needs_fixing(route):
    Route.objects.filter(pk=route.pk).update(is_published=False)
    assert "0 routes" in run()
    route.days.update(ends_at="09:00")
    output = run("--drafts")
    assert "1 to check" in output and "past its end" in output


def test_an_unknown_community_is_an_error(route):
    with pytest.raises(CommandError):
        run("--community", "nowhere")
