"""``counter-app display`` opens the TV display on the program's own store and exits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e]


@pytest.mark.parametrize("windowed", [False, True], ids=["full-screen", "windowed"])
def test_display_command_starts_and_exits_cleanly(tmp_path: Path, windowed: bool) -> None:
    env = {**os.environ, "COUNTER_APP_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("COUNTER_APP_DB_URL", None)
    args = [sys.executable, "-m", "counter_app", "display", "--quit-after-start"] + (["--windowed"] if windowed else [])
    result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "counter-app: display shown" in result.stdout
    assert (tmp_path / "data" / "counter_app.db").exists()
    assert " ERROR " not in result.stderr, result.stderr[-3000:]
