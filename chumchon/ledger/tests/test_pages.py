"""The treasurer's and coordinator's phone pages: permissions, forms and refusals."""

import re
import zlib
from decimal import Decimal

import pytest

from chumchon.ledger import services as ledger
from chumchon.ledger.models import (
    AccountKind,
    FundSpending,
    HouseholdEconomics,
    Period,
    PovertyLine,
    RevenueShareRule,
    ShareWeight,
    Transaction,
)
from chumchon.ledger.tests.conftest import book, finish, pay
from chumchon.ledger.tests.test_reports import make_village
from chumchon.money import Money

BASE = "/en/manage/t-tha-li/ledger/"


def thb(x):
    return Money(Decimal(str(x)), "THB")


@pytest.fixture
def visited(weaving, providers, default_rules):
    booking = book(weaving, adults=2)
    pay(booking)
    finish(booking)
    return booking


@pytest.fixture
def as_user(client):
    def sign_in(user):
        client.force_login(user)
        return client

    return sign_in


def test_anonymous_visitors_are_sent_to_sign_in(client, tha_li):
    response = client.get(BASE)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("who", ["thali_treasurer", "thali_coordinator", "site_admin"])
def test_the_community_staff_see_the_balances(request, as_user, who, visited):
    response = as_user(request.getfixturevalue(who)).get(BASE)
    assert response.status_code == 200
    assert "TL-01 Family TL-01" in response.content.decode()


@pytest.mark.parametrize("who", ["officer", "botan_coordinator", "stranger"])
def test_others_cannot_see_the_balances(request, as_user, who, visited):
    assert as_user(request.getfixturevalue(who)).get(BASE).status_code == 403


def test_the_treasurer_records_a_payout(as_user, thali_treasurer, tha_li, providers, visited):
    account = ledger.get_account(tha_li, AccountKind.HOUSEHOLD, household=providers[0])
    client = as_user(thali_treasurer)
    assert client.get(BASE + f"payout/?account={account.pk}").status_code == 200
    response = client.post(
        BASE + "payout/",
        {"account": account.pk, "amount": "100", "method": "cash", "date": "", "note": ""},
    )
    assert response.status_code == 302
    assert ledger.owed(account, "THB") == thb("197.50")


def test_a_payout_over_the_balance_is_refused_on_the_page(
    as_user, thali_treasurer, tha_li, providers, visited
):
    account = ledger.get_account(tha_li, AccountKind.HOUSEHOLD, household=providers[0])
    response = as_user(thali_treasurer).post(
        BASE + "payout/", {"account": account.pk, "amount": "1000", "method": "cash"}
    )
    assert response.status_code == 200
    assert "more than the balance" in response.content.decode()
    assert not Transaction.objects.filter(kind="payout").exists()


def test_a_coordinator_cannot_pay_out(as_user, thali_coordinator, visited):
    assert as_user(thali_coordinator).get(BASE + "payout/").status_code == 403


def _pdf_text(pdf: bytes) -> bytes:
    """The PDF with its compressed streams opened, to look for the embedded fonts."""
    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S)
    opened = []
    for stream in streams:
        try:
            opened.append(zlib.decompress(stream))
        except zlib.error:
            pass
    return pdf + b"".join(opened)


