"""Store helpers for tests: whole-database snapshots and fast, deterministic service settings."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Engine,
    Integer,
    LargeBinary,
    String,
    Time,
    Uuid,
    insert,
    select,
    update,
)

from counter_app.db import models

# Monday 23 November 2026, 08:00: a working day at opening time.
START = dt.datetime(2026, 11, 23, 8, 0, 0)
STATION = "TEST-PC"
PASSWORD = "rahasia-uji-1"

Snapshot = dict[str, list[dict[str, Any]]]


def fast_hasher() -> PasswordHasher:
    """argon2 with the cheapest parameters: same code path, milliseconds instead of 100 ms per hash."""
    return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def _row_key(row: dict[str, Any]) -> str:
    return json.dumps(row, sort_keys=True, default=str)


def snapshot(engine: Engine) -> Snapshot:
    """Return every row of every table of the models, per table, in a stable order.

    Values stay Python objects (UUID, datetime, dict), so two snapshots compare equal only when the
    store holds exactly the same data, whichever engine each was taken from.
    """
    with engine.connect() as conn:
        return {
            table.name: sorted((dict(row) for row in conn.execute(select(table)).mappings()), key=_row_key)
            for table in models.Base.metadata.sorted_tables
        }


def diff(before: Snapshot, after: Snapshot) -> dict[str, str]:
    """Describe per table what differs between two snapshots (empty when equal); for assertion messages."""
    out: dict[str, str] = {}
    for name in sorted(set(before) | set(after)):
        old = {_row_key(r) for r in before.get(name, [])}
        new = {_row_key(r) for r in after.get(name, [])}
        if old != new:
            out[name] = f"{len(old - new)} row(s) gone or changed, {len(new - old)} row(s) new or changed"
    return out


def sample_value(column: Column[Any], n: int = 1) -> Any:
    """A non-null value of ``column``'s type (the ``n``-th, for unique columns), with non-ASCII text."""
    kind = column.type
    if isinstance(kind, Uuid):
        return uuid.UUID(int=n)
    if isinstance(kind, DateTime):
        return dt.datetime(2026, 11, 23, 9, 30, 15, 123456) + dt.timedelta(minutes=n)
    if isinstance(kind, Date):
        return dt.date(2026, 11, 23) + dt.timedelta(days=n)
    if isinstance(kind, Time):
        return dt.time(14, 30, n % 60)
    if isinstance(kind, Boolean):
        return True
    if isinstance(kind, Integer):
        return 40 + n
    if isinstance(kind, JSON):
        return {"teks": "Kartu kuning — ✓", "angka": [n, 2.5, None, True]}
    if isinstance(kind, LargeBinary):
        return bytes([0, 255, n % 256])
    if isinstance(kind, String):  # also Text
        text = f"Ü{column.name}{n}"
        return text[-kind.length :] if kind.length else text + " — teks panjang ✓"
    raise TypeError(f"no sample value for {column.table.name}.{column.name} of type {kind!r}")


def fill_empty_tables(engine: Engine) -> list[str]:
    """Insert one synthetic row into every empty table (parents first, FKs pointing at existing rows).

    Every table then has data for backup and restore tests, including tables no core service fills yet.
    Returns the names of the tables filled.
    """
    filled = []
    with engine.begin() as conn:
        for table in models.Base.metadata.sorted_tables:
            if conn.execute(select(table).limit(1)).first() is not None:
                continue
            row = {}
            for column in table.columns:
                fk = next(iter(column.foreign_keys), None)
                if fk is not None and fk.column.table is table and column.nullable:
                    row[column.name] = None  # a self-reference (e.g. a renewed card's predecessor): nothing yet
                elif fk is not None:
                    row[column.name] = conn.execute(select(fk.column).limit(1)).scalar_one()
                else:
                    row[column.name] = sample_value(column)
            conn.execute(insert(table), [row])
            filled.append(table.name)
    return filled


def fill_unused_types(engine: Engine) -> list[str]:
    """Give one row a value in each column whose type holds no non-null value anywhere in the store yet.

    After ``fill_empty_tables`` this makes every column type of the models (Time, Date, LargeBinary, ...)
    appear at least once, so a backup test exercises the encoding of each. Returns ``table.column`` names.
    """
    done = []
    with engine.begin() as conn:
        seen: set[type[Any]] = set()
        empty: list[Column[Any]] = []
        for table in models.Base.metadata.sorted_tables:
            for column in table.columns:
                if conn.execute(select(column).where(column.is_not(None)).limit(1)).first() is None:
                    empty.append(column)
                else:
                    seen.add(type(column.type))
        for column in empty:
            if type(column.type) in seen or column.foreign_keys:
                continue
            key = list(column.table.primary_key.columns)
            first = conn.execute(select(*key).limit(1)).first()
            if first is None:
                continue
            where = [c == v for c, v in zip(key, first, strict=True)]
            conn.execute(update(column.table).where(*where).values({column.name: sample_value(column)}))
            seen.add(type(column.type))
            done.append(f"{column.table.name}.{column.name}")
    return done
