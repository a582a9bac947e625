"""Prints supervisor report timings with 1,000,000 historical tickets and 300,000 applications (issue 7, "Proof").

Both engines: a temporary SQLite file and a throwaway PostgreSQL cluster (tests/support/postgres.py). The store is
built by the product (migrations, catalogue, demo loket and users), then filled with bulk inserts: tickets on every
working day of about fifteen months (busier mornings, a realistic mix of services, no-shows, transfers and
incomplete files), and applications received over the same months (most completed, one in ten of them late;
half of the last two weeks' and one in a hundred older ones still open).
Then it times, through ``ReportService``:

- a day report (target <= 100 ms);
- a year report (target <= 1.5 s);
- a month's xlsx export: the month's report plus writing the workbook (target <= 2 s).

PostgreSQL is vacuumed and analysed after the load (autovacuum would); SQLite is not analysed (the program never
runs ANALYZE).

Run: ``.venv/bin/python bench/reports.py``; BENCH_TICKETS (default 1000000), BENCH_APPLICATIONS (default 300000)
change the sizes; BENCH_ENGINES=postgresql runs one engine only.
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/ holds queue.py: with bench/ first on sys.path, "import queue" (psycopg does) would import it.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent / "tests"))  # for support.postgres

import datetime as dt  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Callable  # noqa: E402

from argon2 import PasswordHasher  # noqa: E402
from support import postgres as pg_support  # noqa: E402

from counter_app import demo, report_export  # noqa: E402
from counter_app.clock import FixedClock  # noqa: E402
from counter_app.core import Core, build_core  # noqa: E402
from counter_app.db import models  # noqa: E402
from counter_app.roles import COMMAND_LINE  # noqa: E402
from counter_app.settings import Settings  # noqa: E402

TICKETS = int(os.environ.get("BENCH_TICKETS", "1000000"))
APPLICATIONS = int(os.environ.get("BENCH_APPLICATIONS", "300000"))
ENGINES = os.environ.get("BENCH_ENGINES", "sqlite,postgresql").split(",")
REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))
CHUNK = 20_000
NOW = dt.datetime(2026, 11, 25, 15, 0)
FIRST_DAY = dt.date(2025, 8, 1)
LAST_DAY = dt.date(2026, 11, 24)
TARGETS = {"day report": 0.100, "year report": 1.5, "month xlsx export": 2.0}
# Share of the day's arrivals per hour from 08.00 (mornings are busy, Friday and afternoons quieter).
HOUR_WEIGHTS = (30, 25, 16, 8, 3, 9, 7, 2)


def seed_office(core: Core) -> None:
    """The demo users and loket (not the rest of demo.seed: job seekers, surveys and letters are not timed here)."""
    for username, full_name, role, nip in demo.DEMO_USERS:
        core.users.add_user(
            COMMAND_LINE, username=username, full_name=full_name, role=role, password=demo.DEMO_PASSWORD, nip=nip
        )
    by_code = {s.code: s.id for s in core.catalogue.list_services(COMMAND_LINE)}
    for number, name, codes in demo.DEMO_COUNTERS:
        core.counters.save_counter(
            COMMAND_LINE,
            counter_id=None,
            number=number,
            name=name,
            active=True,
            service_ids=[by_code[c] for c in codes if c in by_code],
        )


def working_days() -> list[dt.date]:
    """Monday to Friday from FIRST_DAY to LAST_DAY."""
    days, day = [], FIRST_DAY
    while day <= LAST_DAY:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def fill_tickets(core: Core, count: int) -> None:
    """Insert ``count`` finished tickets spread over the working days, and a transfer event for some of them."""
    services = [s for s in core.catalogue.list_services(COMMAND_LINE) if s.is_public]
    lokets = {c.number: c for c in core.counters.list_counters(COMMAND_LINE)}
    clerks = [u.id for u in core.users.list_users(COMMAND_LINE) if u.username.startswith("loket")]
    others = [u.id for u in core.users.list_users(COMMAND_LINE) if u.username in ("pengantar", "verifikator")]
    by_service = {}
    for number, counter in lokets.items():
        for sid in counter.service_ids:
            by_service.setdefault(sid, []).append(number)
    queue_services = [s for s in services if s.id in by_service and s.ticket_prefix]
    weights = [8 if s.code == "AK1" else 2 if s.code in ("BKK", "CPMI") else 1 for s in queue_services]
    days = working_days()
    per_day = count // len(days)
    extra = count - per_day * len(days)
    rng = random.Random(7)
    rows: list[dict[str, object]] = []
    events: list[dict[str, object]] = []

    def flush(conn: object) -> None:
        conn.execute(models.Ticket.__table__.insert(), rows)  # type: ignore[attr-defined]
        if events:
            conn.execute(models.TicketEvent.__table__.insert(), events)  # type: ignore[attr-defined]
        rows.clear()
        events.clear()

    with core.engine.begin() as conn:
        for n_day, day in enumerate(days):
            numbers: dict[uuid.UUID, int] = {}
            todays = per_day + (1 if n_day < extra else 0)
            for _ in range(todays):
                service = rng.choices(queue_services, weights)[0]
                numbers[service.id] = numbers.get(service.id, 0) + 1
                hour = 8 + rng.choices(range(len(HOUR_WEIGHTS)), HOUR_WEIGHTS)[0]
                issued = dt.datetime.combine(day, dt.time(hour, rng.randrange(60), rng.randrange(60)))
                loket = lokets[rng.choice(by_service[service.id])]
                clerk = clerks[(loket.number - 1) % len(clerks)] if loket.number <= 2 else rng.choice(others)
                called = issued + dt.timedelta(seconds=int(rng.expovariate(1 / 900)) + 30)
                r = rng.random()
                outcome = "served" if r < 0.86 else "no_show" if r < 0.93 else "incomplete"
                started = finished = None
                if outcome != "no_show":
                    started = called + dt.timedelta(seconds=rng.randrange(20, 180))
                    finished = started + dt.timedelta(seconds=int(rng.gauss(600, 240)) % 3600 + 60)
                tid = uuid.uuid4()
                rows.append(
                    {
                        "id": tid,
                        "day": day,
                        "number": numbers[service.id],
                        "code": f"{service.ticket_prefix}-{numbers[service.id]:03d}",
                        "origin_service_id": service.id,
                        "service_id": service.id,
                        "target_counter_id": None,
                        "priority": rng.random() < 0.05,
                        "status": "no_show" if outcome == "no_show" else "done",
                        "outcome": outcome,
                        "counter_id": loket.id,
                        "clerk_id": clerk,
                        "issued_at": issued,
                        "queued_at": issued,
                        "called_at": called,
                        "call_count": 1,
                        "serving_started_at": started,
                        "finished_at": finished or called + dt.timedelta(minutes=3),
                        "note": "",
                    }
                )
                if rng.random() < 0.01:
                    events.append(
                        {
                            "id": uuid.uuid4(),
                            "ticket_id": tid,
                            "at": called + dt.timedelta(seconds=30),
                            "kind": "transfer",
                            "from_status": "serving",
                            "to_status": "waiting",
                            "counter_id": loket.id,
                            "user_id": clerk,
                            "detail": {"from_service": str(service.id), "to_counter": 2},
                        }
                    )
                if len(rows) >= CHUNK:
                    flush(conn)
        if rows:
            flush(conn)


def fill_applications(core: Core, count: int) -> None:
    """Insert ``count`` applications received over the same months (no applicant rows: not needed here)."""
    services = [s for s in core.catalogue.list_services(COMMAND_LINE) if s.is_public]
    rng = random.Random(11)
    span = int(
        (dt.datetime.combine(LAST_DAY, dt.time(15)) - dt.datetime.combine(FIRST_DAY, dt.time(8))).total_seconds()
    )
    per_code: dict[str, int] = {}
    with core.engine.begin() as conn:
        for start in range(0, count, CHUNK):
            rows = []
            for _ in range(start, min(start + CHUNK, count)):
                s = rng.choice(services)
                per_code[s.code] = per_code.get(s.code, 0) + 1
                received = dt.datetime.combine(FIRST_DAY, dt.time(8)) + dt.timedelta(seconds=rng.randrange(span))
                due = received + dt.timedelta(days=5)
                r = rng.random()
                recent = received > NOW - dt.timedelta(days=14)
                if r < (0.5 if recent else 0.01):
                    status, updated = "in_progress", received  # still open (older ones: overdue)
                elif not recent and r < 0.06:
                    status, updated = "rejected", received + dt.timedelta(days=1)
                else:  # completed; about one in ten after the due time
                    late = rng.random() < 0.1
                    hours = rng.randrange(24 * 5, 24 * 10) if late else rng.randrange(2, 24 * 5)
                    status, updated = "completed", min(NOW, received + dt.timedelta(hours=hours))
                rows.append(
                    {
                        "id": uuid.uuid4(),
                        "tracking_number": f"{s.code}-{received.year}-{per_code[s.code]:06d}",
                        "service_id": s.id,
                        "intake_id": None,
                        "applicant_id": None,
                        "subject": "",
                        "received_at": received,
                        "due_at": due,
                        "step_position": None,
                        "status": status,
                        "product_number": None,
                        "product_date": None,
                        "version": 1,
                        "created_by": None,
                        "updated_at": updated,
                    }
                )
            conn.execute(models.Application.__table__.insert(), rows)


def timed(call: Callable[[], object]) -> tuple[float, float]:
    """Median wall-clock and median CPU seconds of this process for ``call`` over REPEAT runs after a warm-up.

    The CPU time holds SQLite's work (it runs in this process) and the Python side; it shows the cost apart
    from other programs competing for the processor. PostgreSQL's own work is only in the wall-clock figure.
    """
    call()
    wall, cpu = [], []
    for _ in range(REPEAT):
        t0, c0 = time.perf_counter(), time.process_time()
        call()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall), statistics.median(cpu)


def run(url: str, label: str, folder: Path) -> bool:
    core = build_core(
        Settings(db_url=url, station_name="BENCH"),
        clock=FixedClock(NOW),
        hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1),
    )
    try:
        seed_office(core)
        t0 = time.perf_counter()
        fill_tickets(core, TICKETS)
        fill_applications(core, APPLICATIONS)
        if core.store_kind == "postgresql":
            # What autovacuum does after a bulk load: statistics, and the visibility map that lets the report
            # read ix_ticket_report without visiting the table (VACUUM cannot run inside a transaction).
            with core.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
        else:
            # No ANALYZE: the program never runs it, so the plans must not depend on statistics. The bulk load's
            # write-ahead log is folded back into the database file, as SQLite's automatic checkpoints would.
            core.engine.dispose()
            raw = core.engine.raw_connection()  # outside SQLAlchemy's BEGIN: a checkpoint needs no transaction
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()
        print(
            f"{label}: {TICKETS:,} tickets ({len(working_days())} working days) and {APPLICATIONS:,} applications "
            f"inserted in {time.perf_counter() - t0:.1f} s"
        )
        day = LAST_DAY - dt.timedelta(days=1)
        year = (LAST_DAY - dt.timedelta(days=364), LAST_DAY)
        month = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
        rep = core.reports.report(COMMAND_LINE, *year)
        print(
            f"{label}: year report covers {rep.total.issued:,} tickets, {sum(a.received for a in rep.applications):,} "
            f"applications received, {rep.overdue_count:,} overdue"
        )
        xlsx = folder / f"{label}-month.xlsx"

        def export_month() -> None:
            report_export.export_xlsx(core.reports.report(COMMAND_LINE, *month), xlsx)

        figures = {
            "day report": timed(lambda: core.reports.report(COMMAND_LINE, day, day)),
            "year report": timed(lambda: core.reports.report(COMMAND_LINE, *year)),
            "month xlsx export": timed(export_month),
        }
        ok = True
        for name, (seconds, cpu) in figures.items():
            target = TARGETS[name]
            verdict = "ok" if seconds <= target else "OVER TARGET"
            ok = ok and seconds <= target
            print(
                f"{label}: {name:18s} {seconds * 1000:8.1f} ms   ({verdict}, target {target * 1000:.0f} ms)"
                f"   cpu of this process {cpu * 1000:7.1f} ms"
            )
        board, _cpu = timed(lambda: core.reports.live_board(COMMAND_LINE))
        print(f"{label}: {'live board':18s} {board * 1000:8.1f} ms")
        return ok
    finally:
        core.close()


def main() -> None:
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-reports-") as tmp:
        folder = Path(tmp)
        if "sqlite" in ENGINES:
            results.append(run(f"sqlite:///{folder / 'bench.db'}", "sqlite", folder))
        if "postgresql" in ENGINES:
            server = pg_support.start_server()
            try:
                with server.fresh_database() as url:
                    results.append(run(url, "postgresql", folder))
            finally:
                server.stop()
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
