"""The A4 SKM report: kop, period, the NRR table with IKM and mutu, the weight note, profile and signature."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from babel.dates import format_date

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from counter_app import skm
from counter_app.print import base, letterhead

PDF_DPI = 300
PAGE_W_MM = 210.0
PAGE_H_MM = 297.0
MARGIN_MM = 18.0
BODY_PT = 9.5
SMALL_PT = 8.5
TITLE_PT = 12.5
CELL_PAD_MM = 1.2
# Columns of the NRR table: No, unsur, jumlah nilai, responden, NRR, NRR tertimbang (widths in mm).
NRR_COLUMNS = (9.0, 70.0, 19.0, 24.0, 20.0, 32.0)
SERVICE_COLUMNS = (9.0, 97.0, 24.0, 26.0, 18.0)


def angka(value: Decimal | float | int | None, places: int = 2) -> str:
    """A number the Indonesian way: '79,86', '1.234'; '-' for nothing."""
    if value is None:
        return "-"
    text = f"{value:,.{places}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def tanggal(value: object) -> str:
    """'25 November 2026'."""
    return format_date(value, "d MMMM y", locale="id")  # type: ignore[arg-type]


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

    def room(self, height_mm: float) -> None:
        if self.y + height_mm > PAGE_H_MM - MARGIN_MM and self.y > MARGIN_MM and self.writer is not None:
            self.writer.newPage()
            self.y = MARGIN_MM

    def _height(self, text: str, width_mm: float, pt: float, bold: bool) -> float:
        metrics = QFontMetricsF(base.font(pt, self.dpi, bold=bold))
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        rect = metrics.boundingRect(QRectF(0, 0, self.px(width_mm), self.px(1000)), flags, text or " ")
        return base.px_to_mm(rect.height(), self.dpi)

    def text(
        self, text: str, pt: float = BODY_PT, *, bold: bool = False, centre: bool = False, after: float = 1.5
    ) -> None:
        """A wrapped paragraph."""
        height = self._height(text, self.width, pt, bold)
        self.room(height)
        self.p.setFont(base.font(pt, self.dpi, bold=bold))
        self.p.setPen(QColor("black"))
        align = Qt.AlignmentFlag.AlignHCenter if centre else Qt.AlignmentFlag.AlignLeft
        rect = QRectF(self.px(MARGIN_MM), self.px(self.y), self.px(self.width), self.px(height + 1))
        self.p.drawText(rect, int(align) | int(Qt.TextFlag.TextWordWrap), text)
        self.y += height + after

    def pair(self, label: str, value: str, *, label_mm: float = 62.0) -> None:
        """'Label  : value' on one row."""
        height = max(
            self._height(value, self.width - label_mm, BODY_PT, False),
            self._height(label, label_mm - 3, BODY_PT, False),
        )
        self.room(height)
        self.p.setFont(base.font(BODY_PT, self.dpi))
        self.p.setPen(QColor("black"))
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        top = self.px(self.y)
        self.p.drawText(QRectF(self.px(MARGIN_MM), top, self.px(label_mm - 3), self.px(height)), flags, label)
        self.p.drawText(QRectF(self.px(MARGIN_MM + label_mm - 3), top, self.px(3), self.px(height)), flags, ":")
        right = QRectF(self.px(MARGIN_MM + label_mm), top, self.px(self.width - label_mm), self.px(height + 1))
        self.p.drawText(right, flags, value)
        self.y += height + 0.8

    def rule(self, width_mm: float = 0.3, *, after: float = 0.8) -> None:
        self.p.setPen(QPen(QColor("black"), self.px(width_mm)))
        y = self.px(self.y)
        self.p.drawLine(QPointF(self.px(MARGIN_MM), y), QPointF(self.px(MARGIN_MM + self.width), y))
        self.y += after

    def table(
        self,
        widths: Sequence[float],
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        bold_rows: frozenset[int] = frozenset(),
        right_from: int = 2,
        spans: dict[int, int] | None = None,
    ) -> None:
        """A ruled table; ``spans`` maps a row index to how many leading cells its first cell spans."""
        spans = spans or {}
        for index, row in enumerate([header, *rows]):
            is_header = index == 0
            bold = is_header or (index - 1) in bold_rows
            span = 1 if is_header else spans.get(index - 1, 1)
            cells: list[tuple[float, str, bool]] = []  # (width, text, right aligned)
            first = sum(widths[:span])
            cells.append((first, row[0], False))
            for col in range(span, len(widths)):
                text = row[col - span + 1] if col - span + 1 < len(row) else ""
                cells.append((widths[col], text, not is_header and col >= right_from))
            height = max(self._height(t, w - 2 * CELL_PAD_MM, BODY_PT, bold) for w, t, _ in cells) + 2 * CELL_PAD_MM
            self.room(height)
            x = MARGIN_MM
            top = self.y
            if is_header:
                self.p.fillRect(
                    QRectF(self.px(x), self.px(top), self.px(sum(widths)), self.px(height)), QColor("#e6e6e6")
                )
            self.p.setFont(base.font(BODY_PT, self.dpi, bold=bold))
            for width, text, right in cells:
                self.p.setPen(QPen(QColor("black"), self.px(0.2)))
                self.p.drawRect(QRectF(self.px(x), self.px(top), self.px(width), self.px(height)))
                align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
                if is_header:
                    align = Qt.AlignmentFlag.AlignHCenter
                inner = QRectF(
                    self.px(x + CELL_PAD_MM),
                    self.px(top + CELL_PAD_MM),
                    self.px(width - 2 * CELL_PAD_MM),
                    self.px(height - 2 * CELL_PAD_MM + 0.5),
                )
                self.p.drawText(inner, int(align) | int(Qt.TextFlag.TextWordWrap), text)
                x += width
            self.y += height
        self.y += 2.5


def _kop(page: _Page, data: skm.SkmReportData) -> None:
    page.y = letterhead.paint_kop(page.p, data.kop, dpi=page.dpi, left_mm=MARGIN_MM, top_mm=page.y, width_mm=page.width)
    page.y += 4.0


def render_skm_report(
    painter: QPainter, data: skm.SkmReportData, *, dpi: float, writer: QPagedPaintDevice | None
) -> None:
    """Paint the SKM report on A4 (continuing on new pages of ``writer`` when it runs long)."""
    r = data.result
    page = _Page(painter, writer, dpi)
    _kop(page, data)
    page.text("LAPORAN SURVEI KEPUASAN MASYARAKAT (SKM)", TITLE_PT, bold=True, centre=True, after=0.8)
    page.text("Indeks Kepuasan Masyarakat (IKM)", BODY_PT, centre=True, after=4.0)
    period = f"{tanggal(r.start)} s.d. {tanggal(r.end)}"
    page.pair("Periode survei", period)
    page.pair("Jenis layanan", r.service_label)
    page.pair("Jumlah responden", f"{r.respondents} orang")
    page.pair("Jumlah pengunjung", f"{angka(r.visitors, 0)} orang (nomor antrean yang terbit)")
    verdict = "terpenuhi" if r.sample_met else "belum terpenuhi"
    page.pair("Sampel minimal (Krejcie-Morgan)", f"{angka(r.required_sample, 0)} responden ({verdict})")
    page.y += 2.0

    o = r.overall
    rows = [
        [str(u.number), u.name, angka(u.total, 0), angka(u.answered, 0), angka(u.nrr, 3), angka(u.weighted, 4)]
        for u in o.unsur
    ]
    totals = [
        ["IKM (jumlah NRR tertimbang)", angka(o.ikm, 4)],
        ["IKM konversi (IKM x 25)", angka(o.konversi, 2)],
        ["Mutu pelayanan", o.mutu.value if o.mutu else "-"],
        ["Kinerja unit pelayanan", o.kinerja or "-"],
    ]
    spans = {len(rows) + i: 5 for i in range(len(totals))}
    page.table(
        NRR_COLUMNS,
        ["No", "Unsur pelayanan", "Jumlah nilai", "Responden", "NRR", "NRR tertimbang (x 1/9)"],
        [*rows, *totals],
        bold_rows=frozenset(spans),
        spans=spans,
    )
    page.text(data.weight_note, SMALL_PT, after=3.0)
    if not o.complete:
        page.text("Belum ada jawaban untuk setiap unsur pada periode ini; IKM belum dapat dihitung.", bold=True)

    if len(r.per_service) > 1:
        page.text("IKM per jenis layanan", bold=True, after=1.5)
        page.table(
            SERVICE_COLUMNS,
            ["No", "Jenis layanan", "Responden", "IKM konversi", "Mutu"],
            [
                [str(n), s.label, angka(s.respondents, 0), angka(s.konversi, 2), s.mutu.value if s.mutu else "-"]
                for n, s in enumerate(r.per_service, start=1)
            ],
        )

    page.text("Profil responden", bold=True, after=1.5)
    total = max(1, r.respondents)
    for group in r.profile:
        parts = [
            f"{c.label} {c.count} ({angka(100 * c.count / total, 1)}%)"
            for c in group.counts
            if c.count or r.respondents == 0
        ]
        page.pair(group.title, "; ".join(parts) or "-", label_mm=32.0)
    page.y += 6.0

    # Signature block on the right half.
    page.room(36.0)
    left = MARGIN_MM + page.width / 2
    lines = [
        (f"{data.place}, {tanggal(data.printed_at.date())}", False),
        (data.signer_role, False),
        ("", False),
        ("", False),
        ("", False),
        (data.signer_name, True),
        (f"NIP. {data.signer_nip}" if data.signer_nip else "", False),
    ]
    f = base.font(BODY_PT, dpi)
    line_mm = base.px_to_mm(QFontMetricsF(f).height(), dpi) + 0.6
    for text, bold in lines:
        painter.setFont(base.font(BODY_PT, dpi, bold=bold))
        painter.setPen(QColor("black"))
        rect = QRectF(page.px(left), page.px(page.y), page.px(page.width / 2), page.px(line_mm))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignHCenter), text)
        page.y += line_mm


def skm_report_to_pdf(data: skm.SkmReportData, path: Path | str) -> Path:
    """Write the SKM report as an A4 PDF; return the path."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setCreator("counter_app")
    writer.setTitle("Laporan SKM")
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
        render_skm_report(painter, data, dpi=writer.resolution(), writer=writer)
    finally:
        painter.end()
    return path


def _to_image(dpi: float, paint: Callable[[QPainter, float], None]) -> QImage:
    return base.page_image(PAGE_W_MM, PAGE_H_MM, dpi, paint)


def skm_report_to_image(data: skm.SkmReportData, dpi: float = 150) -> QImage:
    """The report's first A4 page as an image (preview and screenshots)."""
    return _to_image(dpi, lambda p, d: render_skm_report(p, data, dpi=d, writer=None))
