"""Account dialogs: change one's own password, and the idle lock that keeps the open work underneath."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.auth import AuthService
from counter_app.errors import UserError
from counter_app.roles import Principal
from counter_app.ui.tasks import TaskRunner


class ChangePasswordDialog(QDialog):
    """Asks for the old password and the new one twice."""

    def __init__(self, *, auth: AuthService, runner: TaskRunner, principal: Principal, parent: QWidget) -> None:
        super().__init__(parent)
        self._auth = auth
        self._runner = runner
        self._principal = principal
        self.setWindowTitle(self.tr("Ganti Kata Sandi"))
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        form = QFormLayout()
        for label, field in (
            (self.tr("Kata sandi lama"), self.old),
            (self.tr("Kata sandi baru"), self.new),
            (self.tr("Ulangi kata sandi baru"), self.repeat),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(label, field)
        self.error_label = QLabel()
        self.error_label.setObjectName("inlineError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        """Show what to fix inside the dialog; the fields keep what was typed."""
        self.error_label.setText(text)
        self.error_label.show()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self.new.text() != self.repeat.text():
            self.show_error(self.tr("Kata sandi baru dan ulangannya tidak sama."))
            return
        old, new, principal = self.old.text(), self.new.text(), self._principal
        self._runner.run(lambda: self._auth.change_own_password(principal, old, new), self._on_saved, self._on_failed)

    def _on_saved(self, _result: object) -> None:
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.show_error(str(exc))
        else:
            self._runner.report(exc)


class LockDialog(QDialog):
    """Covers the main window after idle time; only the same user's password opens it again.

    The main window and any form in it stay exactly as they were: nothing typed is lost.

    Signals:
        unlocked(): the right password was given.
        sign_out_requested(): the user chose to sign out instead (another clerk takes the PC).
    """

    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, *, auth: AuthService, runner: TaskRunner, principal: Principal, parent: QWidget) -> None:
        super().__init__(parent)
        self._auth = auth
        self._runner = runner
        self._principal = principal
        self.setWindowTitle(self.tr("Layar Terkunci"))
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        title = QLabel(self.tr("Layar terkunci karena tidak ada aktivitas."))
        title.setObjectName("screenTitle")
        who = QLabel(
            self.tr("Masuk sebagai {0} ({1}). Ketik kata sandi untuk melanjutkan.").format(
                principal.full_name, principal.role_label
            )
        )
        who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setObjectName("inlineError")
        self.error_label.hide()
        self.unlock_button = QPushButton(self.tr("Buka"))
        self.unlock_button.setObjectName("primaryButton")
        self.unlock_button.setDefault(True)
        self.sign_out_button = QPushButton(self.tr("Keluar dan Ganti Pengguna"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(who)
        layout.addWidget(self.password)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.password.returnPressed.connect(self._on_unlock_clicked)
        self.sign_out_button.clicked.connect(self._on_sign_out_clicked)
        self.resize(460, 200)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """QDialog.keyPressEvent: Escape must not open the lock."""
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """QWidget.closeEvent: the lock only closes through the password or sign-out."""
        if self.result() != QDialog.DialogCode.Accepted:
            event.ignore()
            return
        super().closeEvent(event)

    @Slot()
    def _on_unlock_clicked(self) -> None:
        password, principal = self.password.text(), self._principal
        self.unlock_button.setEnabled(False)
        self._runner.run(lambda: self._auth.unlock_session(principal, password), self._on_unlocked, self._on_failed)

    def _on_unlocked(self, _result: object) -> None:
        self.accept()
        self.unlocked.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        if not isinstance(exc, UserError):
            self._runner.report(exc)
            return
        self.error_label.setText(str(exc))
        self.error_label.show()
        self.password.selectAll()

    @Slot()
    def _on_sign_out_clicked(self) -> None:
        self.accept()
        self.sign_out_requested.emit()
