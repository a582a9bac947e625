"""Prints the kiosk's tap-to-print time: issue a ticket, render its slip, submit the job, confirm it.

Target: <= 150 ms. The job goes to a real CUPS queue (cups-pdf) when this machine has CUPS and the bench
runs as root; otherwise to a PDF file through QPrinter (the same renderer, no spooler), and it says so.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argon2 import PasswordHasher

from PySide6.QtGui import QGuiApplication

from counter_app import demo
from counter_app.clock import FixedClock
from counter_app.core import build_core
from counter_app.print import output, ticket_slip
from counter_app.settings import Settings
from counter_app.ui.kiosk_window import issue_and_print

TAPS = int(os.environ.get("BENCH_TAPS", "50"))


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        clock = FixedClock(dt.datetime(2026, 11, 25, 9, 0))
        core = build_core(
            Settings(db_url=f"sqlite:///{folder}/bench.db", station_name="KIOSK"),
            clock=clock,
            hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1),
        )
        demo.seed(core)
        service = next(s for s in core.queue.kiosk_menu() if s.code == "AK1")
        queue = None
        target = "PDF file (no CUPS here)"
        try:
            sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
            from support import cups

            queue = cups.start_queue(folder / "cups-out")
            target = f"CUPS queue {queue.name}"

            def send(slip: object) -> None:
                output.print_slip(slip, queue.name)  # type: ignore[arg-type]
        except Exception as exc:  # no CUPS or not root: still measure the same renderer to a file
            print(f"(CUPS not available: {exc})")

            def send(slip: object) -> None:
                ticket_slip.slip_to_pdf(slip, folder / "slip.pdf")  # type: ignore[arg-type]

        try:
            times = []
            for _ in range(TAPS):
                started = time.perf_counter()
                outcome = issue_and_print(core.queue, send, service.id, priority=False)
                times.append(time.perf_counter() - started)
                assert outcome.queued, outcome.reason
                clock.advance(seconds=5)
        finally:
            if queue is not None:
                queue.stop()
            core.close()
    times.sort()
    print(
        f"kiosk tap to print job submitted ({target}): median {statistics.median(times) * 1000:.1f} ms, "
        f"p95 {times[int(len(times) * 0.95) - 1] * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms over {TAPS} taps "
        "(target <= 150 ms)"
    )
    del app


if __name__ == "__main__":
    main()
