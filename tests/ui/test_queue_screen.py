"""Antrean Loket on the real core: sign in to a loket, call with the function keys, serve, hold, transfer, conflicts."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import pytest
from pytestqt.qtbot import QtBot
from support import store
from support.fakes import FakeDialogService

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from counter_app import demo
from counter_app.catalogue import ServiceSummary
from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.counters import CounterInfo
from counter_app.roles import COMMAND_LINE
from counter_app.tickets import SlipData, Status, TicketInfo
from counter_app.ui.application import AppController
from counter_app.ui.common import ChangeBridge, ScreenDeps
from counter_app.ui.errors import ErrorRouter
from counter_app.ui.messages import MessageBar
from counter_app.ui.queue_screen import (
    ACTIONS,
    Action,
    QueueScreen,
    TransferDialog,
    TransferTarget,
    duration_text,
    valid_actions,
)
from counter_app.ui.tasks import TaskRunner

from .helpers import NOW, TASK_TIMEOUT_MS, click, login, wait_idle

# --- helpers ---------------------------------------------------------------------------------------------


@dataclass
class Office:
    """The demo office on the test's store: service and loket ids by code and number."""

    core: Core
    services: dict[str, uuid.UUID]
    counters: dict[int, uuid.UUID]

    def issue(self, code: str, *, priority: bool = False) -> SlipData:
        """Take a number at the kiosk and confirm its slip printed (it then waits)."""
        slip = self.core.queue.issue_ticket(self.services[code], priority=priority)
        self.core.queue.confirm_printed(slip.ticket_id)
        return slip

    def ticket(self, code: str) -> TicketInfo:
        """Today's ticket with ``code``, as stored."""
        return next(t for t in self.core.queue.tickets_of_day(COMMAND_LINE) if t.code == code)

    def calls_of(self, code: str) -> list[str]:
        """The kinds of today's call events for ``code``, sorted (the fixed clock gives them one time)."""
        start = dt.datetime.combine(NOW.date(), dt.time.min)
        return sorted(c.kind for c in self.core.queue.calls_since(start) if c.code == code)


@pytest.fixture
def office(core: Core) -> Office:
    """demo.seed: the demo accounts and loket 1-4 (loket 1 serves AK1; loket 2 serves AK1 too)."""
    demo.seed(core)
    return Office(
        core,
        {s.code: s.id for s in core.catalogue.list_services(COMMAND_LINE)},
        {c.number: c.id for c in core.counters.list_counters(COMMAND_LINE)},
    )


@dataclass
class Station:
    """One clerk's PC: a QueueScreen with its own runner, message bar and change bridge."""

    window: QWidget
    screen: QueueScreen
    bar: MessageBar
    runner: TaskRunner
    bridge: ChangeBridge
    printed: list[SlipData] = field(default_factory=list)
    transfers: list[tuple[TicketInfo, list[str], list[int]]] = field(default_factory=list)

    def idle(self, qtbot: QtBot) -> None:
        qtbot.waitUntil(lambda: not self.runner.busy, timeout=TASK_TIMEOUT_MS)

    def enabled(self) -> set[Action]:
        return {a for a, b in self.screen.action_buttons.items() if b.isEnabled()}


@pytest.fixture
def open_station(qtbot: QtBot) -> Iterator[Callable[..., Station]]:
    """Build clerk PCs on given cores; each is torn down after the test."""
    stations: list[Station] = []

    def make(
        core: Core,
        username: str,
        *,
        counter_number: int | None = None,
        transfer_to: TransferTarget | None = None,
        poll_interval_ms: int = 60_000,
    ) -> Station:
        principal = core.auth.login(username, demo.DEMO_PASSWORD)
        container = QWidget()
        dialogs = FakeDialogService()
        errors = ErrorRouter(dialogs)
        runner = TaskRunner(errors.handle, container)
        bar = MessageBar()
        errors.show_user_error = bar.error
        bridge = ChangeBridge(core.ctx.hub, container)
        deps = ScreenDeps(principal=principal, runner=runner, messages=bar, dialogs=dialogs, changes=bridge)
        printed: list[SlipData] = []
        transfers: list[tuple[TicketInfo, list[str], list[int]]] = []

        def pick(
            _parent: QWidget, ticket: TicketInfo, services: Sequence[ServiceSummary], counters: Sequence[CounterInfo]
        ) -> TransferTarget | None:
            transfers.append((ticket, [s.code for s in services], [c.number for c in counters]))
            return transfer_to

        screen = QueueScreen(
            deps=deps,
            queue=core.queue,
            counters=core.counters,
            catalogue=core.catalogue,
            counter_number=counter_number,
            now=core.ctx.clock.now,
            print_slip=printed.append,
            pick_transfer=pick,
            poll_interval_ms=poll_interval_ms,
        )
        layout = QVBoxLayout(container)
        layout.addWidget(bar)
        layout.addWidget(screen)
        qtbot.addWidget(container)
        container.resize(1100, 760)
        container.show()
        qtbot.waitExposed(container)
        station = Station(container, screen, bar, runner, bridge, printed, transfers)
        stations.append(station)
        station.idle(qtbot)
        return station

    yield make
    for station in stations:
        station.idle(qtbot)
        station.bridge.detach()
        station.runner.wait_for_done()


