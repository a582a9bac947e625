"""One repository per aggregate; they live inside a unit of work and never commit themselves."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    Result,
    and_,
    case,
    delete,
    func,
    intersect,
    or_,
    select,
    update,
)
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, aliased, defer, load_only, selectinload, undefer

from counter_app.db import models, queue_calls


def _rowcount(result: Result[Any]) -> int:
    """Rows matched by an UPDATE/DELETE (Session.execute is typed as returning Result; it is a CursorResult)."""
    if not isinstance(result, CursorResult):
        raise TypeError(f"expected a CursorResult, got {type(result).__name__}")
    return result.rowcount


class UserRepository:
    """Staff accounts."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, user_id: uuid.UUID) -> models.User | None:
        return self._s.get(models.User, user_id)

    def by_username(self, username: str, *, for_update: bool = False) -> models.User | None:
        stmt = select(models.User).where(func.lower(models.User.username) == username.strip().lower())
        if for_update:
            stmt = stmt.with_for_update()
        return self._s.scalars(stmt).first()

    def list(self) -> Sequence[models.User]:
        return self._s.scalars(select(models.User).order_by(models.User.username)).all()

    def count(self) -> int:
        return self._s.scalar(select(func.count()).select_from(models.User)) or 0

    def count_active_admins(self) -> int:
        stmt = select(func.count()).where(models.User.role == "admin", models.User.active.is_(True))
        return self._s.scalar(stmt) or 0

    def add(self, user: models.User) -> None:
        self._s.add(user)
        self._s.flush()


class AuditRepository:
    """The audit trail: append and read, never update."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, entry: models.AuditEntry) -> None:
        self._s.add(entry)

    def recent(self, limit: int = 500, action_prefix: str = "") -> Sequence[models.AuditEntry]:
        stmt = select(models.AuditEntry).order_by(models.AuditEntry.at.desc()).limit(limit)
        if action_prefix:
            stmt = stmt.where(models.AuditEntry.action.startswith(action_prefix))
        return self._s.scalars(stmt).all()


class ServiceRepository:
    """Service standards with their requirement items and steps."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def list(self) -> Sequence[models.Service]:
        stmt = select(models.Service).options(selectinload(models.Service.counters)).order_by(models.Service.position)
        return self._s.scalars(stmt).all()

    def get(self, service_id: uuid.UUID) -> models.Service | None:
        return self._s.get(models.Service, service_id)

    def get_full(self, service_id: uuid.UUID) -> models.Service | None:
        stmt = (
            select(models.Service)
            .where(models.Service.id == service_id)
            .options(
                selectinload(models.Service.requirements),
                selectinload(models.Service.steps),
                selectinload(models.Service.counters),
            )
        )
        return self._s.scalars(stmt).first()

    def by_key(self) -> dict[str, models.Service]:
        stmt = select(models.Service).options(
            selectinload(models.Service.requirements), selectinload(models.Service.steps)
        )
        return {s.key: s for s in self._s.scalars(stmt)}

    def by_code(self, code: str) -> models.Service | None:
        return self._s.scalars(select(models.Service).where(models.Service.code == code)).first()

    def by_prefix(self, prefix: str) -> models.Service | None:
        return self._s.scalars(select(models.Service).where(models.Service.ticket_prefix == prefix)).first()

    def add(self, service: models.Service) -> None:
        self._s.add(service)

    def add_child(self, child: models.ServiceRequirement | models.ServiceStep) -> None:
        self._s.add(child)


class CounterRepository:
    """Loket and the services each serves."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def list(self) -> Sequence[models.Counter]:
        stmt = select(models.Counter).options(selectinload(models.Counter.services)).order_by(models.Counter.number)
        return self._s.scalars(stmt).all()

    def get(self, counter_id: uuid.UUID, *, lock: bool = False) -> models.Counter | None:
        """``lock``: hold the row (FOR NO KEY UPDATE on PostgreSQL) so one loket's checks run one at a time."""
        return self._s.get(models.Counter, counter_id, with_for_update={"key_share": True} if lock else None)

    def by_number(self, number: int) -> models.Counter | None:
        return self._s.scalars(select(models.Counter).where(models.Counter.number == number)).first()

    def add(self, counter: models.Counter) -> None:
        self._s.add(counter)
        self._s.flush()


