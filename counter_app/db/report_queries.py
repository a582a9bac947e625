"""Read-only aggregate queries for the supervisor's board and reports (GROUP BY in SQL, both engines)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Integer, String, and_, case, cast, extract, func, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement, UnaryExpression
from sqlalchemy.sql.operators import custom_op

from counter_app.db import models

OPEN_APPLICATION_STATUSES = ("in_progress", "returned")
CLOSED_APPLICATION_STATUSES = ("completed", "rejected")  # final: their updated_at is when they closed
LONG_RANGE_DAYS = 7  # from this many days on, SQLite groups tickets along the covering report index
REPORT_WORK_MEM = "64MB"  # PostgreSQL memory for the ticket grouping of long reports


class ReportQueries:
    """Aggregates over tickets, ticket events and applications; rows come back as plain tuples."""

    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def dialect(self) -> str:
        return self._s.get_bind().dialect.name

    # ---- portable expressions ------------------------------------------------------------------

    def seconds_between(self, start: Any, end: Any) -> ColumnElement[int]:
        """Whole seconds from ``start`` to ``end`` (two timestamp columns), rounded."""
        if self.dialect == "postgresql":
            return cast(func.round(extract("epoch", end - start)), Integer)
        return cast(func.round((func.julianday(end) - func.julianday(start)) * 86400.0), Integer)

    def hour_of(self, column: Any) -> ColumnElement[int]:
        """The hour (0-23) of a timestamp column, as stored: office local time (the clock is naive WIB).

        PostgreSQL columns are ``timestamp without time zone``, so ``extract`` reads the stored wall-clock hour
        whatever the session's time zone. On SQLite ``strftime('%H')`` parses the stored text, so a value
        written without microseconds, with a 'T' or by another program still gives its hour.
        """
        if self.dialect == "postgresql":
            return cast(extract("hour", column), Integer)
        return cast(func.strftime("%H", column), Integer)

    # ---- tickets -------------------------------------------------------------------------------

    def _day_column(self, start: dt.date, end: dt.date) -> Any:
        """``ticket.day`` for the WHERE clause of the grouping query.

        SQLite without ANALYZE statistics (the program never runs ANALYZE) would take the day index for a
        long range and then sort every ticket of it for the GROUP BY. Written as ``+ticket.day`` the day no
        longer picks an index, so SQLite reads the covering ``ix_ticket_report`` in grouping order and
        aggregates as it goes. Short ranges keep the day index; PostgreSQL plans on its own statistics.
        """
        t = models.Ticket
        if self.dialect == "sqlite" and (end - start).days >= LONG_RANGE_DAYS:
            return UnaryExpression(t.day.expression, operator=custom_op("+"), type_=t.day.type)
        return t.day

    def _joined(self, expr: Any) -> Any:
        """Every non-null value of an integer ``expr`` in the group, as one comma-separated string."""
        if self.dialect == "postgresql":
            return func.string_agg(cast(expr, String), ",")
        return func.group_concat(expr)

    def ticket_groups(self, start: dt.date, end: dt.date) -> Sequence[tuple[Any, ...]]:
        """Tickets of days start..end per (service, loket, clerk, status, outcome).

        Each row: service_id, counter_id, clerk_id, status, outcome, count, then the waiting seconds (last call
        minus issue), the serving seconds (end minus start of serving) and the issue hours of the group's
        tickets, each as a comma-separated string (or None). The grouping follows the covering index
        ``ix_ticket_report``, so SQLite aggregates while it reads the index, without sorting; the durations
        travel as three strings per group instead of a million rows.
        """
        t = models.Ticket
        wait = self.seconds_between(t.issued_at, t.called_at)
        serve = self.seconds_between(t.serving_started_at, t.finished_at)
        keys = (t.service_id, t.counter_id, t.clerk_id, t.status, t.outcome)
        stmt = (
            select(
                *keys,
                func.count(),
                self._joined(wait),
                self._joined(serve),
                self._joined(self.hour_of(t.issued_at)),
            )
            .where(self._day_column(start, end).between(start, end))
            .group_by(*keys)
        )
        if self.dialect == "postgresql":
            # Room to aggregate a year of tickets in memory (hash or in-order) instead of spilling a sort to disk;
            # SET LOCAL ends with this read-only transaction.
            self._s.execute(text(f"SET LOCAL work_mem = '{REPORT_WORK_MEM}'"))
        return [tuple(r) for r in self._s.execute(stmt).all()]

    def transfers(self, start: dt.date, end: dt.date) -> Sequence[tuple[Any, ...]]:
        """(counter_id, user_id, detail) of every transfer of a ticket during days start..end."""
        e = models.TicketEvent
        since = dt.datetime.combine(start, dt.time())
        until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
        stmt = select(e.counter_id, e.user_id, e.detail).where(e.kind == "transfer", e.at >= since, e.at < until)
        return [tuple(r) for r in self._s.execute(stmt).all()]

    def waiting_now(self, day: dt.date) -> Sequence[tuple[Any, ...]]:
        """(service_id, count, earliest issue time) of the tickets waiting today."""
        t = models.Ticket
        stmt = (
            select(t.service_id, func.count(), func.min(t.issued_at))
            .where(t.day == day, t.status == "waiting")
            .group_by(t.service_id)
        )
        return [tuple(r) for r in self._s.execute(stmt).all()]

    def day_totals(self, day: dt.date) -> tuple[int, int]:
        """(issued, served) tickets of a day; cancelled slips are not counted as issued."""
        t = models.Ticket
        served = func.sum(case((t.outcome == "served", 1), else_=0))
        row = self._s.execute(select(func.count(), served).where(t.day == day, t.status != "cancelled")).one()
        return int(row[0] or 0), int(row[1] or 0)

    def current_tickets(self, day: dt.date) -> Sequence[models.Ticket]:
        """Tickets called or being served today (one per loket at most)."""
        t = models.Ticket
        stmt = select(t).where(t.day == day, t.status.in_(("called", "serving")), t.counter_id.is_not(None))
        return list(self._s.scalars(stmt))

    # ---- applications --------------------------------------------------------------------------

    def applications_received(self, since: dt.datetime, until: dt.datetime) -> Sequence[tuple[Any, ...]]:
        """(service_id, count) of applications received in [since, until)."""
        a = models.Application
        stmt = (
            select(a.service_id, func.count())
            .where(a.received_at >= since, a.received_at < until)
            .group_by(a.service_id)
        )
        return [tuple(r) for r in self._s.execute(stmt).all()]

    def applications_completed(self, since: dt.datetime, until: dt.datetime) -> Sequence[tuple[Any, ...]]:
        """(service_id, completed, completed by due time) of applications completed in [since, until).

        A completed application never changes again, so its ``updated_at`` is the completion time.
        """
        a = models.Application
        on_time = func.sum(case((a.updated_at <= a.due_at, 1), else_=0))
        stmt = (
            select(a.service_id, func.count(), on_time)
            .where(a.status == "completed", a.updated_at >= since, a.updated_at < until)
            .group_by(a.service_id)
        )
        return [tuple(r) for r in self._s.execute(stmt).all()]

    def _overdue_at(self, at: dt.datetime) -> Any:
        """Applications past their due time and not yet finished at ``at``.

        Still open now, or finished (completed or rejected) only after ``at``: a final application never
        changes again, so its ``updated_at`` is when it closed. With ``at`` = now the second part is empty.
        """
        a = models.Application
        open_then = or_(
            a.status.in_(OPEN_APPLICATION_STATUSES),
            and_(a.status.in_(CLOSED_APPLICATION_STATUSES), a.updated_at > at),
        )
        return and_(a.due_at < at, open_then)

    def overdue_counts(self, at: dt.datetime) -> Sequence[tuple[Any, ...]]:
        """(service_id, count) of applications overdue and unfinished at ``at``."""
        a = models.Application
        stmt = select(a.service_id, func.count()).where(self._overdue_at(at)).group_by(a.service_id)
        return [tuple(r) for r in self._s.execute(stmt).all()]

    def overdue_list(self, at: dt.datetime, limit: int) -> Sequence[tuple[Any, ...]]:
        """(tracking_number, service_id, received_at, due_at) of the longest overdue applications at ``at``."""
        a = models.Application
        stmt = (
            select(a.tracking_number, a.service_id, a.received_at, a.due_at)
            .where(self._overdue_at(at))
            .order_by(a.due_at, a.tracking_number)
            .limit(limit)
        )
        return [tuple(r) for r in self._s.execute(stmt).all()]

    # ---- AK/1 -------------------------------------------------------------------------------------

    def jobseeker_counts(self, start: dt.date, end: dt.date) -> tuple[int, int, int]:
        """(registrations, report-backs, placements) of AK/1 cards dated start..end."""
        js, rep = models.JobSeeker, models.JobSeekerReport
        registered = select(func.count()).where(js.issued_on.between(start, end)).scalar_subquery()
        reported = select(func.count()).where(rep.reported_on.between(start, end)).scalar_subquery()
        placed = select(func.count()).where(js.placed_on.between(start, end)).scalar_subquery()
        row = self._s.execute(select(registered, reported, placed)).one()
        return int(row[0]), int(row[1]), int(row[2])

    # ---- names ---------------------------------------------------------------------------------

    def services(self) -> Sequence[tuple[Any, ...]]:
        """(id, code, title, is_public, time_limit_value, time_limit_unit, position) of every service."""
        s = models.Service
        stmt = select(s.id, s.code, s.title, s.is_public, s.time_limit_value, s.time_limit_unit, s.position)
        return [tuple(r) for r in self._s.execute(stmt.order_by(s.position, s.code)).all()]

    def counters(self) -> Sequence[tuple[Any, ...]]:
        """(id, number, name, active) of every loket."""
        c = models.Counter
        return [tuple(r) for r in self._s.execute(select(c.id, c.number, c.name, c.active).order_by(c.number))]

    def user_names(self, ids: Sequence[uuid.UUID] | None = None) -> dict[uuid.UUID, str]:
        """Full names of users (all, or those with ``ids``)."""
        u = models.User
        stmt = select(u.id, u.full_name)
        if ids is not None:
            if not ids:
                return {}
            stmt = stmt.where(u.id.in_(list(ids)))
        return {r[0]: r[1] for r in self._s.execute(stmt)}
