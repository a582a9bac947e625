"""Every message box and file dialog goes through DialogService, so screens can be tested with a fake."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


class DialogService:
    """Asks the user questions and shows the crash notice."""

    def confirm(self, parent: QWidget | None, title: str, text: str, *, yes_label: str = "Ya") -> bool:
        """Ask a yes/no question; True when the user chose ``yes_label``."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes = box.addButton(yes_label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Batal", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def crash(self, parent: QWidget | None, detail: str) -> None:
        """Tell the user an unexpected error happened and that saved data is safe."""
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "Terjadi kesalahan",
            "Terjadi kesalahan, data Anda aman.\n\n"
            "Data yang sudah disimpan tidak hilang dan isian yang terbuka tetap ada. "
            "Coba ulangi langkah terakhir; bila terjadi lagi, hubungi Admin dan sebutkan waktu kejadian.",
            parent=parent,
        )
        box.setDetailedText(detail)
        box.exec()

    def ask_password(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """Ask for a password in a small dialog (typed text is masked); None when cancelled."""
        dialog = QDialog(parent)
        dialog.setWindowTitle(title)
        text = QLabel(label)
        text.setWordWrap(True)
        field = QLineEdit()
        field.setObjectName("password")
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMinimumWidth(320)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Simpan")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(field)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return field.text()

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
        """Ask where to save; None when cancelled."""
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(name) if name else None

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        """Ask which file to open; None when cancelled."""
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return Path(name) if name else None
