"""A real CUPS print queue for the print tests: cups-pdf writes every job as a PDF into a folder (STACK.md §6).

The queue is the same path production takes (QPrinter → CUPS → backend); only the printer differs. It needs
root (cups-pdf's configuration lives in /etc/cups) and the Debian packages cups, cups-pdf, cups-bsd and
cups-client. ``COUNTER_APP_REQUIRE_CUPS=1`` (set by scripts/test.sh) turns a missing CUPS into a failure.

A queue of its own (not the usual "PDF") with its own cups-pdf file (``cups-pdf-<queue>.conf``, read by
cups-pdf for the device URI ``cups-pdf:/<queue>``) leaves a developer's own printers and settings alone.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

REQUIRE_ENV = "COUNTER_APP_REQUIRE_CUPS"
QUEUE = "CounterAppTestSlip"
CUPS_DIR = Path("/etc/cups")
PPD_NAME = "CUPS-PDF_opt.ppd"
START_TIMEOUT_S = 15.0


class CupsUnavailable(Exception):
    """CUPS or cups-pdf is missing, or this process may not configure it."""


def required() -> bool:
    """True when a missing CUPS must fail the run instead of skipping the print tests."""
    return os.environ.get(REQUIRE_ENV, "") == "1"


def _run(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=30, check=check)


def scheduler_running() -> bool:
    """Whether a CUPS scheduler answers on this machine."""
    if shutil.which("lpstat") is None:
        return False
    result = _run("lpstat", "-r", check=False)
    return result.returncode == 0 and "not running" not in result.stdout and "is running" in result.stdout


@dataclass
class CupsQueue:
    """A cups-pdf queue: print to ``name``, find the PDFs in ``out_dir``."""

    name: str
    out_dir: Path
    _conf: Path
    _cupsd: subprocess.Popen[bytes] | None = None
    _log: Path | None = None
    _stopped: bool = field(default=False, repr=False)

    def pdfs(self) -> list[Path]:
        """The PDFs written so far."""
        return sorted(self.out_dir.glob("*.pdf"))

    def wait_for_pdf(self, before: set[Path], timeout_s: float = 20.0) -> Path:
        """Wait until a PDF that was not in ``before`` is complete in ``out_dir``, and return it."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            new = [p for p in self.pdfs() if p not in before]
            # cups-pdf writes to the final name once Ghostscript is done; a non-empty file with the PDF
            # trailer is complete.
            for path in new:
                data = path.read_bytes()
                if data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]:
                    return path
            time.sleep(0.05)
        jobs = _run("lpstat", "-W", "all", "-o", check=False).stdout
        raise AssertionError(f"no PDF from CUPS queue {self.name} within {timeout_s} s; jobs: {jobs!r}")

    def stop(self) -> None:
        """Remove the queue and its cups-pdf file; stop the scheduler if this queue started it."""
        if self._stopped:
            return
        self._stopped = True
        _run("lpadmin", "-x", self.name, check=False)
        self._conf.unlink(missing_ok=True)
        if self._cupsd is not None:
            self._cupsd.send_signal(signal.SIGTERM)
            try:
                self._cupsd.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._cupsd.kill()
                self._cupsd.wait(timeout=10)


def _find_ppd() -> str:
    result = _run("lpinfo", "-m", check=False)
    for line in result.stdout.splitlines():
        name = line.split(" ", 1)[0]
        if name.endswith(PPD_NAME):
            return name
    raise CupsUnavailable(f"no {PPD_NAME} among the CUPS drivers (is cups-pdf installed?)")


def start_queue(folder: Path) -> CupsQueue:
    """Start (or reuse) the CUPS scheduler and add a cups-pdf queue writing into ``folder/out``.

    Raises:
        CupsUnavailable: not root, or cupsd, lpadmin or cups-pdf is missing.
    """
    if os.name != "posix" or os.geteuid() != 0:
        raise CupsUnavailable("configuring cups-pdf needs root")
    for tool in ("cupsd", "lpadmin", "lpstat", "lpinfo"):
        if shutil.which(tool) is None:
            raise CupsUnavailable(f"{tool} not found (apt-get install cups cups-bsd cups-client cups-pdf)")
    if not (CUPS_DIR / "cups-pdf.conf").exists():
        raise CupsUnavailable("cups-pdf is not installed (no /etc/cups/cups-pdf.conf)")
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / "out"
    out.mkdir(exist_ok=True)
    out.chmod(0o777)  # the cups-pdf backend writes as the job's user

    cupsd: subprocess.Popen[bytes] | None = None
    log = folder / "cupsd.log"
    if not scheduler_running():
        with log.open("wb") as sink:
            cupsd = subprocess.Popen(["cupsd", "-f"], stdout=sink, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + START_TIMEOUT_S
        while not scheduler_running():
            if cupsd.poll() is not None:
                raise CupsUnavailable(f"cupsd exited with {cupsd.returncode}: {log.read_text(errors='replace')}")
            if time.monotonic() > deadline:
                cupsd.kill()
                raise CupsUnavailable(f"cupsd did not answer within {START_TIMEOUT_S} s")
            time.sleep(0.1)

    conf = CUPS_DIR / f"cups-pdf-{QUEUE}.conf"
    queue = CupsQueue(QUEUE, out, conf, cupsd, log)
    try:
        conf.write_text(f"Out {out}\nAnonDirName {out}\n", encoding="utf-8")
        # "printer drivers are deprecated" on stderr is harmless (STACK.md §6).
        _run("lpadmin", "-p", QUEUE, "-v", f"cups-pdf:/{QUEUE}", "-m", _find_ppd(), "-E")
    except (OSError, subprocess.CalledProcessError, CupsUnavailable) as exc:
        queue.stop()
        if isinstance(exc, CupsUnavailable):
            raise
        detail = exc.stderr if isinstance(exc, subprocess.CalledProcessError) else exc
        raise CupsUnavailable(f"could not add the cups-pdf queue: {detail}") from exc
    return queue
