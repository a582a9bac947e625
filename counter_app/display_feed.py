"""How the TV display learns of calls (no Qt): LISTEN/NOTIFY on PostgreSQL, polling on SQLite.

The display's Qt adapter (``ui/call_watcher.py``) runs ``listen`` on a thread of its own (PostgreSQL) or
calls ``new_calls`` on a timer (SQLite); in both cases ``new_calls`` returns each call exactly once.

SQLite reads by position (the call table's rowid, which grows in commit order), so a call stamped by a PC whose
clock lags by any amount is still read once. PostgreSQL reads by call time after each notification, looking
back ``LOOKBACK`` for calls stamped by a PC whose clock runs a little behind; seen ids are filtered.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import uuid
from collections.abc import Callable

from counter_app.clock import Clock
from counter_app.core import Core
from counter_app.db import engine as db_engine
from counter_app.db import notify
from counter_app.tickets import CALL_PAGE, CallInfo, DisplaySnapshot, QueueService

log = logging.getLogger(__name__)

LOOKBACK = dt.timedelta(minutes=2)  # PostgreSQL only
PAGE = CALL_PAGE  # what QueueService returns at most per query
MAX_PAGES = 20  # per new_calls(); more calls than this wait for the next read


class CallFeed:
    """New calls for the display, each once, oldest first."""

    def __init__(self, queue: QueueService, db_url: str, clock: Clock) -> None:
        self._queue = queue
        self._db_url = db_url
        self._clock = clock
        self._lock = threading.Lock()
        self._cursor: dt.datetime | None = None  # PostgreSQL: the newest call time returned
        self._seen: dict[uuid.UUID, dt.datetime] = {}  # PostgreSQL: ids returned within the look-back
        self._position: int | None = None  # SQLite: the position of the last call returned

    @classmethod
    def from_core(cls, core: Core) -> CallFeed:
        """The feed on a core's store."""
        return cls(core.queue, core.db_url, core.ctx.clock)

    @property
    def pushes(self) -> bool:
        """True when the store announces calls itself (PostgreSQL LISTEN/NOTIFY); otherwise poll."""
        return db_engine.engine_kind(self._db_url) == "postgresql"

    def snapshot(self) -> DisplaySnapshot:
        """Everything the display shows, read fresh."""
        return self._queue.display_snapshot()

    def prime(self) -> None:
        """Take the calls made so far as seen: they are already on the screen and are not announced."""
        with self._lock:
            if not self.pushes:
                self._position = self._queue.newest_call_position()
                return
            self._cursor = self._start_cursor()
            self._fetch_unseen()

    def new_calls(self) -> list[CallInfo]:
        """Calls not returned before, oldest first (blocking: run it off the UI thread)."""
        with self._lock:
            if not self.pushes:
                if self._position is None:
                    self._position = self._queue.newest_call_position()
                return self._fetch_after_position()
            if self._cursor is None:
                self._cursor = self._start_cursor()
            return self._fetch_unseen()

    def listen(self, on_call: Callable[[str | None], None], stop: threading.Event) -> None:
        """PostgreSQL only: block until ``stop`` is set, calling ``on_call`` for each call (see db.notify)."""
        if not self.pushes:
            raise RuntimeError("LISTEN/NOTIFY needs PostgreSQL; poll new_calls() on SQLite")
        notify.listen_calls(self._db_url, on_call, stop)

    def _start_cursor(self) -> dt.datetime:
        """The newest call of today, or midnight when there is none yet."""
        recent = self._queue.display_snapshot(recent=1).recent
        return recent[0].at if recent else dt.datetime.combine(self._clock.now().date(), dt.time.min)

    def _fetch_after_position(self) -> list[CallInfo]:
        """SQLite: every call committed after the position, in commit order."""
        assert self._position is not None
        fresh: list[CallInfo] = []
        for _ in range(MAX_PAGES):
            page = self._queue.calls_after(self._position)
            if page.newest < self._position:
                log.warning("the store has fewer calls than the display had read (replaced?); reading on from there")
                self._position = page.newest
                break
            fresh.extend(page.calls)
            self._position = page.position
            if len(page.calls) < PAGE:
                break
        return fresh

    def _fetch_unseen(self) -> list[CallInfo]:
        """PostgreSQL: calls from the look-back before the newest call time on, minus the ids already returned."""
        assert self._cursor is not None
        fresh: list[CallInfo] = []
        since, after_id = self._cursor - LOOKBACK, None
        for _ in range(MAX_PAGES):
            page = self._queue.calls_since(since, after_id=after_id)
            for call in page:
                if call.id not in self._seen:
                    self._seen[call.id] = call.at
                    fresh.append(call)
            if len(page) < PAGE:
                break
            since, after_id = page[-1].at, page[-1].id  # (at, id) order: the next page starts right after
        if fresh:
            self._cursor = max(self._cursor, *(c.at for c in fresh))
        horizon = self._cursor - 2 * LOOKBACK
        self._seen = {cid: at for cid, at in self._seen.items() if at >= horizon}
        return fresh
