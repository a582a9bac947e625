"""The queue on both engines: numbering, kiosk rules, call-next with the priority rule, every guarded change."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from sqlalchemy import event, func, select
from support import store

from counter_app import demo
from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.db import models
from counter_app.errors import Conflict, PermissionDenied, UserError
from counter_app.roles import COMMAND_LINE, Principal
from counter_app.tickets import (
    OFFICE_NAME,
    Outcome,
    PriorityMode,
    QueueService,
    QueueSettings,
    SlipData,
    Status,
    TicketInfo,
    ticket_code,
)

WED = dt.date(2026, 11, 25)
THU = dt.date(2026, 11, 26)
NOW = dt.datetime.combine(WED, dt.time(9, 0))  # Wednesday 09:00: a working day, the office open


@dataclass
class Office:
    """demo.seed on this test's store: loket 1 serves AK1; loket 2 BKK, CPMI, AK1; loket 3 the HI services."""

    core: Core
    clock: FixedClock
    services: dict[str, uuid.UUID]
    lokets: dict[int, uuid.UUID]
    clerk1: Principal
    clerk2: Principal

    @property
    def q(self) -> QueueService:
        return self.core.queue

    def take(self, code: str = "AK1", *, priority: bool = False, printed: bool = True) -> SlipData:
        """A number from the kiosk; its slip confirmed printed unless ``printed`` is False."""
        slip = self.q.issue_ticket(self.services[code], priority=priority)
        if printed:
            self.q.confirm_printed(slip.ticket_id)
        return slip

    def call(self, loket: int, clerk: Principal | None = None) -> TicketInfo:
        info = self.q.call_next(clerk or self.clerk1, self.lokets[loket])
        assert info is not None, f"nobody waits for loket {loket}"
        return info

    def serve(self, ticket_id: uuid.UUID, clerk: Principal | None = None) -> TicketInfo:
        """Start and finish serving a called ticket (frees its loket)."""
        self.q.start_serving(clerk or self.clerk1, ticket_id)
        return self.q.finish(clerk or self.clerk1, ticket_id)

    def call_order(self, loket: int) -> list[str]:
        """Call, serve and finish at ``loket`` until nobody waits; the codes in call order."""
        codes = []
        while (info := self.q.call_next(self.clerk1, self.lokets[loket])) is not None:
            codes.append(info.code)
            self.serve(info.id)
        return codes

    def ticket(self, ticket_id: uuid.UUID) -> TicketInfo:
        return self.q.ticket(COMMAND_LINE, ticket_id)

    def rows(self, model: type[models.Base], **where: object) -> int:
        with self.core.engine.connect() as conn:
            stmt = select(func.count()).select_from(model)
            for name, value in where.items():
                stmt = stmt.where(getattr(model, name) == value)
            return int(conn.scalar(stmt) or 0)


@pytest.fixture
def office(core: Core, clock: FixedClock) -> Office:
    clock.set(NOW)
    demo.seed(core)
    return Office(
        core,
        clock,
        {s.code: s.id for s in core.catalogue.list_services(COMMAND_LINE)},
        {c.number: c.id for c in core.counters.list_counters(COMMAND_LINE)},
        core.auth.login("loket1", demo.DEMO_PASSWORD),
        core.auth.login("loket2", demo.DEMO_PASSWORD),
    )


def unchanged(office: Office, action: Callable[[], object], error: type[Exception], match: str | None = None) -> str:
    """Run ``action``, expect ``error``, and check the store did not change at all; returns the message."""
    before = store.snapshot(office.core.engine)
    with pytest.raises(error, match=match) as info:
        action()
    after = store.snapshot(office.core.engine)
    assert after == before, store.diff(before, after)
    return str(info.value)


# --- numbering ---------------------------------------------------------------------------------------------------


def test_numbers_count_per_service_with_prefix_and_padding(office: Office) -> None:
    codes = [office.take(code).code for code in ("AK1", "AK1", "BKK", "AK1", "BKK", "LKS")]
    assert codes == ["A-001", "A-002", "B-001", "A-003", "B-002", "LB-001"]
    assert (ticket_code("A", 7), ticket_code("LB", 42), ticket_code("A", 1000)) == ("A-007", "LB-042", "A-1000")