def test_the_household_statement_and_its_pdf(as_user, thali_treasurer, providers, visited):
    providers[0].name = "บ้านแม่น้อย"  # a Thai name must print in a Thai font
    providers[0].save()
    client = as_user(thali_treasurer)
    page = client.get(BASE + f"households/{providers[0].pk}/")
    assert page.status_code == 200 and "297.50" in page.content.decode()
    pdf = client.get(BASE + f"households/{providers[0].pk}/statement.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    text = _pdf_text(pdf.content)
    assert b"FontFile" in text and b"Noto-Sans-Thai" in text  # embedded, not just named


def test_a_household_of_another_community_has_no_statement(
    as_user, thali_treasurer, botan_household, visited
):
    client = as_user(thali_treasurer)
    assert client.get(BASE + f"households/{botan_household.pk}/").status_code == 404


def test_the_treasurer_records_fund_spending(as_user, thali_treasurer, visited):
    client = as_user(thali_treasurer)
    response = client.post(
        BASE + "fund/",
        {
            "amount": "50",
            "method": "cash",
            "description": "Signs for the walking trail",
            "decision_reference": "Village meeting, 3 March",
        },
    )
    assert response.status_code == 302
    assert FundSpending.objects.get().description == "Signs for the walking trail"
    assert "Village meeting, 3 March" in client.get(BASE + "fund/").content.decode()


def test_a_coordinator_reads_the_fund_but_cannot_spend(as_user, thali_coordinator, visited):
    client = as_user(thali_coordinator)
    assert client.get(BASE + "fund/").status_code == 200
    response = client.post(BASE + "fund/", {"amount": "1", "method": "cash"})
    assert response.status_code == 403


def test_the_treasurer_closes_last_month(as_user, thali_treasurer, tha_li, visited):
    import datetime as dt

    last = (ledger.today(tha_li).replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    cash = ledger.get_account(tha_li, AccountKind.CASH)
    ledger.post(
        tha_li,
        "correction",
        [ledger.Line(cash, thb(20)), ledger.Line(ledger.get_account(tha_li, "fund"), thb(-20))],
        period=last.replace(day=5),
        reason="Donation",
    )
    client = as_user(thali_treasurer)
    assert last.strftime("%Y-%m") in client.get(BASE + "close/").content.decode()
    response = client.post(
        BASE + "close/",
        {"month": last.isoformat(), "cash_counted": "15", "bank_balance": "0", "reason": ""},
    )
    assert "Say why." in response.content.decode()
    response = client.post(
        BASE + "close/",
        {"month": last.isoformat(), "cash_counted": "15", "bank_balance": "0", "reason": "Lost"},
    )
    assert response.status_code == 302
    assert Period.objects.get().adjustment.reason == "Lost"


def test_the_coordinator_edits_the_default_rules(as_user, thali_coordinator, tha_li):
    client = as_user(thali_coordinator)
    assert client.get(BASE + "rules/default/").status_code == 200
    data = {
        "rules-TOTAL_FORMS": "2",
        "rules-INITIAL_FORMS": "0",
        "rules-0-recipient": "fund",
        "rules-0-basis": "percent",
        "rules-0-percent": "12",
        "rules-0-position": "0",
        "rules-1-recipient": "providers",
        "rules-1-basis": "rest",
        "rules-1-percent": "40",  # ignored: "what is left" has no percentage
    }
    response = client.post(BASE + "rules/default/", data)
    assert response.status_code == 302
    rules = RevenueShareRule.objects.filter(community=tha_li, offering=None).order_by("position")
    assert [(r.recipient, r.percent) for r in rules] == [("fund", Decimal(12)), ("providers", None)]


def test_rules_over_100_percent_are_refused_and_nothing_is_saved(
    as_user, thali_coordinator, tha_li
):
    data = {
        "rules-TOTAL_FORMS": "2",
        "rules-INITIAL_FORMS": "0",
        "rules-0-recipient": "fund",
        "rules-0-basis": "percent",
        "rules-0-percent": "60",
        "rules-0-position": "0",
        "rules-1-recipient": "platform",
        "rules-1-basis": "percent",
        "rules-1-percent": "50",
        "rules-1-position": "1",
    }
    response = as_user(thali_coordinator).post(BASE + "rules/default/", data)
    assert response.status_code == 200
    assert "more than 100%" in response.content.decode()
    assert not RevenueShareRule.objects.exists()


def test_a_treasurer_cannot_change_the_rules(as_user, thali_treasurer, tha_li):
    client = as_user(thali_treasurer)
    assert client.get(BASE + "rules/").status_code == 200
    assert client.get(BASE + "rules/default/").status_code == 403


def test_the_coordinator_sets_unequal_parts(as_user, thali_coordinator, tha_li, weaving, providers):
    rule = RevenueShareRule.objects.create(
        community=tha_li, offering=weaving, recipient="providers", basis="rest"
    )
    response = as_user(thali_coordinator).post(
        BASE + f"rules/{rule.pk}/weights/",
        {f"h{providers[0].pk}": "3", f"h{providers[1].pk}": "1"},
    )
    assert response.status_code == 302
    assert ShareWeight.objects.get(household=providers[0]).weight == 3


def test_household_incomes_are_recorded_for_a_year(as_user, thali_treasurer, tha_li, providers):
    year = ledger.today(tha_li).year
    response = as_user(thali_treasurer).post(
        BASE + f"economics/?year={year}",
        {
            "econ-TOTAL_FORMS": "2",
            "econ-INITIAL_FORMS": "2",
            "econ-0-household": providers[0].pk,
            "econ-0-size": "4",
            "econ-0-other_income": "90000",
            "econ-1-household": providers[1].pk,
            "econ-1-size": "",
            "econ-1-other_income": "",
        },
    )
    assert response.status_code == 302
    econ = HouseholdEconomics.objects.get()
    assert (econ.household, econ.year, econ.size) == (providers[0], year, 4)


def test_the_report_shows_households_to_the_coordinator_only(
    as_user, thali_coordinator, officer, tha_li
):
    tour, households = make_village(tha_li, 6)
    pay(book(tour, adults=1))
    year = ledger.today(tha_li).year
    for h in households:
        HouseholdEconomics.objects.create(household=h, year=year, size=2, other_income=60000)
    client = as_user(thali_coordinator)
    html = client.get(BASE + "report/").content.decode()
    assert "V-1" in html and "<svg" in html
    client.force_login(officer)
    html = client.get(BASE + "report/").content.decode()
    assert "V-1" not in html and "not shown" in html  # gender groups of three are suppressed
    assert "<svg" in html  # six households: the poverty chart is shown


def test_officers_edit_the_poverty_lines(as_user, officer, thali_coordinator):
    client = as_user(officer)
    url = "/en/manage/programme/poverty-lines/"
    assert client.get(url).status_code == 200
    line = PovertyLine.objects.get(country="TH", year=2024)
    forms = list(PovertyLine.objects.order_by("country", "-year"))
    data = {"lines-TOTAL_FORMS": str(len(forms)), "lines-INITIAL_FORMS": str(len(forms))}
    for i, each in enumerate(forms):
        data.update(
            {
                f"lines-{i}-id": each.pk,
                f"lines-{i}-country": each.country_id,
                f"lines-{i}-year": each.year,
                f"lines-{i}-amount": "3100" if each.pk == line.pk else each.amount,
                f"lines-{i}-currency": each.currency_id,
                f"lines-{i}-source": each.source,
                f"lines-{i}-note": each.note,
            }
        )
    assert client.post(url, data).status_code == 302
    line.refresh_from_db()
    assert line.amount == Decimal(3100)
    client.force_login(thali_coordinator)
    assert client.get(url).status_code == 403


def test_the_treasurer_reverses_a_payout_from_the_journal(
    as_user, thali_treasurer, tha_li, providers, visited
):
    account = ledger.get_account(tha_li, AccountKind.HOUSEHOLD, household=providers[0])
    payout = ledger.pay_out(account, "10", method="cash")
    client = as_user(thali_treasurer)
    assert (
        f"transactions/{payout.pk}/reverse/" in client.get(BASE + "transactions/").content.decode()
    )
    response = client.post(BASE + f"transactions/{payout.pk}/reverse/", {"reason": "Typo"})
    assert response.status_code == 302
    assert Transaction.objects.get(reverses=payout).reason == "Typo"


@pytest.mark.parametrize("page", ["", "transactions/", "fund/", "close/", "rules/", "economics/"])
def test_pages_render_in_thai_and_lao(as_user, thali_coordinator, visited, page):
    client = as_user(thali_coordinator)
    for lang in ("th", "lo"):
        assert client.get(f"/{lang}/manage/t-tha-li/ledger/{page}").status_code == 200


def test_the_pdf_is_in_the_community_language(as_user, botan_coordinator, bo_tan, monkeypatch):
    from chumchon.ledger import views
    from chumchon.ledger.tests.conftest import make_household

    bo_tan.main_language = "lo"
    bo_tan.save()
    family = make_household(bo_tan, "BT-01", ("Phet", "female", "25-39", ["cook"]))
    seen = {}

    def fake_pdf(template, context, language):
        seen["language"] = language
        return b"%PDF-fake"

    monkeypatch.setattr(views, "render_pdf", fake_pdf)
    response = as_user(botan_coordinator).get(
        f"/en/manage/t-bo-tan/ledger/households/{family.pk}/statement.pdf"
    )
    assert response.status_code == 200 and seen["language"] == "lo"
