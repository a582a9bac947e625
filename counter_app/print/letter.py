"""Official letters (surat dinas), titled documents and endorsement pages on A4 or F4, with kop and QR."""

from __future__ import annotations

import segno

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from counter_app import documents
from counter_app.print import base

PDF_DPI = 300
PAPER_MM = {"A4": (210.0, 297.0), "F4": (215.0, 330.0)}
TOP_MM = 12.0
LEFT_MM = 25.0
RIGHT_MM = 20.0
BOTTOM_MM = 20.0
LOGO_MM = 24.0
# Kop font sizes keep the 2:3:1 ratio of government line : office name : address lines.
KOP_UNIT_PT = 6.5
BODY_PT = 11.0
SMALL_PT = 7.5
LINE_GAP_MM = 0.6
PARA_GAP_MM = 2.2
FIRST_INDENT_MM = 12.5
LABEL_MM = 22.0  # "Nomor", "Sifat", "Lampiran", "Hal" column, the colon follows
SIGN_WIDTH_MM = 78.0
SIGN_SPACE_MM = 22.0
QR_MM = 24.0


def page_size(paper: str) -> QPageSize:
    """The page size of ``paper`` ("A4" or "F4" = 215 x 330 mm)."""
    if paper == "F4":
        return QPageSize(QSizeF(*PAPER_MM["F4"]), QPageSize.Unit.Millimeter, "F4", QPageSize.SizeMatchPolicy.ExactMatch)
    return QPageSize(QPageSize.PageSizeId.A4)


def page_layout(paper: str) -> QPageLayout:
    """Portrait, no margins (the renderer keeps its own), in millimetres."""
    return QPageLayout(
        page_size(paper), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
    )


class _Pages:
    """Hands out painters page after page: a PDF writer or printer, or a list of images."""

    def __init__(self, dpi: float, paper: str, device: QPagedPaintDevice | None, painter: QPainter | None) -> None:
        self.dpi = dpi
        self.paper = paper
        self.device = device
        self.images: list[QImage] = []
        self.painter = painter if painter is not None else self._image_painter()
        self.count = 1

    def _image_painter(self) -> QPainter:
        w_mm, h_mm = PAPER_MM.get(self.paper, PAPER_MM["A4"])
        image = QImage(
            round(base.mm_to_px(w_mm, self.dpi)), round(base.mm_to_px(h_mm, self.dpi)), QImage.Format.Format_RGB32
        )
        dots_per_metre = round(self.dpi / base.MM_PER_INCH * 1000)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(QColor("white"))
        self.images.append(image)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        return painter

    def new_page(self) -> QPainter:
        self.count += 1
        if self.device is not None:
            self.device.newPage()
            return self.painter
        self.painter.end()
        self.painter = self._image_painter()
        return self.painter

    def finish(self) -> None:
        if self.device is None:
            self.painter.end()