def test_the_slip_carries_what_the_applicant_needs(office: Office) -> None:
    office.take()
    office.take()
    office.take(printed=False)  # not waiting yet: not counted ahead
    office.clock.advance(minutes=1)
    slip = office.take(priority=True, printed=False)
    assert (slip.office, slip.code, slip.priority, slip.issued_at) == (
        OFFICE_NAME,
        "A-004",
        True,
        NOW.replace(minute=1),
    )
    assert slip.service_title == office.core.catalogue.get_service(COMMAND_LINE, office.services["AK1"]).summary.title
    assert slip.waiting_ahead == 2
    assert slip.estimated_wait_minutes == 10  # 2 ahead x 10 minutes / 2 loket serving AK1
    assert slip.qr_payload == f"TIKET:{slip.ticket_id}"
    assert slip.width_mm == 80
    assert office.ticket(slip.ticket_id).status is Status.ISSUED


def test_numbers_restart_each_day_and_history_is_kept(office: Office) -> None:
    wed = [office.take().ticket_id for _ in range(3)]
    office.clock.set(dt.datetime.combine(THU, dt.time(8, 30)))
    thu = office.take()
    assert thu.code == "A-001"
    assert [t.code for t in office.q.tickets_of_day(COMMAND_LINE, WED)] == ["A-001", "A-002", "A-003"]
    assert [t.code for t in office.q.tickets_of_day(COMMAND_LINE)] == ["A-001"]
    assert office.rows(models.Ticket, number=1, origin_service_id=office.services["AK1"]) == 2
    # Yesterday's waiting tickets are history: today's loket calls today's number.
    assert office.call(1).id == thu.ticket_id
    assert office.q.call_next(office.clerk2, office.lokets[2]) is None
    assert {office.ticket(t).status for t in wed} == {Status.WAITING}


# --- the kiosk refuses, saying why ------------------------------------------------------------------------------


def test_daily_quota_refuses_with_the_reason(office: Office) -> None:
    office.q.set_service_rules(
        COMMAND_LINE, office.services["AK1"], daily_quota=2, cutoff_time=None, avg_service_minutes=10
    )
    office.take()
    office.take(printed=False)  # a number taken counts, printed or not
    message = unchanged(office, lambda: office.take(), UserError, "Kuota harian")
    assert message == "Kuota harian layanan ini (2 nomor) sudah habis. Silakan datang besok."
    menu = {m.code: m.closed_reason for m in office.q.kiosk_menu()}
    assert menu["AK1"] == message
    assert menu["BKK"] is None
    assert office.take("BKK").code == "B-001"  # other services are not affected


def test_cutoff_time_refuses_with_the_reason(office: Office) -> None:
    office.q.set_service_rules(
        COMMAND_LINE, office.services["BKK"], daily_quota=None, cutoff_time=dt.time(14, 0), avg_service_minutes=10
    )
    office.clock.set(dt.datetime.combine(WED, dt.time(13, 59)))
    assert office.take("BKK").code == "B-001"
    office.clock.set(dt.datetime.combine(WED, dt.time(14, 0)))
    message = unchanged(office, lambda: office.take("BKK"), UserError)
    assert "ditutup pukul 14.00" in message
    assert {m.code: m.closed_reason for m in office.q.kiosk_menu()}["BKK"] == message
    assert office.take("AK1").code == "A-001"


@pytest.mark.parametrize(
    ("when", "fragment"),
    [
        (dt.datetime.combine(WED, dt.time(7, 45)), "belum dibuka"),
        (dt.datetime.combine(WED, dt.time(12, 15)), "istirahat"),
        (dt.datetime(2026, 11, 27, 11, 45), "salat Jumat"),
        (dt.datetime.combine(WED, dt.time(15, 30)), "sudah ditutup"),
        (dt.datetime(2026, 12, 24, 9, 0), "Cuti Bersama Hari Raya Natal"),
    ],
)
def test_the_office_closed_refuses_every_service(office: Office, when: dt.datetime, fragment: str) -> None:
    office.clock.set(when)
    message = unchanged(office, lambda: office.take(), UserError, fragment)
    assert {m.closed_reason for m in office.q.kiosk_menu()} == {message}


def test_a_local_day_off_closes_the_kiosk(office: Office) -> None:
    office.q.set_day_off(COMMAND_LINE, WED, "Hari Jadi Kabupaten Mojokerto")
    unchanged(office, lambda: office.take(), UserError, "libur kantor: Hari Jadi Kabupaten Mojokerto")
    office.q.remove_day_off(COMMAND_LINE, WED)
    assert office.take().code == "A-001"


