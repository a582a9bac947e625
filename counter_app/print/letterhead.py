"""The kop (letterhead) every report prints at its top: logo, government and office lines, address, double rule."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPen

from counter_app.letterhead import Kop
from counter_app.print import base

GOVERNMENT_PT = 12.0
OFFICE_PT = 14.0
ADDRESS_PT = 7.5
LOGO_MM = 20.0
LOGO_MAX_W_MM = 26.0
LOGO_GAP_MM = 3.0
THICK_RULE_MM = 0.8
THIN_RULE_MM = 0.25
RULE_GAP_MM = 1.0


def _line(
    painter: QPainter, text: str, pt: float, bold: bool, rect_mm: tuple[float, float, float], dpi: float
) -> float:
    """Draw ``text`` centred in the band (left, top, width) in mm; return its height in mm."""
    left, top, width = rect_mm
    font = base.font(pt, dpi, bold=bold)
    flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
    area = QRectF(base.mm_to_px(left, dpi), base.mm_to_px(top, dpi), base.mm_to_px(width, dpi), base.mm_to_px(80, dpi))
    bound = QFontMetricsF(font).boundingRect(area, flags, text or " ")
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QRectF(area.x(), area.y(), area.width(), bound.height()), flags, text)
    return base.px_to_mm(bound.height(), dpi)


def paint_kop(painter: QPainter, kop: Kop, *, dpi: float, left_mm: float, top_mm: float, width_mm: float) -> float:
    """Paint the kop across ``width_mm`` from (``left_mm``, ``top_mm``); return the y (mm) just under its rule.

    The text is centred on the page width; with a logo the text band starts right of it (as on the letters).
    """
    text_left, text_width = left_mm, width_mm
    logo_h = 0.0
    if kop.logo_png:
        image = QImage.fromData(kop.logo_png)
        if not image.isNull():
            logo_h = LOGO_MM
            logo_w = min(LOGO_MM * image.width() / max(1, image.height()), LOGO_MAX_W_MM)
            target = QRectF(
                base.mm_to_px(left_mm, dpi),
                base.mm_to_px(top_mm, dpi),
                base.mm_to_px(logo_w, dpi),
                base.mm_to_px(logo_h, dpi),
            )
            painter.drawImage(target, image)
            text_left = left_mm + logo_w + LOGO_GAP_MM
            text_width = width_mm - logo_w - LOGO_GAP_MM
    y = top_mm
    y += _line(painter, kop.government, GOVERNMENT_PT, True, (text_left, y, text_width), dpi) - 0.3
    y += _line(painter, kop.office, OFFICE_PT, True, (text_left, y, text_width), dpi) - 0.2
    for line in kop.address_lines:
        y += _line(painter, line, ADDRESS_PT, False, (text_left, y, text_width), dpi) - 0.2
    y = max(y, top_mm + logo_h) + 1.5
    right = base.mm_to_px(left_mm + width_mm, dpi)
    painter.setPen(QPen(QColor("black"), base.mm_to_px(THICK_RULE_MM, dpi)))
    painter.drawLine(QPointF(base.mm_to_px(left_mm, dpi), base.mm_to_px(y, dpi)), QPointF(right, base.mm_to_px(y, dpi)))
    y += RULE_GAP_MM
    painter.setPen(QPen(QColor("black"), base.mm_to_px(THIN_RULE_MM, dpi)))
    painter.drawLine(QPointF(base.mm_to_px(left_mm, dpi), base.mm_to_px(y, dpi)), QPointF(right, base.mm_to_px(y, dpi)))
    return y + THIN_RULE_MM
