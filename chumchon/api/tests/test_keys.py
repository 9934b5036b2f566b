from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from chumchon.api.keys import create_key, find_key, revoke
from chumchon.bookings.models import ApiKey


def test_a_key_is_found_by_its_text_and_only_its_hash_is_stored(tha_li):
    key, text = create_key(name="Local Alike", role="partner")
    assert find_key(text) == key
    assert text.split("_", 2)[2] not in key.key_hash
    assert find_key(text[:-1] + ("x" if text[-1] != "x" else "y")) is None
    assert find_key("nonsense") is None


def test_a_revoked_key_stops_working(db):
    key, text = create_key(name="old", role="officer")
    revoke(key)
    assert find_key(text) is None


def test_createapikey_prints_a_working_key_for_a_community(tha_li):
    out = StringIO()
    call_command("createapikey", "--role", "coordinator", "--community", tha_li.slug, stdout=out)
    text = out.getvalue().strip()
    key = find_key(text)
    assert key.role == ApiKey.Role.COORDINATOR and key.community == tha_li


def test_a_coordinator_key_needs_a_community(db):
    with pytest.raises(CommandError, match="one community"):
        call_command("createapikey", "--role", "coordinator", stdout=StringIO())
    with pytest.raises(CommandError, match="no community"):
        call_command(
            "createapikey", "--role", "partner", "--community", "nowhere", stdout=StringIO()
        )
