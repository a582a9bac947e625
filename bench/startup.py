"""Prints the median time from process start to the login window shown (target <= 1.0 s)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "10"))
MARKER = b"counter-app: login window shown"


def _prepare(data_dir: Path) -> dict[str, str]:
    env = {**os.environ, "COUNTER_APP_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("COUNTER_APP_DB_URL", None)
    # A store that already has users, so the normal login window (not the first-admin form) opens.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "counter_app",
            "user",
            "add",
            "admin",
            "--name",
            "Admin",
            "--role",
            "admin",
            "--password-stdin",
        ],
        input=b"bench-password\n",
        env=env,
        check=True,
        capture_output=True,
    )
    return env


def _one_start(env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "counter_app", "--quit-after-start"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    shown = None
    for line in proc.stdout:
        if MARKER in line:
            shown = time.perf_counter() - started
            break
    proc.wait(timeout=30)
    if shown is None:
        raise SystemExit("the login window was never reported as shown")
    return shown


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = _prepare(Path(tmp))
        _one_start(env)  # warm the page cache, as on a PC that has run the program before
        times = [_one_start(env) for _ in range(RUNS)]
    print(
        f"startup to login window: median {statistics.median(times) * 1000:.0f} ms, "
        f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms over {RUNS} runs (target <= 1000 ms)"
    )


if __name__ == "__main__":
    main()
