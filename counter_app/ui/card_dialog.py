"""Cetak Kartu AK/1: preview, mode and printer, print or reprint (with a reason), and printer calibration."""

from __future__ import annotations

import dataclasses
import html
import traceback
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counter_app import documents
from counter_app.documents import Ak1CardData, CardMode, CardOffset
from counter_app.errors import UserError
from counter_app.jobseekers import JobSeekerService
from counter_app.print import ak1_card
from counter_app.print import output as print_output
from counter_app.roles import Principal
from counter_app.settings import Settings
from counter_app.ui.dialogs import DialogService
from counter_app.ui.tasks import TaskRunner

PREVIEW_DPI = 72
OFFSET_LIMIT_MM = 20.0
OFFSET_STEP_MM = 0.5
MODE_LABELS = {
    CardMode.FULL: "Kartu lengkap (kertas polos A4)",
    CardMode.BLANK: "Hanya data (blangko AK/1 pracetak)",
}

PrintCard = Callable[..., None]
PrintCalibration = Callable[[str], None]


class CardDialog(QDialog):
    """Preview and print one seeker's AK/1 card; the first print is logged, later ones need a reason.

    Signals:
        printed(str): the printer name after a card went out and the print was logged.
        settings_saved(): the station's card options (printer, mode, offsets) were saved.
    """

    printed = Signal(str)
    settings_saved = Signal()

    def __init__(
        self,
        *,
        jobseekers: JobSeekerService,
        principal: Principal,
        seeker_id: uuid.UUID,
        settings: Settings,
        save_settings: Callable[[Settings], None],
        runner: TaskRunner,
        dialogs: DialogService,
        print_card: PrintCard = print_output.print_card,
        print_calibration: PrintCalibration = print_output.print_calibration,
        printer_names: Callable[[], list[str]] = QPrinterInfo.availablePrinterNames,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._jobseekers = jobseekers
        self._principal = principal
        self._seeker_id = seeker_id
        self._settings = settings
        self._save_settings = save_settings
        self._runner = runner
        self._dialogs = dialogs
        self._print_card = print_card
        self._print_calibration = print_calibration
        self._printer_names = printer_names
        self._data: Ak1CardData | None = None
        self._prints = 0
        self._build_ui()
        self._connect_signals()
        self._load()

    # --- building ----------------------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Cetak Kartu AK/1"))
        self.setModal(True)
        self.preview = QLabel(self.tr("Memuat kartu…"))
        self.preview.setObjectName("cardPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(842, 596)
        self.preview.setStyleSheet("background: #e8e8e8; border: 1px solid #bbb;")

        self.mode = QComboBox()
        self.mode.setObjectName("cardMode")
        for mode, label in MODE_LABELS.items():
            self.mode.addItem(self.tr(label), mode.value)
        self.mode.setCurrentIndex(max(0, self.mode.findData(self._settings.card_mode)))
        self.printer = QComboBox()
        self.printer.setObjectName("cardPrinter")
        self.printer.setEditable(True)
        self.printer.addItems(self._printer_names())
        self.printer.setCurrentText(self._settings.card_printer)
        line = self.printer.lineEdit()
        if line is not None:  # always, as the combo is editable
            line.setPlaceholderText(self.tr("Printer bawaan komputer ini"))
        self.history = QLabel()
        self.history.setObjectName("printHistory")
        self.print_button = QPushButton(self.tr("Cetak"))
        self.print_button.setObjectName("printCard")
        self.print_button.setDefault(True)
        self.print_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Tutup"))

        form = QFormLayout()
        form.addRow(self.tr("Cara cetak"), self.mode)
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(self.tr("Riwayat cetak"), self.history)

        calibration = QGroupBox(self.tr("Kalibrasi printer untuk blangko pracetak"))
        self.calibration_button = QPushButton(self.tr("Cetak Halaman Kalibrasi"))
        self.calibration_button.setObjectName("printCalibration")
        self.dx = self._offset_box("offsetX")
        self.dy = self._offset_box("offsetY")
        self.save_offset_button = QPushButton(self.tr("Simpan Geseran"))
        self.save_offset_button.setObjectName("saveOffset")
        hint = QLabel(
            self.tr(
                "Cetak halaman kalibrasi, ukur jarak tanda silang dari tepi kertas, lalu isi selisihnya "
                "(seharusnya − terukur). Plus menggeser data ke kanan/ke bawah. Geseran dipakai hanya untuk "
                "cetak di blangko, dan disimpan untuk printer yang dipilih."
            )
        )
        hint.setWordWrap(True)
        offsets = QFormLayout()
        offsets.addRow(self.tr("Geseran X (kanan)"), self.dx)
        offsets.addRow(self.tr("Geseran Y (bawah)"), self.dy)
        cal_layout = QVBoxLayout(calibration)
        cal_layout.addWidget(hint)
        cal_layout.addWidget(self.calibration_button)
        cal_layout.addLayout(offsets)
        cal_layout.addWidget(self.save_offset_button)

        self.status = QLabel()
        self.status.setObjectName("cardStatus")
        self.status.setWordWrap(True)

        self.omitted = QLabel()
        self.omitted.setObjectName("omittedNotice")
        self.omitted.setWordWrap(True)
        self.omitted.setTextFormat(Qt.TextFormat.RichText)
        self.omitted.setStyleSheet("color: #7c4a03; background: #fff4d6; border: 1px solid #e8c36a; padding: 6px;")
        self.omitted.setVisible(False)
        self.omitted_scroll = QScrollArea()
        self.omitted_scroll.setObjectName("omittedScroll")
        self.omitted_scroll.setWidget(self.omitted)
        self.omitted_scroll.setWidgetResizable(True)
        self.omitted_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.omitted_scroll.setVisible(False)

        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(calibration)
        side.addWidget(self.omitted_scroll, 20)  # takes the free height when shown; the stretch when not
        side.addStretch(1)
        side.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.print_button)
        side.addLayout(buttons)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(360)

        layout = QHBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(side_widget)
        self._show_offset_of(self.printer.currentText())

    def _offset_box(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName(name)
        box.setRange(-OFFSET_LIMIT_MM, OFFSET_LIMIT_MM)
        box.setSingleStep(OFFSET_STEP_MM)
        box.setDecimals(1)
        box.setSuffix(" mm")
        return box

    def _connect_signals(self) -> None:
        self.mode.currentIndexChanged.connect(self._render_preview)
        self.printer.currentTextChanged.connect(self._show_offset_of)
        self.dx.valueChanged.connect(self._render_preview)
        self.dy.valueChanged.connect(self._render_preview)
        self.print_button.clicked.connect(self._on_print)
        self.calibration_button.clicked.connect(self._on_print_calibration)
        self.save_offset_button.clicked.connect(self._on_save_offset)
        self.close_button.clicked.connect(self.reject)

    def _load(self) -> None:
        principal, seeker_id = self._principal, self._seeker_id

        def fetch() -> tuple[Ak1CardData, int]:
            data = self._jobseekers.card_data(principal, seeker_id)
            return data, self._jobseekers.get(principal, seeker_id).card_prints

        self._runner.run(fetch, self._on_loaded, self._on_error)

    # --- state -------------------------------------------------------------------------------------------------

    @property
    def card_mode(self) -> CardMode:
        """The chosen mode."""
        return CardMode(self.mode.currentData())

    @property
    def printer_name(self) -> str:
        """The chosen OS printer ('' = the default printer)."""
        return self.printer.currentText().strip()

    @property
    def offset(self) -> CardOffset:
        """The offset the card is printed with: the spin boxes in blank mode, none on plain paper."""
        if self.card_mode is CardMode.BLANK:
            return CardOffset(self.dx.value(), self.dy.value())
        return CardOffset()

    def _on_loaded(self, result: tuple[Ak1CardData, int]) -> None:
        self._data, self._prints = result
        self.print_button.setEnabled(True)
        self._show_history()
        self._show_omitted(self._data)
        self._render_preview()

    def _show_omitted(self, data: Ak1CardData) -> None:
        """Say before printing which rows of the record the card has no room for (they stay in the record)."""
        if not data.omitted:
            self.omitted.clear()
            self.omitted.setVisible(False)
            self.omitted_scroll.setVisible(False)
            return
        items = "".join(f"<li>{html.escape(o.section)}: <b>{html.escape(o.text)}</b></li>" for o in data.omitted)
        self.omitted.setText(
            self.tr(
                "<b>Tidak tercetak di kartu</b> ({0} baris; tetap tersimpan di data pencari kerja). Kartu memuat "
                "satu sekolah tertinggi per jenjang dan {1} keterampilan terbaru."
                "<ul style='margin-left: -20px;'>{2}</ul>"
            ).format(len(data.omitted), documents.CARD_SKILL_ROWS, items)
        )
        self.omitted.setToolTip("\n".join(f"{o.text}: {o.reason}" for o in data.omitted))
        self.omitted.setVisible(True)
        self.omitted_scroll.setVisible(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """QDialog.resizeEvent: the preview follows the dialog's size."""
        super().resizeEvent(event)
        self._render_preview()

    def _show_history(self) -> None:
        if self._prints == 0:
            self.history.setText(self.tr("Belum pernah dicetak"))
            self.print_button.setText(self.tr("Cetak"))
        else:
            self.history.setText(self.tr("Sudah dicetak {0} kali").format(self._prints))
            self.print_button.setText(self.tr("Cetak Ulang"))

    @Slot()
    def _render_preview(self) -> None:
        if self._data is None:
            return
        image = ak1_card.card_image(self._data, PREVIEW_DPI, mode=self.card_mode, offset=self.offset)
        pixmap = QPixmap.fromImage(image)
        size = self.preview.size()
        self.preview.setPixmap(
            pixmap.scaled(
                size.width() - 8,
                size.height() - 8,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    @Slot(str)
    def _show_offset_of(self, printer: str) -> None:
        dx, dy = self._settings.card_offset(printer.strip())
        for box, value in ((self.dx, dx), (self.dy, dy)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self._render_preview()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #9b1c1c;" if error else "color: #14532d;")
        self.status.setText(text)

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self._say(str(exc), error=True)
            return
        self._dialogs.crash(self, "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))

    # --- printing ----------------------------------------------------------------------------------------------

    @Slot()
    def _on_print(self) -> None:
        if self._data is None:
            return
        reason = ""
        if self._prints > 0:
            answer = self._dialogs.ask_text(
                self,
                self.tr("Cetak ulang kartu AK/1"),
                self.tr(
                    "Kartu ini sudah pernah dicetak. Tulis alasan cetak ulang (misalnya: kartu hilang, rusak, "
                    "salah cetak). Alasan dicatat di log."
                ),
                required=True,
            )
            if answer is None:
                return
            reason = answer.strip()
            if not reason:
                self._say(self.tr("Alasan cetak ulang wajib diisi. Kartu belum dicetak."), error=True)
                return
        data, printer, mode, offset = self._data, self.printer_name, self.card_mode, self.offset
        principal, seeker_id = self._principal, self._seeker_id

        def job() -> Any:
            self._print_card(data, printer, mode=mode, offset=offset)
            return self._jobseekers.log_card_print(principal, seeker_id, printer=printer, reprint_reason=reason)

        self.print_button.setEnabled(False)
        self._say(self.tr("Mengirim kartu ke printer…"))
        self._runner.run(job, lambda _changes: self._on_printed(printer, mode), self._on_print_failed)

    def _on_printed(self, printer: str, mode: CardMode) -> None:
        self._prints += 1
        self._show_history()
        self.print_button.setEnabled(True)
        self._say(self.tr("Kartu dikirim ke printer {0}.").format(printer or self.tr("bawaan")))
        self._remember(printer=printer, mode=mode)
        self.printed.emit(printer)

    def _on_print_failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(self._data is not None)
        self._on_error(exc)

    def _remember(self, *, printer: str, mode: CardMode) -> None:
        """Keep the printer and mode used for the next card (station settings)."""
        if (self._settings.card_printer, self._settings.card_mode) == (printer, mode.value):
            return
        self._store(dataclasses.replace(self._settings, card_printer=printer, card_mode=mode.value))

    def _store(self, settings: Settings) -> None:
        def done(_result: object) -> None:
            self._settings = settings
            self.settings_saved.emit()

        self._runner.run(lambda: self._save_settings(settings), done, self._on_error)

    # --- calibration -------------------------------------------------------------------------------------------

    @Slot()
    def _on_print_calibration(self) -> None:
        printer = self.printer_name
        self._say(self.tr("Mengirim halaman kalibrasi ke printer…"))
        self._runner.run(
            lambda: self._print_calibration(printer),
            lambda _r: self._say(self.tr("Halaman kalibrasi dikirim ke printer {0}.").format(printer or "bawaan")),
            self._on_error,
        )

    @Slot()
    def _on_save_offset(self) -> None:
        printer = self.printer_name
        if not printer:
            self._say(self.tr("Pilih atau tulis nama printer dulu: geseran disimpan per printer."), error=True)
            return
        offsets = {name: dict(values) for name, values in self._settings.card_offsets.items()}
        offsets[printer] = {"dx_mm": self.dx.value(), "dy_mm": self.dy.value()}
        self._store(dataclasses.replace(self._settings, card_offsets=offsets))
        self._say(
            self.tr("Geseran untuk printer {0} disimpan: X {1} mm, Y {2} mm.").format(
                printer, f"{self.dx.value():.1f}".replace(".", ","), f"{self.dy.value():.1f}".replace(".", ",")
            )
        )
