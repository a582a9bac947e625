"""The whole UI through AppController: first start, sign-in, screens per role, idle lock, crash path."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from support.fakes import FakeDialogService

from counter_app.core import Core
from counter_app.roles import COMMAND_LINE, Role
from counter_app.ui.account_dialogs import LockDialog
from counter_app.ui.application import NAVIGATION_ORDER, AppController
from counter_app.ui.catalogue_screen import CatalogueScreen
from counter_app.ui.users_screen import UsersScreen

from .helpers import PASSWORD, TASK_TIMEOUT_MS, add_user, click, login, wait_idle

ADMIN_SCREENS = list(NAVIGATION_ORDER)  # the admin holds every permission, so sees every screen


def test_first_start_creates_the_admin_and_opens_the_admin_screens(
    qtbot: QtBot, core: Core, controller: AppController
) -> None:
    # GIVEN an empty store: the first-admin window is shown instead of the login
    window = controller.first_admin_window
    assert window is not None and window.isVisible()
    assert not controller.login_window.isVisible()
    # WHEN the admin fills the form and clicks the button
    qtbot.keyClicks(window.full_name, "Admin Kantor")
    qtbot.keyClicks(window.username, "admin")
    qtbot.keyClicks(window.password, PASSWORD)
    qtbot.keyClicks(window.repeat, PASSWORD)
    click(qtbot, window.submit)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=TASK_TIMEOUT_MS)
    wait_idle(qtbot, controller)
    # THEN the account exists and the main window shows every admin screen
    assert controller.main_window is not None and controller.main_window.isVisible()
    assert controller.main_window.screen_keys == ADMIN_SCREENS
    assert controller.first_admin_window is None
    users = core.users.list_users(COMMAND_LINE)
    assert [(u.username, u.full_name, u.role) for u in users] == [("admin", "Admin Kantor", Role.ADMIN)]
    assert core.auth.login("admin", PASSWORD).role is Role.ADMIN


def test_first_start_with_mismatched_passwords_shows_an_inline_error_and_keeps_the_fields(
    qtbot: QtBot, core: Core, controller: AppController
) -> None:
    window = controller.first_admin_window
    assert window is not None
    qtbot.keyClicks(window.full_name, "Admin Kantor")
    qtbot.keyClicks(window.username, "admin")
    qtbot.keyClicks(window.password, PASSWORD)
    qtbot.keyClicks(window.repeat, PASSWORD + "x")
    click(qtbot, window.submit)
    wait_idle(qtbot, controller)
    assert window.error_label.isVisible()
    assert "tidak sama" in window.error_label.text()
    assert (window.full_name.text(), window.username.text(), window.password.text(), window.repeat.text()) == (
        "Admin Kantor",
        "admin",
        PASSWORD,
        PASSWORD + "x",
    )
    assert controller.main_window is None
    assert core.auth.needs_first_admin()


def test_wrong_password_shows_the_remaining_attempts_and_the_right_one_opens_the_main_window(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    add_user(core, "admin", Role.ADMIN)
    controller = make_controller()
    window = controller.login_window
    assert window.isVisible()
    qtbot.keyClicks(window.username, "admin")
    qtbot.keyClicks(window.password, "salah-sekali")
    click(qtbot, window.submit)
    wait_idle(qtbot, controller)
    assert window.error_label.isVisible()
    assert "Sisa percobaan: 4" in window.error_label.text()
    assert window.username.text() == "admin"
    assert controller.main_window is None

    main = login(qtbot, controller, "admin")
    assert main.isVisible()
    assert not window.isVisible()
    # both attempts are in the audit trail (same clock time, so compare without order)
    actions = sorted(r.action for r in core.audit.recent(COMMAND_LINE, action_prefix="login"))
    assert actions == ["login.failed", "login.ok"]


@pytest.mark.parametrize(
    ("role", "screens"),
    [
        (Role.ADMIN, ADMIN_SCREENS),
        (
            Role.SUPERVISOR,
            [
                "home",
                "jobseekers",
                "ak1_reports",
                "applications",
                "letters",
                "verify",
                "complaints",
                "board",
                "reports",
                "skm",
                "ipk",
                "catalogue",
                "audit",
            ],
        ),
        (
            Role.PETUGAS_LOKET,
            [
                "home",
                "queue",
                "intake",
                "jobseekers",
                "ak1_reports",
                "applications",
                "letters",
                "verify",
                "complaints",
                "ipk",
                "catalogue",
            ],
        ),
        (
            Role.PENGANTAR_KERJA,
            [
                "home",
                "queue",
                "intake",
                "jobseekers",
                "ak1_reports",
                "applications",
                "letters",
                "verify",
                "complaints",
                "ipk",
                "catalogue",
            ],
        ),
        (Role.VERIFIKATOR, ["home", "applications", "letters", "verify", "catalogue"]),
    ],
)
def test_each_role_sees_exactly_its_screens_and_only_the_admin_may_edit_the_catalogue(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], role: Role, screens: list[str]
) -> None:
    add_user(core, "petugas", role)
    controller = make_controller()
    main = login(qtbot, controller, "petugas")
    assert main.screen_keys == screens
    catalogue = main.show_screen("catalogue")
    assert isinstance(catalogue, CatalogueScreen)
    assert catalogue.isVisible()
    assert catalogue.edit_box.isVisible() is (role is Role.ADMIN)


def test_idle_lock_asks_the_password_and_keeps_what_was_typed(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    add_user(core, "admin", Role.ADMIN)
    controller = make_controller(idle_lock_minutes=1)
    main = login(qtbot, controller, "admin")
    users = main.show_screen("users")
    assert isinstance(users, UsersScreen)
    qtbot.keyClicks(users.full_name_edit, "Setengah diketik")
    # WHEN a minute passes without input (the watcher's 5-second checks, driven by hand)
    for _ in range(12):
        controller.idle._on_timer_timeout()
    lock = main.findChild(LockDialog)
    assert lock is not None
    qtbot.waitUntil(lock.isVisible, timeout=TASK_TIMEOUT_MS)
    # a wrong password keeps the lock and says so
    qtbot.keyClicks(lock.password, "bukan-ini")
    click(qtbot, lock.unlock_button)
    wait_idle(qtbot, controller)
    assert lock.isVisible()
    assert lock.error_label.isVisible()
    assert "Kata sandi salah" in lock.error_label.text()
    # the right one opens it
    lock.password.clear()
    qtbot.keyClicks(lock.password, PASSWORD)
    click(qtbot, lock.unlock_button)
    wait_idle(qtbot, controller)
    assert not lock.isVisible()
    assert main.isVisible()
    assert users.full_name_edit.text() == "Setengah diketik"
    actions = {r.action for r in core.audit.recent(COMMAND_LINE, action_prefix="session")}
    assert actions == {"session.idle_lock", "session.unlock_failed", "session.unlock"}


def test_an_unexpected_error_in_a_task_goes_to_the_crash_notice_and_the_window_stays(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], dialogs: FakeDialogService
) -> None:
    add_user(core, "admin", Role.ADMIN)
    controller = make_controller()
    main = login(qtbot, controller, "admin")

    def broken() -> None:
        raise RuntimeError("disk penuh (uji)")

    controller.runner.run(broken)
    wait_idle(qtbot, controller)
    assert len(dialogs.crashes) == 1
    assert "RuntimeError: disk penuh (uji)" in dialogs.crashes[0]
    assert controller.main_window is main
    assert main.isVisible()
