"""Every message box and file dialog goes through DialogService, so screens can be tested with a fake."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


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

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
        """Ask where to save; None when cancelled."""
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(name) if name else None

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        """Ask which file to open; None when cancelled."""
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return Path(name) if name else None