def test_a_service_without_an_active_loket_is_refused(office: Office) -> None:
    core = office.core
    # Loket 1 (AK1 only) switched off, loket 2 no longer serves AK1.
    core.counters.save_counter(
        COMMAND_LINE,
        counter_id=office.lokets[1],
        number=1,
        name="Loket 1",
        active=False,
        service_ids=[office.services["AK1"]],
    )
    core.counters.save_counter(
        COMMAND_LINE,
        counter_id=office.lokets[2],
        number=2,
        name="Loket 2",
        active=True,
        service_ids=[office.services["BKK"]],
    )
    message = unchanged(office, lambda: office.take("AK1"), UserError, "Belum ada loket")
    assert {m.code: m.closed_reason for m in office.q.kiosk_menu()}["AK1"] == message
    assert office.take("BKK").code == "B-001"


def test_a_service_not_on_the_kiosk_is_refused(office: Office) -> None:
    internal = office.services["SRTMASUK"]  # not a public service: no ticket prefix
    unchanged(office, lambda: office.q.issue_ticket(internal), UserError, "tidak tersedia di kios")


# --- printed, then queued --------------------------------------------------------------------------------------


def test_a_ticket_whose_slip_is_not_confirmed_is_never_called(office: Office) -> None:
    unprinted = office.take(printed=False)
    printed = office.take()
    urgent_unprinted = office.take(priority=True, printed=False)
    assert office.call_order(1) == [printed.code]
    assert office.q.call_next(office.clerk2, office.lokets[2]) is None
    assert office.ticket(unprinted.ticket_id).status is Status.ISSUED
    assert office.ticket(urgent_unprinted.ticket_id).status is Status.ISSUED
    assert office.rows(models.CallEvent, ticket_id=unprinted.ticket_id) == 0

    # The printer failed: the number stays in history as cancelled and is still never called.
    office.q.cancel_unprinted(unprinted.ticket_id, "Kertas habis")
    info = office.ticket(unprinted.ticket_id)
    assert (info.status, info.outcome, info.finished_at) == (Status.CANCELLED, Outcome.CANCELLED.value, NOW)
    unchanged(office, lambda: office.q.confirm_printed(unprinted.ticket_id), Conflict, "Batal")
    # Printed at last: it joins the queue.
    office.q.confirm_printed(urgent_unprinted.ticket_id)
    assert office.call_order(1) == [urgent_unprinted.code]
    assert [t.code for t in office.q.tickets_of_day(COMMAND_LINE)] == ["A-001", "A-002", "A-003"]


# --- call next and the priority rule ---------------------------------------------------------------------------


def test_priority_first_calls_every_priority_ticket_before_normal_ones(office: Office) -> None:
    assert office.q.settings().priority_mode is PriorityMode.FIRST
    for priority in (False, False, True, False, True):
        office.take(priority=priority)
        office.clock.advance(seconds=30)
    assert office.call_order(1) == ["A-003", "A-005", "A-001", "A-002", "A-004"]


def test_alternate_calls_one_priority_after_n_normal(office: Office) -> None:
    office.q.save_settings(COMMAND_LINE, QueueSettings(priority_mode=PriorityMode.ALTERNATE, priority_every=2))
    for priority in (False, False, False, False, False, True, True):  # A-001..A-005 normal, A-006, A-007 priority
        office.take(priority=priority)
        office.clock.advance(seconds=30)
    assert office.call_order(1) == ["A-001", "A-002", "A-006", "A-003", "A-004", "A-007", "A-005"]


def test_alternate_falls_back_when_one_lane_is_empty(office: Office) -> None:
    office.q.save_settings(COMMAND_LINE, QueueSettings(priority_mode=PriorityMode.ALTERNATE, priority_every=3))
    for _ in range(3):
        office.take(priority=True)
    assert office.call_order(1) == ["A-001", "A-002", "A-003"]  # no normal ticket waits: priority goes on


def test_call_next_refuses_while_the_loket_has_a_current_ticket(office: Office) -> None:
    first = office.take()
    office.take()
    called = office.call(1)
    assert (called.id, called.status, called.counter_number, called.call_count) == (
        first.ticket_id,
        Status.CALLED,
        1,
        1,
    )
    unchanged(office, lambda: office.call(1), UserError, "A-001 masih di loket ini")
    office.q.start_serving(office.clerk1, first.ticket_id)
    unchanged(office, lambda: office.call(1), UserError, "A-001 masih di loket ini")
    office.q.finish(office.clerk1, first.ticket_id)
    assert office.call(1).code == "A-002"


def test_call_next_with_nobody_waiting_returns_none_and_changes_nothing(office: Office) -> None:
    before = store.snapshot(office.core.engine)
    assert office.q.call_next(office.clerk1, office.lokets[1]) is None
    assert store.snapshot(office.core.engine) == before


