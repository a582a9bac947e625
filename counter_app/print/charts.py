"""Bar charts of a report painted with QPainter, shared by the Laporan screen and the report PDF."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from counter_app import report_data
from counter_app.print import base

BAR_COLOUR = QColor("#2f6fb0")
LIMIT_COLOUR = QColor("#2e8b57")
OVER_COLOUR = QColor("#c0392b")
AXIS_COLOUR = QColor("#555555")
GRID_COLOUR = QColor("#dddddd")


@dataclass(frozen=True)
class BarChart:
    """One bar chart: a title, a label and a value per bar, and how to write the values."""

    title: str
    labels: tuple[str, ...]
    values: tuple[float | None, ...]  # None: nothing measured (no bar, a dash)
    percent: bool = False  # values are shares 0..1, drawn on a 0-100 % axis
    axis_label: str = ""

    def value_text(self, value: float | None) -> str:
        """The number written above a bar."""
        if value is None:
            return "-"
        if self.percent:
            return f"{value * 100:.0f}%"
        return f"{value:.0f}"


def arrivals_chart(report: report_data.Report) -> BarChart:
    """Tickets taken per hour, over the office hours that had any (at least 08.00-15.00)."""
    hours = [h for h, n in enumerate(report.arrivals_by_hour) if n]
    first, last = min([*hours, 8]), max([*hours, 15])
    return BarChart(
        "Kedatangan per jam",
        tuple(f"{h:02d}" for h in range(first, last + 1)),
        tuple(float(report.arrivals_by_hour[h]) for h in range(first, last + 1)),
        axis_label="nomor diambil, per jam mulai",
    )


def waiting_chart(report: report_data.Report) -> BarChart:
    """Waiting times in 5-minute buckets."""
    return BarChart(
        "Sebaran waktu tunggu",
        tuple(_bucket_start(i, len(report.wait_buckets)) for i in range(len(report.wait_buckets))),
        tuple(float(n) for n in report.wait_buckets),
        axis_label="jumlah nomor per 5 menit tunggu (menit awal)",
    )


def _bucket_start(index: int, count: int) -> str:
    """'0', '5', ..., '55', '60+': a short label per 5-minute bucket, so thirteen fit under a narrow chart."""
    start = index * report_data.BUCKET_SECONDS // 60
    return f"{start}+" if index == count - 1 else str(start)


def within_limit_chart(report: report_data.Report) -> BarChart:
    """Per queue service with a time limit in minutes: the share served within it (report_data.STANDARD_RULE)."""
    rows = [g for g in report.by_service if g.limit_minutes is not None]
    return BarChart(
        "Dilayani sesuai standar waktu",
        tuple(g.label.split(" - ")[0] for g in rows),
        tuple(g.within_limit for g in rows),
        percent=True,
        axis_label="persen dari nomor yang selesai dilayani dengan berkas lengkap",
    )


def report_charts(report: report_data.Report) -> tuple[BarChart, ...]:
    """The three charts of a report, in the order the screen and the PDF show them."""
    return arrivals_chart(report), waiting_chart(report), within_limit_chart(report)


def _nice_max(value: float) -> float:
    """A round axis maximum at or above ``value`` (1, 2, 2.5, 5 × 10^n)."""
    if value <= 0:
        return 1.0
    step = 1.0
    while step * 10 <= value:
        step *= 10
    for factor in (1, 2, 2.5, 5, 10):
        if factor * step >= value:
            return factor * step
    return 10 * step


def paint_bar_chart(painter: QPainter, rect: QRectF, chart: BarChart, *, dpi: float, pt: float = 8.0) -> None:
    """Draw ``chart`` inside ``rect`` (device pixels) with text of ``pt`` points at ``dpi``."""
    painter.save()
    try:
        small = base.font(pt, dpi)
        bold: QFont = base.font(pt * 1.15, dpi, bold=True)
        line = QFontMetricsF(small).height()
        painter.setFont(bold)
        painter.setPen(QColor("black"))
        title_h = QFontMetricsF(bold).height()
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), title_h), int(Qt.AlignmentFlag.AlignLeft), chart.title
        )
        painter.setFont(small)
        axis_w = QFontMetricsF(small).horizontalAdvance("100%") + line * 0.4
        plot = QRectF(
            rect.left() + axis_w,
            rect.top() + title_h + line * 1.4,
            rect.width() - axis_w - line * 0.3,
            rect.height() - title_h - line * 4.0,
        )
        if plot.width() <= 0 or plot.height() <= 0:
            return
        measured = [v for v in chart.values if v is not None]
        top = 1.0 if chart.percent else _nice_max(max(measured, default=0.0))
        # Grid lines and axis numbers at 0, 1/2 and the top.
        for frac in (0.0, 0.5, 1.0):
            y = plot.bottom() - frac * plot.height()
            painter.setPen(QPen(GRID_COLOUR if frac else AXIS_COLOUR, max(1.0, dpi / 150)))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(AXIS_COLOUR)
            number = f"{frac * 100:.0f}%" if chart.percent else f"{top * frac:g}"
            painter.drawText(
                QRectF(rect.left(), y - line / 2, axis_w - line * 0.3, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                number,
            )
        n = max(1, len(chart.values))
        slot = plot.width() / n
        bar_w = slot * 0.7
        label_flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        for i, (label, value) in enumerate(zip(chart.labels, chart.values, strict=True)):
            x = plot.left() + i * slot + (slot - bar_w) / 2
            if value is not None:
                h = plot.height() * min(1.0, value / top)
                colour = BAR_COLOUR
                if chart.percent:
                    colour = LIMIT_COLOUR if value >= 0.8 else OVER_COLOUR
                painter.fillRect(QRectF(x, plot.bottom() - h, bar_w, h), colour)
                value_top = plot.bottom() - h - line
            else:
                value_top = plot.bottom() - line
            painter.setPen(QColor("black"))
            if value is None or value > 0 or chart.percent:
                painter.drawText(
                    QRectF(x - slot * 0.15, value_top, bar_w + slot * 0.3, line),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    chart.value_text(value),
                )
            painter.setPen(AXIS_COLOUR)
            painter.drawText(QRectF(plot.left() + i * slot, plot.bottom() + line * 0.2, slot, line), label_flags, label)
        if not chart.values:
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), "Belum ada data")
        if chart.axis_label:
            painter.drawText(
                QRectF(plot.left(), plot.bottom() + line * 1.3, plot.width(), line),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                chart.axis_label,
            )
    finally:
        painter.restore()
