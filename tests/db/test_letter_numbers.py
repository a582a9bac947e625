"""Letter numbers under real concurrency on SQLite and PostgreSQL (issue 6 "Proof").

Eight OS processes, each with its own engine and core built from the store URL (as eight stations would), are
released together by a barrier and each issue 500 letters (see Scale) from ONE register through the product's own
``LetterService.issue`` (one unit of work per letter: counter bump, render, archive, audit). The store must then
hold 4,000 documents numbered 1..4,000 without a gap or a double, the register counter must stand at 4,000,
and every number string must be unique.

Scale. The issue's numbers (8 x 500 = 4,000) pass on both engines in about 25-30 s on SQLite and 45-75 s on
PostgreSQL on the 2-core dev machine (each letter is a full unit of work with a commit; every commit waits for
the one holding the register row). By default this file runs 8 x 200 = 1,600 (same processes, same barrier,
same checks, equally dense races); ``COUNTER_APP_LETTERS_FULL=1`` runs the issue's 4,000.

The renderer is the stand-in from tests/support (numbering is what is under test here; the real renderer has its
own tests in tests/golden/test_letters.py).

A negative control runs a deliberately unlocked read-then-write counter (raw SQLAlchemy, not the product) with the
same processes, barrier and check, and shows that the check flags it: numbers taken twice by racing stations
(which the store's unique (register, year, seq) refuses, so letters fail) and gaps in 1..N.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
import time
import traceback
import uuid
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, func, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.pool import NullPool
from support import letters as fx
from support import store

from counter_app.clock import FixedClock
from counter_app.core import Core, build_core
from counter_app.db import models
from counter_app.db.engine import engine_kind, normalise_url
from counter_app.roles import COMMAND_LINE
from counter_app.settings import Settings

pytestmark = pytest.mark.slow

FULL_SCALE = os.environ.get("COUNTER_APP_LETTERS_FULL", "").strip() == "1"
WORKERS = 8
PER_WORKER = 500 if FULL_SCALE else 200
TEMPLATE = "tanda_daftar_bkk"
BARRIER_TIMEOUT = 120.0
RESULT_TIMEOUT = 600.0
MP = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
NAIVE_PER_WORKER = 60  # the negative control: 8 x 60 attempts show the race within a few seconds
YEAR = store.START.year


def _run(index: int, barrier: Any, results: Any, work: Any, args: tuple[Any, ...]) -> None:
    """Child process: ``work(index, barrier, *args)`` returns (numbers taken, refusals); errors come back as text."""
    try:
        numbers, refused = work(index, barrier, *args)
        results.put((index, numbers, refused, None))
    except BaseException:
        barrier.abort()
        results.put((index, None, 0, traceback.format_exc()))


def run_workers(work: Any, args: tuple[Any, ...]) -> tuple[list[tuple[list[int], int]], float]:
    """Run ``work`` in WORKERS processes released together; each one's (numbers, refused) and the wall time."""
    barrier = MP.Barrier(WORKERS + 1)
    results = MP.Queue()
    procs = [MP.Process(target=_run, args=(i, barrier, results, work, args), daemon=True) for i in range(WORKERS)]
    for p in procs:
        p.start()
    try:
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait(timeout=BARRIER_TIMEOUT)
        started = time.perf_counter()
        got = [results.get(timeout=RESULT_TIMEOUT) for _ in procs]
        wall = time.perf_counter() - started
    finally:
        for p in procs:
            p.join(timeout=30)
            if p.is_alive():
                p.kill()
    errors = [f"worker {i}:\n{e}" for i, _, _, e in got if e]
    assert not errors, "\n".join(errors)
    return [(numbers, refused) for _, numbers, refused, _ in got], wall


def product_worker(
    index: int, barrier: Any, url: str, application_id: uuid.UUID, template_id: uuid.UUID
) -> tuple[list[int], int]:
    """A station issuing PER_WORKER letters through the product's own LetterService.issue."""
    core = build_core(
        Settings(db_url=url, station_name=f"LOKET-{index + 1}"),
        clock=FixedClock(store.START),
        upgrade=False,
        load_catalogue=False,
        hasher=store.fast_hasher(),
    )
    core.letters.set_renderer(fx.fake_pdf)
    try:
        barrier.wait(timeout=BARRIER_TIMEOUT)
        numbers = [
            core.letters.issue(COMMAND_LINE, application_id, template_id, fx.EXTRAS[TEMPLATE]).seq
            for _ in range(PER_WORKER)
        ]
    finally:
        core.close()
    return numbers, 0


def naive_engine(url: str) -> Engine:
    """An engine for the negative control: no BEGIN IMMEDIATE, no row lock, the driver's defaults."""
    url = normalise_url(url)
    if engine_kind(url) != "sqlite":
        return create_engine(url, poolclass=NullPool)  # psycopg: BEGIN on first statement, READ COMMITTED
    engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": 60})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA busy_timeout=60000")

    return engine


