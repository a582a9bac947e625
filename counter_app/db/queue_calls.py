"""Call-next in as few round trips as each engine allows, and SQLite's commit-ordered call feed.

Used by ``TicketRepository``; returns frozen rows, not ORM objects.

PostgreSQL, per call: the loket row is locked and the queue settings read in one SELECT, then one statement
(an UPDATE ... RETURNING with data-modifying CTEs) picks the oldest waiting ticket with FOR UPDATE SKIP
LOCKED, moves it to "called" under the status guard, appends the ticket event and the call event, bumps the
loket's priority counter and queues the NOTIFY for the display. SQLite runs the same UPDATE ... RETURNING
and then the two inserts and the loket update as plain statements: its writers are serialised by BEGIN
IMMEDIATE and a statement costs microseconds there, not a network round trip.

The display reads new calls by position, never by the call's time (a PC's clock may lag). On SQLite the position
is the call table's rowid: one file, one writer at a time, so a row's rowid (max + 1 when inserted) grows in
commit order. The table is an ordinary rowid table (a UUID primary key, not WITHOUT ROWID) and call events are
never deleted. On PostgreSQL it is ``call_event.seq``, taken from a sequence by the server as the row is
inserted: it grows in insert order, so a transaction still open can commit a lower position after a higher one
is read; the feed keeps such gaps open for a while and also fetches each notified call by its id
(``display_feed.CallFeed``). Should the store be replaced (a backup restored) with fewer calls than a display has
read, the display's feed goes on from the newest call.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Integer,
    Select,
    String,
    Table,
    Uuid,
    and_,
    bindparam,
    case,
    func,
    insert,
    literal,
    literal_column,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from counter_app.db import models

WAITING, CALLED = "waiting", "called"
CURRENT = ("called", "serving")  # the statuses that make a ticket the loket's current one


@dataclass(frozen=True)
class LoketForCall:
    """The locked loket row and the office's queue settings (JSON as stored), read in one statement."""

    id: uuid.UUID
    number: int
    active: bool
    normal_since_priority: int
    settings: Any


@dataclass(frozen=True)
class TicketView:
    """A ticket with the service and loket numbers a screen shows beside it, read in one statement."""

    id: uuid.UUID
    code: str
    day: dt.date
    service_id: uuid.UUID
    service_code: str | None
    service_title: str | None
    priority: bool
    status: str
    outcome: str | None
    counter_number: int | None
    target_counter_number: int | None
    issued_at: dt.datetime
    called_at: dt.datetime | None
    serving_started_at: dt.datetime | None
    finished_at: dt.datetime | None
    call_count: int


def _is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


# The statements are built once (per engine kind and lane order) with bound parameters: building these
# constructs costs more CPU than running them, and a loket calls all day.


@functools.cache
def _lock_statement(postgres: bool) -> Select[Any]:
    c, s = models.table_of(models.Counter), models.table_of(models.OfficeSetting)
    setting = select(s.c.value).where(s.c.key == bindparam("p_settings_key")).scalar_subquery()
    stmt = select(c.c.id, c.c.number, c.c.active, c.c.normal_since_priority, setting).where(
        c.c.id == bindparam("p_counter_id")
    )
    return stmt.with_for_update(key_share=True, of=c) if postgres else stmt


def lock_loket(session: Session, counter_id: uuid.UUID, settings_key: str) -> LoketForCall | None:
    """Lock the loket row (FOR NO KEY UPDATE on PostgreSQL) and read the queue settings with it.

    The lock serialises one loket's calls (two PCs, a double click); the busy check that depends on it runs in
    the next statement, which on PostgreSQL sees everything committed before the lock was granted.
    """
    params = {"p_counter_id": counter_id, "p_settings_key": settings_key}
    row = session.execute(_lock_statement(_is_postgres(session)), params).first()
    return None if row is None else LoketForCall(row[0], row[1], row[2], row[3], row[4])


