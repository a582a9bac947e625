"""Sends documents to an OS printer through QPrinter (a thermal slip printer, or a CUPS queue in tests)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from counter_app.print import ticket_slip
from counter_app.print.base import PrintError

log = logging.getLogger(__name__)

__all__ = ["PrintError", "find_printer", "print_slip"]


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
