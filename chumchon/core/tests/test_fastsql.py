"""core/fastsql.py: plain SQL for hot paths must load, write and fail exactly as the ORM."""

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from chumchon.bookings.models import Booking
from chumchon.core import fastsql
from chumchon.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def _booking(tha_li, **fields) -> Booking:
    return Booking(
        community=tha_li,
        contact_name="Anna",
        total=Decimal("1234.50"),
        currency_id="THB",
        expires_at=timezone.now() + dt.timedelta(minutes=30),
        **fields,
    )


def test_a_row_loads_as_the_orm_loads_it(tha_li):
    made = _booking(tha_li)
    made.save()
    columns = fastsql.columns(Booking, "b")
    rows = fastsql.rows(f"SELECT {columns.sql} FROM bookings_booking b WHERE b.id = %s", [made.pk])
    loaded, by_orm = columns.load(rows[0]), Booking.objects.get(pk=made.pk)
    for field in Booking._meta.concrete_fields:
        assert getattr(loaded, field.attname) == getattr(by_orm, field.attname), field.name
    assert isinstance(loaded.total, Decimal) and loaded.total == Decimal("1234.50")
    assert isinstance(loaded.uuid, uuid.UUID)
    assert loaded.expires_at.tzinfo is not None
    assert loaded._state.adding is False


def test_an_insert_fills_defaults_and_the_key_as_save_would(tha_li):
    booking = _booking(tha_li)
    fastsql.insert([booking])
    stored = Booking.objects.get(pk=booking.pk)
    assert stored.reference == booking.reference and len(stored.reference) == 7
    assert stored.uuid == booking.uuid and stored.token == booking.token
    assert stored.created_at is not None  # auto_now_add, filled by pre_save
    assert stored.total == Decimal("1234.50")
    entry = AuditEntry(action="test.fastsql", object_repr="x", data={"total": "1.00 THB"})
    fastsql.insert([entry])
    assert AuditEntry.objects.get(pk=entry.pk).data == {"total": "1.00 THB"}


def test_a_broken_constraint_is_djangos_integrity_error_and_undoes_nothing_else(tha_li):
    first = _booking(tha_li)
    fastsql.insert([first])
    twin = _booking(tha_li, reference=first.reference)
    with pytest.raises(IntegrityError), transaction.atomic():
        fastsql.insert([twin])
    assert Booking.objects.filter(reference=first.reference).count() == 1


def test_statements_are_seen_whenever_queries_are_being_recorded(tha_li):
    with CaptureQueriesContext(connection) as captured:
        fastsql.rows("SELECT COUNT(*) FROM bookings_booking WHERE community_id = %s", [tha_li.pk])
    assert any("bookings_booking" in q["sql"] for q in captured.captured_queries)


def test_remembered_rows_are_served_without_a_query(tha_li):
    booking = _booking(tha_li)
    fastsql.insert([booking])
    fastsql.remember(booking, "items", [])
    with CaptureQueriesContext(connection) as captured:
        assert list(booking.items.all()) == []
    assert captured.captured_queries == []


def test_postgresql_runs_the_statements_on_psycopgs_own_cursor():
    from django.db.backends.utils import CursorWrapper

    with fastsql.cursor_for() as cursor:
        wrapped = isinstance(cursor, CursorWrapper)
    # The saving is the point of cursor_for; SQLite needs Django's wrapper (%s → ?).
    assert wrapped == (connection.vendor != "postgresql")
