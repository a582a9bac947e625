"""Prints the queue's latency figures on SQLite and PostgreSQL (issue 3, "Proof").

- statements per call_next (what the product sends to the store for one call; each is a network round trip
  on PostgreSQL, plus BEGIN and COMMIT);
- call-next latency p50/p99 of one counter alone (no contention: the cost of the statements themselves);
- call-next latency p50/p99 with 8 concurrent counters (loket), each its own process, engine and core
  (target: p99 <= 25 ms on PostgreSQL); measured twice: counters pressing Call back to back (saturated),
  and counters pausing 0.5-1.5 s between tickets (a very busy office);
- call-to-display latency: from the commit of a call to the display side holding it in its CallFeed
  (counter_app.display_feed). PostgreSQL wakes on LISTEN counter_app_calls (psycopg notifies(), the product
  sends pg_notify inside the call's transaction) and reads by call time; SQLite polls every 100 ms and reads by
  commit order (rowid); targets: p95 <= 100 ms on PostgreSQL, <= 300 ms on SQLite.

Kiosk tap to print job submitted is measured by the printing bench, not here.

Run: ``.venv/bin/python bench/queue.py`` (``--help`` for the options: engines, sizes, which runs). It starts its
own throwaway PostgreSQL cluster (tests/support/postgres.py, fsync and synchronous_commit on, as in production)
and uses a temporary SQLite file. The machine's load average is printed: other work on the same cores shows up
in the concurrent figures (8 counter processes and their server backends share the CPUs).
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is named queue.py and Python puts its folder first on sys.path: without this, "import queue" (by
# multiprocessing, concurrent.futures, ...) would import this script instead of the standard library module.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent / "tests"))  # for support.postgres

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import multiprocessing  # noqa: E402
import os  # noqa: E402
import platform  # noqa: E402
import random  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from typing import Any  # noqa: E402

from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import event  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402
from support import postgres as pg_support  # noqa: E402

from counter_app.core import Core, build_core  # noqa: E402
from counter_app.display_feed import CallFeed  # noqa: E402
from counter_app.roles import COMMAND_LINE, Principal, Role  # noqa: E402
from counter_app.settings import Settings  # noqa: E402

COUNTERS = 8
SERVICE = "AK1"
SATURATED_TICKETS = int(os.environ.get("BENCH_SATURATED", "1600"))
PACED_CALLS = int(os.environ.get("BENCH_PACED", "320"))
SOLO_CALLS = 300
PAUSE = (0.5, 1.5)  # seconds a paced counter waits between tickets
POLL_SECONDS = 0.1  # the SQLite display's polling interval
CALL_P99_TARGET_MS = 25.0
DISPLAY_P95_TARGET_MS = {"postgresql": 100.0, "sqlite": 300.0}
# The store's clock: real time moved to Wednesday 25 November 2026 09:00, so the office is open whenever the
# bench runs, and every process (same offset) stamps calls on the same timeline.
OPENING = dt.datetime(2026, 11, 25, 9, 0)
MP = multiprocessing.get_context("fork")
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


class ShiftedClock:
    """The wall clock moved by a fixed offset."""

    def __init__(self, offset: dt.timedelta) -> None:
        self.offset = offset

    def now(self) -> dt.datetime:
        """Return the shifted local time."""
        return dt.datetime.now() + self.offset


@dataclass(frozen=True)
class Store:
    """One store under test and what the workers need to find in it."""

    kind: str
    url: str
    offset: dt.timedelta
    clerks: tuple[Principal, ...]
    counters: tuple[uuid.UUID, ...]


def open_core(store: Store | None, url: str = "", offset: dt.timedelta | None = None) -> Core:
    url = store.url if store else url
    offset = store.offset if store else offset
    assert offset is not None
    return build_core(
        Settings(db_url=url, station_name="BENCH"),
        clock=ShiftedClock(offset),
        upgrade=store is None,
        load_catalogue=store is None,
        hasher=FAST_HASHER,
    )


def prepare(kind: str, url: str) -> Store:
    """Migrate and load the catalogue; 8 loket serving AK1 and a clerk signed in at each."""
    offset = OPENING - dt.datetime.now()
    core = open_core(None, url, offset)
    try:
        service = next(s.id for s in core.catalogue.list_services(COMMAND_LINE) if s.code == SERVICE)
        counters, clerks = [], []
        for n in range(1, COUNTERS + 1):
            counters.append(
                core.counters.save_counter(
                    COMMAND_LINE, counter_id=None, number=n, name=f"Loket {n}", active=True, service_ids=[service]
                ).id
            )
            core.users.add_user(
                COMMAND_LINE, username=f"loket{n}", full_name=f"Petugas {n}", role=Role.PETUGAS_LOKET, password="x" * 10
            )
            clerks.append(core.auth.login(f"loket{n}", "x" * 10))
        return Store(kind, url, offset, tuple(clerks), tuple(counters))
    finally:
        core.close()


def issue(store: Store, count: int) -> None:
    """``count`` tickets through the kiosk path (issue, slip confirmed printed)."""
    core = open_core(store)
    try:
        service = next(s.id for s in core.catalogue.list_services(COMMAND_LINE) if s.code == SERVICE)
        for _ in range(count):
            core.queue.confirm_printed(core.queue.issue_ticket(service).ticket_id)
    finally:
        core.close()


def nobody_waits(core: Core, clerk: Principal, counter_id: uuid.UUID) -> bool:
    return sum(w.waiting for w in core.queue.counter_board(clerk, counter_id).waiting) == 0


# --- worker processes --------------------------------------------------------------------------------------------


def _child(target: Callable[..., Any], barrier: Any, results: Any, index: int, args: tuple[Any, ...]) -> None:
    try:
        results.put((index, target(barrier, *args), None))
    except BaseException:
        barrier.abort()
        results.put((index, None, traceback.format_exc()))


def run_processes(target: Callable[..., Any], per_process: Sequence[tuple[Any, ...]], stop: Any = None) -> list[Any]:
    """One forked process per args tuple, released together by a barrier; their return values by index.

    ``stop`` (an Event) is set once every process whose target is not ``display_watcher`` has finished.
    """
    barrier = MP.Barrier(len(per_process) + 1)
    results = MP.Queue()
    procs = [MP.Process(target=_child, args=(target, barrier, results, i, a)) for i, a in enumerate(per_process)]
    for p in procs:
        p.start()
    barrier.wait(timeout=120)
    got: dict[int, Any] = {}
    watchers = sum(1 for a in per_process if a and a[0] == "watcher")
    while len(got) < len(procs):
        index, value, error = results.get(timeout=900)
        if error:
            for p in procs:
                p.kill()
            raise SystemExit(f"worker {index} failed:\n{error}")
        got[index] = value
        if stop is not None and len(got) >= len(procs) - watchers:
            stop.set()
    for p in procs:
        p.join(timeout=30)
    return [got[i] for i in range(len(procs))]


def counter_saturated(barrier: Any, store: Store, index: int) -> list[float]:
    """Call, serve, finish back to back until nobody waits; the call_next times (seconds)."""
    core = open_core(store)
    clerk, counter_id = store.clerks[index], store.counters[index]
    times: list[float] = []
    try:
        barrier.wait(timeout=120)
        while True:
            started = time.perf_counter()
            info = core.queue.call_next(clerk, counter_id)
            elapsed = time.perf_counter() - started
            if info is None:
                if nobody_waits(core, clerk, counter_id):
                    return times
                continue  # PostgreSQL: the last rows are locked by other loket for a moment
            times.append(elapsed)
            core.queue.start_serving(clerk, info.id)
            core.queue.finish(clerk, info.id)
    finally:
        core.close()


def counter_paced(barrier: Any, store: Store, index: int) -> list[tuple[str, float, float]]:
    """Like a (very) busy desk: pause, call, serve, finish. Per call: (code, commit wall time, call_next seconds)."""
    core = open_core(store)
    clerk, counter_id = store.clerks[index], store.counters[index]
    last_commit = [0.0]
    event.listen(Session, "after_commit", lambda _session: last_commit.__setitem__(0, time.time()))
    rng = random.Random(index)
    calls: list[tuple[str, float, float]] = []
    try:
        barrier.wait(timeout=120)
        while True:
            time.sleep(rng.uniform(*PAUSE))
            started = time.perf_counter()
            info = core.queue.call_next(clerk, counter_id)
            elapsed = time.perf_counter() - started
            if info is None:
                if nobody_waits(core, clerk, counter_id):
                    return calls
                continue
            calls.append((info.code, last_commit[0], elapsed))  # the call's transaction was the last commit
            core.queue.start_serving(clerk, info.id)
            core.queue.finish(clerk, info.id)
    finally:
        core.close()


def display_watcher(barrier: Any, tag: str, store: Store, expected: int, stop: Any) -> dict[str, float]:
    """The display side: a CallFeed woken by NOTIFY (PostgreSQL) or a 100 ms timer (SQLite).

    Returns code -> wall time at which new_calls() handed the call over.
    """
    assert tag == "watcher"
    core = open_core(store)
    feed = CallFeed.from_core(core)
    feed.prime()
    held: dict[str, float] = {}

    def take() -> None:
        for call in feed.new_calls():
            held.setdefault(call.code, time.time())

    deadline = [float("inf")]

    def finished() -> bool:
        # Never block on ``stop`` here: a multiprocessing Event set while a dead process still "waits" on it
        # hangs the setter. Once the counters are done, the last calls get 3 s more to arrive.
        if stop.is_set() and deadline[0] == float("inf"):
            deadline[0] = time.monotonic() + 3.0
        return len(held) >= expected or time.monotonic() > deadline[0]

    try:
        if feed.pushes:
            wake = threading.Event()
            listening = threading.Event()
            stop_listening = threading.Event()

            def on_call(payload: str | None) -> None:
                if payload is None:
                    listening.set()  # LISTEN is in place
                wake.set()

            listener = threading.Thread(target=feed.listen, args=(on_call, stop_listening), daemon=True)
            listener.start()
            if not listening.wait(timeout=30):
                raise RuntimeError("the display never started listening")
            barrier.wait(timeout=120)
            while not finished():
                if not wake.wait(timeout=0.2):
                    continue
                wake.clear()  # one fetch serves every notification that is already here
                take()
            stop_listening.set()
            listener.join(timeout=5)
        else:
            barrier.wait(timeout=120)
            tick = time.monotonic()
            while not finished():
                take()
                tick += POLL_SECONDS
                time.sleep(max(0.0, tick - time.monotonic()))
        return held
    finally:
        core.close()


# --- the runs and the report ---------------------------------------------------------------------------------


def pct(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


@dataclass(frozen=True)
class Options:
    """What to run (see ``--help``)."""

    engines: tuple[str, ...]
    saturated: int
    paced: int
    solo: int


@dataclass
class Figures:
    kind: str
    statements: list[str]
    solo: list[float]
    saturated: list[float]
    saturated_seconds: float
    shares: list[int]
    paced: list[float]
    display: list[float]
    display_missing: int


def solo_counter(store: Store, calls: int) -> tuple[list[str], list[float]]:
    """One counter alone (no other load from this bench): the statements of one call_next and the call times."""
    issue(store, calls + 2)
    core = open_core(store)
    clerk, counter_id = store.clerks[0], store.counters[0]
    statements: list[str] = []

    def on_statement(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement.split()[0].upper())

    def on_begin(_conn: Any) -> None:
        statements.append("(begin)")

    def on_commit(_conn: Any) -> None:
        statements.append("(commit)")

    hooks: dict[str, Callable[..., Any]] = {
        "begin": on_begin,
        "before_cursor_execute": on_statement,
        "commit": on_commit,
    }

    def cycle(count: bool = False) -> float:
        for name, hook in hooks.items() if count else ():
            event.listen(core.engine, name, hook)
        started = time.perf_counter()
        info = core.queue.call_next(clerk, counter_id)
        elapsed = time.perf_counter() - started
        for name, hook in hooks.items() if count else ():
            event.remove(core.engine, name, hook)
        assert info is not None
        core.queue.start_serving(clerk, info.id)
        core.queue.finish(clerk, info.id)
        return elapsed

    try:
        cycle()  # warm: compiles the statements
        cycle(count=True)
        return statements, [cycle() for _ in range(calls)]
    finally:
        core.close()


def bench_store(kind: str, url: str, options: Options) -> Figures:
    store = prepare(kind, url)
    statements, solo = solo_counter(store, options.solo)
    print(f"  ({kind}: one call_next sends {' '.join(statements)})", flush=True)

    # 1. A busy office: paced counters, the display watching (call-next latency and call-to-display latency).
    calls: list[tuple[str, float, float]] = []
    display: list[float] = []
    warm_paced: list[tuple[str, float, float]] = []
    cold: list[float] = []
    if options.paced:
        issue(store, options.paced)
        stop = MP.Event()
        args: list[tuple[Any, ...]] = [("watcher", store, options.paced, stop)]
        args += [(store, i) for i in range(COUNTERS)]
        results = run_processes(_dispatch, args, stop)
        held: dict[str, float] = results[0]
        calls = [c for per_counter in results[1:] for c in per_counter]
        display = [held[code] - committed for code, committed, _ in calls if code in held]
        # Each counter's first call compiles SQLAlchemy's statements in that fresh process (a one-off per
        # program start, tens of ms); a loket PC then calls all day, so the latency figures leave it out.
        warm_paced = [c for per_counter in results[1:] for c in per_counter[1:]]
        cold = [per_counter[0][2] for per_counter in results[1:] if per_counter]

    # 2. Saturated: the same 8 counters back to back.
    per_counter: list[list[float]] = []
    seconds = 0.0
    if options.saturated:
        issue(store, options.saturated)
        started = time.perf_counter()
        per_counter = run_processes(counter_saturated, [(store, i) for i in range(COUNTERS)])
        seconds = time.perf_counter() - started
        cold += [times[0] for times in per_counter if times]
    if cold:
        cold_ms = statistics.median(cold) * 1000
        print(f"  ({kind}: first call of each counter process, cold statement cache: median {cold_ms:.1f} ms)")
    return Figures(
        kind,
        statements,
        solo,
        [t for times in per_counter for t in times[1:]],
        seconds,
        sorted(len(times) for times in per_counter),
        [elapsed for _, _, elapsed in warm_paced],
        display,
        len(calls) - len(display),
    )


def _dispatch(barrier: Any, *args: Any) -> Any:
    """The paced run's processes: the display watcher first, then the counters."""
    if args[0] == "watcher":
        return display_watcher(barrier, *args)
    return counter_paced(barrier, *args)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f}"


