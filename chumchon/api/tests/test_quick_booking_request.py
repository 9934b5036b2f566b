"""The booking endpoint reads the usual request without DRF's serializer (a hot path):
it must take only what the serializer takes, and read it exactly as the serializer does."""

import pytest
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rest_framework.exceptions import ValidationError

from chumchon.api.serializers import (
    BookingRequestSerializer,
    _quick_booking_request,
    read_booking_request,
)
from chumchon.bookings.services import ItemRequest

texts = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "  ", " Anna ", "a@b.co", "not-an-email", "x" * 121, "a\x00b", "\ud800"]),
    st.integers(-3, 3),
    st.none(),
    st.booleans(),
)
counts = st.one_of(
    st.integers(-2, 1001),
    # Every limit and its neighbour, and what DRF converts (or refuses) that we do not.
    st.sampled_from([-1, 0, 1, 999, 1000, 9999, 10000, 2**63 - 1, 2**63]),
    st.sampled_from([True, False, "2", 2.0, None]),
)
items = st.dictionaries(
    st.sampled_from(["slot", "offering", "adults", "children", "rooms", "quantity", "other"]),
    counts,
    max_size=5,
)
contacts = st.dictionaries(st.sampled_from(["name", "email", "phone", "other"]), texts)
# Mostly well-formed requests too, so that the quick reader often says yes.
usual_items = st.one_of(
    st.fixed_dictionaries(
        {"slot": st.integers(1, 10**6)},
        optional={"adults": counts, "children": counts, "rooms": counts, "quantity": counts},
    ),
    st.fixed_dictionaries({"offering": st.integers(0, 10**6)}, optional={"quantity": counts}),
)
usual_texts = st.one_of(st.text(max_size=130), st.sampled_from(["a@b.co", " x@y.org ", "x@"]))
usual = st.fixed_dictionaries(
    {
        "items": st.lists(usual_items, min_size=1, max_size=3),
        "contact": st.fixed_dictionaries(
            {"name": usual_texts}, optional={"email": usual_texts, "phone": usual_texts}
        ),
    },
    optional={"language": st.sampled_from(["th", "lo", "en", "km"]), "notes": usual_texts},
)
bodies = st.one_of(
    usual,
    st.fixed_dictionaries(
        {"items": st.lists(items, max_size=3), "contact": contacts},
        optional={
            "language": st.sampled_from(["th", "lo", "en", "fr", "", None, 1]),
            "dietary_needs": texts,
            "notes": texts,
            "reseller_reference": texts,
            "promo_code": texts,
        },
    ),
    st.lists(st.integers(), max_size=2),
    st.none(),
)


def _by_serializer(body):
    serializer = BookingRequestSerializer(data=body)
    return serializer.booking_request() if serializer.is_valid() else None


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies)
def test_the_quick_reader_takes_only_what_the_serializer_takes_and_reads_it_the_same(body):
    translation.activate("lo")  # the default language comes from the request
    quick = _quick_booking_request(body)
    if quick is not None:
        assert quick == _by_serializer(body)


guests = st.integers(0, 999)
well_formed = st.fixed_dictionaries(
    {
        "items": st.lists(
            st.one_of(
                st.fixed_dictionaries(
                    {"slot": st.integers(1, 10**9)},
                    optional={"adults": guests, "children": guests, "rooms": st.integers(1, 999)},
                ),
                st.fixed_dictionaries(
                    {"offering": st.integers(1, 10**9)}, optional={"quantity": st.integers(0, 9999)}
                ),
            ),
            min_size=1,
            max_size=50,
        ),
        "contact": st.fixed_dictionaries(
            {"name": st.sampled_from(["Anna", " สมชาย ", "ສົມພອນ", "Ö"])},
            optional={
                "email": st.sampled_from(["", "anna@example.org", " b@c.la "]),
                "phone": st.sampled_from(["", "+66 81 234 5678"]),
            },
        ),
    },
    optional={
        "language": st.sampled_from(["th", "lo", "en"]),
        "notes": st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=50),
        "promo_code": st.sampled_from(["", "SONGKRAN"]),
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(well_formed)
def test_the_quick_reader_reads_every_well_formed_request(body):
    quick = _quick_booking_request(body)
    assert quick is not None
    assert quick == _by_serializer(body)


def test_a_usual_request_is_read_quickly_and_completely():
    body = {
        "items": [
            {"slot": 7, "adults": 2, "children": 1},
            {"slot": 8, "adults": 2, "rooms": 1},
            {"offering": 3, "quantity": 4},
        ],
        "contact": {"name": "  Anna ", "email": "anna@example.org"},
        "language": "th",
        "dietary_needs": "no pork",
        "reseller_reference": "R-1",
    }
    quick = _quick_booking_request(body)
    assert quick is not None
    assert quick == _by_serializer(body)
    assert quick.items == [
        ItemRequest(slot_id=7, adults=2, children=1, quantity=0),
        ItemRequest(slot_id=8, adults=2, children=0, quantity=1),
        ItemRequest(offering_id=3, quantity=4),
    ]
    assert quick.contact.name == "Anna" and quick.contact.language == "th"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "body, field",
    [
        ({"items": [], "contact": {"name": "A", "email": "a@b.co"}}, "items"),
        ({"items": [{"slot": 1, "adults": "two"}], "contact": {"name": "A"}}, "items"),
        ({"items": [{"slot": 1, "adults": 1}], "contact": {"name": "A", "email": "x"}}, "contact"),
        ({"items": [{"slot": 1}], "contact": {"name": "A"}, "referral": "NOPE"}, "referral"),
    ],
)
def test_anything_else_gets_the_serializers_field_errors(body, field):
    assert _quick_booking_request(body) is None
    with pytest.raises(ValidationError) as caught:
        read_booking_request(body)
    assert field in caught.value.detail


LIMITS = [-1, 0, 1, 999, 1000, 9999, 10000, 2**63 - 1, 2**63, True, "1", 1.0, None]


@pytest.mark.parametrize("field", ["slot", "adults", "children", "rooms", "quantity"])
@pytest.mark.parametrize("value", LIMITS)
def test_each_limit_is_judged_as_the_serializer_judges_it(field, value):
    body = {"items": [{"slot": 5, "adults": 1, field: value}], "contact": {"name": "A"}}
    assert _quick_booking_request(body) in (None, _by_serializer(body))
    if _by_serializer(body) is None:
        assert _quick_booking_request(body) is None


@pytest.mark.parametrize(
    "field, length",
    [("name", 120), ("phone", 32), ("notes", 2000), ("dietary_needs", 300), ("promo_code", 30)],
)
def test_each_text_limit_is_judged_as_the_serializer_judges_it(field, length):
    for size in (length, length + 1):
        body = {"items": [{"slot": 5, "adults": 1}], "contact": {"name": "A"}}
        (body["contact"] if field in ("name", "phone") else body)[field] = "x" * size
        expected = _by_serializer(body)
        assert (expected is None) == (size > length)
        assert _quick_booking_request(body) == expected
