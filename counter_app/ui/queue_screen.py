"""Antrean Loket: the clerk signs in to a loket, then calls, serves, holds, transfers and reprints tickets."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app.catalogue import CatalogueService, ServiceSummary
from counter_app.changes import Changes
from counter_app.counters import CounterAdminService, CounterInfo
from counter_app.errors import UserError
from counter_app.print import output as print_output
from counter_app.roles import Permission
from counter_app.tickets import CounterBoard, Outcome, QueueService, SlipData, Status, TicketInfo, WaitingCount
from counter_app.ui.common import ScreenDeps
from counter_app.ui.table_models import Column, RowTableModel, read_only_table

log = logging.getLogger(__name__)

CENTER = Qt.AlignmentFlag.AlignCenter
POLL_INTERVAL_MS = 3_000  # other PCs change the queue; the ChangeHub only knows this process
CLOCK_INTERVAL_MS = 1_000

PrintSlip = Callable[[SlipData], None]


def print_to_default_printer(slip: SlipData) -> None:
    """Print a slip on this PC's default printer (raises PrintError, a UserError, when it cannot)."""
    print_output.print_slip(slip, None)


class Action(StrEnum):
    """What the clerk can do with the current ticket; each has a button and a function key."""

    CALL_NEXT = "call_next"
    RECALL = "recall"
    START = "start"
    FINISH = "finish"
    NO_SHOW = "no_show"
    HOLD = "hold"
    TRANSFER = "transfer"
    REPRINT = "reprint"


@dataclass(frozen=True)
class ActionSpec:
    """A button of the counter screen: its label, its key, and the current ticket's states it is valid in.

    ``None`` in ``valid_for`` stands for "no ticket at the loket".
    """

    label: str
    key: Qt.Key
    valid_for: frozenset[Status | None]

    @property
    def key_name(self) -> str:
        """'F2'."""
        return QKeySequence(self.key).toString()


ACTIONS: dict[Action, ActionSpec] = {
    Action.CALL_NEXT: ActionSpec("Panggil Berikutnya", Qt.Key.Key_F2, frozenset({None})),
    Action.RECALL: ActionSpec("Panggil Ulang", Qt.Key.Key_F3, frozenset({Status.CALLED})),
    Action.START: ActionSpec("Mulai Layani", Qt.Key.Key_F4, frozenset({Status.CALLED})),
    Action.FINISH: ActionSpec("Selesai", Qt.Key.Key_F5, frozenset({Status.SERVING})),
    Action.NO_SHOW: ActionSpec("Tidak Hadir", Qt.Key.Key_F6, frozenset({Status.CALLED})),
    Action.HOLD: ActionSpec("Tahan", Qt.Key.Key_F7, frozenset({Status.CALLED, Status.SERVING})),
    Action.TRANSFER: ActionSpec("Alihkan…", Qt.Key.Key_F8, frozenset({Status.CALLED, Status.SERVING})),
    Action.REPRINT: ActionSpec("Cetak Ulang Karcis", Qt.Key.Key_F9, frozenset({Status.CALLED, Status.SERVING})),
}


# The step that usually comes next, drawn as the main button: call, then start serving, then finish.
NEXT_STEP: dict[Status | None, Action] = {
    None: Action.CALL_NEXT,
    Status.CALLED: Action.START,
    Status.SERVING: Action.FINISH,
}


def valid_actions(current: TicketInfo | None) -> set[Action]:
    """The actions whose transition is valid for the loket's current ticket (None: no ticket)."""
    status = current.status if current is not None else None
    return {action for action, spec in ACTIONS.items() if status in spec.valid_for}


def duration_text(seconds: float | None) -> str:
    """'04:09' below an hour, '1:02:03' from an hour on, '–' when there is nothing to time."""
    if seconds is None:
        return "–"
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def waiting_seconds(ticket: TicketInfo, now: dt.datetime) -> float:
    """Since the number was taken, until serving started (runs while the applicant waits)."""
    end = ticket.serving_started_at or now
    return (end - ticket.issued_at).total_seconds()


def serving_seconds(ticket: TicketInfo, now: dt.datetime) -> float | None:
    """Since serving started (None before)."""
    if ticket.serving_started_at is None:
        return None
    return (now - ticket.serving_started_at).total_seconds()