def test_two_lokets_never_get_the_same_ticket(office: Office) -> None:
    a, b = office.take(), office.take()
    first, second = office.call(1), office.call(2, office.clerk2)
    assert (first.id, second.id) == (a.ticket_id, b.ticket_id)
    assert (first.counter_number, second.counter_number) == (1, 2)


def test_call_next_issues_a_pinned_number_of_statements_and_records_everything(office: Office) -> None:
    # Each statement is a network round trip on PostgreSQL, and round trips were what made back-to-back
    # call-next miss its 25 ms p99 (bench/queue.py). A change that adds one must fail here, on purpose.
    office.q.save_settings(COMMAND_LINE, QueueSettings(priority_mode=PriorityMode.ALTERNATE, priority_every=1))
    normal = office.take()
    urgent = office.take(priority=True)
    engine = office.core.engine
    statements: list[str] = []
    transactions: list[str] = []

    def on_statement(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement.split()[0].upper())

    def on_begin(_conn: object) -> None:
        transactions.append("begin")

    def on_commit(_conn: object) -> None:
        transactions.append("commit")

    hooks: dict[str, Callable[..., object]] = {
        "before_cursor_execute": on_statement,
        "begin": on_begin,
        "commit": on_commit,
    }

    def counting(action: Callable[[], TicketInfo]) -> TicketInfo:
        statements.clear()
        transactions.clear()
        for name, hook in hooks.items():
            event.listen(engine, name, hook)
        try:
            return action()
        finally:
            for name, hook in hooks.items():
                event.remove(engine, name, hook)

    def call_counting(loket: int) -> TicketInfo:
        return counting(functools.partial(office.call, loket))

    first = call_counting(1)
    expected = {
        # Lock the loket and read the settings; then call, record both events, bump the loket, NOTIFY: one CTE.
        "postgresql": ["SELECT", "WITH"],
        # BEGIN IMMEDIATE serialises writers; local statements, no network: the plain sequence.
        "sqlite": ["BEGIN", "SELECT", "UPDATE", "INSERT", "INSERT", "UPDATE"],
    }[office.core.store_kind]
    assert statements == expected
    assert transactions == ["begin", "commit"]

    # Everything the call must leave behind, read back from the store.
    assert (first.id, first.status, first.counter_number, first.call_count) == (normal.ticket_id, Status.CALLED, 1, 1)
    assert (first.service_code, first.called_at, first.target_counter_number) == ("AK1", NOW, None)
    with engine.connect() as conn:
        ticket = conn.execute(select(models.Ticket).where(models.Ticket.id == first.id)).one()
        [ticket_event] = conn.execute(
            select(models.TicketEvent).where(
                models.TicketEvent.ticket_id == first.id, models.TicketEvent.kind == "call"
            )
        ).all()
        [call] = conn.execute(select(models.CallEvent).where(models.CallEvent.ticket_id == first.id)).all()
        since = conn.scalar(select(models.Counter.normal_since_priority).where(models.Counter.id == office.lokets[1]))
    assert (ticket.status, ticket.counter_id, ticket.clerk_id, ticket.called_at) == (
        "called",
        office.lokets[1],
        office.clerk1.user_id,
        NOW,
    )
    assert (ticket_event.from_status, ticket_event.to_status, ticket_event.counter_id, ticket_event.user_id) == (
        "waiting",
        "called",
        office.lokets[1],
        office.clerk1.user_id,
    )
    assert ticket_event.detail == {} and ticket_event.at == NOW
    assert (call.code, call.counter_id, call.counter_number, call.kind, call.at) == (
        "A-001",
        office.lokets[1],
        1,
        "call",
        NOW,
    )
    assert since == 1  # one normal ticket since the last priority one: with priority_every=1 the lane turns

    # Serving moves (start, finish, no-show, hold, ...): read the state, guarded UPDATE ... RETURNING, the event.
    started = counting(functools.partial(office.q.start_serving, office.clerk1, first.id))
    begin = ["BEGIN"] if office.core.store_kind == "sqlite" else []  # SQLite's BEGIN IMMEDIATE is a statement
    assert statements == [*begin, "SELECT", "UPDATE", "INSERT"]
    assert (started.status, started.counter_number, started.serving_started_at) == (Status.SERVING, 1, NOW)
    office.q.finish(office.clerk1, first.id)
    second = call_counting(1)
    assert statements == expected
    assert (second.id, second.priority) == (urgent.ticket_id, True)
    with engine.connect() as conn:
        assert (
            conn.scalar(select(models.Counter.normal_since_priority).where(models.Counter.id == office.lokets[1])) == 0
        )


