"""Pencari Kerja (AK/1): search the register, register a new seeker, open a record and act on it."""

from __future__ import annotations

import datetime as dt
import html
import uuid
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app import jobseekers
from counter_app.changes import Changes
from counter_app.drafts import DraftStore
from counter_app.errors import UserError
from counter_app.jobseekers import (
    CardStatus,
    JobSeekerProfile,
    JobSeekerRecord,
    JobSeekerService,
    JobSeekerSummary,
    Placement,
    Registration,
    SearchResult,
)
from counter_app.roles import Permission
from counter_app.ui.common import ScreenDeps
from counter_app.ui.interview_form import AUTOSAVE_MS, InterviewForm
from counter_app.ui.qdates import from_qdate
from counter_app.ui.table_models import Column, RowTableModel, read_only_table

SEARCH_PAGE, NEW_PAGE, DETAIL_PAGE = 0, 1, 2
SEARCH_LIMIT = 50  # rows a search shows; the label says when more match
SEARCH_COUNT_MAX = jobseekers.SEARCH_COUNT_MAX
CUT_STYLE = "color: #8a5a00; font-weight: 600;"


def _date(value: dt.date | None) -> str:
    return f"{value:%d-%m-%Y}" if value else "-"


def _count(value: int) -> str:
    """12345 -> '12.345' (Indonesian thousands separator)."""
    return f"{value:,}".replace(",", ".")


