"""What every renderer shares: millimetres to device pixels, the bundled fonts, the print error."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

from counter_app import paths
from counter_app.errors import UserError

MM_PER_INCH = 25.4
PT_PER_INCH = 72.0
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACK_FAMILY = "DejaVu Sans"

_fonts_lock = threading.Lock()
_family: str | None = None


class PrintError(UserError):
    """A document could not be printed (no such printer, no default printer, the job failed)."""


def mm_to_px(mm: float, dpi: float) -> float:
    """Device pixels for ``mm`` millimetres at ``dpi`` dots per inch."""
    return mm * dpi / MM_PER_INCH


def px_to_mm(px: float, dpi: float) -> float:
    """Millimetres for ``px`` device pixels at ``dpi`` dots per inch."""
    return px * MM_PER_INCH / dpi


def font_family() -> str:
    """The family of the bundled DejaVu fonts, registered once (needs a QGuiApplication)."""
    global _family
    with _fonts_lock:
        if _family is None:
            families: list[str] = []
            for name in FONT_FILES:
                font_id = QFontDatabase.addApplicationFont(str(paths.resource(f"fonts/{name}")))
                if font_id >= 0:
                    families.extend(QFontDatabase.applicationFontFamilies(font_id))
            _family = families[0] if families else FALLBACK_FAMILY
        return _family


def font(pt: float, dpi: float, *, bold: bool = False) -> QFont:
    """The bundled font at ``pt`` points for a device of ``dpi``, sized in pixels.

    Pixel sizes make the output independent of the paint device's own logical DPI (a QImage, a PDF
    writer and a thermal printer all report different ones), and no hinting keeps widths linear, so a
    layout measured once fits on every device.
    """
    f = QFont(font_family())
    f.setPixelSize(max(1, round(pt * dpi / PT_PER_INCH)))
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


def page_image(width_mm: float, height_mm: float, dpi: float, paint: Callable[[QPainter, float], None]) -> QImage:
    """A white page of the given size at ``dpi`` with ``paint(painter, dpi)`` drawn on it (previews, goldens)."""
    image = QImage(round(mm_to_px(width_mm, dpi)), round(mm_to_px(height_mm, dpi)), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        paint(painter, dpi)
    finally:
        painter.end()
    return image
