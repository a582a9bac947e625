"""Lapor AK/1: job seekers whose report-back is due or late, recording a report, removing expired cards."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counter_app.changes import Changes
from counter_app.jobseekers import DueReport, JobSeekerService
from counter_app.roles import Permission
from counter_app.ui.common import ScreenDeps
from counter_app.ui.table_models import Column, Index, RowTableModel, read_only_table

LATE_BACKGROUND = QColor("#fde2e1")
LATE_FOREGROUND = QColor("#9b1c1c")
WINDOWS_DAYS = (7, 14, 30, 60)
DEFAULT_WINDOW_DAYS = 14
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _late(d: DueReport) -> str:
    return f"{d.days_late} hari" if d.days_late else "-"


COLUMNS: list[Column[DueReport]] = [
    Column("No. AK/1", lambda d: d.seeker.registration_number),
    Column("Nama", lambda d: d.seeker.name, tooltip=lambda d: d.seeker.name),
    Column("NIK", lambda d: d.seeker.nik),
    Column("Lapor ke-", lambda d: str(d.report_number), align=RIGHT),
    Column("Jatuh tempo", lambda d: f"{d.due_on:%d-%m-%Y}"),
    Column("Terlambat", _late, align=RIGHT),
    Column("Kartu berlaku s.d.", lambda d: f"{d.seeker.valid_until:%d-%m-%Y}"),
]


class DueTableModel(RowTableModel[DueReport]):
    """The report-back list; late rows red."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """QAbstractTableModel.data: the columns' roles plus the late colours."""
        if index.isValid() and 0 <= index.row() < self.rowCount():
            late = self.row_at(index.row()).days_late > 0
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(LATE_BACKGROUND) if late else None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(LATE_FOREGROUND) if late else None
        return super().data(index, role)