def _called_update(postgres: bool, priority_first: bool) -> Any:
    """UPDATE the oldest waiting ticket of the loket to "called", unless the loket has a current ticket."""
    t = models.table_of(models.Ticket)
    pick, busy = t.alias("waiting_ticket"), t.alias("current_ticket")
    cs, svc = models.counter_service, models.table_of(models.Service)
    loket_id: Any = bindparam("p_counter_id", type_=Uuid())
    day: Any = bindparam("p_day", type_=Date())
    served = (
        select(cs.c.service_id)
        .join(svc, svc.c.id == cs.c.service_id)
        .where(cs.c.counter_id == loket_id, svc.c.active.is_(True))
    )
    mine = or_(
        pick.c.target_counter_id == loket_id,
        and_(pick.c.target_counter_id.is_(None), pick.c.service_id.in_(served)),
    )
    oldest = (
        select(pick.c.id)
        .where(pick.c.day == day, pick.c.status == WAITING, mine)
        .order_by(pick.c.priority.desc() if priority_first else pick.c.priority.asc(), pick.c.issued_at, pick.c.number)
        .limit(1)
    )
    if postgres:
        oldest = oldest.with_for_update(skip_locked=True)  # rows another loket is calling right now are skipped
    loket_busy = (
        select(busy.c.id).where(busy.c.counter_id == loket_id, busy.c.day == day, busy.c.status.in_(CURRENT)).exists()
    )

    returned = _view_columns(t)
    return (
        update(t)
        .where(t.c.id == oldest.scalar_subquery(), t.c.status == WAITING, ~loket_busy)
        .values(
            status=CALLED,
            counter_id=loket_id,
            clerk_id=bindparam("p_clerk_id"),
            called_at=bindparam("p_now"),
            call_count=t.c.call_count + 1,
        )
        .returning(*returned)
    )


def _view_columns(t: Table) -> list[Any]:
    """The columns of a ``TicketView`` of ``t`` (the ticket table); service and loket fields as scalar subqueries."""
    svc = models.table_of(models.Service)
    counter = models.table_of(models.Counter)
    loket, target = counter.alias("ticket_loket"), counter.alias("target_counter")

    def of_service(column: Any, label: str) -> Any:
        return select(column).where(svc.c.id == t.c.service_id).scalar_subquery().label(label)

    def number_of(alias: Any, counter: Any, label: str) -> Any:
        return select(alias.c.number).where(alias.c.id == counter).scalar_subquery().label(label)

    return [
        t.c.id,
        t.c.code,
        t.c.day,
        t.c.service_id,
        of_service(svc.c.code, "service_code"),
        of_service(svc.c.title, "service_title"),
        t.c.priority,
        t.c.status,
        t.c.outcome,
        number_of(loket, t.c.counter_id, "counter_number"),
        number_of(target, t.c.target_counter_id, "target_number"),
        t.c.issued_at,
        t.c.called_at,
        t.c.serving_started_at,
        t.c.finished_at,
        t.c.call_count,
    ]


def _bump(priority: Any, *where: Any) -> Any:
    """UPDATE the loket's count of normal tickets called since the last priority one."""
    c = models.table_of(models.Counter)
    since = case((priority, 0), else_=c.c.normal_since_priority + 1)
    return update(c).where(c.c.id == bindparam("p_counter_id"), *where).values(normal_since_priority=since)


@functools.cache
def _sqlite_statements(priority_first: bool) -> tuple[Any, Any, Any, Any]:
    """The ticket UPDATE ... RETURNING, the two event INSERTs and the loket UPDATE, run one after the other."""
    return (
        _called_update(False, priority_first),
        insert(models.table_of(models.TicketEvent)),
        insert(models.table_of(models.CallEvent)),
        _bump(bindparam("p_priority", type_=Boolean)),
    )