class OfficeSettingRepository:
    """Office-wide key/value settings."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, key: str, default: Any = None) -> Any:
        row = self._s.get(models.OfficeSetting, key)
        return default if row is None else row.value

    def put(self, key: str, value: Any, at: dt.datetime) -> None:
        row = self._s.get(models.OfficeSetting, key)
        if row is None:
            self._s.add(models.OfficeSetting(key=key, value=value, updated_at=at))
        else:
            row.value = value
            row.updated_at = at


class TicketRepository:
    """Tickets, the per-(service, day) number counter, ticket and call events."""

    CALL_CHANNEL = "counter_app_calls"

    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def dialect(self) -> str:
        return self._s.get_bind().dialect.name

    def next_number(self, service_id: uuid.UUID, day: dt.date) -> int:
        """Bump and return the day's counter of a service in the current transaction (gapless, unique)."""
        table = models.table_of(models.TicketCounter)
        insert_fn = pg_insert if self.dialect == "postgresql" else sqlite_insert
        stmt = (
            insert_fn(table)
            .values(service_id=service_id, day=day, last_number=1)
            .on_conflict_do_update(index_elements=["service_id", "day"], set_={"last_number": table.c.last_number + 1})
            .returning(table.c.last_number)
        )
        return int(self._s.execute(stmt).scalar_one())

    def add(self, ticket: models.Ticket) -> None:
        self._s.add(ticket)
        self._s.flush()

    def get(self, ticket_id: uuid.UUID) -> models.Ticket | None:
        return self._s.get(models.Ticket, ticket_id)

    def refresh(self, ticket: models.Ticket) -> None:
        self._s.refresh(ticket)

    def guarded_update(self, ticket_id: uuid.UUID, expected: Sequence[str], values: dict[str, Any]) -> bool:
        """One UPDATE ... WHERE id = :id AND status IN (:expected); True when it changed the row."""
        stmt = (
            update(models.Ticket)
            .where(models.Ticket.id == ticket_id, models.Ticket.status.in_(list(expected)))
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        return _rowcount(self._s.execute(stmt)) == 1

    def current_at_counter(self, counter_id: uuid.UUID, day: dt.date) -> models.Ticket | None:
        t = models.Ticket
        stmt = select(t).where(t.counter_id == counter_id, t.day == day, t.status.in_(("called", "serving")))
        return self._s.scalars(stmt.order_by(t.called_at.desc())).first()

    def at_counter(self, counter_id: uuid.UUID, day: dt.date, statuses: Sequence[str]) -> Sequence[models.Ticket]:
        t = models.Ticket
        stmt = select(t).where(t.counter_id == counter_id, t.day == day, t.status.in_(list(statuses)))
        return self._s.scalars(stmt.order_by(t.called_at)).all()

    def of_day(self, day: dt.date, statuses: Sequence[str] | None = None) -> Sequence[models.Ticket]:
        t = models.Ticket
        stmt = select(t).where(t.day == day)
        if statuses is not None:
            stmt = stmt.where(t.status.in_(list(statuses)))
        return self._s.scalars(stmt.order_by(t.issued_at, t.number)).all()

    def waiting_counts(self, day: dt.date) -> dict[tuple[uuid.UUID, uuid.UUID | None], int]:
        """Waiting tickets per (service, target loket) for the day."""
        t = models.Ticket
        stmt = (
            select(t.service_id, t.target_counter_id, func.count())
            .where(t.day == day, t.status == "waiting")
            .group_by(t.service_id, t.target_counter_id)
        )
        return {(sid, cid): n for sid, cid, n in self._s.execute(stmt)}

    def issued_count(self, service_id: uuid.UUID, day: dt.date) -> int:
        row = self._s.get(models.TicketCounter, (service_id, day))
        return 0 if row is None else row.last_number

    def waiting_ahead(self, service_id: uuid.UUID, day: dt.date, before: dt.datetime) -> int:
        t = models.Ticket
        stmt = select(func.count()).where(
            t.day == day, t.service_id == service_id, t.status == "waiting", t.issued_at < before
        )
        return self._s.scalar(stmt) or 0

    def add_event(self, event: models.TicketEvent) -> None:
        self._s.add(event)

    def add_call(self, call: models.CallEvent) -> None:
        self._s.add(call)
        self._s.flush()
        if self.dialect == "postgresql":
            # Delivered to LISTENers when this transaction commits, never before.
            self._s.execute(select(func.pg_notify(self.CALL_CHANNEL, str(call.id))))

    def lock_loket(self, counter_id: uuid.UUID, settings_key: str) -> queue_calls.LoketForCall | None:
        """Lock a loket for call-next and read the queue settings with it (one statement)."""
        return queue_calls.lock_loket(self._s, counter_id, settings_key)

    def call_oldest(
        self,
        loket: queue_calls.LoketForCall,
        *,
        day: dt.date,
        now: dt.datetime,
        clerk_id: uuid.UUID | None,
        priority_first: bool,
    ) -> queue_calls.TicketView | None:
        """Call the oldest waiting ticket of a locked loket, with its events (see ``db.queue_calls``)."""
        return queue_calls.call_oldest(
            self._s,
            loket,
            day=day,
            now=now,
            clerk_id=clerk_id,
            priority_first=priority_first,
            channel=self.CALL_CHANNEL,
        )

    def calls_since(
        self, since: dt.datetime, limit: int = 50, *, after_id: uuid.UUID | None = None
    ) -> Sequence[models.CallEvent]:
        """Calls at or after ``since`` in (at, id) order; with ``after_id`` only those after (since, after_id)."""
        c = models.CallEvent
        later = c.at >= since if after_id is None else or_(c.at > since, and_(c.at == since, c.id > after_id))
        stmt = select(c).where(later).order_by(c.at, c.id).limit(limit)
        return self._s.scalars(stmt).all()

    def view(self, ticket_id: uuid.UUID) -> queue_calls.TicketView | None:
        """A ticket with its service code and title and its loket numbers, in one statement."""
        return queue_calls.ticket_view(self._s, ticket_id)

    def state(self, ticket_id: uuid.UUID) -> queue_calls.TicketState | None:
        """A ticket's number, status and loket, without loading the ticket."""
        return queue_calls.ticket_state(self._s, ticket_id)

    def move(
        self, ticket_id: uuid.UUID, expected: Sequence[str], values: dict[str, Any]
    ) -> queue_calls.TicketView | None:
        """Guarded UPDATE returning the ticket's view; None when its status is not one of ``expected``."""
        return queue_calls.move_ticket(self._s, ticket_id, expected, values)

    def newest_call_position(self) -> int:
        """The position of the newest call (rowid on SQLite, ``seq`` on PostgreSQL), 0 when none."""
        return queue_calls.newest_call_position(self._s)

    def calls_after(self, position: int, limit: int = 50) -> list[tuple[int, models.CallEvent]]:
        """Calls after ``position`` in position order, with their positions (see ``db.queue_calls``)."""
        return queue_calls.calls_after(self._s, position, limit)

    def calls_named(self, positions: Collection[int], ids: Collection[uuid.UUID]) -> list[tuple[int, models.CallEvent]]:
        """The calls at ``positions`` or with ``ids``, in position order, with their positions."""
        return queue_calls.calls_named(self._s, positions, ids)

    def call_positions(self, above: int, up_to: int) -> list[int]:
        """The call positions taken in (``above``, ``up_to``]."""
        return queue_calls.call_positions(self._s, above, up_to)

    def recent_calls(self, day: dt.date, limit: int) -> Sequence[models.CallEvent]:
        """The day's last calls, newest first, in the order they were made (position), not by their time."""
        c = models.CallEvent
        start = dt.datetime.combine(day, dt.time.min)
        position = queue_calls.call_position(self._s)
        stmt = select(c).where(c.at >= start).order_by(position.desc().nulls_last(), c.id.desc()).limit(limit)
        return self._s.scalars(stmt).all()

    def events_of(self, ticket_id: uuid.UUID) -> Sequence[models.TicketEvent]:
        e = models.TicketEvent
        return self._s.scalars(select(e).where(e.ticket_id == ticket_id).order_by(e.at)).all()


class DayOffRepository:
    """The office's own days off."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def all(self) -> dict[dt.date, str]:
        return {d.day: d.name for d in self._s.scalars(select(models.LocalDayOff).order_by(models.LocalDayOff.day))}

    def put(self, day: dt.date, name: str) -> None:
        row = self._s.get(models.LocalDayOff, day)
        if row is None:
            self._s.add(models.LocalDayOff(day=day, name=name))
        else:
            row.name = name

    def remove(self, day: dt.date) -> bool:
        row = self._s.get(models.LocalDayOff, day)
        if row is None:
            return False
        self._s.delete(row)
        return True


class ApplicantRepository:
    """Applicants (people and organisations)."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, applicant_id: uuid.UUID) -> models.Applicant | None:
        return self._s.get(models.Applicant, applicant_id)

    def by_nik(self, nik: str) -> models.Applicant | None:
        stmt = select(models.Applicant).where(models.Applicant.nik == nik).order_by(models.Applicant.created_at)
        return self._s.scalars(stmt.limit(1)).first()

    def organisations(self, kind: str, identifiers: dict[str, str], name_folded: str) -> list[models.Applicant]:
        """Organisations of ``kind`` sharing an identifier (NIB, NPWP, NPSN) or, without any, the exact name."""
        a = models.Applicant
        conditions = [getattr(a, key) == value for key, value in identifiers.items() if value]
        where = or_(*conditions) if conditions else a.name_folded == name_folded
        return list(self._s.scalars(select(a).where(a.kind == kind, where).order_by(a.created_at)))

    def search_organisations(self, text: str, limit: int = 50) -> Sequence[models.Applicant]:
        """Organisations whose name starts with ``text`` (folded) or whose NIB/NPWP/NPSN equals it."""
        a = models.Applicant
        folded = " ".join(text.lower().split())
        escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = select(a).where(
            a.kind != "person",
            or_(a.name_folded.like(escaped + "%", escape="\\"), a.nib == text, a.npwp == text, a.npsn == text),
        )
        return self._s.scalars(stmt.order_by(a.name_folded).limit(limit)).all()

    def add(self, applicant: models.Applicant) -> None:
        self._s.add(applicant)
        self._s.flush()


class IntakeRepository:
    """Checklist sessions with their item marks and attachments."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, intake_id: uuid.UUID) -> models.Intake | None:
        stmt = select(models.Intake).where(models.Intake.id == intake_id).options(selectinload(models.Intake.items))
        return self._s.scalars(stmt).first()

    def lock(self, intake_id: uuid.UUID) -> models.Intake | None:
        """The intake, its row held until the transaction ends (one completion at a time)."""
        stmt = (
            select(models.Intake)
            .where(models.Intake.id == intake_id)
            .options(selectinload(models.Intake.items))
            .with_for_update(of=models.Intake)
        )
        return self._s.scalars(stmt).first()

    def open_of(
        self, applicant_ids: Sequence[uuid.UUID], service_id: uuid.UUID | None = None
    ) -> Sequence[models.Intake]:
        i = models.Intake
        stmt = select(i).where(i.applicant_id.in_(list(applicant_ids)), i.status.in_(("open", "incomplete")))
        if service_id is not None:
            stmt = stmt.where(i.service_id == service_id)
        return self._s.scalars(stmt.options(selectinload(i.items)).order_by(i.updated_at.desc())).all()

    def add(self, intake: models.Intake) -> None:
        self._s.add(intake)
        self._s.flush()

    def add_attachment(self, attachment: models.IntakeAttachment) -> None:
        self._s.add(attachment)
        self._s.flush()

    def attachments(self, intake_id: uuid.UUID) -> Sequence[models.IntakeAttachment]:
        a = models.IntakeAttachment
        return self._s.scalars(select(a).where(a.intake_id == intake_id).order_by(a.added_at)).all()

    def attachment(self, attachment_id: uuid.UUID) -> models.IntakeAttachment | None:
        return self._s.get(models.IntakeAttachment, attachment_id)


class ApplicationRepository:
    """Applications, their tracking-number counter and step history."""

    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def dialect(self) -> str:
        return self._s.get_bind().dialect.name

    def next_number(self, code: str, year: int) -> int:
        """Bump and return the tracking counter of (service code, year) in this transaction (gapless, unique)."""
        table = models.table_of(models.ApplicationCounter)
        insert_fn = pg_insert if self.dialect == "postgresql" else sqlite_insert
        stmt = (
            insert_fn(table)
            .values(code=code, year=year, last_number=1)
            .on_conflict_do_update(index_elements=["code", "year"], set_={"last_number": table.c.last_number + 1})
            .returning(table.c.last_number)
        )
        return int(self._s.execute(stmt).scalar_one())

    def add(self, application: models.Application) -> None:
        self._s.add(application)
        self._s.flush()

    def get(self, application_id: uuid.UUID) -> models.Application | None:
        return self._s.get(models.Application, application_id)

    def refresh(self, application: models.Application) -> None:
        self._s.refresh(application)

    def service(self, service_id: uuid.UUID) -> models.Service | None:
        """The application's service with its steps, without the standard's text (``content``, kilobytes of JSON
        that look-ups never show); from the session's identity map after the first call."""
        options = [selectinload(models.Service.steps), defer(models.Service.content)]
        return self._s.get(models.Service, service_id, options=options)

    def by_tracking_number(self, number: str) -> models.Application | None:
        a = models.Application
        return self._s.scalars(select(a).where(a.tracking_number == number)).first()

    def of_applicants(self, applicant_ids: Sequence[uuid.UUID]) -> Sequence[models.Application]:
        a = models.Application
        stmt = select(a).where(a.applicant_id.in_(list(applicant_ids))).order_by(a.received_at.desc())
        return self._s.scalars(stmt).all()

    def guarded_update(self, application_id: uuid.UUID, version: int, values: dict[str, Any]) -> bool:
        """One UPDATE ... WHERE id = :id AND version = :version (bumping it); True when it changed the row."""
        a = models.Application
        stmt = (
            update(a)
            .where(a.id == application_id, a.version == version)
            .values(version=version + 1, **values)
            .execution_options(synchronize_session=False)
        )
        return _rowcount(self._s.execute(stmt)) == 1

    def search(
        self,
        *,
        service_id: uuid.UUID | None,
        step_position: int | None,
        statuses: Sequence[str] | None,
        due_from: dt.datetime | None,
        due_before: dt.datetime | None,
        limit: int,
    ) -> Sequence[models.Application]:
        a = models.Application
        stmt = select(a)
        if service_id is not None:
            stmt = stmt.where(a.service_id == service_id)
        if step_position is not None:
            stmt = stmt.where(a.step_position == step_position)
        if statuses:
            stmt = stmt.where(a.status.in_(list(statuses)))
        if due_from is not None:
            stmt = stmt.where(a.due_at >= due_from)
        if due_before is not None:
            stmt = stmt.where(a.due_at < due_before)
        return self._s.scalars(stmt.order_by(a.due_at, a.tracking_number).limit(limit)).all()

    def add_step(self, step: models.ApplicationStep) -> None:
        self._s.add(step)

    def history(self, application_id: uuid.UUID) -> Sequence[models.ApplicationStep]:
        s = models.ApplicationStep
        return self._s.scalars(select(s).where(s.application_id == application_id).order_by(s.seq)).all()


# ---- SKM survey and complaints (issue 7) ---------------------------------------------------------------------

_ANSWER_COLUMNS = tuple(getattr(models.SurveyResponse, f"u{i}") for i in range(1, 10))


@dataclass(frozen=True)
class SurveySums:
    """What the IKM needs of one service's forms in a period (computed in the database)."""

    service_id: uuid.UUID | None
    respondents: int
    totals: list[int]  # sum of the answers, per unsur
    answered: list[int]  # how many answered, per unsur
    profile: dict[str, dict[str, int]]  # column -> value -> respondents


class SurveyRepository:
    """SKM forms: add, and the sums the IKM needs (computed in the database, one row per service)."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, response: models.SurveyResponse) -> None:
        self._s.add(response)
        self._s.flush()

    def by_ticket(self, ticket_id: uuid.UUID) -> models.SurveyResponse | None:
        r = models.SurveyResponse
        return self._s.scalars(select(r).where(r.ticket_id == ticket_id)).first()

    def ticket_of_day(self, code: str, day: dt.date) -> models.Ticket | None:
        t = models.Ticket
        return self._s.scalars(select(t).where(t.day == day, t.code == code).order_by(t.issued_at.desc())).first()

    def _period(self, stmt: Any, start: dt.date, end: dt.date, service_id: uuid.UUID | None) -> Any:
        r = models.SurveyResponse
        stmt = stmt.where(r.day >= start, r.day <= end)
        if service_id is not None:
            stmt = stmt.where(r.service_id == service_id)
        return stmt

    def sums(
        self, start: dt.date, end: dt.date, service_id: uuid.UUID | None, choices: Mapping[str, Sequence[str]]
    ) -> list[SurveySums]:
        """Per service, in one pass over the forms: respondents, each unsur's sum and count of answers, and the
        number of respondents per listed value of each profile column (``choices``: column -> values)."""
        r = models.SurveyResponse
        keys = [(f, value) for f, values in choices.items() for value in values]
        columns: list[ColumnElement[Any]] = [func.count()]
        columns += [func.coalesce(func.sum(c), 0) for c in _ANSWER_COLUMNS]
        columns += [func.count(c) for c in _ANSWER_COLUMNS]
        columns += [func.coalesce(func.sum(case((getattr(r, f) == value, 1), else_=0)), 0) for f, value in keys]
        stmt = self._period(select(r.service_id, *columns), start, end, service_id).group_by(r.service_id)
        out = []
        for row in self._s.execute(stmt):
            values = [int(v) for v in row[1:]]
            profile: dict[str, dict[str, int]] = {f: {} for f in choices}
            for (f, value), n in zip(keys, values[19:], strict=True):
                profile[f][value] = n
            out.append(SurveySums(row[0], values[0], values[1:10], values[10:19], profile))
        return out

    def visitors(self, start: dt.date, end: dt.date, service_id: uuid.UUID | None) -> int:
        """Tickets issued in the period (the SKM population), not counting slips that failed to print."""
        t = models.Ticket
        # Status, not outcome: (day, status) is an index, so the count never reads the ticket rows.
        stmt = select(func.count()).select_from(t).where(t.day >= start, t.day <= end, t.status != "cancelled")
        if service_id is not None:
            stmt = stmt.where(t.origin_service_id == service_id)
        return self._s.scalar(stmt) or 0

    def in_period(self, start: dt.date, end: dt.date) -> Sequence[models.SurveyResponse]:
        r = models.SurveyResponse
        return self._s.scalars(self._period(select(r), start, end, None).order_by(r.submitted_at)).all()


class ComplaintRepository:
    """Complaints and their follow-up history."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def next_seq(self, year: int) -> int:
        c = models.Complaint
        return (self._s.scalar(select(func.max(c.seq)).where(c.year == year)) or 0) + 1

    def add(self, complaint: models.Complaint, *, attempts: int = 5) -> None:
        """Insert with the next free number of its year; another station taking it first moves this one on."""
        for attempt in range(attempts):
            try:
                with self._s.begin_nested():
                    self._s.add(complaint)
                    self._s.flush()
                return
            except sa_exc.IntegrityError:
                if attempt == attempts - 1:
                    raise
                complaint.seq = self.next_seq(complaint.year)

    def get(self, complaint_id: uuid.UUID, *, lock: bool = False) -> models.Complaint | None:
        return self._s.get(models.Complaint, complaint_id, with_for_update=lock or None)

    def add_follow_up(self, follow_up: models.ComplaintFollowUp) -> None:
        self._s.add(follow_up)

    def follow_ups(self, complaint_id: uuid.UUID) -> Sequence[models.ComplaintFollowUp]:
        f = models.ComplaintFollowUp
        self._s.flush()
        return self._s.scalars(select(f).where(f.complaint_id == complaint_id).order_by(f.at, f.id)).all()

    def search(
        self,
        *,
        start: dt.date | None = None,
        end: dt.date | None = None,
        status: str | None = None,
        channel: str | None = None,
        kind: str | None = None,
        text: str = "",
        limit: int | None = None,
    ) -> Sequence[models.Complaint]:
        c = models.Complaint
        stmt = select(c)
        if start is not None:
            stmt = stmt.where(c.received_at >= dt.datetime.combine(start, dt.time()))
        if end is not None:
            stmt = stmt.where(c.received_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()))
        if status:
            stmt = stmt.where(c.status == status)
        if channel:
            stmt = stmt.where(c.channel == channel)
        if kind:
            stmt = stmt.where(c.kind == kind)
        if text:
            pattern = f"%{text.lower()}%"
            stmt = stmt.where(
                or_(
                    func.lower(c.text).like(pattern),
                    func.lower(c.name).like(pattern),
                    func.lower(c.response).like(pattern),
                )
            )
        stmt = stmt.order_by(c.received_at.desc(), c.seq.desc())
        if limit is not None:
            stmt = stmt.limit(limit)
        return self._s.scalars(stmt).all()

    def open_ones(self, received_before: dt.datetime | None = None) -> Sequence[models.Complaint]:
        c = models.Complaint
        stmt = select(c).where(c.status != "selesai")
        if received_before is not None:
            stmt = stmt.where(c.received_at < received_before)
        return self._s.scalars(stmt.order_by(c.received_at)).all()


