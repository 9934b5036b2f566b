import datetime as dt

import pytest
from django.utils import timezone

from chumchon.bookings.models import Closure
from chumchon.bookings.tests.conftest import make_slot
from chumchon.octo.tests.conftest import availability_id, error_of

pytestmark = pytest.mark.django_db


def check(reseller, slot_or_offering, **body):
    offering_id = getattr(slot_or_offering, "offering_id", getattr(slot_or_offering, "pk", None))
    return reseller.post(
        "/availability", {"productId": str(offering_id), "optionId": "DEFAULT", **body}
    )


def local_day(slot) -> str:
    return timezone.localtime(slot.starts_at).date().isoformat()


def test_a_day_lists_its_departures_with_places_cutoff_and_prices(reseller, departure):
    response = check(reseller, departure, localDate=local_day(departure))
    assert response.status_code == 200, response.json()
    [entry] = response.json()
    start = timezone.localtime(departure.starts_at)
    assert entry == {
        "id": start.isoformat(),
        "localDateTimeStart": start.isoformat(),
        "localDateTimeEnd": timezone.localtime(departure.ends_at).isoformat(),
        "allDay": False,
        "available": True,
        "status": "AVAILABLE",
        "vacancies": 5,
        "capacity": 5,
        "maxUnits": None,
        "utcCutoffAt": departure.starts_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "openingHours": [],
        "unitPricing": [
            {
                "unitId": "adult",
                "original": 35000,
                "retail": 35000,
                "net": None,
                "currency": "THB",
                "currencyPrecision": 2,
                "includedTaxes": [],
            },
            {
                "unitId": "child",
                "original": 20000,
                "retail": 20000,
                "net": None,
                "currency": "THB",
                "currencyPrecision": 2,
                "includedTaxes": [],
            },
        ],
    }
    assert entry["id"].endswith("+07:00")


def test_statuses_follow_what_is_left(reseller, other_reseller, departure, next_departure, weaving):
    other_reseller.reserve(departure, units=["adult"] * 3)
    other_reseller.reserve(next_departure, units=["adult"] * 5)
    closed = make_slot(weaving, days=5)
    Closure.objects.create(
        community=weaving.community,
        date_from=timezone.localtime(closed.starts_at).date(),
        date_to=timezone.localtime(closed.starts_at).date(),
        reason="Festival",
    )
    entries = check(
        reseller, departure, localDateStart=local_day(departure), localDateEnd=local_day(closed)
    ).json()
    assert [(e["status"], e["available"], e["vacancies"]) for e in entries] == [
        ("LIMITED", True, 2),
        ("SOLD_OUT", False, 0),
        ("CLOSED", False, 0),
    ]


def test_a_party_that_does_not_fit_sees_the_departure_unavailable(reseller, departure):
    entries = check(
        reseller,
        departure,
        localDate=local_day(departure),
        units=[{"id": "adult", "quantity": 4}, {"id": "child", "quantity": 2}],
    ).json()
    assert entries[0]["available"] is False and entries[0]["vacancies"] == 5
    entries = check(
        reseller, departure, localDate=local_day(departure), units=[{"id": "adult", "quantity": 5}]
    ).json()
    assert entries[0]["available"] is True


def test_availability_ids_answer_for_those_departures_only(reseller, departure, next_departure):
    entries = check(reseller, departure, availabilityIds=[availability_id(next_departure)]).json()
    assert [e["id"] for e in entries] == [availability_id(next_departure)]
    response = check(reseller, departure, availabilityIds=["2030-01-01T09:00:00+07:00"])
    assert error_of(response) == "INVALID_AVAILABILITY_ID"


def test_a_day_ticket_is_all_day_within_the_places_opening_hours(reseller, temple_day):
    [entry] = check(reseller, temple_day, localDate=local_day(temple_day)).json()
    assert entry["allDay"] is True
    assert entry["openingHours"] == [{"from": "08:00", "to": "17:00"}]


def test_a_homestay_counts_vacancies_in_guests(reseller, tha_li):
    from decimal import Decimal

    from chumchon.catalog.models import Offering, PriceTier

    room = Offering.objects.create(
        community=tha_li, kind="homestay", slug="room", title_en="Room", capacity=3, beds=2
    )
    PriceTier.objects.create(offering=room, kind="adult", amount=Decimal("500"))
    night = make_slot(room, days=2, hour=14, capacity=2, hours=21)
    [entry] = check(reseller, night, localDate=local_day(night)).json()
    assert entry["vacancies"] == 6 and entry["capacity"] == 6