@functools.cache
def _postgres_statement(priority_first: bool) -> Any:
    """PostgreSQL: the ticket UPDATE, both event INSERTs, the loket UPDATE and pg_notify as one statement.

    The sub-statements share one snapshot; none reads what another writes, so their order does not matter.
    The NOTIFY is delivered when the transaction commits, and only when a ticket was called (one row).
    """
    t, te, ce, c = (models.table_of(m) for m in (models.Ticket, models.TicketEvent, models.CallEvent, models.Counter))
    moved = _called_update(True, priority_first).returning(t.c.counter_id.label("loket_id")).cte("called_ticket")
    event_row = select(
        bindparam("p_event_id", type_=te.c.id.type),
        moved.c.id,
        bindparam("p_now", type_=te.c.at.type),
        literal("call", te.c.kind.type),
        literal(WAITING, te.c.from_status.type),
        literal(CALLED, te.c.to_status.type),
        bindparam("p_counter_id", type_=te.c.counter_id.type),
        bindparam("p_clerk_id", type_=te.c.user_id.type),
        bindparam("p_detail", type_=JSON()),
    )
    call_row = select(
        bindparam("p_call_id", type_=ce.c.id.type),
        bindparam("p_now", type_=ce.c.at.type),
        moved.c.id,
        bindparam("p_counter_id", type_=ce.c.counter_id.type),
        moved.c.code,
        bindparam("p_counter_number", type_=ce.c.counter_number.type),
        literal("call", ce.c.kind.type),
        models.CALL_SEQUENCE.next_value(),
    )
    event_cols = ["id", "ticket_id", "at", "kind", "from_status", "to_status", "counter_id", "user_id", "detail"]
    call_cols = ["id", "at", "ticket_id", "counter_id", "code", "counter_number", "kind", "seq"]
    bump = _bump(moved.c.priority, c.c.id == moved.c.loket_id)  # refers to the CTE: UPDATE ... FROM called_ticket
    return (
        select(*moved.c, func.pg_notify(bindparam("p_channel", type_=String), bindparam("p_payload", type_=String)))
        .add_cte(insert(te).from_select(event_cols, event_row).cte("ticket_event_row"))
        .add_cte(insert(ce).from_select(call_cols, call_row).cte("call_event_row"))
        .add_cte(bump.cte("loket_bump"))
    )


def call_oldest(
    session: Session,
    loket: LoketForCall,
    *,
    day: dt.date,
    now: dt.datetime,
    clerk_id: uuid.UUID | None,
    priority_first: bool,
    channel: str,
) -> TicketView | None:
    """Call the oldest waiting ticket this loket may call (``priority_first`` picks the lane order).

    Nothing changes, and None is returned, when nobody waits or the loket still has a current ticket (the
    caller tells the two apart). ``loket`` must have been locked by ``lock_loket`` in this transaction.
    """
    call_id, event_id = uuid.uuid4(), uuid.uuid4()
    params: dict[str, Any] = {"p_counter_id": loket.id, "p_day": day, "p_now": now, "p_clerk_id": clerk_id}
    if _is_postgres(session):
        params.update(
            p_event_id=event_id,
            p_detail={},
            p_call_id=call_id,
            p_counter_number=loket.number,
            p_channel=channel,
            p_payload=str(call_id),
        )
        row = session.execute(_postgres_statement(priority_first), params).first()
    else:
        called, ticket_event, call_event, bump = _sqlite_statements(priority_first)
        row = session.execute(called, params).first()
        if row is not None:
            session.execute(
                ticket_event,
                {
                    "id": event_id,
                    "ticket_id": row.id,
                    "at": now,
                    "kind": "call",
                    "from_status": WAITING,
                    "to_status": CALLED,
                    "counter_id": loket.id,
                    "user_id": clerk_id,
                    "detail": {},
                },
            )
            session.execute(
                call_event,
                {
                    "id": call_id,
                    "at": now,
                    "ticket_id": row.id,
                    "counter_id": loket.id,
                    "code": row.code,
                    "counter_number": loket.number,
                    "kind": "call",
                },
            )
            session.execute(bump, {"p_counter_id": loket.id, "p_priority": row.priority})
    if row is None:
        return None
    return _view(row)


