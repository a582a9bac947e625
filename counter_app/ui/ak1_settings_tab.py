"""The "Pengaturan AK/1" tab of Profil Kantor: local number pattern, report rows, validity and report interval."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from counter_app.changes import Changes
from counter_app.jobseekers import Ak1Settings, JobSeekerService
from counter_app.ui.common import ScreenDeps


class Ak1SettingsTab(QWidget):
    """Edits the office-wide AK/1 options; a refused value keeps everything typed and says what to fix."""

    def __init__(self, *, deps: ScreenDeps, jobseekers: JobSeekerService) -> None:
        super().__init__()
        self._deps = deps
        self._jobseekers = jobseekers
        self._build_ui()
        self._connect_signals()
        self._load()

    def _build_ui(self) -> None:
        self.pattern_edit = QLineEdit()
        self.pattern_edit.setPlaceholderText("3516-{tahun}-{urut:06d}")
        self.report_rows_spin = QSpinBox()
        self.report_rows_spin.setRange(1, 4)
        self.valid_years_spin = QSpinBox()
        self.valid_years_spin.setRange(1, 5)
        self.valid_years_spin.setSuffix(self.tr(" tahun"))
        self.every_months_spin = QSpinBox()
        self.every_months_spin.setRange(1, 24)
        self.every_months_spin.setSuffix(self.tr(" bulan"))
        self.save_button = QPushButton(self.tr("Simpan Pengaturan AK/1"))
        form = QFormLayout()
        form.addRow(self.tr("Pola nomor lokal"), self.pattern_edit)
        form.addRow(self.tr("Baris lapor pada kartu"), self.report_rows_spin)
        form.addRow(self.tr("Masa berlaku kartu"), self.valid_years_spin)
        form.addRow(self.tr("Wajib lapor setiap"), self.every_months_spin)
        help_text = QLabel(
            self.tr(
                "Pola nomor dipakai bila nomor AK/1 dari SIAPkerja/Karirhub tidak diisi. "
                "{tahun} = tahun terbit, {urut:06d} = nomor urut per tahun (6 angka)."
            )
        )
        help_text.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_text)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self._on_save_clicked)

    def _load(self) -> None:
        actor = self._deps.principal
        self._deps.runner.run(lambda: self._jobseekers.settings(actor), self._show)

    def _show(self, settings: Ak1Settings) -> None:
        self.pattern_edit.setText(settings.number_pattern)
        self.report_rows_spin.setValue(settings.report_rows)
        self.valid_years_spin.setValue(settings.valid_years)
        self.every_months_spin.setValue(settings.report_every_months)

    def settings_from_form(self) -> Ak1Settings:
        """The options as typed."""
        return Ak1Settings(
            number_pattern=self.pattern_edit.text().strip(),
            report_rows=self.report_rows_spin.value(),
            valid_years=self.valid_years_spin.value(),
            report_every_months=self.every_months_spin.value(),
        )

    @Slot()
    def _on_save_clicked(self) -> None:
        settings, actor = self.settings_from_form(), self._deps.principal

        def on_saved(_changes: Changes) -> None:
            self._deps.messages.info(self.tr("Pengaturan AK/1 disimpan."))

        self._deps.runner.run(lambda: self._jobseekers.save_settings(actor, settings), on_saved)