def verdict(value_ms: float, target_ms: float) -> str:
    return f"{'PASS' if value_ms <= target_ms else 'FAIL'} (target <= {target_ms:.0f} ms)"


def report(figures: list[Figures], pg_version: str, load_before: tuple[float, ...]) -> None:
    names = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
    load_after = os.getloadavg()
    print()
    print("counter_app queue bench")
    print(
        f"  {os.cpu_count()} CPU, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version} (WAL, "
        f"synchronous=NORMAL), PostgreSQL {pg_version or '-'} (throwaway cluster, fsync on); load average "
        f"{load_before[0]:.1f} before, {load_after[0]:.1f} after"
    )
    print()
    print("statements sent for one call_next (SQLAlchemy before_cursor_execute; BEGIN/COMMIT as transaction events)")
    for f in figures:
        sql = [s for s in f.statements if not s.startswith("(")]
        print(f"  {names[f.kind]:<11} {len(sql)} statements: {' '.join(f.statements)}")
    print()
    print("call-next latency; only call_next is timed, each counter then starts and finishes serving the ticket")
    print(f"  {'engine':<11} {'mode':<40} {'calls':>6} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7}  p99")
    for f in figures:
        rows: list[tuple[str, list[float]]] = [("1 counter alone, back to back", f.solo)]
        if f.saturated:
            rate = len(f.saturated) / f.saturated_seconds
            rows.append((f"{COUNTERS} counters back to back ({rate:,.0f} tickets/s)", f.saturated))
        if f.paced:
            rows.append((f"{COUNTERS} counters pausing {PAUSE[0]}-{PAUSE[1]} s", f.paced))
        for mode, values in rows:
            p99 = pct(values, 99) * 1000
            target = verdict(p99, CALL_P99_TARGET_MS) if f.kind == "postgresql" else "(no target on SQLite)"
            print(
                f"  {names[f.kind]:<11} {mode:<40} {len(values):>6} {ms(pct(values, 50))} {ms(pct(values, 99))} "
                f"{ms(max(values))}  {target}"
            )
        if f.shares:
            print(f"  {'':<11} back-to-back tickets per counter: {f.shares}")
    if not any(f.display for f in figures):
        return
    print()
    print("call-to-display latency: commit of the call -> the display's CallFeed holds it (paced run)")
    print(
        f"  {'engine':<11} {'how the display learns':<40} {'calls':>6} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7}  p95"
    )
    for f in figures:
        if not f.display:
            continue
        how = "LISTEN/NOTIFY, then calls by position" if f.kind == "postgresql" else "polls calls_after every 100 ms"
        p95 = pct(f.display, 95) * 1000
        print(
            f"  {names[f.kind]:<11} {how:<40} {len(f.display):>6} {ms(pct(f.display, 50))} {ms(pct(f.display, 95))} "
            f"{ms(max(f.display))}  {verdict(p95, DISPLAY_P95_TARGET_MS[f.kind])}"
            + (f"  MISSED {f.display_missing} calls" if f.display_missing else "")
        )


