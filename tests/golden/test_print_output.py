"""Printing slips through the OS: a real CUPS queue (cups-pdf), and the errors when there is no printer."""

from __future__ import annotations

import pytest
from support import pdf
from support.cups import CupsQueue
from support.slips import TICKET_ID, fixture_slip

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QApplication

from counter_app.errors import UserError
from counter_app.print import output
from counter_app.print.base import PrintError

pytestmark = pytest.mark.golden


class _NoPrinters:
    """QPrinterInfo on a PC without any printer (the offscreen test machine may have CUPS running)."""

    @staticmethod
    def printerInfo(_name: str) -> QPrinterInfo:
        return QPrinterInfo()

    @staticmethod
    def defaultPrinter() -> QPrinterInfo:
        return QPrinterInfo()

    @staticmethod
    def availablePrinterNames() -> list[str]:
        return []


def test_unknown_printer_is_a_print_error_that_names_it(qapp: QApplication) -> None:
    with pytest.raises(PrintError, match='Printer "Tidak-Ada-Printer" tidak ditemukan'):
        output.print_slip(fixture_slip(), "Tidak-Ada-Printer")


def test_no_default_printer_is_a_print_error(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output, "QPrinterInfo", _NoPrinters)

    with pytest.raises(PrintError, match="tidak punya printer bawaan") as caught:
        output.print_slip(fixture_slip(), None)
    # A PrintError is safe to show: the clerk's reprint puts it in the message bar.
    assert isinstance(caught.value, UserError)


@pytest.mark.parametrize("width", [80, 58])
def test_print_slip_through_a_real_cups_queue(qapp: QApplication, cups_queue: CupsQueue, width: int) -> None:
    before = set(cups_queue.pdfs())

    output.print_slip(fixture_slip(width), cups_queue.name)

    printed = cups_queue.wait_for_pdf(before, timeout_s=20)
    page_width, page_height = pdf.page_size_mm(printed)
    assert page_width == pytest.approx(width, abs=1.5), "the custom slip page did not reach the printer"
    assert 90 < page_height < 160
    png = pdf.rasterize(printed, dpi=300)
    # Ghostscript re-distils the job (glyphs become Type 3, STACK.md §6): check the pixels, not the text.
    assert 0.03 < pdf.dark_fraction(png) < 0.6, "the printed slip is blank or black"
    assert pdf.decode_qr(png) == [f"TIKET:{TICKET_ID}"]
