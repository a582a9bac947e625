"""Papan Pantau on the real core: today's figures, each loket's state, reloads on changes and on its timer."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from support.reports_day import at, seed_day

from PySide6.QtCore import Qt

from counter_app import demo
from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.ui.application import AppController
from counter_app.ui.board_screen import BoardScreen, minutes

from .helpers import TASK_TIMEOUT_MS, login, wait_idle


def _cells(model, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, c).data() for c in range(model.columnCount())]


def _open(qtbot: QtBot, core: Core, clock: FixedClock, make_controller: Callable[..., AppController]):  # type: ignore[no-untyped-def]
    day = seed_day(core, clock)
    controller = make_controller()
    main = login(qtbot, controller, "supervisor", demo.DEMO_PASSWORD)
    screen = main.show_screen("board")
    assert isinstance(screen, BoardScreen)
    wait_idle(qtbot, controller)
    return day, controller, screen


def test_board_shows_todays_figures_and_follows_calls(
    qtbot: QtBot,
    core: Core,
    clock: FixedClock,
    make_controller: Callable[..., AppController],
    qtmodeltester: ModelTester,
) -> None:
    day, controller, screen = _open(qtbot, core, clock, make_controller)
    assert screen.waiting_tile.value.text() == "1"
    assert screen.longest_tile.value.text() == "30 menit"  # A-004 since 10.00, now 10.30
    assert screen.issued_tile.value.text() == "6"
    assert screen.served_tile.value.text() == "3"
    assert _cells(screen.waiting_model, 0)[1:] == ["1", "30 menit"]
    assert [_cells(screen.loket_model, r)[1] for r in range(4)] == ["Kosong"] * 4
    assert screen.updated_label.text() == "Diperbarui pukul 10.30.00"
    qtmodeltester.check(screen.waiting_model)
    qtmodeltester.check(screen.loket_model)

    at(clock, "10:31")
    core.queue.call_next(day.clerk2, day.counters[2])  # publishes Changes(tickets=True): the board reloads
    qtbot.waitUntil(lambda: _cells(screen.loket_model, 1)[1] == "Memanggil", timeout=TASK_TIMEOUT_MS)
    assert _cells(screen.loket_model, 1) == ["Loket 2 - Penempatan", "Memanggil", "A-004", "10.31", "Dewi Lestari"]
    assert screen.loket_model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert screen.waiting_tile.value.text() == "0"
    assert screen.empty_label.isVisibleTo(screen)
    wait_idle(qtbot, controller)


def test_board_timer_picks_up_other_stations(
    qtbot: QtBot,
    core: Core,
    clock: FixedClock,
    make_controller: Callable[..., AppController],
    make_core: Callable[..., Core],
) -> None:
    day, controller, screen = _open(qtbot, core, clock, make_controller)
    other_pc = make_core()  # the same store through another core: its changes never reach this window's hub
    at(clock, "10:40")
    assert other_pc.queue.call_next(day.clerk1, day.counters[1]) is not None
    wait_idle(qtbot, controller)
    assert _cells(screen.loket_model, 0)[1] == "Kosong"
    screen.timer.setInterval(20)
    qtbot.waitUntil(lambda: _cells(screen.loket_model, 0)[2] == "A-004", timeout=TASK_TIMEOUT_MS)
    screen.timer.stop()
    wait_idle(qtbot, controller)


def test_minutes_text() -> None:
    assert minutes(None) == "-"
    assert minutes(59) == "0 menit"
    assert minutes(1800) == "30 menit"
    assert minutes(3900) == "1 jam 05 menit"
