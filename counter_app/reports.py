"""Read-only supervisor statistics: the live board and the throughput reports for any range of days."""

from __future__ import annotations

import bisect
import datetime as dt
import math
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from counter_app.context import ServiceContext
from counter_app.errors import UserError
from counter_app.roles import Permission, Principal

BUCKET_SECONDS = 300  # the spread is shown in 5-minute buckets
BUCKET_COUNT = 13  # 0-5, 5-10, ..., 55-60 and "60 menit atau lebih"
OVERDUE_LIST_LIMIT = 200
MAX_RANGE_DAYS = 3 * 366
NO_COUNTER = "Belum dipanggil"
NO_CLERK = "Tanpa petugas"
QUEUE_UNITS = {"menit": 1, "jam": 60}  # standards measured at the desk, in minutes


Values = Sequence[int]  # durations in whole seconds, sorted ascending


# ---- pure helpers -------------------------------------------------------------------------------------------


def percentile(values: Values, q: float) -> float | None:
    """The ``q``-quantile (0..1) of sorted ``values``, interpolated linearly between neighbours.

    Same rule as the usual "linear" method (numpy's default): rank ``q * (n - 1)`` in the sorted values.
    Returns None when there are no values.
    """
    if not 0 <= q <= 1:
        raise ValueError("q must be between 0 and 1")
    if not values:
        return None
    rank = q * (len(values) - 1)
    low = math.floor(rank)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (rank - low)


def mean(values: Values) -> float | None:
    """The mean of ``values`` (None when empty)."""
    return sum(values) / len(values) if values else None


def buckets(values: Values, width: int = BUCKET_SECONDS, count: int = BUCKET_COUNT) -> tuple[int, ...]:
    """Counts per bucket of ``width`` seconds of sorted ``values``; the last bucket holds everything from
    ``(count - 1) * width`` up (a value on an edge belongs to the bucket it starts)."""
    edges = [bisect.bisect_left(values, k * width) for k in range(1, count)]
    out, previous = [], 0
    for edge in edges:
        out.append(edge - previous)
        previous = edge
    out.append(len(values) - previous)
    return tuple(out)


def within_share(values: Values, limit_seconds: int) -> float | None:
    """The share (0..1) of sorted ``values`` at or under ``limit_seconds`` (None when empty)."""
    return bisect.bisect_right(values, limit_seconds) / len(values) if values else None


def parse_joined(text: str | None) -> list[int]:
    """'300,60,120' (a SQL group_concat / string_agg) -> [60, 120, 300]; None or '' -> []."""
    if not text:
        return []
    return sorted(map(int, text.split(",")))


def merged(parts: Iterable[Values]) -> list[int]:
    """One sorted list out of several sorted lists (sorting sorted runs is linear)."""
    out: list[int] = []
    for part in parts:
        out.extend(part)
    out.sort()
    return out


def bucket_label(index: int, width: int = BUCKET_SECONDS, count: int = BUCKET_COUNT) -> str:
    """'0-5', '5-10', ..., '≥ 60' (minutes)."""
    w = width // 60
    return f"≥ {index * w}" if index == count - 1 else f"{index * w}-{(index + 1) * w}"


# ---- results ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DurationStats:
    """Mean, median and 90th percentile of a duration, in seconds (None when nothing was measured)."""

    count: int
    mean: float | None
    median: float | None
    p90: float | None

    @classmethod
    def of(cls, values: Values) -> DurationStats:
        """The statistics of sorted durations in seconds."""
        return cls(len(values), mean(values), percentile(values, 0.5), percentile(values, 0.9))


@dataclass(frozen=True)
class GroupFigures:
    """Throughput of one service, one loket, one clerk, or all of them together."""

    key: str
    label: str
    issued: int
    served: int
    no_show: int
    transferred: int
    incomplete: int
    waiting: DurationStats
    serving: DurationStats
    limit_minutes: int | None = None  # the standard's time limit, for queue services
    within_limit: float | None = None  # share of served tickets whose serving took at most the limit


@dataclass(frozen=True)
class ApplicationFigures:
    """Applications of one service in the period."""

    service_code: str
    service_title: str
    limit_text: str
    received: int
    completed: int
    completed_on_time: int
    overdue_now: int

    @property
    def on_time_share(self) -> float | None:
        """Share of completed applications finished by their due time."""
        return self.completed_on_time / self.completed if self.completed else None