# ---- AK/1 job seekers (issue 5) ------------------------------------------------------------------------------


def _prefix_upper_bound(prefix: str) -> str | None:
    """The smallest string greater than every string starting with ``prefix`` (None: no upper bound).

    A range ``>= prefix AND < bound`` uses a plain b-tree index on both engines whatever the collation
    (LIKE 'x%' does not on SQLite without NOCASE, nor on PostgreSQL outside the C locale).
    """
    while prefix:
        last = prefix[-1]
        if ord(last) < 0x10FFFF:
            return prefix[:-1] + chr(ord(last) + 1)
        prefix = prefix[:-1]
    return None


def _starts_with(column: Any, prefix: str) -> Any:
    """``column`` starts with ``prefix``, as an index range."""
    bound = _prefix_upper_bound(prefix)
    return and_(column >= prefix, column < bound) if bound is not None else column >= prefix


def _name_word_match(word: str) -> Any:
    """A JobSeekerNameWord row whose word starts with ``word`` (through the three-letter head index)."""
    w = models.JobSeekerNameWord
    if len(word) >= 3:
        return and_(w.head == word[:3], _starts_with(w.word, word))
    return and_(_starts_with(w.head, word), _starts_with(w.word, word))  # one or two letters: a range of heads


class JobSeekerRepository:
    """AK/1 registrations, their name words, report-backs, card prints and the local number counter."""

    # What a search result row shows (jobseekers.summary_of): lists load only these, not the profile JSON.
    SUMMARY_COLUMNS = (
        models.JobSeeker.id,
        models.JobSeeker.nik,
        models.JobSeeker.name,
        models.JobSeeker.birth_date,
        models.JobSeeker.sex,
        models.JobSeeker.registration_number,
        models.JobSeeker.issued_on,
        models.JobSeeker.valid_until,
        models.JobSeeker.status,
        models.JobSeeker.reports_done,
        models.JobSeeker.next_report_due,
        models.JobSeeker.created_at,
    )

    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def dialect(self) -> str:
        return self._s.get_bind().dialect.name

    def next_number(self, year: int) -> int:
        """Bump and return the local AK/1 counter of ``year`` in this transaction (gapless, unique)."""
        table = models.table_of(models.Ak1NumberCounter)
        insert_fn = pg_insert if self.dialect == "postgresql" else sqlite_insert
        stmt = (
            insert_fn(table)
            .values(year=year, last_number=1)
            .on_conflict_do_update(index_elements=["year"], set_={"last_number": table.c.last_number + 1})
            .returning(table.c.last_number)
        )
        return int(self._s.execute(stmt).scalar_one())

    def lock_nik(self, nik: str) -> None:
        """Hold a per-NIK lock until the transaction ends, so two stations cannot register one NIK twice.

        PostgreSQL: a transaction advisory lock keyed by the NIK (16 digits fit a bigint). SQLite needs none:
        every write transaction already holds the database's write lock from BEGIN IMMEDIATE.
        """
        if self.dialect == "postgresql" and nik.isdigit():
            self._s.execute(select(func.pg_advisory_xact_lock(int(nik))))

    def add(self, seeker: models.JobSeeker) -> None:
        self._s.add(seeker)
        self._s.flush()

    def get(self, seeker_id: uuid.UUID, *, lock: bool = False, photo: bool = False) -> models.JobSeeker | None:
        stmt = select(models.JobSeeker).where(models.JobSeeker.id == seeker_id)
        if photo:
            stmt = stmt.options(undefer(models.JobSeeker.photo))
        if lock:
            stmt = stmt.with_for_update()
        return self._s.scalars(stmt).first()

    def by_nik(self, nik: str) -> Sequence[models.JobSeeker]:
        """Every registration of ``nik``, newest first."""
        j = models.JobSeeker
        return self._s.scalars(select(j).where(j.nik == nik).order_by(j.issued_on.desc(), j.created_at.desc())).all()

    def by_number(self, number: str) -> models.JobSeeker | None:
        j = models.JobSeeker
        return self._s.scalars(select(j).where(j.registration_number == number)).first()

    def by_number_prefix(self, prefix: str, limit: int) -> Sequence[models.JobSeeker]:
        j = models.JobSeeker
        stmt = select(j).where(j.registration_number >= prefix)
        bound = _prefix_upper_bound(prefix)
        if bound is not None:
            stmt = stmt.where(j.registration_number < bound)
        stmt = stmt.options(load_only(*self.SUMMARY_COLUMNS))
        return self._s.scalars(stmt.order_by(j.registration_number).limit(limit)).all()

    def count_number_prefix(self, prefix: str) -> int:
        """How many registrations have a number starting with ``prefix``."""
        j = models.JobSeeker
        stmt = select(func.count()).select_from(j).where(j.registration_number >= prefix)
        bound = _prefix_upper_bound(prefix)
        if bound is not None:
            stmt = stmt.where(j.registration_number < bound)
        return int(self._s.scalar(stmt) or 0)

    def count_name_words(self, words: Sequence[str], cap: int) -> int:
        """How many registrations ``by_name_words`` would find without a limit, counted up to ``cap``.

        Counting walks every match, so it intersects index-only scans of each word (about twice as fast
        as probing the other words per seeker, on both engines).
        """
        w = models.JobSeekerNameWord
        ordered = sorted(set(words), key=len, reverse=True)
        if len(ordered) == 1:
            ids: Any = select(w.seeker_id).where(_name_word_match(ordered[0])).distinct()
        else:
            ids = intersect(*(select(w.seeker_id).where(_name_word_match(word)) for word in ordered))
        return int(self._s.scalar(select(func.count()).select_from(ids.limit(cap).subquery())) or 0)

    def by_name_words(self, words: Sequence[str], limit: int) -> Sequence[models.JobSeeker]:
        """Registrations having, for every word given, a name word starting with it; newest first.

        The longest typed word drives: its three-letter head walks the head index newest first (stopping
        after a page); every other word is checked per seeker in the (seeker_id, word) index.
        """
        stmt = self._name_word_ids(words)
        # A name may hold the driver twice ("Siti Sitompul"): fetch a little more, keep each seeker once.
        ids = list(dict.fromkeys(self._s.scalars(stmt.limit(limit * 2))))[:limit]
        if not ids:
            return []
        j = models.JobSeeker
        stmt = select(j).where(j.id.in_(ids)).options(load_only(*self.SUMMARY_COLUMNS))
        return self._s.scalars(stmt.order_by(j.issued_on.desc(), j.created_at.desc())).all()

    def _name_word_ids(self, words: Sequence[str]) -> Any:
        """The seeker ids matching every word, newest first (a seeker may come twice; see by_name_words)."""
        w = models.JobSeekerNameWord
        ordered = sorted(set(words), key=len, reverse=True)
        driver, others = ordered[0], ordered[1:]
        starts, matching = _starts_with, _name_word_match

        if others and self.dialect == "postgresql":
            # PostgreSQL misjudges how many rows a head and a word range share (they are correlated) and would
            # probe per row; the intersection of index-only scans, hashed, is steady whatever the words.
            both = intersect(*(select(w.seeker_id, w.issued_on).where(matching(word)) for word in ordered)).subquery()
            stmt = select(both.c.seeker_id).order_by(both.c.issued_on.desc())
        else:
            stmt = select(w.seeker_id).where(matching(driver)).order_by(w.issued_on.desc())
            for word in others:
                o = aliased(w)
                stmt = stmt.where(select(o.seeker_id).where(o.seeker_id == w.seeker_id, starts(o.word, word)).exists())
        return stmt

    def set_name_words(self, seeker_id: uuid.UUID, words: Sequence[str], issued_on: dt.date) -> None:
        w = models.JobSeekerNameWord
        self._s.execute(delete(w).where(w.seeker_id == seeker_id))
        for word in sorted(set(words)):
            self._s.add(w(word=word, seeker_id=seeker_id, head=word[:3], issued_on=issued_on))
        self._s.flush()

    def reports(self, seeker_id: uuid.UUID) -> Sequence[models.JobSeekerReport]:
        r = models.JobSeekerReport
        return self._s.scalars(select(r).where(r.seeker_id == seeker_id).order_by(r.number)).all()

    def add_report(self, report: models.JobSeekerReport) -> None:
        self._s.add(report)
        self._s.flush()

    def print_count(self, seeker_id: uuid.UUID) -> int:
        p = models.JobSeekerCardPrint
        return self._s.scalar(select(func.count()).select_from(p).where(p.seeker_id == seeker_id)) or 0

    def prints(self, seeker_id: uuid.UUID) -> Sequence[models.JobSeekerCardPrint]:
        p = models.JobSeekerCardPrint
        return self._s.scalars(select(p).where(p.seeker_id == seeker_id).order_by(p.at)).all()

    def add_print(self, entry: models.JobSeekerCardPrint) -> None:
        self._s.add(entry)
        self._s.flush()

    def due_by(self, day: dt.date, limit: int) -> Sequence[models.JobSeeker]:
        """Active registrations whose next report is due on or before ``day``, earliest first."""
        j = models.JobSeeker
        stmt = select(j).where(j.status == "aktif", j.next_report_due.is_not(None), j.next_report_due <= day)
        return self._s.scalars(stmt.order_by(j.next_report_due, j.registration_number).limit(limit)).all()

    def expired(self, today: dt.date) -> Sequence[models.JobSeeker]:
        """Active registrations whose validity ended before ``today``."""
        j = models.JobSeeker
        stmt = select(j).where(j.status == "aktif", j.valid_until < today).with_for_update()
        return self._s.scalars(stmt.order_by(j.valid_until)).all()

    def for_ipk(self, until: dt.date) -> Sequence[Any]:
        """(sex, birth_date, education_level, issued_on, placed_on, removed_on) of registrations up to ``until``."""
        j = models.JobSeeker
        stmt = select(j.sex, j.birth_date, j.education_level, j.issued_on, j.placed_on, j.removed_on).where(
            j.issued_on <= until
        )
        return self._s.execute(stmt.order_by(j.issued_on)).all()


