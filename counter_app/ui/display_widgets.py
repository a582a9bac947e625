"""Painted parts of the TV display: loket tiles, the called number, the last calls, the clock, the marquee.

Every text is fitted into its box when painted, so at any screen size the numbers are as large as the
box allows and nothing is cut off.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QRectF, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from counter_app.tickets import CallInfo
from counter_app.ui import formatting

NAVY = QColor("#0d2240")
NAVY_LIGHT = QColor("#163463")
BLUE = QColor("#1f4e8c")
PALE = QColor("#f4f7fb")
AMBER = QColor("#ffc928")
AMBER_DARK = QColor("#8a5a00")
SKY = QColor("#a9cbff")
MUTED = QColor("#8a97ab")
WHITE = QColor("#ffffff")
FAMILY = "DejaVu Sans"
EMPTY_CODE = "—"


def fitted_font(text: str, width: float, height: float, *, bold: bool = True, max_px: float = 2000) -> QFont:
    """The largest font in which ``text`` fits a ``width`` x ``height`` box."""
    font = QFont(FAMILY)
    font.setBold(bold)
    font.setPixelSize(100)
    metrics = QFontMetricsF(font)
    advance = max(1.0, metrics.horizontalAdvance(text))
    size = min(100 * width / advance, 100 * height / metrics.height(), max_px)
    font.setPixelSize(max(1, int(size)))
    return font


def draw_fitted(
    painter: QPainter,
    rect: QRectF,
    text: str,
    color: QColor,
    *,
    bold: bool = True,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
    max_px: float = 2000,
) -> None:
    """Draw ``text`` as large as fits ``rect``."""
    painter.setFont(fitted_font(text, rect.width(), rect.height(), bold=bold, max_px=max_px))
    painter.setPen(color)
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)


class LoketTile(QWidget):
    """One loket: its number on a band, the ticket it serves below (a dash when none)."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.code: str | None = None
        self.highlighted = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 80)

    def set_code(self, code: str | None) -> None:
        """Show the ticket at this loket."""
        if code != self.code:
            self.code = code
            self.update()

    def set_highlighted(self, on: bool) -> None:
        """Amber while this loket made the newest call (toggled while flashing)."""
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        """QWidget.paintEvent."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        radius = min(r.width(), r.height()) * 0.08
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(AMBER if self.highlighted else PALE)
        p.drawRoundedRect(r, radius, radius)
        band = QRectF(r.left(), r.top(), r.width(), r.height() * 0.30)
        p.setBrush(AMBER_DARK if self.highlighted else BLUE)
        p.drawRoundedRect(band, radius, radius)
        p.drawRect(band.adjusted(0, band.height() / 2, 0, 0))  # square lower corners of the band
        inset = r.width() * 0.06
        draw_fitted(
            p, band.adjusted(inset, band.height() * 0.14, -inset, -band.height() * 0.14), f"LOKET {self.number}", WHITE
        )
        body = QRectF(r.left() + inset, band.bottom() + r.height() * 0.06, r.width() - 2 * inset, r.height() * 0.58)
        if self.code:
            draw_fitted(p, body, self.code, NAVY)
        else:
            draw_fitted(p, body.adjusted(0, body.height() * 0.25, 0, -body.height() * 0.25), EMPTY_CODE, MUTED)
        p.end()


class CallPanel(QWidget):
    """The newest call, as large as the screen allows: the number and the loket to go to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.call: CallInfo | None = None
        self.highlighted = True
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_call(self, call: CallInfo | None) -> None:
        """Show the newest call."""
        self.call = call
        self.update()

    def set_highlighted(self, on: bool) -> None:
        """Amber normally; toggled while flashing."""
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        """QWidget.paintEvent."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        radius = min(r.width(), r.height()) * 0.06
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(AMBER if self.highlighted else WHITE)
        p.drawRoundedRect(r, radius, radius)
        inset = r.width() * 0.06
        inner = r.adjusted(inset, r.height() * 0.05, -inset, -r.height() * 0.05)
        h = inner.height()
        if self.call is None:
            draw_fitted(p, inner.adjusted(0, h * 0.35, 0, -h * 0.35), "Belum ada panggilan", NAVY, bold=False)
            p.end()
            return
        draw_fitted(p, QRectF(inner.left(), inner.top(), inner.width(), h * 0.14), "NOMOR ANTREAN", NAVY)
        draw_fitted(p, QRectF(inner.left(), inner.top() + h * 0.16, inner.width(), h * 0.50), self.call.code, NAVY)
        loket = QRectF(inner.left(), inner.top() + h * 0.70, inner.width(), h * 0.30)
        p.setBrush(NAVY)
        p.drawRoundedRect(loket, radius * 0.7, radius * 0.7)
        draw_fitted(
            p,
            loket.adjusted(loket.width() * 0.05, loket.height() * 0.12, -loket.width() * 0.05, -loket.height() * 0.12),
            f"MENUJU LOKET {self.call.counter_number}",
            AMBER,
        )
        p.end()


class RecentCalls(QWidget):
    """The calls before the newest: number and loket, one per row."""

    ROWS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calls: list[CallInfo] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_calls(self, calls: Sequence[CallInfo]) -> None:
        """The earlier calls, newest first (at most ROWS are shown)."""
        self.calls = list(calls)[: self.ROWS]
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        """QWidget.paintEvent."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(NAVY_LIGHT)
        radius = min(r.width(), r.height()) * 0.06
        p.drawRoundedRect(r, radius, radius)
        inset = r.width() * 0.06
        title_h = r.height() / (self.ROWS + 1.3)
        title = QRectF(r.left() + inset, r.top() + title_h * 0.2, r.width() - 2 * inset, title_h)
        draw_fitted(p, title, "PANGGILAN SEBELUMNYA", SKY, align=Qt.AlignmentFlag.AlignLeft, max_px=title_h * 0.5)
        row_h = (r.bottom() - title.bottom() - title_h * 0.2) / self.ROWS
        for i, call in enumerate(self.calls):
            row = QRectF(r.left() + inset, title.bottom() + i * row_h, r.width() - 2 * inset, row_h)
            p.setPen(QColor(255, 255, 255, 40))
            p.drawLine(row.topLeft(), row.topRight())
            text_box = row.adjusted(0, row_h * 0.15, 0, -row_h * 0.15)
            code_box = QRectF(text_box.left(), text_box.top(), text_box.width() * 0.48, text_box.height())
            loket_box = QRectF(code_box.right(), text_box.top(), text_box.width() * 0.52, text_box.height())
            draw_fitted(p, code_box, call.code, WHITE, align=Qt.AlignmentFlag.AlignLeft, max_px=row_h * 0.62)
            draw_fitted(
                p,
                loket_box,
                f"LOKET {call.counter_number}",
                SKY,
                align=Qt.AlignmentFlag.AlignRight,
                max_px=row_h * 0.62,
            )
        p.end()


