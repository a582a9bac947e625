"""Potong Pas Foto: the chosen picture with a 3:4 frame the officer moves (drag) and resizes (wheel or slider).

The frame is kept in pixels of the upright picture; every move goes through the pure geometry of
``counter_app.photo`` (fit_crop, move_crop, resize_crop), so what the officer sees is exactly what
``photo.crop_photo`` cuts. The dialog opens at the centred crop: Enter ("Pakai Foto") keeps it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from counter_app import photo
from counter_app.photo import CropBox, UprightPhoto

WHEEL_STEP = 1.08  # one wheel notch makes the frame 8% larger or smaller
KEY_STEP_PX = 8  # an arrow key moves the frame this many screen pixels
RESULT_SIZE = QSize(120, 160)
DIM = QColor(0, 0, 0, 140)


class CropView(QWidget):
    """The picture, fitted to the widget, with the 3:4 frame; drag moves the frame, the wheel resizes it.

    Signals:
        crop_changed(object): the new CropBox, in pixels of the upright picture.
    """

    crop_changed = Signal(object)

    def __init__(self, upright: UprightPhoto, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cropView")
        self._upright = upright
        self._image = QImage.fromData(upright.preview_png)
        self._crop = upright.initial_crop
        self._drag_from: QPointF | None = None
        self._drag_box = self._crop
        self.setMinimumSize(480, 400)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    # ---- geometry -----------------------------------------------------------------------------------------

    @property
    def crop(self) -> CropBox:
        """The frame, in pixels of the upright picture."""
        return self._crop

    def set_crop(self, box: CropBox) -> None:
        """Move/resize the frame to ``box`` (fitted: 3:4, inside the picture) and tell who listens."""
        fitted = photo.fit_crop(box, self._upright.width, self._upright.height)
        if fitted == self._crop:
            return
        self._crop = fitted
        self.update()
        self.crop_changed.emit(fitted)

    @property
    def scale(self) -> float:
        """Screen pixels per picture pixel."""
        margin = 8
        return min(
            (self.width() - 2 * margin) / self._upright.width,
            (self.height() - 2 * margin) / self._upright.height,
        )

    def image_rect(self) -> QRectF:
        """Where the picture is drawn, in widget coordinates (centred)."""
        s = self.scale
        w, h = self._upright.width * s, self._upright.height * s
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def frame_rect(self) -> QRectF:
        """Where the frame is drawn, in widget coordinates."""
        s, origin = self.scale, self.image_rect().topLeft()
        box = self._crop
        return QRectF(origin.x() + box.left * s, origin.y() + box.top * s, box.width * s, box.height * s)

    def to_picture(self, point: QPointF) -> tuple[float, float]:
        """A widget point in picture pixels."""
        origin, s = self.image_rect().topLeft(), self.scale
        return (point.x() - origin.x()) / s, (point.y() - origin.y()) / s

    # ---- painting -----------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """QWidget.paintEvent: the picture, the darkened outside and the frame with thirds."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.fillRect(self.rect(), QColor("#3e4c59"))
        picture = self.image_rect()
        painter.drawImage(picture, self._image)
        frame = self.frame_rect()
        outside = QPainterPath()
        outside.addRect(picture)
        inner = QPainterPath()
        inner.addRect(frame)
        painter.fillPath(outside.subtracted(inner), DIM)
        painter.setPen(QPen(QColor(255, 255, 255, 110), 1))
        for n in (1, 2):
            x = frame.left() + frame.width() * n / 3
            y = frame.top() + frame.height() * n / 3
            painter.drawLine(QPointF(x, frame.top()), QPointF(x, frame.bottom()))
            painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
        painter.setPen(QPen(QColor("white"), 2))
        painter.drawRect(frame)
        painter.end()

    # ---- mouse and keys -----------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """QWidget.mousePressEvent: start dragging; a press outside the frame centres it there first."""
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = event.position()
        if not self.frame_rect().contains(point):
            x, y = self.to_picture(point)
            box = self._crop
            self.set_crop(CropBox(round(x - box.width / 2), round(y - box.height / 2), box.width, box.height))
        self._drag_from = point
        self._drag_box = self._crop
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """QWidget.mouseMoveEvent: move the frame with the mouse, stopping at the picture's edges."""
        if self._drag_from is None:
            return
        s = self.scale
        delta = event.position() - self._drag_from
        box = self._drag_box
        self.set_crop(
            photo.move_crop(box, round(delta.x() / s), round(delta.y() / s), self._upright.width, self._upright.height)
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """QWidget.mouseReleaseEvent: the drag ends."""
        self._drag_from = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """QWidget.wheelEvent: each notch up enlarges the frame, each notch down makes it smaller."""
        notches = event.angleDelta().y() / 120
        if notches:
            self.resize_to(round(self._crop.width * WHEEL_STEP**notches))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """QWidget.keyPressEvent: arrows move the frame, + and - resize it; Enter/Escape go to the dialog."""
        step = max(1, round(KEY_STEP_PX / self.scale))
        moves = {
            Qt.Key.Key_Left: (-step, 0),
            Qt.Key.Key_Right: (step, 0),
            Qt.Key.Key_Up: (0, -step),
            Qt.Key.Key_Down: (0, step),
        }
        key = Qt.Key(event.key())
        if key in moves:
            dx, dy = moves[key]
            self.set_crop(photo.move_crop(self._crop, dx, dy, self._upright.width, self._upright.height))
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.resize_to(round(self._crop.width * WHEEL_STEP))
        elif key == Qt.Key.Key_Minus:
            self.resize_to(round(self._crop.width / WHEEL_STEP))
        else:
            super().keyPressEvent(event)

    def resize_to(self, crop_width: int) -> None:
        """Make the frame ``crop_width`` picture pixels wide around its centre."""
        self.set_crop(photo.resize_crop(self._crop, crop_width, self._upright.width, self._upright.height))


class PhotoCropDialog(QDialog):
    """Choose the 3:4 part of a picture for the pas photo; ``crop_box`` holds it after "Pakai Foto"."""

    def __init__(self, upright: UprightPhoto, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._upright = upright
        self._preview = QImage.fromData(upright.preview_png)
        self._build_ui()
        self._connect_signals()
        self._load()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Potong Pas Foto"))
        self.setModal(True)
        hint = QLabel(
            self.tr(
                "Geser bingkai dengan mouse (atau tombol panah) sampai wajah dan bahu berada di tengah. "
                "Perbesar atau perkecil bingkai dengan roda mouse atau penggeser Ukuran. Bingkai selalu 3×4."
            )
        )
        hint.setWordWrap(True)
        self.view = CropView(self._upright)
        low, high = photo.crop_limits(self._upright.width, self._upright.height)
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setObjectName("cropSize")
        self.size_slider.setRange(low, high)
        self.size_slider.setEnabled(high > low)
        self.result_view = QLabel()
        self.result_view.setObjectName("cropResult")
        self.result_view.setFixedSize(RESULT_SIZE)
        self.result_view.setStyleSheet("border: 1px solid #9aa5b1; background: #f5f7fa;")
        self.size_label = QLabel()
        self.size_label.setObjectName("cropPixels")
        self.size_label.setWordWrap(True)
        self.use_button = QPushButton(self.tr("Pakai Foto"))
        self.use_button.setObjectName("primaryButton")
        self.use_button.setDefault(True)
        self.use_button.setAutoDefault(True)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setAutoDefault(False)

        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Hasil (3×4)")))
        side.addWidget(self.result_view)
        side.addWidget(self.size_label)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addLayout(side)
        size_row = QHBoxLayout()
        size_row.addWidget(QLabel(self.tr("Ukuran")))
        size_row.addWidget(self.size_slider, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        layout.addLayout(size_row)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.view.crop_changed.connect(self._on_view_crop_changed)
        self.size_slider.valueChanged.connect(self._on_size_slider_value_changed)
        self.use_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)

    def _load(self) -> None:
        self._show(self.view.crop)
        self.view.setFocus()

    @property
    def crop_box(self) -> CropBox:
        """The chosen part, in pixels of the upright picture (always 3:4 and inside it)."""
        return self.view.crop

    @Slot(object)
    def _on_view_crop_changed(self, box: CropBox) -> None:
        self._show(box)

    @Slot(int)
    def _on_size_slider_value_changed(self, value: int) -> None:
        self.view.resize_to(value)

    def _show(self, box: CropBox) -> None:
        self.size_slider.blockSignals(True)
        self.size_slider.setValue(box.width)
        self.size_slider.blockSignals(False)
        ratio = self._preview.width() / self._upright.width
        part = self._preview.copy(
            QRect(round(box.left * ratio), round(box.top * ratio), round(box.width * ratio), round(box.height * ratio))
        )
        self.result_view.setPixmap(
            QPixmap.fromImage(part).scaled(
                RESULT_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        self.size_label.setText(
            self.tr("{0}×{1} piksel dari {2}×{3}").format(
                box.width, box.height, self._upright.width, self._upright.height
            )
        )