def sign_in(qtbot: QtBot, station: Station, number: int) -> None:
    """Choose the loket in the combo and press Masuk Loket."""
    combo = station.screen.counter_combo
    combo.setCurrentIndex(combo.findText(f"Loket {number} - ", Qt.MatchFlag.MatchStartsWith))
    click(qtbot, station.screen.sign_in_button)
    qtbot.waitUntil(lambda: station.screen.waiting_model.rowCount() > 0, timeout=TASK_TIMEOUT_MS)
    station.idle(qtbot)


def press(qtbot: QtBot, station: Station, action: Action) -> None:
    """Click an action button and wait for the change and the board to come back."""
    click(qtbot, station.screen.action_buttons[action])
    station.idle(qtbot)


def press_key(qtbot: QtBot, controller: AppController, screen: QueueScreen, action: Action) -> None:
    """Press the action's function key; the button flashes (animateClick) and then runs the action."""
    with qtbot.waitSignal(screen.action_buttons[action].clicked, timeout=TASK_TIMEOUT_MS):
        qtbot.keyClick(screen, ACTIONS[action].key)
    wait_idle(qtbot, controller)


def waiting(station: Station) -> dict[str, int]:
    return {w.service_code: w.waiting for w in station.screen.waiting_model.rows}


# --- pure helpers ----------------------------------------------------------------------------------------


def test_duration_text_reads_like_a_stopwatch() -> None:
    assert duration_text(None) == "–"
    assert duration_text(-3) == "00:00"
    assert duration_text(249) == "04:09"
    assert duration_text(3723) == "1:02:03"


def test_each_status_enables_only_its_valid_actions(office: Office) -> None:
    office.issue("AK1")
    called = office.core.queue.call_next(COMMAND_LINE, office.counters[1])
    assert called is not None
    assert valid_actions(None) == {Action.CALL_NEXT}
    assert valid_actions(called) == {
        Action.RECALL,
        Action.START,
        Action.NO_SHOW,
        Action.HOLD,
        Action.TRANSFER,
        Action.REPRINT,
    }
    serving = office.core.queue.start_serving(COMMAND_LINE, called.id)
    assert valid_actions(serving) == {Action.FINISH, Action.HOLD, Action.TRANSFER, Action.REPRINT}


# --- the whole window, function keys ------------------------------------------------------------------


