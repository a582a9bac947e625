"""Loket: the Admin numbers and names the loket, switches them on or off and picks their services."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app.catalogue import CatalogueService, ServiceSummary
from counter_app.changes import Changes
from counter_app.counters import CounterAdminService, CounterInfo
from counter_app.ui.common import ScreenDeps
from counter_app.ui.table_models import Column, RowTableModel

CENTER = Qt.AlignmentFlag.AlignCenter
MIN_NUMBER, MAX_NUMBER = 1, 99

COLUMNS: list[Column[CounterInfo]] = [
    Column("Nomor", lambda c: str(c.number), CENTER),
    Column("Nama", lambda c: c.name, tooltip=lambda c: c.name),
    Column(
        "Layanan",
        lambda c: ", ".join(c.service_codes) or "-",
        tooltip=lambda c: ", ".join(c.service_codes) or "-",
    ),
    Column("Status", lambda c: "Aktif" if c.active else "Nonaktif"),
]


@dataclass(frozen=True)
class _Loaded:
    counters: list[CounterInfo]
    services: list[ServiceSummary]


class CountersScreen(QWidget):
    """Lists the loket; a form beside the list adds a new loket or edits the selected one."""

    def __init__(self, *, deps: ScreenDeps, counters: CounterAdminService, catalogue: CatalogueService) -> None:
        super().__init__()
        self._deps = deps
        self._counters = counters
        self._catalogue = catalogue
        self._current: CounterInfo | None = None  # None: the form describes a new loket
        self._services: list[ServiceSummary] = []
        self._loaded_once = False
        self._build_ui()
        self._connect_signals()
        self._load()

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Loket"))
        title.setObjectName("screenTitle")
        self.model: RowTableModel[CounterInfo] = RowTableModel(COLUMNS, self)
        self.table = QTableView()
        self.table.setObjectName("countersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)  # a loket may serve many services: show every code
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.form_box = QGroupBox(self.tr("Loket baru"))
        self.form_box.setObjectName("counterForm")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.number_spin = QSpinBox()
        self.number_spin.setRange(MIN_NUMBER, MAX_NUMBER)
        self.number_spin.setMinimumWidth(90)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.active_check = QCheckBox(self.tr("Loket aktif (dapat memanggil antrean)"))
        self.active_check.setChecked(True)
        self.service_list = QListWidget()
        self.service_list.setObjectName("counterServices")
        self.service_list.setMinimumHeight(160)
        # Standard titles are long: wrap them instead of hiding their ends behind a horizontal scroll bar.
        self.service_list.setWordWrap(True)
        self.service_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.service_list.setResizeMode(QListView.ResizeMode.Adjust)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number_spin)
        number_row.addStretch(1)
        form.addRow(self.tr("Nomor"), number_row)
        form.addRow(self.tr("Nama"), self.name_edit)
        form.addRow("", self.active_check)
        services_label = QLabel(self.tr("Layanan yang dilayani di loket ini (layanan publik):"))
        services_label.setWordWrap(True)

        self.new_button = QPushButton(self.tr("Loket Baru"))
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setObjectName("primaryButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addLayout(form)
        box_layout.addWidget(services_label)
        box_layout.addWidget(self.service_list, 1)
        box_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.form_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([540, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self._deps.changes.changes_published.connect(self._on_changes_published)

    def _load(self) -> None:
        actor = self._deps.principal

        def fetch() -> _Loaded:
            return _Loaded(self._counters.list_counters(actor), self._catalogue.list_services(actor))

        self._deps.runner.run(fetch, self._on_loaded)

    def _on_loaded(self, loaded: _Loaded) -> None:
        selected = self._current.id if self._current is not None else None
        first_load, self._loaded_once = not self._loaded_once, True
        checked = set(self._checked_service_ids())
        self._services = [s for s in loaded.services if s.is_public]
        self.model.set_rows(loaded.counters)
        self.table.resizeRowsToContents()
        self._fill_service_list(checked)
        if selected is not None:
            self.select_counter(selected)
        elif first_load:
            self._show_new_form()

    def select_counter(self, counter_id: uuid.UUID) -> None:
        """Select the row of a loket (and show it in the form)."""
        for row, counter in enumerate(self.model.rows):
            if counter.id == counter_id:
                self.table.setCurrentIndex(self.model.index(row, 0))
                return

    # --- the form ------------------------------------------------------------------------------------

    def _fill_service_list(self, checked: set[uuid.UUID]) -> None:
        self.service_list.clear()
        for service in self._services:
            text = f"{service.code} - {service.title}"
            if not service.active:
                text += self.tr(" (nonaktif)")
            item = QListWidgetItem(text)
            item.setToolTip(service.title)
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if service.id in checked else Qt.CheckState.Unchecked)
            self.service_list.addItem(item)

    def _checked_service_ids(self) -> list[uuid.UUID]:
        items = (self.service_list.item(i) for i in range(self.service_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _set_checked(self, service_ids: set[uuid.UUID]) -> None:
        for i in range(self.service_list.count()):
            item = self.service_list.item(i)
            state = (
                Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in service_ids else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)

    def _show_new_form(self) -> None:
        self._current = None
        self.form_box.setTitle(self.tr("Loket baru"))
        used = {c.number for c in self.model.rows}
        free = next((n for n in range(MIN_NUMBER, MAX_NUMBER + 1) if n not in used), MAX_NUMBER)
        self.number_spin.setValue(free)
        self.name_edit.clear()
        self.name_edit.setPlaceholderText(self.tr('kosong: "Loket {0}"').format(free))
        self.active_check.setChecked(True)
        self._set_checked(set())

    def _show_counter(self, counter: CounterInfo) -> None:
        keep_form = self._current is not None and self._current.id == counter.id and self._form_dirty()
        self._current = counter
        if keep_form:
            return  # the admin is editing this loket: a reload must not throw away what was typed
        self.form_box.setTitle(self.tr("Ubah loket {0}").format(counter.number))
        self.number_spin.setValue(counter.number)
        self.name_edit.setText(counter.name)
        self.name_edit.setPlaceholderText("")
        self.active_check.setChecked(counter.active)
        self._set_checked(set(counter.service_ids))

    def _form_dirty(self) -> bool:
        counter = self._current
        assert counter is not None
        public = {s.id for s in self._services}
        return (
            self.number_spin.value() != counter.number
            or self.name_edit.text() != counter.name
            or self.active_check.isChecked() != counter.active
            or set(self._checked_service_ids()) != {i for i in counter.service_ids if i in public}
        )

    # --- slots ---------------------------------------------------------------------------------------

    @Slot()
    def _on_table_current_changed(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._show_counter(self.model.row_at(index.row()))

    @Slot()
    def _on_new_clicked(self) -> None:
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self._show_new_form()
        self.number_spin.setFocus()

    @Slot()
    def _on_save_clicked(self) -> None:
        actor = self._deps.principal
        current = self._current
        counter_id = current.id if current is not None else None
        number, name, active = self.number_spin.value(), self.name_edit.text(), self.active_check.isChecked()
        public = {s.id for s in self._services}
        # Services not offered in this list (internal ones) stay as they were.
        kept = [i for i in current.service_ids if i not in public] if current is not None else []
        service_ids = self._checked_service_ids() + kept
        self.save_button.setEnabled(False)

        def save() -> CounterInfo:
            return self._counters.save_counter(
                actor, counter_id=counter_id, number=number, name=name, active=active, service_ids=service_ids
            )

        self._deps.runner.run(save, lambda info: self._on_saved(info, current is None), self._on_save_failed)

    def _on_saved(self, counter: CounterInfo, created: bool) -> None:
        self.save_button.setEnabled(True)
        self._current = None  # let _show_counter refill the form with what was stored
        self._show_counter(counter)
        text = self.tr("{0} ditambahkan.") if created else self.tr("{0} disimpan.")
        self._deps.messages.info(text.format(counter.name))

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._deps.runner.report(exc)  # UserError goes to the message bar; the form keeps what was typed

    @Slot(object)
    def _on_changes_published(self, changes: Changes) -> None:
        if changes.counters or changes.catalogue:
            self._load()
