"""Start-up when the store cannot be opened: the staff dialog (Coba Lagi/Tutup) and the unattended waiting page."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.errors import StoreUnavailable
from counter_app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

# Seconds between two attempts of an unattended screen (kiosk, display, survey) to open the store.
RETRY_SECONDS = 10
NAVY = "#0b2f57"

Build = Callable[[], Any]
Discard = Callable[[Any], None]


def _log_error(exc: BaseException) -> None:
    """The runner's default handler (only reached by a bug: both screens pass their own error handler)."""
    log.error("start-up task failed\n%s", "".join(traceback.format_exception(exc)))


def _as_store_error(exc: BaseException) -> StoreUnavailable:
    """``exc`` itself when it is a StoreUnavailable; otherwise a generic one carrying the technical text."""
    if isinstance(exc, StoreUnavailable):
        return exc
    log.error("unexpected error while opening the store\n%s", "".join(traceback.format_exception(exc)))
    return StoreUnavailable(
        "Program tidak dapat dibuka karena kesalahan tak terduga. Lihat Rincian, beri tahu admin, lalu Coba Lagi.",
        detail=f"{type(exc).__name__}: {exc}",
    )


class StartupDialog(QDialog):
    """Says why the store cannot be opened, where its setting lives, and offers "Coba Lagi" and "Tutup".

    "Coba Lagi" runs ``build`` off the UI thread; when it succeeds the dialog is accepted and ``opened`` holds
    what ``build`` returned. A result arriving after "Tutup" is handed to ``discard`` (the store is closed).

    Signals:
        store_opened(object): ``build`` succeeded; the argument is its result.
    """

    store_opened = Signal(object)

    def __init__(
        self,
        error: StoreUnavailable,
        *,
        build: Build,
        runner: TaskRunner,
        discard: Discard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._build = build
        self._runner = runner
        self._discard = discard
        self._error = error
        self._opened: Any = None
        self._finished = False
        self._build_ui()
        self._connect_signals()
        self._load()

    @property
    def opened(self) -> Any:
        """What ``build`` returned once "Coba Lagi" succeeded; None before (or after "Tutup")."""
        return self._opened

    @property
    def retrying(self) -> bool:
        """True while an attempt runs."""
        return not self.retry_button.isEnabled()

    def show_error(self, error: StoreUnavailable) -> None:
        """Show ``error``: the message, the kind and place of the store, where it is set, and the detail."""
        self._error = error
        self.message.setText(str(error))
        self.kind.setText(error.store_kind or "-")
        self.target.setText(error.target or "-")
        self.source.setText(error.setting_source or "-")
        self.details.setPlainText(error.detail or str(error))

    @Slot()
    def retry(self) -> None:
        """Try to open the store again (off the UI thread)."""
        if self.retrying:
            return
        self.retry_button.setEnabled(False)
        self._set_status("Mencoba membuka basis data…")
        self._runner.run(self._build, self._on_build_done, self._on_build_failed)

    # ---- construction ----------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle("Basis data tidak dapat dibuka")
        self.setMinimumWidth(620)
        title = QLabel("Basis data tidak dapat dibuka")
        title.setObjectName("screenTitle")
        self.message = QLabel()
        self.message.setObjectName("inlineError")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = QLabel()
        self.target = QLabel()
        self.source = QLabel()
        for label in (self.target, self.source):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts = QFormLayout()
        facts.addRow("Jenis penyimpanan:", self.kind)
        facts.addRow("Lokasi basis data:", self.target)
        facts.addRow("Pengaturan di:", self.source)
        self.status = QLabel("")
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.status.hide()  # what to do next, "trying", or "still failing"; set by _load and the attempts
        self.details_button = QPushButton("Rincian")
        self.details_button.setCheckable(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(110)
        self.details.hide()
        self.retry_button = QPushButton("Coba Lagi")
        self.retry_button.setObjectName("primaryButton")
        self.retry_button.setDefault(True)
        self.close_button = QPushButton("Tutup")
        buttons = QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addLayout(facts)
        layout.addWidget(self.status)
        layout.addWidget(self.details)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.retry_button.clicked.connect(self.retry)
        self.close_button.clicked.connect(self.reject)
        self.details_button.toggled.connect(self._on_details_toggled)
        self.finished.connect(self._on_finished)

    def _load(self) -> None:
        self.show_error(self._error)
        self._set_status("Setelah diperbaiki, tekan Coba Lagi.")

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # ---- slots -----------------------------------------------------------------------------------------

    def _on_build_done(self, result: Any) -> None:
        if self._finished:  # "Tutup" came first: nobody wants the store any more
            if self._discard is not None and result is not None:
                self._discard(result)
            return
        self._opened = result
        self._set_status("")
        self.store_opened.emit(result)
        self.accept()

    def _on_build_failed(self, exc: BaseException) -> None:
        if self._finished:
            return
        self.show_error(_as_store_error(exc))
        self._set_status("Masih belum dapat dibuka. Periksa pesan di atas, lalu Coba Lagi.")
        self.retry_button.setEnabled(True)

    @Slot(bool)
    def _on_details_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.adjustSize()

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        self._finished = True


class StoreWaitPage(QWidget):
    """Full-screen "Menunggu penyimpanan data…" of an unattended screen; retries by itself every few seconds.

    Esc or closing the window gives up (the program ends). When ``build`` succeeds the page hides itself and
    emits ``store_opened``.

    Signals:
        store_opened(object): ``build`` succeeded; the argument is its result.
    """

    store_opened = Signal(object)

    def __init__(
        self,
        error: StoreUnavailable,
        *,
        build: Build,
        runner: TaskRunner,
        program: str,
        retry_seconds: int = RETRY_SECONDS,
        discard: Discard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._build = build
        self._runner = runner
        self._program = program
        self._retry_seconds = max(1, retry_seconds)
        self._discard = discard
        self._error = error
        self._opened: Any = None
        self._closed = False
        self._busy = False
        self._seconds_left = self._retry_seconds
        self.attempts = 0
        self._build_ui()
        self._connect_signals()
        self._load()

    @property
    def opened(self) -> Any:
        """What ``build`` returned once an attempt succeeded; None before."""
        return self._opened

    @property
    def seconds_left(self) -> int:
        """Seconds until the next attempt (0 while one runs)."""
        return 0 if self._busy else self._seconds_left

    def show_error(self, error: StoreUnavailable) -> None:
        """Show ``error``'s message and where the store is."""
        self._error = error
        self.message.setText(str(error))
        where = " · ".join(part for part in (error.store_kind, error.target) if part)
        setting = f"Pengaturan: {error.setting_source}" if error.setting_source else ""
        self.facts.setText("\n".join(part for part in (where, setting) if part))

    @Slot()
    def retry_now(self) -> None:
        """Try to open the store now (off the UI thread)."""
        if self._busy or self._closed:
            return
        self._busy = True
        self._tick.stop()
        self.attempts += 1
        self.countdown.setText("Mencoba membuka basis data…")
        self._runner.run(self._build, self._on_build_done, self._on_build_failed)

    # ---- construction ----------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(f"{self._program} — menunggu basis data")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, NAVY)
        self.setPalette(palette)
        self.title = QLabel("Menunggu penyimpanan data…")
        self.title.setStyleSheet("color: white; font-size: 34pt; font-weight: bold;")
        self.subtitle = QLabel(f"{self._program} akan terbuka dengan sendirinya setelah basis data dapat dibuka.")
        self.subtitle.setStyleSheet("color: #a9cbff; font-size: 16pt;")
        self.message = QLabel()
        self.message.setStyleSheet(
            "color: #1f2933; background: #fff5d6; border-radius: 8px; padding: 16px; font-size: 16pt;"
        )
        self.countdown = QLabel()
        self.countdown.setStyleSheet("color: white; font-size: 20pt; font-weight: bold;")
        self.facts = QLabel()
        self.facts.setStyleSheet("color: #a9cbff; font-size: 11pt;")
        hint = QLabel("Petugas: tekan Esc untuk menutup program.")
        hint.setStyleSheet("color: #7f9fbf; font-size: 10pt;")
        for label in (self.title, self.subtitle, self.message, self.countdown, self.facts, hint):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout()
        column.setSpacing(22)
        column.addStretch(2)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addWidget(self.message)
        column.addWidget(self.countdown)
        column.addStretch(3)
        column.addWidget(self.facts)
        column.addWidget(hint)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 30, 40, 30)
        outer.addStretch(1)
        outer.addLayout(column, 8)
        outer.addStretch(1)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self.resize(1280, 800)

    def _connect_signals(self) -> None:
        self._tick.timeout.connect(self._on_tick_timeout)

    def _load(self) -> None:
        self.show_error(self._error)
        self._restart_countdown()

    # ---- events and slots ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """QWidget.keyPressEvent: Esc closes the page (and so the program)."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """QWidget.closeEvent: stop counting; a late result is discarded."""
        self._closed = True
        self._tick.stop()
        super().closeEvent(event)

    def _restart_countdown(self) -> None:
        self._seconds_left = self._retry_seconds
        self._show_countdown()
        self._tick.start()

    def _show_countdown(self) -> None:
        self.countdown.setText(f"Mencoba lagi dalam {self._seconds_left} detik…")

    @Slot()
    def _on_tick_timeout(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self.retry_now()
        else:
            self._show_countdown()

    def _on_build_done(self, result: Any) -> None:
        self._busy = False
        if self._closed:
            if self._discard is not None and result is not None:
                self._discard(result)
            return
        self._opened = result
        self._tick.stop()
        self.store_opened.emit(result)

    def _on_build_failed(self, exc: BaseException) -> None:
        self._busy = False
        if self._closed:
            return
        self.show_error(_as_store_error(exc))
        self._restart_countdown()


def _application(display_name: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("counter_app")
    app.setApplicationDisplayName(display_name)
    # Imported here: application pulls in every staff screen, which this module does not need at import.
    from counter_app.ui.application import load_fonts_and_style

    load_fonts_and_style(app)
    return app


def _settle(runner: TaskRunner) -> None:
    """Let an attempt still running finish and deliver its result (so a store it opened gets discarded)."""
    runner.wait_for_done()
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


def ask_until_open(
    error: StoreUnavailable, build: Build, *, discard: Discard | None = None, quit_after_start: bool = False
) -> Any:
    """Show the start-up dialog of the staff program until the store opens ("Coba Lagi") or "Tutup".

    Args:
        error: Why the first attempt failed.
        build: Opens the store again; raises StoreUnavailable when it still cannot.
        discard: Releases a result that arrives after "Tutup".
        quit_after_start: Show the dialog, report it on stdout and answer "Tutup" (installer checks).

    Returns:
        What ``build`` returned, or None when the clerk chose "Tutup".
    """
    app = _application("Aplikasi Loket Disnaker")
    runner = TaskRunner(_log_error)
    dialog = StartupDialog(error, build=build, runner=runner, discard=discard)
    if quit_after_start:

        def _report_and_close() -> None:
            print(f"counter-app: start-up dialog shown: {dialog.message.text()}", flush=True)
            dialog.reject()

        QTimer.singleShot(0, _report_and_close)
    dialog.exec()
    _settle(runner)
    app.setApplicationDisplayName("Aplikasi Loket Disnaker")
    return dialog.opened


def wait_until_open(
    error: StoreUnavailable,
    build: Build,
    *,
    program: str,
    discard: Discard | None = None,
    quit_after_start: bool = False,
    screen: int | None = None,
    windowed: bool = False,
    retry_seconds: int = RETRY_SECONDS,
) -> Any:
    """Show the waiting page of an unattended screen until the store opens, or until Esc/close.

    Args:
        error: Why the first attempt failed.
        build: Opens the store again; raises StoreUnavailable when it still cannot.
        program: The screen's name as the public knows it ("Kios antrean", "Layar antrean", …).
        discard: Releases a result that arrives after the page was closed.
        quit_after_start: Show the page, report it on stdout and give up (installer checks).
        screen: The screen to fill (display: default the last one); None for the primary screen.
        windowed: In a window instead of full screen.
        retry_seconds: Seconds between attempts.

    Returns:
        What ``build`` returned, or None when the page was closed first.
    """
    app = _application(program)
    runner = TaskRunner(_log_error)
    page = StoreWaitPage(
        error, build=build, runner=runner, program=program, retry_seconds=retry_seconds, discard=discard
    )

    def _on_store_opened(_result: object) -> None:
        page.hide()
        app.quit()

    page.store_opened.connect(_on_store_opened)
    if screen is not None:
        screens = QGuiApplication.screens()
        if screens:
            target = screens[screen] if 0 <= screen < len(screens) else screens[-1]
            page.setScreen(target)
            page.setGeometry(target.geometry())
    if windowed or quit_after_start:
        page.show()
    else:
        page.showFullScreen()
    if quit_after_start:

        def _report_and_close() -> None:
            print(f"counter-app: waiting page shown: {page.message.text()}", flush=True)
            page.close()

        QTimer.singleShot(0, _report_and_close)
    app.exec()
    page.close()
    _settle(runner)
    return page.opened