def _view(row: Any) -> TicketView:
    r = row._mapping
    return TicketView(
        id=r["id"],
        code=r["code"],
        day=r["day"],
        service_id=r["service_id"],
        service_code=r["service_code"],
        service_title=r["service_title"],
        priority=r["priority"],
        status=r["status"],
        outcome=r["outcome"],
        counter_number=r["counter_number"],
        target_counter_number=r["target_number"],
        issued_at=r["issued_at"],
        called_at=r["called_at"],
        serving_started_at=r["serving_started_at"],
        finished_at=r["finished_at"],
        call_count=r["call_count"],
    )


@functools.cache
def _view_statement() -> Select[Any]:
    t = models.table_of(models.Ticket)
    return select(*_view_columns(t)).where(t.c.id == bindparam("p_ticket_id"))


def ticket_view(session: Session, ticket_id: uuid.UUID) -> TicketView | None:
    """One ticket as a screen shows it, in one statement (no service text or loket rows loaded)."""
    row = session.execute(_view_statement(), {"p_ticket_id": ticket_id}).first()
    return None if row is None else _view(row)


@dataclass(frozen=True)
class TicketState:
    """What a guarded move needs to know before it runs (for the event and the conflict message)."""

    code: str
    status: str
    counter_id: uuid.UUID | None


@functools.cache
def _state_statement() -> Select[Any]:
    t = models.table_of(models.Ticket)
    return select(t.c.code, t.c.status, t.c.counter_id).where(t.c.id == bindparam("p_ticket_id"))


def ticket_state(session: Session, ticket_id: uuid.UUID) -> TicketState | None:
    """A ticket's number, status and loket (one light statement)."""
    row = session.execute(_state_statement(), {"p_ticket_id": ticket_id}).first()
    return None if row is None else TicketState(row[0], row[1], row[2])


@functools.cache
def _view_returning() -> tuple[Any, ...]:
    return tuple(_view_columns(models.table_of(models.Ticket)))


def move_ticket(
    session: Session, ticket_id: uuid.UUID, expected: Sequence[str], values: dict[str, Any]
) -> TicketView | None:
    """UPDATE ... WHERE id AND status IN (expected) RETURNING the ticket's view; None when the guard refused."""
    t = models.table_of(models.Ticket)
    stmt = (
        update(t)
        .where(t.c.id == ticket_id, t.c.status.in_(list(expected)))
        .values(**values)
        .returning(*_view_returning())
    )
    row = session.execute(stmt).first()
    return None if row is None else _view(row)


# --- the display's feed: calls by position ---------------------------------------------------------------------


def call_position(session: Session) -> Any:
    """Where a call stands in the order the display reads: ``seq`` on PostgreSQL, the rowid on SQLite."""
    if _is_postgres(session):
        return models.table_of(models.CallEvent).c.seq
    return literal_column("call_event.rowid", Integer)


def newest_call_position(session: Session) -> int:
    """The position of the newest call event, 0 when there is none."""
    position = call_position(session)
    return int(session.execute(select(func.max(position)).select_from(models.table_of(models.CallEvent))).scalar() or 0)


def calls_after(session: Session, position: int, limit: int) -> list[tuple[int, models.CallEvent]]:
    """Up to ``limit`` call events after ``position``, in position order, with their positions."""
    pos = call_position(session)
    stmt = select(pos, models.CallEvent).where(pos > position).order_by(pos).limit(limit)
    return [(int(p), call) for p, call in session.execute(stmt)]


def calls_named(
    session: Session, positions: Collection[int], ids: Collection[uuid.UUID]
) -> list[tuple[int, models.CallEvent]]:
    """The call events at ``positions`` or with ``ids`` (those that exist), in position order."""
    if not positions and not ids:
        return []
    pos = call_position(session)
    c = models.CallEvent
    wanted = or_(pos.in_(list(positions)), c.id.in_(list(ids)))
    return [(int(p), call) for p, call in session.execute(select(pos, c).where(wanted).order_by(pos)) if p is not None]


def call_positions(session: Session, above: int, up_to: int) -> list[int]:
    """The positions taken in (``above``, ``up_to``], ascending."""
    pos = call_position(session)
    stmt = select(pos).select_from(models.table_of(models.CallEvent)).where(pos > above, pos <= up_to).order_by(pos)
    return [int(p) for p in session.execute(stmt).scalars()]