def _hhmm(at: dt.datetime | None) -> str:
    return "" if at is None else at.strftime("%H.%M")


WAITING_COLUMNS: list[Column[WaitingCount]] = [
    Column("Kode", lambda w: w.service_code),
    Column("Layanan", lambda w: w.service_title, tooltip=lambda w: w.service_title),
    Column("Menunggu", lambda w: str(w.waiting), CENTER),
]
HELD_COLUMNS: list[Column[TicketInfo]] = [
    Column("Nomor", lambda t: t.code + (" ★" if t.priority else ""), CENTER),
    Column("Layanan", lambda t: t.service_code, tooltip=lambda t: t.service_title),
    Column("Ambil nomor", lambda t: _hhmm(t.issued_at), CENTER),
]
NO_SHOW_COLUMNS: list[Column[TicketInfo]] = [
    Column("Nomor", lambda t: t.code + (" ★" if t.priority else ""), CENTER),
    Column("Layanan", lambda t: t.service_code, tooltip=lambda t: t.service_title),
    Column("Dipanggil", lambda t: f"{_hhmm(t.called_at)} ({t.call_count}×)", CENTER),
]

# Sizes in points, so the current number reads from across the desk; the app style sets every widget to 10pt.
STYLE = """
#currentCard { background: #ffffff; border: 1px solid #c9d3dd; border-radius: 8px; }
#currentCaption { color: #52606d; font-size: 10pt; }
#currentCode { font-size: 54pt; font-weight: bold; color: #0b4f8a; }
#currentCode[empty="true"] { color: #9aa5b1; }
#currentService { font-size: 12pt; color: #1f2933; }
#statusBadge { font-size: 11pt; font-weight: bold; padding: 3px 10px; border-radius: 10px;
               background: #e4e7eb; color: #1f2933; }
#statusBadge[status="called"] { background: #fff5d6; color: #7c5e10; }
#statusBadge[status="serving"] { background: #e3f4e8; color: #1d6b35; }
#priorityBadge { font-size: 11pt; font-weight: bold; padding: 3px 10px; border-radius: 10px;
                 background: #c2410c; color: #ffffff; }
#timerCaption { color: #52606d; font-size: 10pt; }
#timerValue { font-size: 24pt; font-weight: bold; color: #1f2933; }
#loketLabel { font-size: 11pt; font-weight: bold; color: #1f2933; }
#totalWaiting { font-size: 11pt; color: #1f2933; }
QPushButton#actionButton { font-size: 11pt; padding: 10px 8px; min-height: 26px; }
QPushButton#actionButton[primary="true"] { font-weight: bold; background: #0b4f8a; color: #ffffff;
                                           border-color: #0b4f8a; }
"""


@dataclass(frozen=True)
class TransferTarget:
    """Where the clerk sends a ticket: exactly one of a service or a loket."""

    service_id: uuid.UUID | None = None
    counter_id: uuid.UUID | None = None
    label: str = ""


PickTransfer = Callable[[QWidget, TicketInfo, Sequence[ServiceSummary], Sequence[CounterInfo]], TransferTarget | None]


