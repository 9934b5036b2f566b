"""Plain SQL for the few hot paths, with the ORM's own columns, conversions and models.

Why by hand: for the small queries of a sale (lock these slots, insert this booking),
building the ORM query costs several times more Python than the database spends
running it, and a booking runs a dozen of them. These helpers write each statement's
text once per model and database, run it through Django's connection (so transactions,
savepoints and `on_commit` behave as usual), and hand back ordinary model instances,
converted exactly as the ORM converts them. They skip what these paths do not need:
signals (no app listens to these models' saves) and validation (the services check).

Everything else keeps using the ORM.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence, Sized
from contextlib import contextmanager
from decimal import Decimal
from functools import cache

from django.db import connections, models
from django.db.models.expressions import Col


class Columns:
    """The concrete columns of `model` as `alias.column, ...`, and how to load a row."""

    def __init__(self, model: type[models.Model], alias: str, using: str = "default"):
        connection = connections[using]
        quote = connection.ops.quote_name
        fields = list(model._meta.concrete_fields)
        self.model = model
        self.using = using
        self.width = len(fields)
        self.sql = ", ".join(f"{alias}.{quote(f.column)}" for f in fields)
        self.attnames = [f.attname for f in fields]
        self._converters = []
        for position, field in enumerate(fields):
            column = Col(alias, field)
            found = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
            if found:
                self._converters.append((position, column, found))

    def load(self, row: Sequence, start: int = 0) -> models.Model:
        """The model instance held in `row[start:start + width]`."""
        values = list(row[start : start + self.width])
        if self._converters:
            connection = connections[self.using]  # this thread's: the columns are shared
            for position, column, converters in self._converters:
                value = values[position]
                for converter in converters:
                    value = converter(value, column, connection)
                values[position] = value
        return self.model.from_db(self.using, self.attnames, values)


@cache
def columns(model: type[models.Model], alias: str, using: str = "default") -> Columns:
    return Columns(model, alias, using)


@cache
def _insert_statement(model: type[models.Model], using: str) -> tuple[str, list, bool]:
    connection = connections[using]
    meta = model._meta
    quote = connection.ops.quote_name
    fields = [f for f in meta.local_concrete_fields if f is not meta.auto_field]
    names = ", ".join(quote(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    returning = connection.features.can_return_columns_from_insert
    sql = f"INSERT INTO {quote(meta.db_table)} ({names}) VALUES ({marks})"
    if returning:
        sql += f" RETURNING {quote(meta.pk.column)}"
    return sql, fields, returning


def insert(objs: Iterable[models.Model], using: str = "default") -> list[models.Model]:
    """INSERT these new instances (of one model), one statement each; sets their keys.

    Field defaults were applied when the instances were made; `pre_save` fills
    `auto_now_add` and the like, as `save()` would.
    """
    objs = list(objs)
    if not objs:
        return objs
    connection = connections[using]
    sql, fields, returning = _insert_statement(type(objs[0]), using)
    with cursor_for(using) as cursor:
        for obj in objs:
            cursor.execute(
                sql,
                [f.get_db_prep_save(f.pre_save(obj, True), connection) for f in fields],
            )
            obj.pk = cursor.fetchone()[0] if returning else cursor.lastrowid
            obj._state.adding = False
            obj._state.db = using
    return objs


def rows(sql: str, params: Sequence = (), using: str = "default") -> list[tuple]:
    with cursor_for(using) as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


@contextmanager
def cursor_for(using: str = "default") -> Iterator:
    """A cursor for these statements.

    On PostgreSQL, psycopg's own cursor, with Django's checks and error translation
    around it: Django's cursor wrapper cost three times what psycopg did per statement
    (0.08 against 0.02 ms here), on every statement of every booking. While queries are
    being logged or wrapped (DEBUG, tests that count queries, tools), Django's cursor,
    so that they see these statements too. SQLite's cursor needs Django's wrapper (it
    turns %s into ?), and costs little anyway.
    """
    connection = connections[using]
    if (
        connection.vendor != "postgresql"
        or connection.queries_logged
        or connection.execute_wrappers
    ):
        with connection.cursor() as cursor:
            yield cursor
        return
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    connection.validate_no_broken_transaction()
    with connection.wrap_database_errors, connection.connection.cursor() as cursor:
        yield cursor


def placeholders(values: Sized) -> str:
    """`%s, %s, …`, one per value (for `IN (...)`, which both databases take)."""
    return ", ".join(["%s"] * len(values))


def remember(obj: models.Model, related_name: str, instances: list[models.Model]) -> None:
    """Make `obj.<related_name>.all()` return `instances` without a query, as a prefetch
    would (they are what was just read or written)."""
    queryset = getattr(obj, related_name).all()
    queryset._result_cache = list(instances)
    queryset._prefetch_done = True
    if not hasattr(obj, "_prefetched_objects_cache"):
        obj._prefetched_objects_cache = {}
    obj._prefetched_objects_cache[related_name] = queryset


def json_rows(values: str) -> str:
    """An aggregate of `values` (SQL expressions, comma-separated), one JSON array per row,
    as JSON text: lets one query bring a few rows of another table along (read them
    back with `read_json_rows`)."""
    if connections["default"].vendor == "postgresql":
        return f"json_agg(json_build_array({values}))::text"
    return f"json_group_array(json_array({values}))"


def read_json_rows(text: str | None) -> list[list]:
    """The rows `json_rows` wrote, numbers with a fraction as Decimal (never float).

    An aggregate of no rows is NULL on PostgreSQL and `[[null, …]]` on SQLite (the
    subquery's one empty row): both read as no rows, so the first value must never be
    NULL in a real row (an id).
    """
    return [row for row in json.loads(text or "[]", parse_float=Decimal) if row[0] is not None]
