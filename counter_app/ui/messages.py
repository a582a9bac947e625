"""The message bar: one place where user errors, warnings and confirmations appear in plain Indonesian."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class Level(StrEnum):
    """How serious a message is; decides its colour and whether it hides itself."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class MessageBar(QFrame):
    """A coloured strip above the screens; info messages hide after a few seconds, errors stay.

    Signals:
        message_shown(str, str): level and text of every message shown (tests and the log view use it).
    """

    message_shown = Signal(str, str)

    INFO_TIMEOUT_MS = 6000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Tutup pesan"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self._label, 1)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    @property
    def text(self) -> str:
        """The text currently shown."""
        return self._label.text()

    @property
    def level(self) -> str:
        """The level of the message currently shown."""
        return str(self.property("level") or "")

    @Slot(str)
    def info(self, text: str) -> None:
        """Show a confirmation that hides itself."""
        self._show(Level.INFO, text)

    @Slot(str)
    def warning(self, text: str) -> None:
        """Show a warning that stays until closed."""
        self._show(Level.WARNING, text)

    @Slot(str)
    def error(self, text: str) -> None:
        """Show an error that stays until closed."""
        self._show(Level.ERROR, text)

    def _show(self, level: Level, text: str) -> None:
        self.setProperty("level", level.value)
        self.style().unpolish(self)
        self.style().polish(self)
        self._label.setText(text)
        self.show()
        self._timer.stop()
        if level is Level.INFO:
            self._timer.start(self.INFO_TIMEOUT_MS)
        self.message_shown.emit(level.value, text)