class _Flow:
    """Lays a letter out top to bottom in millimetres, breaking pages and numbering the continuation pages."""

    def __init__(self, pages: _Pages, data: documents.LetterData) -> None:
        self.pages = pages
        self.data = data
        self.dpi = pages.dpi
        self.p = pages.painter
        self.w_mm, self.h_mm = PAPER_MM.get(data.paper, PAPER_MM["A4"])
        self.left = LEFT_MM
        self.width = self.w_mm - LEFT_MM - RIGHT_MM
        self.bottom = self.h_mm - BOTTOM_MM
        self.y = TOP_MM
        self._decorate()

    # ---- basics ------------------------------------------------------------------------------------

    def px(self, mm: float) -> float:
        return base.mm_to_px(mm, self.dpi)

    def mm(self, px: float) -> float:
        return base.px_to_mm(px, self.dpi)

    def font(self, pt: float, *, bold: bool = False, underline: bool = False) -> QFont:
        f = base.font(pt, self.dpi, bold=bold)
        f.setUnderline(underline)
        # No "fi"/"fl" ligatures: the PDF text must stay searchable and verifiable as typed ("verifikasi").
        f.setFeature(QFont.Tag("liga"), 0)
        f.setFeature(QFont.Tag("clig"), 0)
        return f

    def line_mm(self, f: QFont) -> float:
        return self.mm(QFontMetricsF(f).height()) + LINE_GAP_MM

    def room(self, height_mm: float) -> None:
        """Start a new page when ``height_mm`` does not fit any more."""
        if self.y + height_mm > self.bottom and self.y > TOP_MM + 1:
            self.p = self.pages.new_page()
            self.y = TOP_MM
            self._decorate()
            f = self.font(SMALL_PT + 2)
            self._draw(f"- {self.pages.count} -", self.left, self.width, f, Qt.AlignmentFlag.AlignHCenter)
            self.y += self.line_mm(f) + 4

    def _decorate(self) -> None:
        if not self.data.draft:
            return
        self.p.save()
        self.p.setPen(QColor(200, 200, 200))
        self.p.setFont(self.font(72, bold=True))
        self.p.translate(self.px(self.w_mm / 2), self.px(self.h_mm / 2))
        self.p.rotate(-40)
        self.p.drawText(
            QRectF(-self.px(150), -self.px(20), self.px(300), self.px(40)), Qt.AlignmentFlag.AlignCenter, "KONSEP"
        )
        self.p.restore()

    def _draw(self, text: str, x_mm: float, w_mm: float, f: QFont, align: Qt.AlignmentFlag) -> float:
        """One line of text at the current y (no wrapping); returns its width in mm."""
        self.p.setFont(f)
        self.p.setPen(QColor("black"))
        metrics = QFontMetricsF(f)
        rect = QRectF(self.px(x_mm), self.px(self.y), self.px(w_mm), metrics.height())
        self.p.drawText(rect, int(align | Qt.AlignmentFlag.AlignTop), text)
        return self.mm(metrics.horizontalAdvance(text))

    def _layout(self, text: str, f: QFont, width_mm: float, *, justify: bool, indent_mm: float) -> QTextLayout:
        layout = QTextLayout(text, f)
        option = QTextOption(Qt.AlignmentFlag.AlignJustify if justify else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        first = True
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            offset = self.px(indent_mm) if first else 0.0
            line.setLineWidth(self.px(width_mm) - offset)
            line.setPosition(QPointF(offset, y))
            y += line.height()
            first = False
        layout.endLayout()
        return layout

    def para(
        self,
        text: str,
        x_mm: float,
        w_mm: float,
        *,
        pt: float = BODY_PT,
        bold: bool = False,
        justify: bool = False,
        indent_mm: float = 0.0,
        after: float = 0.0,
        keep: bool = False,
    ) -> None:
        """A wrapped paragraph; lines may move to the next page unless ``keep``."""
        f = self.font(pt, bold=bold)
        layout = self._layout(text, f, w_mm, justify=justify, indent_mm=indent_mm)
        if keep:
            self.room(self.mm(layout.boundingRect().height()) + LINE_GAP_MM * layout.lineCount())
        self.p.setPen(QColor("black"))
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            self.room(self.mm(line.height()))
            self.p.setFont(f)
            line.draw(self.p, QPointF(self.px(x_mm), self.px(self.y) - line.y()))
            self.y += self.mm(line.height()) + LINE_GAP_MM
        self.y += after

    def text_height(self, text: str, w_mm: float, *, pt: float = BODY_PT, bold: bool = False) -> float:
        f = self.font(pt, bold=bold)
        layout = self._layout(text, f, w_mm, justify=False, indent_mm=0.0)
        return self.mm(layout.boundingRect().height()) + LINE_GAP_MM * layout.lineCount()

    # ---- blocks ------------------------------------------------------------------------------------

    def kop(self) -> None:
        d = self.data
        top = self.y
        gov = self.font(2 * KOP_UNIT_PT, bold=True)
        office = self.font(3 * KOP_UNIT_PT, bold=True)
        addr = self.font(KOP_UNIT_PT + 1.5)
        text_left = self.left
        text_width = self.width
        if d.logo_png:
            image = QImage.fromData(d.logo_png)
            if not image.isNull():
                h = LOGO_MM
                w = min(h * image.width() / max(1, image.height()), 30.0)
                self.p.drawImage(QRectF(self.px(self.left - 4), self.px(top), self.px(w), self.px(h)), image)
                text_left = self.left + w - 2
                text_width = self.width - w + 2
        self._draw(d.kop_government, text_left, text_width, gov, Qt.AlignmentFlag.AlignHCenter)
        self.y += self.line_mm(gov) - 0.5
        self._draw(d.kop_office, text_left, text_width, office, Qt.AlignmentFlag.AlignHCenter)
        self.y += self.line_mm(office) - 0.5
        for line in d.kop_address:
            self._draw(line, text_left, text_width, addr, Qt.AlignmentFlag.AlignHCenter)
            self.y += self.line_mm(addr) - 0.3
        self.y = max(self.y, top + (LOGO_MM if d.logo_png else 0)) + 1.5
        # Double rule: a thick line over a thin one.
        self.p.setPen(QPen(QColor("black"), self.px(0.9)))
        y = self.px(self.y)
        self.p.drawLine(QPointF(self.px(self.left - 4), y), QPointF(self.px(self.left + self.width), y))
        self.p.setPen(QPen(QColor("black"), self.px(0.25)))
        y = self.px(self.y + 1.1)
        self.p.drawLine(QPointF(self.px(self.left - 4), y), QPointF(self.px(self.left + self.width), y))
        self.y += 6.0

    def head_block(self) -> None:
        """Nomor/Sifat/Lampiran/Hal with aligned colons; the date line on the Nomor line, right-aligned."""
        d = self.data
        f = self.font(BODY_PT)
        date_w = self.mm(QFontMetricsF(f).horizontalAdvance(d.place_date))
        self._draw(d.place_date, self.left + self.width - date_w - 1, date_w + 1, f, Qt.AlignmentFlag.AlignLeft)
        value_x = self.left + LABEL_MM + 3
        value_w = self.width - LABEL_MM - 3 - date_w - 4
        rows = (("Nomor", d.number), ("Sifat", d.sifat), ("Lampiran", d.lampiran or "-"), ("Hal", d.hal))
        for index, (label, value) in enumerate(rows):
            self._draw(label, self.left, LABEL_MM, f, Qt.AlignmentFlag.AlignLeft)
            self._draw(":", self.left + LABEL_MM, 3, f, Qt.AlignmentFlag.AlignLeft)
            width = value_w if index == 0 else self.width - LABEL_MM - 3
            if index == 3:
                width = min(width, 95.0)
            self.para(value, value_x, width)
        self.y += 4.0

    def addressee(self) -> None:
        d = self.data
        if not d.addressee:
            return
        f = self.font(BODY_PT)
        x = self.left + 9
        self._draw("Yth.", self.left, 9, f, Qt.AlignmentFlag.AlignLeft)
        for line in d.addressee:
            self.para(line, x, 100)
        if d.addressee_place:
            self._draw("di", x, 10, f, Qt.AlignmentFlag.AlignLeft)
            self.y += self.line_mm(f)
            self.para(d.addressee_place, x + 6, 94)
        self.y += 5.0

    def wrap(self, text: str, f: QFont, width_mm: float) -> list[str]:
        """Split ``text`` at spaces into lines no wider than ``width_mm``."""
        metrics = QFontMetricsF(f)
        line = ""
        lines: list[str] = []
        limit = self.px(width_mm)
        for word in text.split():
            candidate = f"{line} {word}".strip()
            if line and metrics.horizontalAdvance(candidate) > limit:
                lines.append(line)
                line = word
            else:
                line = candidate
        if line:
            lines.append(line)
        return lines or [""]

    def centred(self, text: str, pt: float, *, bold: bool = False, after: float = 0.0) -> None:
        f = self.font(pt, bold=bold)
        metrics = QFontMetricsF(f)
        words = text.split()
        line = ""
        lines: list[str] = []
        limit = self.px(self.width - 20)
        for word in words:
            candidate = f"{line} {word}".strip()
            if line and metrics.horizontalAdvance(candidate) > limit:
                lines.append(line)
                line = word
            else:
                line = candidate
        if line:
            lines.append(line)
        self.room(self.line_mm(f) * len(lines))
        for text_line in lines:
            self._draw(text_line, self.left, self.width, f, Qt.AlignmentFlag.AlignHCenter)
            self.y += self.line_mm(f)
        self.y += after

    def body(self, x_mm: float | None = None, w_mm: float | None = None) -> None:
        x = self.left if x_mm is None else x_mm
        w = self.width if w_mm is None else w_mm
        for paragraph in self.data.body:
            self.para(paragraph, x, w, justify=True, indent_mm=FIRST_INDENT_MM, after=PARA_GAP_MM)

    def signature(self, *, with_date: bool, x_mm: float | None = None, qr: bool = True) -> None:
        """The signature block on the right (jabatan, space, name, pangkat, NIP) and the QR on the left."""
        d, s = self.data, self.data.signature
        f = self.font(BODY_PT)
        bold_u = self.font(BODY_PT, bold=True, underline=True)
        lines = [
            part
            for line in ([d.place_date] if with_date else []) + list(s.jabatan_lines)
            for part in self.wrap(line, f, SIGN_WIDTH_MM)
        ]
        height = self.line_mm(f) * (len(lines) + 3) + SIGN_SPACE_MM + 6
        self.room(max(height, QR_MM + 12))
        self.y += 4.0
        top = self.y
        x = self.left + self.width - SIGN_WIDTH_MM if x_mm is None else x_mm
        for line in lines:
            self._draw(line, x, SIGN_WIDTH_MM, f, Qt.AlignmentFlag.AlignHCenter)
            self.y += self.line_mm(f)
        self.y += SIGN_SPACE_MM
        self._draw(s.name, x, SIGN_WIDTH_MM, bold_u, Qt.AlignmentFlag.AlignHCenter)
        self.y += self.line_mm(bold_u)
        if s.pangkat:
            self._draw(s.pangkat, x, SIGN_WIDTH_MM, f, Qt.AlignmentFlag.AlignHCenter)
            self.y += self.line_mm(f)
        if s.nip:
            self._draw(s.nip, x, SIGN_WIDTH_MM, f, Qt.AlignmentFlag.AlignHCenter)
            self.y += self.line_mm(f)
        if qr:
            qr_top = max(top, self.y - QR_MM - 6)
            self.qr(self.left, qr_top)
        self.y += 6.0

    def qr(self, x_mm: float, y_mm: float) -> None:
        """The verification QR (number + code) with the code printed in small type under it."""
        d = self.data
        code = segno.make(d.qr_text, error="m", micro=False)
        count, _ = code.symbol_size(scale=1, border=0)
        module = self.px(QR_MM) / count
        x0, y0 = self.px(x_mm), self.px(y_mm)
        path = QPainterPath()
        for r, row in enumerate(code.matrix_iter(scale=1, border=0)):
            cells = list(row)
            c = 0
            while c < len(cells):
                if not cells[c]:
                    c += 1
                    continue
                start = c
                while c < len(cells) and cells[c]:
                    c += 1
                path.addRect(QRectF(x0 + start * module, y0 + r * module, (c - start) * module, module))
        path.setFillRule(Qt.FillRule.WindingFill)
        self.p.save()
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.p.fillPath(path, QColor("black"))
        self.p.restore()
        f = self.font(SMALL_PT)
        saved = self.y
        self.y = y_mm + QR_MM + 1.0
        self._draw(f"Kode verifikasi: {d.verification_code}", x_mm, 70, f, Qt.AlignmentFlag.AlignLeft)
        self.y = saved

    def tembusan(self) -> None:
        items = self.data.tembusan
        if not items:
            return
        f = self.font(BODY_PT - 1)
        self.room(self.line_mm(f) * 2)
        self.y += 2.0
        self._draw("Tembusan:", self.left, 40, f, Qt.AlignmentFlag.AlignLeft)
        self.y += self.line_mm(f)
        for n, item in enumerate(items, start=1):
            label = f"{n}." if len(items) > 1 else ""
            if label:
                self.room(self.line_mm(f))
                self._draw(label, self.left, 6, f, Qt.AlignmentFlag.AlignLeft)
            self.para(item, self.left + (6 if label else 0), 110, pt=BODY_PT - 1)

    def endorsement(self) -> None:
        """A framed stamp block: title, number, date, text, signature and QR."""
        d = self.data
        box_w = 130.0
        box_x = self.left + (self.width - box_w) / 2
        top, first_page = self.y, self.pages.count
        inner_x, inner_w = box_x + 6, box_w - 12
        self.y += 5
        saved_left, saved_width = self.left, self.width
        self.left, self.width = inner_x, inner_w
        self.centred(d.title, BODY_PT + 2, bold=True, after=2.0)
        f = self.font(BODY_PT)
        for label, value in (("Nomor", d.number), ("Tanggal", d.place_date.split(", ", 1)[-1])):
            self._draw(label, inner_x, 20, f, Qt.AlignmentFlag.AlignLeft)
            self._draw(":", inner_x + 20, 3, f, Qt.AlignmentFlag.AlignLeft)
            self.para(value, inner_x + 23, inner_w - 23)
        self.y += 2.0
        for paragraph in d.body:
            self.para(paragraph, inner_x, inner_w, justify=True, after=PARA_GAP_MM)
        self.signature(with_date=True, x_mm=inner_x + inner_w - SIGN_WIDTH_MM + 4)
        self.left, self.width = saved_left, saved_width
        if self.pages.count != first_page:  # a long text moved on: frame the part on this page
            top = TOP_MM + 6
        self.p.setPen(QPen(QColor("black"), self.px(0.5)))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawRect(QRectF(self.px(box_x), self.px(top), self.px(box_w), self.px(self.y - top)))
        self.y += 4.0
        self.p.setPen(QColor("black"))


def paint_letter(pages: _Pages, data: documents.LetterData) -> int:
    """Lay out and paint every page of ``data``; returns the number of pages."""
    flow = _Flow(pages, data)
    flow.kop()
    if data.layout == "letter":
        flow.head_block()
        flow.addressee()
        flow.body()
        flow.signature(with_date=False)
    elif data.layout == "endorsement":
        flow.endorsement()
    else:
        flow.centred(data.title, BODY_PT + 2, bold=True, after=0.5)
        f = flow.font(BODY_PT)
        flow._draw(f"Nomor: {data.number}", flow.left, flow.width, f, Qt.AlignmentFlag.AlignHCenter)
        flow.y += flow.line_mm(f) + 6.0
        flow.body()
        flow.signature(with_date=True)
    flow.tembusan()
    return pages.count


def render_letter(painter: QPainter, data: documents.LetterData, *, dpi: float, device: QPagedPaintDevice) -> int:
    """Paint the letter onto a paged device (PDF writer, printer) whose painter is active; returns pages."""
    pages = _Pages(dpi, data.paper, device, painter)
    return paint_letter(pages, data)


def letter_pdf_bytes(data: documents.LetterData) -> bytes:
    """The letter as PDF bytes (the archived original); A4 or F4 as the data says."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setCreator("counter_app")
    writer.setTitle(f"Naskah {data.number}")
    writer.setPageLayout(page_layout(data.paper))
    painter = QPainter()
    if not painter.begin(writer):
        raise base.PrintError(f"PDF naskah {data.number} tidak dapat dibuat.")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        render_letter(painter, data, dpi=PDF_DPI, device=writer)
    finally:
        painter.end()
    buffer.close()
    return bytes(QByteArray(buffer.data()).data())


def letter_page_images(data: documents.LetterData, dpi: float = 100) -> list[QImage]:
    """Every page as a white image (the on-screen preview)."""
    pages = _Pages(dpi, data.paper, None, None)
    try:
        paint_letter(pages, data)
    finally:
        pages.finish()
    return pages.images


def letter_to_image(data: documents.LetterData, dpi: float = 100) -> QImage:
    """The first page as an image."""
    return letter_page_images(data, dpi)[0]