class Ak1ReportsScreen(QWidget):
    """Who must report back (lapor) soon and who is late; Catat Lapor and Hapus Kartu Kedaluwarsa.

    Both actions need REGISTER_JOBSEEKERS; without it they are hidden and the screen only reads.
    """

    def __init__(
        self, *, deps: ScreenDeps, jobseekers: JobSeekerService, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__()
        self._deps = deps
        self._jobseekers = jobseekers
        self._today = today
        self._can_register = deps.principal.can(Permission.REGISTER_JOBSEEKERS)
        self._rows: list[DueReport] = []
        self._build_ui()
        self._connect_signals()
        self._load()

    # ---- building -------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Lapor AK/1"))
        title.setObjectName("screenTitle")
        self.remove_expired_button = QPushButton(self.tr("Hapus Kartu Kedaluwarsa"))
        self.remove_expired_button.setObjectName("removeExpired")
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.remove_expired_button)

        self.window_combo = QComboBox()
        self.window_combo.setObjectName("dueWindow")
        for days in WINDOWS_DAYS:
            self.window_combo.addItem(self.tr("Jatuh tempo dalam {0} hari").format(days), days)
        self.window_combo.setCurrentIndex(WINDOWS_DAYS.index(DEFAULT_WINDOW_DAYS))
        self.late_only = QCheckBox(self.tr("Hanya yang terlambat"))
        self.late_only.setObjectName("lateOnly")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Tampilkan:")))
        filters.addWidget(self.window_combo)
        filters.addWidget(self.late_only)
        filters.addStretch(1)

        self.model = DueTableModel(COLUMNS, self)
        self.table = read_only_table("dueTable", self.model, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        hint = QLabel(
            self.tr(
                "Pencari kerja yang belum bekerja wajib lapor setiap 6 bulan sejak kartu dikeluarkan. "
                "Baris merah: sudah lewat jatuh tempo."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        self.report_button = QPushButton(self.tr("Catat Lapor"))
        self.report_button.setObjectName("primaryButton")
        self.report_button.setEnabled(False)
        for button in (self.report_button, self.remove_expired_button):
            button.setVisible(self._can_register)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.report_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def _connect_signals(self) -> None:
        self.window_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.late_only.toggled.connect(self._on_filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.table.doubleClicked.connect(self._on_report_clicked)
        self.report_button.clicked.connect(self._on_report_clicked)
        self.remove_expired_button.clicked.connect(self._on_remove_expired_clicked)
        self._deps.changes.changes_published.connect(self._on_changes_published)

    def _load(self) -> None:
        self._reload()

    # ---- loading --------------------------------------------------------------------------------

    def _reload(self) -> None:
        actor, today, days = self._deps.principal, self._today(), int(self.window_combo.currentData())
        self._deps.runner.run(
            lambda: self._jobseekers.reports_due(actor, today, within_days=days), self._on_rows_loaded
        )

    def _on_rows_loaded(self, rows: list[DueReport]) -> None:
        self._rows = rows
        self._show_rows()

    def _show_rows(self) -> None:
        selected = self._current()
        rows = [r for r in self._rows if r.days_late > 0] if self.late_only.isChecked() else list(self._rows)
        self.model.set_rows(rows)
        late = sum(1 for r in self._rows if r.days_late > 0)
        self.count_label.setText(self.tr("{0} pencari kerja wajib lapor · {1} terlambat").format(len(self._rows), late))
        for n, row in enumerate(rows):
            if selected is not None and row.seeker.id == selected.seeker.id:
                self.table.selectRow(n)
                break
        self._update_actions()

    def _current(self) -> DueReport | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _update_actions(self) -> None:
        self.report_button.setEnabled(self._can_register and self._current() is not None)

    @Slot()
    def _on_table_current_changed(self) -> None:
        self._update_actions()

    @Slot()
    def _on_filter_changed(self) -> None:
        if self.sender() is self.late_only:
            self._show_rows()
        else:
            self._reload()

    # ---- actions --------------------------------------------------------------------------------

    @Slot()
    def _on_report_clicked(self) -> None:
        due = self._current()
        if due is None or not self._can_register:
            return
        today = self._today()
        answer = self._deps.dialogs.ask_report_back(
            self, due.seeker.name, due.report_number, today, min(today, due.seeker.issued_on)
        )
        if answer is None:
            return
        day, note = answer
        actor, seeker_id = self._deps.principal, due.seeker.id
        self.report_button.setEnabled(False)

        def on_done(_: object) -> None:
            self._deps.messages.info(
                self.tr("Lapor ke-{0} {1} tercatat.").format(due.report_number, due.seeker.registration_number)
            )
            self._reload()

        def on_failed(exc: BaseException) -> None:
            self._update_actions()
            self._deps.runner.report(exc)

        self._deps.runner.run(lambda: self._jobseekers.record_report(actor, seeker_id, day, note), on_done, on_failed)

    @Slot()
    def _on_remove_expired_clicked(self) -> None:
        if not self._can_register:
            return
        today = self._today()
        if not self._deps.dialogs.confirm(
            self,
            self.tr("Hapus Kartu Kedaluwarsa"),
            self.tr(
                "Semua kartu AK/1 yang masa berlakunya sudah habis dan belum ditempatkan akan dihapus dari "
                "daftar pencari kerja (tercatat sebagai dihapuskan pada laporan IPK). Lanjutkan?"
            ),
            yes_label=self.tr("Hapus"),
        ):
            return
        actor = self._deps.principal

        def on_done(count: int) -> None:
            if count:
                self._deps.messages.info(self.tr("{0} kartu kedaluwarsa dihapus dari daftar.").format(count))
            else:
                self._deps.messages.info(self.tr("Tidak ada kartu kedaluwarsa."))
            self._reload()

        self._deps.runner.run(lambda: self._jobseekers.remove_expired(actor, today), on_done)

    @Slot(object)
    def _on_changes_published(self, changes: Changes) -> None:
        if changes.jobseekers:
            self._reload()