# --- recall, serve, finish -----------------------------------------------------------------------------------


def test_recall_adds_a_second_call_event_and_moves_called_at(office: Office) -> None:
    slip = office.take()
    office.clock.advance(minutes=3)
    office.call(1)
    office.clock.advance(minutes=2)
    again = office.q.recall(office.clerk1, slip.ticket_id)
    assert (again.status, again.call_count, again.called_at) == (Status.CALLED, 2, NOW + dt.timedelta(minutes=5))
    calls = office.q.calls_since(NOW)
    assert [(c.code, c.counter_number, c.kind, c.at - NOW) for c in calls] == [
        ("A-001", 1, "call", dt.timedelta(minutes=3)),
        ("A-001", 1, "recall", dt.timedelta(minutes=5)),
    ]
    assert office.q.calls_since(NOW + dt.timedelta(minutes=4)) == calls[1:]
    snapshot = office.q.display_snapshot()
    assert {(s.number, s.current_code) for s in snapshot.lokets} == {(1, "A-001"), (2, None), (3, None), (4, None)}
    assert [c.kind for c in snapshot.recent] == ["recall", "call"]  # newest first


def test_start_serving_then_finish(office: Office) -> None:
    slip = office.take()
    office.call(1)
    office.clock.advance(minutes=4)
    serving = office.q.start_serving(office.clerk1, slip.ticket_id)
    assert (serving.status, serving.serving_started_at) == (Status.SERVING, NOW + dt.timedelta(minutes=4))
    assert office.q.counter_board(office.clerk1, office.lokets[1]).current == serving
    office.clock.advance(minutes=11)
    done = office.q.finish(office.clerk1, slip.ticket_id)
    assert (done.status, done.outcome, done.finished_at) == (
        Status.DONE,
        Outcome.SERVED.value,
        NOW + dt.timedelta(minutes=15),
    )
    assert office.q.counter_board(office.clerk1, office.lokets[1]).current is None
    # "Berkas belum lengkap" is the other way to finish; a no-show is not a finish.
    other = office.take()
    office.call(1)
    office.q.start_serving(office.clerk1, other.ticket_id)
    unchanged(office, lambda: office.q.finish(office.clerk1, other.ticket_id, Outcome.NO_SHOW), UserError)
    assert office.q.finish(office.clerk1, other.ticket_id, Outcome.INCOMPLETE).outcome == "incomplete"


# --- no-show and reactivate ---------------------------------------------------------------------------------------


def test_no_show_then_reactivate_the_same_day_keeps_the_place(office: Office) -> None:
    late = office.take()
    office.clock.advance(minutes=1)
    later = office.take()
    office.call(1)
    office.clock.advance(minutes=5)
    gone = office.q.no_show(office.clerk1, late.ticket_id)
    assert (gone.status, gone.outcome, gone.finished_at) == (
        Status.NO_SHOW,
        Outcome.NO_SHOW.value,
        NOW + dt.timedelta(minutes=6),
    )
    board = office.q.counter_board(office.clerk1, office.lokets[1])
    assert (board.current, [t.code for t in board.no_shows]) == (None, ["A-001"])

    back = office.q.reactivate(office.clerk1, late.ticket_id)
    assert (back.status, back.outcome, back.finished_at, back.counter_number, back.code) == (
        Status.WAITING,
        None,
        None,
        None,
        "A-001",
    )
    # Its place is its issue time: ahead of A-002, at any loket serving AK1.
    assert office.call(2, office.clerk2).id == late.ticket_id
    assert office.call(1).id == later.ticket_id


def test_a_reactivated_ticket_sent_to_a_loket_stays_there_and_its_calls_add_up(office: Office) -> None:
    slip = office.take("AK1")
    office.call(1)
    office.q.transfer(office.clerk1, slip.ticket_id, to_counter_id=office.lokets[3])
    office.call(3, office.clerk2)
    office.q.no_show(office.clerk2, slip.ticket_id)
    back = office.q.reactivate(office.clerk2, slip.ticket_id)
    assert back.target_counter_number == 3  # not back in the general AK1 queue
    assert office.q.call_next(office.clerk1, office.lokets[1]) is None
    again = office.call(3, office.clerk2)
    assert (again.id, again.call_count) == (slip.ticket_id, 3)