def naive_worker(
    index: int, barrier: Any, url: str, register_id: uuid.UUID, template_id: uuid.UUID
) -> tuple[list[int], int]:
    """The classic mistake: read the register's last number, then write last + 1 and file the letter under it.

    Nothing locks the counter between the read and the write, so two stations can read the same number and
    both take the next one. The store's unique (register, year, seq) then refuses the second letter at insert
    (a letter the clerk cannot issue); without that constraint it would be a duplicate number.
    """
    engine = naive_engine(url)
    counter, doc = models.LetterRegisterCounter, models.LetterDocument
    key = (counter.register_id == register_id) & (counter.year == YEAR)
    numbers: list[int] = []
    refused = 0
    try:
        barrier.wait(timeout=BARRIER_TIMEOUT)
        with engine.connect() as conn:
            for _ in range(NAIVE_PER_WORKER):
                try:
                    # PostgreSQL: one READ COMMITTED transaction; SQLite: pysqlite's default runs the SELECT
                    # outside any transaction and BEGINs at the UPDATE (the usual naive code on each engine).
                    with conn.begin():
                        last = conn.execute(select(counter.last_number).where(key)).scalar_one()
                        seq = last + 1
                        conn.execute(update(counter).where(key).values(last_number=seq))  # no "AND last_number = last"
                        conn.execute(insert(doc).values(naive_letter(index, register_id, template_id, seq)))
                    numbers.append(seq)
                except IntegrityError:  # the number was taken by another station in the meantime
                    refused += 1
                except OperationalError as exc:  # SQLite: "database is locked" when a stale read upgrades
                    if "locked" not in str(exc):
                        raise
                    refused += 1
    finally:
        engine.dispose()
    return numbers, refused


def naive_letter(index: int, register_id: uuid.UUID, template_id: uuid.UUID, seq: int) -> dict[str, Any]:
    """The row the naive station files: just enough columns for the numbering check."""
    code = uuid.uuid4().hex[:16].upper()
    return {
        "id": uuid.uuid4(),
        "register_id": register_id,
        "year": YEAR,
        "seq": seq,
        "number": f"500.15.9/{seq}/416-115/{YEAR}",
        "issued_on": store.START.date(),
        "template_id": template_id,
        "status": "issued",
        "pdf": b"%PDF-naive",
        "sha256": "0" * 64,
        "snapshot": {"station": index},
        "verification_code": code,
        "created_at": store.START,
        "updated_at": store.START,
    }


# --- set-up and the check shared by the product run and the negative control --------------------------------


def prepare(core: Core) -> tuple[uuid.UUID, uuid.UUID]:
    """A signatory, a BKK application and the template under test; returns (application id, template id)."""
    core.letters.set_renderer(fx.fake_pdf)
    fx.add_signatories(core)
    template = fx.template_by_key(core, TEMPLATE)
    assert template.id is not None
    return fx.application_for(core, "bkk", person=False), template.id


def number_problems(engine: Engine, taken: list[int], asked: int) -> list[str]:
    """What is wrong with the numbers of ``asked`` letters: doubles, gaps, refusals, a counter out of step."""
    d = models.LetterDocument
    with engine.connect() as conn:
        seqs = list(conn.execute(select(d.seq).where(d.year == YEAR).order_by(d.seq)).scalars())
        distinct_numbers = conn.execute(select(func.count(func.distinct(d.number)))).scalar_one()
        last = conn.execute(select(func.max(models.LetterRegisterCounter.last_number))).scalar_one()
    problems = []
    doubles = len(taken) - len(set(taken))
    if doubles:
        problems.append(f"{doubles} numbers handed out twice")
    if len(taken) < asked:
        problems.append(f"{asked - len(taken)} letters refused a number")
    missing = set(range(1, asked + 1)) - set(seqs)
    if missing:
        problems.append(f"{len(missing)} numbers of 1..{asked} missing from the register")
    if seqs != sorted(set(seqs)) or distinct_numbers != len(seqs):
        problems.append("numbers filed twice")
    if sorted(taken) != seqs:
        problems.append("the numbers handed out are not the numbers filed")
    if last != (seqs[-1] if seqs else None) or last != asked:
        problems.append(f"the register counter stands at {last}, not {asked}")
    return problems


def test_eight_stations_take_gapless_unique_numbers(core: Core) -> None:
    application, template_id = prepare(core)
    core.engine.dispose()
    got, wall = run_workers(product_worker, (core.db_url, application, template_id))
    taken = sorted(n for numbers, _ in got for n in numbers)
    total = WORKERS * PER_WORKER
    assert taken == list(range(1, total + 1)), "numbers handed out are not 1..N exactly once"
    assert number_problems(core.engine, taken, total) == []
    register = core.letters.register_entries(
        COMMAND_LINE, core.letters.document(COMMAND_LINE, _first(core)).register_id, YEAR
    )
    assert [e.number for e in register][-1] == f"500.15.9/{total}/416-115/{YEAR}"
    print(f"\n{core.store_kind}: {total} letters by {WORKERS} processes in {wall:.1f} s ({total / wall:.0f}/s)")


def test_naive_read_then_write_counter_is_caught(core: Core) -> None:
    # The negative control: the same processes, barrier and check as above, with the counter's locking left
    # out. If this ever passes the check, the check or the race (not the numbering) is broken.
    application, template_id = prepare(core)
    first = core.letters.issue(COMMAND_LINE, application, template_id, fx.EXTRAS[TEMPLATE])  # the counter row
    assert first.seq == 1
    register_id = core.letters.document(COMMAND_LINE, first.id).register_id
    core.engine.dispose()
    got, wall = run_workers(naive_worker, (core.db_url, register_id, template_id))
    taken = [1] + [n for numbers, _ in got for n in numbers]
    refused = sum(r for _, r in got)
    asked = 1 + WORKERS * NAIVE_PER_WORKER
    problems = number_problems(core.engine, taken, asked)
    print(f"\n[{core.store_kind}] naive counter in {wall:.1f} s: {refused} refused, problems {problems}")
    assert refused > 0, "racing stations must have read the same last number"
    assert any("refused a number" in p for p in problems), problems
    assert any("missing from the register" in p for p in problems), problems
    # The store's unique (register, year, seq) is what kept the doubles out of the register.
    assert not any("filed twice" in p for p in problems), problems


def _first(core: Core) -> uuid.UUID:
    with core.engine.connect() as conn:
        return conn.execute(select(models.LetterDocument.id).where(models.LetterDocument.seq == 1)).scalar_one()
