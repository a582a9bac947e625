"""Read-only supervisor statistics: the live board and the throughput reports for any range of days."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any

from counter_app import letterhead
from counter_app.context import ServiceContext
from counter_app.errors import UserError
from counter_app.report_data import (
    MAX_RANGE_DAYS,
    NO_CLERK,
    NO_COUNTER,
    OVERDUE_LIST_LIMIT,
    QUEUE_UNITS,
    ApplicationFigures,
    DurationStats,
    GroupFigures,
    JobSeekerFigures,
    LiveBoard,
    LoketActivity,
    LoketNow,
    OverdueApplication,
    Report,
    ServiceWaiting,
    buckets,
    count_into,
    int_histogram,
    split_joined,
    within_share,
)
from counter_app.roles import Permission, Principal

__all__ = [
    "ApplicationFigures",
    "DurationStats",
    "GroupFigures",
    "JobSeekerFigures",
    "LiveBoard",
    "LoketActivity",
    "LoketNow",
    "OverdueApplication",
    "Report",
    "ReportService",
    "ServiceWaiting",
]


@dataclass
class _Group:
    """Counts and duration histograms of one row of a report table while the rows are added up."""

    key: str
    label: str
    order: tuple[Any, ...]
    issued: int = 0
    served: int = 0
    no_show: int = 0
    transferred: int = 0
    incomplete: int = 0

    def __post_init__(self) -> None:
        self.wait_counts: Counter[str] = Counter()  # seconds as SQL wrote them -> tickets
        self.serve_counts: Counter[str] = Counter()
        self.standard_counts: Counter[str] = Counter()  # serving seconds of the tickets served to the end
        self.wait: dict[int, int] = {}
        self.serve: dict[int, int] = {}

    def figures(self, limit_minutes: int | None = None) -> GroupFigures:
        self.wait, self.serve = int_histogram(self.wait_counts), int_histogram(self.serve_counts)
        within, counted = None, 0
        if limit_minutes is not None:
            standard = int_histogram(self.standard_counts)
            within, counted = within_share(standard, limit_minutes * 60), sum(standard.values())
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
            counted,
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
        """Throughput of the days ``start`` to ``end`` (inclusive) per service, loket and clerk.

        "Sesuai standar" is measured on the tickets served to the end (report_data.STANDARD_RULE). Overdue
        applications are those past due and unfinished at the end of the period, or now while it runs
        (report_data.OVERDUE_RULE). The kop saved in Profil Kantor travels with the report for its PDF.
        """
        principal.require(Permission.VIEW_REPORTS)
        if end < start:
            raise UserError("Tanggal akhir harus sama dengan atau setelah tanggal awal.")
        if (end - start).days + 1 > MAX_RANGE_DAYS:
            raise UserError("Rentang laporan paling panjang tiga tahun; persempit tanggalnya.")
        now = self._ctx.clock.now()
        since = dt.datetime.combine(start, dt.time())
        until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
        # Overdue applications as they stood at the end of the period (or now, while the period runs).
        as_of = min(now, until)
        with self._ctx.uow(read_only=True) as uow:
            q = uow.reports
            services = {r[0]: r for r in q.services()}
            counters = {r[0]: r for r in q.counters()}
            rows = q.ticket_groups(start, end)
            transfers = q.transfers(start, end)
            received = dict(q.applications_received(since, until))
            completed = {r[0]: (int(r[1]), int(r[2] or 0)) for r in q.applications_completed(since, until)}
            overdue_counts = dict(q.overdue_counts(as_of))
            overdue_rows = q.overdue_list(as_of, OVERDUE_LIST_LIMIT)
            clerk_ids = {r[2] for r in rows if r[2]} | {r[1] for r in transfers if r[1]}
            names = q.user_names(sorted(clerk_ids, key=str))
            jobseekers = JobSeekerFigures(*q.jobseeker_counts(start, end))
            kop = letterhead.office_kop(uow.office_settings)

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
                label = names.get(uid, "?") if isinstance(uid, uuid.UUID) else NO_CLERK
                groups[k] = _Group(k, label, (uid is None, label))
            return groups[k]

        total = _Group("", "Semua layanan", ())
        by_service: dict[str, _Group] = {}
        by_counter: dict[str, _Group] = {}
        by_clerk: dict[str, _Group] = {}
        hour_counts: Counter[str] = Counter()
        timed = {s[0] for s in services.values() if s[4] is not None and s[5] in QUEUE_UNITS}  # limit at the desk
        for sid, cid, uid, status, outcome, count, waits, serves, hours in rows:
            if status == "cancelled":
                continue  # the slip never printed: the number was never in the queue
            wait, serve = split_joined(waits), split_joined(serves)
            if hours:
                hour_counts.update(hours.split(","))
            by_this_service = service_group(by_service, sid)
            if outcome == "served" and sid in timed:  # report_data.STANDARD_RULE: tickets served to the end
                count_into(by_this_service.standard_counts, serve)
            for g in (
                total,
                by_this_service,
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
                if g is not total:  # the total's durations are the services' added up, below
                    count_into(g.wait_counts, wait)
                    count_into(g.serve_counts, serve)
        for g in by_service.values():
            total.wait_counts.update(g.wait_counts)
            total.serve_counts.update(g.serve_counts)
        for cid, uid, detail in transfers:
            total.transferred += 1
            from_service = (detail or {}).get("from_service")
            try:
                from_sid = uuid.UUID(from_service) if from_service else None
            except ValueError:
                from_sid = None
            if from_sid is not None:
                service_group(by_service, from_sid).transferred += 1
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
        late_on = now.date() if as_of == now else end
        overdue = tuple(
            OverdueApplication(
                number,
                services[sid][1] if sid in services else "?",
                received_at,
                due,
                (late_on - due.date()).days,
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
            overdue_as_of=as_of,
            kop=kop,
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