def test_loket_1_calls_recalls_serves_and_finishes_with_the_function_keys(
    qtbot: QtBot, office: Office, clock: FixedClock, make_controller: Callable[..., AppController]
) -> None:
    office.issue("AK1")
    office.issue("AK1")
    clock.advance(minutes=12)
    controller = make_controller()
    main = login(qtbot, controller, "loket1", demo.DEMO_PASSWORD)
    assert main.screen_keys[:2] == ["home", "queue"]
    screen = main.show_screen("queue")
    assert isinstance(screen, QueueScreen)
    bar = main.findChild(MessageBar)
    assert bar is not None
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=TASK_TIMEOUT_MS)
    # GIVEN the clerk signs in to loket 1
    assert screen.counter_combo.currentText() == "Loket 1 - Kartu Kuning"
    assert not any(b.isEnabled() for b in screen.action_buttons.values())
    click(qtbot, screen.sign_in_button)
    qtbot.waitUntil(lambda: screen.waiting_model.rowCount() > 0, timeout=TASK_TIMEOUT_MS)
    wait_idle(qtbot, controller)
    assert [(w.service_code, w.waiting) for w in screen.waiting_model.rows] == [("AK1", 2)]
    assert screen.loket_label.text() == "Bertugas di Loket 1 - Kartu Kuning"
    assert screen.action_buttons[Action.CALL_NEXT].text() == "Panggil Berikutnya  (F2)"
    assert screen.action_buttons[Action.FINISH].text() == "Selesai  (F5)"

    # WHEN F2: A-001 is called at loket 1
    press_key(qtbot, controller, screen, Action.CALL_NEXT)
    assert screen.code_label.text() == "A-001"
    assert screen.status_badge.text() == "Dipanggil"
    stored = office.ticket("A-001")
    assert (stored.status, stored.counter_number) == (Status.CALLED, 1)
    assert office.calls_of("A-001") == ["call"]
    assert screen.waiting_time.text() == "12:00"
    assert screen.serving_time.text() == "–"
    assert {a for a, b in screen.action_buttons.items() if b.isEnabled()} == valid_actions(stored)
    assert [(w.service_code, w.waiting) for w in screen.waiting_model.rows] == [("AK1", 1)]

    # F3 recalls: a second call event for the display
    press_key(qtbot, controller, screen, Action.RECALL)
    assert office.calls_of("A-001") == ["call", "recall"]
    assert "A-001 dipanggil ulang" in bar.text

    # F4 starts serving; the serving clock runs with the clock, the waiting time stops at the start
    press_key(qtbot, controller, screen, Action.START)
    assert office.ticket("A-001").status is Status.SERVING
    assert screen.status_badge.text() == "Dilayani"
    assert screen.serving_time.text() == "00:00"
    clock.advance(minutes=3, seconds=5)
    qtbot.waitUntil(lambda: screen.serving_time.text() == "03:05", timeout=3000)
    assert screen.waiting_time.text() == "12:00"
    assert not screen.action_buttons[Action.CALL_NEXT].isEnabled()

    # F5 finishes: done, served; the loket is free again
    press_key(qtbot, controller, screen, Action.FINISH)
    stored = office.ticket("A-001")
    assert (stored.status, stored.outcome) == (Status.DONE, "served")
    assert screen.current is None
    assert screen.code_label.text() == "–"
    assert screen.serving_time.text() == "–"
    assert screen.action_buttons[Action.CALL_NEXT].isEnabled()
    assert not screen.action_buttons[Action.FINISH].isEnabled()


def test_a_verifikator_does_not_get_the_counter_screen(
    qtbot: QtBot, office: Office, make_controller: Callable[..., AppController]
) -> None:
    controller = make_controller()
    main = login(qtbot, controller, "verifikator", demo.DEMO_PASSWORD)
    assert "queue" not in main.screen_keys
    assert main.findChild(QueueScreen) is None


# --- one clerk's PC -------------------------------------------------------------------------------------


def test_the_station_loket_is_preselected(qtbot: QtBot, office: Office, open_station: Callable[..., Station]) -> None:
    station = open_station(office.core, "pengantar", counter_number=3)
    assert station.screen.counter_combo.currentText() == "Loket 3 - Hubungan Industrial"
    assert station.screen.counter_id is None
    assert not station.screen.board_widget.isVisible()


def test_no_show_then_reactivate_the_same_day(
    qtbot: QtBot, office: Office, open_station: Callable[..., Station]
) -> None:
    office.issue("AK1")
    station = open_station(office.core, "loket1")
    sign_in(qtbot, station, 1)
    press(qtbot, station, Action.CALL_NEXT)
    press(qtbot, station, Action.NO_SHOW)
    assert office.ticket("A-001").status is Status.NO_SHOW
    assert station.screen.current is None
    assert [t.code for t in station.screen.no_show_model.rows] == ["A-001"]
    assert waiting(station) == {"AK1": 0}
    assert "tidak hadir" in station.bar.text
    # the applicant comes back: Aktifkan Lagi puts the number back in the queue
    assert station.screen.reactivate_button.isEnabled()
    click(qtbot, station.screen.reactivate_button)
    station.idle(qtbot)
    stored = office.ticket("A-001")
    assert (stored.status, stored.outcome, stored.counter_number) == (Status.WAITING, None, None)
    assert station.screen.no_show_model.rows == []
    assert waiting(station) == {"AK1": 1}
    assert not station.screen.reactivate_button.isEnabled()


