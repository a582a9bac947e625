"""The queue ticket slip for 58 and 80 mm thermal paper, painted in millimetres with the bundled fonts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import segno
from babel.dates import format_datetime

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from counter_app.print import base

PDF_DPI = 600
FOOTER = "Simpan karcis ini. Nomor dipanggil di layar."
# Small words written in lower case inside a title ("AK/1 atau Kartu Kuning").
_SMALL_WORDS = frozenset({"dan", "atau", "di", "ke", "dari", "untuk", "yang", "pada", "dengan", "serta", "bagi"})


class SlipData(Protocol):
    """What a slip shows; ``counter_app.tickets.SlipData`` has it.

    A protocol rather than an import: the queue module uses the store, and print/ must not reach it.
    """

    @property
    def office(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def service_title(self) -> str: ...
    @property
    def priority(self) -> bool: ...
    @property
    def issued_at(self) -> dt.datetime: ...
    @property
    def waiting_ahead(self) -> int: ...
    @property
    def estimated_wait_minutes(self) -> int: ...
    @property
    def width_mm(self) -> int: ...
    @property
    def qr_payload(self) -> str: ...


@dataclass(frozen=True)
class PaperSizes:
    """Sizes for one paper width; thermal heads print a little narrower than the roll."""

    printable_mm: float
    office_pt: float
    label_pt: float
    number_max_pt: float
    title_pt: float
    text_pt: float
    footer_pt: float
    qr_mm: float


PAPER = {
    58: PaperSizes(
        printable_mm=48.0,
        office_pt=8.0,
        label_pt=9.0,
        number_max_pt=44.0,
        title_pt=9.0,
        text_pt=8.0,
        footer_pt=7.5,
        qr_mm=24.0,
    ),
    80: PaperSizes(
        printable_mm=72.0,
        office_pt=9.5,
        label_pt=11.0,
        number_max_pt=60.0,
        title_pt=11.0,
        text_pt=9.5,
        footer_pt=8.5,
        qr_mm=28.0,
    ),
}
TOP_MM = 3.0
BOTTOM_MM = 8.0  # blank paper before the cutter, so the footer is not cut


def paper(width_mm: int) -> PaperSizes:
    """The sizes for a 58 or 80 mm roll (anything else uses the nearer of the two)."""
    if width_mm in PAPER:
        return PAPER[width_mm]
    return PAPER[58] if width_mm < 69 else PAPER[80]


def plain_title(title: str) -> str:
    """A service title as people read it: 'AK/1 ATAU KARTU KUNING' becomes 'AK/1 atau Kartu Kuning'.

    Titles written in mixed case are kept as written; abbreviations in brackets or with digits keep
    their capitals.
    """
    if title != title.upper():
        return title
    words = []
    for i, word in enumerate(title.split()):
        if word.startswith("(") or any(ch.isdigit() for ch in word):
            words.append(word)
        elif i > 0 and word.lower() in _SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append("/".join(part[:1].upper() + part[1:].lower() for part in word.split("/")))
    return " ".join(words)


def issued_text(slip: SlipData) -> str:
    """'Rabu, 25 November 2026 09.00'."""
    return format_datetime(slip.issued_at, "EEEE, d MMMM yyyy HH.mm", locale="id_ID")


def slip_lines(slip: SlipData) -> tuple[str, str]:
    """The two waiting lines: how many are ahead and the estimated wait."""
    return (
        f"Menunggu di depan Anda: {slip.waiting_ahead} orang",
        f"Perkiraan waktu tunggu: ± {slip.estimated_wait_minutes} menit",
    )


def balanced(text: str, metrics: QFontMetricsF, width: float) -> str:
    """Break a paragraph that needs two lines into two lines of similar length (not one long, one short).

    Longer paragraphs are returned as they are, for the painter's own word wrap.
    """
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split()
    best: tuple[float, str] | None = None
    for i in range(1, len(words)):
        first, second = " ".join(words[:i]), " ".join(words[i:])
        widest = max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second))
        if widest <= width and (best is None or widest < best[0]):
            best = (widest, f"{first}\n{second}")
    return best[1] if best else text


class _Cursor:
    """Walks down the slip; paints when it has a painter, otherwise only measures."""

    def __init__(self, painter: QPainter | None, dpi: float, width_mm: int) -> None:
        self.painter = painter
        self.dpi = dpi
        self.sizes = paper(width_mm)
        self.left = (width_mm - self.sizes.printable_mm) / 2
        self.width = self.sizes.printable_mm
        self.y = TOP_MM

    def px(self, mm: float) -> float:
        return base.mm_to_px(mm, self.dpi)

    def text(self, text: str, pt: float, *, bold: bool = False, after: float = 1.0) -> None:
        """A centred paragraph, wrapped at word boundaries."""
        f = base.font(pt, self.dpi, bold=bold)
        flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
        area = QRectF(self.px(self.left), self.px(self.y), self.px(self.width), self.px(1000))
        text = balanced(text, QFontMetricsF(f), area.width())
        height = QFontMetricsF(f).boundingRect(area, flags, text).height()
        if self.painter is not None:
            self.painter.setFont(f)
            self.painter.setPen(QColor("black"))
            self.painter.drawText(QRectF(area.x(), area.y(), area.width(), height), flags, text)
        self.y += base.px_to_mm(height, self.dpi) + after

    def number(self, code: str, *, after: float = 2.0) -> None:
        """The ticket number, as large as the paper allows."""
        pt = self.sizes.number_max_pt
        f = base.font(pt, self.dpi, bold=True)
        advance = QFontMetricsF(f).horizontalAdvance(code)
        room = self.px(self.width) * 0.94
        if advance > room:
            pt *= room / advance
            f = base.font(pt, self.dpi, bold=True)
        metrics = QFontMetricsF(f)
        tight = metrics.tightBoundingRect(code)
        if self.painter is not None:
            x = self.px(self.left) + (self.px(self.width) - metrics.horizontalAdvance(code)) / 2
            self.painter.setFont(f)
            self.painter.setPen(QColor("black"))
            self.painter.drawText(QPointF(x, self.px(self.y) - tight.top()), code)
        self.y += base.px_to_mm(tight.height(), self.dpi) + after

    def banner(self, text: str, pt: float, *, after: float = 2.0) -> None:
        """White bold text on a black band (the priority marker)."""
        f = base.font(pt, self.dpi, bold=True)
        height = QFontMetricsF(f).height() + self.px(2.0)
        band = QRectF(self.px(self.left), self.px(self.y), self.px(self.width), height)
        if self.painter is not None:
            radius = self.px(1.2)
            self.painter.setPen(Qt.PenStyle.NoPen)
            self.painter.setBrush(QColor("black"))
            self.painter.drawRoundedRect(band, radius, radius)
            self.painter.setFont(f)
            self.painter.setPen(QColor("white"))
            self.painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), text)
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.y += base.px_to_mm(height, self.dpi) + after

    def rule(self, *, before: float = 1.0, after: float = 2.0) -> None:
        """A thin dashed line across the printable width."""
        self.y += before
        if self.painter is not None:
            pen = QPen(QColor("black"), self.px(0.25))
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            self.painter.setPen(pen)
            y = self.px(self.y)
            self.painter.drawLine(QPointF(self.px(self.left), y), QPointF(self.px(self.left + self.width), y))
        self.y += after

    def qr(self, payload: str, size_mm: float, *, before: float = 3.0, after: float = 3.0) -> None:
        """A QR code of ``payload``, drawn as vector squares (sharp in a PDF and on any printer head)."""
        self.y += before
        code = segno.make(payload, error="m", micro=False)
        modules, _ = code.symbol_size(scale=1, border=0)
        module = self.px(size_mm) / modules
        if self.painter is not None:
            x0 = self.px(self.left + (self.width - size_mm) / 2)
            y0 = self.px(self.y)
            path = QPainterPath()
            for r, row in enumerate(code.matrix_iter(scale=1, border=0)):
                c = 0
                cells = list(row)
                while c < len(cells):
                    if not cells[c]:
                        c += 1
                        continue
                    start = c
                    while c < len(cells) and cells[c]:
                        c += 1
                    path.addRect(QRectF(x0 + start * module, y0 + r * module, (c - start) * module, module))
            path.setFillRule(Qt.FillRule.WindingFill)
            self.painter.save()
            self.painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            self.painter.fillPath(path, QColor("black"))
            self.painter.restore()
        self.y += base.px_to_mm(module * modules, self.dpi) + after


def _walk(painter: QPainter | None, slip: SlipData, dpi: float) -> float:
    """Lay the slip out top to bottom (painting when given a painter); return its height in mm."""
    c = _Cursor(painter, dpi, slip.width_mm)
    s = c.sizes
    c.text(slip.office, s.office_pt, bold=True, after=0.0)
    c.rule(before=1.5, after=2.0)
    c.text("NOMOR ANTREAN", s.label_pt, bold=True, after=1.5)
    c.number(slip.code, after=2.5)
    if slip.priority:
        c.banner("PRIORITAS", s.label_pt, after=2.5)
    c.text(plain_title(slip.service_title), s.title_pt, bold=True, after=1.5)
    c.text(issued_text(slip), s.text_pt, after=0.5)
    c.rule(before=1.0, after=2.0)
    ahead, wait = slip_lines(slip)
    c.text(ahead, s.text_pt, after=0.8)
    c.text(wait, s.text_pt, bold=True, after=0.0)
    c.qr(slip.qr_payload, s.qr_mm, before=3.5, after=3.0)
    c.text(FOOTER, s.footer_pt, after=0.0)
    return c.y + BOTTOM_MM


def slip_height_mm(slip: SlipData, dpi: float = PDF_DPI) -> float:
    """How long the slip is, in millimetres, for paper of ``slip.width_mm``."""
    return _walk(None, slip, dpi)


def render_slip(painter: QPainter, slip: SlipData, *, dpi: float) -> None:
    """Paint the slip with its top-left corner at the painter's origin; device pixels are ``dpi`` per inch.

    The painter's device must be at least ``slip.width_mm`` × ``slip_height_mm(slip, dpi)`` in size.
    Needs a QGuiApplication (fonts); may run on a worker thread.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    _walk(painter, slip, dpi)
    painter.restore()


