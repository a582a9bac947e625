"""Portable backup and restore: every table as JSON lines in a zip, restorable on either engine."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, LargeBinary, Sequence, Uuid, delete, func, insert, select
from sqlalchemy.sql.sqltypes import Date, DateTime, Time

from counter_app.db import migrate, models
from counter_app.db.engine import READ_ONLY

FORMAT = "counter_app-backup"
FORMAT_VERSION = 1


class BackupError(Exception):
    """The backup file is not usable; the message says why."""


def _encode(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    return value


def _decoder(column: Any) -> Any:
    if isinstance(column.type, Uuid):
        return lambda v: None if v is None else uuid.UUID(v)
    if isinstance(column.type, DateTime):
        return lambda v: None if v is None else dt.datetime.fromisoformat(v)
    if isinstance(column.type, Date):
        return lambda v: None if v is None else dt.date.fromisoformat(v)
    if isinstance(column.type, Time):
        return lambda v: None if v is None else dt.time.fromisoformat(v)
    if isinstance(column.type, LargeBinary):
        return lambda v: None if v is None else base64.b64decode(v)
    return lambda v: v


def backup(engine: Engine, target: Path) -> dict[str, int]:
    """Write every table to ``target`` (a zip) in one consistent read; returns rows per table."""
    counts: dict[str, int] = {}
    tmp = target.with_name(target.name + ".part")
    with engine.connect() as conn, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        # One snapshot for every table while other stations keep working: PostgreSQL's default READ
        # COMMITTED would let rows committed mid-backup into later tables only (a backup that cannot be
        # restored); on SQLite a deferred (read) transaction keeps a WAL snapshot without the write lock.
        if conn.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ")
        else:
            conn.execution_options(**{READ_ONLY: True})
        revision = migrate.current_revision(engine)
        for table in models.Base.metadata.sorted_tables:
            lines = []
            for row in conn.execute(select(table)).mappings():
                lines.append(json.dumps({k: _encode(v) for k, v in row.items()}, ensure_ascii=False))
            counts[table.name] = len(lines)
            zf.writestr(f"tables/{table.name}.jsonl", "\n".join(lines))
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "revision": revision,
            "created_at": dt.datetime.now().isoformat(timespec="seconds"),
            "dialect": engine.dialect.name,
            "counts": counts,
        }
        zf.writestr("manifest.json", json.dumps(manifest, indent=2))
    tmp.replace(target)
    return counts


def read_manifest(source: Path) -> dict[str, Any]:
    """Return the manifest of a backup file, or raise BackupError."""
    try:
        with zipfile.ZipFile(source) as zf:
            manifest = json.loads(zf.read("manifest.json"))
    except (OSError, KeyError, zipfile.BadZipFile, ValueError) as exc:
        raise BackupError(f"Berkas {source} bukan cadangan counter_app yang sah ({exc}).") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"Berkas {source} bukan cadangan counter_app.")
    return manifest


def restore(engine: Engine, source: Path) -> dict[str, int]:
    """Replace every row of the store with the backup's, in one transaction (all or nothing)."""
    manifest = read_manifest(source)
    migrate.upgrade(engine)
    if manifest.get("revision") != migrate.head_revision():
        raise BackupError(
            f"Cadangan berasal dari skema {manifest.get('revision')}, program ini memakai skema "
            f"{migrate.head_revision()}. Pulihkan dengan versi program yang sama dengan saat pencadangan."
        )
    counts: dict[str, int] = {}
    tables = models.Base.metadata.sorted_tables
    with zipfile.ZipFile(source) as zf, engine.begin() as conn:
        for table in reversed(tables):
            conn.execute(delete(table))
        for table in tables:
            rows = _read_rows(zf, table, source)  # a damaged file raises here and rolls everything back
            if rows:
                conn.execute(insert(table), _with_sequence_values(table, rows))
                _advance_sequences(conn, table)
            counts[table.name] = len(rows)
    return counts


def _sequence_columns(table: Any) -> list[Any]:
    """The columns filled from a sequence (``call_event.seq``: PostgreSQL only)."""
    return [c for c in table.columns if isinstance(c.default, Sequence)]


def _with_sequence_values(table: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows without a sequence column whose values are all missing (a SQLite backup): the sequence fills it."""
    empty = [c.name for c in _sequence_columns(table) if all(row.get(c.name) is None for row in rows)]
    if not empty:
        return rows
    return [{k: v for k, v in row.items() if k not in empty} for row in rows]


def _advance_sequences(conn: Any, table: Any) -> None:
    """PostgreSQL: move each sequence past the restored values, so new rows do not take a restored one."""
    if conn.dialect.name != "postgresql":
        return
    for column in _sequence_columns(table):
        conn.execute(select(func.setval(column.default.name, func.max(column))))


def _read_rows(zf: zipfile.ZipFile, table: Any, source: Path) -> list[dict[str, Any]]:
    try:
        text = zf.read(f"tables/{table.name}.jsonl").decode("utf-8")
        decoders = {c.name: _decoder(c) for c in table.columns}
        return [
            {k: decoders[k](v) for k, v in json.loads(line).items() if k in decoders}
            for line in text.splitlines()
            if line.strip()
        ]
    except (KeyError, ValueError, AttributeError, TypeError, zipfile.BadZipFile) as exc:
        # ValueError covers bad JSON, UUIDs, dates and UTF-8; AttributeError a line that is not an object.
        raise BackupError(
            f"Berkas {source} rusak atau tidak lengkap (tabel {table.name}: {exc}); data tidak diubah."
        ) from exc
