"""Surat & Register: the registers by year, letters waiting to be printed, the archived original, print and cancel."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.changes import Changes
from counter_app.letters import DocStatus, IssuedDocument, LetterService, Register, RegisterEntry
from counter_app.roles import Permission
from counter_app.ui.common import ScreenDeps
from counter_app.ui.formatting import date_time
from counter_app.ui.letter_preview import (
    PagePreview,
    PrintLetter,
    PrintOutcome,
    combo_index,
    outcome_text,
    pdf_page_images,
)
from counter_app.ui.letter_preview import print_and_record as print_and_record_letter
from counter_app.ui.table_models import Column, Index, RowTableModel, read_only_table

CANCELLED_FOREGROUND = QColor("#9b1c1c")
CANCELLED_BACKGROUND = QColor("#f3f4f6")
WAITING_BACKGROUND = QColor("#fff1cc")
CENTER = Qt.AlignmentFlag.AlignCenter


def _date(day: dt.date) -> str:
    return f"{day:%d-%m-%Y}"


def _entry_status(e: RegisterEntry) -> str:
    if e.status is DocStatus.CANCELLED:
        return f"Dibatalkan: {e.cancel_reason}" if e.cancel_reason else "Dibatalkan"
    return e.status_label


ENTRY_COLUMNS: list[Column[RegisterEntry]] = [
    Column("Urut", lambda e: str(e.seq), CENTER),
    Column("Nomor", lambda e: e.number),
    Column("Tanggal", lambda e: _date(e.issued_on)),
    Column("Hal", lambda e: e.hal, tooltip=lambda e: f"{e.hal}\nPemohon: {e.applicant_name or '-'}"),
    Column("Status", _entry_status, tooltip=_entry_status),
]


def _last_print(d: IssuedDocument) -> str:
    if not d.prints:
        return "belum dicoba"
    last = d.prints[-1]
    return ("tercetak " if last.ok else "gagal ") + date_time(last.at)


PENDING_COLUMNS: list[Column[IssuedDocument]] = [
    Column("Nomor", lambda d: d.number),
    Column("Tanggal", lambda d: _date(d.issued_on)),
    Column("Templat", lambda d: d.template_name, tooltip=lambda d: d.hal),
    Column("Pemohon", lambda d: d.applicant_name or "-"),
    Column("Permohonan", lambda d: d.tracking_number or "-"),
    Column("Percobaan cetak", _last_print, tooltip=lambda d: d.prints[-1].reason if d.prints else ""),
]


class EntryTableModel(RowTableModel[RegisterEntry]):
    """The register's entries; cancelled numbers stay, in red on grey, waiting ones amber."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """QAbstractTableModel.data: the columns' roles plus the status colours."""
        if index.isValid() and 0 <= index.row() < self.rowCount():
            row = self.row_at(index.row())
            if role == Qt.ItemDataRole.ForegroundRole and row.status is DocStatus.CANCELLED:
                return QBrush(CANCELLED_FOREGROUND)
            if role == Qt.ItemDataRole.BackgroundRole:
                if row.status is DocStatus.CANCELLED:
                    return QBrush(CANCELLED_BACKGROUND)
                if row.status is DocStatus.ISSUED:
                    return QBrush(WAITING_BACKGROUND)
                return None
        return super().data(index, role)


def document_html(d: IssuedDocument) -> str:
    """The facts of an issued document and its print log."""
    status = escape(d.status_label)
    if d.status is DocStatus.CANCELLED:
        status = f"<span style='color:#9b1c1c; font-weight:bold'>{status}</span> ({escape(d.cancel_reason)})"
    head = (
        f"<b>{escape(d.number)}</b> · {escape(d.template_name)} · {_date(d.issued_on)}<br>"
        f"Status: {status} · dicetak {d.printed_count}× · kode {escape(d.verification_code)}"
    )
    if d.tracking_number or d.applicant_name:
        head += f"<br>Permohonan {escape(d.tracking_number or '-')} · {escape(d.applicant_name or '-')}"
    if d.prints:
        log = "; ".join(
            f"{date_time(p.at)} {escape(p.printer or 'printer bawaan')} "
            + ("berhasil" if p.ok else "gagal")
            + (f" ({escape(p.reason)})" if p.reason else "")
            for p in d.prints[-3:]
        )
        head += f"<br><span style='color:#4b5563'>Riwayat cetak: {log}</span>"
    return head


@dataclass(frozen=True)
class _Shown:
    document: IssuedDocument
    pages: list[QImage]


class LettersScreen(QWidget):
    """Registers and the archive; printing and cancelling need ISSUE_DOCUMENTS."""

    def __init__(
        self,
        *,
        deps: ScreenDeps,
        letters: LetterService,
        print_letter: PrintLetter,
        station_printers: Mapping[str, str] | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        """Build the screen.

        Args:
            deps: runner, message bar, dialogs, change signal and the signed-in user.
            letters: registers, issued documents and their archived PDFs.
            print_letter: sends a letter to an OS printer ("" = the default printer); raises PrintError.
            station_printers: this PC's printer per template key ("" key = this PC's default for letters).
            today: the current date (the register year starts there).
        """
        super().__init__()
        self._deps = deps
        self._letters = letters
        self._print_letter = print_letter
        self._station_printers = dict(station_printers or {})
        self._today = today
        self._can_issue = deps.principal.can(Permission.ISSUE_DOCUMENTS)
        self._registers: list[Register] = []
        self._shown: IssuedDocument | None = None
        self._build_ui()
        self._connect_signals()
        self._load()

    # ---- building -------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Surat & Register"))
        title.setObjectName("screenTitle")

        self.register_combo = QComboBox()
        self.register_combo.setObjectName("registerCombo")
        self.register_combo.setMinimumContentsLength(22)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(self._today().year)
        self.export_button = QPushButton(self.tr("Ekspor Excel"))
        self.export_progress = QProgressBar()
        self.export_progress.setRange(0, 0)  # busy: the export is one step of unknown length
        self.export_progress.setMaximumWidth(120)
        self.export_progress.setTextVisible(False)
        self.export_progress.hide()
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Register")))
        choose.addWidget(self.register_combo, 1)
        choose.addWidget(QLabel(self.tr("Tahun")))
        choose.addWidget(self.year_spin)
        choose.addWidget(self.export_progress)
        choose.addWidget(self.export_button)
        self.entry_model = EntryTableModel(ENTRY_COLUMNS, self)
        self.entry_table = read_only_table("registerTable", self.entry_model, 3)
        # Status texts can be long (a cancel reason): a fixed width with the full text as tooltip.
        self.entry_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.entry_table.setColumnWidth(4, 150)
        self.entry_count = QLabel()
        self.entry_count.setObjectName("hint")
        register_tab = QWidget()
        register_layout = QVBoxLayout(register_tab)
        register_layout.addLayout(choose)
        register_layout.addWidget(self.entry_table, 1)
        register_layout.addWidget(self.entry_count)

        self.pending_model: RowTableModel[IssuedDocument] = RowTableModel(PENDING_COLUMNS, self)
        self.pending_table = read_only_table("pendingTable", self.pending_model, 2)
        self.pending_table.setColumnHidden(4, True)  # the tracking number is in the facts above the preview
        pending_hint = QLabel(
            self.tr("Surat yang sudah bernomor tetapi belum tercetak, termasuk yang gagal dicetak. Pilih lalu Cetak.")
        )
        pending_hint.setObjectName("hint")
        pending_hint.setWordWrap(True)
        pending_tab = QWidget()
        pending_layout = QVBoxLayout(pending_tab)
        pending_layout.addWidget(pending_hint)
        pending_layout.addWidget(self.pending_table, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(register_tab, self.tr("Buku Register"))
        self.tabs.addTab(pending_tab, self.tr("Menunggu Cetak"))

        self.facts = QLabel(self.tr("Pilih satu surat untuk melihat naskah aslinya."))
        self.facts.setObjectName("documentFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.preview = PagePreview(self.tr("Naskah asli dari arsip tampil di sini."))
        self.print_button = QPushButton(self.tr("Cetak"))
        self.print_button.setObjectName("primaryButton")
        self.cancel_button = QPushButton(self.tr("Batalkan Nomor"))
        actions = QHBoxLayout()
        for button in (self.print_button, self.cancel_button):
            button.setEnabled(False)
            button.setVisible(self._can_issue)
            actions.addWidget(button)
        actions.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.facts)
        right_layout.addWidget(self.preview, 1)
        right_layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 430])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.register_combo.currentIndexChanged.connect(self._on_register_changed)
        self.year_spin.valueChanged.connect(self._on_register_changed)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.entry_table.selectionModel().currentRowChanged.connect(self._on_entry_current_changed)
        self.pending_table.selectionModel().currentRowChanged.connect(self._on_pending_current_changed)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self._deps.changes.changes_published.connect(self._on_changes_published)

    def _load(self) -> None:
        actor = self._deps.principal
        self._deps.runner.run(lambda: self._letters.registers(actor), self._on_registers_loaded)
        self._load_pending()

    # ---- loading --------------------------------------------------------------------------------

    def _on_registers_loaded(self, registers: list[Register]) -> None:
        self._registers = registers
        current = self.register_combo.currentData()
        self.register_combo.blockSignals(True)
        self.register_combo.clear()
        for r in registers:
            self.register_combo.addItem(r.name if r.active else self.tr("{0} (nonaktif)").format(r.name), r.id)
        self.register_combo.setCurrentIndex(max(0, combo_index(self.register_combo, current)))
        self.register_combo.blockSignals(False)
        self._load_entries()

    def select_register(self, register_id: uuid.UUID, year: int | None = None) -> None:
        """Show one register (and year) as if chosen in the combo boxes."""
        if year is not None:
            self.year_spin.setValue(year)
        self.register_combo.setCurrentIndex(combo_index(self.register_combo, register_id))

    def _load_entries(self) -> None:
        register_id = self.register_combo.currentData()
        if register_id is None:
            self.entry_model.set_rows([])
            self.entry_count.setText(self.tr("Belum ada register. Admin menambahkannya di Profil Kantor."))
            return
        actor, year = self._deps.principal, self.year_spin.value()
        self._deps.runner.run(
            lambda: self._letters.register_entries(actor, register_id, year),
            lambda rows: self._on_entries_loaded(register_id, year, rows),
        )

    def _on_entries_loaded(self, register_id: uuid.UUID, year: int, rows: list[RegisterEntry]) -> None:
        if register_id != self.register_combo.currentData() or year != self.year_spin.value():
            return  # another register or year was chosen meanwhile
        self.entry_model.set_rows(rows)
        cancelled = sum(1 for r in rows if r.status is DocStatus.CANCELLED)
        waiting = sum(1 for r in rows if r.status is DocStatus.ISSUED)
        self.entry_count.setText(
            self.tr("{0} nomor pada {1} · {2} dibatalkan · {3} menunggu dicetak").format(
                len(rows), year, cancelled, waiting
            )
        )
        if self._shown is not None:
            self._reselect(self.entry_table, [r.document_id for r in rows], self._shown.id)

    def _load_pending(self) -> None:
        actor = self._deps.principal
        self._deps.runner.run(lambda: self._letters.pending_prints(actor), self._on_pending_loaded)

    def _on_pending_loaded(self, rows: list[IssuedDocument]) -> None:
        self.pending_model.set_rows(rows)
        self.tabs.setTabText(
            1, self.tr("Menunggu Cetak ({0})").format(len(rows)) if rows else self.tr("Menunggu Cetak")
        )
        if self._shown is not None:
            self._reselect(self.pending_table, [r.id for r in rows], self._shown.id)

    @staticmethod
    def _reselect(table: Any, ids: list[uuid.UUID], wanted: uuid.UUID) -> None:
        if wanted in ids:
            table.blockSignals(True)
            table.selectionModel().blockSignals(True)
            table.selectRow(ids.index(wanted))
            table.selectionModel().blockSignals(False)
            table.blockSignals(False)

    @Slot()
    def _on_register_changed(self) -> None:
        self._load_entries()

    @Slot()
    def _on_entry_current_changed(self) -> None:
        index = self.entry_table.currentIndex()
        if index.isValid():
            self.show_document(self.entry_model.row_at(index.row()).document_id)

    @Slot()
    def _on_pending_current_changed(self) -> None:
        index = self.pending_table.currentIndex()
        if index.isValid():
            self.show_document(self.pending_model.row_at(index.row()).id)

    def show_document(self, document_id: uuid.UUID) -> None:
        """Load one document's facts and its archived PDF into the preview."""
        actor = self._deps.principal

        def fetch() -> _Shown:
            document = self._letters.document(actor, document_id)
            return _Shown(document, pdf_page_images(self._letters.pdf(actor, document_id)))

        self._deps.runner.run(fetch, self._on_document_loaded)

    def _on_document_loaded(self, shown: _Shown) -> None:
        self._shown = shown.document
        self.facts.setText(document_html(shown.document))
        self.preview.show_pages(shown.pages)
        self._update_actions()

    def _update_actions(self) -> None:
        d = self._shown
        open_ = d is not None and d.status is not DocStatus.CANCELLED and self._can_issue
        self.print_button.setEnabled(open_)
        self.print_button.setText(self.tr("Cetak Ulang") if d is not None and d.printed_count else self.tr("Cetak"))
        self.cancel_button.setEnabled(open_)

    # ---- actions --------------------------------------------------------------------------------

    @Slot()
    def _on_export_clicked(self) -> None:
        register_id = self.register_combo.currentData()
        register = next((r for r in self._registers if r.id == register_id), None)
        if register is None:
            self._deps.messages.warning(self.tr("Pilih register yang akan diekspor."))
            return
        year = self.year_spin.value()
        path = self._deps.dialogs.save_file(
            self,
            self.tr("Ekspor Register"),
            f"register-{register.key}-{year}.xlsx",
            self.tr("Buku kerja Excel (*.xlsx)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        actor = self._deps.principal

        def export() -> Path:
            path.write_bytes(self._letters.export_register(actor, register_id, year))
            return path

        def finished() -> None:
            self.export_progress.hide()
            self.export_button.setEnabled(True)

        def on_done(saved: Path) -> None:
            finished()
            self._deps.messages.info(
                self.tr("Register {0} tahun {1} disimpan ke {2}.").format(register.name, year, saved)
            )

        def on_failed(exc: BaseException) -> None:
            finished()
            if isinstance(exc, OSError):
                self._deps.messages.error(
                    self.tr("Berkas {0} tidak dapat ditulis ({1}). Pilih folder lain.").format(path, exc.strerror)
                )
                return
            self._deps.runner.report(exc)

        self.export_button.setEnabled(False)
        self.export_progress.show()
        self._deps.runner.run(export, on_done, on_failed)

    @Slot()
    def _on_print_clicked(self) -> None:
        d = self._shown
        if d is None:
            return
        reason = ""
        if d.printed_count > 0:
            answer = self._deps.dialogs.ask_text(
                self,
                self.tr("Cetak Ulang Surat"),
                self.tr("Surat {0} sudah dicetak {1}×. Tulis alasan cetak ulang (wajib):").format(
                    d.number, d.printed_count
                ),
                required=True,
            )
            if answer is None:
                return
            reason = answer
        self.print_button.setEnabled(False)
        actor, document_id = self._deps.principal, d.id
        printers = dict(self._station_printers)

        def work() -> PrintOutcome:
            return print_and_record_letter(self._letters, actor, document_id, self._print_letter, printers, reason)

        def on_done(outcome: PrintOutcome) -> None:
            if outcome.error:
                self._deps.messages.error(outcome_text(outcome))
            else:
                self._deps.messages.info(outcome_text(outcome))
            self.show_document(outcome.document.id)

        def on_failed(exc: BaseException) -> None:
            self._update_actions()
            self._deps.runner.report(exc)

        self._deps.runner.run(work, on_done, on_failed)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        d = self._shown
        if d is None:
            return
        reason = self._deps.dialogs.ask_text(
            self,
            self.tr("Batalkan Nomor Surat"),
            self.tr(
                "Nomor {0} tetap tercatat di register sebagai dibatalkan dan naskahnya tidak berlaku lagi. "
                "Tulis alasan pembatalan (wajib):"
            ).format(d.number),
            required=True,
        )
        if reason is None:
            return
        actor, document_id = self._deps.principal, d.id

        def on_done(document: IssuedDocument) -> None:
            self._deps.messages.info(self.tr("Nomor {0} dibatalkan.").format(document.number))
            self.show_document(document.id)

        self._deps.runner.run(lambda: self._letters.cancel(actor, document_id, reason), on_done)

    @Slot(object)
    def _on_changes_published(self, changes: Changes) -> None:
        if changes.office:
            self._deps.runner.run(lambda: self._letters.registers(self._deps.principal), self._on_registers_loaded)
        if changes.documents:
            self._load_entries()
            self._load_pending()
