"""Papan Pantau: the supervisor's live board of the desk (waiting per service, each loket, today's totals)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from counter_app.changes import Changes
from counter_app.print.ticket_slip import plain_title
from counter_app.reports import LiveBoard, LoketActivity, LoketNow, ReportService, ServiceWaiting
from counter_app.ui.common import ScreenDeps
from counter_app.ui.table_models import Column, Index, RowTableModel, read_only_table

REFRESH_MS = 10_000  # other stations' changes reach this PC only through the store: look again every 10 s


def minutes(seconds: float | None) -> str:
    """'12 menit', '1 jam 05 menit' or '-'."""
    if seconds is None:
        return "-"
    total = int(seconds // 60)
    return f"{total // 60} jam {total % 60:02d} menit" if total >= 60 else f"{total} menit"


WAITING_COLUMNS: list[Column[ServiceWaiting]] = [
    Column(
        "Layanan",
        lambda w: f"{w.service_code} - {plain_title(w.service_title)}",
        tooltip=lambda w: plain_title(w.service_title),
    ),
    Column("Menunggu", lambda w: str(w.waiting), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
    Column("Tunggu terlama", lambda w: minutes(w.longest_wait_seconds)),
]
LOKET_COLUMNS: list[Column[LoketNow]] = [
    Column("Loket", lambda lk: lk.name),
    Column("Keadaan", lambda lk: lk.activity_label),
    Column("Nomor", lambda lk: lk.ticket_code or "-"),
    Column("Sejak", lambda lk: f"{lk.since:%H.%M}" if lk.since else "-"),
    Column("Petugas", lambda lk: lk.clerk or "-"),
]


class _LoketModel(RowTableModel[LoketNow]):
    """Lokets; the busy ones in bold."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """QAbstractTableModel.data: bold font for a loket calling or serving."""
        busy = index.isValid() and 0 <= index.row() < self.rowCount()
        if role == Qt.ItemDataRole.FontRole and busy and self.row_at(index.row()).activity is not LoketActivity.IDLE:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class _Tile(QFrame):
    """One big figure with its caption."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("boardTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("-")
        self.value.setObjectName("boardValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label = QLabel(caption)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(label)


class BoardScreen(QWidget):
    """The live board; reloads on ticket changes made here and every few seconds for other stations'."""

    def __init__(self, *, deps: ScreenDeps, reports: ReportService, refresh_ms: int = REFRESH_MS) -> None:
        super().__init__()
        self._deps = deps
        self._reports = reports
        self._loading = False
        self._again = False
        self.board: LiveBoard | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self._build_ui()
        self._connect_signals()
        self._load()
        if refresh_ms > 0:
            self.timer.start()

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Papan Pantau"))
        title.setObjectName("screenTitle")
        self.updated_label = QLabel()
        self.updated_label.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.updated_label)

        self.waiting_tile = _Tile(self.tr("Menunggu sekarang"))
        self.longest_tile = _Tile(self.tr("Tunggu terlama"))
        self.issued_tile = _Tile(self.tr("Nomor diambil hari ini"))
        self.served_tile = _Tile(self.tr("Dilayani hari ini"))
        tiles = QGridLayout()
        for i, tile in enumerate((self.waiting_tile, self.longest_tile, self.issued_tile, self.served_tile)):
            tiles.addWidget(tile, 0, i)

        self.waiting_model: RowTableModel[ServiceWaiting] = RowTableModel(WAITING_COLUMNS, self)
        self.waiting_table = read_only_table("boardWaiting", self.waiting_model, 0)
        self.loket_model = _LoketModel(LOKET_COLUMNS, self)
        self.loket_table = read_only_table("boardLokets", self.loket_model, 0)
        waiting_box = QVBoxLayout()
        waiting_box.addWidget(QLabel(self.tr("<b>Antrean per layanan</b>")))
        waiting_box.addWidget(self.waiting_table, 1)
        self.empty_label = QLabel(self.tr("Tidak ada yang menunggu."))
        self.empty_label.setObjectName("hint")
        waiting_box.addWidget(self.empty_label)
        loket_box = QVBoxLayout()
        loket_box.addWidget(QLabel(self.tr("<b>Loket</b>")))
        loket_box.addWidget(self.loket_table, 1)
        tables = QHBoxLayout()
        tables.addLayout(waiting_box, 1)
        tables.addLayout(loket_box, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addLayout(tables, 1)

    def _connect_signals(self) -> None:
        self._deps.changes.changes_published.connect(self._on_changes_published)
        self.timer.timeout.connect(self._on_timer_timeout)

    def _load(self) -> None:
        if self._loading:
            self._again = True  # one more load after the running one, never two at once
            return
        self._loading = True
        principal = self._deps.principal
        self._deps.runner.run(lambda: self._reports.live_board(principal), self._on_loaded, self._on_failed)

    def _on_loaded(self, board: LiveBoard) -> None:
        self._loading = False
        self.board = board
        self.waiting_tile.value.setText(str(board.waiting_total))
        self.longest_tile.value.setText(minutes(board.longest_wait_seconds))
        self.issued_tile.value.setText(str(board.issued_today))
        self.served_tile.value.setText(str(board.served_today))
        self.waiting_model.set_rows(board.waiting)
        self.loket_model.set_rows(board.lokets)
        self.empty_label.setVisible(not board.waiting)
        self.updated_label.setText(self.tr("Diperbarui pukul {time}").format(time=f"{board.at:%H.%M.%S}"))
        if self._again:
            self._again = False
            self._load()

    def _on_failed(self, exc: BaseException) -> None:
        self._loading = False
        self._again = False
        self._deps.runner.report(exc)

    @Slot(object)
    def _on_changes_published(self, changes: Changes) -> None:
        if changes.tickets or changes.counters or changes.users:
            self._load()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self.isVisible():
            self._load()

    def reload(self) -> None:
        """Load the board again now."""
        self._load()
