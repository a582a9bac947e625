"""Every message box and file dialog goes through DialogService, so screens can be tested with a fake."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app import photo
from counter_app.ui import photo_crop_dialog
from counter_app.ui.qdates import from_qdate


def _buttons(dialog: QDialog, ok_label: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_label)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


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

    def ask_text(self, parent: QWidget | None, title: str, label: str, *, required: bool = False) -> str | None:
        """Ask for a note or a reason (several lines); None when cancelled.

        With ``required`` the OK button stays disabled until something is typed; the core checks again.
        """
        dialog = QDialog(parent)
        dialog.setWindowTitle(title)
        text = QLabel(label)
        text.setWordWrap(True)
        field = QPlainTextEdit()
        field.setObjectName("note")
        field.setMinimumSize(420, 110)
        buttons = _buttons(dialog, "Simpan")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if required:
            ok.setEnabled(False)
            field.textChanged.connect(lambda: ok.setEnabled(bool(field.toPlainText().strip())))
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(field)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return field.toPlainText()

    def ask_product(self, parent: QWidget | None, today: dt.date) -> tuple[str, dt.date] | None:
        """Ask for the number and date of the product issued at the last step; None when cancelled."""
        dialog = QDialog(parent)
        dialog.setWindowTitle("Selesaikan Permohonan")
        number = QLineEdit()
        number.setObjectName("productNumber")
        number.setMinimumWidth(320)
        number.setPlaceholderText("misalnya 560/123/416-303/2026")
        date = QDateEdit(QDate(today.year, today.month, today.day))
        date.setCalendarPopup(True)
        date.setDisplayFormat("dd-MM-yyyy")
        date.setMaximumDate(QDate(today.year, today.month, today.day))
        buttons = _buttons(dialog, "Selesaikan")
        form = QFormLayout(dialog)
        form.addRow("Nomor produk", number)
        form.addRow("Tanggal terbit", date)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return number.text(), from_qdate(date.date())

    def ask_work_item(
        self, parent: QWidget | None, standards: Sequence[tuple[uuid.UUID, str]]
    ) -> tuple[uuid.UUID, str] | None:
        """Ask which internal standard to start and its subject (perihal); None when cancelled."""
        dialog = QDialog(parent)
        dialog.setWindowTitle("Pekerjaan Internal Baru")
        choice = QComboBox()
        for service_id, title in standards:
            choice.addItem(title, service_id)
        subject = QLineEdit()
        subject.setObjectName("subject")
        subject.setMinimumWidth(420)
        subject.setPlaceholderText("misalnya Undangan rapat koordinasi dari Bupati")
        buttons = _buttons(dialog, "Mulai")
        form = QFormLayout(dialog)
        form.addRow("Standar internal", choice)
        form.addRow("Perihal", subject)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted or choice.currentIndex() < 0:
            return None
        return choice.currentData(), subject.text()

    def ask_follow_up(
        self, parent: QWidget | None, number: str, statuses: Sequence[tuple[str, str]]
    ) -> tuple[str, str] | None:
        """Ask the next status of a complaint (code, label pairs) and the note or response; None when cancelled."""
        dialog = QDialog(parent)
        dialog.setWindowTitle(f"Tindak Lanjut Pengaduan {number}")
        choice = QComboBox()
        choice.setObjectName("followUpStatus")
        for code, label in statuses:
            choice.addItem(label, code)
        note = QPlainTextEdit()
        note.setObjectName("followUpNote")
        note.setMinimumSize(460, 130)
        note.setPlaceholderText("Apa yang dilakukan, atau jawaban yang disampaikan kepada pelapor")
        buttons = _buttons(dialog, "Simpan")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        note.textChanged.connect(lambda: ok.setEnabled(bool(note.toPlainText().strip())))
        form = QFormLayout(dialog)
        form.addRow("Status berikutnya", choice)
        form.addRow("Catatan / tanggapan", note)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted or choice.currentIndex() < 0:
            return None
        return str(choice.currentData()), note.toPlainText()

    def ask_report_back(
        self, parent: QWidget | None, who: str, number: int, today: dt.date, earliest: dt.date
    ) -> tuple[dt.date, str] | None:
        """Ask the date and a note of an AK/1 report-back (lapor ke-``number``); None when cancelled."""
        dialog = QDialog(parent)
        dialog.setWindowTitle("Catat Lapor AK/1")
        text = QLabel(f"Lapor ke-{number} dari {who}.")
        text.setWordWrap(True)
        date = QDateEdit(QDate(today.year, today.month, today.day))
        date.setObjectName("reportDate")
        date.setCalendarPopup(True)
        date.setDisplayFormat("dd-MM-yyyy")
        date.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        date.setMaximumDate(QDate(today.year, today.month, today.day))
        note = QLineEdit()
        note.setObjectName("reportNote")
        note.setMinimumWidth(360)
        note.setPlaceholderText("misalnya masih mencari kerja, sudah melamar ke PT ...")
        buttons = _buttons(dialog, "Catat Lapor")
        form = QFormLayout(dialog)
        form.addRow(text)
        form.addRow("Tanggal lapor", date)
        form.addRow("Catatan", note)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return from_qdate(date.date()), note.text()

    def ask_placement(
        self, parent: QWidget | None, who: str, today: dt.date, earliest: dt.date
    ) -> tuple[str, str, dt.date] | None:
        """Ask where an AK/1 holder was placed: employer, position and date; None when cancelled."""
        dialog = QDialog(parent)
        dialog.setWindowTitle("Catat Penempatan AK/1")
        text = QLabel(f"Penempatan {who}. Kartu AK/1 ditutup setelah penempatan dicatat.")
        text.setWordWrap(True)
        employer = QLineEdit()
        employer.setObjectName("placementEmployer")
        employer.setMinimumWidth(360)
        employer.setPlaceholderText("nama perusahaan/instansi yang menerima")
        position = QLineEdit()
        position.setObjectName("placementPosition")
        date = QDateEdit(QDate(today.year, today.month, today.day))
        date.setObjectName("placementDate")
        date.setCalendarPopup(True)
        date.setDisplayFormat("dd-MM-yyyy")
        date.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        date.setMaximumDate(QDate(today.year, today.month, today.day))
        buttons = _buttons(dialog, "Catat Penempatan")
        form = QFormLayout(dialog)
        form.addRow(text)
        form.addRow("Perusahaan/instansi", employer)
        form.addRow("Jabatan", position)
        form.addRow("Tanggal penempatan", date)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return employer.text(), position.text(), from_qdate(date.date())

    def crop_photo(self, parent: QWidget | None, upright: photo.UprightPhoto) -> photo.CropBox | None:
        """Let the officer choose the 3:4 part of a pas photo (opens at the centred crop); None when cancelled."""
        dialog = photo_crop_dialog.PhotoCropDialog(upright, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.crop_box

    def ask_ak1_registration(self, parent: QWidget | None, title: str, today: dt.date) -> tuple[str, dt.date] | None:
        """Ask the AK/1 number (empty = from the office pattern) and the issue date; None when cancelled."""
        dialog = QDialog(parent)
        dialog.setWindowTitle(title)
        number = QLineEdit()
        number.setObjectName("ak1Number")
        number.setMinimumWidth(320)
        number.setPlaceholderText("dari SIAPkerja/Karirhub; kosongkan untuk nomor dari pola kantor")
        date = QDateEdit(QDate(today.year, today.month, today.day))
        date.setObjectName("ak1IssuedOn")
        date.setCalendarPopup(True)
        date.setDisplayFormat("dd-MM-yyyy")
        date.setMaximumDate(QDate(today.year, today.month, today.day))
        buttons = _buttons(dialog, "Simpan")
        form = QFormLayout(dialog)
        form.addRow("Nomor AK/1", number)
        form.addRow("Tanggal dikeluarkan", date)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return number.text(), from_qdate(date.date())