class HeaderBar(QWidget):
    """Office logo and name on the left; the time and the Indonesian date on the right (ticks each second)."""

    def __init__(
        self, *, office_name: str, logo: Path | None, now: Callable[[], dt.datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._now = now
        self.office_name = office_name
        self._logo = QSvgRenderer(str(logo), self) if logo is not None and logo.exists() else None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.update)
        self._timer.start()

    def time_text(self) -> str:
        """'09.12' (Indonesian uses a dot between hours and minutes)."""
        return self._now().strftime("%H.%M")

    def date_text(self) -> str:
        """'Rabu, 25 November 2026'."""
        return formatting.long_date(self._now().date())

    def sizeHint(self) -> QSize:
        """QWidget.sizeHint."""
        return QSize(1280, 110)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """QWidget.paintEvent."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect())
        gradient = QLinearGradient(r.topLeft(), r.topRight())
        gradient.setColorAt(0.0, BLUE)
        gradient.setColorAt(1.0, NAVY)
        p.fillRect(r, gradient)
        p.fillRect(QRectF(r.left(), r.bottom() - r.height() * 0.05, r.width(), r.height() * 0.05), AMBER)
        h = r.height() * 0.95
        pad = h * 0.12
        left = r.left() + pad * 2
        if self._logo is not None:
            self._logo.render(p, QRectF(left, pad, h - 2 * pad, h - 2 * pad))
            left += h - pad
        clock_w = r.width() * 0.26
        text_w = r.right() - clock_w - left - pad * 2
        words = self.office_name.upper().split(" KABUPATEN ", 1)
        first, second = (words[0], "KABUPATEN " + words[1]) if len(words) == 2 else (words[0], "")
        draw_fitted(p, QRectF(left, pad, text_w, h * 0.44), first, WHITE, align=Qt.AlignmentFlag.AlignLeft)
        if second:
            draw_fitted(
                p, QRectF(left, pad + h * 0.44, text_w, h * 0.30), second, AMBER, align=Qt.AlignmentFlag.AlignLeft
            )
        clock = QRectF(r.right() - clock_w - pad * 2, pad * 0.6, clock_w, h * 0.56)
        draw_fitted(p, clock, self.time_text(), WHITE, align=Qt.AlignmentFlag.AlignRight)
        date = QRectF(clock.left(), clock.bottom(), clock_w, h * 0.26)
        draw_fitted(p, date, self.date_text(), SKY, bold=False, align=Qt.AlignmentFlag.AlignRight)
        p.end()


class Marquee(QWidget):
    """The running text, scrolling right to left at a steady speed whatever the timer jitter."""

    SEPARATOR = "     •     "
    SPEED_HEIGHTS_PER_S = 1.6  # scroll speed relative to the bar's height: readable at 5 m

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self._offset = 0.0
        self._clock = QElapsedTimer()
        self._last_ms = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._timer = QTimer(self)
        self._timer.setInterval(16)
        self._timer.timeout.connect(self._on_timer_timeout)

    def set_text(self, text: str) -> None:
        """Replace the running text (it starts again from the left edge when it changed)."""
        text = " ".join(text.split())
        if text != self.text:
            self.text = text
            self.rewind()
        if text and not self._timer.isActive():
            self._clock.start()
            self._last_ms = 0
            self._timer.start()

    def rewind(self) -> None:
        """Start the text again at the left edge."""
        self._offset = self.height() * 0.4
        self.update()

    def stop(self) -> None:
        """Stop scrolling."""
        self._timer.stop()

    def sizeHint(self) -> QSize:
        """QWidget.sizeHint."""
        return QSize(1280, 60)

    def _font(self) -> QFont:
        font = QFont(FAMILY)
        font.setBold(True)
        font.setPixelSize(max(8, int(self.height() * 0.52)))
        return font

    @Slot()
    def _on_timer_timeout(self) -> None:
        elapsed = self._clock.elapsed()
        step = (elapsed - self._last_ms) / 1000 * self.height() * self.SPEED_HEIGHTS_PER_S
        self._last_ms = elapsed
        period = QFontMetricsF(self._font()).horizontalAdvance(self.text + self.SEPARATOR)
        self._offset -= step
        if period > 0 and self._offset < -period:
            self._offset += period
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        """QWidget.paintEvent."""
        p = QPainter(self)
        r = QRectF(self.rect())
        p.fillRect(r, AMBER)
        if self.text:
            font = self._font()
            p.setFont(font)
            p.setPen(NAVY)
            period = QFontMetricsF(font).horizontalAdvance(self.text + self.SEPARATOR)
            x = self._offset
            while x < r.width():
                p.drawText(
                    QRectF(x, 0, period, r.height()),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    self.text + self.SEPARATOR,
                )
                x += period
        p.end()
