"""Per-station settings: defaults, where the store is, versioned load/save."""

from __future__ import annotations

import dataclasses
import json
import logging
import socket
from pathlib import Path

import pytest

from counter_app import settings as settings_mod
from counter_app.settings import DB_URL_ENV, SETTINGS_VERSION, Settings


def test_defaults() -> None:
    s = Settings()
    assert s.version == SETTINGS_VERSION
    assert s.db_url == ""
    assert s.station_name == socket.gethostname()
    assert s.counter_number is None
    assert (s.idle_lock_minutes, s.max_failed_logins, s.lockout_minutes) == (10, 5, 15)


def test_every_option_is_described() -> None:
    for f in dataclasses.fields(Settings):
        assert f.metadata.get("description", "").strip(), f"{f.name} has no description"


def test_empty_url_means_sqlite_in_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DB_URL_ENV, raising=False)
    assert Settings().resolved_db_url(tmp_path) == f"sqlite:///{tmp_path.as_posix()}/counter_app.db"


def test_default_sqlite_file_is_in_the_configured_data_folder(
    _fresh_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DB_URL_ENV, raising=False)
    assert Settings().resolved_db_url() == f"sqlite:///{_fresh_data_dir.as_posix()}/counter_app.db"


def test_file_url_wins_over_default_and_is_trimmed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DB_URL_ENV, raising=False)
    s = Settings(db_url="  postgresql://kantor@server/loket  ")
    assert s.resolved_db_url() == "postgresql://kantor@server/loket"


def test_environment_wins_over_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DB_URL_ENV, " sqlite:////srv/loket.db ")
    assert Settings(db_url="postgresql://kantor@server/loket").resolved_db_url() == "sqlite:////srv/loket.db"


def test_blank_environment_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DB_URL_ENV, "   ")
    assert Settings(db_url="postgresql://x@y/z").resolved_db_url() == "postgresql://x@y/z"


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert settings_mod.load(tmp_path / "nope.json") == Settings()


def test_save_then_load_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = Settings(db_url="postgresql://a@b/c", station_name="LOKET-3", counter_number=3, lockout_minutes=30)
    settings_mod.save(original, path)
    assert settings_mod.load(path) == original
    assert json.loads(path.read_text(encoding="utf-8"))["counter_number"] == 3
    assert not path.with_suffix(".tmp").exists()


def test_save_and_load_default_to_the_data_folder(_fresh_data_dir: Path) -> None:
    settings_mod.save(Settings(station_name="KIOS"))
    assert (_fresh_data_dir / settings_mod.SETTINGS_FILE).exists()
    assert settings_mod.load().station_name == "KIOS"


def test_save_replaces_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings_mod.save(Settings(station_name="PANJANG-SEKALI-NAMANYA"), path)
    settings_mod.save(Settings(station_name="A"), path)
    assert settings_mod.load(path).station_name == "A"


@pytest.mark.parametrize("content", ["{not json", "", "\xff\xfe"])
def test_unreadable_file_gives_defaults_and_a_log_line(
    tmp_path: Path, content: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="latin-1")
    with caplog.at_level(logging.WARNING, logger="counter_app.settings"):
        assert settings_mod.load(path) == Settings()
    assert "unreadable" in caplog.text


def test_version_0_file_is_migrated_and_unknown_keys_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"station_name": "LAMA", "retired_option": True}), encoding="utf-8")
    loaded = settings_mod.load(path)
    assert loaded.station_name == "LAMA"
    assert loaded.version == SETTINGS_VERSION


def test_migrate_steps() -> None:
    assert settings_mod.migrate({"station_name": "X"}) == {"station_name": "X", "version": 1}
    current = {"version": SETTINGS_VERSION, "station_name": "X"}
    assert settings_mod.migrate(current) == current
