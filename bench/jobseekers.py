"""Prints AK/1 job-seeker search latency with 300,000 registrations on SQLite and PostgreSQL (issue 5, "Proof").

Both engines: a temporary SQLite file and a throwaway PostgreSQL cluster (tests/support/postgres.py). The store is
built by the product (migrations, catalogue), then filled with bulk inserts (executemany in chunks): one
registration per person, with a valid NIK, an Indonesian name made of common given names and family names, its
name words (the search index) and the profile JSON. Then ``JobSeekerService.search`` is timed for:

- NIK (exact), AK/1 number (exact), AK/1 number prefix (the first 13 characters, e.g. ``3516-2026-0012``);
- name: two typed word starts in any order (``"siti wul"``), and one whole rarer word (a family name).

Target: p95 <= 30 ms for each. Run: ``.venv/bin/python bench/jobseekers.py``; BENCH_SEEKERS (default 300000)
and BENCH_LOOKUPS (default 300) change the sizes; BENCH_ENGINES=postgresql runs one engine only.
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

from counter_app import jobseekers as js  # noqa: E402
from counter_app.clock import FixedClock  # noqa: E402
from counter_app.core import Core, build_core  # noqa: E402
from counter_app.db import models  # noqa: E402
from counter_app.roles import COMMAND_LINE  # noqa: E402
from counter_app.settings import Settings  # noqa: E402

SEEKERS = int(os.environ.get("BENCH_SEEKERS", "300000"))
LOOKUPS = int(os.environ.get("BENCH_LOOKUPS", "300"))
ENGINES = os.environ.get("BENCH_ENGINES", "sqlite,postgresql").split(",")
CHUNK = 10_000
P95_TARGET_MS = 30.0
NOW = dt.datetime(2026, 11, 25, 9, 0)
GIVEN = [
    "siti",
    "nur",
    "dewi",
    "sri",
    "ayu",
    "rina",
    "fitri",
    "indah",
    "putri",
    "wahyu",
    "agus",
    "budi",
    "eko",
    "joko",
    "bambang",
    "dwi",
    "tri",
    "adi",
    "rizky",
    "muhammad",
    "ahmad",
    "moch",
    "fajar",
    "bagus",
    "yoga",
    "dimas",
    "aditya",
    "rahmat",
    "hendra",
    "hadi",
    "andi",
    "arif",
    "taufik",
    "imam",
    "slamet",
    "sugeng",
    "heru",
    "wulan",
    "lestari",
    "maya",
    "ratna",
    "ika",
    "dian",
    "nanda",
    "novi",
    "yuni",
    "tutik",
    "endang",
    "sulastri",
    "suharti",
    "kartika",
    "anisa",
    "nurul",
    "farida",
    "aminah",
    "fatimah",
    "zainal",
    "ilham",
    "galih",
    "reza",
    "rudi",
    "yusuf",
]
FAMILY = [
    "wulandari",
    "lestari",
    "pratama",
    "saputra",
    "setiawan",
    "santoso",
    "hidayat",
    "rahmawati",
    "kurniawan",
    "susanto",
    "wijaya",
    "purnomo",
    "prasetyo",
    "gunawan",
    "hermawan",
    "firmansyah",
    "nugroho",
    "utomo",
    "suryani",
    "handayani",
    "safitri",
    "anggraini",
    "puspitasari",
    "maharani",
    "ramadhan",
    "syahputra",
    "kusuma",
    "permana",
    "wibowo",
    "budiman",
    "haryanto",
    "sugiarto",
    "sulistyo",
    "wahyudi",
    "efendi",
    "hartono",
    "rohman",
    "ansori",
    "mansur",
    "hakim",
    "fauzi",
    "zulkarnain",
    "maulana",
    "aziz",
    "kholil",
    "mujib",
    "rosyid",
]


def nik_of(i: int) -> str:
    """A distinct, well-formed Kab. Mojokerto NIK for every i < 18*28*12*40*9999 (mixed-radix digits)."""
    district, i = 1 + i % 18, i // 18
    day, i = 1 + i % 28, i // 28
    month, i = 1 + i % 12, i // 12
    year, i = 60 + i % 40, i // 40
    return f"3516{district:02d}{day + (40 if day % 2 else 0):02d}{month:02d}{year:02d}{1 + i:04d}"


def name_of(rng: random.Random) -> str:
    """Two or three words: one or two given names and (mostly) a family name."""
    words = [rng.choice(GIVEN)]
    if rng.random() < 0.5:
        words.append(rng.choice(GIVEN))
    if rng.random() < 0.85:
        words.append(rng.choice(FAMILY))
    return " ".join(w.title() for w in words)


def fill(core: Core, count: int) -> tuple[list[str], list[str], list[str]]:
    """Insert ``count`` registrations; return their NIKs, AK/1 numbers and names."""
    rng = random.Random(5)
    niks: list[str] = []
    numbers: list[str] = []
    names: list[str] = []
    per_year: dict[int, int] = {}
    details = js._profile_details(  # the shape the service stores
        js.JobSeekerProfile(education=(js.EducationRow("SMK", "SMKN 1 Mojosari", "Teknik Mesin", 2014, 2017),))
    )
    with core.engine.begin() as conn:
        for start in range(0, count, CHUNK):
            seekers, words = [], []
            for i in range(start, min(start + CHUNK, count)):
                issued = NOW.date() - dt.timedelta(days=rng.randrange(0, 365 * 3))
                per_year[issued.year] = per_year.get(issued.year, 0) + 1
                number = f"3516-{issued.year}-{per_year[issued.year]:06d}"
                nik, name = nik_of(i), name_of(rng)
                seeker_id = uuid.uuid4()
                valid_until = js.valid_until_of(issued)
                expired = valid_until < NOW.date()
                seekers.append(
                    {
                        "id": seeker_id,
                        "registration_number": number,
                        "previous_id": None,
                        "nik": nik,
                        "kk": "",
                        "name": name,
                        "name_folded": js.fold_name(name),
                        "birth_place": "Mojokerto",
                        "birth_date": dt.date(1960 + (i // 6048) % 40, 1 + (i // 18 // 28) % 12, 1 + (i // 18) % 28),
                        "sex": "P" if (i // 18) % 2 == 0 else "L",
                        "religion": "1",
                        "marital_status": "belum_kawin",
                        "address": "Jl. Raya Mojosari",
                        "kecamatan_code": f"35.16.{1 + i % 18:02d}",
                        "desa_code": "",
                        "postcode": "",
                        "phone": "",
                        "email": "",
                        "height_cm": None,
                        "weight_kg": None,
                        "education_level": "SMK",
                        "details": details,
                        "notes": "",
                        "photo": None,
                        "issued_on": issued,
                        "valid_until": valid_until,
                        "status": "dihapus" if expired else "aktif",
                        "reports_done": 0,
                        "next_report_due": None if expired else js.add_months(issued, 6),
                        "placement_employer": "",
                        "placement_position": "",
                        "placed_on": None,
                        "removed_on": valid_until + dt.timedelta(days=1) if expired else None,
                        "removal_reason": "Kedaluwarsa tanpa lapor" if expired else "",
                        "officer_id": None,
                        "officer_name": "Bench",
                        "officer_nip": "",
                        "created_at": dt.datetime.combine(issued, dt.time(9)),
                        "updated_at": dt.datetime.combine(issued, dt.time(9)),
                    }
                )
                words.extend(
                    {"word": w, "seeker_id": seeker_id, "head": w[:3], "issued_on": issued} for w in js.name_words(name)
                )
                niks.append(nik)
                numbers.append(number)
                names.append(name)
            conn.execute(models.JobSeeker.__table__.insert(), seekers)
            conn.execute(models.JobSeekerNameWord.__table__.insert(), words)
        conn.execute(
            models.Ak1NumberCounter.__table__.insert(),
            [{"year": year, "last_number": n} for year, n in per_year.items()],
        )
    with core.engine.begin() as conn:  # committed: on PostgreSQL a rolled-back ANALYZE leaves no statistics
        conn.exec_driver_sql("ANALYZE")  # fresh statistics, as autovacuum / the nightly backup would leave them
    return niks, numbers, names


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


def two_word_starts(name: str, rng: random.Random) -> str:
    """What a clerk types for a name: the starts of two of its words, in either order ("wul siti")."""
    words = js.fold_name(name).split()
    picked = rng.sample(words, 2) if len(words) >= 2 else words
    return " ".join(w[: rng.randint(3, max(3, len(w)))] for w in picked)


def run(url: str, label: str) -> bool:
    core = build_core(
        Settings(db_url=url, station_name="BENCH"),
        clock=FixedClock(NOW),
        hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1),
    )
    try:
        t0 = time.perf_counter()
        niks, numbers, names = fill(core, SEEKERS)
        print(f"{label}: {SEEKERS:,} job seekers inserted in {time.perf_counter() - t0:.1f} s")
        rng = random.Random(25)
        sample = rng.sample(range(len(niks)), min(LOOKUPS, len(niks)))
        search = core.jobseekers.search
        ok = True
        checks: list[tuple[str, list[str]]] = [
            ("NIK (exact)", [niks[i] for i in sample]),
            ("AK/1 number (exact)", [numbers[i] for i in sample]),
            ("AK/1 number prefix (13 chars)", [numbers[i][:13] for i in sample]),
            ("name, two word starts", [two_word_starts(names[i], rng) for i in sample]),
            ("name, one family name", [rng.choice(FAMILY) for _ in sample]),
        ]
        for name, keys in checks:
            found = [len(search(COMMAND_LINE, k)) for k in keys[:50]]
            p50, p95 = measure(lambda k: search(COMMAND_LINE, k), keys)
            verdict = "ok" if p95 <= P95_TARGET_MS else "OVER TARGET"
            ok = ok and p95 <= P95_TARGET_MS
            print(
                f"{label}: {name:30s} p50 {p50:6.2f} ms   p95 {p95:6.2f} ms   ({verdict}, target {P95_TARGET_MS} ms;"
                f" median {statistics.median(found):.0f} rows returned)"
            )
        # What the screen runs: the same search plus the count of all matches when the 50 shown are cut.
        counted = core.jobseekers.search_counted
        for name, keys in checks[2:]:
            totals = [counted(COMMAND_LINE, k).total for k in keys[:50]]
            p50, p95 = measure(lambda k: counted(COMMAND_LINE, k), keys)
            print(
                f"{label}: {'counted ' + name:38s} p50 {p50:6.2f} ms   p95 {p95:6.2f} ms"
                f"   (median {statistics.median(totals):.0f} matches counted)"
            )
        return ok
    finally:
        core.close()


def main() -> None:
    results = []
    if "sqlite" in ENGINES:
        with tempfile.TemporaryDirectory(prefix="bench-jobseekers-") as folder:
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
