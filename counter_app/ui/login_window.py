"""The sign-in window, and the first-start form that creates the admin account."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app import letterhead
from counter_app.auth import AuthService
from counter_app.errors import UserError
from counter_app.roles import Principal
from counter_app.ui.tasks import TaskRunner

OFFICE_LINES = (letterhead.DEFAULT_KOP.government, letterhead.DEFAULT_KOP.office)  # shown before anyone signs in


def _header(subtitle: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 8)
    for i, line in enumerate(OFFICE_LINES):
        label = QLabel(line)
        label.setObjectName("kopLine" if i == 0 else "kopTitle")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
    sub = QLabel(subtitle)
    sub.setObjectName("kopSubtitle")
    sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(sub)
    return box


class _CardWindow(QWidget):
    """A window with a centred card, used by both sign-in forms.

    Signals:
        first_shown(): the window was shown for the first time (start-up timing).
    """

    first_shown = Signal()

    def __init__(self, subtitle: str, footer: str) -> None:
        super().__init__()
        self.setObjectName("loginWindow")
        self._shown_once = False
        self.card = QFrame(self)
        self.card.setObjectName("loginCard")
        self.card.setFixedWidth(460)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(32, 28, 32, 28)
        self.card_layout.addWidget(_header(subtitle))
        self.error_label = QLabel()
        self.error_label.setObjectName("inlineError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        foot = QLabel(footer)
        foot.setObjectName("footnote")
        foot.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(foot)
        outer.addStretch(1)
        self.resize(1024, 720)

    def first_field(self) -> QWidget:
        """The field that gets the focus when the window shows."""
        return self

    def showEvent(self, event: QShowEvent) -> None:
        """QWidget.showEvent: focus the first field; announce the first showing once."""
        super().showEvent(event)
        self.first_field().setFocus()
        if not self._shown_once:
            self._shown_once = True
            self.first_shown.emit()

    def show_error(self, text: str) -> None:
        """Show an inline error in the card."""
        self.error_label.setText(text)
        self.error_label.show()


class LoginWindow(_CardWindow):
    """Asks for user name and password.

    Signals:
        logged_in(object): the Principal of the user who signed in.
        first_shown(): inherited from the card window (start-up timing).
    """

    logged_in = Signal(object)

    def __init__(self, *, auth: AuthService, runner: TaskRunner, footer: str) -> None:
        super().__init__("Aplikasi Pelayanan Loket - Masuk", footer)
        self._auth = auth
        self._runner = runner
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Masuk - Aplikasi Loket Disnaker Kabupaten Mojokerto"))
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("nama pengguna"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)
        self.card_layout.addLayout(form)
        self.card_layout.addWidget(self.error_label)
        self.submit = QPushButton(self.tr("Masuk"))
        self.submit.setObjectName("primaryButton")
        self.submit.setDefault(True)
        self.card_layout.addWidget(self.submit)

    def _connect_signals(self) -> None:
        self.submit.clicked.connect(self._on_submit_clicked)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._on_submit_clicked)

    def first_field(self) -> QWidget:
        """The password when the user name is already there, else the user name."""
        return self.password if self.username.text() else self.username

    def reset(self) -> None:
        """Prepare for the next user after a logout: keep nothing of the previous session's password."""
        self.password.clear()
        self.error_label.hide()
        self.submit.setEnabled(True)

    @Slot()
    def _on_submit_clicked(self) -> None:
        username, password = self.username.text(), self.password.text()
        if not username.strip() or not password:
            self.show_error(self.tr("Isi nama pengguna dan kata sandi."))
            return
        self.submit.setEnabled(False)
        self._runner.run(lambda: self._auth.login(username, password), self._on_login_ok, self._on_login_failed)

    def _on_login_ok(self, principal: Principal) -> None:
        self.submit.setEnabled(True)
        self.error_label.hide()
        self.password.clear()
        self.logged_in.emit(principal)

    def _on_login_failed(self, exc: BaseException) -> None:
        self.submit.setEnabled(True)
        if not isinstance(exc, UserError):
            self._runner.report(exc)
            return
        self.show_error(str(exc))
        self.password.selectAll()
        self.password.setFocus()


class FirstAdminWindow(_CardWindow):
    """On the very first start: creates the admin account.

    Signals:
        admin_created(object): the Principal of the new admin (already signed in).
        first_shown(): inherited from the card window.
    """

    admin_created = Signal(object)

    def __init__(self, *, auth: AuthService, runner: TaskRunner, footer: str) -> None:
        super().__init__("Mulai pertama kali: buat akun Admin", footer)
        self._auth = auth
        self._runner = runner
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Buat Akun Admin - Aplikasi Loket Disnaker Kabupaten Mojokerto"))
        intro = QLabel(
            self.tr(
                "Belum ada pengguna. Buat akun Admin pertama; Admin kemudian menambahkan petugas lain "
                "dari menu Pengguna."
            )
        )
        intro.setWordWrap(True)
        self.card_layout.addWidget(intro)
        form = QFormLayout()
        self.full_name = QLineEdit()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Nama lengkap"), self.full_name)
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.tr("Ulangi kata sandi"), self.repeat)
        self.card_layout.addLayout(form)
        self.card_layout.addWidget(self.error_label)
        self.submit = QPushButton(self.tr("Buat Akun Admin"))
        self.submit.setObjectName("primaryButton")
        self.submit.setDefault(True)
        self.card_layout.addWidget(self.submit)

    def _connect_signals(self) -> None:
        self.submit.clicked.connect(self._on_submit_clicked)
        self.repeat.returnPressed.connect(self._on_submit_clicked)

    def first_field(self) -> QWidget:
        """The first field of the form."""
        return self.full_name

    @Slot()
    def _on_submit_clicked(self) -> None:
        if self.password.text() != self.repeat.text():
            self.show_error(self.tr("Kedua kata sandi tidak sama. Ketik ulang di kolom 'Ulangi kata sandi'."))
            self.repeat.selectAll()
            self.repeat.setFocus()
            return
        full_name, username, password = self.full_name.text(), self.username.text(), self.password.text()
        self.submit.setEnabled(False)

        def create() -> Principal:
            return self._auth.create_first_admin(username, full_name, password)

        self._runner.run(create, self._on_created, self._on_failed)

    def _on_created(self, principal: Principal) -> None:
        self.submit.setEnabled(True)
        self.admin_created.emit(principal)

    def _on_failed(self, exc: BaseException) -> None:
        self.submit.setEnabled(True)
        if not isinstance(exc, UserError):
            self._runner.report(exc)
            return
        self.show_error(str(exc))
