"""The public ticket kiosk: services by bidang as big touch buttons, a priority lane, print-then-confirm."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app import paths
from counter_app.applications import ApplicationService, PublicStatus
from counter_app.changes import Changes
from counter_app.errors import UserError
from counter_app.print.base import PrintError
from counter_app.print.ticket_slip import plain_title
from counter_app.survey import SurveyService
from counter_app.tickets import OFFICE_NAME, KioskService, QueueService, QueueSettings, SlipData
from counter_app.ui.common import ChangeBridge
from counter_app.ui.formatting import date_time, long_date
from counter_app.ui.survey_form import SurveyForm
from counter_app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

PrintSlip = Callable[[SlipData], None]

REFRESH_INTERVAL_MS = 30_000
CLOCK_INTERVAL_MS = 1_000
DONE_SECONDS = 10  # the ticket page, then back to the start screen
PROBLEM_SECONDS = 20  # a problem message stays longer: the person may need to fetch the clerk
MIN_COLUMN_WIDTH = 440
MAX_COLUMNS = 4
CARD_WIDTH = 960  # the ticket and problem pages
PAGE_LINES = 8
TEXT_LINES = 4  # title and description share this many lines on a button
MIN_SHARE_LINES = 2  # each gets at least this many when both are shown
REASON_LINES = 12
PRINT_FAILED_TEXT = "Karcis gagal dicetak. Nomor tidak dipakai. Silakan panggil petugas."
PRIORITY_LABEL = "♿  Prioritas: lansia, disabilitas, ibu hamil"
PRIORITY_ON_LABEL = "✓  Prioritas dipilih (ketuk untuk batal)"
STATUS_LABEL = "Cek Status Permohonan"
STATUS_LINES = 4
SURVEY_LABEL = "Isi Survei Kepuasan"
SURVEY_HINT = "Sudah selesai dilayani? Bantu kami memperbaiki pelayanan dengan mengisi survei singkat tanpa nama."
STATUS_HINT = "Pindai barcode pada Tanda Terima Berkas, atau ketik nomornya lalu tekan Enter."
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


class Page(StrEnum):
    """The kiosk's pages."""

    START = "start"
    BUSY = "busy"
    DONE = "done"
    PROBLEM = "problem"
    STATUS = "status"
    SURVEY = "survey"


@dataclass(frozen=True)
class KioskOutcome:
    """What happened after a tap: the slip, whether it printed, whether the ticket joined the queue."""

    slip: SlipData
    printed: bool
    queued: bool
    reason: str = ""


def issue_and_print(
    queue: QueueService, print_slip: PrintSlip, service_id: uuid.UUID, *, priority: bool
) -> KioskOutcome:
    """Take a number, print its slip, then confirm it (or cancel it when the slip did not print).

    Runs on a worker thread; touches no widget. A ticket joins the queue only after its slip printed,
    so a number nobody holds is never called.

    Raises:
        UserError: the service is closed or unavailable (no number was taken).
    """
    slip = queue.issue_ticket(service_id, priority=priority)
    try:
        print_slip(slip)
    except Exception as exc:
        reason = str(exc) if isinstance(exc, PrintError) else f"kesalahan program: {type(exc).__name__}"
        if isinstance(exc, PrintError):
            log.warning("slip %s not printed: %s", slip.code, exc)
        else:
            log.error("slip %s not printed: unexpected error", slip.code, exc_info=exc)
        queue.cancel_unprinted(slip.ticket_id, f"Karcis gagal dicetak: {reason}")
        return KioskOutcome(slip, printed=False, queued=False, reason=reason)
    try:
        queue.confirm_printed(slip.ticket_id)
    except Exception as exc:  # the slip is out: the clerk must see the person, so say so instead of crashing
        log.error("slip %s printed but not confirmed", slip.code, exc_info=exc)
        return KioskOutcome(slip, printed=True, queued=False, reason=str(exc))
    return KioskOutcome(slip, printed=True, queued=True)


