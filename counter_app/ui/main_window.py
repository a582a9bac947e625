"""The main window: navigation, the stacked screens, the message bar and the status bar; nothing else."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.roles import Principal
from counter_app.ui.messages import MessageBar


@dataclass(frozen=True)
class ScreenEntry:
    """One screen of the navigation."""

    key: str
    title: str
    widget: QWidget


@dataclass(frozen=True)
class StatusInfo:
    """What the status bar shows about this station and its store."""

    station: str
    counter_number: int | None
    store_kind: str


STORE_LABELS = {"sqlite": "SQLite (PC ini)", "postgresql": "PostgreSQL (server kantor)"}


class MainWindow(QMainWindow):
    """The shell around the screens of the signed-in user's role.

    Signals:
        logout_requested(): the user chose Keluar.
        password_change_requested(): the user chose Ganti Kata Sandi.
    """

    logout_requested = Signal()
    password_change_requested = Signal()

    def __init__(
        self, *, principal: Principal, messages: MessageBar, screens: Sequence[ScreenEntry], status: StatusInfo
    ) -> None:
        super().__init__()
        self._principal = principal
        self._messages = messages
        self._screens = list(screens)
        self._status = status
        self._closing_for_logout = False
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Aplikasi Loket Disnaker Kabupaten Mojokerto - {name} ({role})").format(
                name=self._principal.full_name, role=self._principal.role_label
            )
        )
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(210)
        self.stack = QStackedWidget()
        for entry in self._screens:
            item = QListWidgetItem(entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.nav.addItem(item)
            self.stack.addWidget(entry.widget)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self._messages)
        right_layout.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)

        menu = self.menuBar().addMenu(self.tr("&Akun"))
        self.change_password_action = QAction(self.tr("Ganti Kata Sandi…"), self)
        self.logout_action = QAction(self.tr("Keluar"), self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        menu.addAction(self.change_password_action)
        menu.addSeparator()
        menu.addAction(self.logout_action)

        bar = self.statusBar()
        self.station_label = QLabel(self.tr("Stasiun: {0}").format(self._status.station))
        counter = str(self._status.counter_number) if self._status.counter_number else "-"
        self.counter_label = QLabel(self.tr("Loket: {0}").format(counter))
        self.store_label = QLabel()
        self.user_label = QLabel(
            self.tr("Pengguna: {0} ({1})").format(self._principal.full_name, self._principal.role_label)
        )
        for label in (self.station_label, self.counter_label, self.store_label, self.user_label):
            bar.addPermanentWidget(label)
        self.set_store_reachable(True)
        self.nav.setCurrentRow(0)
        self.resize(1280, 800)

    def _connect_signals(self) -> None:
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.logout_action.triggered.connect(self._on_logout_action_triggered)
        self.change_password_action.triggered.connect(self.password_change_requested)

    @property
    def screen_keys(self) -> list[str]:
        """Keys of the screens this role sees, in navigation order."""
        return [entry.key for entry in self._screens]

    def show_screen(self, key: str) -> QWidget:
        """Switch to the screen with ``key`` and return it."""
        index = self.screen_keys.index(key)
        self.nav.setCurrentRow(index)
        return self._screens[index].widget

    @Slot(bool)
    def set_store_reachable(self, reachable: bool) -> None:
        """Show the store kind and whether it answers."""
        kind = STORE_LABELS.get(self._status.store_kind, self._status.store_kind)
        state = self.tr("terhubung") if reachable else self.tr("TIDAK TERHUBUNG")
        self.store_label.setText(self.tr("Penyimpanan: {0}, {1}").format(kind, state))
        self.store_label.setProperty("problem", not reachable)
        self.store_label.style().unpolish(self.store_label)
        self.store_label.style().polish(self.store_label)

    def close_for_logout(self) -> None:
        """Close without asking (the controller already confirmed)."""
        self._closing_for_logout = True
        self.close()

    @Slot()
    def _on_logout_action_triggered(self) -> None:
        self.logout_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """QWidget.closeEvent: closing the window is a logout, so the session is recorded."""
        if not self._closing_for_logout:
            event.ignore()
            self.logout_requested.emit()
            return
        super().closeEvent(event)
