"""Permohonan: applications and internal work items through their standard's steps, for the Verifikator."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counter_app.applications import (
    STATUS_LABELS,
    ApplicationDetail,
    ApplicationService,
    ApplicationSummary,
    AppStatus,
)
from counter_app.catalogue import CatalogueService, ServiceDetail, ServiceSummary
from counter_app.changes import Changes
from counter_app.letters import IssuedDocument, LetterService, LetterTemplate
from counter_app.print.ticket_slip import plain_title
from counter_app.roles import Permission
from counter_app.ui.common import ScreenDeps
from counter_app.ui.formatting import date_time
from counter_app.ui.letter_dialog import LetterDialog
from counter_app.ui.letter_preview import PrintLetter
from counter_app.ui.table_models import Column, Index, RowTableModel

OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_FOREGROUND = QColor("#9b1c1c")
DUE_TODAY_BACKGROUND = QColor("#fff1cc")
DUE_TODAY_FOREGROUND = QColor("#7a4b00")
NIK_LENGTH = 16


class DueFilter:
    """The choices of the due-date filter (values kept in the combo box)."""

    ALL = "all"
    OVERDUE = "overdue"
    TODAY = "today"
    WEEK = "week"


def _step(a: ApplicationSummary) -> str:
    if a.step_position is None:
        return "-"
    # The actor first: who has the file now is what the Verifikator looks for; the step text may be long.
    return f"{a.step_position}. {a.step_actor}: {a.step_text}" if a.step_actor else f"{a.step_position}. {a.step_text}"


def _who(a: ApplicationSummary) -> str:
    return a.applicant_name or a.subject or "-"


def _due(a: ApplicationSummary) -> str:
    return ("⚠ " if a.overdue else "") + date_time(a.due_at)


def _due_tooltip(a: ApplicationSummary) -> str:
    return "Terlambat" if a.overdue else ("Jatuh tempo hari ini" if a.due_today else "")


COLUMNS: list[Column[ApplicationSummary]] = [
    Column("Nomor pelacakan", lambda a: a.tracking_number),
    Column("Layanan", lambda a: plain_title(a.service_title), tooltip=lambda a: plain_title(a.service_title)),
    Column("Pemohon / perihal", _who, tooltip=_who),
    Column("Langkah sekarang", _step, tooltip=_step),
    Column("Status", lambda a: a.status_label),
    Column("Diterima", lambda a: date_time(a.received_at)),
    Column("Jatuh tempo", _due, tooltip=_due_tooltip),
]


class ApplicationTableModel(RowTableModel[ApplicationSummary]):
    """The application list; overdue rows red, rows due today amber."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """QAbstractTableModel.data: the columns' roles plus the deadline colours."""
        if index.isValid() and 0 <= index.row() < self.rowCount():
            row = self.row_at(index.row())
            if role == Qt.ItemDataRole.BackgroundRole:
                if row.overdue:
                    return QBrush(OVERDUE_BACKGROUND)
                if row.due_today:
                    return QBrush(DUE_TODAY_BACKGROUND)
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                if row.overdue:
                    return QBrush(OVERDUE_FOREGROUND)
                if row.due_today:
                    return QBrush(DUE_TODAY_FOREGROUND)
                return None
        return super().data(index, role)


