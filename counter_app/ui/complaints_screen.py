"""Pengaduan: record complaints, suggestions and praise from every channel; follow them up to a response."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counter_app.catalogue import CatalogueService, ServiceSummary
from counter_app.changes import Changes
from counter_app.complaints import (
    CHANNEL_LABELS,
    KIND_LABELS,
    STATUS_LABELS,
    Channel,
    ComplaintFilter,
    ComplaintInfo,
    ComplaintInput,
    ComplaintService,
    ComplaintStatus,
    Kind,
    ResponseTime,
    next_statuses,
)
from counter_app.print.ticket_slip import plain_title
from counter_app.roles import Permission
from counter_app.ui.common import ScreenDeps
from counter_app.ui.formatting import date_time
from counter_app.ui.qdates import from_qdatetime, to_qdatetime
from counter_app.ui.table_models import Column, RowTableModel, read_only_table


def _time(r: ResponseTime | None) -> str:
    if r is None:
        return "-"
    return f"{r.hours:.1f} jam · {r.working_days} hk".replace(".", ",")


def _short(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


COLUMNS: list[Column[ComplaintInfo]] = [
    Column("Nomor", lambda c: c.number),
    Column("Diterima", lambda c: date_time(c.received_at)),
    Column("Saluran", lambda c: c.channel_label),
    Column("Jenis", lambda c: c.kind_label),
    Column("Isi", lambda c: _short(c.text), tooltip=lambda c: c.text),
    Column("Pelapor", lambda c: c.who),
    Column("Status", lambda c: c.status_label),
    Column("Tanggapan pertama", lambda c: _time(c.first_response)),
    Column("Selesai dalam", lambda c: _time(c.to_close)),
]


def detail_html(c: ComplaintInfo) -> str:
    """The complaint in full with its follow-up history."""
    service = f" · <b>Layanan:</b> {escape(plain_title(c.service_title))}" if c.service_title else ""
    contact = f" ({escape(c.contact)})" if c.contact else ""
    history = "".join(
        f"<tr><td>{escape(date_time(h.at))}</td><td>{escape(STATUS_LABELS[h.status])}</td>"
        f"<td>{escape(h.actor_name)}</td><td>{escape(h.note).replace(chr(10), '<br>')}</td></tr>"
        for h in c.history
    )
    response = f"<p><b>Tanggapan:</b> {escape(c.response)}</p>" if c.response else ""
    return (
        f"<h3>{escape(c.number)} · {escape(c.kind_label)} · {escape(c.status_label)}</h3>"
        f"<p><b>Diterima:</b> {escape(date_time(c.received_at))} melalui {escape(c.channel_label)}{service}</p>"
        f"<p><b>Pelapor:</b> {escape(c.who)}{contact}</p>"
        f"<p>{escape(c.text).replace(chr(10), '<br>')}</p>{response}"
        f"<p><b>Tanggapan pertama:</b> {escape(_time(c.first_response))} · "
        f"<b>Selesai dalam:</b> {escape(_time(c.to_close))}</p>"
        "<h4>Riwayat</h4><table width='100%' cellspacing='0' cellpadding='3'>"
        "<tr><th align='left'>Waktu</th><th align='left'>Status</th><th align='left'>Oleh</th>"
        "<th align='left'>Catatan</th></tr>" + history + "</table>"
    )


class ComplaintsScreen(QWidget):
    """The complaint list with filters and detail, a form to record one, and the follow-up (MANAGE_COMPLAINTS)."""

    def __init__(
        self,
        *,
        deps: ScreenDeps,
        complaints: ComplaintService,
        catalogue: CatalogueService,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__()
        self._deps = deps
        self._complaints = complaints
        self._catalogue = catalogue
        self._now = now
        self._can_manage = deps.principal.can(Permission.MANAGE_COMPLAINTS)
        self._selected: ComplaintInfo | None = None
        self._build_ui()
        self._connect_signals()
        self._load()

    # ---- building -------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Pengaduan dan Saran"))
        title.setObjectName("screenTitle")
        self.follow_up_button = QPushButton(self.tr("Tindak Lanjut"))
        self.follow_up_button.setObjectName("primaryButton")
        self.follow_up_button.setVisible(self._can_manage)
        self.follow_up_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.follow_up_button)

        self.search = QLineEdit()
        self.search.setObjectName("complaintSearch")
        self.search.setPlaceholderText(self.tr("Cari isi, nama pelapor atau tanggapan"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Semua status"), None)
        for status, label in STATUS_LABELS.items():
            self.status_filter.addItem(label, status.value)
        self.channel_filter = QComboBox()
        self.channel_filter.addItem(self.tr("Semua saluran"), None)
        for channel, label in CHANNEL_LABELS.items():
            self.channel_filter.addItem(label, channel.value)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Semua jenis"), None)
        for kind, label in KIND_LABELS.items():
            self.kind_filter.addItem(label, kind.value)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.channel_filter)
        filters.addWidget(self.kind_filter)

        self.model: RowTableModel[ComplaintInfo] = RowTableModel(COLUMNS, self)
        self.table = read_only_table("complaintTable", self.model, 4)
        for column in (7, 8):  # the response times are in the detail; the list keeps its room for the text
            self.table.setColumnHidden(column, True)
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.detail = QTextBrowser()
        self.detail.setObjectName("complaintDetail")
        self.detail.setHtml(f"<p>{escape(self.tr('Pilih satu pengaduan di daftar untuk melihat riwayatnya.'))}</p>")
        list_side = QSplitter(Qt.Orientation.Vertical)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.count_label)
        list_side.addWidget(table_box)
        list_side.addWidget(self.detail)
        list_side.setSizes([330, 250])

        form_box = QGroupBox(self.tr("Catat pengaduan, saran atau apresiasi"))
        form_box.setObjectName("complaintForm")
        self.channel_edit = QComboBox()
        self.channel_edit.setObjectName("complaintChannel")
        for channel, label in CHANNEL_LABELS.items():
            self.channel_edit.addItem(label, channel.value)
        self.kind_edit = QComboBox()
        self.kind_edit.setObjectName("complaintKind")
        for kind, label in KIND_LABELS.items():
            self.kind_edit.addItem(label, kind.value)
        self.service_edit = QComboBox()
        self.service_edit.setObjectName("complaintService")
        self.service_edit.addItem(self.tr("(tidak terkait layanan tertentu)"), None)
        self.service_edit.setMinimumContentsLength(20)
        self.service_edit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.received_edit = QDateTimeEdit()
        self.received_edit.setObjectName("complaintReceived")
        self.received_edit.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.received_edit.setCalendarPopup(True)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("complaintName")
        self.name_edit.setPlaceholderText(self.tr("boleh kosong (anonim)"))
        self.name_edit.setMaxLength(200)
        self.contact_edit = QLineEdit()
        self.contact_edit.setObjectName("complaintContact")
        self.contact_edit.setPlaceholderText(self.tr("telepon, WhatsApp atau email; boleh kosong"))
        self.contact_edit.setMaxLength(200)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("complaintText")
        self.text_edit.setPlaceholderText(self.tr("Isi pengaduan atau saran seperti yang disampaikan"))
        self.save_button = QPushButton(self.tr("Simpan Pengaduan"))
        self.save_button.setObjectName("primaryButton")
        form = QFormLayout(form_box)
        form.addRow(self.tr("Saluran"), self.channel_edit)
        form.addRow(self.tr("Jenis"), self.kind_edit)
        form.addRow(self.tr("Layanan"), self.service_edit)
        form.addRow(self.tr("Diterima"), self.received_edit)
        form.addRow(self.tr("Nama pelapor"), self.name_edit)
        form.addRow(self.tr("Kontak"), self.contact_edit)
        form.addRow(self.tr("Isi"), self.text_edit)
        form.addRow(self.save_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(list_side)
        splitter.addWidget(form_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self._reset_received()

    def _connect_signals(self) -> None:
        self.search.returnPressed.connect(self.reload)
        self.search.textChanged.connect(self._on_search_text_changed)
        for combo in (self.status_filter, self.channel_filter, self.kind_filter):
            combo.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.follow_up_button.clicked.connect(self._on_follow_up_button_clicked)
        self._deps.changes.changes_published.connect(self._on_changes_published)

    def _load(self) -> None:
        actor = self._deps.principal
        self._deps.runner.run(lambda: self._catalogue.list_services(actor), self._on_services_loaded)
        self.reload()

    # ---- list -----------------------------------------------------------------------------------

    def _filter(self) -> ComplaintFilter:
        status, channel, kind = (c.currentData() for c in (self.status_filter, self.channel_filter, self.kind_filter))
        return ComplaintFilter(
            status=ComplaintStatus(status) if status else None,
            channel=Channel(channel) if channel else None,
            kind=Kind(kind) if kind else None,
            text=self.search.text(),
        )

    @Slot()
    def reload(self) -> None:
        """List the complaints matching the filters."""
        actor, where = self._deps.principal, self._filter()
        self._deps.runner.run(lambda: self._complaints.list(actor, where), self._on_rows_loaded)

    def _on_rows_loaded(self, rows: list[ComplaintInfo]) -> None:
        keep = self._selected.id if self._selected else None
        self.model.set_rows(rows)
        open_ = sum(1 for r in rows if r.status is not ComplaintStatus.SELESAI)
        self.count_label.setText(self.tr("{0} pengaduan/saran · {1} belum selesai").format(len(rows), open_))
        if keep is not None and self.select_complaint(keep):
            return
        self._show_detail(None)

    def select_complaint(self, complaint_id: uuid.UUID) -> bool:
        """Select the row of a complaint and show it; False when it is not listed."""
        for row, info in enumerate(self.model.rows):
            if info.id == complaint_id:
                self.table.setCurrentIndex(self.model.index(row, 0))
                self._load_detail(complaint_id)
                return True
        return False

    def _on_services_loaded(self, services: list[ServiceSummary]) -> None:
        for s in services:
            if s.is_public and s.active:
                self.service_edit.addItem(plain_title(s.title), s.id)

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        if not text:
            self.reload()

    @Slot()
    def _on_table_current_changed(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._load_detail(self.model.row_at(index.row()).id)

    def _load_detail(self, complaint_id: uuid.UUID) -> None:
        actor = self._deps.principal
        self._deps.runner.run(lambda: self._complaints.get(actor, complaint_id), self._show_detail)

    def _show_detail(self, info: ComplaintInfo | None) -> None:
        self._selected = info
        if info is None:
            self.detail.setHtml(f"<p>{escape(self.tr('Pilih satu pengaduan di daftar untuk melihat riwayatnya.'))}</p>")
        else:
            self.detail.setHtml(detail_html(info))
        self.follow_up_button.setEnabled(
            self._can_manage and info is not None and info.status is not ComplaintStatus.SELESAI
        )

    # ---- recording and follow-up ----------------------------------------------------------------

    def _reset_received(self) -> None:
        now = self._now().replace(second=0, microsecond=0)
        self.received_edit.setDateTime(to_qdatetime(now))
        self.received_edit.setMaximumDateTime(to_qdatetime(now + dt.timedelta(minutes=1)))

    @Slot()
    def _on_save_button_clicked(self) -> None:
        received = from_qdatetime(self.received_edit.dateTime())
        now = self._now()
        complaint = ComplaintInput(
            channel=Channel(self.channel_edit.currentData()),
            kind=Kind(self.kind_edit.currentData()),
            text=self.text_edit.toPlainText(),
            service_id=self.service_edit.currentData(),
            name=self.name_edit.text(),
            contact=self.contact_edit.text(),
            # A time a minute or less ago is "now" (the field has no seconds).
            received_at=None if abs((now - received).total_seconds()) < 60 else received,
        )
        actor = self._deps.principal
        self.save_button.setEnabled(False)
        self._deps.runner.run(
            lambda: self._complaints.record(actor, complaint), self._on_recorded, self._on_record_failed
        )

    def _on_recorded(self, info: ComplaintInfo) -> None:
        self.save_button.setEnabled(True)
        for field in (self.name_edit, self.contact_edit):
            field.clear()
        self.text_edit.clear()
        self.service_edit.setCurrentIndex(0)
        self._reset_received()
        self._selected = info
        self._deps.messages.info(self.tr("{0} dicatat sebagai {1}.").format(info.kind_label, info.number))

    def _on_record_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._deps.runner.report(exc)  # a UserError goes to the message bar; what was typed stays

    @Slot()
    def _on_follow_up_button_clicked(self) -> None:
        info = self._selected
        if info is None or not self._can_manage:
            return
        choices = [(s.value, STATUS_LABELS[s]) for s in next_statuses(info.status)]
        answer = self._deps.dialogs.ask_follow_up(self, info.number, choices)
        if answer is None:
            return
        status, note = ComplaintStatus(answer[0]), answer[1]
        actor = self._deps.principal

        def done(updated: ComplaintInfo) -> None:
            self._selected = updated
            self._deps.messages.info(self.tr("{0}: {1}.").format(updated.number, updated.status_label))

        self._deps.runner.run(lambda: self._complaints.follow_up(actor, info.id, status, note), done)

    @Slot(object)
    def _on_changes_published(self, changes: Changes) -> None:
        if changes.complaints:
            self.reload()
