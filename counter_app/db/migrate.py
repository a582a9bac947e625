"""Runs Alembic programmatically: upgrade to head, current revision, autogenerate diff (for tests)."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from counter_app.db import models

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    """Return an Alembic config pointing at the bundled migration scripts."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """Return the newest revision id the program knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """Return the revision the store is at (None for an empty store)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the store's schema up to ``revision`` (idempotent)."""
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


class SafetyCopyError(Exception):
    """The copy of an old store could not be made, so the store was not upgraded; the message says why."""


def upgrade_store(engine: Engine, *, backup_dir: Path | None = None, now: dt.datetime | None = None) -> Path | None:
    """The upgrade the program runs when it opens a store: a safety copy of an older store first, then ``upgrade``.

    A SQLite store at an older revision is copied (SQLite's online backup, so a WAL is included) to
    ``backup_dir`` (default: a ``backups`` folder next to the file) before any migration runs; if the copy
    fails the store is left untouched. A PostgreSQL store is not copied by the program: a warning in the log
    asks the admin to keep a ``pg_dump`` of it. Empty stores and stores already at head are not copied.

    Args:
        engine: The store to open.
        backup_dir: Where the safety copy goes (tests; default next to the SQLite file).
        now: The time stamped into the copy's name (default: the current time).

    Returns:
        The path of the safety copy, or None when none was made.
    """
    before = current_revision(engine)
    copy: Path | None = None
    if before is not None and before != head_revision():
        if engine.dialect.name == "sqlite":
            copy = safety_copy(engine, before, backup_dir=backup_dir, now=now)
            log.info("store at %s copied to %s before upgrading to %s", before, copy, head_revision())
        else:
            log.warning(
                "store at %s is upgraded to %s; the program keeps no copy of a PostgreSQL store, "
                "keep a pg_dump of it taken before the upgrade",
                before,
                head_revision(),
            )
    upgrade(engine)
    return copy


def safety_copy(
    engine: Engine, revision: str, *, backup_dir: Path | None = None, now: dt.datetime | None = None
) -> Path:
    """Copy a SQLite store file, consistently, to ``<stem>-<revision>-<YYYYMMDD-HHMMSS>.db`` in ``backup_dir``."""
    database = engine.url.database
    if not database or database == ":memory:":
        raise SafetyCopyError("Basis data SQLite di memori tidak dapat disalin sebelum diperbarui.")
    source = Path(database)
    folder = backup_dir if backup_dir is not None else source.parent / "backups"
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{source.stem}-{revision}-{stamp}.db"
    n = 1
    while target.exists():  # two starts within a second keep both copies
        n += 1
        target = folder / f"{source.stem}-{revision}-{stamp}-{n}.db"
    part = target.with_name(target.name + ".part")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(part)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        part.replace(target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        raise SafetyCopyError(
            f"Basis data {source} (versi {revision}) tidak diperbarui karena salinan pengamannya gagal dibuat "
            f"di {folder}: {exc}. Periksa ruang disk dan hak tulis folder itu, lalu buka program lagi."
        ) from exc
    return target


def schema_diff(engine: Engine) -> list[Any]:
    """Return what autogenerate would change between the store and the models (empty when in step)."""
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, models.Base.metadata))


def revision(engine: Engine, message: str) -> None:
    """Developer helper: write a new autogenerated migration comparing ``engine`` with the models."""
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.revision(config, message=message, autogenerate=True)
