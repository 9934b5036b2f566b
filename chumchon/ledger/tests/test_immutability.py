"""Ledger rows are written once: never updated, never deleted, read-only in the admin."""

import pytest

from chumchon.ledger import services as ledger
from chumchon.ledger.models import Entry, ImmutableRecord, Transaction
from chumchon.ledger.tests.conftest import book, pay


@pytest.fixture
def posted(tha_li, weaving, providers):
    pay(book(weaving, adults=1))
    return Transaction.objects.get()


def test_a_transaction_cannot_be_changed(posted):
    posted.reason = "rewritten"
    with pytest.raises(ImmutableRecord):
        posted.save()


def test_an_entry_cannot_be_changed(posted):
    entry = posted.entries.first()
    entry.amount = 0
    with pytest.raises(ImmutableRecord):
        entry.save()


def test_nothing_can_be_deleted(posted):
    with pytest.raises(ImmutableRecord):
        posted.delete()
    with pytest.raises(ImmutableRecord):
        posted.entries.first().delete()
    with pytest.raises(ImmutableRecord):
        Entry.objects.all().delete()
    assert Entry.objects.count() == 3


def test_bulk_updates_are_refused(posted):
    with pytest.raises(ImmutableRecord):
        Entry.objects.update(amount=0)
    with pytest.raises(ImmutableRecord):
        Transaction.objects.filter(pk=posted.pk).update(reason="x")


def test_the_admin_shows_the_ledger_read_only(posted, admin_client):
    response = admin_client.get(f"/en/admin/ledger/transaction/{posted.pk}/change/")
    assert response.status_code == 200
    assert b'name="_save"' not in response.content
    assert admin_client.get("/en/admin/ledger/transaction/add/").status_code == 403
    assert admin_client.post(f"/en/admin/ledger/transaction/{posted.pk}/delete/").status_code == 403


def test_the_ledger_balances_after_any_posting(tha_li, posted):
    assert ledger.totals(tha_li)[0].amount == 0
