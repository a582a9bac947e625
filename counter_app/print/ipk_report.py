"""The IPK III/1 report on A4 landscape: kop, month, Bagian I by age group and the flow by education level."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter, QPen

from counter_app.ipk import FlowTable, IpkReport
from counter_app.ipk_export import column_label
from counter_app.print import base, letterhead
from counter_app.print.ak1_card import PAGE_H_MM, PAGE_W_MM, landscape_layout

PDF_DPI = 300
MARGIN_MM = 12.0
KEY_MM = 8.0
LABEL_MM = 76.0
HEAD_MM = 9.0
SUB_MM = 5.0
ROW_MM = 6.0
TEXT_PT = 8.0
SMALL_PT = 6.5


class _Sheet:
    def __init__(self, painter: QPainter, dpi: float) -> None:
        self.p = painter
        self.dpi = dpi

    def px(self, mm: float) -> float:
        return base.mm_to_px(mm, self.dpi)

    def text(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        text: str,
        pt: float = TEXT_PT,
        *,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter,
    ) -> None:
        self.p.setFont(base.font(pt, self.dpi, bold=bold))
        self.p.setPen(QColor("black"))
        flags = int(align) | int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap)
        self.p.drawText(QRectF(self.px(x), self.px(y), self.px(w), self.px(h)), flags, text)

    def rect(self, x: float, y: float, w: float, h: float) -> None:
        self.p.setPen(QPen(QColor("black"), self.px(0.2)))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawRect(QRectF(self.px(x), self.px(y), self.px(w), self.px(h)))

    def line(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.2) -> None:
        self.p.setPen(QPen(QColor("black"), self.px(width)))
        self.p.drawLine(QPointF(self.px(x0), self.px(y0)), QPointF(self.px(x1), self.px(y1)))


def _table(s: _Sheet, table: FlowTable, top: float) -> float:
    """Draw one flow table from ``top``; return the y below it."""
    left = MARGIN_MM
    width = PAGE_W_MM - 2 * MARGIN_MM
    values = len(table.columns) * 2 + 3
    cell = (width - KEY_MM - LABEL_MM) / values
    pt = TEXT_PT if cell >= 9 else SMALL_PT
    s.text(left, top, width, 6, table.title, 9.5, bold=True, align=Qt.AlignmentFlag.AlignLeft)
    y = top + 7
    s.rect(left, y, KEY_MM, HEAD_MM + SUB_MM)
    s.text(left, y, KEY_MM, HEAD_MM + SUB_MM, "No.", pt, bold=True)
    s.rect(left + KEY_MM, y, LABEL_MM, HEAD_MM + SUB_MM)
    s.text(left + KEY_MM, y, LABEL_MM, HEAD_MM + SUB_MM, "Uraian", pt, bold=True)
    x = left + KEY_MM + LABEL_MM
    groups = [(column_label(table, c), ("L", "P")) for c in table.columns] + [("Jumlah", ("L", "P", "L+P"))]
    for head, subs in groups:
        s.rect(x, y, cell * len(subs), HEAD_MM)
        s.text(x + 0.3, y, cell * len(subs) - 0.6, HEAD_MM, head, SMALL_PT, bold=True)
        for i, sub in enumerate(subs):
            s.rect(x + i * cell, y + HEAD_MM, cell, SUB_MM)
            s.text(x + i * cell, y + HEAD_MM, cell, SUB_MM, sub, pt, bold=True)
        x += cell * len(subs)
    y += HEAD_MM + SUB_MM
    for row in table.rows:
        bold = row.key in ("A", "B", "5")
        s.rect(left, y, KEY_MM, ROW_MM)
        s.text(left, y, KEY_MM, ROW_MM, row.key, pt, bold=bold)
        s.rect(left + KEY_MM, y, LABEL_MM, ROW_MM)
        s.text(left + KEY_MM + 1.2, y, LABEL_MM - 2, ROW_MM, row.label, pt, bold=bold, align=Qt.AlignmentFlag.AlignLeft)
        x = left + KEY_MM + LABEL_MM
        for value in row.cells():
            s.rect(x, y, cell, ROW_MM)
            s.text(x, y, cell - 1.0, ROW_MM, str(value), pt, bold=bold, align=Qt.AlignmentFlag.AlignRight)
            x += cell
        y += ROW_MM
    return y


def paint_report(painter: QPainter, report: IpkReport, *, dpi: float) -> None:
    """Paint the report on one A4 landscape page whose top-left corner is the painter's origin."""
    s = _Sheet(painter, dpi)
    width = PAGE_W_MM - 2 * MARGIN_MM
    y = letterhead.paint_kop(painter, report.kop, dpi=dpi, left_mm=MARGIN_MM, top_mm=MARGIN_MM, width_mm=width) + 3
    s.text(MARGIN_MM, y, width, 6, "IKHTISAR STATISTIK ANTAR KERJA (IPK III/1)", 11.0, bold=True)
    y += 6
    s.text(MARGIN_MM, y, width, 5, f"Bulan {report.period_label}", 9.5)
    y += 8
    y = _table(s, report.by_age, y) + 5
    y = _table(s, report.by_education, y) + 3
    note = (
        f"Umur dihitung pada {report.reference_date:%d-%m-%Y} (akhir bulan laporan). Kolom “Lainnya” memuat pencari "
        "kerja tanpa tanggal lahir atau berumur di bawah 15 tahun; kolom “Tidak tercatat” memuat pencari kerja tanpa "
        "tingkat pendidikan. Penempatan dan penghapusan pada hari yang sama dihitung sebagai penempatan."
    )
    s.text(MARGIN_MM, y, width, 10, note, SMALL_PT, align=Qt.AlignmentFlag.AlignLeft)


def _paint_with(painter: QPainter, paint: Callable[[QPainter, float], None], dpi: float) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    paint(painter, dpi)


def report_pdf(report: IpkReport, path: Path | str) -> Path:
    """Write the report as a one-page A4 landscape PDF; return the path."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setCreator("counter_app")
    writer.setTitle(f"IPK III/1 {report.period_label}")
    writer.setPageLayout(landscape_layout())
    painter = QPainter()
    if not painter.begin(writer):
        raise base.PrintError(f"Berkas PDF tidak dapat ditulis: {path}")
    try:
        _paint_with(painter, lambda p, d: paint_report(p, report, dpi=d), writer.resolution())
    finally:
        painter.end()
    return path


def report_image(report: IpkReport, dpi: float = 100) -> QImage:
    """The report page as an image (checks and screenshots)."""
    image = QImage(
        round(base.mm_to_px(PAGE_W_MM, dpi)), round(base.mm_to_px(PAGE_H_MM, dpi)), QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        _paint_with(painter, lambda p, d: paint_report(p, report, dpi=d), dpi)
    finally:
        painter.end()
    return image
