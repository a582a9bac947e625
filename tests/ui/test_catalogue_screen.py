"""Katalog screen on the real core: the list, the full standard text and the admin's operational fields."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot
from support.catalogue import STANDARD_COUNT

from PySide6.QtCore import Qt

from counter_app.core import Core
from counter_app.roles import COMMAND_LINE, Role
from counter_app.ui.application import AppController
from counter_app.ui.catalogue_screen import CatalogueScreen
from counter_app.ui.messages import MessageBar

from .helpers import TASK_TIMEOUT_MS, add_user, click, login, wait_idle


def _open_catalogue(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> tuple[AppController, CatalogueScreen]:
    add_user(core, "admin", Role.ADMIN)
    controller = make_controller()
    main = login(qtbot, controller, "admin")
    screen = main.show_screen("catalogue")
    assert isinstance(screen, CatalogueScreen)
    return controller, screen


def _click_service(qtbot: QtBot, controller: AppController, screen: CatalogueScreen, code: str) -> None:
    row = next(r for r in range(screen.proxy.rowCount()) if screen.proxy.index(r, 0).data() == code)
    rect = screen.table.visualRect(screen.proxy.index(row, 0))
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_idle(qtbot, controller)
    qtbot.waitUntil(lambda: screen.code_edit.text() == code, timeout=TASK_TIMEOUT_MS)


def test_lists_every_standard_and_shows_both_oss_requirement_lists(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    controller, screen = _open_catalogue(qtbot, core, make_controller)
    assert screen.model.rowCount() == STANDARD_COUNT
    screen.table.scrollToBottom()  # OSS is the last row
    _click_service(qtbot, controller, screen, "OSSLPK")
    text = screen.detail.toPlainText()
    assert "Perusahaan Perorangan" in text
    assert "Perusahaan Berbentuk Badan Hukum" in text
    assert "Data Usaha yang terdiri dari:" in text
    for sub_item in (
        "Nilai modal usaha;",
        "Luas lahan usaha;",
        "Modal kerja per 3 bulan;",
        "Nilai tanah dan bangunan.",
    ):
        assert sub_item in text


def test_search_filters_by_code_and_title(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    _controller, screen = _open_catalogue(qtbot, core, make_controller)
    qtbot.keyClicks(screen.search, "kartu kuning")
    assert screen.proxy.rowCount() == 1
    assert screen.proxy.index(0, 0).data() == "AK1"


def test_a_taken_prefix_shows_the_error_keeps_the_typed_prefix_and_a_valid_one_is_saved(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    controller, screen = _open_catalogue(qtbot, core, make_controller)
    assert controller.main_window is not None
    bar = controller.main_window.findChild(MessageBar)
    assert bar is not None
    _click_service(qtbot, controller, screen, "AK1")
    assert screen.prefix_edit.text() == "A"
    # WHEN the admin gives AK1 the prefix of BKK
    screen.prefix_edit.clear()
    qtbot.keyClicks(screen.prefix_edit, "B")
    with qtbot.waitSignal(bar.message_shown, timeout=TASK_TIMEOUT_MS):
        click(qtbot, screen.save_button)
    wait_idle(qtbot, controller)
    # THEN the message bar says why, the typed prefix stays, and the store is unchanged
    assert bar.level == "error"
    assert "Awalan B sudah dipakai" in bar.text
    assert screen.prefix_edit.text() == "B"
    ak1 = next(s for s in core.catalogue.list_services(COMMAND_LINE) if s.code == "AK1")
    assert ak1.ticket_prefix == "A"
    # WHEN a free prefix is typed
    screen.prefix_edit.clear()
    qtbot.keyClicks(screen.prefix_edit, "AK")
    with qtbot.waitSignal(bar.message_shown, timeout=TASK_TIMEOUT_MS):
        click(qtbot, screen.save_button)
    wait_idle(qtbot, controller)
    assert bar.level == "info"
    ak1 = next(s for s in core.catalogue.list_services(COMMAND_LINE) if s.code == "AK1")
    assert ak1.ticket_prefix == "AK"
    assert screen.prefix_edit.text() == "AK"
    row = next(r for r in screen.model.rows if r.code == "AK1")
    assert row.ticket_prefix == "AK"


def test_search_with_spaces_and_slashes(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    _controller, screen = _open_catalogue(qtbot, core, make_controller)
    qtbot.keyClicks(screen.search, "ak/1")
    assert [screen.proxy.index(r, 0).data() for r in range(screen.proxy.rowCount())] == ["AK1"]
    screen.search.clear()
    assert screen.proxy.rowCount() == STANDARD_COUNT
