"""Katalog: every service standard in full, and (for the Admin) its code, prefix, active flag and loket."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counter_app.catalogue import CatalogueService, ServiceDetail, ServiceSummary
from counter_app.catalogue_data import Standard
from counter_app.changes import Changes
from counter_app.counters import CounterAdminService, CounterInfo
from counter_app.roles import Permission
from counter_app.ui.common import ScreenDeps
from counter_app.ui.table_models import Column, RowTableModel

CENTER = Qt.AlignmentFlag.AlignCenter

COLUMNS: list[Column[ServiceSummary]] = [
    Column("Kode", lambda s: s.code),
    Column("Awalan", lambda s: s.ticket_prefix or "-", CENTER),
    Column("Standar pelayanan", lambda s: s.title, tooltip=lambda s: s.title),
    Column("Bidang", lambda s: s.bidang),
    Column("Jenis", lambda s: "Publik" if s.is_public else "Internal"),
    Column("Waktu", lambda s: s.time_limit_text),
    Column("Loket", lambda s: ", ".join(str(n) for n in s.counter_numbers) or "-", CENTER),
    Column("Status", lambda s: "Aktif" if s.active else "Nonaktif"),
]

FIELD_LABELS = {
    "requirements": "Persyaratan",
    "procedure": "Sistem, mekanisme dan prosedur",
    "time_limit": "Jangka waktu pelayanan",
    "fee": "Biaya/tarif",
    "product": "Produk layanan",
    "complaint_handling": "Penanganan pengaduan, saran dan masukan",
    "legal_basis": "Dasar hukum",
    "facilities": "Sarana, prasarana dan/atau fasilitas",
    "competence": "Kompetensi pelaksana",
    "internal_supervision": "Pengawasan internal",
    "staff_count": "Jumlah pelaksana",
    "guarantee": "Jaminan pelayanan",
    "security_guarantee": "Jaminan keamanan dan keselamatan pelayanan",
    "evaluation": "Evaluasi kinerja",
    "flow": "Alur",
    "signatory": "Penanda tangan",
}


def _list(items: list[str] | tuple[str, ...]) -> str:
    if not items:
        return "<p><i>(kosong pada sumber)</i></p>"
    return "<ol>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ol>"


def _para(text: str) -> str:
    if not text.strip():
        return "<p><i>(kosong pada sumber)</i></p>"
    return "<p>" + escape(text).replace("\n", "<br>") + "</p>"


def standard_html(standard: Standard, summary: ServiceSummary) -> str:
    """The whole standard as readable HTML, in the order of the published document."""
    marks: dict[str, list[str]] = {}
    for mark in standard.source_marks:
        marks.setdefault(mark.field.split(".")[0].split("[")[0], []).append(mark.note)

    def section(field: str, body: str) -> str:
        note = "".join(f"<p class='mark'>⚠ {escape(n)}</p>" for n in marks.get(field, []))
        return f"<h3>{escape(FIELD_LABELS[field])}</h3>{body}{note}"

    req = []
    for rl in standard.requirements:
        if rl.label:
            req.append(f"<p><b>{escape(rl.label)}</b></p>")
        req.append(
            "<ol>"
            + "".join(
                f"<li>{escape(i.text)}"
                + (
                    "<ol type='a'>" + "".join(f"<li>{escape(s)}</li>" for s in i.sub_items) + "</ol>"
                    if i.sub_items
                    else ""
                )
                + "</li>"
                for i in rl.items
            )
            + "</ol>"
        )
    steps = (
        "<ol>"
        + "".join(
            f"<li>{escape(s.text)}" + (f" <span class='actor'>[{escape(s.actor)}]</span>" if s.actor else "") + "</li>"
            for s in standard.procedure
        )
        + "</ol>"
        if standard.procedure
        else "<p><i>(kosong pada sumber)</i></p>"
    )
    flow = (
        "<p>" + escape(" · ".join(f"{e.source} → {e.target}" for e in standard.flow_edges)) + "</p>"
        if standard.flow_edges
        else "<p><i>"
        + escape("Pelaku: " + ", ".join(standard.flow_actors) if standard.flow_actors else "-")
        + "</i></p>"
    )
    other = "".join(f"<h3>{escape(c.label)}</h3>{_para(c.text)}" for c in standard.other_components)
    head = (
        f"<h2>{escape(standard.title)}</h2>"
        f"<p>{escape(standard.office)} · {escape(summary.bidang)} · "
        f"{'Layanan publik' if standard.is_public else 'Layanan internal'} · Kode {escape(summary.code)}"
        + (f" · Awalan antrean {escape(summary.ticket_prefix)}" if summary.ticket_prefix else "")
        + "</p>"
    )
    return (
        head
        + section("requirements", "".join(req))
        + section("procedure", steps)
        + section("flow", flow)
        + section("time_limit", _para(standard.time_limit.text))
        + section("fee", _para(standard.fee))
        + section("product", _para(standard.product))
        + section("complaint_handling", _para(standard.complaint_handling))
        + section("legal_basis", _list(standard.legal_basis))
        + section("facilities", _list(standard.facilities))
        + section("competence", _list(standard.competence))
        + section("internal_supervision", _para(standard.internal_supervision))
        + section("staff_count", _para(standard.staff_count_text))
        + section("guarantee", _para(standard.guarantee))
        + section("security_guarantee", _para(standard.security_guarantee))
        + section("evaluation", _para(standard.evaluation))
        + other
        + section("signatory", _para(standard.signatory))
    )


@dataclass(frozen=True)
class _Loaded:
    services: list[ServiceSummary]
    counters: list[CounterInfo]


class _FilterProxy(QSortFilterProxyModel):
    """Matches the search text against code, prefix and title."""

    def filterAcceptsRow(self, source_row: int, source_parent: object) -> bool:
        """QSortFilterProxyModel.filterAcceptsRow."""
        # The fixed-string filter escapes spaces and '/', so match with the expression, not its pattern text.
        regex = self.filterRegularExpression()
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        s: ServiceSummary = model.row_at(source_row)
        values = (s.code, s.ticket_prefix or "", s.title, s.bidang)
        return not regex.pattern() or any(regex.match(v).hasMatch() for v in values)


class CatalogueScreen(QWidget):
    """Lists the standards; shows one in full; lets the Admin edit its operational fields."""

    def __init__(self, *, deps: ScreenDeps, catalogue: CatalogueService, counters: CounterAdminService) -> None:
        super().__init__()
        self._deps = deps
        self._catalogue = catalogue
        self._counters = counters
        self._can_edit = deps.principal.can(Permission.MANAGE_CATALOGUE)
        self._detail: ServiceDetail | None = None
        self._counter_rows: list[CounterInfo] = []
        self._build_ui()
        self._connect_signals()
        self._load()

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Katalog Standar Pelayanan"))
        title.setObjectName("screenTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari kode, awalan, judul atau bidang…"))
        self.search.setClearButtonEnabled(True)
        self.model: RowTableModel[ServiceSummary] = RowTableModel(COLUMNS, self)
        self.proxy = _FilterProxy(self)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("catalogueTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # At 1280 px the title column would get no room at all; Bidang and Jenis are in the standard's heading
        # on the right and still found by the search.
        self.table.setColumnHidden(3, True)
        self.table.setColumnHidden(4, True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)

        self.detail = QTextBrowser()
        self.detail.setObjectName("standardText")
        self.detail.setOpenLinks(False)
        self.detail.setHtml(f"<p>{escape(self.tr('Pilih satu standar di daftar untuk membaca isinya.'))}</p>")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)

        self.edit_box = QGroupBox(self.tr("Pengaturan kantor untuk layanan ini"))
        form = QFormLayout(self.edit_box)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(12)
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setMaxLength(2)
        self.active_check = QCheckBox(self.tr("Layanan aktif (tampil di kios dan loket)"))
        self.counter_list = QListWidget()
        self.counter_list.setMaximumHeight(110)
        self.save_button = QPushButton(self.tr("Simpan Pengaturan"))
        self.save_button.setObjectName("primaryButton")
        form.addRow(self.tr("Kode"), self.code_edit)
        form.addRow(self.tr("Awalan antrean"), self.prefix_edit)
        form.addRow("", self.active_check)
        form.addRow(self.tr("Dilayani di loket"), self.counter_list)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.edit_box.setEnabled(False)
        self.edit_box.setVisible(self._can_edit)
        right_layout.addWidget(self.edit_box)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([650, 410])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        self._deps.changes.changes_published.connect(self._on_changes_published)

    def _load(self) -> None:
        actor = self._deps.principal

        def fetch() -> _Loaded:
            return _Loaded(self._catalogue.list_services(actor), self._counters.list_counters(actor))

        self._deps.runner.run(fetch, self._on_loaded)

    def _on_loaded(self, loaded: _Loaded) -> None:
        selected = self._detail.summary.id if self._detail else None
        self._counter_rows = loaded.counters
        self.model.set_rows(loaded.services)
        if selected is not None:
            self.select_service(selected)

    def select_service(self, service_id: uuid.UUID) -> None:
        """Select the row of a service (and show it)."""
        for row, summary in enumerate(self.model.rows):
            if summary.id == service_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.setCurrentIndex(index)
                return

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)

    @Slot()
    def _on_table_current_changed(self) -> None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        if not index.isValid():
            return
        summary = self.model.row_at(index.row())
        actor = self._deps.principal
        self._deps.runner.run(lambda: self._catalogue.get_service(actor, summary.id), self._show_detail)

    def _show_detail(self, detail: ServiceDetail) -> None:
        keep_form = self._detail is not None and self._detail.summary.id == detail.summary.id and self._form_dirty()
        self._detail = detail
        self.detail.setHtml(standard_html(detail.standard, detail.summary))
        if keep_form:
            return  # the admin is editing this service: a reload must not throw away what was typed
        s = detail.summary
        self.code_edit.setText(s.code)
        self.prefix_edit.setText(s.ticket_prefix or "")
        self.prefix_edit.setEnabled(s.is_public)
        self.prefix_edit.setPlaceholderText("" if s.is_public else self.tr("layanan internal: tanpa antrean"))
        self.active_check.setChecked(s.active)
        self.counter_list.clear()
        for counter in self._counter_rows:
            item = QListWidgetItem(f"{counter.number} - {counter.name}")
            item.setData(Qt.ItemDataRole.UserRole, counter.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if counter.number in s.counter_numbers else Qt.CheckState.Unchecked
            )
            self.counter_list.addItem(item)
        self.edit_box.setEnabled(self._can_edit)

    def _checked_counter_ids(self) -> list[uuid.UUID]:
        return [
            self.counter_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.counter_list.count())
            if self.counter_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _form_dirty(self) -> bool:
        assert self._detail is not None
        s = self._detail.summary
        checked = {c.number for c in self._counter_rows if c.id in set(self._checked_counter_ids())}
        return (
            self.code_edit.text() != s.code
            or self.prefix_edit.text() != (s.ticket_prefix or "")
            or self.active_check.isChecked() != s.active
            or checked != set(s.counter_numbers)
        )

    @Slot()
    def _on_save_clicked(self) -> None:
        if self._detail is None:
            return
        actor = self._deps.principal
        service_id = self._detail.summary.id
        code, prefix = self.code_edit.text(), self.prefix_edit.text()
        active, counter_ids = self.active_check.isChecked(), self._checked_counter_ids()
        self.save_button.setEnabled(False)

        def save() -> ServiceSummary:
            return self._catalogue.update_operational(
                actor, service_id, code=code, ticket_prefix=prefix, active=active, counter_ids=counter_ids
            )

        self._deps.runner.run(save, self._on_saved, self._on_save_failed)

    def _on_saved(self, summary: ServiceSummary) -> None:
        self.save_button.setEnabled(True)
        if self._detail is not None:
            self._detail = ServiceDetail(summary, self._detail.standard, self._detail.loaded_at)
        self._deps.messages.info(self.tr("Pengaturan layanan {0} disimpan.").format(summary.code))

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._deps.runner.report(exc)  # UserError goes to the message bar; the form keeps what was typed

    @Slot(object)
    def _on_changes_published(self, changes: Changes) -> None:
        if changes.catalogue or changes.counters:
            self._load()
