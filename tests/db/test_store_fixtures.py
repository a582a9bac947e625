"""The store fixtures themselves: a template-seeded core equals a freshly built one; fresh stores are empty."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Uuid, inspect
from support import store

from counter_app.clock import FixedClock
from counter_app.core import Core, build_core
from counter_app.db import engine as db_engine
from counter_app.db import models
from counter_app.settings import Settings


def without_ids(snapshot: store.Snapshot) -> dict[str, list[str]]:
    """Rows with the random UUID columns left out, in a stable order."""
    out = {}
    for table in models.Base.metadata.sorted_tables:
        drop = {c.name for c in table.columns if isinstance(c.type, Uuid)}
        rows: list[dict[str, Any]] = [{k: v for k, v in r.items() if k not in drop} for r in snapshot[table.name]]
        out[table.name] = sorted(repr(sorted(r.items())) for r in rows)
    return out


def test_db_url_is_an_empty_store(db_url: str) -> None:
    engine = db_engine.make_engine(db_url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()


def test_seeded_core_holds_what_build_core_writes(
    core: Core, db_url: str, clock: FixedClock, new_store_url: Callable[[str], str]
) -> None:
    # The same store built the slow way, on a second empty store of the same engine.
    twin = build_core(
        Settings(db_url=new_store_url(core.store_kind), station_name=store.STATION),
        clock=clock,
        hasher=store.fast_hasher(),
    )
    try:
        assert without_ids(store.snapshot(core.engine)) == without_ids(store.snapshot(twin.engine))
        assert sum(len(rows) for rows in store.snapshot(twin.engine).values()) > 28
    finally:
        twin.close()


def test_make_core_leaves_a_prepared_store_alone(db_url: str, make_core: Callable[..., Core]) -> None:
    engine = db_engine.make_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE prepared_by_the_test (id INTEGER PRIMARY KEY)")
    finally:
        engine.dispose()
    core = make_core()
    assert "prepared_by_the_test" in inspect(core.engine).get_table_names()
