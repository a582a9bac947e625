"""The supervisor's throughput report as an A4 PDF: kop, period, tables and the bar charts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from babel.dates import format_datetime

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from counter_app import report_data
from counter_app.print import base, charts, letterhead
from counter_app.print.ticket_slip import plain_title

PDF_DPI = 300
PAGE_W_MM = 210.0
PAGE_H_MM = 297.0
MARGIN_MM = 15.0
BODY_PT = 9.5
TABLE_PT = 7.5
TITLE_PT = 13.0
CHART_H_MM = 55.0
OVERDUE_ROWS = 40

GROUP_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Nama", 30.0),
    ("Diambil", 12.5),
    ("Dilayani", 12.5),
    ("Tidak hadir", 12.5),
    ("Dialih\u00adkan", 12.5),  # a soft hyphen: the word breaks when the column is narrow
    ("Belum lengkap", 12.5),
    ("Tunggu rata2", 12.5),
    ("Tunggu median", 12.5),
    ("Tunggu p90", 12.5),
    ("Layan rata2", 12.5),
    ("Layan median", 12.5),
    ("Layan p90", 12.5),
    ("Sesuai standar", 12.5),
)
HEADER_PT = 6.5
KEEP_WITH_NEXT_MM = 30.0
Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


def group_cells(g: report_data.GroupFigures) -> list[str]:
    """One throughput row as the PDF prints it (minutes with a decimal comma)."""
    m = report_data.minutes_text
    within = report_data.share_text(g.within_limit) if g.limit_minutes is not None else "-"
    code, sep, title = g.label.partition(" - ")
    return [
        f"{code}{sep}{plain_title(title)}" if sep else g.label,
        str(g.issued),
        str(g.served),
        str(g.no_show),
        str(g.transferred),
        str(g.incomplete),
        m(g.waiting.mean),
        m(g.waiting.median),
        m(g.waiting.p90),
        m(g.serving.mean),
        m(g.serving.median),
        m(g.serving.p90),
        within,
    ]


class _Page:
    """Walks down A4 pages, starting a new one when the next block does not fit."""

    def __init__(self, painter: QPainter, writer: QPagedPaintDevice | None, dpi: float) -> None:
        self.p = painter
        self.writer = writer
        self.dpi = dpi
        self.y = MARGIN_MM
        self.width = PAGE_W_MM - 2 * MARGIN_MM
        self.pages = 1
        self.full = False  # an image has one page: once a block did not fit, nothing after it is drawn

    def px(self, mm: float) -> float:
        return base.mm_to_px(mm, self.dpi)

    def room(self, height_mm: float) -> bool:
        """Start a new page when ``height_mm`` does not fit; False when there is no next page (an image)."""
        if self.full:
            return False
        if self.y + height_mm <= PAGE_H_MM - MARGIN_MM:
            return True
        if self.writer is None:
            self.full = True
            return False
        self.writer.newPage()
        self.pages += 1
        self.y = MARGIN_MM
        return True

    def text(
        self, text: str, pt: float = BODY_PT, *, bold: bool = False, centre: bool = False, after: float = 1.0
    ) -> None:
        f = base.font(pt, self.dpi, bold=bold)
        flags = int(Qt.AlignmentFlag.AlignHCenter if centre else Qt.AlignmentFlag.AlignLeft) | int(
            Qt.TextFlag.TextWordWrap
        )
        area = QRectF(self.px(MARGIN_MM), 0, self.px(self.width), self.px(500))
        height = QFontMetricsF(f).boundingRect(area, flags, text or " ").height()
        if not self.room(base.px_to_mm(height, self.dpi)):
            return
        self.p.setFont(f)
        self.p.setPen(QColor("black"))
        self.p.drawText(QRectF(area.x(), self.px(self.y), area.width(), height), flags, text)
        self.y += base.px_to_mm(height, self.dpi) + after

    def heading(self, text: str) -> None:
        """A table's title, kept on the page of the table's first rows."""
        if self.room(KEEP_WITH_NEXT_MM):
            self.text(text, 10.0, bold=True, after=1.5)

    def table(self, columns: Sequence[tuple[str, float]], rows: Sequence[Sequence[str]], *, after: float = 4.0) -> None:
        """A ruled table; the header repeats on every page it runs onto."""
        f = base.font(TABLE_PT, self.dpi)
        fb = base.font(HEADER_PT, self.dpi, bold=True)
        wrap = int(Qt.TextFlag.TextWordWrap)
        scale = self.width / sum(w for _, w in columns)
        widths = [w * scale for _, w in columns]

        def height_of(cells: Sequence[str], font_: QFont) -> float:
            metrics = QFontMetricsF(font_)
            tallest = 0.0
            for text, w in zip(cells, widths, strict=True):
                r = metrics.boundingRect(QRectF(0, 0, self.px(w - 1.2), self.px(100)), wrap, text or " ")
                tallest = max(tallest, r.height())
            return base.px_to_mm(tallest, self.dpi) + 1.4

        def draw(cells: Sequence[str], font_: QFont, h: float, *, header: bool) -> None:
            x = MARGIN_MM
            self.p.setFont(font_)
            if header:
                self.p.fillRect(QRectF(self.px(x), self.px(self.y), self.px(self.width), self.px(h)), QColor("#e8eef5"))
            for i, (text, w) in enumerate(zip(cells, widths, strict=True)):
                align = Qt.AlignmentFlag.AlignLeft if i == 0 or header else Qt.AlignmentFlag.AlignRight
                if header and i:
                    align = Qt.AlignmentFlag.AlignHCenter
                rect = QRectF(self.px(x + 0.6), self.px(self.y + 0.7), self.px(w - 1.2), self.px(h - 1.4))
                self.p.setPen(QColor("black"))
                self.p.drawText(rect, int(align) | wrap, text)
                x += w
            self.p.setPen(QPen(QColor("#888888"), self.px(0.15)))
            y = self.px(self.y + h)
            self.p.drawLine(QPointF(self.px(MARGIN_MM), y), QPointF(self.px(MARGIN_MM + self.width), y))
            self.y += h

        header = [c for c, _ in columns]
        header_h = height_of(header, fb)
        if not self.room(header_h * 2):
            return
        draw(header, fb, header_h, header=True)
        for row in rows:
            h = height_of(row, f)
            if self.y + h > PAGE_H_MM - MARGIN_MM:
                if not self.room(h + header_h):
                    return
                draw(header, fb, header_h, header=True)
            draw(row, f, h, header=False)
        self.y += after

    def charts(self, row: Sequence[charts.BarChart], height_mm: float = CHART_H_MM) -> None:
        """Charts side by side across the width."""
        if not self.room(height_mm):
            return
        gap = 6.0
        width = (self.width - gap * (len(row) - 1)) / len(row)
        for i, chart in enumerate(row):
            x = MARGIN_MM + i * (width + gap)
            rect = QRectF(self.px(x), self.px(self.y), self.px(width), self.px(height_mm - 3))
            charts.paint_bar_chart(self.p, rect, chart, dpi=self.dpi, pt=7.5)
        self.y += height_mm


def render_report(
    painter: QPainter,
    report: report_data.Report,
    *,
    dpi: float,
    writer: QPagedPaintDevice | None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Paint the report on A4 pages; return how many pages it took.

    Raises:
        report_data.ExportCancelled: ``cancelled()`` turned True between two parts of the report.
    """
    page = _Page(painter, writer, dpi)
    page.y = letterhead.paint_kop(painter, report.kop, dpi=dpi, left_mm=MARGIN_MM, top_mm=page.y, width_mm=page.width)
    page.y += 4.0
    page.text("LAPORAN KINERJA PELAYANAN", TITLE_PT, bold=True, centre=True, after=1.0)
    page.text(f"Periode: {report_data.period_label(report.start, report.end)}", centre=True, after=0.5)
    made = format_datetime(report.generated_at, "d MMMM y, HH.mm", locale="id")
    page.text(f"Dibuat {made}", 8.0, centre=True, after=4.0)
    t = report.total
    page.text(
        f"Nomor diambil {t.issued} · dilayani {t.served} · tidak hadir {t.no_show} · dialihkan {t.transferred} · "
        f"berkas belum lengkap {t.incomplete}. Waktu tunggu rata-rata {report_data.minutes_text(t.waiting.mean)} menit "
        f"(median {report_data.minutes_text(t.waiting.median)}, p90 {report_data.minutes_text(t.waiting.p90)}); waktu "
        f"layan rata-rata {report_data.minutes_text(t.serving.mean)} menit. Permohonan selesai terlambat: "
        f"{report.completed_late}; belum selesai lewat batas {report.overdue_when}: {report.overdue_count}.",
        after=3.0,
    )
    if report.jobseekers is not None:
        js = report.jobseekers
        page.text(
            f"Kartu AK/1: {js.registrations} pendaftaran, {js.report_backs} lapor ulang, {js.placements} penempatan.",
            after=3.0,
        )
    steps = 6
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if cancelled is not None and cancelled():
            raise report_data.ExportCancelled(report_data.CANCELLED_TEXT)
        if progress is not None:
            progress(done / steps)

    arrivals, waiting, within = charts.report_charts(report)
    page.charts((arrivals, waiting))
    page.charts((within,), CHART_H_MM * 0.8)
    step()
    for title, groups in report_data.iter_groups(report):
        page.heading(f"{title} (waktu dalam menit)")
        page.table(GROUP_COLUMNS, [group_cells(g) for g in groups] + [group_cells(report.total)])
        step()
    page.heading("Permohonan (standar dalam hari kerja)")
    page.table(
        (
            ("Layanan", 56.0),
            ("Batas", 14.0),
            ("Diterima", 14.0),
            ("Selesai", 14.0),
            ("Tepat waktu", 15.0),
            ("Selesai terlambat", 16.0),
            ("Belum selesai lewat batas", 19.0),
        ),
        [
            [
                f"{a.service_code} - {plain_title(a.service_title)}",
                a.limit_text,
                str(a.received),
                str(a.completed),
                report_data.share_text(a.on_time_share),
                str(a.completed_late),
                str(a.overdue_open),
            ]
            for a in report.applications
        ],
    )
    step()
    if report.overdue:
        shown = report.overdue[:OVERDUE_ROWS]
        page.heading(
            f"Permohonan belum selesai lewat batas {report.overdue_when} ({report.overdue_count}; {len(shown)} terlama)"
        )
        page.table(
            (("Nomor", 45.0), ("Layanan", 20.0), ("Diterima", 30.0), ("Batas waktu", 30.0), ("Terlambat (hari)", 18.0)),
            [
                [
                    o.tracking_number,
                    o.service_code,
                    f"{o.received_at:%d-%m-%Y %H.%M}",
                    f"{o.due_at:%d-%m-%Y %H.%M}",
                    str(o.days_late),
                ]
                for o in shown
            ],
            after=1.0,
        )
        more = report.overdue_more_text(len(shown))
        if more:
            page.text(more, 8.0, after=3.0)
    page.text(
        "Waktu tunggu: dari mengambil nomor sampai panggilan terakhir. Waktu layan: dari mulai dilayani sampai "
        "selesai. Median dan p90 (90% nomor tidak lebih lama dari angka ini) dihitung dari detik yang tercatat. "
        f"Jam kedatangan menurut waktu kantor (WIB). {report_data.STANDARD_RULE} {report_data.OVERDUE_RULE}",
        7.5,
        after=0.0,
    )
    step()
    return page.pages


