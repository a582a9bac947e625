"""Store helpers for tests: whole-database snapshots and fast, deterministic service settings."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import Engine, select

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
