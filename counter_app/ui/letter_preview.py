"""Shared parts of the letter screens: page previews of archived PDFs and drafts, and the print-then-log step."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from counter_app import documents
from counter_app.errors import UserError
from counter_app.letters import IssuedDocument, LetterService
from counter_app.print import letter as letter_print
from counter_app.roles import Principal

log = logging.getLogger(__name__)

PREVIEW_WIDTH_PX = 760
PAGE_MARGIN_PX = 16
PrintLetter = Callable[[documents.LetterData, str], object]  # (archived snapshot, OS printer or "" = default)


def combo_index(combo: QComboBox, value: object) -> int:
    """The row whose data equals ``value`` (-1 when none); QComboBox.findData compares Python objects by identity."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def pdf_page_images(pdf: bytes, width_px: int = PREVIEW_WIDTH_PX) -> list[QImage]:
    """Every page of a PDF as a white image ``width_px`` wide (runs in a worker: no widgets touched)."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise UserError("Berkas PDF arsip tidak dapat dibaca. Hubungi Admin; nomor suratnya tetap tercatat.")
    images: list[QImage] = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        height = round(width_px * size.height() / size.width()) if size.width() > 0 else round(width_px * 1.414)
        image = document.render(page, QSize(width_px, height))
        # Pdfium leaves the paper transparent; the preview shows it white, as printed.
        sheet = QImage(image.size(), QImage.Format.Format_RGB32)
        sheet.fill(QColor("white"))
        painter = QPainter(sheet)
        painter.drawImage(0, 0, image)
        painter.end()
        images.append(sheet)
    document.close()
    buffer.close()
    return images


def draft_page_images(data: documents.LetterData, width_px: int = PREVIEW_WIDTH_PX) -> list[QImage]:
    """Every page of a letter not yet issued, drawn by the letter renderer (runs in a worker)."""
    page_mm = 215.0 if data.paper == "F4" else 210.0
    return letter_print.letter_page_images(data, dpi=width_px / (page_mm / 25.4))


class PagePreview(QScrollArea):
    """Pages of a letter one under the other, scaled to a fixed width, with a note when there is none."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._empty_text = empty_text
        self._holder = QWidget()
        self._holder.setObjectName("pagePreview")
        self._layout = QVBoxLayout(self._holder)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._layout.setSpacing(12)
        self.setWidget(self._holder)
        self._pages: list[QLabel] = []
        self._images: list[QImage] = []
        self._note = QLabel()
        self._note.setObjectName("hint")
        self._note.setWordWrap(True)
        self._note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self._note)
        self.show_note(empty_text)

    @property
    def page_count(self) -> int:
        """How many pages are shown."""
        return len(self._pages)

    def page_image(self, index: int) -> QImage:
        """The full-size image of one shown page (tests probe its pixels)."""
        return self._images[index]

    def show_note(self, text: str | None = None) -> None:
        """Remove the pages and show a note instead."""
        self._clear()
        self._note.setText(text if text is not None else self._empty_text)
        self._note.show()

    def show_pages(self, images: Sequence[QImage]) -> None:
        """Show these pages (scaled down to the view when it is narrower)."""
        self._clear()
        self._note.hide()
        self._images = list(images)
        for _image in self._images:
            label = QLabel()
            label.setObjectName("previewPage")
            label.setStyleSheet("border: 1px solid #b8c2cc; background: white;")
            self._layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._pages.append(label)
        self._fit_pages()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """QScrollArea.resizeEvent: the pages follow the width of the view."""
        super().resizeEvent(event)
        self._fit_pages()

    def _fit_pages(self) -> None:
        # Whole pages across, never wider than drawn: no sideways scrolling to read a line.
        room = max(200, self.viewport().width() - 2 * PAGE_MARGIN_PX)
        for label, image in zip(self._pages, self._images, strict=True):
            pixmap = QPixmap.fromImage(image)
            if image.width() > room:
                pixmap = pixmap.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)

    def _clear(self) -> None:
        for label in self._pages:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._pages = []
        self._images = []


@dataclass(frozen=True)
class PrintOutcome:
    """What a print attempt left: the document as stored now, the printer used, the error when it failed."""

    document: IssuedDocument
    printer: str
    error: str = ""


def printer_for(
    letters: LetterService, principal: Principal, template_key: str, station_printers: Mapping[str, str]
) -> str:
    """This PC's printer for the document type, else its default, else the office's choice, else ""."""
    return (
        station_printers.get(template_key, "")
        or station_printers.get("", "")
        or letters.printer_for(principal, template_key)
    )


def print_and_record(
    letters: LetterService,
    principal: Principal,
    document_id: uuid.UUID,
    print_letter: PrintLetter,
    station_printers: Mapping[str, str],
    reason: str = "",
) -> PrintOutcome:
    """Print the archived letter (from the data its PDF was made of), then log the attempt (runs in a worker).

    A failed print is logged too and the document stays issued, waiting to be printed.
    """
    document = letters.document(principal, document_id)
    if document.printed_count > 0 and not reason.strip():
        # Checked before the paper comes out, so a reprint without a reason wastes no sheet.
        raise UserError(
            f"Surat {document.number} sudah pernah dicetak. Tulis alasan cetak ulang, misalnya kertas rusak."
        )
    printer = printer_for(letters, principal, document.template_key, station_printers)
    data = letters.letter_data(principal, document_id)
    try:
        print_letter(data, printer)
    except UserError as exc:
        log.warning("letter %s not printed on %r: %s", document_id, printer, exc)
        failed = letters.record_print(principal, document_id, printer, False, str(exc)[:900])
        return PrintOutcome(failed, printer, str(exc))
    return PrintOutcome(letters.record_print(principal, document_id, printer, True, reason), printer)


def outcome_text(outcome: PrintOutcome) -> str:
    """The message-bar text of a print attempt."""
    where = outcome.printer or "printer bawaan"
    if outcome.error:
        return (
            f"Surat {outcome.document.number} belum tercetak ({outcome.error}). Surat tetap terbit dan menunggu "
            "dicetak di Surat & Register; periksa printer lalu tekan Cetak lagi."
        )
    return f"Surat {outcome.document.number} dikirim ke {where}."
