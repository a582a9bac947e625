"""One runner for slow work: functions run off the UI thread; callbacks run on the UI thread."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

SuccessCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Relay(QObject):
    """Carries a finished job back to the UI thread (it lives there, so delivery is queued).

    Signals:
        finished(int, bool, object): job id, whether it succeeded, the result or the exception.
    """

    finished = Signal(int, bool, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._id = job_id
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        """QRunnable.run: call the function on a pool thread and report back."""
        try:
            result = self._fn()
        except BaseException as exc:  # reported to the UI thread, which decides what to show
            self._relay.finished.emit(self._id, False, exc)
        else:
            self._relay.finished.emit(self._id, True, result)


class TaskRunner(QObject):
    """Runs database and printer work on a thread pool; never lets workers touch widgets.

    Signals:
        busy_changed(bool): True when the first job starts, False when the last one ends.
    """

    busy_changed = Signal(bool)

    def __init__(self, default_error: ErrorCallback, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._default_error = default_error
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(4)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_relay_finished)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[SuccessCallback | None, ErrorCallback | None]] = {}

    @property
    def busy(self) -> bool:
        """True while any job is running or waiting for its callback."""
        return bool(self._pending)

    def run(
        self,
        fn: Callable[[], Any],
        on_success: SuccessCallback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> int:
        """Run ``fn()`` off the UI thread; then ``on_success(result)`` or ``on_error(exc)`` on the UI thread.

        Without ``on_error`` the runner's default error handler decides (message bar or crash dialog).
        """
        job_id = next(self._ids)
        was_busy = self.busy
        self._pending[job_id] = (on_success, on_error)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Job(job_id, fn, self._relay))
        return job_id

    def report(self, exc: BaseException) -> None:
        """Hand an error a callback chose not to handle to the default handler."""
        self._default_error(exc)

    def wait_for_done(self, timeout_ms: int = 10_000) -> bool:
        """Block until the pool is idle (tests and shutdown); callbacks still need the event loop."""
        return self._pool.waitForDone(timeout_ms)

    @Slot(int, bool, object)
    def _on_relay_finished(self, job_id: int, ok: bool, payload: object) -> None:
        on_success, on_error = self._pending.pop(job_id, (None, None))
        try:
            if ok:
                if on_success is not None:
                    on_success(payload)
            else:
                assert isinstance(payload, BaseException)
                (on_error or self._default_error)(payload)
        finally:
            if not self._pending:
                self.busy_changed.emit(False)