class TransferDialog(QDialog):
    """Picks another service or another loket for the current ticket; the number stays the same."""

    def __init__(
        self,
        ticket: TicketInfo,
        services: Sequence[ServiceSummary],
        counters: Sequence[CounterInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ticket = ticket
        self.setWindowTitle(self.tr("Alihkan Nomor {0}").format(ticket.code))
        intro = QLabel(
            self.tr("Nomor {0} tetap sama. Pemohon menunggu lagi di tujuan baru menurut waktu ambil nomornya.").format(
                ticket.code
            )
        )
        intro.setWordWrap(True)
        self.to_service = QRadioButton(self.tr("Ke layanan lain"))
        self.to_counter = QRadioButton(self.tr("Ke loket lain"))
        group = QButtonGroup(self)
        group.addButton(self.to_service)
        group.addButton(self.to_counter)
        self.service_combo = QComboBox()
        self.service_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.service_combo.setMinimumContentsLength(48)
        for s in services:
            lokets = ", ".join(str(n) for n in s.counter_numbers) or "-"
            self.service_combo.addItem(f"{s.code} - {s.title} (loket {lokets})", s.id)
            self.service_combo.setItemData(self.service_combo.count() - 1, s.title, Qt.ItemDataRole.ToolTipRole)
        self.counter_combo = QComboBox()
        for c in counters:
            self.counter_combo.addItem(c.name, c.id)
        self.to_service.setEnabled(self.service_combo.count() > 0)
        self.to_counter.setEnabled(self.counter_combo.count() > 0)
        (self.to_service if self.service_combo.count() else self.to_counter).setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Alihkan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        grid = QGridLayout()
        grid.addWidget(self.to_service, 0, 0)
        grid.addWidget(self.service_combo, 0, 1)
        grid.addWidget(self.to_counter, 1, 0)
        grid.addWidget(self.counter_combo, 1, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.to_service.toggled.connect(self._on_choice_toggled)
        self._on_choice_toggled()

    @Slot()
    def _on_choice_toggled(self) -> None:
        self.service_combo.setEnabled(self.to_service.isChecked())
        self.counter_combo.setEnabled(self.to_counter.isChecked())
        self.ok_button.setEnabled(self.to_service.isChecked() or self.to_counter.isChecked())

    def target(self) -> TransferTarget | None:
        """The chosen destination (None when nothing can be chosen)."""
        if self.to_service.isChecked() and self.service_combo.count():
            code = self.service_combo.currentText().split(" - ")[0]
            return TransferTarget(
                service_id=self.service_combo.currentData(), label=self.tr("layanan {0}").format(code)
            )
        if self.to_counter.isChecked() and self.counter_combo.count():
            return TransferTarget(counter_id=self.counter_combo.currentData(), label=self.counter_combo.currentText())
        return None


def ask_transfer_target(
    parent: QWidget, ticket: TicketInfo, services: Sequence[ServiceSummary], counters: Sequence[CounterInfo]
) -> TransferTarget | None:
    """Show the transfer dialog; None when the clerk cancels."""
    dialog = TransferDialog(ticket, services, counters, parent)
    try:
        return dialog.target() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


@dataclass(frozen=True)
class _Lists:
    counters: list[CounterInfo]
    services: list[ServiceSummary]


class QueueScreen(QWidget):
    """The Petugas loket's screen: the current ticket big, its clocks, the actions, the loket's queue.

    Signals:
        intake_requested(object): Buka Berkas (F10) for the current ticket (its TicketInfo).
    """

    intake_requested = Signal(object)

    def __init__(
        self,
        *,
        deps: ScreenDeps,
        queue: QueueService,
        counters: CounterAdminService,
        catalogue: CatalogueService,
        counter_number: int | None,
        now: Callable[[], dt.datetime],
        print_slip: PrintSlip | None = print_to_default_printer,
        pick_transfer: PickTransfer = ask_transfer_target,
        poll_interval_ms: int = POLL_INTERVAL_MS,
    ) -> None:
        """Build the screen.

        Args:
            deps: runner, message bar, dialogs, change signal and the signed-in clerk.
            queue: the queue service (every action goes through it).
            counters: lists the loket for the sign-in combo and the transfer dialog.
            catalogue: lists the services a ticket can be transferred to.
            counter_number: this station's loket, preselected in the combo.
            now: the current time, for the waiting and serving clocks.
            print_slip: sends a slip to this station's ticket printer; None disables Cetak Ulang Karcis.
            pick_transfer: asks where to transfer the current ticket.
            poll_interval_ms: how often the board is read again (changes made on other PCs).
        """
        super().__init__()
        self._deps = deps
        self._queue = queue
        self._counters = counters
        self._catalogue = catalogue
        self._station_counter = counter_number
        self._now = now
        self._print_slip = print_slip
        self._pick_transfer = pick_transfer
        self._counter_id: uuid.UUID | None = None
        self._board: CounterBoard | None = None
        self._current: TicketInfo | None = None
        self._lists = _Lists([], [])
        self._loading = False
        self._reload_pending = False
        self._busy = False
        self._board_failing = False
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(poll_interval_ms)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_INTERVAL_MS)
        self._build_ui()
        self._connect_signals()
        self._load()

    # --- building ------------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setStyleSheet(STYLE)
        title = QLabel(self.tr("Antrean Loket"))
        title.setObjectName("screenTitle")
        self.counter_combo = QComboBox()
        self.counter_combo.setObjectName("loketCombo")
        self.counter_combo.setMinimumWidth(260)
        self.sign_in_button = QPushButton(self.tr("Masuk Loket"))
        self.sign_in_button.setObjectName("primaryButton")
        self.loket_label = QLabel(self.tr("Belum masuk loket"))
        self.loket_label.setObjectName("loketLabel")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.loket_label)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Loket:")))
        top.addWidget(self.counter_combo)
        top.addWidget(self.sign_in_button)

        self.hint = QLabel(
            self.tr("Pilih loket tempat Anda bertugas, lalu tekan Masuk Loket untuk mulai memanggil antrean.")
        )
        self.hint.setWordWrap(True)

        self.board_widget = QWidget()
        lower = QHBoxLayout()
        lower.setSpacing(12)
        lower.addWidget(self._build_waiting_box(), 4)
        lower.addWidget(self._build_held_box(), 3)
        lower.addWidget(self._build_no_show_box(), 3)
        board = QVBoxLayout(self.board_widget)
        board.setContentsMargins(0, 0, 0, 0)
        board.setSpacing(10)
        board.addWidget(self._build_current_card(), 0)
        board.addLayout(lower, 1)
        self.board_widget.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.board_widget, 1)
        layout.addStretch(0)
        self._update_actions()

    def _build_current_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("currentCard")
        caption = QLabel(self.tr("Nomor saat ini"))
        caption.setObjectName("currentCaption")
        self.code_label = QLabel("–")
        self.code_label.setObjectName("currentCode")
        self.priority_badge = QLabel(self.tr("PRIORITAS"))
        self.priority_badge.setObjectName("priorityBadge")
        self.priority_badge.setToolTip(self.tr("Lansia, penyandang disabilitas atau ibu hamil"))
        self.priority_badge.hide()
        self.status_badge = QLabel()
        self.status_badge.setObjectName("statusBadge")
        self.status_badge.hide()
        self.service_label = QLabel(self.tr("Belum ada nomor di loket ini. Tekan Panggil Berikutnya (F2)."))
        self.service_label.setObjectName("currentService")
        self.service_label.setWordWrap(True)

        self.waiting_time = QLabel("–")
        self.waiting_time.setObjectName("timerValue")
        self.serving_time = QLabel("–")
        self.serving_time.setObjectName("timerValue")
        timers = QGridLayout()
        timers.setHorizontalSpacing(36)
        timers.setVerticalSpacing(2)
        for column, (text, tip, value) in enumerate(
            (
                (self.tr("Waktu tunggu"), self.tr("Sejak nomor diambil sampai mulai dilayani"), self.waiting_time),
                (self.tr("Lama dilayani"), self.tr("Sejak Mulai Layani"), self.serving_time),
            )
        ):
            label = QLabel(text)
            label.setObjectName("timerCaption")
            label.setToolTip(tip)
            timers.addWidget(label, 0, column)
            timers.addWidget(value, 1, column)

        code_row = QHBoxLayout()
        code_row.addWidget(self.code_label)
        code_row.addSpacing(12)
        badges = QVBoxLayout()
        badges.addStretch(1)
        badges.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignLeft)
        badges.addWidget(self.priority_badge, 0, Qt.AlignmentFlag.AlignLeft)
        badges.addStretch(1)
        code_row.addLayout(badges)
        code_row.addStretch(1)
        code_row.addLayout(timers)
        code_row.addSpacing(8)

        self.action_buttons: dict[Action, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for i, (action, spec) in enumerate(ACTIONS.items()):
            button = QPushButton(f"{self.tr(spec.label)}  ({spec.key_name})")
            button.setObjectName("actionButton")
            button.setShortcut(QKeySequence(spec.key))
            button.setToolTip(self.tr("Tombol pintas: {0}").format(spec.key_name))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.action_buttons[action] = button
            grid.addWidget(button, i // 4, i % 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self.incomplete_check = QCheckBox(self.tr("Berkas belum lengkap (dicatat saat Selesai)"))
        self.intake_button = QPushButton(self.tr("Buka Berkas (F10)"))
        self.intake_button.setObjectName("intakeButton")
        self.intake_button.setShortcut(QKeySequence(Qt.Key.Key_F10))
        self.intake_button.setToolTip(self.tr("Periksa berkas persyaratan nomor ini di layar Berkas Masuk"))
        self.intake_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.intake_button.setVisible(self._deps.principal.can(Permission.INTAKE))
        self.print_note = QLabel()
        self.print_note.setObjectName("footnote")

        layout = QVBoxLayout(card)
        layout.setContentsMargins(18, 12, 18, 14)
        layout.addWidget(caption)
        layout.addLayout(code_row)
        layout.addWidget(self.service_label)
        layout.addSpacing(10)
        layout.addLayout(grid)
        footer = QHBoxLayout()
        footer.addWidget(self.incomplete_check)
        footer.addSpacing(16)
        footer.addWidget(self.intake_button)
        footer.addStretch(1)
        footer.addWidget(self.print_note)
        layout.addLayout(footer)
        if self._print_slip is None:
            self.print_note.setText(self.tr("Printer karcis belum tersedia di PC ini."))
        return card

    def _build_waiting_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Menunggu di loket ini"))
        self.waiting_model: RowTableModel[WaitingCount] = RowTableModel(WAITING_COLUMNS, self)
        self.waiting_table = read_only_table("waitingTable", self.waiting_model, 1)
        self.waiting_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalWaiting")
        layout = QVBoxLayout(box)
        layout.addWidget(self.waiting_table, 1)
        layout.addWidget(self.total_label)
        return box

    def _build_held_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Ditahan"))
        self.held_model: RowTableModel[TicketInfo] = RowTableModel(HELD_COLUMNS, self)
        self.held_table = read_only_table("heldTable", self.held_model, 1)
        self.resume_button = QPushButton(self.tr("Lanjutkan"))
        self.resume_button.setToolTip(self.tr("Panggil lagi nomor yang ditahan ke loket ini"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.held_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.resume_button)
        layout.addLayout(row)
        return box

    def _build_no_show_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tidak hadir hari ini"))
        self.no_show_model: RowTableModel[TicketInfo] = RowTableModel(NO_SHOW_COLUMNS, self)
        self.no_show_table = read_only_table("noShowTable", self.no_show_model, 1)
        self.reactivate_button = QPushButton(self.tr("Aktifkan Lagi"))
        self.reactivate_button.setToolTip(self.tr("Pemohon datang lagi hari ini: nomornya kembali menunggu"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.no_show_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reactivate_button)
        layout.addLayout(row)
        return box

    def _connect_signals(self) -> None:
        self.sign_in_button.clicked.connect(self._on_sign_in_clicked)
        handlers: dict[Action, Callable[[], None]] = {
            Action.CALL_NEXT: self._call_next,
            Action.RECALL: self._recall,
            Action.START: self._start_serving,
            Action.FINISH: self._finish,
            Action.NO_SHOW: self._no_show,
            Action.HOLD: self._hold,
            Action.TRANSFER: self._transfer,
            Action.REPRINT: self._reprint,
        }
        for action, button in self.action_buttons.items():
            button.clicked.connect(handlers[action])
        self.resume_button.clicked.connect(self._on_resume_clicked)
        self.intake_button.clicked.connect(self._on_intake_button_clicked)
        self.reactivate_button.clicked.connect(self._on_reactivate_clicked)
        self.held_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.no_show_table.selectionModel().selectionChanged.connect(self._update_actions)
        self._poll_timer.timeout.connect(self._on_poll_timer_timeout)
        self._clock_timer.timeout.connect(self._on_clock_timer_timeout)
        self._deps.changes.changes_published.connect(self._on_changes_published)

    # --- loading -------------------------------------------------------------------------------------

    def _load(self) -> None:
        actor = self._deps.principal

        def fetch() -> _Lists:
            return _Lists(self._counters.list_counters(actor), self._catalogue.list_services(actor))

        self._deps.runner.run(fetch, self._on_lists_loaded)

    def _on_lists_loaded(self, lists: _Lists) -> None:
        self._lists = lists
        chosen = self.counter_combo.currentData()
        self.counter_combo.clear()
        for counter in lists.counters:
            if counter.active:
                self.counter_combo.addItem(counter.name, counter.id)
        preferred = chosen or next((c.id for c in lists.counters if c.number == self._station_counter), None)
        index = self.counter_combo.findData(preferred) if preferred is not None else -1
        self.counter_combo.setCurrentIndex(max(index, 0))
        self.sign_in_button.setEnabled(self.counter_combo.count() > 0)
        if not self.counter_combo.count():
            self.hint.setText(self.tr("Belum ada loket aktif. Minta Admin menambahkannya di menu Loket."))

    @property
    def counter_id(self) -> uuid.UUID | None:
        """The loket the clerk signed in to (None before Masuk Loket)."""
        return self._counter_id

    @property
    def current(self) -> TicketInfo | None:
        """The ticket at this loket, as last read."""
        return self._current

    def sign_in(self, counter_id: uuid.UUID) -> None:
        """Take the loket with ``counter_id`` (as Masuk Loket does with the combo's choice)."""
        self._counter_id = counter_id
        self._board = None
        self._show_current(None)
        self.hint.hide()
        self.board_widget.show()
        self._start_timers()
        self.reload()

    def reload(self) -> None:
        """Read the loket's board again (coalesced while a read is running)."""
        counter_id = self._counter_id
        if counter_id is None:
            return
        if self._loading:
            self._reload_pending = True
            return
        self._loading = True
        actor = self._deps.principal
        self._deps.runner.run(
            lambda: self._queue.counter_board(actor, counter_id), self._on_board_loaded, self._on_board_failed
        )

    def _on_board_loaded(self, board: CounterBoard) -> None:
        self._loading = False
        self._board_failing = False
        if board.counter_id == self._counter_id and not self._reload_pending:
            self._show_board(board)
        if self._reload_pending:
            self._reload_pending = False
            self.reload()

    def _on_board_failed(self, exc: BaseException) -> None:
        self._loading = False
        self._reload_pending = False
        if self._board_failing and not isinstance(exc, UserError):
            # A poll that keeps failing (server down) is told once, not every few seconds.
            log.warning("loket board still unreadable: %s", type(exc).__name__)
        else:
            self._deps.runner.report(exc)
        self._board_failing = True

    def _show_board(self, board: CounterBoard) -> None:
        first = self._board is None
        self._board = board
        self.loket_label.setText(self.tr("Bertugas di {0}").format(board.counter_name))
        if self.waiting_model.rows != list(board.waiting):
            self.waiting_model.set_rows(board.waiting)
        total = sum(w.waiting for w in board.waiting)
        self.total_label.setText(self.tr("Jumlah menunggu: {0} orang").format(total))
        self._set_rows_keep_selection(self.held_table, self.held_model, board.held)
        self._set_rows_keep_selection(self.no_show_table, self.no_show_model, board.no_shows)
        self._show_current(board.current)
        if first:
            self._deps.messages.info(self.tr("Anda bertugas di {0}.").format(board.counter_name))

    @staticmethod
    def _set_rows_keep_selection(
        table: QTableView, model: RowTableModel[TicketInfo], rows: Sequence[TicketInfo]
    ) -> None:
        if model.rows == list(rows):
            return  # a poll that found nothing new must not disturb the clerk's selection
        index = table.currentIndex()
        selected = model.row_at(index.row()).id if index.isValid() else None
        model.set_rows(rows)
        ids = [t.id for t in rows]
        if ids:
            row = ids.index(selected) if selected in ids else 0
            table.selectRow(row)

    def _show_current(self, ticket: TicketInfo | None) -> None:
        self._current = ticket
        if ticket is None:
            self.code_label.setText("–")
            self.code_label.setProperty("empty", True)
            self.service_label.setText(self.tr("Belum ada nomor di loket ini. Tekan Panggil Berikutnya (F2)."))
            self.status_badge.hide()
            self.priority_badge.hide()
        else:
            self.code_label.setText(ticket.code)
            self.code_label.setProperty("empty", False)
            self.service_label.setText(f"{ticket.service_code} · {ticket.service_title}")
            self.status_badge.setText(ticket.status_label)
            self.status_badge.setProperty("status", ticket.status.value)
            self.status_badge.show()
            self.priority_badge.setVisible(ticket.priority)
        for label in (self.code_label, self.status_badge):
            label.style().unpolish(label)
            label.style().polish(label)
        self._update_clocks()
        self._update_actions()

    @Slot()
    def _update_actions(self) -> None:
        valid = valid_actions(self._current) if self._counter_id is not None and not self._busy else set()
        if self._print_slip is None:
            valid.discard(Action.REPRINT)
        usual = NEXT_STEP.get(self._current.status if self._current is not None else None)
        for action, button in self.action_buttons.items():
            button.setEnabled(action in valid)
            primary = action is usual and action in valid
            if button.property("primary") != primary:
                button.setProperty("primary", primary)
                button.style().unpolish(button)
                button.style().polish(button)
        serving = self._current is not None and self._current.status is Status.SERVING
        self.incomplete_check.setEnabled(serving and not self._busy)
        self.intake_button.setEnabled(self._current is not None and not self._busy)
        idle = self._counter_id is not None and not self._busy
        self.resume_button.setEnabled(
            idle and self._current is None and self.held_table.selectionModel().hasSelection()
        )
        self.resume_button.setToolTip(
            self.tr("Selesaikan, tahan atau alihkan dulu nomor saat ini")
            if self._current is not None
            else self.tr("Panggil lagi nomor yang ditahan ke loket ini")
        )
        self.reactivate_button.setEnabled(idle and self.no_show_table.selectionModel().hasSelection())

    def _update_clocks(self) -> None:
        ticket = self._current
        if ticket is None:
            self.waiting_time.setText("–")
            self.serving_time.setText("–")
            return
        now = self._now()
        self.waiting_time.setText(duration_text(waiting_seconds(ticket, now)))
        self.serving_time.setText(duration_text(serving_seconds(ticket, now)))

    # --- timers --------------------------------------------------------------------------------------

    def _start_timers(self) -> None:
        if self._counter_id is not None and self.isVisible():
            self._poll_timer.start()
            self._clock_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        """QWidget.showEvent: read the board again and restart the clocks when the clerk comes back."""
        super().showEvent(event)
        if self._counter_id is not None:
            self._start_timers()
            self.reload()

    def hideEvent(self, event: QHideEvent) -> None:
        """QWidget.hideEvent: a hidden screen neither polls nor ticks."""
        super().hideEvent(event)
        self._poll_timer.stop()
        self._clock_timer.stop()

    @Slot()
    def _on_poll_timer_timeout(self) -> None:
        if not self._busy:
            self.reload()

    @Slot()
    def _on_clock_timer_timeout(self) -> None:
        self._update_clocks()

    @Slot(object)
    def _on_changes_published(self, changes: Changes) -> None:
        if changes.counters or changes.catalogue:
            self._load()
        if changes.tickets or changes.counters:
            self.reload()

    @Slot()
    def _on_sign_in_clicked(self) -> None:
        counter_id = self.counter_combo.currentData()
        if counter_id is not None:
            self.sign_in(counter_id)

    # --- actions -------------------------------------------------------------------------------------

    def _run(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Run one change through the runner; the buttons wait for it; errors go to the message bar."""
        self._busy = True
        self._update_actions()

        def succeeded(result: Any) -> None:
            self._busy = False
            on_done(result)
            self._update_actions()
            self.reload()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._update_actions()
            self._deps.runner.report(exc)  # Conflict and other UserErrors: message bar; the board is read again
            self.reload()

        self._deps.runner.run(fn, succeeded, failed)

    def _ticket_action(
        self,
        ticket: TicketInfo | None,
        call: Callable[[uuid.UUID], TicketInfo],
        message: Callable[[str], str],
        *,
        keep_current: bool,
    ) -> None:
        """Run ``call(ticket.id)``; then show the ticket as current (or clear it) and ``message(code)``."""
        if ticket is None:
            return
        ticket_id, code = ticket.id, ticket.code

        def done(info: TicketInfo) -> None:
            if keep_current:
                self._show_current(info)
            elif self._current is not None and self._current.id == ticket_id:
                self._show_current(None)
            self._deps.messages.info(message(code))

        self._run(lambda: call(ticket_id), done)

    @Slot()
    def _call_next(self) -> None:
        counter_id = self._counter_id
        if counter_id is None:
            return
        actor = self._deps.principal

        def done(info: TicketInfo | None) -> None:
            if info is None:
                self._deps.messages.info(self.tr("Tidak ada nomor yang menunggu di loket ini."))
                return
            self._show_current(info)
            self._deps.messages.info(self.tr("Memanggil {0}.").format(info.code))

        self._run(lambda: self._queue.call_next(actor, counter_id), done)

    @Slot()
    def _recall(self) -> None:
        actor = self._deps.principal
        self._ticket_action(
            self._current,
            lambda i: self._queue.recall(actor, i),
            lambda code: self.tr("{0} dipanggil ulang.").format(code),
            keep_current=True,
        )

    @Slot()
    def _start_serving(self) -> None:
        actor = self._deps.principal
        self._ticket_action(
            self._current,
            lambda i: self._queue.start_serving(actor, i),
            lambda code: self.tr("Mulai melayani {0}.").format(code),
            keep_current=True,
        )

    @Slot()
    def _finish(self) -> None:
        actor = self._deps.principal
        incomplete = self.incomplete_check.isChecked()
        outcome = Outcome.INCOMPLETE if incomplete else Outcome.SERVED
        text = self.tr("{0} selesai; dicatat berkas belum lengkap.") if incomplete else self.tr("{0} selesai.")
        self.incomplete_check.setChecked(False)
        self._ticket_action(
            self._current,
            lambda i: self._queue.finish(actor, i, outcome),
            lambda code: text.format(code),
            keep_current=False,
        )

    @Slot()
    def _no_show(self) -> None:
        actor = self._deps.principal
        self._ticket_action(
            self._current,
            lambda i: self._queue.no_show(actor, i),
            lambda code: self.tr("{0} dicatat tidak hadir. Bila datang hari ini, pilih Aktifkan Lagi.").format(code),
            keep_current=False,
        )

    @Slot()
    def _hold(self) -> None:
        actor = self._deps.principal
        self._ticket_action(
            self._current,
            lambda i: self._queue.hold(actor, i),
            lambda code: self.tr("{0} ditahan. Panggil lagi dengan Lanjutkan di daftar Ditahan.").format(code),
            keep_current=False,
        )

    @Slot()
    def _transfer(self) -> None:
        ticket = self._current
        if ticket is None or self._counter_id is None:
            return
        services = [
            s
            for s in self._lists.services
            if s.is_public and s.active and s.ticket_prefix and s.id != ticket.service_id
        ]
        counters = [c for c in self._lists.counters if c.active and c.id != self._counter_id]
        target = self._pick_transfer(self, ticket, services, counters)
        if target is None:
            return
        actor = self._deps.principal
        self._ticket_action(
            ticket,
            lambda i: self._queue.transfer(actor, i, to_service_id=target.service_id, to_counter_id=target.counter_id),
            lambda code: self.tr("{0} dialihkan ke {1}; nomornya tetap.").format(code, target.label),
            keep_current=False,
        )

    @Slot()
    def _reprint(self) -> None:
        ticket, printer = self._current, self._print_slip
        if ticket is None or printer is None:
            return
        actor = self._deps.principal

        def reprint() -> SlipData:
            slip = self._queue.reprint(actor, ticket.id)
            printer(slip)
            return slip

        def done(slip: SlipData) -> None:
            self._deps.messages.info(self.tr("Karcis {0} dicetak ulang.").format(slip.code))

        self._run(reprint, done)

    @Slot()
    def _on_intake_button_clicked(self) -> None:
        if self._current is not None:
            self.intake_requested.emit(self._current)

    @Slot()
    def _on_resume_clicked(self) -> None:
        index = self.held_table.currentIndex()
        if not index.isValid():
            return
        actor = self._deps.principal
        self._ticket_action(
            self.held_model.row_at(index.row()),
            lambda i: self._queue.resume(actor, i),
            lambda code: self.tr("{0} dipanggil lagi ke loket ini.").format(code),
            keep_current=True,
        )

    @Slot()
    def _on_reactivate_clicked(self) -> None:
        index = self.no_show_table.currentIndex()
        if not index.isValid():
            return
        actor = self._deps.principal
        self._ticket_action(
            self.no_show_model.row_at(index.row()),
            lambda i: self._queue.reactivate(actor, i),
            lambda code: self.tr("{0} kembali menunggu dengan nomor dan urutannya.").format(code),
            keep_current=False,
        )
