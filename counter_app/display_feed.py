"""How the TV display learns of calls (no Qt): LISTEN/NOTIFY on PostgreSQL, polling on SQLite.

The display's Qt adapter (``ui/call_watcher.py``) runs ``listen`` on a thread of its own (PostgreSQL) or
calls ``new_calls`` on a timer (SQLite); in both cases ``new_calls`` returns each call exactly once.

Calls are read by position, never by the time a loket PC stamped on them, so a PC whose clock lags by any amount
cannot hide a call. The position is the SQLite rowid (commit order) or PostgreSQL's ``call_event.seq``, taken by
the server as the row is inserted (see ``db.queue_calls``). On PostgreSQL a transaction still open may commit a
lower position after a higher one was read: each position skipped over is looked for again for ``GAP_WAIT``
seconds, and each call named by a notification is fetched by its id as well. The ids already returned are
remembered, so nothing is returned twice.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable

from counter_app.clock import Clock
from counter_app.core import Core
from counter_app.db import engine as db_engine
from counter_app.db import notify
from counter_app.tickets import CALL_PAGE, CallInfo, DisplaySnapshot, QueueService

log = logging.getLogger(__name__)

PAGE = CALL_PAGE  # what QueueService returns at most per query
MAX_PAGES = 20  # per new_calls(); more calls than this wait for the next read
GAP_WAIT = 300.0  # seconds a skipped position is looked for again (an open call transaction lasts milliseconds)
MAX_GAPS = 1000  # skipped positions kept at most (the newest)
PRIME_SPAN = 200  # positions below the newest checked for gaps when the feed starts
MAX_PENDING = 10_000  # notified ids kept at most between two reads (beyond, the position read still finds them)
REMEMBERED = 5_000  # ids of returned calls kept to return none twice


class CallFeed:
    """New calls for the display, each once, oldest first."""

    def __init__(
        self, queue: QueueService, db_url: str, clock: Clock, *, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self._queue = queue
        self._db_url = db_url
        self._clock = clock
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._position: int | None = None  # the newest position read
        self._gaps: dict[int, float] = {}  # positions skipped at or below it -> until when to look for them
        self._returned: OrderedDict[uuid.UUID, None] = OrderedDict()  # the last REMEMBERED ids returned
        self._pending_lock = threading.Lock()
        self._pending: set[uuid.UUID] = set()  # PostgreSQL: ids notified since the last read

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
            self._start()

    def new_calls(self) -> list[CallInfo]:
        """Calls not returned before, oldest first (blocking: run it off the UI thread)."""
        with self._lock:
            if self._position is None:
                self._start()
            fresh = self._read_after()
            fresh.extend(self._read_named())
            while len(self._returned) > REMEMBERED:
                self._returned.popitem(last=False)
            return fresh

    def listen(self, on_call: Callable[[str | None], None], stop: threading.Event) -> None:
        """PostgreSQL only: block until ``stop`` is set, calling ``on_call`` for each call (see db.notify).

        The id each notification carries is kept for the next ``new_calls``, which fetches that call exactly.
        """
        if not self.pushes:
            raise RuntimeError("LISTEN/NOTIFY needs PostgreSQL; poll new_calls() on SQLite")

        def relay(payload: str | None) -> None:
            if payload is not None:
                try:
                    call_id = uuid.UUID(payload)
                except ValueError:
                    log.warning("ignored a call notification that is not a call id")
                else:
                    with self._pending_lock:
                        if len(self._pending) >= MAX_PENDING:
                            self._pending.clear()  # nobody reads: the position read finds these calls later
                        self._pending.add(call_id)
            on_call(payload)

        notify.listen_calls(self._db_url, relay, stop)

    def _start(self) -> None:
        """Read from the newest position on; positions missing just below it may still be committed."""
        newest = self._queue.newest_call_position()
        self._position = newest
        low = max(0, newest - PRIME_SPAN)
        taken = set(self._queue.call_positions(low, newest))
        until = self._monotonic() + GAP_WAIT
        self._gaps = {p: until for p in range(low + 1, newest + 1) if p not in taken}
        with self._pending_lock:
            self._pending.clear()

    def _read_after(self) -> list[CallInfo]:
        """Every call after the position, in position order; positions skipped over become gaps."""
        assert self._position is not None
        fresh: list[CallInfo] = []
        for _ in range(MAX_PAGES):
            page = self._queue.calls_after(self._position)
            if page.newest < self._position:
                log.warning("the store has fewer calls than the display had read (replaced?); reading on from there")
                self._position = page.newest
                self._gaps.clear()
                break
            until, expected = self._monotonic() + GAP_WAIT, self._position + 1
            for position, call in zip(page.positions, page.calls, strict=True):
                for skipped in range(max(expected, position - MAX_GAPS), position):
                    self._gaps[skipped] = until
                expected = position + 1
                if call.id not in self._returned:
                    self._returned[call.id] = None
                    fresh.append(call)
            self._position = page.position
            if len(page.calls) < PAGE:
                break
        if len(self._gaps) > MAX_GAPS:
            self._gaps = dict(sorted(self._gaps.items())[-MAX_GAPS:])
        return fresh

    def _read_named(self) -> list[CallInfo]:
        """The calls at the gaps and those named by notifications, when not returned before."""
        assert self._position is not None
        with self._pending_lock:
            ids, self._pending = self._pending, set()
        ids = {i for i in ids if i not in self._returned}  # mostly all: the position read has just returned them
        now = self._monotonic()
        self._gaps = {p: until for p, until in self._gaps.items() if until > now}
        if not ids and not self._gaps:
            return []
        fresh: list[CallInfo] = []
        for placed in self._queue.calls_named(set(self._gaps), ids):
            if placed.position > self._position:
                continue  # committed after the position read: the next read returns it in order
            self._gaps.pop(placed.position, None)
            if placed.call.id not in self._returned:
                self._returned[placed.call.id] = None
                fresh.append(placed.call)
        return fresh
