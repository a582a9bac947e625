"""Qt adapter of the call feed: LISTEN on a thread of its own (PostgreSQL) or a 200 ms poll (SQLite).

Either way the reading itself (``feed.new_calls``) runs on the TaskRunner, one read at a time; new calls
reach the UI thread through ``calls_arrived``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from counter_app.tickets import CallInfo, DisplaySnapshot
from counter_app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

POLL_MS = 200  # SQLite: call-to-display target is 300 ms at p95
SAFETY_POLL_MS = 5_000  # PostgreSQL: a slow poll as well, in case a notification is lost with its connection


class CallSource(Protocol):
    """What the display needs from the core (``counter_app.display_feed.CallFeed``)."""

    @property
    def pushes(self) -> bool:
        """True when ``listen`` is available (PostgreSQL)."""
        ...

    def snapshot(self) -> DisplaySnapshot:
        """Everything the display shows."""
        ...

    def prime(self) -> None:
        """Take calls made so far as seen."""
        ...

    def new_calls(self) -> list[CallInfo]:
        """Calls not returned before, oldest first."""
        ...

    def listen(self, on_call: Callable[[str | None], None], stop: threading.Event) -> None:
        """Block until ``stop``, calling ``on_call`` per notification (None after each connect)."""
        ...


class _Relay(QObject):
    """Lives on the UI thread; the listening thread emits on it, so delivery is queued.

    Signals:
        woke(bool): a notification arrived (False) or the listener (re)connected (True).
    """

    woke = Signal(bool)


class CallWatcher(QObject):
    """Tells the display of new calls.

    Signals:
        calls_arrived(list): new ``CallInfo`` objects, oldest first.
        watching_started(): the calls made so far are taken as seen; new ones are reported from now on.
        listening_started(): PostgreSQL: LISTEN is active (after each (re)connect).
        feed_failed(str): reading calls failed (store unreachable); it is retried.
        feed_restored(): reading works again after a failure.
    """

    calls_arrived = Signal(list)
    watching_started = Signal()
    listening_started = Signal()
    feed_failed = Signal(str)
    feed_restored = Signal()

    def __init__(
        self,
        *,
        feed: CallSource,
        runner: TaskRunner,
        poll_ms: int = POLL_MS,
        safety_poll_ms: int = SAFETY_POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._feed = feed
        self._runner = runner
        self._relay = _Relay(self)
        self._relay.woke.connect(self._on_relay_woke)
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms if not feed.pushes else safety_poll_ms)
        self._timer.timeout.connect(self._fetch)
        self._use_timer = not feed.pushes or safety_poll_ms > 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._running = False
        self._in_flight = False
        self._again = False
        self._failing = False

    @property
    def pushes(self) -> bool:
        """True on PostgreSQL (LISTEN/NOTIFY), False when polling."""
        return self._feed.pushes

    def start(self) -> None:
        """Mark the calls made so far as seen, then begin watching."""
        if self._running:
            return
        self._running = True
        self._prime()

    def stop(self) -> None:
        """Stop watching for good (a watcher is not restarted); waits briefly for the listening thread."""
        self._running = False
        self._timer.stop()
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3.0)
            if self._thread.is_alive():
                log.warning("call listener did not stop in time")
            self._thread = None

    @Slot()
    def _prime(self) -> None:
        if not self._running:
            return
        self._in_flight = True
        self._runner.run(self._feed.prime, self._on_primed, self._on_prime_failed)

    def _on_prime_failed(self, exc: BaseException) -> None:
        self._in_flight = False
        self._report_failure(exc)
        if self._running:
            QTimer.singleShot(1000, self, self._prime)

    def _on_primed(self, _result: object) -> None:
        self._in_flight = False
        self._report_success()
        if not self._running:
            return
        if self._feed.pushes:
            self._thread = threading.Thread(target=self._listen, name="counter_app-call-listener", daemon=True)
            self._thread.start()
        if self._use_timer:
            self._timer.start()
        self.watching_started.emit()
        self._fetch()

    def _listen(self) -> None:
        """Runs on the listening thread: only emits, never touches other Qt objects."""
        try:
            self._feed.listen(lambda payload: self._relay.woke.emit(payload is None), self._stop)
        except Exception:  # the thread must not die silently; the safety poll keeps the display going
            log.exception("call listener stopped")

    @Slot(bool)
    def _on_relay_woke(self, connected: bool) -> None:
        if not self._running:
            return
        if connected:
            self.listening_started.emit()
        self._fetch()

    @Slot()
    def _fetch(self) -> None:
        if not self._running:
            return
        if self._in_flight:
            self._again = True  # read again as soon as the current read returns: nothing is missed
            return
        self._in_flight = True
        self._runner.run(self._feed.new_calls, self._on_fetched, self._on_fetch_failed)

    def _on_fetched(self, calls: list[CallInfo]) -> None:
        self._in_flight = False
        self._report_success()
        if calls and self._running:
            self.calls_arrived.emit(calls)
        if self._again:
            self._again = False
            self._fetch()

    def _on_fetch_failed(self, exc: BaseException) -> None:
        self._in_flight = False
        self._again = False
        self._report_failure(exc)
        if self._running and not self._timer.isActive():
            QTimer.singleShot(1000, self, self._fetch)

    def _report_failure(self, exc: BaseException) -> None:
        # A TV display has no one to click a dialog away: log the first failure, show it, keep retrying.
        if not self._failing:
            self._failing = True
            log.error("reading calls failed; retrying", exc_info=exc)
            self.feed_failed.emit(str(exc) or type(exc).__name__)

    def _report_success(self) -> None:
        if self._failing:
            self._failing = False
            log.info("call feed restored")
            self.feed_restored.emit()
