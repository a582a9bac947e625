"""The kiosk program (``counter-app kiosk``): the ticket kiosk full screen, without sign-in."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from counter_app.applications import ApplicationService
from counter_app.changes import ChangeHub
from counter_app.print import output
from counter_app.survey import SurveyService
from counter_app.tickets import QueueService
from counter_app.ui.application import load_fonts_and_style
from counter_app.ui.common import ChangeBridge
from counter_app.ui.kiosk_window import KioskWindow
from counter_app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def _log_error(exc: BaseException) -> None:
    """The runner's default handler: a kiosk has nobody to read a crash report, so it goes to the log."""
    log.error("kiosk background task failed\n%s", "".join(traceback.format_exception(exc)))


def _log_bug(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` of the kiosk: log the bug; the window stays usable."""
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    log.error("unexpected error in the kiosk\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))


def run(
    *,
    queue: QueueService,
    hub: ChangeHub,
    printer_name: str | None,
    now: Callable[[], dt.datetime] = dt.datetime.now,
    applications: ApplicationService | None = None,
    quit_after_start: bool = False,
    survey: SurveyService | None = None,
) -> int:
    """Create the QApplication, show the kiosk full screen and run the event loop.

    Args:
        queue: the queue service (kiosk menu, issue, confirm, cancel).
        hub: the core's change hub (the menu reloads when tickets or services change).
        printer_name: the OS printer for slips; None or empty for the default printer.
        now: the clock shown in the header.
        applications: status by tracking number ("Cek Status Permohonan"); None hides the button.
        quit_after_start: show the window, report on stdout and leave (installer and start-up checks).
        survey: the SKM survey ("Isi Survei Kepuasan"); None hides the button.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("counter_app")
    app.setApplicationDisplayName("Kios Antrean Disnaker")
    load_fonts_and_style(app)
    bridge = ChangeBridge(hub)
    runner = TaskRunner(_log_error)
    window = KioskWindow(
        queue=queue,
        runner=runner,
        print_slip=functools.partial(output.print_slip, printer_name=printer_name or None),
        now=now,
        changes=bridge,
        applications=applications,
        survey=survey,
    )
    previous_hook, sys.excepthook = sys.excepthook, _log_bug
    if quit_after_start:
        window.resize(1280, 800)
        window.show()

        def _report_and_quit() -> None:
            print("counter-app: kiosk window shown", flush=True)
            QTimer.singleShot(0, app.quit)

        QTimer.singleShot(0, _report_and_quit)
    else:
        window.showFullScreen()
    try:
        return app.exec()
    finally:
        window.close()
        runner.wait_for_done()
        bridge.detach()
        sys.excepthook = previous_hook