# ---- letters and registers (issue 6) -------------------------------------------------------------------------


class LetterRepository:
    """Signatories, registers and their counters, templates, issued documents and the print log."""

    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def dialect(self) -> str:
        return self._s.get_bind().dialect.name

    # signatories
    def signatories(self) -> Sequence[models.LetterSignatory]:
        s = models.LetterSignatory
        return self._s.scalars(select(s).order_by(s.active.desc(), s.role, s.name)).all()

    def signatory(self, signatory_id: uuid.UUID) -> models.LetterSignatory | None:
        return self._s.get(models.LetterSignatory, signatory_id)

    def signatory_for_role(self, role: str) -> models.LetterSignatory | None:
        s = models.LetterSignatory
        stmt = select(s).where(s.active.is_(True)).order_by((s.role != role), s.updated_at.desc()).limit(1)
        return self._s.scalars(stmt).first()

    # registers
    def registers(self) -> Sequence[models.LetterRegister]:
        r = models.LetterRegister
        return self._s.scalars(select(r).order_by(r.name)).all()

    def register(self, register_id: uuid.UUID) -> models.LetterRegister | None:
        return self._s.get(models.LetterRegister, register_id)

    def register_by_key(self, key: str) -> models.LetterRegister | None:
        r = models.LetterRegister
        return self._s.scalars(select(r).where(r.key == key)).first()

    def last_numbers(self, year: int) -> dict[uuid.UUID, int]:
        c = models.LetterRegisterCounter
        return {r: n for r, n in self._s.execute(select(c.register_id, c.last_number).where(c.year == year)).all()}

    def next_number(self, register_id: uuid.UUID, year: int) -> int:
        """Bump and return the counter of (register, year) in this transaction (gapless, unique)."""
        table = models.table_of(models.LetterRegisterCounter)
        insert_fn = pg_insert if self.dialect == "postgresql" else sqlite_insert
        stmt = (
            insert_fn(table)
            .values(register_id=register_id, year=year, last_number=1)
            .on_conflict_do_update(
                index_elements=["register_id", "year"], set_={"last_number": table.c.last_number + 1}
            )
            .returning(table.c.last_number)
        )
        return int(self._s.execute(stmt).scalar_one())

    # templates
    def templates(self, service_key: str | None = None) -> Sequence[models.LetterTemplate]:
        t = models.LetterTemplate
        stmt = select(t)
        if service_key is not None:
            stmt = stmt.where(t.service_key == service_key)
        return self._s.scalars(stmt.order_by(t.name)).all()

    def template(self, template_id: uuid.UUID) -> models.LetterTemplate | None:
        return self._s.get(models.LetterTemplate, template_id)

    def template_keys(self) -> set[str]:
        return set(self._s.scalars(select(models.LetterTemplate.key)).all())

    def register_keys(self) -> set[str]:
        return set(self._s.scalars(select(models.LetterRegister.key)).all())

    # documents
    def document(self, document_id: uuid.UUID, *, lock: bool = False) -> models.LetterDocument | None:
        return self._s.get(models.LetterDocument, document_id, with_for_update=lock or None)

    def by_code(self, code: str) -> models.LetterDocument | None:
        d = models.LetterDocument
        return self._s.scalars(select(d).where(d.verification_code == code)).first()

    def of_register(self, register_id: uuid.UUID, year: int) -> Sequence[models.LetterDocument]:
        d = models.LetterDocument
        stmt = select(d).options(defer(d.pdf)).where(d.register_id == register_id, d.year == year)
        return self._s.scalars(stmt.order_by(d.seq)).all()

    def of_application(self, application_id: uuid.UUID) -> Sequence[models.LetterDocument]:
        d = models.LetterDocument
        stmt = select(d).options(defer(d.pdf)).where(d.application_id == application_id)
        return self._s.scalars(stmt.order_by(d.created_at.desc(), d.seq.desc())).all()

    def with_status(self, status: str) -> Sequence[models.LetterDocument]:
        d = models.LetterDocument
        stmt = select(d).options(defer(d.pdf)).where(d.status == status)
        return self._s.scalars(stmt.order_by(d.created_at, d.seq)).all()

    def add(self, row: models.LetterSignatory | models.LetterRegister | models.LetterTemplate) -> None:
        self._s.add(row)
        self._s.flush()

    def add_document(self, document: models.LetterDocument) -> None:
        self._s.add(document)
        self._s.flush()

    def add_print(self, entry: models.LetterPrint) -> None:
        self._s.add(entry)
        self._s.flush()

    def prints(self, document_id: uuid.UUID) -> Sequence[models.LetterPrint]:
        p = models.LetterPrint
        return self._s.scalars(select(p).where(p.document_id == document_id).order_by(p.seq)).all()
