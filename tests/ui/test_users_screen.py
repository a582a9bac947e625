"""Pengguna screen on the real core: add, validation errors, password reset and unlock."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from support.fakes import FakeDialogService

from PySide6.QtCore import Qt

from counter_app.core import Core
from counter_app.errors import AuthenticationFailed
from counter_app.roles import COMMAND_LINE, ROLE_LABELS, Role
from counter_app.ui.application import AppController
from counter_app.ui.messages import MessageBar
from counter_app.ui.users_screen import UsersScreen

from .helpers import PASSWORD, TASK_TIMEOUT_MS, add_user, click, login, wait_idle

NEW_PASSWORD = "loket-baru-99"


def _open_users(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> tuple[AppController, UsersScreen, MessageBar]:
    add_user(core, "admin", Role.ADMIN, full_name="Admin Kantor")
    controller = make_controller()
    main = login(qtbot, controller, "admin")
    screen = main.show_screen("users")
    assert isinstance(screen, UsersScreen)
    bar = main.findChild(MessageBar)
    assert bar is not None
    return controller, screen, bar


def _click_user(qtbot: QtBot, screen: UsersScreen, username: str) -> None:
    row = next(r for r, u in enumerate(screen.model.rows) if u.username == username)
    rect = screen.table.visualRect(screen.model.index(row, 0))
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.username_edit.text() == username


def _fill_new_user(qtbot: QtBot, screen: UsersScreen, username: str, full_name: str, password: str) -> None:
    click(qtbot, screen.new_button)
    qtbot.keyClicks(screen.username_edit, username)
    qtbot.keyClicks(screen.full_name_edit, full_name)
    screen.role_combo.setCurrentIndex(screen.role_combo.findText(ROLE_LABELS[Role.PETUGAS_LOKET]))
    qtbot.keyClicks(screen.password_edit, password)


def test_lists_the_accounts_with_role_and_status(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    add_user(core, "loket1", Role.PETUGAS_LOKET, full_name="Ahmad Fauzi")
    _controller, screen, _bar = _open_users(qtbot, core, make_controller)
    shown = [
        [screen.model.index(r, c).data() for c in range(screen.model.columnCount())]
        for r in range(screen.model.rowCount())
    ]
    assert shown == [
        ["admin", "Admin Kantor", "Admin", "-", "Aktif", "25 Nov 2026 09.00"],
        ["loket1", "Ahmad Fauzi", "Petugas loket", "-", "Aktif", "-"],
    ]


def test_adding_a_petugas_loket_shows_the_row_and_the_new_user_can_sign_in(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    controller, screen, bar = _open_users(qtbot, core, make_controller)
    _fill_new_user(qtbot, screen, "loket3", "Siti Aminah", NEW_PASSWORD)
    qtbot.keyClicks(screen.nip_edit, "19900101 201501 2 001")
    with qtbot.waitSignal(bar.message_shown, timeout=TASK_TIMEOUT_MS):
        click(qtbot, screen.save_button)
    wait_idle(qtbot, controller)
    assert bar.level == "info"
    assert "loket3" in bar.text
    assert [u.username for u in screen.model.rows] == ["admin", "loket3"]
    stored = next(u for u in core.users.list_users(COMMAND_LINE) if u.username == "loket3")
    assert (stored.full_name, stored.role, stored.nip, stored.active) == (
        "Siti Aminah",
        Role.PETUGAS_LOKET,
        "199001012015012001",
        True,
    )
    # the form now edits the saved account: the user name is fixed and no password field is shown
    assert screen.username_edit.isReadOnly()
    assert not screen.password_edit.isVisible()
    # the new clerk signs in through the login window and sees the clerk's screens
    assert controller.main_window is not None
    controller.main_window.logout_action.trigger()
    wait_idle(qtbot, controller)
    assert controller.main_window is None
    main = login(qtbot, controller, "loket3", NEW_PASSWORD)
    assert main.screen_keys[:3] == ["home", "queue", "intake"]
    assert "users" not in main.screen_keys and "office" not in main.screen_keys


def test_a_bad_user_name_shows_the_error_and_keeps_the_form(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    controller, screen, bar = _open_users(qtbot, core, make_controller)
    _fill_new_user(qtbot, screen, "Budi Santoso", "Budi Santoso", NEW_PASSWORD)
    with qtbot.waitSignal(bar.message_shown, timeout=TASK_TIMEOUT_MS):
        click(qtbot, screen.save_button)
    wait_idle(qtbot, controller)
    assert bar.level == "error"
    assert "Nama pengguna harus 3-32 karakter" in bar.text
    assert screen.username_edit.text() == "Budi Santoso"
    assert screen.full_name_edit.text() == "Budi Santoso"
    assert screen.password_edit.text() == NEW_PASSWORD
    assert screen.role_combo.currentData() == Role.PETUGAS_LOKET
    assert [u.username for u in core.users.list_users(COMMAND_LINE)] == ["admin"]


def test_editing_an_account_saves_role_and_active_flag(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    add_user(core, "loket1", Role.PETUGAS_LOKET, full_name="Ahmad Fauzi")
    controller, screen, bar = _open_users(qtbot, core, make_controller)
    _click_user(qtbot, screen, "loket1")
    screen.role_combo.setCurrentIndex(screen.role_combo.findData(Role.VERIFIKATOR))
    screen.active_check.setChecked(False)
    with qtbot.waitSignal(bar.message_shown, timeout=TASK_TIMEOUT_MS):
        click(qtbot, screen.save_button)
    wait_idle(qtbot, controller)
    stored = next(u for u in core.users.list_users(COMMAND_LINE) if u.username == "loket1")
    assert (stored.role, stored.active) == (Role.VERIFIKATOR, False)
    row = next(r for r, u in enumerate(screen.model.rows) if u.username == "loket1")
    assert screen.model.index(row, 4).data() == "Nonaktif"


def test_unlocking_a_locked_account(qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]) -> None:
    add_user(core, "loket9", Role.PETUGAS_LOKET)
    for _ in range(core.settings.max_failed_logins):
        with pytest.raises(AuthenticationFailed):
            core.auth.login("loket9", "salah-terus")
    controller, screen, bar = _open_users(qtbot, core, make_controller)
    row = next(r for r, u in enumerate(screen.model.rows) if u.username == "loket9")
    assert screen.model.index(row, 4).data() == "Terkunci s.d. 25 Nov 2026 09.15"
    assert not screen.unlock_button.isEnabled()  # nothing selected yet
    _click_user(qtbot, screen, "loket9")
    assert screen.unlock_button.isEnabled()
    with qtbot.waitSignal(bar.message_shown, timeout=TASK_TIMEOUT_MS):
        click(qtbot, screen.unlock_button)
    wait_idle(qtbot, controller)
    assert bar.level == "info"
    stored = next(u for u in core.users.list_users(COMMAND_LINE) if u.username == "loket9")
    assert stored.locked_until is None
    assert screen.model.index(row, 4).data() == "Aktif"
    assert not screen.unlock_button.isEnabled()
    assert core.auth.login("loket9", PASSWORD).username == "loket9"


def test_resetting_a_password_asks_through_the_dialog_service(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], dialogs: FakeDialogService
) -> None:
    add_user(core, "loket1", Role.PETUGAS_LOKET)
    controller, screen, bar = _open_users(qtbot, core, make_controller)
    _click_user(qtbot, screen, "loket1")
    # a cancelled prompt changes nothing
    dialogs.password_answer = None
    click(qtbot, screen.reset_password_button)
    wait_idle(qtbot, controller)
    assert core.auth.login("loket1", PASSWORD).username == "loket1"
    # a too short password is refused in the message bar
    dialogs.password_answer = "pendek"
    with qtbot.waitSignal(bar.message_shown, timeout=TASK_TIMEOUT_MS):
        click(qtbot, screen.reset_password_button)
    wait_idle(qtbot, controller)
    assert bar.level == "error"
    assert "minimal 8 karakter" in bar.text
    # a good one is stored
    dialogs.password_answer = NEW_PASSWORD
    with qtbot.waitSignal(bar.message_shown, timeout=TASK_TIMEOUT_MS):
        click(qtbot, screen.reset_password_button)
    wait_idle(qtbot, controller)
    assert bar.level == "info"
    assert len(dialogs.asked("ask_password")) == 3
    assert "loket1" in dialogs.asked("ask_password")[0].text
    assert core.auth.login("loket1", NEW_PASSWORD).username == "loket1"