def parse_options(argv: Sequence[str] | None = None) -> Options:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--engine", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument(
        "--saturated", type=int, default=SATURATED_TICKETS, help="tickets for the back-to-back run (0 skips it)"
    )
    parser.add_argument("--paced", type=int, default=PACED_CALLS, help="calls in the paced run (0 skips it)")
    parser.add_argument("--solo", type=int, default=SOLO_CALLS, help="calls of the one-counter run (at least 1)")
    args = parser.parse_args(argv)
    engines = ("sqlite", "postgresql") if args.engine == "both" else (args.engine,)
    return Options(engines, max(0, args.saturated), max(0, args.paced), max(1, args.solo))


def main(argv: Sequence[str] | None = None) -> None:
    options = parse_options(argv)
    load_before = os.getloadavg()
    figures = []
    version = ""
    if "sqlite" in options.engines:
        with tempfile.TemporaryDirectory(prefix="counter_app-bench-") as tmp:
            print("SQLite ...", flush=True)
            figures.append(bench_store("sqlite", f"sqlite:///{Path(tmp, 'queue.db').as_posix()}", options))
    if "postgresql" in options.engines:
        print("PostgreSQL ...", flush=True)
        server = pg_support.start_server(durable=True)
        try:
            version = server.check()
            with server.fresh_database() as url:
                figures.append(bench_store("postgresql", url, options))
        finally:
            server.stop()
    report(figures, version, load_before)


if __name__ == "__main__":
    main()
