"""Prints application look-up latency by tracking number and by NIK with 300,000 applications (issue 4, "Proof").

Both engines: a temporary SQLite file and a throwaway PostgreSQL cluster (tests/support/postgres.py). The store is
built by the product (migrations, catalogue), then filled with bulk inserts (executemany in chunks): one person
per application, with a valid NIK, and the application's "received" history row. Then, on random numbers:

- ``public_status``: the kiosk / counter status by tracking number (no sign-in);
- ``by_tracking_number``: the staff view with steps and history;
- ``by_nik``: every application of a person.

Target: p95 <= 20 ms for each. Run: ``.venv/bin/python bench/intake.py``; BENCH_APPLICATIONS (default 300000)
and BENCH_LOOKUPS (default 500) change the sizes; BENCH_ENGINES=postgresql runs one engine only.
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
from sqlalchemy import select  # noqa: E402
from support import postgres as pg_support  # noqa: E402

from counter_app.clock import FixedClock  # noqa: E402
from counter_app.core import Core, build_core  # noqa: E402
from counter_app.db import models  # noqa: E402
from counter_app.roles import COMMAND_LINE  # noqa: E402
from counter_app.settings import Settings  # noqa: E402

APPLICATIONS = int(os.environ.get("BENCH_APPLICATIONS", "300000"))
LOOKUPS = int(os.environ.get("BENCH_LOOKUPS", "500"))
ENGINES = os.environ.get("BENCH_ENGINES", "sqlite,postgresql").split(",")
CHUNK = 10_000
P95_TARGET_MS = 20.0
NOW = dt.datetime(2026, 11, 25, 9, 0)


def nik_of(i: int) -> str:
    """A distinct, well-formed Kab. Mojokerto NIK for every i < 18*28*12*40*9999 (mixed-radix digits)."""
    district, i = 1 + i % 18, i // 18
    day, i = 1 + i % 28, i // 28
    month, i = 1 + i % 12, i // 12
    year, i = 60 + i % 40, i // 40
    return f"3516{district:02d}{day + (40 if day % 2 else 0):02d}{month:02d}{year:02d}{1 + i:04d}"


def fill(core: Core, count: int) -> tuple[list[str], list[str]]:
    """Insert ``count`` people with one application each; return the tracking numbers and NIKs."""
    with core.ctx.uow() as uow:
        services = [
            (s.id, s.code, s.steps[0].position if s.steps else None)
            for s in uow.session.scalars(select(models.Service).where(models.Service.is_public.is_(True)))
        ]
    per_code: dict[str, int] = {}
    numbers: list[str] = []
    niks: list[str] = []
    rng = random.Random(4)
    with core.engine.begin() as conn:
        for start in range(0, count, CHUNK):
            applicants, applications, steps = [], [], []
            for i in range(start, min(start + CHUNK, count)):
                service_id, code, first_step = services[i % len(services)]
                per_code[code] = per_code.get(code, 0) + 1
                number = f"{code}-2026-{per_code[code]:06d}"
                applicant_id, application_id = uuid.uuid4(), uuid.uuid4()
                received = NOW - dt.timedelta(minutes=rng.randrange(0, 60 * 24 * 300))
                nik = nik_of(i)
                name = f"Pemohon {i}"
                applicants.append(
                    {
                        "id": applicant_id,
                        "kind": "person",
                        "nik": nik,
                        "name": name,
                        "name_folded": name.lower(),
                        "birth_date": None,
                        "sex": "L",
                        "phone": "",
                        "address": "",
                        "nib": None,
                        "npwp": None,
                        "npsn": None,
                        "contact_person": "",
                        "created_at": received,
                        "updated_at": received,
                    }
                )
                applications.append(
                    {
                        "id": application_id,
                        "tracking_number": number,
                        "service_id": service_id,
                        "intake_id": None,
                        "applicant_id": applicant_id,
                        "subject": "",
                        "received_at": received,
                        "due_at": received + dt.timedelta(days=7),
                        "step_position": first_step,
                        "status": "in_progress",
                        "product_number": None,
                        "product_date": None,
                        "version": 1,
                        "created_by": None,
                        "updated_at": received,
                    }
                )
                steps.append(
                    {
                        "id": uuid.uuid4(),
                        "application_id": application_id,
                        "seq": 1,
                        "step_position": first_step,
                        "action": "receive",
                        "actor_id": None,
                        "actor_name": "Bench",
                        "note": "",
                        "at": received,
                    }
                )
                numbers.append(number)
                niks.append(nik)
            conn.execute(models.Applicant.__table__.insert(), applicants)
            conn.execute(models.Application.__table__.insert(), applications)
            conn.execute(models.ApplicationStep.__table__.insert(), steps)
        conn.execute(
            models.ApplicationCounter.__table__.insert(),
            [{"code": code, "year": 2026, "last_number": n} for code, n in per_code.items()],
        )
    with core.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")  # fresh statistics, as autovacuum / the nightly backup would leave them
    return numbers, niks


def measure(call: Callable[[str], object], keys: list[str]) -> tuple[float, float]:
    """p50 and p95 in milliseconds of ``call`` over ``keys`` (after a short warm-up)."""
    for key in keys[:20]:
        call(key)
    times = []
    for key in keys:
        t0 = time.perf_counter()
        call(key)
        times.append((time.perf_counter() - t0) * 1000)
    q = statistics.quantiles(times, n=100)
    return q[49], q[94]


def run(url: str, label: str) -> bool:
    core = build_core(
        Settings(db_url=url, station_name="BENCH"),
        clock=FixedClock(NOW),
        hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1),
    )
    try:
        t0 = time.perf_counter()
        numbers, niks = fill(core, APPLICATIONS)
        print(f"{label}: {APPLICATIONS:,} applications inserted in {time.perf_counter() - t0:.1f} s")
        rng = random.Random(25)
        sample = rng.sample(range(len(numbers)), min(LOOKUPS, len(numbers)))
        ok = True
        checks: list[tuple[str, Callable[[str], object], list[str]]] = [
            ("public_status (tracking number)", core.applications.public_status, [numbers[i] for i in sample]),
            (
                "by_tracking_number (staff)",
                lambda n: core.applications.by_tracking_number(COMMAND_LINE, n),
                [numbers[i] for i in sample],
            ),
            ("by_nik", lambda n: core.applications.by_nik(COMMAND_LINE, n), [niks[i] for i in sample]),
        ]
        for name, call, keys in checks:
            p50, p95 = measure(call, keys)
            verdict = "ok" if p95 <= P95_TARGET_MS else "OVER TARGET"
            ok = ok and p95 <= P95_TARGET_MS
            print(f"{label}: {name:34s} p50 {p50:6.2f} ms   p95 {p95:6.2f} ms   ({verdict}, target {P95_TARGET_MS} ms)")
        return ok
    finally:
        core.close()


def main() -> None:
    results = []
    if "sqlite" in ENGINES:
        with tempfile.TemporaryDirectory(prefix="bench-intake-") as folder:
            results.append(run(f"sqlite:///{Path(folder) / 'bench.db'}", "sqlite"))
    if "postgresql" not in ENGINES:
        sys.exit(0 if all(results) else 1)
    server = pg_support.start_server()
    try:
        with server.fresh_database() as url:
            results.append(run(url, "postgresql"))
    finally:
        server.stop()
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
