"""Sends documents to an OS printer through QPrinter (a thermal slip printer, or a CUPS queue in tests)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from counter_app import documents
from counter_app.print import ak1_card, letter, ticket_slip
from counter_app.print.base import PrintError

log = logging.getLogger(__name__)

__all__ = ["PrintError", "find_printer", "print_a4", "print_calibration", "print_card", "print_letter", "print_slip"]

PaintA4 = Callable[[QPainter, float, QPagedPaintDevice], None]


def find_printer(printer_name: str | None) -> QPrinterInfo:
    """The named printer, or the default one when the name is empty; raises PrintError when there is none."""
    name = (printer_name or "").strip()
    if name:
        info = QPrinterInfo.printerInfo(name)
        if info.isNull():
            known = ", ".join(QPrinterInfo.availablePrinterNames()) or "tidak ada"
            raise PrintError(
                f'Printer "{name}" tidak ditemukan di komputer ini (printer yang ada: {known}). '
                "Periksa kabel dan daya printer, atau nama printer di pengaturan kios."
            )
        return info
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        raise PrintError(
            "Komputer ini tidak punya printer bawaan. Pasang printer karcis dan jadikan printer bawaan, "
            "atau isi nama printer di pengaturan kios."
        )
    return info


def print_slip(slip: ticket_slip.SlipData, printer_name: str | None) -> None:
    """Print one ticket slip on the named OS printer (the default one when empty); blocks until submitted.

    The page is the slip's own size (roll width × computed length), printed from the paper's edge.
    Needs a QGuiApplication; may run on a worker thread.

    Raises:
        PrintError: no such printer, no default printer, or the job could not be submitted.
    """
    info = find_printer(printer_name)
    name = info.printerName()
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(f"Karcis antrean {slip.code}")
    printer.setFullPage(True)
    dpi = printer.resolution()
    layout = QPageLayout(
        ticket_slip.page_size(slip, dpi),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )
    if not printer.setPageLayout(layout):
        # Some drivers refuse custom sizes; the slip is still drawn from the top-left corner.
        log.warning("printer %s refused the custom slip page; using its own paper size", name)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(f'Printer "{name}" menolak mencetak karcis {slip.code}. Periksa printer, lalu coba lagi.')
    try:
        ticket_slip.render_slip(painter, slip, dpi=dpi)
    finally:
        ended = painter.end()
    if not ended or printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintError(f'Karcis {slip.code} gagal dikirim ke printer "{name}". Periksa printer, lalu coba lagi.')
    log.info("slip %s sent to printer %s", slip.code, name)


def print_a4(doc_name: str, paint: PaintA4, printer_name: str | None = None) -> None:
    """Print an A4 document on the named OS printer (the default one when empty); blocks until submitted.

    Args:
        doc_name: the job's name in the printer queue.
        paint: draws the pages: ``paint(painter, dpi, device)``; ``device.newPage()`` starts the next page.
        printer_name: the OS printer; empty or None for this PC's default printer.

    Raises:
        PrintError: no such printer, no default printer, or the job could not be submitted.
    """
    info = find_printer(printer_name)
    name = info.printerName()
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc_name)
    printer.setFullPage(True)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )
    if not printer.setPageLayout(layout):
        log.warning("printer %s refused the A4 page layout; using its own", name)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(f'Printer "{name}" menolak mencetak {doc_name}. Periksa printer, lalu coba lagi.')
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint(painter, printer.resolution(), printer)
    finally:
        ended = painter.end()
    if not ended or printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintError(f'{doc_name} gagal dikirim ke printer "{name}". Periksa printer, lalu coba lagi.')
    log.info("A4 document sent to printer %s", name)


def _print_landscape(doc_name: str, paint: Callable[[QPainter, float], None], printer_name: str | None) -> None:
    info = find_printer(printer_name)
    name = info.printerName()
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc_name)
    printer.setFullPage(True)
    if not printer.setPageLayout(ak1_card.landscape_layout()):
        log.warning("printer %s refused the A4 landscape layout; using its own", name)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(f'Printer "{name}" menolak mencetak {doc_name}. Periksa printer, lalu coba lagi.')
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint(painter, printer.resolution())
    finally:
        ended = painter.end()
    if not ended or printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintError(f'{doc_name} gagal dikirim ke printer "{name}". Periksa printer, lalu coba lagi.')
    log.info("A4 landscape document sent to printer %s", name)


def print_card(
    data: documents.Ak1CardData,
    printer_name: str | None,
    *,
    mode: documents.CardMode = documents.CardMode.FULL,
    offset: documents.CardOffset = ak1_card.NO_OFFSET,
) -> None:
    """Print one AK/1 card (A4 landscape) on the named OS printer (the default one when empty).

    Raises:
        PrintError: no such printer, no default printer, or the job could not be submitted.
    """
    _print_landscape(
        "Kartu AK/1",
        lambda painter, dpi: ak1_card.paint_card(painter, data, dpi=dpi, mode=mode, offset=offset),
        printer_name,
    )


def print_calibration(printer_name: str | None) -> None:
    """Print the AK/1 calibration page (A4 landscape) on the named OS printer.

    Raises:
        PrintError: no such printer, no default printer, or the job could not be submitted.
    """
    _print_landscape(
        "Kalibrasi kartu AK/1", lambda painter, dpi: ak1_card.paint_calibration(painter, dpi=dpi), printer_name
    )


def print_letter(data: documents.LetterData, printer_name: str | None) -> int:
    """Print a letter (A4 or F4, every page) on the named OS printer (the default one when empty).

    ``data`` is the snapshot the archived PDF was rendered from, so the paper matches the archive.
    Returns the number of pages sent.

    Raises:
        PrintError: no such printer, no default printer, or the job could not be submitted.
    """
    info = find_printer(printer_name)
    name = info.printerName()
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    # Dots and slashes in a job name confuse some drivers and cups-pdf file names.
    printer.setDocName("Naskah " + data.number.replace("/", "-").replace(".", "-"))
    printer.setFullPage(True)
    if not printer.setPageLayout(letter.page_layout(data.paper)):
        log.warning("printer %s refused the %s page layout; using its own", name, data.paper)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(f'Printer "{name}" menolak mencetak naskah {data.number}. Periksa printer, lalu coba lagi.')
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pages = letter.render_letter(painter, data, dpi=printer.resolution(), device=printer)
    finally:
        ended = painter.end()
    if not ended or printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintError(f'Naskah {data.number} gagal dikirim ke printer "{name}". Periksa printer, lalu coba lagi.')
    log.info("letter (%d pages) sent to printer %s", pages, name)
    return pages