def test_hold_frees_the_loket_and_lanjutkan_calls_the_number_back(
    qtbot: QtBot, office: Office, open_station: Callable[..., Station]
) -> None:
    office.issue("AK1")
    office.issue("AK1", priority=True)
    station = open_station(office.core, "loket1")
    sign_in(qtbot, station, 1)
    press(qtbot, station, Action.CALL_NEXT)
    assert station.screen.code_label.text() == "A-002"  # priority first (the default rule)
    assert station.screen.priority_badge.isVisible()
    press(qtbot, station, Action.START)
    press(qtbot, station, Action.HOLD)
    assert office.ticket("A-002").status is Status.HELD
    assert [t.code for t in station.screen.held_model.rows] == ["A-002"]
    assert station.screen.current is None
    assert not station.screen.priority_badge.isVisible()
    # the loket is free: the next number can be called while A-002 fetches a copy
    assert station.enabled() == {Action.CALL_NEXT}
    press(qtbot, station, Action.CALL_NEXT)
    assert station.screen.code_label.text() == "A-001"
    assert not station.screen.resume_button.isEnabled()  # busy with A-001
    press(qtbot, station, Action.START)
    press(qtbot, station, Action.FINISH)
    # Lanjutkan calls the held number back to this loket
    assert station.screen.resume_button.isEnabled()
    click(qtbot, station.screen.resume_button)
    station.idle(qtbot)
    stored = office.ticket("A-002")
    assert (stored.status, stored.counter_number) == (Status.CALLED, 1)
    assert station.screen.code_label.text() == "A-002"
    assert station.screen.held_model.rows == []
    assert office.calls_of("A-002") == ["call", "recall"]


def test_transfer_to_a_service_of_loket_3_keeps_the_number(
    qtbot: QtBot, office: Office, open_station: Callable[..., Station]
) -> None:
    office.issue("AK1")
    pkwt = office.services["PKWT"]
    station = open_station(office.core, "loket1", transfer_to=TransferTarget(service_id=pkwt, label="layanan PKWT"))
    sign_in(qtbot, station, 1)
    press(qtbot, station, Action.CALL_NEXT)
    press(qtbot, station, Action.START)
    # WHEN Alihkan… (F8) sends it to PKWT
    press(qtbot, station, Action.TRANSFER)
    ticket, service_codes, loket_numbers = station.transfers[0]
    assert ticket.code == "A-001"
    assert "PKWT" in service_codes and "AK1" not in service_codes
    assert loket_numbers == [2, 3, 4]
    # THEN the number is the same, it waits for PKWT, and loket 1 is free
    stored = office.ticket("A-001")
    assert (stored.code, stored.service_code, stored.status) == ("A-001", "PKWT", Status.WAITING)
    assert stored.serving_started_at is None
    assert station.screen.current is None
    assert "A-001 dialihkan ke layanan PKWT" in station.bar.text
    board = office.core.queue.counter_board(COMMAND_LINE, office.counters[3])
    assert {w.service_code: w.waiting for w in board.waiting}["PKWT"] == 1
    # and loket 3's screen sees it and calls it under its old number
    loket3 = open_station(office.core, "pengantar", counter_number=3)
    sign_in(qtbot, loket3, 3)
    assert waiting(loket3)["PKWT"] == 1
    press(qtbot, loket3, Action.CALL_NEXT)
    assert loket3.screen.code_label.text() == "A-001"
    assert office.ticket("A-001").counter_number == 3


def test_transfer_to_another_loket(qtbot: QtBot, office: Office, open_station: Callable[..., Station]) -> None:
    office.issue("AK1")
    station = open_station(office.core, "loket1", transfer_to=TransferTarget(counter_id=office.counters[4]))
    sign_in(qtbot, station, 1)
    press(qtbot, station, Action.CALL_NEXT)
    press(qtbot, station, Action.TRANSFER)
    stored = office.ticket("A-001")
    assert (stored.code, stored.status, stored.target_counter_number) == ("A-001", Status.WAITING, 4)
    board = office.core.queue.counter_board(COMMAND_LINE, office.counters[4])
    assert {w.service_code: w.waiting for w in board.waiting}["LOKET"] == 1


def test_reprint_sends_the_slip_with_the_same_number_to_the_printer(
    qtbot: QtBot, office: Office, open_station: Callable[..., Station]
) -> None:
    office.issue("AK1")
    station = open_station(office.core, "loket1")
    sign_in(qtbot, station, 1)
    assert not station.screen.action_buttons[Action.REPRINT].isEnabled()
    press(qtbot, station, Action.CALL_NEXT)
    press(qtbot, station, Action.REPRINT)
    assert [s.code for s in station.printed] == ["A-001"]
    assert "Karcis A-001 dicetak ulang" in station.bar.text


