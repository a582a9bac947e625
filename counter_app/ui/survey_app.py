"""The survey program (``counter-app survey``): only the SKM form, on a tablet or a desk screen, no sign-in."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from counter_app import paths
from counter_app.survey import SurveyService
from counter_app.tickets import OFFICE_NAME
from counter_app.ui.application import load_fonts_and_style
from counter_app.ui.survey_form import SurveyForm
from counter_app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

IDLE_SECONDS = 120  # an abandoned form goes back to the start for the next respondent
INPUT_EVENTS = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress, QEvent.Type.Wheel}
)


class SurveyWindow(QWidget):
    """A header with the office name and the SKM form; an abandoned form starts over after idle time."""

    def __init__(
        self,
        *,
        survey_service: SurveyService,
        runner: TaskRunner,
        office: str = OFFICE_NAME,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._survey = survey_service
        self._runner = runner
        self._office = office
        self.idle_seconds: float = IDLE_SECONDS
        self._build_ui()
        self._connect_signals()
        self._load()

    def _build_ui(self) -> None:
        self.setObjectName("kioskWindow")
        self.setWindowTitle(self.tr("Survei Kepuasan Masyarakat - %s") % self._office)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        style = paths.resource("styles/kiosk.qss")
        if style.exists():
            self.setStyleSheet(style.read_text(encoding="utf-8"))
        header = QFrame()
        header.setObjectName("kioskHeader")
        office = QLabel(self._office)
        office.setObjectName("kioskOffice")
        office.setWordWrap(True)
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(28, 12, 28, 12)
        header_layout.addWidget(office, 1)
        self.form = SurveyForm(survey_service=self._survey, runner=self._runner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.form, 1)
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)

    def _connect_signals(self) -> None:
        self._idle_timer.timeout.connect(self._on_idle_timer_timeout)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _load(self) -> None:
        self._restart_idle()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """QObject.eventFilter: every touch or key restarts the idle time."""
        if event.type() in INPUT_EVENTS:
            self._restart_idle()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        """QWidget.closeEvent: stop the timer and stop watching input."""
        self._idle_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)

    def _restart_idle(self) -> None:
        if self.idle_seconds > 0:
            self._idle_timer.start(round(self.idle_seconds * 1000))

    @Slot()
    def _on_idle_timer_timeout(self) -> None:
        self.form.reset()
        self._restart_idle()


def _log_error(exc: BaseException) -> None:
    """The runner's default handler: nobody at a tablet reads a crash report, so it goes to the log."""
    log.error("survey background task failed\n%s", "".join(traceback.format_exception(exc)))


def _log_bug(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` of the survey window: log the bug; the window stays usable."""
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    log.error("unexpected error in the survey window\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))


def run(*, survey_service: SurveyService, windowed: bool = False, quit_after_start: bool = False) -> int:
    """Create the QApplication, show the survey window (full screen unless ``windowed``) and run it."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("counter_app")
    app.setApplicationDisplayName("Survei Kepuasan Disnaker")
    load_fonts_and_style(app)
    runner = TaskRunner(_log_error)
    window = SurveyWindow(survey_service=survey_service, runner=runner)
    previous_hook, sys.excepthook = sys.excepthook, _log_bug
    if quit_after_start or windowed:
        window.resize(1280, 800)
        window.show()
    else:
        window.showFullScreen()
    if quit_after_start:

        def _report_and_quit() -> None:
            print("counter-app: survey window shown", flush=True)
            QTimer.singleShot(0, app.quit)

        QTimer.singleShot(0, _report_and_quit)
    try:
        return app.exec()
    finally:
        window.close()
        runner.wait_for_done()
        sys.excepthook = previous_hook
