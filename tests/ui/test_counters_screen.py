"""Loket screen on the real core: add a loket with its services, and a taken number."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from counter_app.core import Core
from counter_app.roles import COMMAND_LINE, Role
from counter_app.ui.application import AppController
from counter_app.ui.counters_screen import CountersScreen
from counter_app.ui.messages import MessageBar

from .helpers import TASK_TIMEOUT_MS, add_user, click, login, wait_idle


def _open_counters(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> tuple[AppController, CountersScreen, MessageBar]:
    add_user(core, "admin", Role.ADMIN)
    controller = make_controller()
    main = login(qtbot, controller, "admin")
    screen = main.show_screen("counters")
    assert isinstance(screen, CountersScreen)
    bar = main.findChild(MessageBar)
    assert bar is not None
    return controller, screen, bar


def _check_service(screen: CountersScreen, code: str) -> None:
    items = [screen.service_list.item(i) for i in range(screen.service_list.count())]
    item = next(i for i in items if i.text().startswith(f"{code} - "))
    item.setCheckState(Qt.CheckState.Checked)


def _set_number(qtbot: QtBot, screen: CountersScreen, number: int) -> None:
    screen.number_spin.selectAll()
    qtbot.keyClicks(screen.number_spin, str(number))
    assert screen.number_spin.value() == number


def test_lists_only_public_services_to_choose_from(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    _controller, screen, _bar = _open_counters(qtbot, core, make_controller)
    public = [s.code for s in core.catalogue.list_services(COMMAND_LINE) if s.is_public]
    shown = [screen.service_list.item(i).text().split(" - ")[0] for i in range(screen.service_list.count())]
    assert shown == public
    assert screen.number_spin.value() == 1  # the first free number


def test_adding_loket_5_serving_ak1(qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]) -> None:
    controller, screen, bar = _open_counters(qtbot, core, make_controller)
    click(qtbot, screen.new_button)
    _set_number(qtbot, screen, 5)
    qtbot.keyClicks(screen.name_edit, "Loket 5 - Informasi")
    _check_service(screen, "AK1")
    with qtbot.waitSignal(bar.message_shown, timeout=TASK_TIMEOUT_MS):
        click(qtbot, screen.save_button)
    wait_idle(qtbot, controller)
    assert bar.level == "info"
    stored = core.counters.list_counters(COMMAND_LINE)
    assert [(c.number, c.name, c.active, c.service_codes) for c in stored] == [
        (5, "Loket 5 - Informasi", True, ("AK1",))
    ]
    assert [(r.number, r.service_codes) for r in screen.model.rows] == [(5, ("AK1",))]
    assert screen.model.index(0, 2).data() == "AK1"
    assert screen.form_box.title() == "Ubah loket 5"


def test_a_taken_number_shows_the_error_and_keeps_the_form(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    core.counters.save_counter(COMMAND_LINE, counter_id=None, number=1, name="Loket 1", active=True, service_ids=[])
    controller, screen, bar = _open_counters(qtbot, core, make_controller)
    click(qtbot, screen.new_button)
    assert screen.number_spin.value() == 2
    _set_number(qtbot, screen, 1)
    qtbot.keyClicks(screen.name_edit, "Loket Kembar")
    _check_service(screen, "BKK")
    with qtbot.waitSignal(bar.message_shown, timeout=TASK_TIMEOUT_MS):
        click(qtbot, screen.save_button)
    wait_idle(qtbot, controller)
    assert bar.level == "error"
    assert "Loket nomor 1 sudah ada" in bar.text
    assert (screen.number_spin.value(), screen.name_edit.text()) == (1, "Loket Kembar")
    assert len(screen._checked_service_ids()) == 1
    assert [c.name for c in core.counters.list_counters(COMMAND_LINE)] == ["Loket 1"]