COLUMNS: list[Column[JobSeekerSummary]] = [
    Column("No. AK/1", lambda s: s.registration_number),
    Column("NIK", lambda s: s.nik),
    Column("Nama", lambda s: s.name, tooltip=lambda s: s.name),
    Column("Tgl lahir", lambda s: _date(s.birth_date)),
    Column("L/P", lambda s: s.sex),
    Column("Terbit", lambda s: _date(s.issued_on)),
    Column("Berlaku s.d.", lambda s: _date(s.valid_until)),
    Column("Status", lambda s: jobseekers.STATUS_LABELS[s.status]),
    Column("Lapor", lambda s: str(s.reports_done), align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
    Column("Lapor lagi", lambda s: _date(s.next_report_due)),
]


class JobseekersScreen(QWidget):
    """Search by NIK, AK/1 number or name; Pendaftaran Baru; the record with its actions.

    Reading needs VIEW_JOBSEEKERS; every change needs REGISTER_JOBSEEKERS (the buttons are hidden without it).

    Signals:
        card_print_requested(object): the uuid of the registration whose card should be printed.
    """

    card_print_requested = Signal(object)

    def __init__(
        self,
        *,
        deps: ScreenDeps,
        jobseekers: JobSeekerService,
        drafts: DraftStore,
        today: Callable[[], dt.date] = dt.date.today,
        autosave_ms: int = AUTOSAVE_MS,
    ) -> None:
        super().__init__()
        self._deps = deps
        self._jobseekers = jobseekers
        self._drafts = drafts
        self._today = today
        self._autosave_ms = autosave_ms
        self._can_register = deps.principal.can(Permission.REGISTER_JOBSEEKERS)
        self._query = ""
        self._record: JobSeekerRecord | None = None
        self._build_ui()
        self._connect_signals()
        self._load()

    # ---- building -----------------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.pages = QStackedWidget()
        self.pages.addWidget(self._search_page())
        self.pages.addWidget(self._new_page())
        self.pages.addWidget(self._detail_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.pages)

    def _title(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("screenTitle")
        return label

    def _search_page(self) -> QWidget:
        self.search_field = QLineEdit()
        self.search_field.setObjectName("search")
        self.search_field.setPlaceholderText(self.tr("NIK, nomor AK/1, atau nama (sebagian)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("Cari"))
        self.search_button.setObjectName("searchButton")
        self.new_button = QPushButton(self.tr("Pendaftaran Baru"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.setVisible(self._can_register)
        top = QHBoxLayout()
        top.addWidget(self._title(self.tr("Pencari Kerja (AK/1)")), 1)
        top.addWidget(self.new_button)
        bar = QHBoxLayout()
        bar.addWidget(self.search_field, 1)
        bar.addWidget(self.search_button)
        self.model = RowTableModel(COLUMNS, self)
        self.table = read_only_table("seekerTable", self.model, 2)
        self.count_label = QLabel(self.tr("Ketik NIK, nomor AK/1, atau nama lalu tekan Enter."))
        self.count_label.setObjectName("hint")
        self.open_button = QPushButton(self.tr("Buka"))
        self.open_button.setObjectName("openButton")
        self.open_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.open_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        return page

    def _form(self) -> InterviewForm:
        return InterviewForm(
            deps=self._deps,
            jobseekers_service=self._jobseekers,
            drafts=self._drafts,
            today=self._today,
            autosave_ms=self._autosave_ms,
        )

    def _new_page(self) -> QWidget:
        self.new_form = self._form()
        self.number_field = QLineEdit()
        self.number_field.setObjectName("registrationNumber")
        self.number_field.setMaxLength(jobseekers.NUMBER_MAX)
        self.number_field.setPlaceholderText(self.tr("dari SIAPkerja/Karirhub; kosongkan untuk nomor dari pola kantor"))
        self.issued_field = QDateEdit()
        self.issued_field.setObjectName("issuedOn")
        self.issued_field.setCalendarPopup(True)
        self.issued_field.setDisplayFormat("dd-MM-yyyy")
        self.register_button = QPushButton(self.tr("Daftarkan"))
        self.register_button.setObjectName("primaryButton")
        self.cancel_new_button = QPushButton(self.tr("Batal"))
        self.cancel_new_button.setObjectName("cancelNew")
        box = QGroupBox(self.tr("Pendaftaran"))
        form = QFormLayout(box)
        form.addRow(self.tr("Nomor AK/1"), self.number_field)
        form.addRow(self.tr("Tanggal dikeluarkan"), self.issued_field)
        buttons = QHBoxLayout()
        buttons.addWidget(box, 1)
        buttons.addWidget(self.cancel_new_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(self.register_button, 0, Qt.AlignmentFlag.AlignBottom)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title(self.tr("Pendaftaran Pencari Kerja Baru")))
        layout.addWidget(self.new_form, 1)
        layout.addLayout(buttons)
        return page

    def _detail_page(self) -> QWidget:
        self.detail_title = self._title("")
        self.back_button = QPushButton(self.tr("Kembali ke Pencarian"))
        self.back_button.setObjectName("backButton")
        top = QHBoxLayout()
        top.addWidget(self.detail_title, 1)
        top.addWidget(self.back_button)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("recordSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_form = self._form()
        self.save_button = QPushButton(self.tr("Simpan Perubahan"))
        self.save_button.setObjectName("primaryButton")
        self.report_button = QPushButton(self.tr("Catat Lapor"))
        self.report_button.setObjectName("reportButton")
        self.placement_button = QPushButton(self.tr("Penempatan"))
        self.placement_button.setObjectName("placementButton")
        self.remove_button = QPushButton(self.tr("Hapus dari Register"))
        self.remove_button.setObjectName("removeButton")
        self.renew_button = QPushButton(self.tr("Perpanjang"))
        self.renew_button.setObjectName("renewButton")
        self.print_button = QPushButton(self.tr("Cetak Kartu"))
        self.print_button.setObjectName("printButton")
        actions = QHBoxLayout()
        for button in (self.report_button, self.placement_button, self.remove_button, self.renew_button):
            actions.addWidget(button)
            button.setVisible(self._can_register)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        self.save_button.setVisible(self._can_register)
        self.print_button.setVisible(self._can_register)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.edit_form, 1)
        layout.addLayout(actions)
        return page

    def _connect_signals(self) -> None:
        self.search_field.returnPressed.connect(self._on_search_clicked)
        self.search_button.clicked.connect(self._on_search_clicked)
        self.table.doubleClicked.connect(self._on_open_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.register_button.clicked.connect(self._on_register_clicked)
        self.cancel_new_button.clicked.connect(self._on_cancel_new_clicked)
        self.new_form.existing_record_requested.connect(self._on_existing_record_requested)
        self.edit_form.existing_record_requested.connect(self.open_record)
        self.back_button.clicked.connect(self._on_back_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.report_button.clicked.connect(self._on_report_clicked)
        self.placement_button.clicked.connect(self._on_placement_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.renew_button.clicked.connect(self._on_renew_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self._deps.changes.changes_published.connect(self._on_changes_published)

    def _load(self) -> None:
        self.pages.setCurrentIndex(SEARCH_PAGE)
        self.edit_form.setEnabled(self._can_register)

    # ---- search -------------------------------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Search the register for ``text`` and show the results."""
        self.search_field.setText(text)
        self._on_search_clicked()

    @Slot()
    def _on_search_clicked(self) -> None:
        text = self.search_field.text().strip()
        if len(text) < jobseekers.SEARCH_MIN:
            self._deps.messages.error(
                self.tr("Ketik minimal {0} huruf nama, NIK, atau nomor AK/1.").format(jobseekers.SEARCH_MIN)
            )
            return
        self._query = text
        self._run_search()

    def _run_search(self) -> None:
        if not self._query:
            return
        actor, query = self._deps.principal, self._query
        self._deps.runner.run(
            lambda: self._jobseekers.search_counted(actor, query, limit=SEARCH_LIMIT), self._on_results_loaded
        )

    def _on_results_loaded(self, result: SearchResult) -> None:
        selected = self._current()
        rows = list(result.rows)
        self.model.set_rows(rows)
        if result.cut:
            total = _count(result.total)
            if result.total >= SEARCH_COUNT_MAX:
                total = self.tr("lebih dari {0}").format(_count(SEARCH_COUNT_MAX))
            text = self.tr("Menampilkan {0} pertama dari {1}; persempit pencarian.").format(len(rows), total)
        elif rows:
            text = self.tr("{0} pencari kerja ditemukan.").format(len(rows))
        else:
            text = self.tr("Tidak ditemukan. Periksa ejaan, atau cari dengan NIK.")
        self.count_label.setText(text)
        self.count_label.setStyleSheet(CUT_STYLE if result.cut else "")
        for n, row in enumerate(rows):
            if selected is not None and row.id == selected.id:
                self.table.selectRow(n)
                break
        else:
            if rows:
                self.table.selectRow(0)
        self._update_open()

    def _current(self) -> JobSeekerSummary | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _update_open(self) -> None:
        self.open_button.setEnabled(self._current() is not None)

    @Slot()
    def _on_table_current_changed(self) -> None:
        self._update_open()

    @Slot()
    def _on_open_clicked(self) -> None:
        current = self._current()
        if current is not None:
            self.open_record(current.id)

    # ---- new registration ---------------------------------------------------------------------------------

    @Slot()
    def _on_new_clicked(self) -> None:
        if not self._can_register:
            return
        self.number_field.clear()
        today = self._today()
        self.issued_field.setMaximumDate(QDate(today.year, today.month, today.day))
        self.issued_field.setDate(QDate(today.year, today.month, today.day))
        self.pages.setCurrentIndex(NEW_PAGE)
        self.new_form.start(seeker_id=None, profile=JobSeekerProfile(), photo_png=None)

    @Slot()
    def _on_register_clicked(self) -> None:
        form = self.new_form
        form.clear_error()
        try:
            form.check_input()
        except UserError as exc:
            form.show_error(str(exc))
            return
        profile, photo_png = form.profile(), form.photo_png()
        registration = Registration(self.number_field.text(), from_qdate(self.issued_field.date()))
        actor = self._deps.principal
        self.register_button.setEnabled(False)

        def on_done(record: JobSeekerRecord) -> None:
            self.register_button.setEnabled(True)
            form.discard_draft()
            text = self.tr("{0} terdaftar dengan AK/1 nomor {1}, berlaku s.d. {2}.").format(
                record.summary.name, record.summary.registration_number, _date(record.summary.valid_until)
            )
            if record.warnings:
                self._deps.messages.warning(text + " " + " ".join(record.warnings))
            else:
                self._deps.messages.info(text)
            self._show_record(record)

        def on_failed(exc: BaseException) -> None:
            self.register_button.setEnabled(True)
            if isinstance(exc, UserError):
                form.show_error(str(exc))
            else:
                self._deps.runner.report(exc)

        self._deps.runner.run(
            lambda: self._jobseekers.register(actor, profile, photo_png, registration), on_done, on_failed
        )

    @Slot()
    def _on_cancel_new_clicked(self) -> None:
        typed = self.new_form.profile() != JobSeekerProfile() or self.new_form.photo_png() is not None
        if typed and not self._deps.dialogs.confirm(
            self,
            self.tr("Batalkan Pendaftaran"),
            self.tr("Isian wawancara yang sudah diketik akan dihapus. Batalkan pendaftaran ini?"),
            yes_label=self.tr("Batalkan"),
        ):
            return
        self.new_form.discard_draft()
        self.new_form.set_profile(JobSeekerProfile())
        self.new_form.set_photo(None)
        self.pages.setCurrentIndex(SEARCH_PAGE)

    @Slot(object)
    def _on_existing_record_requested(self, seeker_id: uuid.UUID) -> None:
        self.new_form.discard_draft()
        self.open_record(seeker_id)

    # ---- the record ---------------------------------------------------------------------------------------

    @Slot(object)
    def open_record(self, seeker_id: uuid.UUID) -> None:
        """Load one registration and show it with its actions."""
        actor = self._deps.principal
        self._deps.runner.run(lambda: self._jobseekers.get(actor, seeker_id), self._show_record)

    def _show_record(self, record: JobSeekerRecord) -> None:
        self._record = record
        self._show_summary(record)
        self.edit_form.start(seeker_id=record.summary.id, profile=record.profile, photo_png=record.photo_png)
        self.pages.setCurrentIndex(DETAIL_PAGE)

    def _show_summary(self, record: JobSeekerRecord) -> None:
        s = record.summary
        self.detail_title.setText(self.tr("AK/1 {0} · {1}").format(s.registration_number, s.name))
        lines = [
            self.tr(
                "<b>Status:</b> {0} · <b>dikeluarkan</b> {1} · <b>berlaku s.d.</b> {2} · <b>petugas</b> {3}"
            ).format(
                jobseekers.STATUS_LABELS[s.status],
                _date(s.issued_on),
                _date(s.valid_until),
                html.escape(record.officer_name or "-"),
            )
        ]
        reports = ", ".join(
            f"{jobseekers.REPORT_LABELS[r.number - 1] if r.number <= len(jobseekers.REPORT_LABELS) else r.number} "
            f"{_date(r.reported_on)}"
            for r in record.reports
        )
        due = self.tr(" · lapor berikutnya {0}").format(_date(s.next_report_due)) if s.next_report_due else ""
        lines.append(self.tr("<b>Lapor:</b> {0}{1}").format(html.escape(reports) or self.tr("belum ada"), due))
        if record.placement is not None:
            p = record.placement
            lines.append(
                self.tr("<b>Ditempatkan:</b> {0}, {1}, {2}").format(
                    html.escape(p.employer), html.escape(p.position), _date(p.placed_on)
                )
            )
        if record.removed_on is not None:
            lines.append(
                self.tr("<b>Dihapus dari register:</b> {0} ({1})").format(
                    _date(record.removed_on), html.escape(record.removal_reason)
                )
            )
        lines.append(self.tr("<b>Kartu dicetak:</b> {0} kali").format(record.card_prints))
        self.summary_label.setText("<br>".join(lines))
        active = s.status == CardStatus.ACTIVE
        self.save_button.setEnabled(self._can_register and active)
        self.edit_form.setEnabled(self._can_register and active)
        self.report_button.setEnabled(self._can_register and active and s.next_report_due is not None)
        self.placement_button.setEnabled(self._can_register and active)
        self.remove_button.setEnabled(self._can_register and active)
        self.renew_button.setEnabled(self._can_register and (not active or s.valid_until < self._today()))
        self.print_button.setEnabled(self._can_register)

    def _act(self, call: Callable[[], JobSeekerRecord], done_text: Callable[[JobSeekerRecord], str]) -> None:
        """Run one record action; on success show the new state, on a refusal keep everything as it was."""

        def on_done(record: JobSeekerRecord) -> None:
            self._deps.messages.info(done_text(record))
            if self._record is not None and record.summary.id != self._record.summary.id:
                self._show_record(record)  # a renewal is a new registration
            else:
                self._record = record
                self._show_summary(record)

        self._deps.runner.run(call, on_done)

    @Slot()
    def _on_save_clicked(self) -> None:
        record = self._record
        if record is None or not self._can_register:
            return
        form = self.edit_form
        form.clear_error()
        try:
            form.check_input()
        except UserError as exc:
            form.show_error(str(exc))
            return
        actor, seeker_id, profile, photo_png = self._deps.principal, record.summary.id, form.profile(), form.photo_png()

        def on_done(saved: JobSeekerRecord) -> None:
            form.discard_draft()
            self._record = saved
            self._show_summary(saved)
            text = self.tr("Perubahan data {0} tersimpan.").format(saved.summary.registration_number)
            if saved.warnings:
                self._deps.messages.warning(text + " " + " ".join(saved.warnings))
            else:
                self._deps.messages.info(text)

        def on_failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                form.show_error(str(exc))
            else:
                self._deps.runner.report(exc)

        self._deps.runner.run(
            lambda: self._jobseekers.update_profile(actor, seeker_id, profile, photo_png), on_done, on_failed
        )

    @Slot()
    def _on_report_clicked(self) -> None:
        record = self._record
        if record is None:
            return
        s, today = record.summary, self._today()
        answer = self._deps.dialogs.ask_report_back(self, s.name, s.reports_done + 1, today, min(today, s.issued_on))
        if answer is None:
            return
        day, note = answer
        actor = self._deps.principal
        self._act(
            lambda: self._jobseekers.record_report(actor, s.id, day, note),
            lambda r: self.tr("Lapor ke-{0} {1} tercatat.").format(
                r.summary.reports_done, r.summary.registration_number
            ),
        )

    @Slot()
    def _on_placement_clicked(self) -> None:
        record = self._record
        if record is None:
            return
        s, today = record.summary, self._today()
        answer = self._deps.dialogs.ask_placement(self, s.name, today, min(today, s.issued_on))
        if answer is None:
            return
        placement = Placement(*answer)
        actor = self._deps.principal
        self._act(
            lambda: self._jobseekers.record_placement(actor, s.id, placement),
            lambda r: self.tr("Penempatan {0} tercatat; kartu ditutup.").format(r.summary.registration_number),
        )

    @Slot()
    def _on_remove_clicked(self) -> None:
        record = self._record
        if record is None:
            return
        reason = self._deps.dialogs.ask_text(
            self,
            self.tr("Hapus dari Register"),
            self.tr("Alasan {0} dihapus dari register pencari kerja (pindah, meninggal, atas permintaan, ...):").format(
                record.summary.name
            ),
            required=True,
        )
        if reason is None:
            return
        actor, seeker_id, today = self._deps.principal, record.summary.id, self._today()
        self._act(
            lambda: self._jobseekers.remove(actor, seeker_id, reason, today),
            lambda r: self.tr("{0} dihapus dari register.").format(r.summary.registration_number),
        )

    @Slot()
    def _on_renew_clicked(self) -> None:
        record = self._record
        if record is None:
            return
        answer = self._deps.dialogs.ask_ak1_registration(self, self.tr("Perpanjang Kartu AK/1"), self._today())
        if answer is None:
            return
        registration = Registration(answer[0], answer[1])
        actor, seeker_id = self._deps.principal, record.summary.id
        self._act(
            lambda: self._jobseekers.renew(actor, seeker_id, registration),
            lambda r: self.tr("Kartu diperpanjang dengan AK/1 nomor {0}, berlaku s.d. {1}.").format(
                r.summary.registration_number, _date(r.summary.valid_until)
            ),
        )

    @Slot()
    def _on_print_clicked(self) -> None:
        if self._record is not None:
            self.card_print_requested.emit(self._record.summary.id)

    @Slot()
    def _on_back_clicked(self) -> None:
        self.pages.setCurrentIndex(SEARCH_PAGE)
        self._run_search()

    @Slot(object)
    def _on_changes_published(self, changes: Changes) -> None:
        if not changes.jobseekers:
            return
        if self.pages.currentIndex() == SEARCH_PAGE:
            self._run_search()
        elif self.pages.currentIndex() == DETAIL_PAGE and self._record is not None:
            # Only the summary: the form may hold typed changes that must not be overwritten.
            actor, seeker_id = self._deps.principal, self._record.summary.id

            def on_loaded(record: JobSeekerRecord) -> None:
                if self._record is not None and record.summary.id == self._record.summary.id:
                    self._record = record
                    self._show_summary(record)

            self._deps.runner.run(lambda: self._jobseekers.get(actor, seeker_id), on_loaded, lambda _exc: None)
