"""Prints the render time of a letter and the numbering throughput of ``LetterService.issue`` (issue 6, "Proof").

1. Render: ``print.letter.letter_pdf_bytes`` on the bundled paspor recommendation (kop with logo, head block,
   four paragraphs, signature, tembusan, QR), 100 times after a warm-up; also the A4 preview image at 100 dpi.
   Target: median <= 50 ms for the PDF.
2. Issue: one station issuing letters back to back with the real renderer (counter bump, render, archive,
   audit, commit), on SQLite and on a throwaway PostgreSQL cluster (tests/support/postgres.py).

Run: ``.venv/bin/python bench/letters.py``; BENCH_RENDERS (default 100), BENCH_ISSUES (default 200) and
BENCH_ENGINES (default "sqlite,postgresql") change it.
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/ holds queue.py: with bench/ first on sys.path, "import queue" (psycopg does) would import it.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent / "tests"))  # for support.postgres and support.letters

import os  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

from support import letters as fx  # noqa: E402
from support import postgres as pg_support  # noqa: E402
from support import store  # noqa: E402

from PySide6.QtGui import QGuiApplication  # noqa: E402

from counter_app.clock import FixedClock  # noqa: E402
from counter_app.core import Core, build_core  # noqa: E402
from counter_app.print import letter  # noqa: E402
from counter_app.settings import Settings  # noqa: E402

RENDERS = int(os.environ.get("BENCH_RENDERS", "100"))
ISSUES = int(os.environ.get("BENCH_ISSUES", "200"))
ENGINES = os.environ.get("BENCH_ENGINES", "sqlite,postgresql").split(",")
TARGET_MS = 50.0
KEY = "rekomendasi_paspor_cpmi"


def _core(url: str) -> Core:
    core = build_core(
        Settings(db_url=url, station_name="BENCH"), clock=FixedClock(store.START), hasher=store.fast_hasher()
    )
    core.letters.set_renderer(letter.letter_pdf_bytes)
    fx.add_signatories(core)
    return core


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered):6.1f} ms  p95 {p95:6.1f} ms  max {ordered[-1]:6.1f} ms"


def bench_render(core: Core) -> float:
    template = fx.template_by_key(core, KEY)
    application = fx.application_for(core, template.service_key)
    assert template.id is not None
    doc = core.letters.issue(fx.A, application, template.id, fx.EXTRAS[KEY])
    data = core.letters.letter_data(fx.A, doc.id)
    for _ in range(5):
        letter.letter_pdf_bytes(data)
    pdf_ms, image_ms = [], []
    for _ in range(RENDERS):
        started = time.perf_counter()
        letter.letter_pdf_bytes(data)
        pdf_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        letter.letter_to_image(data, dpi=100)
        image_ms.append((time.perf_counter() - started) * 1000)
    median = statistics.median(pdf_ms)
    verdict = "OK" if median <= TARGET_MS else "OVER TARGET"
    print(f"render PDF   ({RENDERS}x): {_ms(pdf_ms)}  [target median <= {TARGET_MS:.0f} ms: {verdict}]")
    print(f"render image ({RENDERS}x, 100 dpi): {_ms(image_ms)}")
    return median


def bench_issue(core: Core) -> None:
    template = fx.template_by_key(core, KEY)
    application = fx.application_for(core, template.service_key)
    assert template.id is not None
    samples = []
    started_all = time.perf_counter()
    for _ in range(ISSUES):
        started = time.perf_counter()
        core.letters.issue(fx.A, application, template.id, fx.EXTRAS[KEY])
        samples.append((time.perf_counter() - started) * 1000)
    wall = time.perf_counter() - started_all
    print(
        f"issue on {core.store_kind:10s} ({ISSUES}x, real renderer): {_ms(samples)}  = {ISSUES / wall:5.1f} letters/s"
    )


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication([])
    assert app is not None
    with tempfile.TemporaryDirectory() as folder:
        core = _core(f"sqlite:///{folder}/bench.db")
        try:
            median = bench_render(core)
            if "sqlite" in ENGINES:
                bench_issue(core)
        finally:
            core.close()
        if "postgresql" in ENGINES:
            try:
                server = pg_support.start_server()
            except pg_support.PostgresUnavailable as exc:
                print(f"PostgreSQL skipped: {exc}")
            else:
                try:
                    with server.fresh_database() as url:
                        pg_core = _core(url)
                        try:
                            bench_issue(pg_core)
                        finally:
                            pg_core.close()
                finally:
                    server.stop()
    return 0 if median <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
