"""The intake's A4 documents: "Tanda Terima Berkas" (barcode, QR) and "Daftar Kekurangan Berkas"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import segno
from babel.dates import format_date, format_datetime
from reportlab.graphics.barcode.code128 import Code128

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from counter_app import documents
from counter_app.print import base
from counter_app.print.ticket_slip import plain_title

PDF_DPI = 300
PAGE_W_MM = 210.0
PAGE_H_MM = 297.0
MARGIN_MM = 18.0
BODY_PT = 10.5
SMALL_PT = 9.0
TITLE_PT = 15.0
BARCODE_MODULE_MM = 0.33  # a narrow bar: scanners read Code 128 well from 0.25 mm up
BARCODE_HEIGHT_MM = 14.0
QR_MM = 26.0


def tanggal(value: dt.date) -> str:
    """'Jumat, 27 Maret 2026'."""
    return format_date(value, "EEEE, d MMMM y", locale="id")


def tanggal_jam(value: dt.datetime) -> str:
    """'Jumat, 27 Maret 2026 pukul 15.00'."""
    return f"{tanggal(value.date())} pukul {value:%H.%M}"


def code128_bars(value: str) -> list[tuple[bool, int]]:
    """The Code 128 symbol of ``value`` as (bar?, width in modules) runs, quiet zones excluded."""
    symbol = Code128(value)
    symbol.validate()
    symbol.encode()
    symbol.decompose()
    # reportlab spells runs as letters: upper case = bar, lower case = space; A/a = 1 module ... D/d = 4.
    return [(ch.isupper(), "abcd".index(ch.lower()) + 1) for ch in symbol.decomposed]


class _Page:
    """Walks down A4 pages, starting a new page when the next block does not fit."""

    def __init__(self, painter: QPainter, writer: QPagedPaintDevice | None, dpi: float) -> None:
        self.p = painter
        self.writer = writer
        self.dpi = dpi
        self.y = MARGIN_MM
        self.width = PAGE_W_MM - 2 * MARGIN_MM

    def px(self, mm: float) -> float:
        return base.mm_to_px(mm, self.dpi)

    def _room(self, height_mm: float) -> None:
        if self.y + height_mm > PAGE_H_MM - MARGIN_MM and self.y > MARGIN_MM and self.writer is not None:
            self.writer.newPage()
            self.y = MARGIN_MM

    def text(
        self,
        text: str,
        pt: float = BODY_PT,
        *,
        bold: bool = False,
        indent: float = 0.0,
        after: float = 1.5,
        centre: bool = False,
    ) -> None:
        """A wrapped paragraph (long ones are split by line so a page break can fall between lines)."""
        f = base.font(pt, self.dpi, bold=bold)
        metrics = QFontMetricsF(f)
        align = Qt.AlignmentFlag.AlignHCenter if centre else Qt.AlignmentFlag.AlignLeft
        flags = int(align) | int(Qt.TextFlag.TextWordWrap)
        for index, line in enumerate(text.split("\n") or [""]):
            area = QRectF(self.px(MARGIN_MM + indent), 0, self.px(self.width - indent), self.px(2000))
            height = metrics.boundingRect(area, flags, line or " ").height()
            self._room(base.px_to_mm(height, self.dpi))
            rect = QRectF(area.x(), self.px(self.y), area.width(), height)
            self.p.setFont(f)
            self.p.setPen(QColor("black"))
            self.p.drawText(rect, flags, line)
            self.y += base.px_to_mm(height, self.dpi) + (after if index == text.count("\n") else 0.3)

    def pair(self, label: str, value: str, *, label_mm: float = 42.0) -> None:
        """'Label  : value' on one row (the value wraps)."""
        f = base.font(BODY_PT, self.dpi)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        area = QRectF(self.px(MARGIN_MM + label_mm), 0, self.px(self.width - label_mm), self.px(2000))
        height = QFontMetricsF(f).boundingRect(area, flags, value or "-").height()
        self._room(base.px_to_mm(height, self.dpi))
        self.p.setFont(f)
        self.p.setPen(QColor("black"))
        top = self.px(self.y)
        self.p.drawText(QRectF(self.px(MARGIN_MM), top, self.px(label_mm - 2), height), flags, label)
        self.p.drawText(QRectF(self.px(MARGIN_MM + label_mm - 3), top, self.px(3), height), flags, ":")
        self.p.drawText(QRectF(area.x(), top, area.width(), height), flags, value or "-")
        self.y += base.px_to_mm(height, self.dpi) + 1.2

    def rule(self, *, before: float = 1.0, after: float = 3.0) -> None:
        self.y += before
        self.p.setPen(QPen(QColor("black"), self.px(0.3)))
        y = self.px(self.y)
        self.p.drawLine(QPointF(self.px(MARGIN_MM), y), QPointF(self.px(MARGIN_MM + self.width), y))
        self.y += after

    def numbered(self, items: list[tuple[str, str]], *, after: float = 3.0) -> None:
        """A numbered list; the second element (a note) is printed under its item in smaller type."""
        for n, (text, note) in enumerate(items, start=1):
            label = f"{n}."
            f = base.font(BODY_PT, self.dpi)
            flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
            area = QRectF(self.px(MARGIN_MM + 8), 0, self.px(self.width - 8), self.px(2000))
            height = QFontMetricsF(f).boundingRect(area, flags, text).height()
            self._room(base.px_to_mm(height, self.dpi))
            self.p.setFont(f)
            self.p.setPen(QColor("black"))
            top = self.px(self.y)
            self.p.drawText(QRectF(self.px(MARGIN_MM), top, self.px(8), height), flags, label)
            self.p.drawText(QRectF(area.x(), top, area.width(), height), flags, text)
            self.y += base.px_to_mm(height, self.dpi) + 0.8
            if note:
                self.text(f"Catatan: {note}", SMALL_PT, indent=8, after=0.8)
        self.y += after

    def codes(self, value: str) -> None:
        """The tracking number as Code 128 (left) and QR (right), with the number under the bars."""
        self._room(QR_MM + 4)
        runs = code128_bars(value)
        modules = sum(w for _, w in runs)
        module = self.px(BARCODE_MODULE_MM)
        x = self.px(MARGIN_MM + 10 * BARCODE_MODULE_MM)  # quiet zone of ten modules
        top = self.px(self.y + 2)
        path = QPainterPath()
        for bar, width in runs:
            if bar:
                path.addRect(QRectF(x, top, width * module, self.px(BARCODE_HEIGHT_MM)))
            x += width * module
        self.p.save()
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.p.fillPath(path, QColor("black"))
        self.p.restore()
        f = base.font(BODY_PT, self.dpi, bold=True)
        self.p.setFont(f)
        self.p.setPen(QColor("black"))
        label = QRectF(self.px(MARGIN_MM), top + self.px(BARCODE_HEIGHT_MM + 1), modules * module + self.px(7), 60)
        self.p.drawText(label, int(Qt.AlignmentFlag.AlignHCenter), value)
        self._qr(value, MARGIN_MM + self.width - QR_MM, self.y)
        self.y += QR_MM + 4

    def _qr(self, payload: str, x_mm: float, y_mm: float) -> None:
        code = segno.make(payload, error="m", micro=False)
        count, _ = code.symbol_size(scale=1, border=0)
        module = self.px(QR_MM) / count
        x0, y0 = self.px(x_mm), self.px(y_mm)
        path = QPainterPath()
        for r, row in enumerate(code.matrix_iter(scale=1, border=0)):
            for c, dark in enumerate(row):
                if dark:
                    path.addRect(QRectF(x0 + c * module, y0 + r * module, module, module))
        path.setFillRule(Qt.FillRule.WindingFill)
        self.p.save()
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.p.fillPath(path, QColor("black"))
        self.p.restore()


def _header(page: _Page, office: str, title: str) -> None:
    page.text(office.upper(), 12.0, bold=True, centre=True, after=0.5)
    page.rule(before=1.5, after=4.0)
    page.text(title, TITLE_PT, bold=True, centre=True, after=5.0)


def render_receipt(
    painter: QPainter, receipt: documents.ReceiptData, *, dpi: float, writer: QPagedPaintDevice | None
) -> None:
    """Paint the receipt on A4 (continuing on new pages of ``writer`` if the document list is long)."""
    page = _Page(painter, writer, dpi)
    _header(page, receipt.office, "TANDA TERIMA BERKAS")
    page.codes(receipt.tracking_number)
    page.pair("Nomor tanda terima", receipt.tracking_number)
    page.pair("Nama pemohon", receipt.applicant_name)
    service = plain_title(receipt.service_title)
    page.pair("Layanan", f"{service} ({receipt.variant_label})" if receipt.variant_label else service)
    page.pair("Diterima", tanggal_jam(receipt.received_at))
    page.pair("Perkiraan selesai", f"{tanggal_jam(receipt.due_at)} ({receipt.time_limit_text.strip()})")
    page.y += 2
    page.text("Berkas yang diterima:", bold=True, after=1.5)
    page.numbered([(d, "") for d in receipt.documents] or [("(standar ini tidak meminta berkas)", "")])
    page.text("Menanyakan perkembangan:", bold=True, after=1.0)
    page.text(receipt.status_help, after=3.0)
    page.text("Pengaduan:", bold=True, after=1.0)
    page.text(receipt.complaint_handling, after=5.0)
    page.text(f"Petugas penerima: {receipt.clerk_name}", after=1.0)
    page.text("Simpan tanda terima ini dan bawa saat mengambil hasil layanan.", SMALL_PT, after=0.0)


def render_missing_list(
    painter: QPainter, data: documents.MissingListData, *, dpi: float, writer: QPagedPaintDevice | None
) -> None:
    """Paint the list of missing documents on A4."""
    page = _Page(painter, writer, dpi)
    _header(page, data.office, "DAFTAR KEKURANGAN BERKAS")
    page.pair("Nama pemohon", data.applicant_name)
    service = plain_title(data.service_title)
    page.pair("Layanan", f"{service} ({data.variant_label})" if data.variant_label else service)
    page.pair("Diperiksa", format_datetime(data.checked_at, "d MMMM y, HH.mm", locale="id"))
    if data.ticket_code:
        page.pair("Nomor antrean", data.ticket_code)
    page.y += 2
    page.text("Berkas yang masih harus dilengkapi:", bold=True, after=1.5)
    page.numbered([(m.text, m.note) for m in data.missing])
    page.text(
        "Lengkapi berkas di atas lalu datang kembali ke loket. Petugas akan melanjutkan pemeriksaan dari NIK "
        "atau nama lembaga Anda; berkas yang sudah diperiksa tidak perlu diperiksa ulang.",
        after=5.0,
    )
    page.text(f"Petugas pemeriksa: {data.clerk_name}", after=0.0)


def _to_pdf(title: str, path: Path | str, paint: Callable[[QPainter, float, QPdfWriter], None]) -> Path:
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setCreator("counter_app")
    writer.setTitle(title)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise base.PrintError(f"Berkas PDF tidak dapat ditulis: {path}")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        paint(painter, writer.resolution(), writer)
    finally:
        painter.end()
    return path


def receipt_to_pdf(receipt: documents.ReceiptData, path: Path | str) -> Path:
    """Write the receipt as an A4 PDF; return the path."""
    return _to_pdf(
        f"Tanda terima {receipt.tracking_number}",
        path,
        lambda p, dpi, w: render_receipt(p, receipt, dpi=dpi, writer=w),
    )


def missing_list_to_pdf(data: documents.MissingListData, path: Path | str) -> Path:
    """Write the missing-documents list as an A4 PDF; return the path."""
    return _to_pdf("Daftar kekurangan berkas", path, lambda p, dpi, w: render_missing_list(p, data, dpi=dpi, writer=w))


def _to_image(dpi: float, paint: Callable[[QPainter, float], None]) -> QImage:
    return base.page_image(PAGE_W_MM, PAGE_H_MM, dpi, paint)


def receipt_to_image(receipt: documents.ReceiptData, dpi: float = 150) -> QImage:
    """The receipt's first A4 page as an image (the on-screen preview and the screenshots)."""
    return _to_image(dpi, lambda p, d: render_receipt(p, receipt, dpi=d, writer=None))


def missing_list_to_image(data: documents.MissingListData, dpi: float = 150) -> QImage:
    """The missing-documents list's first A4 page as an image."""
    return _to_image(dpi, lambda p, d: render_missing_list(p, data, dpi=d, writer=None))
