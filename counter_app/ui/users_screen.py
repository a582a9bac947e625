"""Pengguna: the Admin adds and edits staff accounts, resets forgotten passwords and lifts lockouts."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app.auth import MIN_PASSWORD_LENGTH, UserAdminService, UserInfo
from counter_app.changes import Changes
from counter_app.roles import ROLE_LABELS, Role
from counter_app.ui import formatting
from counter_app.ui.common import ScreenDeps
from counter_app.ui.table_models import Column, RowTableModel


def is_locked(user: UserInfo, now: dt.datetime) -> bool:
    """True while a lockout after too many failed logins is still running."""
    return user.locked_until is not None and user.locked_until > now


def status_text(user: UserInfo, now: dt.datetime) -> str:
    """'Aktif', 'Nonaktif' or 'Terkunci s.d. 25 Nov 2026 09.15'."""
    if not user.active:
        return "Nonaktif"
    if is_locked(user, now):
        return f"Terkunci s.d. {formatting.date_time(user.locked_until)}"
    return "Aktif"


class UsersScreen(QWidget):
    """Lists the accounts; a form beside the list adds a new one or edits the selected one."""

    def __init__(
        self,
        *,
        deps: ScreenDeps,
        users: UserAdminService,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__()
        self._deps = deps
        self._users = users
        self._now = now
        self._current: UserInfo | None = None  # None: the form describes a new account
        self._build_ui()
        self._connect_signals()
        self._load()

    def _build_ui(self) -> None:
        title = QLabel(self.tr("Pengguna"))
        title.setObjectName("screenTitle")
        columns: list[Column[UserInfo]] = [
            Column(self.tr("Nama pengguna"), lambda u: u.username),
            Column(self.tr("Nama lengkap"), lambda u: u.full_name, tooltip=lambda u: u.full_name),
            Column(self.tr("Peran"), lambda u: u.role_label),
            Column(self.tr("NIP"), lambda u: u.nip or "-"),
            Column(self.tr("Status"), lambda u: status_text(u, self._now())),
            Column(self.tr("Terakhir masuk"), lambda u: formatting.date_time(u.last_login_at) or "-"),
        ]
        self.model: RowTableModel[UserInfo] = RowTableModel(columns, self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.form_box = QGroupBox(self.tr("Pengguna baru"))
        self.form_box.setObjectName("userForm")
        self.form_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # Table above, form below: at 1280 px a form beside the table would leave the six columns no room.
        left_form = QFormLayout()
        self.form = QFormLayout()  # the right-hand rows; the password row shows only for a new account
        for form in (left_form, self.form):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            form.setVerticalSpacing(8)
            form.setHorizontalSpacing(12)
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("username")
        self.username_edit.setMaxLength(32)
        self.username_edit.setPlaceholderText(self.tr("huruf kecil, misalnya loket3"))
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setMaxLength(200)
        self.full_name_edit.setPlaceholderText(self.tr("dengan gelar, seperti di surat"))
        self.role_combo = QComboBox()
        for role, label in ROLE_LABELS.items():
            self.role_combo.addItem(label, role)
        self.nip_edit = QLineEdit()
        self.nip_edit.setMaxLength(24)
        self.nip_edit.setPlaceholderText(self.tr("18 angka, boleh dikosongkan"))
        self.active_check = QCheckBox(self.tr("Aktif (boleh masuk)"))
        self.active_check.setChecked(True)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("minimal {0} karakter").format(MIN_PASSWORD_LENGTH))
        left_form.addRow(self.tr("Nama pengguna"), self.username_edit)
        left_form.addRow(self.tr("Nama lengkap"), self.full_name_edit)
        left_form.addRow(self.tr("Peran"), self.role_combo)
        self.form.addRow(self.tr("NIP"), self.nip_edit)
        self.form.addRow(self.tr("Kata sandi awal"), self.password_edit)
        self.form.addRow("", self.active_check)
        fields = QHBoxLayout()
        fields.addLayout(left_form, 1)
        fields.addSpacing(24)
        fields.addLayout(self.form, 1)

        self.new_button = QPushButton(self.tr("Pengguna Baru"))
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setObjectName("primaryButton")
        self.reset_password_button = QPushButton(self.tr("Atur Ulang Kata Sandi…"))
        self.unlock_button = QPushButton(self.tr("Buka Kunci"))
        self.account_hint = QLabel()
        self.account_hint.setObjectName("hint")
        self.account_hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.reset_password_button)
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        box_layout = QVBoxLayout(self.form_box)
        box_layout.setContentsMargins(12, 16, 12, 12)
        box_layout.addLayout(fields)
        box_layout.addWidget(self.account_hint)
        box_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addSpacing(8)
        layout.addWidget(self.form_box)
        self._show_new_form()

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.reset_password_button.clicked.connect(self._on_reset_password_clicked)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self._deps.changes.changes_published.connect(self._on_changes_published)

    def _load(self) -> None:
        actor = self._deps.principal
        self._deps.runner.run(lambda: self._users.list_users(actor), self._on_loaded)

    def _on_loaded(self, users: list[UserInfo]) -> None:
        selected = self._current.id if self._current is not None else None
        self.model.set_rows(users)
        if selected is not None:
            self.select_user(selected)

    def select_user(self, user_id: uuid.UUID) -> None:
        """Select the row of an account (and show it in the form)."""
        for row, user in enumerate(self.model.rows):
            if user.id == user_id:
                self.table.setCurrentIndex(self.model.index(row, 0))
                return

    # --- the form ------------------------------------------------------------------------------------

    def _show_new_form(self) -> None:
        self._current = None
        self.form_box.setTitle(self.tr("Pengguna baru"))
        for edit in (self.username_edit, self.full_name_edit, self.nip_edit, self.password_edit):
            edit.clear()
        self._set_username_editable(True)
        self.role_combo.setCurrentIndex(self.role_combo.findData(Role.PETUGAS_LOKET))
        self.active_check.setChecked(True)
        self.form.setRowVisible(self.password_edit, True)
        self._update_account_buttons()

    def _show_user(self, user: UserInfo) -> None:
        keep_form = self._current is not None and self._current.id == user.id and self._form_dirty()
        self._current = user
        self._update_account_buttons()
        if keep_form:
            return  # the admin is editing this account: a reload must not throw away what was typed
        self.form_box.setTitle(self.tr("Ubah pengguna {0}").format(user.username))
        self.username_edit.setText(user.username)
        self._set_username_editable(False)
        self.full_name_edit.setText(user.full_name)
        self.role_combo.setCurrentIndex(self.role_combo.findData(user.role))
        self.nip_edit.setText(user.nip)
        self.active_check.setChecked(user.active)
        self.password_edit.clear()
        self.form.setRowVisible(self.password_edit, False)

    def _set_username_editable(self, editable: bool) -> None:
        self.username_edit.setReadOnly(not editable)
        # The stylesheet greys read-only fields by property; Qt re-reads it only on a new polish.
        self.username_edit.style().unpolish(self.username_edit)
        self.username_edit.style().polish(self.username_edit)

    def _form_dirty(self) -> bool:
        user = self._current
        assert user is not None
        return (
            self.full_name_edit.text() != user.full_name
            or self.role_combo.currentData() != user.role
            or self.nip_edit.text() != user.nip
            or self.active_check.isChecked() != user.active
        )

    def _update_account_buttons(self) -> None:
        user = self._current
        self.reset_password_button.setEnabled(user is not None)
        locked = user is not None and is_locked(user, self._now())
        self.unlock_button.setEnabled(locked)
        if user is None:
            self.account_hint.setText(
                self.tr("Isi data lalu pilih Simpan. Sampaikan kata sandi awal kepada petugas yang bersangkutan.")
            )
        elif locked:
            self.account_hint.setText(self.tr("Akun ini terkunci setelah terlalu banyak percobaan masuk yang gagal."))
        else:
            self.account_hint.setText(self.tr("Lupa kata sandi? Atur ulang kata sandinya di sini."))

    # --- slots ---------------------------------------------------------------------------------------

    @Slot()
    def _on_table_current_changed(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._show_user(self.model.row_at(index.row()))

    @Slot()
    def _on_new_clicked(self) -> None:
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self._show_new_form()
        self.username_edit.setFocus()

    @Slot()
    def _on_save_clicked(self) -> None:
        actor = self._deps.principal
        full_name, nip = self.full_name_edit.text(), self.nip_edit.text()
        role = Role(self.role_combo.currentData())
        active = self.active_check.isChecked()
        current = self._current
        if current is None:
            username, password = self.username_edit.text(), self.password_edit.text()

            def save() -> UserInfo:
                info = self._users.add_user(
                    actor, username=username, full_name=full_name, role=role, password=password, nip=nip
                )
                if not active:
                    info = self._users.update_user(
                        actor, info.id, full_name=info.full_name, role=info.role, active=False, nip=info.nip
                    )
                return info
        else:
            user_id = current.id

            def save() -> UserInfo:
                return self._users.update_user(actor, user_id, full_name=full_name, role=role, active=active, nip=nip)

        self.save_button.setEnabled(False)
        self._deps.runner.run(save, lambda info: self._on_saved(info, current is None), self._on_save_failed)

    def _on_saved(self, user: UserInfo, created: bool) -> None:
        self.save_button.setEnabled(True)
        self._current = None  # let _show_user refill the form with what was stored
        self._show_user(user)
        if created:
            text = self.tr("Pengguna {0} ditambahkan. Ia dapat masuk dengan kata sandi yang baru dibuat.")
        else:
            text = self.tr("Data pengguna {0} disimpan.")
        self._deps.messages.info(text.format(user.username))

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._deps.runner.report(exc)  # UserError goes to the message bar; the form keeps what was typed

    @Slot()
    def _on_reset_password_clicked(self) -> None:
        user = self._current
        if user is None:
            return
        password = self._deps.dialogs.ask_password(
            self,
            self.tr("Atur Ulang Kata Sandi"),
            self.tr("Kata sandi baru untuk {0} ({1}), minimal {2} karakter:").format(
                user.full_name, user.username, MIN_PASSWORD_LENGTH
            ),
        )
        if password is None:
            return
        actor = self._deps.principal
        self._deps.runner.run(
            lambda: self._users.reset_password(actor, user.id, password),
            lambda _result: self._deps.messages.info(
                self.tr(
                    "Kata sandi {0} sudah diganti dan akunnya tidak terkunci. Sampaikan kata sandi baru "
                    "kepada yang bersangkutan."
                ).format(user.username)
            ),
            self._deps.runner.report,
        )

    @Slot()
    def _on_unlock_clicked(self) -> None:
        user = self._current
        if user is None:
            return
        actor = self._deps.principal
        self.unlock_button.setEnabled(False)
        self._deps.runner.run(
            lambda: self._users.unlock(actor, user.id),
            lambda _result: self._deps.messages.info(
                self.tr("Akun {0} sudah dibuka; ia dapat masuk lagi.").format(user.username)
            ),
            self._on_unlock_failed,
        )

    def _on_unlock_failed(self, exc: BaseException) -> None:
        self._update_account_buttons()
        self._deps.runner.report(exc)

    @Slot(object)
    def _on_changes_published(self, changes: Changes) -> None:
        if changes.users:
            self._load()