def test_the_transfer_dialog_offers_services_and_lokets(qtbot: QtBot, office: Office) -> None:
    office.issue("AK1")
    ticket = office.core.queue.call_next(COMMAND_LINE, office.counters[1])
    assert ticket is not None
    services = [s for s in office.core.catalogue.list_services(COMMAND_LINE) if s.code in ("PKWT", "BKK")]
    counters = [c for c in office.core.counters.list_counters(COMMAND_LINE) if c.number != 1]
    dialog = TransferDialog(ticket, services, counters)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Alihkan Nomor A-001"
    assert dialog.to_service.isChecked() and not dialog.counter_combo.isEnabled()
    dialog.service_combo.setCurrentIndex(dialog.service_combo.findText("PKWT - ", Qt.MatchFlag.MatchStartsWith))
    assert dialog.target() == TransferTarget(service_id=office.services["PKWT"], label="layanan PKWT")
    dialog.to_counter.setChecked(True)
    dialog.counter_combo.setCurrentIndex(1)
    target = dialog.target()
    assert target is not None and target.counter_id == office.counters[3] and target.service_id is None


# --- two PCs on one store ----------------------------------------------------------------------------


def test_a_second_clerk_cannot_take_the_ticket_loket_1_holds(
    qtbot: QtBot, office: Office, make_core: Callable[..., Core], open_station: Callable[..., Station]
) -> None:
    # Two PCs: each has its own core (and change hub) on the same store, as in the office.
    other_pc = make_core()
    office.issue("AK1")
    loket1 = open_station(office.core, "loket1")
    loket2 = open_station(other_pc, "loket2")  # loket 2 serves AK1 too; its screen only polls (slowly here)
    sign_in(qtbot, loket1, 1)
    sign_in(qtbot, loket2, 2)
    # loket 2 calls A-001, nobody comes: it is in loket 2's no-show list
    press(qtbot, loket2, Action.CALL_NEXT)
    press(qtbot, loket2, Action.NO_SHOW)
    assert [t.code for t in loket2.screen.no_show_model.rows] == ["A-001"]
    # the applicant turns up at loket 1: reactivated there, called and held at loket 1
    clerk1 = office.core.auth.login("loket1", demo.DEMO_PASSWORD)
    office.core.queue.reactivate(clerk1, office.ticket("A-001").id)
    press(qtbot, loket1, Action.CALL_NEXT)
    press(qtbot, loket1, Action.HOLD)
    assert (office.ticket("A-001").status, office.ticket("A-001").counter_number) == (Status.HELD, 1)
    # loket 2's screen has not polled yet and still offers Aktifkan Lagi for A-001
    assert [t.code for t in loket2.screen.no_show_model.rows] == ["A-001"]
    before = store.snapshot(office.core.engine)

    click(qtbot, loket2.screen.reactivate_button)
    loket2.idle(qtbot)

    # THEN the guarded update refuses: a plain message, nothing stored, the board read again
    assert loket2.bar.level == "error"
    assert "A-001" in loket2.bar.text and "Ditahan" in loket2.bar.text
    assert store.diff(before, store.snapshot(office.core.engine)) == {}
    assert loket2.screen.no_show_model.rows == []
    # and calling the next number at loket 2 does not take it either
    press(qtbot, loket2, Action.CALL_NEXT)
    assert loket2.screen.current is None
    assert "Tidak ada nomor yang menunggu" in loket2.bar.text
    assert store.diff(before, store.snapshot(office.core.engine)) == {}
    assert (office.ticket("A-001").status, office.ticket("A-001").counter_number) == (Status.HELD, 1)
    assert [t.code for t in loket1.screen.held_model.rows] == ["A-001"]


def test_the_board_follows_tickets_issued_on_another_pc(
    qtbot: QtBot, office: Office, make_core: Callable[..., Core], open_station: Callable[..., Station]
) -> None:
    counter_pc = make_core()
    station = open_station(counter_pc, "loket1", poll_interval_ms=200)
    sign_in(qtbot, station, 1)
    assert waiting(station) == {"AK1": 0}
    # the kiosk is another PC: its change hub never reaches this screen, the poll does
    office.issue("AK1")
    office.issue("AK1")
    qtbot.waitUntil(lambda: waiting(station) == {"AK1": 2}, timeout=TASK_TIMEOUT_MS)
    assert station.screen.total_label.text() == "Jumlah menunggu: 2 orang"
