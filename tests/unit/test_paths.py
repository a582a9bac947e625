"""Finding resources (checkout and bundle) and the per-user data folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from counter_app import paths

REPO = Path(__file__).resolve().parents[2]


def test_resources_dir_in_a_checkout() -> None:
    assert paths.resources_dir() == REPO / "resources"


def test_resources_dir_in_a_pyinstaller_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.resource("fonts/DejaVuSans.ttf") == tmp_path / "resources" / "fonts" / "DejaVuSans.ttf"


def test_resource_inside_resources() -> None:
    path = paths.resource("fonts/DejaVuSans.ttf")
    assert path == REPO / "resources" / "fonts" / "DejaVuSans.ttf"
    assert path.is_file()


@pytest.mark.parametrize(
    "bad",
    [
        "/etc/passwd",
        "../pyproject.toml",
        "fonts/../../pyproject.toml",
        "fonts/..",
        "..",
        "fonts/../fonts/DejaVuSans.ttf",  # even when it would land inside resources/
    ],
)
def test_resource_refuses_absolute_paths_and_dotdot(bad: str) -> None:
    with pytest.raises(ValueError, match="resources/"):
        paths.resource(bad)


def test_data_dir_override_is_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a" / "b"
    monkeypatch.setenv("COUNTER_APP_DATA_DIR", str(target))
    assert paths.data_dir() == target
    assert target.is_dir()


def test_tests_never_use_the_real_user_folder(_fresh_data_dir: Path) -> None:
    assert paths.data_dir() == _fresh_data_dir
    assert Path.home() / ".local" / "share" not in paths.data_dir().parents


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        ("linux", {"XDG_DATA_HOME": "{tmp}/xdg"}, "{tmp}/xdg/counter_app"),
        ("linux", {}, "{tmp}/home/.local/share/counter_app"),
        ("win32", {"LOCALAPPDATA": "{tmp}/local"}, "{tmp}/local/counter_app"),
        ("win32", {}, "{tmp}/home/AppData/Local/counter_app"),
        ("darwin", {}, "{tmp}/home/Library/Application Support/counter_app"),
    ],
)
def test_data_dir_per_platform(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, platform: str, env: dict[str, str], expected: str
) -> None:
    for name in ("COUNTER_APP_DATA_DIR", "XDG_DATA_HOME", "LOCALAPPDATA"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name, value in env.items():
        monkeypatch.setenv(name, value.format(tmp=tmp_path))
    monkeypatch.setattr(sys, "platform", platform)
    result = paths.data_dir()
    assert result == Path(expected.format(tmp=tmp_path))
    assert result.is_dir()