def detail_html(detail: ApplicationDetail) -> str:
    """The application's heading, its standard's steps (the current one marked) and its whole history."""
    s = detail.summary
    who = (
        f"<p><b>Pemohon:</b> {escape(s.applicant_name)}</p>"
        if s.applicant_name
        else f"<p><b>Perihal:</b> {escape(s.subject or '-')}</p>"
    )
    due_note = ""
    if s.overdue:
        due_note = " <span style='color:#9b1c1c; font-weight:bold'>(terlambat)</span>"
    elif s.due_today:
        due_note = " <span style='color:#7a4b00; font-weight:bold'>(jatuh tempo hari ini)</span>"
    product = (
        f"<p><b>Produk:</b> {escape(s.product_number)} tanggal {s.product_date:%d-%m-%Y}</p>"
        if s.product_number and s.product_date
        else ""
    )
    head = (
        f"<h3>{escape(s.tracking_number)} · {escape(plain_title(s.service_title))}</h3>{who}"
        f"<p><b>Status:</b> {escape(s.status_label)} · <b>Diterima:</b> {escape(date_time(s.received_at))} · "
        f"<b>Jatuh tempo:</b> {escape(date_time(s.due_at))}{due_note}</p>"
        f"{product}"
    )
    rows = []
    for step in detail.steps:
        current = step.position == s.step_position and s.status is not AppStatus.COMPLETED
        style = " style='background:#cfe3f7; font-weight:bold'" if current else ""
        marker = "▶ " if current else ""
        rows.append(
            f"<tr{style}><td>{marker}{step.position}</td><td>{escape(step.text)}</td>"
            f"<td>{escape(step.actor or '-')}</td></tr>"
        )
    steps = (
        "<h4>Langkah prosedur</h4><table width='100%' cellspacing='0' cellpadding='4'>"
        "<tr><th align='left'>No</th><th align='left'>Langkah</th><th align='left'>Pelaku</th></tr>"
        + "".join(rows)
        + "</table>"
        if rows
        else "<h4>Langkah prosedur</h4><p><i>Standar ini tidak mencantumkan langkah.</i></p>"
    )
    history = "".join(
        f"<tr><td>{escape(date_time(h.at))}</td><td>{escape(h.actor_name)}</td><td>{escape(h.action_label)}"
        + (f" (langkah {h.step_position})" if h.step_position is not None else "")
        + f"</td><td>{escape(h.note).replace(chr(10), '<br>') or '-'}</td></tr>"
        for h in detail.history
    )
    history_html = (
        "<h4>Riwayat</h4><table width='100%' cellspacing='0' cellpadding='4'>"
        "<tr><th align='left'>Waktu</th><th align='left'>Oleh</th><th align='left'>Tindakan</th>"
        "<th align='left'>Catatan</th></tr>" + history + "</table>"
    )
    # Steps beside the history, so both fit under the list without scrolling.
    return (
        head + "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td width='50%' valign='top'>{steps}</td><td width='16'></td>"
        f"<td width='50%' valign='top'>{history_html}</td></tr></table>"
    )


@dataclass(frozen=True)
class _Search:
    """What a search found: the rows to list and the application to select."""

    rows: list[ApplicationSummary]
    select: uuid.UUID | None


