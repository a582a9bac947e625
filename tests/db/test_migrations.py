"""Alembic migrations on both engines: an empty store upgrades to exactly the schema of the models."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, inspect, text

from counter_app.db import engine as db_engine
from counter_app.db import migrate, models


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = db_engine.make_engine(db_url)
    yield eng
    eng.dispose()


def test_empty_store_has_no_revision_and_differs_from_the_models(engine: Engine) -> None:
    assert migrate.current_revision(engine) is None
    # The diff sees every missing table: proves the comparison below is not vacuous.
    missing = {d[1].name for d in migrate.schema_diff(engine) if d[0] == "add_table"}
    assert missing == {t.name for t in models.Base.metadata.sorted_tables}


def test_upgrade_creates_exactly_the_models_schema(engine: Engine) -> None:
    migrate.upgrade(engine)
    assert migrate.schema_diff(engine) == []
    assert migrate.current_revision(engine) == migrate.head_revision()
    tables = set(inspect(engine).get_table_names())
    assert tables == {t.name for t in models.Base.metadata.sorted_tables} | {"alembic_version"}


def test_upgrade_twice_is_idempotent(engine: Engine) -> None:
    migrate.upgrade(engine)
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert migrate.schema_diff(engine) == []
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 1


def test_schema_drift_is_detected(engine: Engine) -> None:
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_audit_entry_at"))
        conn.execute(text("CREATE TABLE stray_table (id INTEGER PRIMARY KEY)"))
    kinds = {(d[0], d[1].name) for d in migrate.schema_diff(engine)}
    assert ("add_index", "ix_audit_entry_at") in kinds
    assert ("remove_table", "stray_table") in kinds


def test_head_revision_is_the_only_head() -> None:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(migrate.alembic_config()).get_heads()
    assert heads == [migrate.head_revision()]
