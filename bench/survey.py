"""Prints how long the SKM index and the complaint summary take on a year of data (issue 7), on both engines.

The store is built by the product (migrations, catalogue), then filled with bulk inserts: BENCH_SURVEY (default
100,000) survey forms and BENCH_TICKETS (default 300,000) tickets spread over 2026, and BENCH_COMPLAINTS (default
5,000) complaints, two thirds of them followed up. Then, median of five runs each:

- ``survey.ikm`` for the whole year, for one service, and for one month;
- ``complaints.summary`` for a month and for the year; ``complaints.list`` (the screen's first 500 rows).

Targets: IKM of a year <= 500 ms; complaint summary of a year <= 1 s. Run: ``.venv/bin/python bench/survey.py``;
BENCH_ENGINES=sqlite runs one engine only.
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

from counter_app import survey  # noqa: E402
from counter_app.clock import FixedClock  # noqa: E402
from counter_app.core import Core, build_core  # noqa: E402
from counter_app.db import models  # noqa: E402
from counter_app.roles import COMMAND_LINE  # noqa: E402
from counter_app.settings import Settings  # noqa: E402

SURVEYS = int(os.environ.get("BENCH_SURVEY", "100000"))
TICKETS = int(os.environ.get("BENCH_TICKETS", "300000"))
COMPLAINTS = int(os.environ.get("BENCH_COMPLAINTS", "5000"))
ENGINES = os.environ.get("BENCH_ENGINES", "sqlite,postgresql").split(",")
CHUNK = 10_000
NOW = dt.datetime(2026, 12, 30, 15, 0)
YEAR_START, YEAR_END = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
TARGETS_MS = {"ikm year": 500.0, "summary year": 1000.0}


def fill(core: Core) -> uuid.UUID:
    """Insert the forms, tickets and complaints; return the id of the busiest service."""
    services = [s.id for s in core.survey.services()]
    rng = random.Random(14)
    days = [YEAR_START + dt.timedelta(days=d) for d in range(365)]
    with core.engine.begin() as conn:
        for start in range(0, SURVEYS, CHUNK):
            rows = []
            for i in range(start, min(start + CHUNK, SURVEYS)):
                day = days[i % len(days)]
                answers = {f"u{n}": rng.choice((2, 3, 3, 4, 4)) for n in range(1, 10)}
                rows.append(
                    {
                        "id": uuid.uuid4(),
                        "submitted_at": dt.datetime.combine(day, dt.time(10)),
                        "day": day,
                        "service_id": services[i % 3] if i % 2 else services[i % len(services)],
                        "ticket_id": None,
                        "station": "BENCH",
                        **answers,
                        "age_band": rng.choice(list(survey.AGE_BANDS)),
                        "sex": rng.choice("LP"),
                        "education": rng.choice(list(survey.EDUCATION_LEVELS)),
                        "occupation": rng.choice(list(survey.OCCUPATIONS)),
                        "suggestion": "",
                    }
                )
            conn.execute(models.SurveyResponse.__table__.insert(), rows)
        per_day: dict[tuple[uuid.UUID, dt.date], int] = {}
        for start in range(0, TICKETS, CHUNK):
            rows = []
            for i in range(start, min(start + CHUNK, TICKETS)):
                day, service = days[i % len(days)], services[(i // 7) % len(services)]
                number = per_day[(service, day)] = per_day.get((service, day), 0) + 1
                at = dt.datetime.combine(day, dt.time(8)) + dt.timedelta(seconds=number * 30)
                rows.append(
                    {
                        "id": uuid.uuid4(),
                        "day": day,
                        "number": number,
                        "code": f"X-{number:03d}",
                        "origin_service_id": service,
                        "service_id": service,
                        "target_counter_id": None,
                        "priority": False,
                        "status": "done",
                        "outcome": "served",
                        "counter_id": None,
                        "clerk_id": None,
                        "issued_at": at,
                        "queued_at": at,
                        "called_at": at,
                        "call_count": 1,
                        "serving_started_at": at,
                        "finished_at": at,
                        "note": "",
                    }
                )
            conn.execute(models.Ticket.__table__.insert(), rows)
        complaints, follow_ups = [], []
        for i in range(COMPLAINTS):
            received = dt.datetime.combine(days[i % 360], dt.time(9)) + dt.timedelta(minutes=i % 300)
            responded = received + dt.timedelta(hours=rng.randrange(1, 120)) if i % 3 else None
            closed = responded + dt.timedelta(hours=rng.randrange(1, 72)) if responded and i % 2 else None
            status = "selesai" if closed else "diproses" if responded else "baru"
            complaint_id = uuid.uuid4()
            complaints.append(
                {
                    "id": complaint_id,
                    "year": 2026,
                    "seq": i + 1,
                    "received_at": received,
                    "channel": ("loket", "telepon", "whatsapp", "email", "kotak_saran", "lapor", "surat")[i % 7],
                    "kind": ("pengaduan", "saran", "apresiasi")[i % 3],
                    "service_id": services[i % len(services)] if i % 4 else None,
                    "name": "",
                    "contact": "",
                    "text": f"Pengaduan nomor {i}",
                    "status": status,
                    "response": "Sudah ditanggapi" if closed else "",
                    "first_response_at": responded,
                    "closed_at": closed,
                    "recorded_by": None,
                    "updated_at": closed or responded or received,
                }
            )
            follow_ups.append(
                {
                    "id": uuid.uuid4(),
                    "complaint_id": complaint_id,
                    "at": received,
                    "status": "baru",
                    "note": "Dicatat",
                    "actor_id": None,
                    "actor_name": "Bench",
                }
            )
        conn.execute(models.Complaint.__table__.insert(), complaints)
        conn.execute(models.ComplaintFollowUp.__table__.insert(), follow_ups)
    with core.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    return services[0]


def median_ms(call: Callable[[], object], runs: int = 5) -> float:
    """Median wall time of ``call`` in milliseconds (after one warm-up run)."""
    call()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        call()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def run(url: str, label: str) -> bool:
    core = build_core(
        Settings(db_url=url, station_name="BENCH"),
        clock=FixedClock(NOW),
        hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1),
    )
    try:
        t0 = time.perf_counter()
        busiest = fill(core)
        print(
            f"{label}: {SURVEYS:,} forms, {TICKETS:,} tickets, {COMPLAINTS:,} complaints inserted in "
            f"{time.perf_counter() - t0:.1f} s"
        )
        year = core.survey.ikm(COMMAND_LINE, YEAR_START, YEAR_END)
        print(
            f"{label}: IKM 2026 = {year.overall.konversi} ({year.overall.mutu}), {year.respondents:,} respondents, "
            f"{year.visitors:,} visitors, sample needed {year.required_sample}"
        )
        a = COMMAND_LINE
        checks: list[tuple[str, Callable[[], object]]] = [
            ("ikm year", lambda: core.survey.ikm(a, YEAR_START, YEAR_END)),
            ("ikm year, one service", lambda: core.survey.ikm(a, YEAR_START, YEAR_END, busiest)),
            ("ikm month", lambda: core.survey.ikm(a, dt.date(2026, 11, 1), dt.date(2026, 11, 30))),
            ("summary month", lambda: core.complaints.summary(a, dt.date(2026, 11, 1), dt.date(2026, 11, 30))),
            ("summary year", lambda: core.complaints.summary(a, YEAR_START, YEAR_END)),
            ("complaint list (500 rows)", lambda: core.complaints.list(a)),
        ]
        ok = True
        for name, call in checks:
            ms = median_ms(call)
            target = TARGETS_MS.get(name)
            verdict = (
                "" if target is None else ("  (ok, target %.0f ms)" if ms <= target else "  (OVER %.0f ms)") % target
            )
            ok = ok and (target is None or ms <= target)
            print(f"{label}: {name:28s} {ms:8.1f} ms{verdict}")
        return ok
    finally:
        core.close()


def main() -> None:
    results = []
    if "sqlite" in ENGINES:
        with tempfile.TemporaryDirectory(prefix="bench-survey-") as folder:
            results.append(run(f"sqlite:///{Path(folder) / 'bench.db'}", "sqlite"))
    if "postgresql" in ENGINES:
        server = pg_support.start_server()
        try:
            with server.fresh_database() as url:
                results.append(run(url, "postgresql"))
        finally:
            server.stop()
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