@dataclass(frozen=True)
class OverdueApplication:
    """An open application past its due time."""

    tracking_number: str
    service_code: str
    received_at: dt.datetime
    due_at: dt.datetime
    days_late: int


@dataclass(frozen=True)
class JobSeekerFigures:
    """AK/1 activity in the period."""

    registrations: int
    report_backs: int
    placements: int


@dataclass(frozen=True)
class Report:
    """Everything the Laporan screen, the PDF and the xlsx export show for a range of days."""

    start: dt.date
    end: dt.date
    generated_at: dt.datetime
    total: GroupFigures
    by_service: tuple[GroupFigures, ...]
    by_counter: tuple[GroupFigures, ...]
    by_clerk: tuple[GroupFigures, ...]
    wait_buckets: tuple[int, ...]
    serve_buckets: tuple[int, ...]
    arrivals_by_hour: tuple[int, ...]  # 24 values, hour 0..23
    applications: tuple[ApplicationFigures, ...]
    overdue_count: int
    overdue: tuple[OverdueApplication, ...]
    jobseekers: JobSeekerFigures | None

    @property
    def days(self) -> int:
        """How many calendar days the report covers."""
        return (self.end - self.start).days + 1


class LoketActivity(StrEnum):
    """What a loket is doing now."""

    IDLE = "idle"
    CALLING = "calling"
    SERVING = "serving"


ACTIVITY_LABELS = {LoketActivity.IDLE: "Kosong", LoketActivity.CALLING: "Memanggil", LoketActivity.SERVING: "Melayani"}


@dataclass(frozen=True)
class LoketNow:
    """One loket on the live board."""

    number: int
    name: str
    activity: LoketActivity
    ticket_code: str | None
    since: dt.datetime | None
    clerk: str

    @property
    def activity_label(self) -> str:
        """The state in Indonesian."""
        return ACTIVITY_LABELS[self.activity]


@dataclass(frozen=True)
class ServiceWaiting:
    """Tickets waiting now for one service."""

    service_code: str
    service_title: str
    waiting: int
    longest_wait_seconds: float


@dataclass(frozen=True)
class LiveBoard:
    """The desk right now."""

    at: dt.datetime
    waiting: tuple[ServiceWaiting, ...]
    lokets: tuple[LoketNow, ...]
    issued_today: int
    served_today: int
    longest_wait_seconds: float | None

    @property
    def waiting_total(self) -> int:
        """Everyone waiting now."""
        return sum(w.waiting for w in self.waiting)


# ---- the service --------------------------------------------------------------------------------------------


@dataclass
class _Group:
    key: str
    label: str
    order: tuple[Any, ...]
    issued: int = 0
    served: int = 0
    no_show: int = 0
    transferred: int = 0
    incomplete: int = 0

    def __post_init__(self) -> None:
        self.waits: list[list[int]] = []  # sorted runs, merged once at the end
        self.serves: list[list[int]] = []
        self.wait: list[int] = []
        self.serve: list[int] = []

    def figures(self, limit_minutes: int | None = None) -> GroupFigures:
        self.wait, self.serve = merged(self.waits), merged(self.serves)
        within = None
        if limit_minutes is not None:
            within = within_share(self.serve, limit_minutes * 60)
        return GroupFigures(
            self.key,
            self.label,
            self.issued,
            self.served,
            self.no_show,
            self.transferred,
            self.incomplete,
            DurationStats.of(self.wait),
            DurationStats.of(self.serve),
            limit_minutes,
            within,
        )


def _key(value: object) -> str:
    return "" if value is None else str(value)