def report_to_pdf(
    report: report_data.Report,
    path: Path | str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write the report as an A4 PDF; return the path (needs a QGuiApplication; may run on a worker thread).

    A cancelled export leaves no file behind (the PDF is written next to ``path`` and moved into place).
    """
    path = Path(path)
    part = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(part))
    writer.setResolution(PDF_DPI)
    writer.setCreator("counter_app")
    writer.setTitle(f"Laporan kinerja pelayanan {report_data.period_label(report.start, report.end)}")
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
        raise base.PrintError(f"Berkas PDF tidak dapat ditulis: {path}. Pilih folder lain.")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        render_report(painter, report, dpi=writer.resolution(), writer=writer, progress=progress, cancelled=cancelled)
    except BaseException:
        painter.end()
        del writer  # closes the file before it is removed
        part.unlink(missing_ok=True)
        raise
    painter.end()
    del writer
    part.replace(path)
    return path


def report_to_image(report: report_data.Report, dpi: float = 100) -> QImage:
    """The report's first A4 page as an image (previews, golden tests)."""
    image = QImage(
        round(base.mm_to_px(PAGE_W_MM, dpi)), round(base.mm_to_px(PAGE_H_MM, dpi)), QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        render_report(painter, report, dpi=dpi, writer=None)
    finally:
        painter.end()
    return image
