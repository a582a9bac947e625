"""The TV display (``counter-app display``): the number at each loket, the newest call, the last calls, the
clock, the running text; each call is announced by the Announcer, one at a time.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from counter_app import paths, tickets
from counter_app.speech import AnnouncementAudio
from counter_app.tickets import CallInfo, DisplaySnapshot
from counter_app.ui.announcer import Announcer, default_player
from counter_app.ui.call_watcher import CallSource, CallWatcher
from counter_app.ui.dialogs import DialogService
from counter_app.ui.display_widgets import NAVY, CallPanel, HeaderBar, LoketTile, Marquee, RecentCalls
from counter_app.ui.errors import ErrorRouter
from counter_app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

RECENT = 5  # the newest call plus four earlier ones
FLASH_INTERVAL_MS = 450
FLASH_TICKS = 12  # about 5 s of flashing for a new call
FLASH_TICKS_NO_VOICE = 24  # no speech: flash longer, it is the only signal besides the chime
REFRESH_MS = 15_000  # finished or held tickets leave their tile without a call: re-read now and then


class DisplayWindow(QWidget):
    """The waiting-room screen; fed by a CallWatcher, speaking through an Announcer.

    Signals:
        snapshot_shown(object): a ``DisplaySnapshot`` read from the store is on screen.
        calls_shown(list): new calls (``CallInfo``) are on screen and queued for announcement.
    """

    snapshot_shown = Signal(object)
    calls_shown = Signal(list)

    def __init__(
        self,
        *,
        feed: CallSource,
        watcher: CallWatcher,
        announcer: Announcer,
        runner: TaskRunner,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        office_name: str = tickets.OFFICE_NAME,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._feed = feed
        self._watcher = watcher
        self._announcer = announcer
        self._runner = runner
        self._now = now
        self._office_name = office_name
        self._tiles: dict[int, LoketTile] = {}
        self._recent: list[CallInfo] = []
        self._repeat = 1
        self._generation = 0  # bumped by every call batch: an older snapshot must not undo a newer call
        self._snapshot_in_flight = False
        self._snapshot_again = False
        self._started = False
        self._closed = False
        self._flash_left = 0
        self._flash_on = True
        self._build_ui()
        self._connect_signals()
        self._load()

    # ---- public, for the program and the tests ---------------------------------------------------------

    def tile(self, number: int) -> LoketTile | None:
        """The tile of loket ``number``."""
        return self._tiles.get(number)

    def tile_codes(self) -> dict[int, str | None]:
        """The ticket shown at each loket."""
        return {n: t.code for n, t in self._tiles.items()}

    @property
    def newest_call(self) -> CallInfo | None:
        """The call in the big panel."""
        return self._recent[0] if self._recent else None

    @property
    def recent_calls(self) -> list[CallInfo]:
        """The calls on screen, newest first."""
        return list(self._recent)

    @property
    def running_text(self) -> str:
        """The marquee's text."""
        return self.marquee.text

    @property
    def flashing(self) -> bool:
        """True while the newest call flashes."""
        return self._flash_left > 0

    def shutdown(self) -> None:
        """Stop watching, speaking and every timer (before the window goes)."""
        self._closed = True  # results of jobs still running are dropped
        self._watcher.stop()
        self._announcer.stop()
        self._refresh_timer.stop()
        self._flash.stop()
        self.marquee.stop()

    # ---- construction ----------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(f"Layar Antrean — {self._office_name}")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, NAVY)
        self.setPalette(palette)
        logo = paths.resource("icons/logo.svg")
        self.header = HeaderBar(office_name=self._office_name, logo=logo if logo.exists() else None, now=self._now)
        self.tiles_area = QWidget()
        self.tiles_grid = QGridLayout(self.tiles_area)
        self.tiles_grid.setContentsMargins(0, 0, 0, 0)
        self.no_lokets = QLabel("Belum ada loket aktif.")
        self.no_lokets.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_lokets.setStyleSheet("color: #a9cbff; font-size: 32px;")
        self.tiles_grid.addWidget(self.no_lokets, 0, 0)
        self.call_panel = CallPanel()
        self.recent = RecentCalls()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.call_panel, 55)
        right.addWidget(self.recent, 45)
        self.body = QHBoxLayout()
        self.body.addWidget(self.tiles_area, 56)
        self.body.addLayout(right, 44)
        self.status = QLabel("")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setStyleSheet("background: #b3261e; color: white; font-weight: bold; padding: 6px;")
        self.status.hide()
        self.marquee = Marquee()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.marquee)
        self._flash = QTimer(self)
        self._flash.setInterval(FLASH_INTERVAL_MS)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_MS)
        self.resize(1280, 720)

    def _connect_signals(self) -> None:
        self._watcher.calls_arrived.connect(self._on_watcher_calls_arrived)
        self._watcher.feed_failed.connect(self._on_watcher_feed_failed)
        self._watcher.feed_restored.connect(self._on_watcher_feed_restored)
        self._announcer.flash_requested.connect(self._on_announcer_flash_requested)
        self._flash.timeout.connect(self._on_flash_timeout)
        self._refresh_timer.timeout.connect(self.refresh)

    def _load(self) -> None:
        self.refresh()
        self._refresh_timer.start()

    # ---- snapshot ----------------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read the snapshot again (also every REFRESH_MS and after every call)."""
        if self._closed:
            return
        if self._snapshot_in_flight:
            self._snapshot_again = True
            return
        self._snapshot_in_flight = True
        self._runner.run(
            self._feed.snapshot,
            functools.partial(self._on_snapshot_loaded, self._generation),
            self._on_snapshot_failed,
        )

    def _on_snapshot_loaded(self, generation: int, snapshot: DisplaySnapshot) -> None:
        self._snapshot_in_flight = False
        if self._closed:
            return
        stale = generation != self._generation  # calls arrived meanwhile: this snapshot may predate them
        if stale or self._snapshot_again:
            self._snapshot_again = False
            self.refresh()
        if stale:
            return
        self._repeat = snapshot.announce_repeat
        self.marquee.set_text(snapshot.running_text)
        self._set_lokets([(lk.number, lk.current_code) for lk in snapshot.lokets])
        self._recent = list(snapshot.recent[:RECENT])
        self._show_recent()
        if self.status.text() == self._snapshot_problem():
            self.status.hide()
        self.snapshot_shown.emit(snapshot)
        if not self._started:
            self._started = True
            self._watcher.start()

    def _on_snapshot_failed(self, exc: BaseException) -> None:
        self._snapshot_in_flight = False
        if self._closed:
            return
        log.error("display snapshot failed", exc_info=exc)
        self._show_status(self._snapshot_problem())
        QTimer.singleShot(2000, self, self.refresh)

    @staticmethod
    def _snapshot_problem() -> str:
        return "Data antrean belum dapat dibaca dari server. Mencoba lagi…"

    def _set_lokets(self, lokets: list[tuple[int, str | None]]) -> None:
        numbers = [n for n, _code in lokets]
        if numbers != list(self._tiles):
            for tile in self._tiles.values():
                self.tiles_grid.removeWidget(tile)
                tile.deleteLater()
            self._tiles = {n: LoketTile(n) for n in numbers}
            columns = 1 if len(numbers) <= 2 else 2 if len(numbers) <= 4 else 3 if len(numbers) <= 9 else 4
            for i, tile in enumerate(self._tiles.values()):
                self.tiles_grid.addWidget(tile, i // columns, i % columns)
            for row in range(self.tiles_grid.rowCount()):
                self.tiles_grid.setRowStretch(row, 1)
            for col in range(self.tiles_grid.columnCount()):
                self.tiles_grid.setColumnStretch(col, 1)
            self.no_lokets.setVisible(not numbers)
        for number, code in lokets:
            self._tiles[number].set_code(code)

    def _show_recent(self) -> None:
        newest = self.newest_call
        self.call_panel.set_call(newest)
        self.recent.set_calls(self._recent[1:])
        self._paint_highlight(self._flash_on)

    # ---- calls -------------------------------------------------------------------------------------------

    @Slot(list)
    def _on_watcher_calls_arrived(self, calls: list[CallInfo]) -> None:
        if self._closed:
            return
        self._generation += 1
        for call in calls:
            tile = self._tiles.get(call.counter_number)
            if tile is not None:
                tile.set_code(call.code)
            self._recent.insert(0, call)
            self._announcer.enqueue(call, self._repeat)
        del self._recent[RECENT:]
        self._show_recent()
        self._start_flash(FLASH_TICKS)
        self.calls_shown.emit(calls)
        self.refresh()

    @Slot(str)
    def _on_announcer_flash_requested(self, _text: str) -> None:
        self._start_flash(FLASH_TICKS_NO_VOICE)

    def _start_flash(self, ticks: int) -> None:
        self._flash_left = max(self._flash_left, ticks)
        self._flash_on = True
        self._paint_highlight(True)
        self._flash.start()

    @Slot()
    def _on_flash_timeout(self) -> None:
        self._flash_left -= 1
        if self._flash_left <= 0:
            self._flash_left = 0
            self._flash.stop()
            self._flash_on = True
        else:
            self._flash_on = not self._flash_on
        self._paint_highlight(self._flash_on)

    def _paint_highlight(self, on: bool) -> None:
        newest = self.newest_call
        for number, tile in self._tiles.items():
            tile.set_highlighted(on and newest is not None and number == newest.counter_number)
        self.call_panel.set_highlighted(on)

    # ---- store problems ----------------------------------------------------------------------------------

    @Slot(str)
    def _on_watcher_feed_failed(self, _detail: str) -> None:
        self._show_status("Sambungan ke server antrean terputus. Mencoba lagi…")

    @Slot()
    def _on_watcher_feed_restored(self) -> None:
        self.status.hide()

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    # ---- Qt overrides ------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """QWidget.resizeEvent: header, margins and marquee follow the screen height."""
        h = max(1, event.size().height())
        self.header.setFixedHeight(round(h * 0.13))
        self.marquee.setFixedHeight(round(h * 0.08))
        gap = round(h * 0.022)
        self.body.setContentsMargins(gap, gap, gap, gap)
        self.body.setSpacing(gap)
        self.tiles_grid.setSpacing(round(gap * 0.6))
        self.status.setStyleSheet(
            f"background: #b3261e; color: white; font-weight: bold; padding: 4px; font-size: {round(h * 0.028)}px;"
        )
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """QWidget.keyPressEvent: F11 switches full screen; Esc leaves it."""
        if event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """QWidget.closeEvent: stop listening and speaking."""
        self.shutdown()
        super().closeEvent(event)


def run(
    *,
    feed: CallSource,
    audio: AnnouncementAudio,
    now: Callable[[], dt.datetime] = dt.datetime.now,
    quit_after_start: bool = False,
    screen: int | None = None,
    windowed: bool = False,
) -> int:
    """Create the QApplication, show the display full screen on the last (or the chosen) screen, run."""
    # Imported here: application pulls in every staff screen, which the display does not need at import.
    from counter_app.ui.application import load_fonts_and_style

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("counter_app")
    app.setApplicationDisplayName("Layar Antrean Disnaker")
    load_fonts_and_style(app)
    errors = ErrorRouter(DialogService())
    runner = TaskRunner(errors.handle)
    sys.excepthook = errors.handle_bug
    watcher = CallWatcher(feed=feed, runner=runner)
    announcer = Announcer(audio=audio, runner=runner, player=default_player())
    window = DisplayWindow(feed=feed, watcher=watcher, announcer=announcer, runner=runner, now=now)
    screens = QGuiApplication.screens()
    if screens:
        target = screens[screen] if screen is not None and 0 <= screen < len(screens) else screens[-1]
        window.setScreen(target)
        window.setGeometry(target.geometry())
    if windowed:
        window.show()
    else:
        window.setCursor(Qt.CursorShape.BlankCursor)
        window.showFullScreen()
    if quit_after_start:

        def _report_and_quit(_snapshot: object) -> None:
            print("counter-app: display shown", flush=True)
            QTimer.singleShot(0, app.quit)

        window.snapshot_shown.connect(_report_and_quit)
    try:
        return app.exec()
    finally:
        window.shutdown()
        runner.wait_for_done()


if __name__ == "__main__":
    # Preview with a fake feed: four loket and a new call every eight seconds, chime only.
    import itertools
    import tempfile
    import threading
    import uuid
    from pathlib import Path

    class _PreviewFeed:
        pushes = False

        def __init__(self) -> None:
            self._numbers = itertools.count(1)
            self._calls: list[CallInfo] = []
            self._last = dt.datetime.now()

        def snapshot(self) -> DisplaySnapshot:
            lokets = tuple(
                tickets.LoketState(n, f"Loket {n}", next((c.code for c in self._calls if c.counter_number == n), None))
                for n in range(1, 5)
            )
            return DisplaySnapshot(lokets, tuple(self._calls[:RECENT]), "Pratinjau layar antrean.", 1)

        def prime(self) -> None:
            return None

        def new_calls(self) -> list[CallInfo]:
            if (dt.datetime.now() - self._last).total_seconds() < 8:
                return []
            self._last = dt.datetime.now()
            n = next(self._numbers)
            call = CallInfo(uuid.uuid4(), self._last, f"A-{n:03d}", 1 + n % 4, "call")
            self._calls.insert(0, call)
            return [call]

        def listen(self, on_call: Callable[[str | None], None], stop: threading.Event) -> None:
            raise NotImplementedError

    sys.exit(
        run(
            feed=_PreviewFeed(),
            audio=AnnouncementAudio(Path(tempfile.mkdtemp()), None),
            windowed=True,
        )
    )