class ReportService:
    """Live board and reports for the supervisor; reading changes nothing, every export is audited."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def live_board(self, principal: Principal) -> LiveBoard:
        """Waiting per service, what each loket does, issued and served today, the longest wait now."""
        principal.require(Permission.VIEW_REPORTS)
        now = self._ctx.clock.now()
        day = now.date()
        with self._ctx.uow(read_only=True) as uow:
            q = uow.reports
            services = {r[0]: r for r in q.services()}
            waiting = []
            for service_id, count, earliest in q.waiting_now(day):
                s = services.get(service_id)
                waiting.append(
                    ServiceWaiting(
                        s[1] if s else "?",
                        s[2] if s else "?",
                        int(count),
                        max(0.0, (now - earliest).total_seconds()),
                    )
                )
            waiting.sort(key=lambda w: (-w.longest_wait_seconds, w.service_code))
            current = {t.counter_id: t for t in q.current_tickets(day)}
            names = q.user_names([t.clerk_id for t in current.values() if t.clerk_id])
            lokets = []
            for counter_id, number, name, active in q.counters():
                t = current.get(counter_id)
                if t is None:
                    if active:
                        lokets.append(LoketNow(number, name, LoketActivity.IDLE, None, None, ""))
                    continue
                serving = t.status == "serving"
                lokets.append(
                    LoketNow(
                        number,
                        name,
                        LoketActivity.SERVING if serving else LoketActivity.CALLING,
                        t.code,
                        t.serving_started_at if serving else t.called_at,
                        names.get(t.clerk_id, "") if t.clerk_id else "",
                    )
                )
            issued, served = q.day_totals(day)
        longest = max((w.longest_wait_seconds for w in waiting), default=None)
        return LiveBoard(now, tuple(waiting), tuple(lokets), issued, served, longest)

    def report(self, principal: Principal, start: dt.date, end: dt.date) -> Report:
        """Throughput of the days ``start`` to ``end`` (inclusive) per service, loket and clerk."""
        principal.require(Permission.VIEW_REPORTS)
        if end < start:
            raise UserError("Tanggal akhir harus sama dengan atau setelah tanggal awal.")
        if (end - start).days + 1 > MAX_RANGE_DAYS:
            raise UserError("Rentang laporan paling panjang tiga tahun; persempit tanggalnya.")
        now = self._ctx.clock.now()
        since = dt.datetime.combine(start, dt.time())
        until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
        with self._ctx.uow(read_only=True) as uow:
            q = uow.reports
            services = {r[0]: r for r in q.services()}
            counters = {r[0]: r for r in q.counters()}
            rows = q.ticket_groups(start, end)
            transfers = q.transfers(start, end)
            received = dict(q.applications_received(since, until))
            completed = {r[0]: (int(r[1]), int(r[2] or 0)) for r in q.applications_completed(since, until)}
            overdue_counts = dict(q.overdue_counts(now))
            overdue_rows = q.overdue_list(now, OVERDUE_LIST_LIMIT)
            clerk_ids = {r[2] for r in rows if r[2]} | {r[1] for r in transfers if r[1]}
            names = q.user_names(sorted(clerk_ids, key=str))
            jobseekers = self._jobseeker_figures(uow, since, until)

        def service_group(groups: dict[str, _Group], sid: object) -> _Group:
            k = _key(sid)
            if k not in groups:
                s = services.get(sid)
                groups[k] = _Group(k, f"{s[1]} - {s[2]}" if s else "?", (s[6] if s else 999, s[1] if s else k))
            return groups[k]

        def counter_group(groups: dict[str, _Group], cid: object) -> _Group:
            k = _key(cid)
            if k not in groups:
                c = counters.get(cid)
                groups[k] = _Group(k, c[2] if c else NO_COUNTER, (c[1] if c else 10**6,))
            return groups[k]

        def clerk_group(groups: dict[str, _Group], uid: object) -> _Group:
            k = _key(uid)
            if k not in groups:
                label = names.get(uid, "?") if uid else NO_CLERK  # type: ignore[arg-type]
                groups[k] = _Group(k, label, (uid is None, label))
            return groups[k]

        total = _Group("", "Semua layanan", ())
        by_service: dict[str, _Group] = {}
        by_counter: dict[str, _Group] = {}
        by_clerk: dict[str, _Group] = {}
        hour_counts: Counter[str] = Counter()
        for sid, cid, uid, status, outcome, count, waits, serves, hours in rows:
            if status == "cancelled":
                continue  # the slip never printed: the number was never in the queue
            wait, serve = parse_joined(waits), parse_joined(serves)
            if hours:
                hour_counts.update(hours.split(","))
            for g in (
                total,
                service_group(by_service, sid),
                counter_group(by_counter, cid),
                clerk_group(by_clerk, uid),
            ):
                g.issued += count
                if outcome == "served":
                    g.served += count
                elif outcome == "no_show":
                    g.no_show += count
                elif outcome == "incomplete":
                    g.incomplete += count
                g.waits.append(wait)
                g.serves.append(serve)
        for cid, uid, detail in transfers:
            total.transferred += 1
            from_service = (detail or {}).get("from_service")
            try:
                sid: object = uuid.UUID(from_service) if from_service else None
            except ValueError:
                sid = None
            if sid is not None:
                service_group(by_service, sid).transferred += 1
            counter_group(by_counter, cid).transferred += 1
            clerk_group(by_clerk, uid).transferred += 1

        hours = [0] * 24
        for hour, count in hour_counts.items():
            if 0 <= int(hour) < 24:
                hours[int(hour)] += count

        def limit_minutes(sid_key: str) -> int | None:
            s = next((s for s in services.values() if str(s[0]) == sid_key), None)
            if s is None or s[4] is None or s[5] not in QUEUE_UNITS:
                return None
            return int(s[4]) * QUEUE_UNITS[s[5]]

        service_rows = tuple(
            g.figures(limit_minutes(g.key)) for g in sorted(by_service.values(), key=lambda g: g.order)
        )
        apps = []
        for sid in sorted(set(received) | set(completed) | set(overdue_counts), key=lambda s: services[s][6]):
            s = services[sid]
            done, on_time = completed.get(sid, (0, 0))
            limit = f"{s[4]} {s[5]}" if s[4] is not None and s[5] else "-"
            apps.append(
                ApplicationFigures(
                    s[1], s[2], limit, int(received.get(sid, 0)), done, on_time, int(overdue_counts.get(sid, 0))
                )
            )
        overdue = tuple(
            OverdueApplication(
                number,
                services[sid][1] if sid in services else "?",
                received_at,
                due,
                (now.date() - due.date()).days,
            )
            for number, sid, received_at, due in overdue_rows
        )
        total_figures = total.figures()
        return Report(
            start=start,
            end=end,
            generated_at=now,
            total=total_figures,
            by_service=service_rows,
            by_counter=tuple(g.figures() for g in sorted(by_counter.values(), key=lambda g: g.order)),
            by_clerk=tuple(g.figures() for g in sorted(by_clerk.values(), key=lambda g: g.order)),
            wait_buckets=buckets(total.wait),
            serve_buckets=buckets(total.serve),
            arrivals_by_hour=tuple(hours),
            applications=tuple(apps),
            overdue_count=sum(int(v) for v in overdue_counts.values()),
            overdue=overdue,
            jobseekers=jobseekers,
        )

    def record_export(self, principal: Principal, start: dt.date, end: dt.date, kind: str) -> None:
        """Write to the audit trail that a report of start..end left the program as ``kind`` ("xlsx" or "pdf")."""
        principal.require(Permission.VIEW_REPORTS)
        if kind not in ("xlsx", "pdf"):
            raise UserError("Format ekspor hanya Excel (xlsx) atau PDF.")
        with self._ctx.uow() as uow:
            self._ctx.audit(
                uow, principal, "report.export", "report", f"{start}..{end}", kind=kind, start=str(start), end=str(end)
            )
            uow.commit()

    @staticmethod
    def _jobseeker_figures(uow: Any, since: dt.datetime, until: dt.datetime) -> JobSeekerFigures | None:
        counts = getattr(uow.reports, "jobseeker_counts", None)
        if counts is None:
            return None
        row = counts(since, until)
        return None if row is None else JobSeekerFigures(*row)


def period_label(start: dt.date, end: dt.date) -> str:
    """'25 November 2026', 'November 2026' or '1 - 25 November 2026' style, in Indonesian."""
    months = [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ]
    if start == end:
        return f"{start.day} {months[start.month - 1]} {start.year}"
    next_month = (end + dt.timedelta(days=1)).day == 1
    if start.day == 1 and next_month and (start.year, start.month) == (end.year, end.month):
        return f"{months[start.month - 1]} {start.year}"
    if start.day == 1 and start.month == 1 and end.month == 12 and end.day == 31 and start.year == end.year:
        return f"Tahun {start.year}"
    return f"{start.day} {months[start.month - 1]} {start.year} - {end.day} {months[end.month - 1]} {end.year}"


def minutes_text(seconds: float | None) -> str:
    """'12,5' minutes with a decimal comma, or '-' when nothing was measured."""
    if seconds is None:
        return "-"
    return f"{seconds / 60:.1f}".replace(".", ",")


def share_text(share: float | None) -> str:
    """'87,5%' or '-'."""
    if share is None:
        return "-"
    return f"{share * 100:.1f}%".replace(".", ",")


def iter_groups(report: Report) -> Iterable[tuple[str, tuple[GroupFigures, ...]]]:
    """The three throughput tables with their Indonesian titles."""
    yield "Per layanan", report.by_service
    yield "Per loket", report.by_counter
    yield "Per petugas", report.by_clerk
