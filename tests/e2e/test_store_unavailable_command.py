"""Every entry point started while the store is down says why, in Indonesian, and exits without a traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e]

PASSWORD = "Rahasia-Server-5"


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    with socket.socket() as s:  # a port nobody listens on: the connection is refused at once
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {
        **os.environ,
        "COUNTER_APP_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "COUNTER_APP_DB_URL": f"postgresql://clerk:{PASSWORD}@127.0.0.1:{port}/disnaker",
    }
    result = subprocess.run(
        [sys.executable, "-m", "counter_app", *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in result.stdout + result.stderr, result.stderr[-3000:]
    assert PASSWORD not in result.stdout + result.stderr
    assert f"Server basis data PostgreSQL 127.0.0.1:{port} tidak dapat dihubungi" in result.stdout + result.stderr
    return result


def test_staff_program_shows_the_start_up_dialog_and_exits_1(tmp_path: Path) -> None:
    result = _run(tmp_path, "--quit-after-start")
    assert result.returncode == 1, result.stderr[-3000:]
    assert "counter-app: start-up dialog shown: Server basis data PostgreSQL" in result.stdout


@pytest.mark.parametrize("program", ["kiosk", "display", "survey"])
def test_unattended_screens_show_the_waiting_page_and_exit_1(tmp_path: Path, program: str) -> None:
    result = _run(tmp_path, program, "--quit-after-start")
    assert result.returncode == 1, result.stderr[-3000:]
    assert "counter-app: waiting page shown: Server basis data PostgreSQL" in result.stdout


def test_admin_command_line_prints_the_message_and_exits_2(tmp_path: Path) -> None:
    result = _run(tmp_path, "db", "upgrade")
    assert result.returncode == 2
    assert "Gagal: Server basis data PostgreSQL" in result.stderr
