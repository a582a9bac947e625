"""The PyInstaller bundle builds, opens its own store in a temporary data folder and exits cleanly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    if pyinstaller is None:
        pytest.fail("pyinstaller is not installed in the test environment (pip install -e '.[test]')")
    work = tmp_path_factory.mktemp("pyi")
    subprocess.run(
        [
            pyinstaller,
            "--noconfirm",
            "--clean",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build_installer.spec"),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=600,
    )
    exe = work / "dist" / "counter-app" / "counter-app"
    assert exe.exists()
    return exe


def test_bundle_opens_its_store_and_exits_cleanly(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "COUNTER_APP_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("COUNTER_APP_DB_URL", None)
    result = subprocess.run([str(bundle), "--quit-after-start"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "counter-app: login window shown" in result.stdout
    assert (data / "counter_app.db").exists()
    assert " ERROR " not in result.stderr, result.stderr[-3000:]

    check = subprocess.run([str(bundle), "catalogue", "check"], env=env, capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stderr[-2000:]
    assert "28 standar (15 publik, 13 internal)" in check.stdout