def test_reactivate_is_refused_on_another_day(office: Office) -> None:
    slip = office.take()
    office.call(1)
    office.q.no_show(office.clerk1, slip.ticket_id)
    office.clock.set(dt.datetime.combine(THU, dt.time(9, 0)))
    unchanged(office, lambda: office.q.reactivate(office.clerk1, slip.ticket_id), UserError, "dari hari lain")
    assert office.ticket(slip.ticket_id).status is Status.NO_SHOW


# --- transfer and hold -----------------------------------------------------------------------------------------


def test_transfer_to_another_service_keeps_the_number_and_the_place(office: Office) -> None:
    slip = office.take("AK1")
    office.clock.advance(minutes=1)
    bkk = [office.take("BKK") for _ in range(2)]
    office.call(1)
    office.clock.advance(minutes=2)
    moved = office.q.transfer(office.clerk1, slip.ticket_id, to_service_id=office.services["BKK"])
    assert (moved.code, moved.status, moved.service_code, moved.issued_at, moved.counter_number) == (
        "A-001",
        Status.WAITING,
        "BKK",
        NOW,
        None,
    )
    # Loket 1 serves only AK1: nothing for it now. Loket 2 serves BKK and calls A-001 before B-001 and B-002.
    assert office.q.call_next(office.clerk1, office.lokets[1]) is None
    assert office.call(2, office.clerk2).code == "A-001"
    office.serve(slip.ticket_id, office.clerk2)
    assert office.call(2, office.clerk2).id == bkk[0].ticket_id
    [times] = [t for t in office.q.ticket_times(COMMAND_LINE, WED) if t.ticket_id == slip.ticket_id]
    assert (times.code, times.service_code, times.transferred, times.outcome) == ("A-001", "BKK", True, "served")


def test_transfer_to_a_loket_only_that_loket_calls_it(office: Office) -> None:
    slip = office.take("AK1")
    office.take("AK1")
    office.call(1)
    office.q.start_serving(office.clerk1, slip.ticket_id)
    moved = office.q.transfer(office.clerk1, slip.ticket_id, to_counter_id=office.lokets[3])
    assert (moved.status, moved.target_counter_number, moved.code, moved.serving_started_at) == (
        Status.WAITING,
        3,
        "A-001",
        None,
    )
    board = office.q.counter_board(office.clerk2, office.lokets[3])
    assert [(w.service_code, w.waiting) for w in board.waiting if w.waiting] == [("LOKET", 1)]
    # Loket 2 serves AK1 but gets the next AK1 ticket, not the one sent to loket 3; loket 1 nothing.
    assert office.call(2, office.clerk2).code == "A-002"
    assert office.q.call_next(office.clerk1, office.lokets[1]) is None
    assert office.call(3, office.clerk2).id == slip.ticket_id


def test_transfer_needs_exactly_one_new_place(office: Office) -> None:
    slip = office.take()
    office.call(1)
    q, clerk = office.q, office.clerk1
    unchanged(office, lambda: q.transfer(clerk, slip.ticket_id), UserError, "tepat satu tujuan")
    unchanged(
        office,
        lambda: q.transfer(clerk, slip.ticket_id, to_service_id=office.services["BKK"], to_counter_id=office.lokets[2]),
        UserError,
        "tepat satu tujuan",
    )
    unchanged(office, lambda: q.transfer(clerk, slip.ticket_id, to_service_id=office.services["AK1"]), UserError)
    unchanged(office, lambda: q.transfer(clerk, slip.ticket_id, to_counter_id=office.lokets[1]), UserError)


def test_hold_frees_the_loket_and_resume_calls_again(office: Office) -> None:
    held = office.take()
    office.take()
    office.call(1)
    parked = office.q.hold(office.clerk1, held.ticket_id)
    assert (parked.status, parked.counter_number) == (Status.HELD, 1)
    assert [t.code for t in office.q.counter_board(office.clerk1, office.lokets[1]).held] == ["A-001"]
    office.clock.advance(minutes=1)
    second = office.call(1)  # the loket is free while A-001 is held
    assert second.code == "A-002"
    unchanged(office, lambda: office.q.resume(office.clerk1, held.ticket_id), UserError, "Selesaikan dulu nomor A-002")
    office.serve(second.id)
    office.clock.advance(minutes=7)
    back = office.q.resume(office.clerk1, held.ticket_id)
    assert (back.status, back.call_count, back.called_at) == (Status.CALLED, 2, NOW + dt.timedelta(minutes=8))
    assert [(c.code, c.kind) for c in office.q.calls_since(NOW)] == [
        ("A-001", "call"),
        ("A-002", "call"),
        ("A-001", "recall"),
    ]
    assert office.serve(held.ticket_id).status is Status.DONE


