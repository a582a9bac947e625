"""Pengaturan Antrean: opening hours, the priority rule, announcements, slips, days off and per-service rules."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QDate, Qt, QTime, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.calendar import OfficeHours, hhmm
from counter_app.changes import Changes
from counter_app.errors import UserError
from counter_app.tickets import PriorityMode, QueueService, QueueSettings, ServiceRules
from counter_app.ui import formatting
from counter_app.ui.common import ScreenDeps
from counter_app.ui.table_models import Column, RowTableModel, read_only_table

CENTER = Qt.AlignmentFlag.AlignCenter
SLIP_WIDTHS = (58, 80)
_TIME_TEXT = re.compile(r"^\s*(\d{1,2})[.:](\d{2})\s*$")


@dataclass(frozen=True)
class DayOff:
    """A row of the local days-off table."""

    day: dt.date
    name: str


def quota_text(quota: int | None) -> str:
    """'50', or 'tanpa batas'."""
    return "tanpa batas" if quota is None else str(quota)


def parse_quota(text: str) -> int | None:
    """The daily quota typed by the Admin: blank is no limit; raises UserError for anything but a number."""
    text = text.strip()
    if not text:
        return None
    if not text.isdigit():
        raise UserError("Kuota harian diisi angka (misalnya 50), atau dikosongkan untuk tanpa batas.")
    return int(text)


def parse_cutoff(text: str) -> dt.time | None:
    """The ticket cut-off typed as '14.00' or '14:00': blank is none; raises UserError when it is not a time."""
    text = text.strip()
    if not text:
        return None
    match = _TIME_TEXT.match(text)
    if match is None or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise UserError("Batas ambil nomor diisi jam seperti 14.00, atau dikosongkan bila tanpa batas.")
    return dt.time(int(match.group(1)), int(match.group(2)))


RULE_COLUMNS: list[Column[ServiceRules]] = [
    Column("Kode", lambda r: r.code),
    Column(
        "Layanan",
        lambda r: r.title if r.active else f"{r.title} (nonaktif)",
        tooltip=lambda r: r.title,
    ),
    Column("Kuota/hari", lambda r: quota_text(r.daily_quota), CENTER),
    Column("Batas ambil", lambda r: hhmm(r.cutoff_time) if r.cutoff_time else "-", CENTER),
    Column("Menit", lambda r: str(r.avg_service_minutes), CENTER),
]
DAY_OFF_COLUMNS: list[Column[DayOff]] = [
    Column("Tanggal", lambda d: formatting.long_date(d.day)),
    Column("Keterangan", lambda d: d.name, tooltip=lambda d: d.name),
]


@dataclass(frozen=True)
class _Loaded:
    settings: QueueSettings
    days_off: dict[dt.date, str]
    rules: list[ServiceRules]


def _qtime(t: dt.time) -> QTime:
    return QTime(t.hour, t.minute)


def _pytime(t: QTime) -> dt.time:
    return dt.time(t.hour(), t.minute())


class QueueSettingsScreen(QWidget):
    """The Admin's queue settings; every part saves on its own button, bad input stays typed."""

    def __init__(self, *, deps: ScreenDeps, queue: QueueService, today: Callable[[], dt.date]) -> None:
        """Build the screen.

        Args:
            deps: runner, message bar, dialogs, change signal and the signed-in Admin.
            queue: reads and stores the queue settings, days off and service rules.
            today: the current date (the day-off picker starts there).
        """
        super().__init__()
        self._deps = deps
        self._queue = queue
        self._today = today
        self._loaded: QueueSettings | None = None
        self._restoring = False  # re-selecting the rules row after a reload must not refill the editor
        self._build_ui()
        self._connect_signals()
        self._load()

    # --- building ------------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Pengaturan Antrean"))
        title.setObjectName("screenTitle")
        left = QVBoxLayout()
        left.addWidget(self._build_hours_box())
        left.addWidget(self._build_rules_box())
        self.save_button = QPushButton(self.tr("Simpan Pengaturan"))
        self.save_button.setObjectName("primaryButton")
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        left.addLayout(save_row)
        left.addWidget(self._build_days_off_box(), 1)
        right = QVBoxLayout()
        right.addWidget(self._build_service_box(), 1)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(16, 12, 16, 12)
        content_layout.addWidget(title)
        content_layout.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    @staticmethod
    def _time_edit(name: str) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat("HH.mm")
        edit.setMinimumWidth(90)
        return edit

    def _build_hours_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Jam layanan"))
        self.open_edit = self._time_edit("openTime")
        self.close_edit = self._time_edit("closeTime")
        self.break_start_edit = self._time_edit("breakStart")
        self.break_end_edit = self._time_edit("breakEnd")
        self.friday_close_edit = self._time_edit("fridayClose")
        self.friday_break_start_edit = self._time_edit("fridayBreakStart")
        self.friday_break_end_edit = self._time_edit("fridayBreakEnd")
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        for column, text in ((1, self.tr("Senin-Kamis")), (4, self.tr("Jumat"))):
            header = QLabel(text)
            header.setObjectName("columnHeader")
            grid.addWidget(header, 0, column, 1, 3)
        grid.addWidget(QLabel(self.tr("Buka")), 1, 0)
        grid.addWidget(self.open_edit, 1, 1)
        same = QLabel(self.tr("sama"))
        same.setObjectName("footnote")
        grid.addWidget(same, 1, 4)
        grid.addWidget(QLabel(self.tr("Tutup")), 2, 0)
        grid.addWidget(self.close_edit, 2, 1)
        grid.addWidget(self.friday_close_edit, 2, 4)
        grid.addWidget(QLabel(self.tr("Istirahat")), 3, 0)
        for column, (start_edit, end_edit) in (
            (1, (self.break_start_edit, self.break_end_edit)),
            (4, (self.friday_break_start_edit, self.friday_break_end_edit)),
        ):
            grid.addWidget(start_edit, 3, column)
            grid.addWidget(QLabel("–"), 3, column + 1, CENTER)
            grid.addWidget(end_edit, 3, column + 2)
        grid.setColumnMinimumWidth(3, 16)
        self.friday_break_start_edit.setToolTip(self.tr("Istirahat salat Jumat"))
        grid.setColumnStretch(7, 1)
        return box

    def _build_rules_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Aturan antrean"))
        self.priority_first_radio = QRadioButton(self.tr("Prioritas selalu didahulukan"))
        self.priority_alternate_radio = QRadioButton(self.tr("Satu prioritas setelah"))
        group = QButtonGroup(self)
        group.addButton(self.priority_first_radio)
        group.addButton(self.priority_alternate_radio)
        self.priority_every_spin = QSpinBox()
        self.priority_every_spin.setRange(1, 20)
        self.priority_every_spin.setSuffix(self.tr(" nomor biasa"))
        self.priority_every_spin.setMinimumWidth(130)
        alternate = QHBoxLayout()
        alternate.addWidget(self.priority_alternate_radio)
        alternate.addWidget(self.priority_every_spin)
        alternate.addStretch(1)
        priority = QVBoxLayout()
        priority.setSpacing(4)
        priority.addWidget(self.priority_first_radio)
        priority.addLayout(alternate)
        priority_note = QLabel(self.tr("Prioritas: lansia, penyandang disabilitas, ibu hamil."))
        priority_note.setObjectName("footnote")
        priority.addWidget(priority_note)

        self.repeat_spin = QSpinBox()
        self.repeat_spin.setRange(1, 5)
        self.repeat_spin.setSuffix(self.tr(" kali"))
        self.running_text_edit = QLineEdit()
        self.running_text_edit.setMaxLength(500)
        self.slip_width_combo = QComboBox()
        for width in SLIP_WIDTHS:
            self.slip_width_combo.addItem(self.tr("{0} mm").format(width), width)
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(10, 600)
        self.idle_spin.setSingleStep(5)
        self.idle_spin.setPrefix(self.tr("setelah "))
        self.idle_spin.setSuffix(self.tr(" detik"))
        self.idle_spin.setToolTip(self.tr("Bila layar kios tidak disentuh selama itu, kios kembali ke daftar layanan"))
        self.repeat_spin.setMinimumWidth(110)
        self.idle_spin.setMinimumWidth(150)

        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Urutan panggil"), priority)
        form.addRow(self.tr("Pengumuman diulang"), self._left(self.repeat_spin))
        form.addRow(self.tr("Teks berjalan"), self.running_text_edit)
        form.addRow(self.tr("Lebar karcis"), self._left(self.slip_width_combo))
        form.addRow(self.tr("Kios kembali ke awal"), self._left(self.idle_spin))
        return box

    @staticmethod
    def _left(widget: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(widget)
        row.addStretch(1)
        return row

    def _build_days_off_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Hari libur kantor"))
        # No word wrap on this screen's labels: wrapped labels make the scroll area size by preferred heights.
        note = QLabel(self.tr("Libur nasional dan cuti bersama sudah otomatis."))
        note.setObjectName("footnote")
        self.days_off_model: RowTableModel[DayOff] = RowTableModel(DAY_OFF_COLUMNS, self)
        self.days_off_table = read_only_table("daysOffTable", self.days_off_model, 1)
        self.days_off_table.setMinimumHeight(80)
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd/MM/yyyy")
        self.day_edit.setMinimumWidth(120)
        today = self._today()
        self.day_edit.setDate(QDate(today.year, today.month, today.day))
        self.day_name_edit = QLineEdit()
        self.day_name_edit.setMaxLength(200)
        self.day_name_edit.setPlaceholderText(self.tr("Keterangan, misalnya Hari Jadi Kabupaten Mojokerto"))
        self.add_day_button = QPushButton(self.tr("Tambah"))
        self.add_day_button.setToolTip(self.tr("Langsung tersimpan; kios tutup pada hari itu"))
        self.remove_day_button = QPushButton(self.tr("Hapus"))
        self.remove_day_button.setToolTip(self.tr("Langsung tersimpan; kios melayani lagi pada hari itu"))
        self.remove_day_button.setEnabled(False)
        entry = QHBoxLayout()
        entry.addWidget(self.day_edit)
        entry.addWidget(self.day_name_edit, 1)
        entry.addWidget(self.add_day_button)
        entry.addWidget(self.remove_day_button)
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addWidget(self.days_off_table, 1)
        layout.addLayout(entry)
        return box

    def _build_service_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Aturan per layanan publik"))
        self.rules_model: RowTableModel[ServiceRules] = RowTableModel(RULE_COLUMNS, self)
        self.rules_table = read_only_table("serviceRulesTable", self.rules_model, 1)
        self.rule_title = QLabel(self.tr("Pilih layanan di tabel untuk mengubah aturannya."))
        # Long titles must not widen the column; the full title is in the tooltip.
        self.rule_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.quota_edit = QLineEdit()
        self.quota_edit.setPlaceholderText(self.tr("kosong = tanpa batas"))
        self.cutoff_edit = QLineEdit()
        self.cutoff_edit.setPlaceholderText(self.tr("mis. 14.00; kosong = sampai tutup"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, 240)
        self.minutes_spin.setSuffix(self.tr(" menit"))
        self.minutes_spin.setMinimumWidth(110)
        self.minutes_spin.setToolTip(self.tr("Perkiraan menit per layanan, untuk perkiraan waktu tunggu di karcis"))
        self.save_rule_button = QPushButton(self.tr("Simpan Aturan Layanan"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.addWidget(QLabel(self.tr("Kuota harian")), 0, 0)
        grid.addWidget(self.quota_edit, 0, 1)
        grid.addWidget(QLabel(self.tr("Batas ambil nomor")), 0, 2)
        grid.addWidget(self.cutoff_edit, 0, 3)
        grid.addWidget(QLabel(self.tr("Lama layanan")), 1, 0)
        grid.addWidget(self.minutes_spin, 1, 1)
        grid.addWidget(self.save_rule_button, 2, 0, 1, 4, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.rule_editor = QWidget()
        editor = QVBoxLayout(self.rule_editor)
        editor.setContentsMargins(0, 0, 0, 0)
        editor.addWidget(self.rule_title)
        editor.addLayout(grid)
        self.rule_editor.setEnabled(False)
        layout = QVBoxLayout(box)
        layout.addWidget(self.rules_table, 1)
        layout.addWidget(self.rule_editor)
        return box

    def _connect_signals(self) -> None:
        self.priority_alternate_radio.toggled.connect(self.priority_every_spin.setEnabled)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.add_day_button.clicked.connect(self._on_add_day_clicked)
        self.remove_day_button.clicked.connect(self._on_remove_day_clicked)
        self.days_off_table.selectionModel().selectionChanged.connect(self._on_days_off_selection_changed)
        self.rules_table.selectionModel().currentRowChanged.connect(self._on_rules_current_changed)
        self.save_rule_button.clicked.connect(self._on_save_rule_clicked)
        self._deps.changes.changes_published.connect(self._on_changes_published)

    # --- loading -------------------------------------------------------------------------------------

    def _load(self) -> None:
        actor = self._deps.principal

        def fetch() -> _Loaded:
            return _Loaded(self._queue.settings(), self._queue.days_off(), self._queue.service_rules(actor))

        self._deps.runner.run(fetch, self._on_loaded)

    def _on_loaded(self, loaded: _Loaded) -> None:
        # What the Admin typed and did not save yet survives a reload caused by another change.
        if self._loaded is None or not self._settings_dirty():
            self._fill_settings(loaded.settings)
        self._loaded = loaded.settings
        self.days_off_model.set_rows([DayOff(d, n) for d, n in sorted(loaded.days_off.items())])
        self._on_days_off_selection_changed()
        selected = self._selected_rule()
        keep_editor = selected is not None and self._rule_dirty(selected)
        self.rules_model.set_rows(loaded.rules)
        if selected is not None:
            row = next((i for i, r in enumerate(loaded.rules) if r.service_id == selected.service_id), -1)
            if row >= 0:
                self._restoring = True
                try:
                    self.rules_table.selectRow(row)
                finally:
                    self._restoring = False
                if not keep_editor:
                    self._fill_rule(loaded.rules[row])

    def _fill_settings(self, s: QueueSettings) -> None:
        h = s.hours
        self.open_edit.setTime(_qtime(h.open_time))
        self.close_edit.setTime(_qtime(h.close_time))
        self.break_start_edit.setTime(_qtime(h.break_start))
        self.break_end_edit.setTime(_qtime(h.break_end))
        self.friday_close_edit.setTime(_qtime(h.friday_close_time))
        self.friday_break_start_edit.setTime(_qtime(h.friday_break_start))
        self.friday_break_end_edit.setTime(_qtime(h.friday_break_end))
        first = s.priority_mode is PriorityMode.FIRST
        self.priority_first_radio.setChecked(first)
        self.priority_alternate_radio.setChecked(not first)
        self.priority_every_spin.setValue(s.priority_every)
        self.priority_every_spin.setEnabled(not first)
        self.repeat_spin.setValue(s.announce_repeat)
        self.running_text_edit.setText(s.running_text)
        self.running_text_edit.setCursorPosition(0)
        self.slip_width_combo.setCurrentIndex(max(0, self.slip_width_combo.findData(s.slip_width_mm)))
        self.idle_spin.setValue(s.kiosk_idle_seconds)

    def form_settings(self) -> QueueSettings:
        """The settings as typed in the form."""
        hours = OfficeHours(
            open_time=_pytime(self.open_edit.time()),
            close_time=_pytime(self.close_edit.time()),
            break_start=_pytime(self.break_start_edit.time()),
            break_end=_pytime(self.break_end_edit.time()),
            friday_close_time=_pytime(self.friday_close_edit.time()),
            friday_break_start=_pytime(self.friday_break_start_edit.time()),
            friday_break_end=_pytime(self.friday_break_end_edit.time()),
        )
        mode = PriorityMode.ALTERNATE if self.priority_alternate_radio.isChecked() else PriorityMode.FIRST
        return QueueSettings(
            hours=hours,
            priority_mode=mode,
            priority_every=self.priority_every_spin.value(),
            announce_repeat=self.repeat_spin.value(),
            running_text=self.running_text_edit.text().strip(),
            kiosk_idle_seconds=self.idle_spin.value(),
            slip_width_mm=int(self.slip_width_combo.currentData()),
        )

    def _settings_dirty(self) -> bool:
        return self._loaded is not None and self.form_settings() != self._loaded

    # --- per-service rules ---------------------------------------------------------------------------

    def _selected_rule(self) -> ServiceRules | None:
        index = self.rules_table.currentIndex()
        return self.rules_model.row_at(index.row()) if index.isValid() else None

    def _fill_rule(self, rule: ServiceRules) -> None:
        self.rule_title.setText(f"<b>{escape(rule.code)}</b> · {escape(rule.title)}")
        self.rule_title.setToolTip(rule.title)
        self.quota_edit.setText("" if rule.daily_quota is None else str(rule.daily_quota))
        self.cutoff_edit.setText(hhmm(rule.cutoff_time) if rule.cutoff_time else "")
        self.minutes_spin.setValue(rule.avg_service_minutes)
        self.rule_editor.setEnabled(True)

    def _rule_dirty(self, rule: ServiceRules) -> bool:
        return (
            self.quota_edit.text().strip() != ("" if rule.daily_quota is None else str(rule.daily_quota))
            or self.cutoff_edit.text().strip() != (hhmm(rule.cutoff_time) if rule.cutoff_time else "")
            or self.minutes_spin.value() != rule.avg_service_minutes
        )

    def select_service(self, service_id: uuid.UUID) -> None:
        """Select a service's row in the rules table (and show its rules in the editor)."""
        for row, rule in enumerate(self.rules_model.rows):
            if rule.service_id == service_id:
                self.rules_table.setCurrentIndex(self.rules_model.index(row, 0))
                return

    @Slot()
    def _on_rules_current_changed(self) -> None:
        rule = self._selected_rule()
        if rule is not None and not self._restoring:
            self._fill_rule(rule)

    @Slot()
    def _on_save_rule_clicked(self) -> None:
        rule = self._selected_rule()
        if rule is None:
            return
        try:
            quota = parse_quota(self.quota_edit.text())
            cutoff = parse_cutoff(self.cutoff_edit.text())
        except UserError as exc:
            self._deps.runner.report(exc)
            return
        minutes = self.minutes_spin.value()
        actor = self._deps.principal
        self.save_rule_button.setEnabled(False)

        def save() -> None:
            self._queue.set_service_rules(
                actor, rule.service_id, daily_quota=quota, cutoff_time=cutoff, avg_service_minutes=minutes
            )

        def saved(_result: None) -> None:
            self.save_rule_button.setEnabled(True)
            self._deps.messages.info(self.tr("Aturan layanan {0} disimpan.").format(rule.code))

        self._deps.runner.run(save, saved, self._on_failed)

    # --- settings and days off -----------------------------------------------------------------------

    @Slot()
    def _on_save_clicked(self) -> None:
        settings = self.form_settings()
        actor = self._deps.principal
        self.save_button.setEnabled(False)

        def saved(_result: None) -> None:
            self.save_button.setEnabled(True)
            self._loaded = settings
            self._deps.messages.info(self.tr("Pengaturan antrean disimpan."))

        self._deps.runner.run(lambda: self._queue.save_settings(actor, settings), saved, self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.save_rule_button.setEnabled(True)
        self.add_day_button.setEnabled(True)
        self._on_days_off_selection_changed()
        self._deps.runner.report(exc)  # UserError goes to the message bar; the form keeps what was typed

    @Slot()
    def _on_add_day_clicked(self) -> None:
        q = self.day_edit.date()
        day = dt.date(q.year(), q.month(), q.day())
        name = self.day_name_edit.text()
        actor = self._deps.principal
        self.add_day_button.setEnabled(False)

        def added(_result: None) -> None:
            self.add_day_button.setEnabled(True)
            self.day_name_edit.clear()
            self._deps.messages.info(
                self.tr("{0} dicatat sebagai hari libur kantor.").format(formatting.long_date(day))
            )

        self._deps.runner.run(lambda: self._queue.set_day_off(actor, day, name), added, self._on_failed)

    @Slot()
    def _on_remove_day_clicked(self) -> None:
        index = self.days_off_table.currentIndex()
        if not index.isValid():
            return
        day_off = self.days_off_model.row_at(index.row())
        label = formatting.long_date(day_off.day)
        if not self._deps.dialogs.confirm(
            self,
            self.tr("Hapus hari libur kantor"),
            self.tr("Hapus {0} ({1}) dari hari libur kantor? Kios akan melayani pada hari itu.").format(
                label, day_off.name
            ),
            yes_label=self.tr("Hapus"),
        ):
            return
        actor = self._deps.principal
        self.remove_day_button.setEnabled(False)

        def removed(_result: None) -> None:
            self._deps.messages.info(self.tr("{0} bukan lagi hari libur kantor.").format(label))

        self._deps.runner.run(lambda: self._queue.remove_day_off(actor, day_off.day), removed, self._on_failed)

    @Slot()
    def _on_days_off_selection_changed(self) -> None:
        self.remove_day_button.setEnabled(self.days_off_table.selectionModel().hasSelection())

    @Slot(object)
    def _on_changes_published(self, changes: Changes) -> None:
        if changes.settings or changes.catalogue:
            self._load()