class ApplicationsScreen(QWidget):
    """Lists applications by due time with filters; shows one with its steps and history; moves it along.

    Acting on an application (Lanjutkan, Kembalikan, Tolak, Selesaikan, Pekerjaan Internal Baru) needs
    PROCESS_APPLICATIONS; without it the screen only reads.
    """

    def __init__(
        self,
        *,
        deps: ScreenDeps,
        applications: ApplicationService,
        catalogue: CatalogueService,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        letters: LetterService | None = None,
        print_letter: PrintLetter | None = None,
        letter_printers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__()
        self._deps = deps
        self._applications = applications
        self._catalogue = catalogue
        self._now = now
        # Terbitkan Surat (issue 6): only with the letter service, a printer path and ISSUE_DOCUMENTS.
        self._letters = letters
        self._print_letter = print_letter
        self._letter_printers = dict(letter_printers or {})
        self._can_issue = (
            letters is not None and print_letter is not None and deps.principal.can(Permission.ISSUE_DOCUMENTS)
        )
        self._letter_templates: dict[str, list[LetterTemplate]] = {}
        self.letter_dialog: LetterDialog | None = None
        self._can_process = deps.principal.can(Permission.PROCESS_APPLICATIONS)
        self._services: list[ServiceSummary] = []
        self._detail: ApplicationDetail | None = None
        self._searching = False
        self._selecting = False
        self._build_ui()
        self._connect_signals()
        self._load()

    # ---- building -------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Permohonan"))
        title.setObjectName("screenTitle")
        self.new_work_button = QPushButton(self.tr("Pekerjaan Internal Baru"))
        self.new_work_button.setVisible(self._can_process)
        self.new_work_button.setEnabled(self._can_process)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.new_work_button)

        self.search = QLineEdit()
        self.search.setObjectName("applicationSearch")
        self.search.setPlaceholderText(self.tr("Cari nomor pelacakan atau NIK"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(250)
        self.service_combo = QComboBox()
        self.service_combo.addItem(self.tr("Semua layanan"), None)
        self.service_combo.setMinimumContentsLength(14)
        self.service_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.step_combo = QComboBox()
        self.step_combo.addItem(self.tr("Semua langkah"), None)
        self.step_combo.setMinimumContentsLength(10)
        self.step_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.step_combo.setEnabled(False)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Semua status"), None)
        for status, label in STATUS_LABELS.items():
            self.status_combo.addItem(label, status.value)
        self.due_combo = QComboBox()
        # Combo boxes sized to their longest entry would push the screen past 1280 px.
        for combo, length in ((self.status_combo, 10), (self.due_combo, 16)):
            combo.setMinimumContentsLength(length)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for value, label in (
            (DueFilter.ALL, self.tr("Semua jatuh tempo")),
            (DueFilter.OVERDUE, self.tr("Terlambat")),
            (DueFilter.TODAY, self.tr("Jatuh tempo hari ini")),
            (DueFilter.WEEK, self.tr("Jatuh tempo minggu ini")),
        ):
            self.due_combo.addItem(label, value)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.service_combo, 2)
        filters.addWidget(self.step_combo, 1)
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.due_combo, 1)

        self.model = ApplicationTableModel(COLUMNS, self)
        self.table = QTableView()
        self.table.setObjectName("applicationTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((2, 170), (3, 240)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.setColumnHidden(5, True)  # Diterima is in the detail; the list keeps its room for the rest
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        self.detail = QTextBrowser()
        self.detail.setObjectName("applicationDetail")
        self.detail.setOpenLinks(False)
        self.detail.setHtml(
            f"<p>{escape(self.tr('Pilih satu permohonan di daftar untuk melihat langkah dan riwayatnya.'))}</p>"
        )
        self.advance_button = QPushButton(self.tr("Lanjutkan"))
        self.advance_button.setObjectName("primaryButton")
        self.send_back_button = QPushButton(self.tr("Kembalikan"))
        self.reject_button = QPushButton(self.tr("Tolak"))
        self.complete_button = QPushButton(self.tr("Selesaikan"))
        self.complete_button.setObjectName("primaryButton")
        actions = QHBoxLayout()
        for button in self.action_buttons:
            button.setEnabled(False)
            button.setVisible(self._can_process)
            actions.addWidget(button)
        actions.addStretch(1)
        self.issue_letter_button = QPushButton(self.tr("Terbitkan Surat"))
        self.issue_letter_button.setEnabled(False)
        self.issue_letter_button.setVisible(self._can_issue)
        actions.addWidget(self.issue_letter_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addLayout(actions)

        # The list across the full width on top (every column readable), the chosen one underneath.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    @property
    def action_buttons(self) -> list[QPushButton]:
        """The step-flow buttons, in their order on screen."""
        return [self.advance_button, self.send_back_button, self.reject_button, self.complete_button]

    def _connect_signals(self) -> None:
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.service_combo.currentIndexChanged.connect(self._on_service_combo_changed)
        for combo in (self.step_combo, self.status_combo, self.due_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.advance_button.clicked.connect(self._on_advance_clicked)
        self.send_back_button.clicked.connect(self._on_send_back_clicked)
        self.reject_button.clicked.connect(self._on_reject_clicked)
        self.complete_button.clicked.connect(self._on_complete_clicked)
        self.new_work_button.clicked.connect(self._on_new_work_clicked)
        self.issue_letter_button.clicked.connect(self._on_issue_letter_clicked)
        self._deps.changes.changes_published.connect(self._on_changes_published)

    def _load(self) -> None:
        actor = self._deps.principal
        self._deps.runner.run(lambda: self._catalogue.list_services(actor), self._on_services_loaded)
        self._load_letter_templates()
        self._reload()

    def _load_letter_templates(self) -> None:
        letters = self._letters
        if letters is None or not self._can_issue:
            return
        actor = self._deps.principal
        self._deps.runner.run(lambda: letters.templates(actor), self._on_letter_templates_loaded)

    def _on_letter_templates_loaded(self, templates: list[LetterTemplate]) -> None:
        by_service: dict[str, list[LetterTemplate]] = {}
        for t in templates:
            if t.active:
                by_service.setdefault(t.service_key, []).append(t)
        self._letter_templates = by_service
        self._update_actions()

    def _templates_of_detail(self) -> list[LetterTemplate]:
        if self._detail is None:
            return []
        service_id = self._detail.summary.service_id
        key = next((s.key for s in self._services if s.id == service_id), None)
        return self._letter_templates.get(key, []) if key else []

    # ---- loading --------------------------------------------------------------------------------

    def _on_services_loaded(self, services: list[ServiceSummary]) -> None:
        self._services = services
        current = self.service_combo.currentData()
        self.service_combo.blockSignals(True)
        self.service_combo.clear()
        self.service_combo.addItem(self.tr("Semua layanan"), None)
        for s in services:
            label = s.title if s.is_public else self.tr("{0} (internal)").format(s.title)
            self.service_combo.addItem(label, s.id)
            self.service_combo.setItemData(self.service_combo.count() - 1, s.title, Qt.ItemDataRole.ToolTipRole)
        self.service_combo.setCurrentIndex(max(0, self.service_combo.findData(current)))
        self.service_combo.blockSignals(False)

    def _filters(self) -> dict[str, Any]:
        today = self._now().date()
        status = self.status_combo.currentData()
        kwargs: dict[str, Any] = {
            "service_id": self.service_combo.currentData(),
            "step_position": self.step_combo.currentData(),
            "status": AppStatus(status) if status else None,
        }
        due = self.due_combo.currentData()
        if due == DueFilter.OVERDUE:
            kwargs["overdue_only"] = True
        elif due == DueFilter.TODAY:
            kwargs["due_today_only"] = True
        elif due == DueFilter.WEEK:
            monday = today - dt.timedelta(days=today.weekday())
            kwargs["due_from"], kwargs["due_to"] = monday, monday + dt.timedelta(days=6)
        return kwargs

    def _reload(self) -> None:
        """List the applications matching the filters (a search in progress shows its own rows instead)."""
        if self._searching:
            return
        actor, kwargs = self._deps.principal, self._filters()
        self._deps.runner.run(lambda: self._applications.list_applications(actor, **kwargs), self._on_rows_loaded)

    def _on_rows_loaded(self, rows: Sequence[ApplicationSummary]) -> None:
        self._set_rows(list(rows), self._detail.summary.id if self._detail else None)

    def _set_rows(self, rows: list[ApplicationSummary], select: uuid.UUID | None) -> None:
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        today = sum(1 for r in rows if r.due_today)
        text = self.tr("{0} permohonan · {1} terlambat · {2} jatuh tempo hari ini").format(len(rows), overdue, today)
        if self._searching:
            text += self.tr(" · hasil pencarian (kosongkan kotak cari untuk kembali ke daftar)")
        self.count_label.setText(text)
        if select is not None and self.select_application(select):
            return
        self._show_detail(None)

    def select_application(self, application_id: uuid.UUID) -> bool:
        """Select the row of an application (its detail then loads); False when it is not listed."""
        for row, summary in enumerate(self.model.rows):
            if summary.id == application_id:
                self._selecting = True
                try:
                    self.table.setCurrentIndex(self.model.index(row, 0))
                finally:
                    self._selecting = False
                self._load_detail(application_id)
                return True
        return False

    @Slot()
    def _on_table_current_changed(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and not self._selecting:
            self._load_detail(self.model.row_at(index.row()).id)

    def _load_detail(self, application_id: uuid.UUID) -> None:
        actor = self._deps.principal
        self._deps.runner.run(lambda: self._applications.get(actor, application_id), self._show_detail)

    def _show_detail(self, detail: ApplicationDetail | None) -> None:
        self._detail = detail
        if detail is None:
            self.detail.setHtml(
                f"<p>{escape(self.tr('Pilih satu permohonan di daftar untuk melihat langkah dan riwayatnya.'))}</p>"
            )
        else:
            self.detail.setHtml(detail_html(detail))
        self._update_actions()

    def _update_actions(self) -> None:
        s = self._detail.summary if self._detail else None
        open_ = s is not None and s.status in (AppStatus.IN_PROGRESS, AppStatus.RETURNED) and self._can_process
        last = s is not None and s.is_last_step
        self.advance_button.setEnabled(open_ and not last)
        self.send_back_button.setEnabled(open_)
        self.reject_button.setEnabled(open_)
        self.complete_button.setEnabled(open_ and last)
        issuable = s is not None and s.status is not AppStatus.REJECTED and self._can_issue
        self.issue_letter_button.setEnabled(issuable and bool(self._templates_of_detail()))

    # ---- filters and search ---------------------------------------------------------------------

    def _leave_search(self) -> None:
        """A filter chosen while search results show: back to the filtered list."""
        self._searching = False
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    @Slot()
    def _on_service_combo_changed(self) -> None:
        self._leave_search()
        service_id = self.service_combo.currentData()
        self.step_combo.blockSignals(True)
        self.step_combo.clear()
        self.step_combo.addItem(self.tr("Semua langkah"), None)
        self.step_combo.setEnabled(False)
        self.step_combo.blockSignals(False)
        if service_id is not None:
            actor = self._deps.principal
            self._deps.runner.run(lambda: self._catalogue.get_service(actor, service_id), self._on_steps_loaded)
        self._reload()

    def _on_steps_loaded(self, detail: ServiceDetail) -> None:
        if self.service_combo.currentData() != detail.summary.id:
            return  # another service was chosen meanwhile
        self.step_combo.blockSignals(True)
        for step in detail.standard.procedure:
            self.step_combo.addItem(f"{step.number}. {step.text}", step.number)
            self.step_combo.setItemData(self.step_combo.count() - 1, step.text, Qt.ItemDataRole.ToolTipRole)
        self.step_combo.setEnabled(self.step_combo.count() > 1)
        self.step_combo.blockSignals(False)

    @Slot()
    def _on_filter_changed(self) -> None:
        self._leave_search()
        self._reload()

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        if not text.strip() and self._searching:
            self._searching = False
            self._reload()

    @Slot()
    def _on_search_return_pressed(self) -> None:
        """Enter in the search box (a barcode scanner ends with it): find by tracking number or NIK."""
        text = self.search.text().strip()
        if not text:
            return
        actor = self._deps.principal
        digits = "".join(text.split())
        if digits.isdigit() and len(digits) == NIK_LENGTH:

            def find() -> _Search:
                rows = self._applications.by_nik(actor, digits)
                return _Search(rows, rows[0].id if rows else None)

        else:

            def find() -> _Search:
                detail = self._applications.by_tracking_number(actor, text)
                return _Search([detail.summary], detail.summary.id)

        self._deps.runner.run(find, self._on_search_done)

    def _on_search_done(self, found: _Search) -> None:
        self._searching = True
        if not found.rows:
            self._deps.messages.warning(self.tr("Tidak ada permohonan untuk NIK ini."))
        self._set_rows(found.rows, found.select)
        self.search.selectAll()  # the next scan replaces the number

    # ---- actions --------------------------------------------------------------------------------

    def _act(self, work: Callable[[], ApplicationSummary], done_text: str) -> None:
        for button in self.action_buttons:
            button.setEnabled(False)

        def on_done(summary: ApplicationSummary) -> None:
            self._deps.messages.info(done_text.format(summary.tracking_number))
            self._reload_keeping(summary.id)

        def on_failed(exc: BaseException) -> None:
            self._update_actions()
            self._deps.runner.report(exc)  # UserError goes to the message bar with what to fix

        self._deps.runner.run(work, on_done, on_failed)

    def _reload_keeping(self, application_id: uuid.UUID) -> None:
        if self._searching:
            self._load_detail(application_id)
            actor = self._deps.principal
            ids = [r.id for r in self.model.rows]

            def refetch() -> list[ApplicationSummary]:
                return [self._applications.get(actor, i).summary for i in ids]

            self._deps.runner.run(refetch, lambda rows: self._set_rows(rows, application_id))
        else:
            self._reload()

    @Slot()
    def _on_advance_clicked(self) -> None:
        if self._detail is None:
            return
        note = self._deps.dialogs.ask_text(
            self, self.tr("Lanjutkan Permohonan"), self.tr("Catatan untuk langkah berikutnya (boleh kosong):")
        )
        if note is None:
            return
        actor, app_id = self._deps.principal, self._detail.summary.id
        self._act(lambda: self._applications.advance(actor, app_id, note), self.tr("Permohonan {0} dilanjutkan."))

    @Slot()
    def _on_send_back_clicked(self) -> None:
        if self._detail is None:
            return
        note = self._deps.dialogs.ask_text(
            self,
            self.tr("Kembalikan Permohonan"),
            self.tr("Tulis apa yang harus diperbaiki (wajib):"),
            required=True,
        )
        if note is None:
            return
        actor, app_id = self._deps.principal, self._detail.summary.id
        self._act(lambda: self._applications.send_back(actor, app_id, note), self.tr("Permohonan {0} dikembalikan."))

    @Slot()
    def _on_reject_clicked(self) -> None:
        if self._detail is None:
            return
        reason = self._deps.dialogs.ask_text(
            self, self.tr("Tolak Permohonan"), self.tr("Tulis alasan penolakan (wajib):"), required=True
        )
        if reason is None:
            return
        actor, app_id = self._deps.principal, self._detail.summary.id
        self._act(lambda: self._applications.reject(actor, app_id, reason), self.tr("Permohonan {0} ditolak."))

    @Slot()
    def _on_complete_clicked(self) -> None:
        if self._detail is None:
            return
        answer = self._deps.dialogs.ask_product(self, self._now().date())
        if answer is None:
            return
        number, date = answer
        actor, app_id = self._deps.principal, self._detail.summary.id
        self._act(
            lambda: self._applications.complete(actor, app_id, product_number=number, product_date=date),
            self.tr("Permohonan {0} selesai; produknya tercatat."),
        )

    @Slot()
    def _on_new_work_clicked(self) -> None:
        internal = [(s.id, s.title) for s in self._services if not s.is_public and s.active]
        if not internal:
            self._deps.messages.warning(self.tr("Belum ada standar internal yang aktif. Muat ulang katalog."))
            return
        answer = self._deps.dialogs.ask_work_item(self, internal)
        if answer is None:
            return
        service_id, subject = answer
        actor = self._deps.principal

        def on_started(summary: ApplicationSummary) -> None:
            self._deps.messages.info(self.tr("Pekerjaan {0} dimulai.").format(summary.tracking_number))
            self._detail = None
            if self._searching:
                self.search.clear()  # leaves the search and reloads the list
            self._searching = False
            actor_ = self._deps.principal
            kwargs = self._filters()
            self._deps.runner.run(
                lambda: self._applications.list_applications(actor_, **kwargs),
                lambda rows: self._set_rows(list(rows), summary.id),
            )

        self._deps.runner.run(lambda: self._applications.start_work_item(actor, service_id, subject), on_started)

    @Slot()
    def _on_issue_letter_clicked(self) -> None:
        templates = self._templates_of_detail()
        if self._detail is None or self._letters is None or self._print_letter is None or not templates:
            return
        summary = self._detail.summary
        dialog = LetterDialog(
            self,
            deps=self._deps,
            letters=self._letters,
            application_id=summary.id,
            tracking_number=summary.tracking_number,
            templates=templates,
            print_letter=self._print_letter,
            station_printers=self._letter_printers,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.document_issued.connect(self._on_letter_issued)
        dialog.finished.connect(self._on_letter_dialog_finished)
        self.letter_dialog = dialog
        dialog.open()  # window-modal without a nested event loop

    @Slot(object)
    def _on_letter_issued(self, document: IssuedDocument) -> None:
        if self._detail is not None and document.application_id == self._detail.summary.id:
            self._load_detail(self._detail.summary.id)

    @Slot()
    def _on_letter_dialog_finished(self) -> None:
        self.letter_dialog = None

    @Slot(object)
    def _on_changes_published(self, changes: Changes) -> None:
        if changes.office:
            self._load_letter_templates()
        if changes.catalogue:
            self._deps.runner.run(lambda: self._catalogue.list_services(self._deps.principal), self._on_services_loaded)
        if changes.applications:
            self._reload()