def page_size(slip: SlipData, dpi: float = PDF_DPI) -> QPageSize:
    """A custom page of the slip's width and computed length."""
    return QPageSize(
        QSizeF(slip.width_mm, round(slip_height_mm(slip, dpi), 1)),
        QPageSize.Unit.Millimeter,
        f"Karcis {slip.width_mm} mm",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )


def slip_to_pdf(slip: SlipData, path: Path | str) -> Path:
    """Write the slip as a one-page PDF of the slip's width × its computed length; return the path."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setCreator("counter_app")
    writer.setTitle(f"Karcis antrean {slip.code}")
    writer.setPageLayout(
        QPageLayout(
            page_size(slip), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise base.PrintError(f"Berkas PDF karcis tidak dapat ditulis: {path}")
    try:
        render_slip(painter, slip, dpi=writer.resolution())
    finally:
        painter.end()
    return path


def slip_to_image(slip: SlipData, dpi: float = 203) -> QImage:
    """The slip as a white image at ``dpi`` (203 dpi is the usual thermal head)."""
    width = round(base.mm_to_px(slip.width_mm, dpi))
    height = round(base.mm_to_px(slip_height_mm(slip, dpi), dpi))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / base.MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        render_slip(painter, slip, dpi=dpi)
    finally:
        painter.end()
    return image
