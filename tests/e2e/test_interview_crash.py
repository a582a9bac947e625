"""Crash proof: a process typing an interview is killed with SIGKILL; the next one is offered the draft intact."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.interview import HALF

from counter_app import drafts

SCRIPT = Path(__file__).resolve().parent.parent / "support" / "interview_crash.py"
START_TIMEOUT_S = 60

pytestmark = [pytest.mark.e2e]


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COUNTER_APP_DATA_DIR": str(tmp_path / "data")}


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_a_killed_interview_is_offered_back_with_what_was_typed(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    typing = subprocess.Popen(
        [sys.executable, str(SCRIPT), "type", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=_env(tmp_path),
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        assert typing.stdout is not None
        line = ""
        while time.monotonic() < deadline and typing.poll() is None:
            line = typing.stdout.readline().strip()
            if line == "DRAFT-SAVED":
                break
        assert line == "DRAFT-SAVED", f"the typing process never autosaved (exit {typing.poll()})"
        os.kill(typing.pid, signal.SIGKILL)  # the power cut: no clean-up code runs
        assert typing.wait(timeout=10) == -signal.SIGKILL
    finally:
        if typing.poll() is None:
            typing.kill()
            typing.wait()

    leftovers = sorted(p.name for p in folder.iterdir())
    assert leftovers == ["new.draft.json"]  # no half-written temporary file
    draft = drafts.DraftStore(folder).load("new")
    assert draft is not None and draft.profile == HALF

    reopen = subprocess.run(
        [sys.executable, str(SCRIPT), "reopen", str(folder)],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=START_TIMEOUT_S,
        check=True,
    )
    report = json.loads(reopen.stdout.strip().splitlines()[-1])
    assert report["asked"] == ["Pulihkan Isian"]
    assert drafts.profile_from_json(report["profile"]) == HALF
    assert report["widgets"] == {
        "nik": HALF.nik,
        "name": "Siti Nur'aini Rahmawati",
        "birth_date": "05-12-2000",
        "sex": "Perempuan",
        "kecamatan": "Mojosari",
        "desa": "Kauman (kel.)",
        "address": HALF.address,
    }
    assert report["errors"] == []
