"""The ledger API: who may read what, one error shape, balances that add up to zero."""

import pytest
from rest_framework.test import APIClient

from chumchon.api.keys import create_key
from chumchon.ledger.tests.conftest import book, cancel, pay
from chumchon.ledger.tests.test_reports import make_village

BALANCES = "/api/v1/communities/t-tha-li/ledger/balances"
TRANSACTIONS = "/api/v1/communities/t-tha-li/ledger/transactions"
SUMMARY = "/api/v1/communities/t-tha-li/ledger/summary"


def _client(role, community=None):
    key, text = create_key(name=f"{role} key", role=role, community=community)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {text}")
    return client


@pytest.fixture
def thali_desk(tha_li):
    return _client("coordinator", tha_li)


@pytest.fixture
def botan_desk(bo_tan):
    return _client("coordinator", bo_tan)


@pytest.fixture
def partner_key(db):
    return _client("partner")


@pytest.fixture
def officer_key(db):
    return _client("officer")


@pytest.fixture
def paid(tha_li, weaving, providers, default_rules):
    booking = book(weaving, adults=2)
    pay(booking)
    cancel(booking)  # half back
    return booking


def test_a_coordinator_key_reads_every_balance_and_the_total_is_zero(thali_desk, paid):
    response = thali_desk.get(BALANCES)
    assert response.status_code == 200
    body = response.json()
    by_code = {a["code"]: a for a in body["accounts"]}
    assert by_code["cash"]["balances"] == [{"currency": "THB", "amount": "700.00"}]
    assert by_code["household:TL-01"]["balances"] == [{"currency": "THB", "amount": "-148.75"}]
    assert by_code["refunds_due"]["balances"] == [{"currency": "THB", "amount": "-350.00"}]
    assert {"fund", "platform", "bank", "household:TL-02"} <= set(by_code)
    assert body["total"] == [{"currency": "THB", "amount": "0.00"}]


def test_the_treasurer_signed_in_reads_the_balances(client, thali_treasurer, paid):
    client.force_login(thali_treasurer)
    assert client.get(BALANCES).status_code == 200


@pytest.mark.parametrize("caller", ["botan_desk", "partner_key", "officer_key"])
def test_other_keys_are_forbidden(request, caller, paid):
    response = request.getfixturevalue(caller).get(BALANCES)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"
    assert response.json()["error"]["message"]


def test_a_signed_in_officer_or_other_coordinator_is_forbidden(
    client, tha_li, officer, botan_coordinator
):
    client.force_login(officer)
    assert client.get(BALANCES).status_code == 403
    client.force_login(botan_coordinator)
    assert client.get(TRANSACTIONS).status_code == 403


def test_without_a_key_the_answer_is_401(paid):
    response = APIClient().get(BALANCES)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"


def test_an_unknown_community_is_a_json_404(thali_desk):
    response = thali_desk.get("/api/v1/communities/nowhere/ledger/balances")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_transactions_come_in_pages(thali_desk, paid):
    first = thali_desk.get(TRANSACTIONS, {"limit": 1}).json()
    assert first["count"] == 2 and len(first["results"]) == 1
    assert first["results"][0]["kind"] == "refund"
    assert first["next"].endswith("limit=1&offset=1") and first["previous"] is None
    second = thali_desk.get(TRANSACTIONS, {"limit": 1, "offset": 1}).json()
    payment = second["results"][0]
    assert payment["kind"] == "payment" and payment["booking"] == paid.reference
    assert sum(float(e["amount"]) for e in payment["entries"]) == 0
    assert second["next"] is None


def test_bad_paging_is_refused(thali_desk, paid):
    response = thali_desk.get(TRANSACTIONS, {"limit": 0})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"


def test_an_offset_past_what_the_database_can_count_is_refused(thali_desk, paid):
    # Found by fuzzing: an offset beyond 64 bits overflowed in SQL (a server error).
    response = thali_desk.get(TRANSACTIONS, {"offset": "2950050166914377842688"})
    assert response.status_code == 400
    assert "offset" in response.json()["error"]["fields"]


def test_officers_get_aggregates_with_small_groups_suppressed(
    officer_key, tha_li, weaving, providers
):
    pay(book(weaving, adults=2))  # two households earned: too few to show
    response = officer_key.get(SUMMARY)
    assert response.status_code == 200
    figures = response.json()["figures"]
    assert response.json()["suppressed_below"] == 5
    assert figures["earning_households"] is None
    assert figures["to_households"] is None and figures["stayed_percent"] is None
    assert figures["income_by_gender"]["female"] is None
    assert "TL-01" not in response.content.decode()


def test_officers_see_aggregates_over_enough_households(officer_key, tha_li):
    tour, _ = make_village(tha_li, 6)
    pay(book(tour, adults=1))
    figures = officer_key.get(SUMMARY).json()["figures"]
    assert figures["earning_households"] == 6
    assert figures["to_households"] == {"currency": "THB", "amount": "8500.00"}
    assert figures["stayed_percent"] == "95.0"
    assert "V-1" not in str(figures)


def test_a_partner_key_cannot_read_the_summary(partner_key, tha_li):
    assert partner_key.get(SUMMARY).status_code == 403


def test_an_officer_key_of_another_community_cannot_read_the_summary(bo_tan, tha_li):
    assert _client("officer", bo_tan).get(SUMMARY).status_code == 403
