"""Supervisor's board and reports on both engines: a seeded day with known times gives hand-computed figures.

The day (tests/support/reports_day.py), by ticket — wait = last call minus issue, serve = end minus start:

| ticket | service | issued | called (loket) | serving | end | outcome | wait | serve |
|---|---|---|---|---|---|---|---|---|
| A-001 | AK1 | 08.00 | 08.10 (1) | 08.12 | 08.32 | served | 600 | 1200 |
| A-002 | AK1 | 08.05 | 08.15 (2) | 08.16 | 08.56 | incomplete | 600 | 2400 |
| B-001 | BKK | 08.10 | 09.00 (2) | - | 09.05 | no-show | 3000 | - |
| C-001 | CPMI | 08.20 | 09.06 (2), transferred 09.10, 09.20 (1) | 09.21 | 09.31 | served | 3600 | 600 |
| A-003 | AK1 | 09.30 | 09.40 (1) | 09.41 | 10.21 | served | 600 | 2400 |
| A-004 | AK1 | 10.00 | - | - | - | waiting | - | - |
| B-002 | BKK | 10.05 | slip failed to print: cancelled, not counted | | | | | |

Waits sorted 600, 600, 600, 3000, 3600: mean 8400/5 = 1680; median 600; p90 rank 0.9*4 = 3.6 ->
3000 + 0.6*600 = 3360. Serves sorted 600, 1200, 2400, 2400: mean 6600/4 = 1650; median rank 1.5 -> 1800;
p90 rank 2.7 -> 2400.

"Sesuai standar" (report_data.STANDARD_RULE) counts only tickets served to the end: AK1 (30 minutes) is measured
on A-001 (1200 s, within) and A-003 (2400 s, over) = 1/2; A-002's 40 minutes of an incomplete intake are not
measured, because the standard's clock starts only once the documents are complete.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from support import store
from support.reports_day import DAY, at, finish_work_item, seed_day, seed_office

from counter_app import report_export
from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.db import models
from counter_app.errors import PermissionDenied, UserError
from counter_app.jobseekers import Placement
from counter_app.reports import DurationStats, JobSeekerFigures, LoketActivity
from counter_app.roles import COMMAND_LINE

from . import test_jobseekers

A = COMMAND_LINE


def by_label(groups: tuple, label: str):  # type: ignore[no-untyped-def]
    return next(g for g in groups if g.label == label)


def test_day_report_equals_hand_computed_figures(core: Core, clock: FixedClock) -> None:
    seed_day(core, clock)
    r = core.reports.report(A, DAY, DAY)

    t = r.total
    assert (t.issued, t.served, t.no_show, t.transferred, t.incomplete) == (6, 3, 1, 1, 1)
    assert t.waiting == DurationStats(5, 1680.0, 600.0, 3360.0)
    assert t.serving == DurationStats(4, 1650.0, 1800.0, 2400.0)
    assert r.wait_buckets == (0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1)
    assert r.serve_buckets == (0, 0, 1, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0)
    assert r.arrivals_by_hour[8:11] == (4, 1, 1)
    assert sum(r.arrivals_by_hour) == 6

    ak1 = next(g for g in r.by_service if g.label.startswith("AK1 - "))
    assert (ak1.issued, ak1.served, ak1.no_show, ak1.transferred, ak1.incomplete) == (4, 2, 0, 0, 1)
    assert ak1.waiting == DurationStats(3, 600.0, 600.0, 600.0)
    assert ak1.serving == DurationStats(3, 2000.0, 2400.0, 2400.0)  # 1200, 2400, 2400
    assert ak1.limit_minutes == 30
    assert (ak1.within_limit, ak1.limit_counted) == (0.5, 2)  # A-001 within 30 min, A-003 over; A-002 incomplete
    bkk = next(g for g in r.by_service if g.label.startswith("BKK - "))
    assert (bkk.issued, bkk.no_show, bkk.serving.count) == (1, 1, 0)
    assert bkk.limit_minutes is None  # a standard in hari kerja: measured on applications, not at the desk
    cpmi = next(g for g in r.by_service if g.label.startswith("CPMI - "))
    assert (cpmi.issued, cpmi.served, cpmi.transferred) == (1, 1, 1)
    assert cpmi.waiting == DurationStats(1, 3600.0, 3600.0, 3600.0)
    assert (cpmi.within_limit, cpmi.limit_counted) == (1.0, 1)

    loket1 = by_label(r.by_counter, "Loket 1 - Kartu Kuning")
    loket2 = by_label(r.by_counter, "Loket 2 - Penempatan")
    waiting = by_label(r.by_counter, "Belum dipanggil")
    assert (loket1.issued, loket1.served, loket1.transferred) == (3, 3, 0)
    assert loket1.waiting == DurationStats(3, 1600.0, 600.0, 3000.0)  # 600, 600, 3600: p90 600 + 0.8*3000
    assert (loket2.issued, loket2.served, loket2.no_show, loket2.incomplete, loket2.transferred) == (2, 0, 1, 1, 1)
    assert loket2.serving == DurationStats(1, 2400.0, 2400.0, 2400.0)
    assert (waiting.issued, waiting.waiting.count) == (1, 0)
    assert [g.label for g in r.by_counter] == ["Loket 1 - Kartu Kuning", "Loket 2 - Penempatan", "Belum dipanggil"]

    fauzi = by_label(r.by_clerk, "Ahmad Fauzi")
    dewi = by_label(r.by_clerk, "Dewi Lestari")
    assert (fauzi.issued, fauzi.served, fauzi.serving.mean) == (3, 3, 1400.0)  # 1200, 600, 2400
    assert (dewi.issued, dewi.no_show, dewi.incomplete, dewi.transferred) == (2, 1, 1, 1)
    assert by_label(r.by_clerk, "Tanpa petugas").issued == 1


def test_applications_on_time_and_overdue(core: Core, clock: FixedClock) -> None:
    day = seed_day(core, clock)
    at(clock, "09:00", DAY + dt.timedelta(days=2))  # Wednesday: the 1-hari-kerja items were due Tuesday 15.00
    finish_work_item(core, day.work_items["late"], DAY + dt.timedelta(days=2))

    # Monday is over: at its end (Tuesday 00.00) nothing was past its due time yet.
    monday = core.reports.report(A, DAY, DAY)
    sarana = next(a for a in monday.applications if a.service_code == "SARANA")
    assert (sarana.received, sarana.completed, sarana.completed_on_time, sarana.overdue_open) == (3, 1, 1, 0)
    assert sarana.limit_text == "1 hari"
    assert (monday.overdue_count, monday.overdue, monday.overdue_is_now) == (0, (), False)
    assert monday.overdue_as_of == dt.datetime.combine(DAY + dt.timedelta(days=1), dt.time())

    # The week still runs: overdue now is the open item; the one finished on Wednesday counts as late.
    week = core.reports.report(A, DAY, DAY + dt.timedelta(days=4))
    sarana = next(a for a in week.applications if a.service_code == "SARANA")
    assert (sarana.received, sarana.completed, sarana.completed_on_time, sarana.completed_late) == (3, 2, 1, 1)
    assert sarana.on_time_share == 0.5
    assert (sarana.overdue_open, week.overdue_count, week.overdue_is_now, week.overdue_when) == (1, 1, True, "saat ini")
    assert [(o.service_code, o.days_late) for o in week.overdue] == [("SARANA", 1)]
    assert week.total.issued == 6  # no tickets on the other days


def test_overdue_of_a_past_month_is_as_it_stood_at_its_end(core: Core, clock: FixedClock) -> None:
    """November's report, read on 10 December, lists what was overdue on 30 November at midnight."""
    day = seed_day(core, clock)  # three SARANA items received Monday 23 November, due Tuesday 24 at 15.00
    at(clock, "10:00", dt.date(2026, 12, 2))
    finish_work_item(core, day.work_items["late"], dt.date(2026, 12, 2))  # finished late, in December
    at(clock, "11:00", dt.date(2026, 12, 7))
    core.applications.reject(A, day.work_items["open"], "Lampu sudah diganti pihak lain")  # closed in December
    at(clock, "09:00", dt.date(2026, 12, 10))

    november = core.reports.report(A, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    sarana = next(a for a in november.applications if a.service_code == "SARANA")
    # On 30 November both unfinished items were past due: 6 days (24 -> 30 November); one finished on time.
    assert (sarana.received, sarana.completed, sarana.completed_on_time, sarana.completed_late) == (3, 1, 1, 0)
    assert (sarana.overdue_open, november.overdue_count) == (2, 2)
    assert sorted(o.days_late for o in november.overdue) == [6, 6]
    assert november.overdue_when == "pada akhir periode (30-11-2026)"

    december = core.reports.report(A, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    sarana = next(a for a in december.applications if a.service_code == "SARANA")
    # Now nothing is open any more; the item finished on 2 December is the month's late completion.
    assert (sarana.received, sarana.completed, sarana.completed_on_time, sarana.completed_late) == (0, 1, 0, 1)
    assert (sarana.overdue_open, december.overdue_count, december.overdue_is_now) == (0, 0, True)

    first_week = core.reports.report(A, dt.date(2026, 12, 1), dt.date(2026, 12, 5))
    # At the end of 5 December the rejected item (closed on the 7th) was still open and 11 days late.
    assert [o.days_late for o in first_week.overdue] == [11]
    assert first_week.completed_late == 1


def test_arrivals_per_hour_read_the_office_hour_at_the_edge(core: Core, clock: FixedClock) -> None:
    """Times are stored as the office's wall clock (WIB, naive): 09:59:59.999999 is hour 9, 10:00:00 hour 10."""
    seed_office(core)
    services = {s.code: s.id for s in core.catalogue.list_services(A)}
    for moment in (dt.time(8, 0), dt.time(9, 59, 59, 999999), dt.time(10, 0), dt.time(10, 0, 0, 1)):
        clock.set(dt.datetime.combine(DAY, moment))
        slip = core.queue.issue_ticket(services["AK1"])
        core.queue.confirm_printed(slip.ticket_id)
    hours = core.reports.report(A, DAY, DAY).arrivals_by_hour
    assert (hours[8], hours[9], hours[10], sum(hours)) == (1, 1, 2, 4)


def test_empty_period_and_bad_range(core: Core) -> None:
    r = core.reports.report(A, dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert r.total.issued == 0
    assert r.total.waiting == DurationStats(0, None, None, None)
    assert r.by_service == () and r.wait_buckets == (0,) * 13
    with pytest.raises(UserError, match="Tanggal akhir"):
        core.reports.report(A, DAY, DAY - dt.timedelta(days=1))


def test_live_board(core: Core, clock: FixedClock) -> None:
    day = seed_day(core, clock)
    board = core.reports.live_board(A)
    assert (board.issued_today, board.served_today) == (6, 3)
    assert [(w.service_code, w.waiting, w.longest_wait_seconds) for w in board.waiting] == [("AK1", 1, 1800.0)]
    assert board.longest_wait_seconds == 1800.0  # A-004 since 10.00, now 10.30
    assert {lk.number: lk.activity for lk in board.lokets} == {n: LoketActivity.IDLE for n in (1, 2, 3, 4)}

    at(clock, "10:31")
    ticket = core.queue.call_next(day.clerk2, day.counters[2])
    assert ticket is not None
    at(clock, "10:35")
    board = core.reports.live_board(A)
    loket2 = next(lk for lk in board.lokets if lk.number == 2)
    assert (loket2.activity, loket2.ticket_code, loket2.clerk) == (LoketActivity.CALLING, "A-004", "Dewi Lestari")
    assert loket2.since == dt.datetime(2026, 11, 23, 10, 31)
    at(clock, "10:36")
    core.queue.start_serving(day.clerk2, ticket.id)
    board = core.reports.live_board(A)
    loket2 = next(lk for lk in board.lokets if lk.number == 2)
    assert (loket2.activity, loket2.activity_label, loket2.since) == (
        LoketActivity.SERVING,
        "Melayani",
        dt.datetime(2026, 11, 23, 10, 36),
    )
    assert board.waiting == () and board.longest_wait_seconds is None


def test_reports_read_only_and_guarded(make_core: Callable[..., Core], clock: FixedClock) -> None:
    core = make_core()
    seed_day(core, clock)
    before = store.snapshot(core.engine)
    core.reports.report(A, DAY, DAY)
    core.reports.live_board(A)
    assert store.diff(before, store.snapshot(core.engine)) == {}
    clerk = core.auth.login("loket1", "rahasia123")
    with pytest.raises(PermissionDenied):
        core.reports.report(clerk, DAY, DAY)
    with pytest.raises(PermissionDenied):
        core.reports.live_board(clerk)


def test_report_index_is_used_by_the_grouping(core: Core) -> None:
    """The grouping columns are the leading columns of ix_ticket_report (the migration made it)."""
    with core.engine.connect() as conn:
        names = {ix["name"] for ix in core.engine.dialect.get_indexes(conn, "ticket")}
        assert "ix_ticket_report" in names
        assert conn.execute(select(models.Ticket.id).limit(1)).first() is None


def test_xlsx_export_progress_and_cancel(core: Core, clock: FixedClock, tmp_path: Path) -> None:
    seed_day(core, clock)
    report = core.reports.report(A, DAY, DAY)
    seen: list[float] = []
    path = report_export.export_xlsx(report, tmp_path / "hari.xlsx", seen.append, lambda: False)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 8
    clerks = {r[0]: r for r in load_workbook(path)["Per petugas"].iter_rows(min_row=2, values_only=True)}
    assert clerks["Dewi Lestari"][1:6] == (2, 0, 1, 1, 1)

    calls = iter([False, False, True])
    with pytest.raises(report_export.ExportCancelled):
        report_export.export_xlsx(report, tmp_path / "batal.xlsx", None, lambda: next(calls, True))
    assert not (tmp_path / "batal.xlsx").exists() and not list(tmp_path.glob("*.part"))
    with pytest.raises(UserError, match="tidak dapat disimpan"):
        report_export.export_xlsx(report, tmp_path / "no-such-folder" / "x.xlsx")


def test_ak1_registrations_report_backs_and_placements(core: Core, clock: FixedClock) -> None:
    first = test_jobseekers.register(core)  # issued today, Monday 23 November
    second = test_jobseekers.register(core, test_jobseekers.profile(nik="3516081203850002", name="Budi Santoso"))
    clock.advance(hours=2)
    core.jobseekers.record_report(A, first.summary.id, DAY)
    core.jobseekers.record_placement(A, second.summary.id, Placement("PT Maju Jaya", "Operator produksi", DAY))
    assert core.reports.report(A, DAY, DAY).jobseekers == JobSeekerFigures(2, 1, 1)
    assert core.reports.report(A, DAY - dt.timedelta(days=7), DAY - dt.timedelta(days=1)).jobseekers == (
        JobSeekerFigures(0, 0, 0)
    )


def test_bench_seeding_still_fits_the_schema(core: Core) -> None:
    """bench/reports.py bulk-inserts rows by hand: a small run keeps it in step with the models."""
    spec = importlib.util.spec_from_file_location("bench_reports", Path(__file__).parents[2] / "bench" / "reports.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench.seed_office(core)
    bench.fill_tickets(core, 3430)  # ten a working day
    bench.fill_applications(core, 500)
    report = core.reports.report(A, bench.FIRST_DAY, bench.LAST_DAY)
    assert report.total.issued == 3430
    assert report.total.served + report.total.no_show + report.total.incomplete == 3430
    assert sum(a.received for a in report.applications) == 500
