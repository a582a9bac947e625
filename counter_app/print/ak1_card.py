"""The AK/1 card ("kartu kuning") on A4 landscape, two halves, in full or onto pre-printed blanks; calibration page.

Every position is in millimetres from the sheet's top-left corner. The card is painted in two layers:

- the *form* (frames, labels, the Ketentuan text, the signature lines): printed only in ``CardMode.FULL``,
  and never moved;
- the *data* (number, NIK, photo, personal data, report-backs, dates, officer): printed in both modes at the
  same coordinates, moved by exactly ``CardOffset`` (a printer's calibration for the pre-printed blanks).

The calibration page draws a millimetre grid and crosshairs at the data anchors (``ANCHORS``), each labelled with
its intended distance from the paper's edges, so staff can measure how far their printer is off.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from pathlib import Path

from babel.dates import format_date

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from counter_app import documents, letterhead
from counter_app.documents import Ak1CardData, CardMode, CardOffset
from counter_app.print import base

PDF_DPI = 300
PAGE_W_MM = 297.0
PAGE_H_MM = 210.0
HALF_W_MM = PAGE_W_MM / 2
MARGIN_MM = 8.0
TEXT_PT = 8.5
LABEL_PT = 8.0
SMALL_PT = 7.0
HEAD_PT = 9.5
MIN_PT = 5.5
LINE_MM = 0.25
NO_OFFSET = CardOffset()

# --- Half 1 (left) ---------------------------------------------------------------------------------------------
L0 = MARGIN_MM
L1 = HALF_W_MM - MARGIN_MM
FORM_BOX = QRectF(L1 - 30, 6.0, 30, 7.0)
NUMBER_BOX = QRectF(L0 + 52, 33.0, L1 - L0 - 52, 7.0)
NIK_BOX = QRectF(L0 + 52, 42.0, L1 - L0 - 52, 7.0)
PHOTO_BOX = QRectF(L0, 53.0, 30.0, 40.0)
SEEKER_SIGN_Y = 88.0
KETENTUAN_TOP = 97.0
REPORT_TOP = 131.0
REPORT_HEAD_H = 11.0
REPORT_ROW_H = 9.0
REPORT_COLS = (L0, L0 + 22, L0 + 52, L1)  # Laporan | Tanggal-Bulan-Tahun | Tanda tangan (nama, NIP)
PLACEMENT_EMPLOYER_Y = 183.0
PLACEMENT_DATE_Y = 191.0
PLACEMENT_VALUE_X = L0 + 38

# --- Half 2 (right) --------------------------------------------------------------------------------------------
R0 = HALF_W_MM + MARGIN_MM
R1 = PAGE_W_MM - MARGIN_MM
VALUE_X = R0 + 36  # data column of the personal-data lines
CODE_BOX_MM = 5.5
PERSONAL_Y = {
    "name": 12.0,
    "birth": 19.0,
    "sex": 26.0,
    "marital": 33.0,
    "religion": 40.0,
    "address": 50.0,
    "phone": 60.0,
}
ROW_H = 6.0
EDU_TOP = 70.0  # heading; the table's head row follows, then EDU_ROWS data rows
EDU_ROWS = documents.CARD_EDUCATION_ROWS
EDU_COLS = (R0, R0 + 24, R0 + 74, R0 + 112, R1)  # Tingkat | Sekolah | Jurusan | Tahun lulus
SKILL_TOP = 118.0
SKILL_ROWS = documents.CARD_SKILL_ROWS
SKILL_COLS = (R0, R0 + 106, R1)  # Jenis keterampilan | Tahun
ISSUED_Y = 150.0
VALID_Y = 156.5
SIGN_X0 = R0 + 62
OFFICER_NAME_Y = 189.0
OFFICER_NIP_Y = 194.5

# Where each data field starts (top-left of its text), for the calibration page and the tests.
ANCHORS: dict[str, tuple[float, float]] = {
    "No. pendaftaran": (NUMBER_BOX.x() + 2, NUMBER_BOX.y()),
    "Foto": (PHOTO_BOX.x(), PHOTO_BOX.y()),
    "Laporan kesatu": (REPORT_COLS[1] + 1.5, REPORT_TOP + REPORT_HEAD_H),
    "Penempatan": (PLACEMENT_VALUE_X, PLACEMENT_EMPLOYER_Y),
    "Nama": (VALUE_X, PERSONAL_Y["name"]),
    "Pendidikan": (EDU_COLS[0] + 1, EDU_TOP + 4 + ROW_H),
    "Dikeluarkan": (VALUE_X, ISSUED_Y),
    "Pengantar kerja": (SIGN_X0, OFFICER_NAME_Y),
}

SEX_CHOICES = "1. Pria     2. Wanita"
MARITAL_CHOICES = "1. Kawin     2. Belum kawin"
RELIGION_CHOICES = ("1. Islam   2. Katholik   3. Protestan   4. Hindu", "5. Budha   6. Konghucu   7. Lain")
TITLE = "KARTU TANDA BUKTI PENDAFTARAN PENCARI KERJA"


def tanggal(value: dt.date | None) -> str:
    """'25 November 2026' (empty for None)."""
    return format_date(value, "d MMMM y", locale="id") if value else ""


def tanggal_angka(value: dt.date | None) -> str:
    """'25-11-2026' (empty for None), as the report-back table asks (Tanggal-Bulan-Tahun)."""
    return f"{value:%d-%m-%Y}" if value else ""


def spaced_nip(nip: str) -> str:
    """An 18-digit NIP written 8-6-1-3 ('19680411 199303 1 009'); anything else as typed."""
    digits = "".join(ch for ch in nip if ch.isdigit())
    if len(digits) == 18 and len(digits) == len(nip.replace(" ", "")):
        return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
    return nip.strip()


class _Painter:
    """Draws in millimetres on a device of ``dpi``; text fits its box (smaller type, then wrapping)."""

    def __init__(self, painter: QPainter, dpi: float) -> None:
        self.p = painter
        self.dpi = dpi

    def px(self, mm: float) -> float:
        return base.mm_to_px(mm, self.dpi)

    def rect(self, r: QRectF) -> QRectF:
        return QRectF(self.px(r.x()), self.px(r.y()), self.px(r.width()), self.px(r.height()))

    def pen(self, width_mm: float = LINE_MM, *, dotted: bool = False) -> None:
        pen = QPen(QColor("black"), self.px(width_mm))
        if dotted:
            pen.setStyle(Qt.PenStyle.DotLine)
        self.p.setPen(pen)

    def box(self, r: QRectF, width_mm: float = LINE_MM) -> None:
        self.pen(width_mm)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawRect(self.rect(r))

    def line(self, x0: float, y0: float, x1: float, y1: float, *, dotted: bool = False) -> None:
        self.pen(LINE_MM, dotted=dotted)
        self.p.drawLine(QPointF(self.px(x0), self.px(y0)), QPointF(self.px(x1), self.px(y1)))

    def text(
        self,
        r: QRectF,
        text: str,
        pt: float = TEXT_PT,
        *,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        valign: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignVCenter,
        wrap: bool = False,
        underline: bool = False,
    ) -> None:
        """Paint ``text`` inside ``r`` (mm): one line shrunk to fit, or wrapped when ``wrap`` (also shrunk)."""
        if not text:
            return
        area = self.rect(r)
        size = pt
        while True:
            f = base.font(size, self.dpi, bold=bold)
            f.setUnderline(underline)
            metrics = QFontMetricsF(f)
            if wrap:
                flags = int(align) | int(valign) | int(Qt.TextFlag.TextWordWrap)
                needed = metrics.boundingRect(QRectF(0, 0, area.width(), 1e6), flags, text)
                fits = needed.height() <= area.height() + 0.5 and needed.width() <= area.width() + 0.5
            else:
                flags = int(align) | int(valign) | int(Qt.TextFlag.TextSingleLine)
                fits = metrics.horizontalAdvance(text) <= area.width()
            if fits or size <= MIN_PT:
                break
            size = max(MIN_PT, size - 0.5)
        if not fits and not wrap:
            flags = int(align) | int(valign) | int(Qt.TextFlag.TextWordWrap)
        self.p.setFont(f)
        self.p.setPen(QColor("black"))
        self.p.drawText(area, flags, text)

    def label(self, x: float, y: float, width: float, text: str, pt: float = LABEL_PT, **kw: object) -> None:
        """A one-line label whose top is at ``y`` (rows are 5 mm high)."""
        self.text(QRectF(x, y, width, 5.0), text, pt, **kw)  # type: ignore[arg-type]


# --- the form (FULL mode only) ---------------------------------------------------------------------------------


def _form_half1(d: _Painter, data: Ak1CardData) -> None:
    d.box(FORM_BOX, 0.35)
    d.text(FORM_BOX, "Formulir AK/1", LABEL_PT, bold=True, align=Qt.AlignmentFlag.AlignHCenter)
    top = 7.0
    for line in data.header_lines:
        d.text(QRectF(L0, top, FORM_BOX.x() - L0 - 4, 5.0), line, HEAD_PT, bold=True)
        top += 5.0
    d.text(QRectF(L0, 19.0, L1 - L0, 6.0), TITLE, HEAD_PT, bold=True, align=Qt.AlignmentFlag.AlignHCenter)
    d.line(L0, 27.0, L1, 27.0)
    d.label(L0, NUMBER_BOX.y() + 1, 50, "No. Pendaftaran Pencari Kerja")
    d.box(NUMBER_BOX)
    d.label(L0, NIK_BOX.y() + 1, 50, "No. Induk Kependudukan (NIK)")
    d.box(NIK_BOX)
    d.box(PHOTO_BOX)
    d.text(PHOTO_BOX, "Pas foto\n3 x 4", SMALL_PT, align=Qt.AlignmentFlag.AlignHCenter, wrap=True)
    sign_x0 = PHOTO_BOX.right() + 12
    d.line(sign_x0, SEEKER_SIGN_Y, L1, SEEKER_SIGN_Y, dotted=True)
    d.text(
        QRectF(sign_x0, SEEKER_SIGN_Y + 0.5, L1 - sign_x0, 4.5),
        "Tanda tangan pencari kerja",
        SMALL_PT,
        align=Qt.AlignmentFlag.AlignHCenter,
    )
    d.text(QRectF(L0, KETENTUAN_TOP, L1 - L0, 4.5), "KETENTUAN:", LABEL_PT, bold=True)
    # The items flow down; if they need more room than there is above the table, the type gets smaller.
    width = L1 - L0 - 5.0
    bottom = REPORT_TOP - 1.5
    pt = SMALL_PT
    while True:
        f = base.font(pt, d.dpi)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        heights = [
            base.px_to_mm(QFontMetricsF(f).boundingRect(QRectF(0, 0, d.px(width), 1e6), flags, item).height(), d.dpi)
            for item in data.ketentuan
        ]
        if KETENTUAN_TOP + 5.0 + sum(heights) + 0.8 * len(heights) <= bottom or pt <= MIN_PT:
            break
        pt -= 0.5
    y = KETENTUAN_TOP + 5.0
    for n, (item, height) in enumerate(zip(data.ketentuan, heights, strict=True), start=1):
        d.text(QRectF(L0, y, 5.0, height), f"{n}.", pt, valign=Qt.AlignmentFlag.AlignTop)
        d.text(QRectF(L0 + 5.0, y, width, height + 0.5), item, pt, wrap=True, valign=Qt.AlignmentFlag.AlignTop)
        y += height + 0.8
    # Report-back table.
    rows = max(1, len(data.reports))
    bottom = REPORT_TOP + REPORT_HEAD_H + rows * REPORT_ROW_H
    d.box(QRectF(L0, REPORT_TOP, L1 - L0, bottom - REPORT_TOP))
    for x in REPORT_COLS[1:-1]:
        d.line(x, REPORT_TOP, x, bottom)
    for i in range(rows + 1):
        y = REPORT_TOP + REPORT_HEAD_H + i * REPORT_ROW_H
        d.line(L0, y, L1, y)
    heads = (
        "Laporan",
        "Tanggal-Bulan-Tahun",
        "Tanda tangan Pengantar Kerja/Petugas Pendaftar (cantumkan nama dan NIP)",
    )
    for (x0, x1), head in zip(itertools.pairwise(REPORT_COLS), heads, strict=True):
        d.text(
            QRectF(x0 + 1, REPORT_TOP, x1 - x0 - 2, REPORT_HEAD_H),
            head,
            SMALL_PT,
            bold=True,
            wrap=True,
            align=Qt.AlignmentFlag.AlignHCenter,
        )
    for i, row in enumerate(data.reports):
        y = REPORT_TOP + REPORT_HEAD_H + i * REPORT_ROW_H
        d.text(QRectF(L0 + 1.5, y, REPORT_COLS[1] - L0 - 2, REPORT_ROW_H), row.label, LABEL_PT)
    d.label(L0, PLACEMENT_EMPLOYER_Y, 37, "Diterima penempatan")
    d.label(L0 + 35, PLACEMENT_EMPLOYER_Y, 3, ":")
    d.line(PLACEMENT_VALUE_X, PLACEMENT_EMPLOYER_Y + 5, L1, PLACEMENT_EMPLOYER_Y + 5, dotted=True)
    d.label(L0, PLACEMENT_DATE_Y, 37, "Tanggal penempatan")
    d.label(L0 + 35, PLACEMENT_DATE_Y, 3, ":")
    d.line(PLACEMENT_VALUE_X, PLACEMENT_DATE_Y + 5, L1, PLACEMENT_DATE_Y + 5, dotted=True)


def _pair_label(d: _Painter, y: float, label: str) -> None:
    d.label(R0, y, 33, label)
    d.label(VALUE_X - 3, y, 3, ":")


def _choices(d: _Painter, y: float, lines: tuple[str, ...]) -> None:
    d.box(QRectF(VALUE_X, y - 0.25, CODE_BOX_MM, CODE_BOX_MM))
    for i, line in enumerate(lines):
        d.label(VALUE_X + CODE_BOX_MM + 3, y + i * 4.0, R1 - VALUE_X - CODE_BOX_MM - 3, line, SMALL_PT)


def _table(d: _Painter, top: float, cols: tuple[float, ...], heads: tuple[str, ...], rows: int) -> None:
    bottom = top + ROW_H * (rows + 1)
    d.box(QRectF(cols[0], top, cols[-1] - cols[0], bottom - top))
    for x in cols[1:-1]:
        d.line(x, top, x, bottom)
    for i in range(1, rows + 1):
        d.line(cols[0], top + i * ROW_H, cols[-1], top + i * ROW_H)
    for (x0, x1), head in zip(itertools.pairwise(cols), heads, strict=True):
        d.text(QRectF(x0 + 1, top, x1 - x0 - 2, ROW_H), head, SMALL_PT, bold=True, align=Qt.AlignmentFlag.AlignHCenter)


def _form_half2(d: _Painter, data: Ak1CardData) -> None:
    d.line(HALF_W_MM, 4.0, HALF_W_MM, PAGE_H_MM - 4.0, dotted=True)  # the fold
    _pair_label(d, PERSONAL_Y["name"], "Nama lengkap")
    _pair_label(d, PERSONAL_Y["birth"], "Tempat / Tgl. lahir")
    _pair_label(d, PERSONAL_Y["sex"], "Jenis kelamin")
    _choices(d, PERSONAL_Y["sex"], (SEX_CHOICES,))
    _pair_label(d, PERSONAL_Y["marital"], "Status")
    _choices(d, PERSONAL_Y["marital"], (MARITAL_CHOICES,))
    _pair_label(d, PERSONAL_Y["religion"], "Agama")
    _choices(d, PERSONAL_Y["religion"], RELIGION_CHOICES)
    _pair_label(d, PERSONAL_Y["address"], "Alamat domisili")
    _pair_label(d, PERSONAL_Y["phone"], "No. telp/HP")
    d.label(R0, EDU_TOP - 1, 80, "PENDIDIKAN FORMAL", bold=True)
    _table(d, EDU_TOP + 4, EDU_COLS, ("Tingkat", "Nama sekolah/perguruan tinggi", "Jurusan", "Tahun lulus"), EDU_ROWS)
    d.label(R0, SKILL_TOP - 1, 80, "KETERAMPILAN", bold=True)
    _table(d, SKILL_TOP + 4, SKILL_COLS, ("Jenis keterampilan", "Tahun"), SKILL_ROWS)
    _pair_label(d, ISSUED_Y, "Dikeluarkan tanggal")
    _pair_label(d, VALID_Y, "Berlaku s.d.")
    d.text(
        QRectF(SIGN_X0, 163.0, R1 - SIGN_X0, 5.0),
        "Pengantar Kerja/Petugas Antar Kerja",
        LABEL_PT,
        align=Qt.AlignmentFlag.AlignHCenter,
    )
    d.line(SIGN_X0 + 4, OFFICER_NAME_Y + 5.2, R1 - 4, OFFICER_NAME_Y + 5.2)


# --- the data (both modes, moved by the offset) ----------------------------------------------------------------


def _photo(d: _Painter, png: bytes | None) -> None:
    if not png:
        return
    image = QImage.fromData(png)
    if image.isNull():
        return
    target = d.rect(PHOTO_BOX)
    # Fill the 3x4 box, cropping the longer side around the centre.
    ratio = target.width() / target.height()
    w, h = image.width(), image.height()
    if w / h > ratio:
        cw, ch = h * ratio, float(h)
    else:
        cw, ch = float(w), w / ratio
    source = QRectF((w - cw) / 2, (h - ch) / 2, cw, ch)
    d.p.save()
    d.p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    d.p.drawImage(target, image, source)
    d.p.restore()


def _data_half1(d: _Painter, data: Ak1CardData) -> None:
    inner = QRectF(NUMBER_BOX.x() + 2, NUMBER_BOX.y(), NUMBER_BOX.width() - 4, NUMBER_BOX.height())
    d.text(inner, data.registration_number, 10.0, bold=True)
    inner = QRectF(NIK_BOX.x() + 2, NIK_BOX.y(), NIK_BOX.width() - 4, NIK_BOX.height())
    d.text(inner, data.nik, 10.0, bold=True)
    _photo(d, data.photo_png)
    for i, row in enumerate(data.reports):
        y = REPORT_TOP + REPORT_HEAD_H + i * REPORT_ROW_H
        d.text(
            QRectF(REPORT_COLS[1] + 1.5, y, REPORT_COLS[2] - REPORT_COLS[1] - 3, REPORT_ROW_H),
            tanggal_angka(row.reported_on),
            TEXT_PT,
        )
        who = row.officer_name
        if row.officer_nip:
            who = f"{who}\nNIP. {spaced_nip(row.officer_nip)}"
        d.text(
            QRectF(REPORT_COLS[2] + 1.5, y + 0.5, REPORT_COLS[3] - REPORT_COLS[2] - 3, REPORT_ROW_H - 1),
            who,
            SMALL_PT,
            wrap=True,
        )
    d.text(QRectF(PLACEMENT_VALUE_X, PLACEMENT_EMPLOYER_Y, L1 - PLACEMENT_VALUE_X, 5.0), data.placement_employer)
    d.text(QRectF(PLACEMENT_VALUE_X, PLACEMENT_DATE_Y, L1 - PLACEMENT_VALUE_X, 5.0), tanggal(data.placement_date))


def _code(d: _Painter, y: float, code: str) -> None:
    d.text(
        QRectF(VALUE_X, y - 0.25, CODE_BOX_MM, CODE_BOX_MM),
        code,
        TEXT_PT,
        bold=True,
        align=Qt.AlignmentFlag.AlignHCenter,
    )


def _data_half2(d: _Painter, data: Ak1CardData) -> None:
    width = R1 - VALUE_X
    d.text(QRectF(VALUE_X, PERSONAL_Y["name"], width, 5.0), data.name, 9.5, bold=True)
    birth = ", ".join(part for part in (data.birth_place, tanggal(data.birth_date)) if part)
    d.text(QRectF(VALUE_X, PERSONAL_Y["birth"], width, 5.0), birth)
    _code(d, PERSONAL_Y["sex"], data.sex_code)
    _code(d, PERSONAL_Y["marital"], data.marital_code)
    _code(d, PERSONAL_Y["religion"], data.religion_code)
    d.text(
        QRectF(VALUE_X, PERSONAL_Y["address"] + 0.6, width, 8.4),
        data.address,
        TEXT_PT,
        wrap=True,
        valign=Qt.AlignmentFlag.AlignTop,
    )
    d.text(QRectF(VALUE_X, PERSONAL_Y["phone"], width, 5.0), data.phone)
    for i, row in enumerate(data.education[:EDU_ROWS]):
        y = EDU_TOP + 4 + (i + 1) * ROW_H
        cells = (row.level, row.school, row.major, row.year)
        for (x0, x1), value in zip(itertools.pairwise(EDU_COLS), cells, strict=True):
            d.text(QRectF(x0 + 1, y, x1 - x0 - 2, ROW_H), value, LABEL_PT, wrap=True)
    for i, skill in enumerate(data.skills[:SKILL_ROWS]):
        y = SKILL_TOP + 4 + (i + 1) * ROW_H
        for (x0, x1), value in zip(itertools.pairwise(SKILL_COLS), (skill.name, skill.year), strict=True):
            d.text(QRectF(x0 + 1, y, x1 - x0 - 2, ROW_H), value, LABEL_PT)
    d.text(QRectF(VALUE_X, ISSUED_Y, width, 5.0), tanggal(data.issued_on))
    d.text(QRectF(VALUE_X, VALID_Y, width, 5.0), tanggal(data.valid_until))
    centre = Qt.AlignmentFlag.AlignHCenter
    d.text(QRectF(SIGN_X0, OFFICER_NAME_Y, R1 - SIGN_X0, 5.0), data.officer_name, TEXT_PT, bold=True, align=centre)
    if data.officer_nip:
        nip = f"NIP. {spaced_nip(data.officer_nip)}"
        d.text(QRectF(SIGN_X0, OFFICER_NIP_Y, R1 - SIGN_X0, 5.0), nip, TEXT_PT, align=centre)


def paint_card(
    painter: QPainter,
    data: Ak1CardData,
    *,
    dpi: float,
    mode: CardMode = CardMode.FULL,
    offset: CardOffset = NO_OFFSET,
) -> None:
    """Paint one AK/1 card on an A4 landscape sheet whose top-left corner is the painter's origin.

    Args:
        painter: an active painter on any paint device (PDF writer, printer, image).
        data: the card.
        dpi: the device's dots per inch.
        mode: FULL paints the form and the data; BLANK only the data, for the pre-printed blanks.
        offset: moves every data field (never the form) by exactly this many millimetres.
    """
    d = _Painter(painter, dpi)
    if mode is CardMode.FULL:
        _form_half1(d, data)
        _form_half2(d, data)
    painter.save()
    painter.translate(d.px(offset.dx_mm), d.px(offset.dy_mm))
    _data_half1(d, data)
    _data_half2(d, data)
    painter.restore()


def _mm(value: float) -> str:
    """'62,0' (Indonesian decimal comma)."""
    return f"{value:.1f}".replace(".", ",")


def paint_calibration(painter: QPainter, *, dpi: float) -> None:
    """Paint the calibration page: a millimetre grid and a labelled crosshair at every data anchor."""
    d = _Painter(painter, dpi)
    light, mid = QColor(205, 205, 205), QColor(140, 140, 140)
    for mm in range(0, int(PAGE_W_MM) + 1):
        colour = QColor("black") if mm % 50 == 0 else mid if mm % 10 == 0 else light
        if mm % 5 and dpi < 100:
            continue
        painter.setPen(QPen(colour, d.px(0.1 if mm % 10 else 0.2)))
        painter.drawLine(QPointF(d.px(mm), 0), QPointF(d.px(mm), d.px(PAGE_H_MM)))
    for mm in range(0, int(PAGE_H_MM) + 1):
        colour = QColor("black") if mm % 50 == 0 else mid if mm % 10 == 0 else light
        if mm % 5 and dpi < 100:
            continue
        painter.setPen(QPen(colour, d.px(0.1 if mm % 10 else 0.2)))
        painter.drawLine(QPointF(0, d.px(mm)), QPointF(d.px(PAGE_W_MM), d.px(mm)))
    for mm in range(10, int(PAGE_W_MM), 10):
        d.text(QRectF(mm + 0.5, 0.5, 8, 3.5), str(mm), 6.0)
    for mm in range(10, int(PAGE_H_MM), 10):
        d.text(QRectF(0.5, mm + 0.3, 8, 3.5), str(mm), 6.0)
    white = QRectF(30, 92, 237, 24)
    painter.fillRect(d.rect(white), QColor("white"))
    d.box(white, 0.3)
    d.text(QRectF(33, 93, 231, 6), "HALAMAN KALIBRASI KARTU AK/1", 11.0, bold=True, align=Qt.AlignmentFlag.AlignHCenter)
    d.text(
        QRectF(33, 99.5, 231, 16),
        "Ukur dengan penggaris jarak dari tepi kiri dan tepi atas kertas ke pusat setiap tanda silang. "
        "Geseran X = jarak seharusnya − jarak terukur ke tepi kiri; geseran Y = jarak seharusnya − jarak "
        "terukur ke tepi atas (dalam mm; minus berarti ke kiri/ke atas). Isi geseran itu di Kalibrasi printer.",
        8.0,
        wrap=True,
        valign=Qt.AlignmentFlag.AlignTop,
    )
    for name, (x, y) in ANCHORS.items():
        painter.setPen(QPen(QColor("black"), d.px(0.25)))
        painter.drawLine(QPointF(d.px(x - 6), d.px(y)), QPointF(d.px(x + 6), d.px(y)))
        painter.drawLine(QPointF(d.px(x), d.px(y - 6)), QPointF(d.px(x), d.px(y + 6)))
        painter.drawEllipse(QPointF(d.px(x), d.px(y)), d.px(2), d.px(2))
        label = QRectF(x + 2.5, y + 1.0, 44, 7.5)
        painter.fillRect(d.rect(label), QColor("white"))
        d.text(label, f"{name}\nX {_mm(x)} mm, Y {_mm(y)} mm", 6.5, wrap=True)


# --- outputs ---------------------------------------------------------------------------------------------------


def landscape_layout() -> QPageLayout:
    """A4 landscape without margins (positions are measured from the paper's edge)."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def _to_pdf(title: str, path: Path | str, paint: Callable[[QPainter, float], None]) -> Path:
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setCreator("counter_app")
    writer.setTitle(title)
    writer.setPageLayout(landscape_layout())
    painter = QPainter()
    if not painter.begin(writer):
        raise base.PrintError(f"Berkas PDF tidak dapat ditulis: {path}")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        paint(painter, writer.resolution())
    finally:
        painter.end()
    return path


def card_pdf(
    data: Ak1CardData, path: Path | str, *, mode: CardMode = CardMode.FULL, offset: CardOffset = NO_OFFSET
) -> Path:
    """Write the card as a one-page A4 landscape PDF; return the path."""
    return _to_pdf(
        f"Kartu AK/1 {data.registration_number}",
        path,
        lambda p, dpi: paint_card(p, data, dpi=dpi, mode=mode, offset=offset),
    )


def calibration_pdf(path: Path | str) -> Path:
    """Write the calibration page as an A4 landscape PDF; return the path."""
    return _to_pdf("Kalibrasi kartu AK/1", path, lambda p, dpi: paint_calibration(p, dpi=dpi))


def _to_image(dpi: float, paint: Callable[[QPainter, float], None]) -> QImage:
    return base.page_image(PAGE_W_MM, PAGE_H_MM, dpi, paint)


def card_image(
    data: Ak1CardData, dpi: float = 150, *, mode: CardMode = CardMode.FULL, offset: CardOffset = NO_OFFSET
) -> QImage:
    """The whole sheet (both halves) as an image: the preview, the golden tests and the screenshots."""
    return _to_image(dpi, lambda p, d: paint_card(p, data, dpi=d, mode=mode, offset=offset))


def calibration_image(dpi: float = 150) -> QImage:
    """The calibration page as an image."""
    return _to_image(dpi, lambda p, d: paint_calibration(p, dpi=d))


def half(image: QImage, number: int) -> QImage:
    """Half 1 (left) or half 2 (right) of a sheet image."""
    w = image.width() // 2
    return image.copy(0 if number == 1 else image.width() - w, 0, w, image.height())


def demo_card(photo_png: bytes | None = None) -> Ak1CardData:
    """A filled card for previews, screenshots and the benchmark (invented person)."""
    return Ak1CardData(
        header_lines=(letterhead.DEFAULT_KOP.government, letterhead.DEFAULT_KOP.office),
        registration_number="3516-2026-000123",
        nik="3516084405000003",
        name="Siti Nurhaliza Rahmawati Putri Kusumaningtyas",
        birth_place="Mojokerto",
        birth_date=dt.date(2000, 5, 4),
        sex_label="Perempuan",
        sex_code="2",
        marital_label="Belum kawin",
        marital_code="2",
        religion_label="Islam",
        religion_code="1",
        address="Jl. Pemuda No. 12 RT 003 RW 002, Desa Seduri, Kec. Mojosari",
        phone="0812-3456-7890",
        education=(
            documents.CardEducationRow("SD", "SDN Seduri 1", "", "2012"),
            documents.CardEducationRow("SLTP", "SMPN 1 Mojosari", "", "2015"),
            documents.CardEducationRow("SLTA/SMK", "SMKN 1 Pungging", "Akuntansi dan Keuangan Lembaga", "2018"),
        ),
        skills=(documents.CardSkillRow("Operator komputer perkantoran", "2019"),),
        photo_png=photo_png,
        issued_on=dt.date(2026, 11, 25),
        valid_until=dt.date(2028, 11, 25),
        reports=(
            documents.CardReportRow("Kesatu", dt.date(2027, 5, 20), "Bambang Sugiarto, S.Sos.", "197305122006041012"),
            documents.CardReportRow("Kedua"),
            documents.CardReportRow("Ketiga"),
        ),
        placement_employer="",
        placement_date=None,
        officer_name="Dra. Endang Pujiastuti, M.M.",
        officer_nip="196804111993032009",
    )