@pytest.mark.parametrize(
    "dates",
    [
        {},
        {"localDate": "2026-12-01", "availabilityIds": ["x"]},
        {"localDateStart": "2026-12-01", "localDateEnd": "2026-12-05", "localDate": "2026-12-01"},
        {"localDateStart": "2026-12-01"},
        {"localDateStart": "2026-12-05", "localDateEnd": "2026-12-01"},
        {"localDateStart": "2026-01-01", "localDateEnd": "2027-06-01"},
        {"localDate": "01/12/2026"},
        {"localDate": "2026-02-30"},
        {"availabilityIds": "2026-12-01T09:00:00+07:00"},
        {"localDate": "2026-12-01", "units": [{"id": "adult", "quantity": -1}]},
        {"localDate": "2026-12-01", "currency": "USD"},
    ],
)
def test_missing_or_conflicting_parameters_are_bad_requests(reseller, departure, dates):
    response = check(reseller, departure, **dates)
    assert response.status_code == 400 and error_of(response) == "BAD_REQUEST"


def test_unknown_product_option_and_unit_are_named(reseller, departure):
    day = local_day(departure)
    response = reseller.post(
        "/availability", {"productId": "invalidProductId", "optionId": "DEFAULT", "localDate": day}
    )
    assert response.json()["error"] == "INVALID_PRODUCT_ID"
    assert response.json()["productId"] == "invalidProductId"
    response = check(reseller, departure, optionId="invalidOptionId", localDate=day)
    assert response.json()["error"] == "INVALID_OPTION_ID"
    assert response.json()["optionId"] == "invalidOptionId"
    response = check(reseller, departure, localDate=day, units=[{"id": "senior", "quantity": 1}])
    assert response.json()["error"] == "INVALID_UNIT_ID" and response.json()["unitId"] == "senior"


def test_the_calendar_has_one_entry_per_day_with_the_best_departure(
    reseller, other_reseller, departure, weaving
):
    later_same_day = make_slot(weaving, days=3, hour=14, capacity=8)
    other_reseller.reserve(departure, units=["adult"] * 4)
    start = timezone.localdate() + dt.timedelta(days=2)
    response = reseller.post(
        "/availability/calendar",
        {
            "productId": str(weaving.pk),
            "optionId": "DEFAULT",
            "localDateStart": start.isoformat(),
            "localDateEnd": (start + dt.timedelta(days=2)).isoformat(),
        },
    )
    assert response.status_code == 200, response.json()
    days = response.json()
    assert [d["localDate"] for d in days] == [
        (start + dt.timedelta(days=n)).isoformat() for n in range(3)
    ]
    assert days[0] == {
        "localDate": start.isoformat(),
        "available": False,
        "status": "CLOSED",
        "vacancies": 0,
        "capacity": None,
        "openingHours": [],
        "unitPricingFrom": days[0]["unitPricingFrom"],
    }
    assert (days[1]["status"], days[1]["vacancies"], days[1]["capacity"]) == ("AVAILABLE", 8, 8)
    assert later_same_day.capacity == 8
    assert [p["retail"] for p in days[1]["unitPricingFrom"]] == [35000, 20000]


def test_the_calendar_needs_both_dates(reseller, departure):
    response = reseller.post(
        "/availability/calendar",
        {
            "productId": str(departure.offering_id),
            "optionId": "DEFAULT",
            "localDateEnd": "2026-12-30",
        },
    )
    assert response.status_code == 400 and error_of(response) == "BAD_REQUEST"
    response = reseller.post(
        "/availability/calendar",
        {
            "productId": str(departure.offering_id),
            "optionId": "invalidOptionId",
            "localDateStart": "2026-12-01",
            "localDateEnd": "2026-12-30",
        },
    )
    assert error_of(response) == "INVALID_OPTION_ID"


def test_a_day_ticket_calendar_shows_opening_hours_every_day(reseller, temple_day):
    day = timezone.localtime(temple_day.starts_at).date()
    days = reseller.post(
        "/availability/calendar",
        {
            "productId": str(temple_day.offering_id),
            "optionId": "DEFAULT",
            "localDateStart": day.isoformat(),
            "localDateEnd": (day + dt.timedelta(days=1)).isoformat(),
        },
    ).json()
    assert [d["status"] for d in days] == ["AVAILABLE", "CLOSED"]
    assert all(d["openingHours"] == [{"from": "08:00", "to": "17:00"}] for d in days)
