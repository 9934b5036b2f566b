"""The database itself refuses to change a closed vote's result or its ballots.

The services already refuse; these triggers also stop a stray admin edit, a script
or a future bug. Links to people (who opened, closed or recorded) may still become
empty when a user or member is deleted; the counts, the choices and the times may not.

SQLite drops a table's triggers when a migration rebuilds the table: a later
migration that alters governance_vote or governance_ballot must recreate them
(the tests of immutability at database level will fail if it does not).
"""

from django.db import migrations

VOTE_FROZEN_COLUMNS = (
    "proposal_id",
    "opens_at",
    "closes_at",
    "quorum_percent",
    "closed_at",
    "yes_count",
    "no_count",
    "abstain_count",
    "eligible_households",
    "quorum_reached",
    "accepted",
)
BALLOT_FROZEN_COLUMNS = (
    "vote_id",
    "household_id",
    "choice",
    "recorded_at_meeting",
    "meeting_id",
    "cast_at",
)
MESSAGE = "closed vote: its result and ballots cannot change"


def _changed(columns, differs):
    return " OR ".join(f"NEW.{c} {differs} OLD.{c}" for c in columns)


SQLITE = [
    f"""CREATE TRIGGER governance_vote_frozen BEFORE UPDATE ON governance_vote
    FOR EACH ROW WHEN OLD.closed_at IS NOT NULL AND ({_changed(VOTE_FROZEN_COLUMNS, "IS NOT")})
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    f"""CREATE TRIGGER governance_ballot_insert_guard BEFORE INSERT ON governance_ballot
    FOR EACH ROW WHEN EXISTS (
        SELECT 1 FROM governance_vote v WHERE v.id = NEW.vote_id
        AND (v.closed_at IS NOT NULL OR NEW.cast_at > v.closes_at))
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    f"""CREATE TRIGGER governance_ballot_update_guard BEFORE UPDATE ON governance_ballot
    FOR EACH ROW WHEN ({_changed(BALLOT_FROZEN_COLUMNS, "IS NOT")}) AND EXISTS (
        SELECT 1 FROM governance_vote v WHERE v.id IN (OLD.vote_id, NEW.vote_id)
        AND (v.closed_at IS NOT NULL OR NEW.cast_at > v.closes_at))
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS governance_vote_frozen",
    "DROP TRIGGER IF EXISTS governance_ballot_insert_guard",
    "DROP TRIGGER IF EXISTS governance_ballot_update_guard",
]

POSTGRESQL = [
    f"""CREATE OR REPLACE FUNCTION governance_vote_frozen() RETURNS trigger AS $$
    BEGIN
        IF OLD.closed_at IS NOT NULL AND ({_changed(VOTE_FROZEN_COLUMNS, "IS DISTINCT FROM")})
        THEN
            RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END;
    $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER governance_vote_frozen BEFORE UPDATE ON governance_vote
    FOR EACH ROW EXECUTE FUNCTION governance_vote_frozen()""",
    f"""CREATE OR REPLACE FUNCTION governance_ballot_guard() RETURNS trigger AS $$
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            IF NOT ({_changed(BALLOT_FROZEN_COLUMNS, "IS DISTINCT FROM")}) THEN
                RETURN NEW;
            END IF;
            IF EXISTS (SELECT 1 FROM governance_vote v
                       WHERE v.id = OLD.vote_id AND v.closed_at IS NOT NULL) THEN
                RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation';
            END IF;
        END IF;
        IF EXISTS (SELECT 1 FROM governance_vote v WHERE v.id = NEW.vote_id
                   AND (v.closed_at IS NOT NULL OR NEW.cast_at > v.closes_at)) THEN
            RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END;
    $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER governance_ballot_guard BEFORE INSERT OR UPDATE ON governance_ballot
    FOR EACH ROW EXECUTE FUNCTION governance_ballot_guard()""",
]
POSTGRESQL_REVERSE = [
    "DROP TRIGGER IF EXISTS governance_ballot_guard ON governance_ballot",
    "DROP FUNCTION IF EXISTS governance_ballot_guard()",
    "DROP TRIGGER IF EXISTS governance_vote_frozen ON governance_vote",
    "DROP FUNCTION IF EXISTS governance_vote_frozen()",
]

STATEMENTS = {"sqlite": (SQLITE, SQLITE_REVERSE), "postgresql": (POSTGRESQL, POSTGRESQL_REVERSE)}


def _run(schema_editor, index):
    # Other databases get no triggers; the services still refuse every change.
    for statement in STATEMENTS.get(schema_editor.connection.vendor, ([], []))[index]:
        schema_editor.execute(statement, params=None)


def add_triggers(apps, schema_editor):
    _run(schema_editor, 0)


def remove_triggers(apps, schema_editor):
    _run(schema_editor, 1)


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(add_triggers, remove_triggers),
    ]
