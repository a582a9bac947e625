"""Take the pas photo with a webcam (QtMultimedia): a live view, Ambil Foto, and the captured image as PNG bytes."""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Slot
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QCamera, QCameraDevice, QImageCapture, QMediaCaptureSession, QMediaDevices
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counter_app.errors import UserError

log = logging.getLogger(__name__)

NO_CAMERA = "Tidak ada kamera yang terpasang atau dikenali. Pasang webcam, atau pilih foto dari berkas."


def cameras() -> list[QCameraDevice]:
    """The video inputs the system offers (empty on a PC without a webcam, and offscreen)."""
    return list(QMediaDevices.videoInputs())


def image_to_png(image: QImage) -> bytes:
    """Encode a QImage as PNG bytes (for the crop step: photo.load_for_crop and photo.crop_photo)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"PNG")
    buffer.close()
    return bytes(data.data())


class CameraDialog(QDialog):
    """Shows the camera and takes one still; ``captured_png`` holds it after the dialog is accepted."""

    def __init__(self, devices: list[QCameraDevice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ambil Foto dari Kamera"))
        self.captured_png: bytes | None = None
        self._devices = devices
        self._camera: QCamera | None = None
        self._session = QMediaCaptureSession(self)
        self._capture = QImageCapture(self)
        self._session.setImageCapture(self._capture)
        self._build_ui()
        self._connect_signals()
        self._start(0)

    def _build_ui(self) -> None:
        self.device_combo = QComboBox()
        for device in self._devices:
            self.device_combo.addItem(device.description())
        self.view = QVideoWidget()
        self.view.setMinimumSize(480, 360)
        self._session.setVideoOutput(self.view)
        self.status = QLabel(self.tr("Atur posisi wajah di tengah, lalu tekan Ambil Foto."))
        self.status.setWordWrap(True)
        self.take_button = QPushButton(self.tr("Ambil Foto"))
        self.take_button.setObjectName("primaryButton")
        self.cancel_button = QPushButton(self.tr("Batal"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.take_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.device_combo)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.device_combo.currentIndexChanged.connect(self._start)
        self.take_button.clicked.connect(self._on_take_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self._capture.imageCaptured.connect(self._on_image_captured)
        self._capture.errorOccurred.connect(self._on_capture_error)

    @Slot(int)
    def _start(self, index: int) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._camera.deleteLater()
        self._camera = QCamera(self._devices[index], self)
        self._camera.errorOccurred.connect(self._on_camera_error)
        self._session.setCamera(self._camera)
        self._camera.start()

    @Slot()
    def _on_take_clicked(self) -> None:
        if not self._capture.isReadyForCapture():
            self.status.setText(self.tr("Kamera belum siap. Tunggu sebentar lalu tekan Ambil Foto lagi."))
            return
        self._capture.capture()

    @Slot(int, QImage)
    def _on_image_captured(self, _id: int, image: QImage) -> None:
        self.captured_png = image_to_png(image)
        self.accept()

    @Slot()
    def _on_camera_error(self) -> None:
        log.warning("camera error: %s", self._camera.errorString() if self._camera else "")
        self.status.setText(self.tr("Kamera tidak dapat dipakai. Periksa kabelnya atau pilih kamera lain."))

    @Slot()
    def _on_capture_error(self) -> None:
        log.warning("image capture error: %s", self._capture.errorString())
        self.status.setText(self.tr("Foto gagal diambil. Coba lagi."))

    def done(self, result: int) -> None:
        """QDialog.done: stop the camera when the dialog closes."""
        if self._camera is not None:
            self._camera.stop()
        super().done(result)


def capture(parent: QWidget | None) -> bytes | None:
    """Let the user take a photo; the PNG bytes, or None when cancelled.

    Raises:
        UserError: no camera is attached (always the case offscreen).
    """
    devices = cameras()
    if not devices:
        raise UserError(NO_CAMERA)
    dialog = CameraDialog(devices, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.captured_png
