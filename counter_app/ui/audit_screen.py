"""Jejak Audit: who did what, when and on which PC, newest first, filtered by kind of action."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app.audit import AuditRecord, AuditService
from counter_app.changes import Changes
from counter_app.roles import COMMAND_LINE
from counter_app.ui import formatting
from counter_app.ui.common import ScreenDeps
from counter_app.ui.table_models import Column, RowTableModel

AUDIT_LIMIT = 500

ACTION_LABELS: dict[str, str] = {
    "login.ok": "Masuk",
    "login.failed": "Gagal masuk",
    "login.locked": "Akun dikunci",
    "login.refused_locked": "Masuk ditolak (akun terkunci)",
    "logout": "Keluar",
    "session.idle_lock": "Layar terkunci otomatis",
    "session.unlock": "Layar dibuka kembali",
    "session.unlock_failed": "Gagal membuka layar",
    "user.first_admin": "Admin pertama dibuat",
    "user.add": "Tambah pengguna",
    "user.update": "Ubah pengguna",
    "user.reset_password": "Atur ulang kata sandi",
    "user.unlock": "Buka kunci akun",
    "user.password_changed": "Ganti kata sandi sendiri",
    "service.update": "Ubah pengaturan layanan",
    "catalogue.load": "Muat katalog",
    "counter.add": "Tambah loket",
    "counter.update": "Ubah loket",
}

ENTITY_LABELS: dict[str, str] = {
    "user": "Pengguna",
    "service": "Layanan",
    "counter": "Loket",
}

# (label, action prefix); "log" covers both login.* and logout.
FILTERS: tuple[tuple[str, str], ...] = (
    ("Semua tindakan", ""),
    ("Masuk dan keluar", "log"),
    ("Pengguna", "user"),
    ("Layanan", "service"),
    ("Katalog", "catalogue"),
    ("Loket", "counter"),
    ("Sesi (kunci layar)", "session"),
)


def action_label(action: str) -> str:
    """The action in plain Indonesian; unknown codes are shown as they are."""
    return ACTION_LABELS.get(action, action)


def user_label(record: AuditRecord) -> str:
    """Who acted; the admin command line is named as such."""
    if record.username == COMMAND_LINE.username:
        return "Baris perintah"
    return record.username or "-"


def entity_label(record: AuditRecord) -> str:
    """What the action was done on; the id is in the tooltip."""
    return ENTITY_LABELS.get(record.entity, record.entity) or "-"


COLUMNS: list[Column[AuditRecord]] = [
    Column("Waktu", lambda r: formatting.date_time(r.at)),
    Column("Stasiun", lambda r: r.station),
    Column("Pengguna", user_label),
    Column("Tindakan", lambda r: action_label(r.action), tooltip=lambda r: r.action),
    Column("Objek", entity_label, tooltip=lambda r: r.entity_id),
    Column("Rincian", lambda r: r.detail, tooltip=lambda r: r.detail),
]


class AuditScreen(QWidget):
    """Shows the newest entries of the audit trail; reloads after any change."""

    def __init__(self, *, deps: ScreenDeps, audit: AuditService) -> None:
        super().__init__()
        self._deps = deps
        self._audit = audit
        self._request = 0  # only the newest request's answer is shown (the filter may change meanwhile)
        self._build_ui()
        self._connect_signals()
        self._load()

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Jejak Audit"))
        title.setObjectName("screenTitle")
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("auditFilter")
        for label, prefix in FILTERS:
            self.filter_combo.addItem(self.tr(label), prefix)
        self.reload_button = QPushButton(self.tr("Muat Ulang"))
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Tampilkan")))
        bar.addWidget(self.filter_combo)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.reload_button)
        self.model: RowTableModel[AuditRecord] = RowTableModel(COLUMNS, self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def _connect_signals(self) -> None:
        self.filter_combo.currentIndexChanged.connect(self._on_filter_combo_current_index_changed)
        self.reload_button.clicked.connect(self._on_reload_clicked)
        self._deps.changes.changes_published.connect(self._on_changes_published)

    def _load(self) -> None:
        actor = self._deps.principal
        prefix = str(self.filter_combo.currentData() or "")
        self._request += 1
        request = self._request
        self._deps.runner.run(
            lambda: self._audit.recent(actor, AUDIT_LIMIT, prefix),
            lambda rows: self._on_loaded(request, rows),
        )

    def _on_loaded(self, request: int, records: list[AuditRecord]) -> None:
        if request != self._request:
            return  # a newer load is on its way
        self.model.set_rows(records)
        text = self.tr("{0} entri terbaru").format(len(records))
        if len(records) >= AUDIT_LIMIT:
            text = self.tr("{0} entri terbaru (yang lebih lama tidak ditampilkan)").format(len(records))
        self.count_label.setText(text)

    @Slot(int)
    def _on_filter_combo_current_index_changed(self, _index: int) -> None:
        self._load()

    @Slot()
    def _on_reload_clicked(self) -> None:
        self._load()

    @Slot(object)
    def _on_changes_published(self, _changes: Changes) -> None:
        self._load()