# --- every invalid transition is a Conflict and changes nothing -------------------------------------------------


def _to_state(office: Office, state: Status) -> uuid.UUID:
    """A ticket at loket 1 in ``state`` (the loket left busy only where the state means it)."""
    q, clerk = office.q, office.clerk1
    if state is Status.ISSUED:
        return office.take(printed=False).ticket_id
    slip = office.take()
    if state is Status.WAITING:
        return slip.ticket_id
    office.call(1)
    if state is Status.SERVING or state is Status.DONE:
        q.start_serving(clerk, slip.ticket_id)
    if state is Status.DONE:
        q.finish(clerk, slip.ticket_id)
    if state is Status.NO_SHOW:
        q.no_show(clerk, slip.ticket_id)
    if state is Status.HELD:
        q.hold(clerk, slip.ticket_id)
    return slip.ticket_id


ACTIONS: dict[str, Callable[[Office, uuid.UUID], object]] = {
    "confirm_printed": lambda o, t: o.q.confirm_printed(t),
    "cancel_unprinted": lambda o, t: o.q.cancel_unprinted(t, "uji"),
    "recall": lambda o, t: o.q.recall(o.clerk1, t),
    "start_serving": lambda o, t: o.q.start_serving(o.clerk1, t),
    "finish": lambda o, t: o.q.finish(o.clerk1, t),
    "no_show": lambda o, t: o.q.no_show(o.clerk1, t),
    "reactivate": lambda o, t: o.q.reactivate(o.clerk1, t),
    "hold": lambda o, t: o.q.hold(o.clerk1, t),
    "resume": lambda o, t: o.q.resume(o.clerk1, t),
    "transfer": lambda o, t: o.q.transfer(o.clerk1, t, to_service_id=o.services["BKK"]),
}
# What each state allows; everything else must be refused with Conflict.
ALLOWED = {
    Status.ISSUED: {"confirm_printed", "cancel_unprinted"},
    Status.WAITING: set(),
    Status.CALLED: {"recall", "start_serving", "no_show", "hold", "transfer"},
    Status.SERVING: {"finish", "hold", "transfer"},
    Status.HELD: {"resume", "transfer"},
    Status.DONE: set(),
    Status.NO_SHOW: {"reactivate"},
    Status.CANCELLED: set(),
}
# Refused before the guarded update, by a rule that is not about the ticket's status.
# The loket is busy with this very ticket.
NOT_CONFLICT = {(Status.CALLED, "resume"): UserError, (Status.SERVING, "resume"): UserError}


def test_the_transition_table_covers_every_status_and_action() -> None:
    assert set(ALLOWED) == set(Status)
    assert set().union(*ALLOWED.values()) <= set(ACTIONS)


@pytest.mark.parametrize("state", [s for s in Status if s is not Status.CANCELLED], ids=str)
def test_every_invalid_transition_is_a_conflict_and_changes_nothing(office: Office, state: Status) -> None:
    ticket_id = _to_state(office, state)
    assert office.ticket(ticket_id).status is state
    refused = [name for name in ACTIONS if name not in ALLOWED[state]]
    assert refused
    for name in refused:
        error = NOT_CONFLICT.get((state, name), Conflict)
        message = unchanged(office, functools.partial(ACTIONS[name], office, ticket_id), error)
        assert message, name
        if error is Conflict and "berstatus" in message:
            assert f"'{office.ticket(ticket_id).status_label}'" in message, (name, message)
    assert office.ticket(ticket_id).status is state


def test_a_cancelled_ticket_accepts_nothing(office: Office) -> None:
    slip = office.take(printed=False)
    office.q.cancel_unprinted(slip.ticket_id, "Printer macet")
    for name, action in ACTIONS.items():
        unchanged(office, functools.partial(action, office, slip.ticket_id), Conflict)
        assert office.ticket(slip.ticket_id).status is Status.CANCELLED, name


@pytest.mark.parametrize("state", [Status.CALLED, Status.SERVING, Status.HELD, Status.NO_SHOW, Status.ISSUED], ids=str)
def test_every_allowed_transition_really_moves_the_ticket(office: Office, state: Status) -> None:
    # Positive control for the table above: each allowed action, from a fresh ticket in that state, succeeds.
    for name in sorted(ALLOWED[state]):
        if office.q.counter_board(office.clerk1, office.lokets[1]).current is not None:
            current = office.q.counter_board(office.clerk1, office.lokets[1]).current
            assert current is not None
            office.q.hold(office.clerk1, current.id)  # free loket 1 for the next ticket
        ticket_id = _to_state(office, state)
        before = store.snapshot(office.core.engine)
        ACTIONS[name](office, ticket_id)
        assert store.snapshot(office.core.engine) != before, name


