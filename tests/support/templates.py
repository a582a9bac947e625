"""Store templates: a migrated store with the catalogue loaded, built once per session and copied per test.

Building the core (Alembic upgrade plus loading 28 standards) costs a few hundred milliseconds per test; a
copy of a file (SQLite) or ``CREATE DATABASE ... TEMPLATE`` (PostgreSQL) costs a few. The copy holds exactly
what ``build_core`` would have written at the same clock time and station, so tests cannot tell them apart.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from counter_app.clock import FixedClock
from counter_app.core import build_core
from counter_app.db import engine as db_engine
from counter_app.settings import Settings

from . import store
from .postgres import PostgresServer


def sqlite_path(url: str) -> Path:
    """The file of a ``sqlite:///`` URL."""
    database = make_url(url).database
    assert database, url
    return Path(database)


def _build(url: str, at: dt.datetime) -> None:
    core = build_core(
        Settings(db_url=url, station_name=store.STATION), clock=FixedClock(at), hasher=store.fast_hasher()
    )
    core.close()
    if db_engine.engine_kind(url) == "sqlite":
        # Everything into the main file, so copying that one file copies the whole store.
        with contextlib.closing(sqlite3.connect(sqlite_path(url))) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


class StoreTemplates:
    """Per engine and clock time, one template store; ``seed`` copies it over a test's empty store."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._sqlite: dict[dt.datetime, Path] = {}
        self._postgres: dict[dt.datetime, str] = {}

    def seed(self, url: str, at: dt.datetime, pg_server: Callable[[], PostgresServer]) -> bool:
        """Make the empty store at ``url`` a copy of the template built at clock time ``at``.

        A store that already has tables (the test prepared it itself) is left alone; returns whether it was seeded.
        """
        if not _is_empty(url):
            return False
        if db_engine.engine_kind(url) == "sqlite":
            template = self._sqlite.get(at)
            if template is None:
                template = self._folder / f"template-{len(self._sqlite)}.db"
                _build(f"sqlite:///{template.as_posix()}", at)
                self._sqlite[at] = template
            target = sqlite_path(url)
            for suffix in ("-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(template, target)
        else:
            server = pg_server()
            name = self._postgres.get(at)
            if name is None:
                name, template_url = server.create_template()
                _build(template_url, at)
                self._postgres[at] = name
            server.copy_template(name, url)
        return True


def _is_empty(url: str) -> bool:
    if db_engine.engine_kind(url) == "sqlite":
        path = sqlite_path(url)
        return not path.exists() or path.stat().st_size == 0
    engine = create_engine(db_engine.normalise_url(url), poolclass=NullPool)
    try:
        return inspect(engine).get_table_names() == []
    finally:
        engine.dispose()
