"""Jejak Audit screen on the real core."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from counter_app.core import Core
from counter_app.roles import Role
from counter_app.ui.application import AppController
from counter_app.ui.audit_screen import ACTION_LABELS, AuditScreen, action_label

from .helpers import add_user, click, login, wait_idle


def _column(screen: AuditScreen, column: int) -> list[str]:
    return [screen.model.index(r, column).data() for r in range(screen.model.rowCount())]


def test_lists_the_sign_in_entries_and_filters_by_kind(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    add_user(core, "supervisor", Role.SUPERVISOR)
    controller = make_controller()
    window = controller.login_window
    qtbot.keyClicks(window.username, "supervisor")
    qtbot.keyClicks(window.password, "keliru-123")
    click(qtbot, window.submit)
    wait_idle(qtbot, controller)
    main = login(qtbot, controller, "supervisor")
    screen = main.show_screen("audit")
    assert isinstance(screen, AuditScreen)
    actions = _column(screen, 3)
    assert "Masuk" in actions
    assert "Gagal masuk" in actions
    assert "Tambah pengguna" in actions
    assert "Baris perintah" in _column(screen, 2)  # accounts made by the admin command line
    assert set(_column(screen, 1)) == {"TEST-PC"}
    assert set(_column(screen, 0)) == {"25 Nov 2026 09.00"}
    # filter: sign-ins only
    screen.filter_combo.setCurrentIndex(screen.filter_combo.findData("log"))
    wait_idle(qtbot, controller)
    assert sorted(_column(screen, 3)) == ["Gagal masuk", "Masuk"]
    assert sorted(_column(screen, 2)) == ["supervisor", "supervisor"]
    # reload picks up what happened since
    core.auth.logout(controller.principal)  # type: ignore[arg-type]
    click(qtbot, screen.reload_button)
    wait_idle(qtbot, controller)
    assert sorted(_column(screen, 3)) == ["Gagal masuk", "Keluar", "Masuk"]


def test_unknown_action_codes_are_shown_raw() -> None:
    assert action_label("login.failed") == "Gagal masuk"
    assert action_label("printer.jammed") == "printer.jammed"
    assert all(label and label[0].isupper() for label in ACTION_LABELS.values())