# --- reports: waiting and serving times --------------------------------------------------------------------------


def test_ticket_times_use_the_last_call_and_the_serving_span(office: Office) -> None:
    clock, q, clerk = office.clock, office.q, office.clerk1
    served = office.take()  # 09:00
    clock.advance(minutes=1)
    absent = office.take()  # 09:01
    clock.advance(minutes=1)
    moved = office.take()  # 09:02
    unprinted = office.take(printed=False)  # 09:02
    clock.advance(minutes=1)
    waiting = office.take()  # 09:03

    clock.set(NOW.replace(minute=10))
    office.call(1)  # A-001 at 09:10
    clock.set(NOW.replace(minute=12))
    q.recall(clerk, served.ticket_id)  # the last call counts: 09:12
    clock.set(NOW.replace(minute=13))
    q.start_serving(clerk, served.ticket_id)
    clock.set(NOW.replace(minute=20))
    q.finish(clerk, served.ticket_id)

    clock.set(NOW.replace(minute=21))
    office.call(1)
    clock.set(NOW.replace(minute=25))
    q.no_show(clerk, absent.ticket_id)

    clock.set(NOW.replace(minute=26))
    office.call(1)  # A-003, sent to BKK and called there at 09:40
    q.transfer(clerk, moved.ticket_id, to_service_id=office.services["BKK"])
    clock.set(NOW.replace(minute=40))
    office.call(2, office.clerk2)
    q.start_serving(office.clerk2, moved.ticket_id)
    clock.set(NOW.replace(minute=55))
    q.finish(office.clerk2, moved.ticket_id, Outcome.INCOMPLETE)
    q.cancel_unprinted(unprinted.ticket_id, "Kertas habis")

    supervisor = office.core.auth.login("supervisor", demo.DEMO_PASSWORD)
    times = {t.code: t for t in q.ticket_times(supervisor, WED)}
    assert list(times) == ["A-001", "A-002", "A-003", "A-004", "A-005"]
    summary = {
        code: (t.outcome, t.waiting_seconds, t.serving_seconds, t.transferred, t.service_code)
        for code, t in times.items()
    }
    assert summary == {
        "A-001": ("served", 12 * 60.0, 7 * 60.0, False, "AK1"),
        "A-002": ("no_show", 20 * 60.0, None, False, "AK1"),
        "A-003": ("incomplete", 38 * 60.0, 15 * 60.0, True, "BKK"),
        "A-004": ("cancelled", None, None, False, "AK1"),
        "A-005": (None, None, None, False, "AK1"),
    }
    assert times["A-005"].ticket_id == waiting.ticket_id
    assert q.ticket_times(supervisor, THU) == []


# --- who may do what -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("username", ["verifikator", "supervisor"])
def test_roles_without_serve_queue_cannot_call(office: Office, username: str) -> None:
    office.take()
    who = office.core.auth.login(username, demo.DEMO_PASSWORD)
    message = unchanged(office, lambda: office.q.call_next(who, office.lokets[1]), PermissionDenied)
    assert f"Peran {who.role_label} tidak berhak memanggil dan melayani nomor antrean" in message
    # The loket clerk may.
    assert office.call(1).code == "A-001"


def test_only_the_admin_sets_queue_rules(office: Office) -> None:
    for username in ("loket1", "supervisor", "verifikator", "pengantar"):
        who = office.core.auth.login(username, demo.DEMO_PASSWORD)
        unchanged(
            office, functools.partial(office.q.save_settings, who, QueueSettings(priority_every=5)), PermissionDenied
        )
    admin = office.core.auth.login("admin", demo.DEMO_PASSWORD)
    office.q.save_settings(admin, QueueSettings(priority_mode=PriorityMode.ALTERNATE, priority_every=5))
    assert office.q.settings() == QueueSettings(priority_mode=PriorityMode.ALTERNATE, priority_every=5)


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"priority_every": 0}, "Prioritas diselipkan"),
        ({"announce_repeat": 6}, "Pengumuman diulang"),
        ({"slip_width_mm": 60}, "58 atau 80"),
        ({"kiosk_idle_seconds": 5}, "Kios kembali"),
    ],
)
def test_bad_queue_settings_are_refused(office: Office, change: dict[str, int], complaint: str) -> None:
    unchanged(office, lambda: office.q.save_settings(COMMAND_LINE, QueueSettings(**change)), UserError, complaint)  # type: ignore[arg-type]