def share_columns(sizes: list[int], columns: int) -> list[int] | None:
    """Give each bidang at least one of ``columns`` grid columns, the rest to the longest lists.

    Returns None when there are fewer columns than bidang (they are then shown one under the other).
    """
    if not sizes or columns < len(sizes):
        return None
    shares = [1] * len(sizes)
    for _ in range(columns - len(sizes)):
        rows = [-(-n // c) for n, c in zip(sizes, shares, strict=True)]
        i = max(range(len(sizes)), key=lambda k: (rows[k], sizes[k]))
        if rows[i] <= 1:
            break
        shares[i] += 1
    return shares


def _compact(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _words(text: str) -> set[str]:
    return {w for w in "".join(ch.lower() if ch.isalnum() else " " for ch in text).split()}


def description_adds(title: str, description: str) -> bool:
    """Whether the one-line description says more than the title (it often repeats it in lower case)."""
    t, d = _words(title), _words(description)
    if not d or d <= t:
        return False
    # "Kerjasama" and "Kerja Sama", or the title plus one word in brackets, say nothing new.
    compact_t, compact_d = _compact(title), _compact(description)
    return compact_t not in compact_d and compact_d not in compact_t


def _label(text: str, name: str, *, wrap: bool = False, transparent: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    if transparent:
        # Taps on the text belong to the button underneath.
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return label


def _repolish(*widgets: QWidget) -> None:
    for widget in widgets:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def wrap_lines(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Word-wrap ``text`` to ``width``; past ``max_lines`` the last line ends in an ellipsis."""
    lines: list[str] = []
    current = ""
    words = text.split()
    for i, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if not current or metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[i:])
            break
    if current:
        lines.append(current)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


class ClampedLabel(QLabel):
    """A label that wraps its text to at most ``max_lines`` lines, ending in an ellipsis when it is longer.

    The full text stays in ``full_text`` (and in the accessible name of the button it sits on).
    """

    def __init__(self, name: str, max_lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.max_lines = max_lines
        self.full_text = ""
        # The grid decides the width; the text then wraps into it.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_full_text(self, text: str) -> None:
        """Show ``text``, wrapped and clamped to the current width."""
        self.full_text = text
        self.rewrap()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """QLabel.resizeEvent: wrap again for the new width."""
        super().resizeEvent(event)
        self.rewrap()

    def changeEvent(self, event: QEvent) -> None:
        """QLabel.changeEvent: the style sheet may set the font after the text."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.rewrap()

    def rewrap(self) -> None:
        """Wrap and clamp the full text to the current width and ``max_lines``."""
        width = self.contentsRect().width()
        if width <= 0:
            text = self.full_text
        else:
            text = "\n".join(wrap_lines(self.full_text, QFontMetricsF(self.font()), width, self.max_lines))
        if text != self.text():
            self.setText(text)


class ServiceButton(QPushButton):
    """One service on the kiosk: its letter, plain name, description, and how many wait or why it is closed.

    Signals:
        service_chosen(object): the KioskService, when tapped.
    """

    service_chosen = Signal(object)

    def __init__(self, service: KioskService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setObjectName("serviceButton")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.prefix = _label("", "servicePrefix", transparent=True)
        self.prefix.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = ClampedLabel("serviceTitle", TEXT_LINES)
        self.description = ClampedLabel("serviceDescription", MIN_SHARE_LINES)
        self.waiting = ClampedLabel("serviceWaiting", 1)
        # The reason a service is closed is never cut short (the menu scrolls rather than clip it).
        self.closed = ClampedLabel("serviceClosed", REASON_LINES)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.description)
        text.addStretch(1)
        text.addSpacing(4)
        text.addWidget(self.waiting)
        text.addWidget(self.closed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(14)
        layout.addWidget(self.prefix, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self.clicked.connect(self._on_clicked)
        self.set_service(service)

    def set_service(self, service: KioskService) -> None:
        """Show fresh data for the same service (counts and open/closed change during the day)."""
        self.service = service
        self.prefix.setText(service.prefix)
        title = plain_title(service.title)
        open_ = service.closed_reason is None
        self.title.set_full_text(title)
        self.description.set_full_text(service.description)
        # When closed, the reason takes the description's place.
        self.description.setVisible(open_ and description_adds(title, service.description))
        if service.waiting:
            self.waiting.set_full_text(self.tr("Menunggu: %1 orang").replace("%1", str(service.waiting)))
        else:
            self.waiting.set_full_text(self.tr("Belum ada antrean"))
        self.waiting.setVisible(open_)
        self.closed.set_full_text(service.closed_reason or "")
        self.closed.setVisible(not open_)
        self.setEnabled(open_)
        status = self.waiting.full_text if open_ else self.closed.full_text
        self.setAccessibleName(f"{title}. {status}")
        self._share_lines()

    def _share_lines(self) -> None:
        """Split the text lines between title and description: whichever is shorter leaves the rest."""
        width = self.title.contentsRect().width()
        if width <= 0:
            return
        if not self.description.isVisibleTo(self):
            self.title.max_lines = TEXT_LINES
        else:

            def needed(label: ClampedLabel) -> int:
                return len(wrap_lines(label.full_text, QFontMetricsF(label.font()), width, TEXT_LINES))

            title_lines, description_lines = needed(self.title), needed(self.description)
            self.title.max_lines = max(MIN_SHARE_LINES, TEXT_LINES - min(description_lines, MIN_SHARE_LINES))
            self.title.max_lines = min(self.title.max_lines, max(title_lines, 1))
            self.description.max_lines = TEXT_LINES - self.title.max_lines
        self.title.rewrap()
        self.description.rewrap()
        self.closed.rewrap()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """QPushButton.resizeEvent: share the lines again for the new width."""
        super().resizeEvent(event)
        self._share_lines()

    def set_priority_mode(self, on: bool) -> None:
        """Mark the button while the next tap takes a priority number."""
        if bool(self.property("priority")) != on:
            self.setProperty("priority", on)
            _repolish(self, self.prefix)

    def sizeHint(self) -> QSize:
        """QPushButton.sizeHint: the size of the labels inside, not of the (empty) button text."""
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        """QPushButton.minimumSizeHint: the labels' minimum."""
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()

    @Slot()
    def _on_clicked(self) -> None:
        self.service_chosen.emit(self.service)


class KioskWindow(QWidget):
    """The public ticket kiosk (no sign-in): choose a service, optionally in the priority lane, take the slip.

    Every tap takes a number, prints its slip through ``print_slip`` and only then lets the ticket join
    the queue; a slip that failed to print cancels its number. The window returns to the start screen
    after ``kiosk_idle_seconds`` without a touch.

    Signals:
        menu_loaded(): the service buttons show fresh data.
        ticket_issued(object): SlipData of a ticket whose slip printed and which now waits.
        ticket_failed(object): SlipData of a ticket whose slip failed to print (cancelled, never called).
        returned_to_start(): the start screen shows again (after a ticket, a message, or idle time).
        status_shown(str): the status page shows this answer (the status of a number, or why there is none).
    """

    menu_loaded = Signal()
    ticket_issued = Signal(object)
    ticket_failed = Signal(object)
    returned_to_start = Signal()
    status_shown = Signal(str)

    def __init__(
        self,
        *,
        queue: QueueService,
        runner: TaskRunner,
        print_slip: PrintSlip,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        changes: ChangeBridge | None = None,
        applications: ApplicationService | None = None,
        office: str = OFFICE_NAME,
        parent: QWidget | None = None,
        survey: SurveyService | None = None,
    ) -> None:
        super().__init__(parent)
        self._survey = survey
        self.survey_form: SurveyForm | None = None
        self._queue = queue
        self._runner = runner
        self._print_slip = print_slip
        self._now = now
        self._changes = changes
        self._applications = applications
        self._office = office
        self._menu: list[KioskService] = []
        self._buttons: dict[uuid.UUID, ServiceButton] = {}
        self._columns = 0
        self._menu_loading = False
        self._menu_stale = False
        self._issuing = False
        self._closed = False
        self.idle_seconds: float = QueueSettings().kiosk_idle_seconds
        self._build_ui()
        self._connect_signals()
        self._load()

    # ---- building -------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("kioskWindow")
        self.setWindowTitle(self.tr("Kios Antrean - %s") % self._office)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        style = paths.resource("styles/kiosk.qss")
        if style.exists():
            self.setStyleSheet(style.read_text(encoding="utf-8"))

        header = QFrame()
        header.setObjectName("kioskHeader")
        office = _label(self._office, "kioskOffice", wrap=True)
        left = QVBoxLayout()
        left.addWidget(office)
        self.time_label = _label("", "kioskTime")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.date_label = _label("", "kioskDate")
        self.date_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        right = QVBoxLayout()
        right.setSpacing(0)
        right.addWidget(self.time_label)
        right.addWidget(self.date_label)
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(28, 12, 28, 12)
        header_layout.addLayout(left, 1)
        header_layout.addLayout(right)

        self.pages = QStackedWidget()
        self._page_widgets = {
            Page.START: self._build_start_page(),
            Page.BUSY: self._build_busy_page(),
            Page.DONE: self._build_done_page(),
            Page.PROBLEM: self._build_problem_page(),
            Page.STATUS: self._build_status_page(),
            Page.SURVEY: self._build_survey_page(),
        }
        for widget in self._page_widgets.values():
            self.pages.addWidget(widget)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(header)
        outer.addWidget(self.pages, 1)

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_INTERVAL_MS)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_INTERVAL_MS)
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._return_timer = QTimer(self)
        self._return_timer.setSingleShot(True)
        self._update_clock()

    def _build_start_page(self) -> QWidget:
        page = QWidget()
        self.prompt = _label("", "kioskPrompt")
        self.hint = _label("", "kioskHint", wrap=True)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.prompt)
        texts.addWidget(self.hint)
        self.priority_toggle = QPushButton(PRIORITY_LABEL)
        self.priority_toggle.setObjectName("priorityToggle")
        self.priority_toggle.setCheckable(True)
        self.priority_toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Without the applications service (an older set-up) the kiosk only issues tickets.
        self.status_button = QPushButton(self.tr(STATUS_LABEL))
        self.status_button.setObjectName("statusButton")
        self.status_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.status_button.setVisible(self._applications is not None)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addLayout(texts, 1)
        top.addWidget(self.status_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.priority_toggle, 0, Qt.AlignmentFlag.AlignVCenter)

        self._show_prompt(priority=False)
        self.notice = _label("", "kioskNotice", wrap=True)
        self.notice.hide()

        self.menu_content = QWidget()
        self.menu_content.setObjectName("kioskMenuContent")
        self.menu_layout = QVBoxLayout(self.menu_content)
        self.menu_layout.setContentsMargins(0, 0, 0, 0)
        self.menu_layout.setSpacing(10)
        self.menu_scroll = QScrollArea()
        self.menu_scroll.setObjectName("kioskMenu")
        self.menu_scroll.setWidgetResizable(True)
        self.menu_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.menu_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.menu_scroll.setWidget(self.menu_content)
        self.menu_scroll.viewport().setAutoFillBackground(False)
        # Drag with a finger to scroll when the services do not fit; taps still reach the buttons.
        QScroller.grabGesture(self.menu_scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.menu_scroll, 1)
        # The SKM survey after service (issue 7), under the menu; hidden without the survey service.
        self.survey_button = QPushButton(self.tr(SURVEY_LABEL))
        self.survey_button.setObjectName("statusButton")
        self.survey_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        survey_bar = QWidget()
        survey_row = QHBoxLayout(survey_bar)
        survey_row.setContentsMargins(0, 0, 0, 0)
        survey_row.addWidget(_label(self.tr(SURVEY_HINT), "kioskHint", wrap=True), 1)
        survey_row.addWidget(self.survey_button, 0, Qt.AlignmentFlag.AlignVCenter)
        survey_bar.setVisible(self._survey is not None)
        layout.addWidget(survey_bar)
        return page

    def _build_busy_page(self) -> QWidget:
        page = QWidget()
        title = _label(self.tr("Karcis sedang dicetak…"), "pageTitle")
        text = _label(self.tr("Mohon tunggu sebentar."), "pageText")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for widget in (title, text):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        card = QFrame()
        card.setObjectName("ticketCard")
        card.setMinimumWidth(CARD_WIDTH)
        card.setMaximumWidth(CARD_WIDTH)
        self.done_title = _label(self.tr("Nomor antrean Anda"), "pageTitle")
        self.done_number = _label("", "ticketNumber")
        self.done_priority = _label(self.tr("PRIORITAS"), "ticketPriority")
        # Pre-wrapped labels: their height is exact, so nothing is cut off at any width.
        self.done_service = ClampedLabel("ticketService", PAGE_LINES)
        self.done_wait = ClampedLabel("pageText", PAGE_LINES)
        self.done_where = ClampedLabel("pageText", PAGE_LINES)
        self.done_where.set_full_text(
            self.tr(
                "Ambil karcis Anda. Silakan duduk di ruang tunggu dan perhatikan layar panggilan: "
                "nomor Anda akan dipanggil beserta nomor loketnya."
            )
        )
        self.done_button = QPushButton(self.tr("Selesai"))
        self.done_button.setObjectName("kioskBack")
        self.done_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(40, 28, 40, 28)
        card_layout.setSpacing(10)
        for widget in (self.done_title, self.done_number, self.done_service, self.done_wait, self.done_where):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            card_layout.addWidget(widget)
            if widget is self.done_number:
                card_layout.addWidget(self.done_priority, 0, Qt.AlignmentFlag.AlignHCenter)
                card_layout.addSpacing(8)
            elif widget is self.done_wait:
                card_layout.addSpacing(12)
        card_layout.addSpacing(16)
        card_layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.addStretch(1)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return page

    def _build_problem_page(self) -> QWidget:
        page = QWidget()
        card = QFrame()
        card.setObjectName("problemCard")
        card.setMinimumWidth(CARD_WIDTH)
        card.setMaximumWidth(CARD_WIDTH)
        self.problem_title = ClampedLabel("problemTitle", PAGE_LINES)
        self.problem_text = ClampedLabel("pageText", PAGE_LINES)
        self.problem_button = QPushButton(self.tr("Kembali"))
        self.problem_button.setObjectName("kioskBack")
        self.problem_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(40, 32, 40, 32)
        card_layout.setSpacing(18)
        for widget in (self.problem_title, self.problem_text):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            card_layout.addWidget(widget)
        card_layout.addWidget(self.problem_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.addStretch(1)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return page

    def _build_status_page(self) -> QWidget:
        page = QWidget()
        card = QFrame()
        card.setObjectName("ticketCard")
        card.setMinimumWidth(CARD_WIDTH)
        card.setMaximumWidth(CARD_WIDTH)
        title = _label(self.tr(STATUS_LABEL), "pageTitle")
        hint = ClampedLabel("pageText", PAGE_LINES)
        hint.set_full_text(self.tr(STATUS_HINT))
        self.status_input = QLineEdit()
        self.status_input.setObjectName("statusInput")
        self.status_input.setPlaceholderText("PKWT-2026-000123")
        self.status_input.setMaxLength(40)
        self.status_input.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_search_button = QPushButton(self.tr("Cek"))
        self.status_search_button.setObjectName("kioskBack")
        self.status_search_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.status_input, 1)
        row.addWidget(self.status_search_button)
        self.status_title = ClampedLabel("statusTitle", 2)
        # One pre-wrapped label per fact (service, status, step, due date): their height is exact.
        self.status_lines = [ClampedLabel("statusText", 3) for _ in range(STATUS_LINES)]
        self.status_answer = ""
        self.status_back_button = QPushButton(self.tr("Kembali"))
        self.status_back_button.setObjectName("kioskBack")
        self.status_back_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(40, 28, 40, 28)
        card_layout.setSpacing(14)
        for widget in (title, hint):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            card_layout.addWidget(widget)
        card_layout.addLayout(row)
        card_layout.addSpacing(8)
        card_layout.addWidget(self.status_title)
        for line in self.status_lines:
            card_layout.addWidget(line)
        card_layout.addSpacing(8)
        card_layout.addWidget(self.status_back_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.addStretch(1)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return page

    def _build_survey_page(self) -> QWidget:
        if self._survey is None:
            return QWidget()
        self.survey_form = SurveyForm(survey_service=self._survey, runner=self._runner)
        return self.survey_form

    def _connect_signals(self) -> None:
        self.priority_toggle.toggled.connect(self._on_priority_toggle_toggled)
        self.survey_button.clicked.connect(self.show_survey_page)
        if self.survey_form is not None:
            self.survey_form.finished.connect(self.return_to_start)
        self.status_button.clicked.connect(self.show_status_page)
        self.status_input.returnPressed.connect(self._on_status_input_return_pressed)
        self.status_search_button.clicked.connect(self._on_status_input_return_pressed)
        self.status_back_button.clicked.connect(self.return_to_start)
        self.done_button.clicked.connect(self.return_to_start)
        self.problem_button.clicked.connect(self.return_to_start)
        self._clock_timer.timeout.connect(self._update_clock)
        self._refresh_timer.timeout.connect(self._load_menu)
        self._idle_timer.timeout.connect(self._on_idle_timer_timeout)
        self._return_timer.timeout.connect(self.return_to_start)
        if self._changes is not None:
            self._changes.changes_published.connect(self._on_changes_published)
        app = QApplication.instance()
        if app is not None:
            # Any touch anywhere counts as activity (the buttons would otherwise swallow it).
            app.installEventFilter(self)

    def _load(self) -> None:
        self._clock_timer.start()
        self._refresh_timer.start()
        self._runner.run(self._queue.settings, self._on_settings_loaded, self._on_settings_failed)
        self._load_menu()

    # ---- public ---------------------------------------------------------------------------------

    @property
    def page(self) -> Page:
        """The page showing now."""
        current = self.pages.currentWidget()
        return next(p for p, w in self._page_widgets.items() if w is current)

    def service_button(self, code: str) -> ServiceButton:
        """The button of the service with this code (tests and screenshots)."""
        for button in self._buttons.values():
            if button.service.code == code:
                return button
        raise KeyError(code)

    def bidang_titles(self) -> list[str]:
        """The group headings shown, in order."""
        return [w.text() for w in self.menu_content.findChildren(QLabel, "bidangTitle")]

    def set_idle_seconds(self, seconds: float) -> None:
        """Return to the start screen after this many seconds without a touch (the office setting)."""
        self.idle_seconds = seconds
        self._restart_idle()

    @Slot()
    def return_to_start(self) -> None:
        """Back to the start screen, priority off, list at the top (after a ticket, a message or idle time)."""
        if self._issuing:
            return
        self._return_timer.stop()
        self.priority_toggle.setChecked(False)
        if self.survey_form is not None:
            self.survey_form.reset()
        self.menu_scroll.verticalScrollBar().setValue(0)
        self.pages.setCurrentWidget(self._page_widgets[Page.START])
        self._restart_idle()
        self.returned_to_start.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """QObject.eventFilter: every touch, click or key restarts the idle time."""
        if event.type() in INPUT_EVENTS:
            self._restart_idle()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        """QWidget.closeEvent: stop the timers and stop watching input; late task results are dropped."""
        self._closed = True
        for timer in (self._clock_timer, self._refresh_timer, self._idle_timer, self._return_timer):
            timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self._changes is not None:
            self._changes.changes_published.disconnect(self._on_changes_published)
            self._changes = None
        super().closeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """QWidget.resizeEvent: more columns of buttons on a wider screen."""
        super().resizeEvent(event)
        if self._buttons and self._column_count() != self._columns:
            self._rebuild_menu()

    # ---- menu -----------------------------------------------------------------------------------

    @Slot()
    def _load_menu(self) -> None:
        if self._menu_loading:
            self._menu_stale = True
            return
        self._menu_loading = True
        self._runner.run(self._queue.kiosk_menu, self._on_menu_loaded, self._on_menu_failed)

    def _on_menu_loaded(self, menu: list[KioskService]) -> None:
        if self._closed:
            return
        self._menu_loading = False
        self.notice.hide()
        same_shape = [(s.id, s.bidang) for s in menu] == [(s.id, s.bidang) for s in self._menu]
        self._menu = menu
        if same_shape and self._buttons:
            for service in menu:
                self._buttons[service.id].set_service(service)
        else:
            self._rebuild_menu()
        if not menu:
            self._show_notice(self.tr("Belum ada layanan yang dibuka di kios ini. Silakan tanya petugas."))
        self.menu_loaded.emit()
        if self._menu_stale:
            self._menu_stale = False
            self._load_menu()

    def _on_menu_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self._menu_loading = False
        self._menu_stale = False
        log.warning("kiosk menu not loaded: %s", exc, exc_info=not isinstance(exc, UserError))
        self._show_notice(self.tr("Layanan antrean sedang terganggu. Silakan tanya petugas."))

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _column_count(self) -> int:
        width = self.width() - 56
        return max(1, min(MAX_COLUMNS, width // MIN_COLUMN_WIDTH))

    def _rebuild_menu(self) -> None:
        while (item := self.menu_layout.takeAt(0)) is not None:  # None once the layout is empty
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self._buttons.clear()
        self._columns = self._column_count()
        groups: dict[str, list[KioskService]] = {}
        for service in self._menu:
            groups.setdefault(service.bidang or self.tr("Layanan"), []).append(service)
        shares = share_columns([len(g) for g in groups.values()], self._columns)
        if shares is None:
            # Too narrow for the bidang side by side: one under the other, each across the full width.
            for bidang, services in groups.items():
                self.menu_layout.addWidget(self._section(bidang, services, self._columns, rows=None))
        else:
            rows = max(-(-len(g) // c) for g, c in zip(groups.values(), shares, strict=True))
            row = QHBoxLayout()
            row.setSpacing(24)
            for (bidang, services), columns in zip(groups.items(), shares, strict=True):
                row.addWidget(self._section(bidang, services, columns, rows=rows), columns)
            self.menu_layout.addLayout(row, 1)
        self.menu_layout.addStretch(0 if shares is not None else 1)

    def _section(self, bidang: str, services: list[KioskService], columns: int, rows: int | None) -> QWidget:
        """One bidang: its heading over a grid of buttons (``rows`` equal rows, so all bidang line up)."""
        section = QWidget()
        section.setObjectName("bidangSection")
        grid = QGridLayout(section)
        grid.setContentsMargins(0, 0, 0, 6)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        grid.addWidget(_label(bidang, "bidangTitle"), 0, 0, 1, columns)
        priority = self.priority_toggle.isChecked()
        for i, service in enumerate(services):
            button = ServiceButton(service)
            button.set_priority_mode(priority)
            button.service_chosen.connect(self._on_service_chosen)
            self._buttons[service.id] = button
            grid.addWidget(button, 1 + i // columns, i % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        for r in range(1, 1 + (rows or 0)):
            grid.setRowStretch(r, 1)
        if rows:
            grid.setRowStretch(1 + rows, 0)
        return section

    # ---- settings and changes -------------------------------------------------------------------

    def _on_settings_loaded(self, settings: QueueSettings) -> None:
        if self._closed:
            return
        self.set_idle_seconds(settings.kiosk_idle_seconds)

    def _on_settings_failed(self, exc: BaseException) -> None:
        log.warning("kiosk settings not loaded, keeping %d s idle time: %s", self.idle_seconds, exc)

    @Slot(object)
    def _on_changes_published(self, changes: Changes) -> None:
        if changes.settings:
            self._runner.run(self._queue.settings, self._on_settings_loaded, self._on_settings_failed)
        if changes.tickets or changes.catalogue or changes.counters or changes.settings:
            self._load_menu()

    # ---- the tap --------------------------------------------------------------------------------

    @Slot(bool)
    def _on_priority_toggle_toggled(self, on: bool) -> None:
        self.priority_toggle.setText(PRIORITY_ON_LABEL if on else PRIORITY_LABEL)
        self._show_prompt(priority=on)
        for button in self._buttons.values():
            button.set_priority_mode(on)

    def _show_prompt(self, *, priority: bool) -> None:
        # In place of the usual prompt, so the buttons keep their room.
        if priority:
            self.prompt.setText(self.tr("Nomor prioritas: sekarang ketuk layanannya"))
            self.hint.setText(self.tr("Untuk lansia, penyandang disabilitas dan ibu hamil."))
        else:
            self.prompt.setText(self.tr("Silakan pilih layanan"))
            self.hint.setText(self.tr("Ketuk layanan yang Anda perlukan untuk mengambil nomor antrean."))
        self.prompt.setProperty("priority", priority)
        _repolish(self.prompt)

    @Slot(object)
    def _on_service_chosen(self, service: KioskService) -> None:
        if self._issuing or self.page is not Page.START:
            return
        self._issuing = True
        priority = self.priority_toggle.isChecked()
        self.pages.setCurrentWidget(self._page_widgets[Page.BUSY])
        queue, print_slip = self._queue, self._print_slip
        self._runner.run(
            lambda: issue_and_print(queue, print_slip, service.id, priority=priority),
            self._on_issue_done,
            self._on_issue_failed,
        )

    def _on_issue_done(self, outcome: KioskOutcome) -> None:
        if self._closed:
            return
        self._issuing = False
        self.priority_toggle.setChecked(False)
        slip = outcome.slip
        if not outcome.printed:
            self._show_problem(self.tr("Maaf"), self.tr(PRINT_FAILED_TEXT))
            self.ticket_failed.emit(slip)
        elif not outcome.queued:
            self._show_problem(
                self.tr("Maaf, terjadi gangguan"),
                self.tr("Karcis %s sudah tercetak, tetapi belum masuk antrean. Tunjukkan karcis ini kepada petugas.")
                % slip.code,
            )
        else:
            self._show_done(slip)
            self.ticket_issued.emit(slip)
        self._load_menu()

    def _on_issue_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self._issuing = False
        self.priority_toggle.setChecked(False)
        if isinstance(exc, UserError):
            self._show_problem(self.tr("Nomor tidak dapat diambil"), str(exc))
        else:
            # Nobody at a kiosk can act on a crash report: log it for the developers, tell the person plainly.
            log.error("kiosk could not issue a ticket", exc_info=exc)
            self._show_problem(
                self.tr("Maaf, terjadi gangguan"),
                self.tr("Nomor antrean tidak dapat diambil sekarang. Silakan panggil petugas."),
            )
        self._load_menu()

    def _show_done(self, slip: SlipData) -> None:
        self.done_number.setText(slip.code)
        self.done_priority.setVisible(slip.priority)
        self.done_service.set_full_text(plain_title(slip.service_title))
        if slip.waiting_ahead:
            wait = self.tr("Menunggu di depan Anda: %1 orang · perkiraan ± %2 menit")
            wait = wait.replace("%1", str(slip.waiting_ahead)).replace("%2", str(slip.estimated_wait_minutes))
        else:
            wait = self.tr("Tidak ada yang menunggu di depan Anda.")
        self.done_wait.set_full_text(wait)
        self.pages.setCurrentWidget(self._page_widgets[Page.DONE])
        self._return_timer.start(DONE_SECONDS * 1000)

    def _show_problem(self, title: str, text: str) -> None:
        self.problem_title.set_full_text(title)
        self.problem_text.set_full_text(text)
        self.pages.setCurrentWidget(self._page_widgets[Page.PROBLEM])
        self._return_timer.start(PROBLEM_SECONDS * 1000)

    # ---- satisfaction survey --------------------------------------------------------------------

    @Slot()
    def show_survey_page(self) -> None:
        """Open the SKM survey at its first question (the intro is the kiosk button itself)."""
        if self.survey_form is None:
            return
        self._return_timer.stop()
        self.survey_form.reset()
        self.survey_form.start()
        self.pages.setCurrentWidget(self._page_widgets[Page.SURVEY])
        self._restart_idle()

    # ---- status by tracking number ----------------------------------------------------------------

    @Slot()
    def show_status_page(self) -> None:
        """Open the status look-up, empty, with the cursor in the number field (a scanner types there)."""
        if self._issuing or self._applications is None:
            return
        self.status_input.clear()
        self.status_answer = ""
        for widget in (self.status_title, *self.status_lines):
            widget.set_full_text("")
            widget.hide()
        self.pages.setCurrentWidget(self._page_widgets[Page.STATUS])
        self.status_input.setFocus()
        self._restart_idle()

    @Slot()
    def _on_status_input_return_pressed(self) -> None:
        applications = self._applications
        number = self.status_input.text().strip()
        if applications is None or not number:
            return
        self._runner.run(lambda: applications.public_status(number), self._on_status_found, self._on_status_failed)

    def _on_status_found(self, status: PublicStatus) -> None:
        if self._closed:
            return
        lines = [
            self.tr("Layanan: %1").replace("%1", plain_title(status.service_title)),
            self.tr("Status: %1").replace("%1", status.status_label),
        ]
        if status.step_text:
            lines.append(self.tr("Langkah sekarang: %1").replace("%1", status.step_text))
        lines.append(self.tr("Perkiraan selesai: %1").replace("%1", date_time(status.due_at)))
        self._show_status(status.tracking_number, lines, found=True)

    def _on_status_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        if isinstance(exc, UserError):
            text = str(exc)
        else:
            log.error("kiosk status look-up failed", exc_info=exc)
            text = self.tr("Status tidak dapat dicek sekarang. Silakan tanya petugas.")
        self._show_status(self.tr("Nomor tidak ditemukan"), [text], found=False)

    def _show_status(self, title: str, lines: list[str], *, found: bool) -> None:
        self.status_title.set_full_text(title)
        self.status_title.setProperty("found", found)
        self.status_title.show()
        _repolish(self.status_title)
        for n, widget in enumerate(self.status_lines):
            widget.set_full_text(lines[n] if n < len(lines) else "")
            widget.setVisible(n < len(lines))
        self.status_answer = "\n".join([title, *lines])
        self.status_input.selectAll()  # the next scan replaces the number
        self.status_shown.emit(self.status_answer)

    # ---- time -----------------------------------------------------------------------------------

    @Slot()
    def _update_clock(self) -> None:
        now = self._now()
        self.time_label.setText(f"{now.hour:02d}.{now.minute:02d}")
        self.date_label.setText(long_date(now.date()))

    def _restart_idle(self) -> None:
        if self.idle_seconds > 0:
            self._idle_timer.start(round(self.idle_seconds * 1000))

    @Slot()
    def _on_idle_timer_timeout(self) -> None:
        if self._issuing:
            self._restart_idle()
            return
        if (
            self.page is not Page.START
            or self.priority_toggle.isChecked()
            or self.menu_scroll.verticalScrollBar().value()
        ):
            self.return_to_start()
        else:
            self._restart_idle()
