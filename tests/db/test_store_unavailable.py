"""Opening a store that cannot be opened gives one StoreUnavailable that says what to fix, never the password."""

from __future__ import annotations

import logging
import socket
import sqlite3
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool
from support import postgres as pg_support

from counter_app import app as app_mod
from counter_app import core as core_mod
from counter_app import store_errors
from counter_app.core import build_core
from counter_app.db import engine as db_engine
from counter_app.db import migrate
from counter_app.errors import StoreUnavailable, UserError
from counter_app.settings import DB_URL_ENV, SETTINGS_FILE, Settings

PASSWORD = "Rahasia-Kantor-77"


def _closed_port() -> int:
    """A local TCP port nobody listens on (bound and released: connecting is refused at once)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _open(url: str) -> StoreUnavailable:
    with pytest.raises(StoreUnavailable) as info:
        build_core(Settings(db_url=url))
    return info.value


def _assert_no_password(error: StoreUnavailable, caplog: pytest.LogCaptureFixture) -> None:
    for text_ in (str(error), error.detail, error.target, error.setting_source, caplog.text):
        assert PASSWORD not in text_


def test_unreachable_postgres_names_host_and_port_and_says_what_to_do(
    caplog: pytest.LogCaptureFixture, _fresh_data_dir: Path
) -> None:
    port = _closed_port()
    started = time.monotonic()
    with caplog.at_level(logging.WARNING):
        error = _open(f"postgresql://clerk:{PASSWORD}@127.0.0.1:{port}/disnaker")
    assert time.monotonic() - started < 5
    assert isinstance(error, UserError)
    assert f"127.0.0.1:{port}" in str(error)
    assert "Pastikan server PostgreSQL kantor menyala dan jaringan tersambung." in str(error)
    assert error.store_kind == "PostgreSQL"
    assert error.target == f"127.0.0.1:{port}/disnaker"
    assert error.setting_source == str(_fresh_data_dir / SETTINGS_FILE)
    assert "Connection refused" in error.detail
    assert "store unavailable" in caplog.text  # the technical detail goes to the log too
    _assert_no_password(error, caplog)


def test_environment_variable_is_named_as_the_setting_when_it_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DB_URL_ENV, f"postgresql://clerk:{PASSWORD}@127.0.0.1:{_closed_port()}/disnaker")
    with pytest.raises(StoreUnavailable) as info:
        build_core(Settings())
    assert info.value.setting_source == f"variabel lingkungan {DB_URL_ENV}"


def test_unknown_host_name_says_to_check_the_server_name() -> None:
    error = _open(f"postgresql://clerk:{PASSWORD}@server-kantor.invalid:5432/disnaker")
    assert '"server-kantor.invalid" tidak dikenal' in str(error)
    assert "db_url" in str(error)


def test_unreadable_url_says_to_check_db_url(caplog: pytest.LogCaptureFixture, _fresh_data_dir: Path) -> None:
    error = _open(f"postgres ql://clerk:{PASSWORD}@server")
    assert "db_url" in str(error) and "tidak sah" in str(error)
    assert str(_fresh_data_dir / SETTINGS_FILE) in str(error)
    _assert_no_password(error, caplog)


def test_sqlite_in_a_missing_folder_names_the_file_and_folder(tmp_path: Path) -> None:
    file = tmp_path / "tidak-ada" / "counter_app.db"
    error = _open(f"sqlite:///{file.as_posix()}")
    assert str(file) in str(error)
    assert f"folder {file.parent} ada dan boleh ditulis" in str(error)
    assert error.store_kind == "SQLite"
    assert error.target == str(file)
    assert "unable to open database file" in error.detail


def test_sqlite_file_that_cannot_be_written_names_the_file(tmp_path: Path) -> None:
    file = tmp_path / "counter_app.db"
    sqlite3.connect(file).close()  # an empty store that must be migrated, opened read-only
    error = _open(f"sqlite:///file:{file.as_posix()}?mode=ro&uri=true")
    assert f"Berkas basis data {file} tidak boleh ditulis" in str(error).replace("file:", "")
    assert "readonly" in error.detail


@pytest.mark.parametrize(
    ("driver_text", "expected"),
    [
        ("database is locked", "sedang dikunci program lain"),
        ("file is not a database", "bukan basis data aplikasi ini atau rusak"),
        ("database or disk is full", "Kosongkan ruang disk"),
    ],
)
def test_sqlite_driver_errors_map_to_what_to_fix(driver_text: str, expected: str) -> None:
    raised = sa_exc.OperationalError("PRAGMA x", {}, sqlite3.OperationalError(driver_text))
    error = store_errors.explain(raised, "sqlite:////data/counter_app.db", source="/data/settings.json")
    assert expected in str(error)
    assert "/data/counter_app.db" in str(error)
    assert error.detail == f"OperationalError: {driver_text}"


def test_failed_safety_copy_keeps_its_own_message_and_disposes_the_engine(
    monkeypatch: pytest.MonkeyPatch, sqlite_url: str
) -> None:
    message = "Basis data x (versi 0006) tidak diperbarui karena salinan pengamannya gagal dibuat di y: penuh."
    engines = []
    real_make_engine = core_mod.db_engine.make_engine

    def make_engine(url: str) -> object:
        engine = real_make_engine(url)
        engines.append(engine)
        return engine

    def fail(_engine: object) -> None:
        raise migrate.SafetyCopyError(message)

    monkeypatch.setattr(core_mod.db_engine, "make_engine", make_engine)
    monkeypatch.setattr(core_mod.migrate, "upgrade_store", fail)
    disposed: list[bool] = []
    monkeypatch.setattr(
        "sqlalchemy.engine.Engine.dispose", lambda self, close=True: disposed.append(True), raising=True
    )
    error = _open(sqlite_url)
    assert str(error) == message
    assert len(engines) == 1 and disposed == [True]


def test_a_bug_while_building_is_not_disguised_but_the_engine_is_disposed(
    monkeypatch: pytest.MonkeyPatch, sqlite_url: str
) -> None:
    disposed: list[bool] = []
    monkeypatch.setattr("sqlalchemy.engine.Engine.dispose", lambda self, close=True: disposed.append(True))
    monkeypatch.setattr(core_mod, "_build", lambda *a, **k: (_ for _ in ()).throw(KeyError("bug")))
    with pytest.raises(KeyError):
        build_core(Settings(db_url=sqlite_url))
    assert disposed == [True]


def test_admin_command_line_prints_the_message_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    port = _closed_port()
    monkeypatch.setenv(DB_URL_ENV, f"postgresql://clerk:{PASSWORD}@127.0.0.1:{port}/disnaker")
    for argv in (["db", "upgrade"], ["db", "backup", "x.json"], ["demo", "seed"]):
        assert app_mod.main(argv) == 2
        out, err = capsys.readouterr()
        assert f"Gagal: Server basis data PostgreSQL 127.0.0.1:{port} tidak dapat dihubungi" in err
        assert "Rincian: OperationalError" in err
        assert "Traceback" not in err and PASSWORD not in out + err


# --- against the test PostgreSQL server ------------------------------------------------------------------


def _url_for(pg_server: pg_support.PostgresServer, *, user: str, password: str | None, database: str) -> str:
    return (
        make_url(pg_server.admin_url)
        .set(username=user, password=password, database=database)
        .render_as_string(hide_password=False)
    )


def test_missing_database_on_the_server_names_it(
    pg_server: pg_support.PostgresServer, caplog: pytest.LogCaptureFixture
) -> None:
    url = _url_for(pg_server, user="postgres", password=PASSWORD, database="disnaker_tidak_ada")
    error = _open(url)
    assert 'Basis data "disnaker_tidak_ada" tidak ada di server PostgreSQL' in str(error)
    assert "periksa nama basis data pada db_url" in str(error).lower()
    _assert_no_password(error, caplog)


def test_unknown_user_on_the_server_names_it(pg_server: pg_support.PostgresServer) -> None:
    error = _open(_url_for(pg_server, user="petugas_tak_dikenal", password=PASSWORD, database="postgres"))
    assert 'Pengguna "petugas_tak_dikenal" tidak dikenal' in str(error)


@pytest.fixture
def password_role(pg_server: pg_support.PostgresServer) -> Iterator[str]:
    """A role that must sign in with a password (a pg_hba.conf line for it alone); yields its name."""
    cluster = getattr(pg_server, "_cluster", None)
    if cluster is None:
        pytest.skip("external PostgreSQL server: its pg_hba.conf is not the tests' to change")
    hba = cluster.data / "pg_hba.conf"
    original = hba.read_text()
    role = f"clerk_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_server.admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    hba.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n" + original)
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'Benar-Sekali-1'"))
            conn.execute(text("SELECT pg_reload_conf()"))
        _wait_until_password_is_asked(pg_server, role)
        yield role
    finally:
        hba.write_text(original)
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_reload_conf()"))
            conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
        admin.dispose()


def _wait_until_password_is_asked(pg_server: pg_support.PostgresServer, role: str) -> None:
    """pg_reload_conf() only signals the server; wait until the new rule refuses a wrong password."""
    probe = create_engine(_url_for(pg_server, user=role, password="salah", database="postgres"), poolclass=NullPool)
    deadline = time.monotonic() + 10
    try:
        while time.monotonic() < deadline:
            try:
                probe.connect().close()
            except sa_exc.OperationalError:
                return
            time.sleep(0.05)
    finally:
        probe.dispose()
    pytest.fail("the server kept letting the role in without its password")


def test_wrong_password_says_to_check_db_url_and_never_shows_the_password(
    pg_server: pg_support.PostgresServer,
    password_role: str,
    caplog: pytest.LogCaptureFixture,
    _fresh_data_dir: Path,
) -> None:
    url = _url_for(pg_server, user=password_role, password=PASSWORD, database="postgres")
    with caplog.at_level(logging.WARNING):
        error = _open(url)
    assert f'menolak pengguna "{password_role}": kata sandi atau nama pengguna salah' in str(error)
    assert f"Periksa db_url di {_fresh_data_dir / SETTINGS_FILE} (atau {DB_URL_ENV})" in str(error)
    assert "password authentication failed" in error.detail
    _assert_no_password(error, caplog)


def test_store_from_a_newer_program_says_to_install_the_newer_version(tmp_path: Path) -> None:
    file = tmp_path / "counter_app.db"
    with sqlite3.connect(file) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('0099_masa_depan')")
    error = _open(f"sqlite:///{file.as_posix()}")
    assert "versi program yang lebih baru" in str(error)
    assert "Pasang versi program terbaru" in str(error)
    assert "0099_masa_depan" in error.detail


def test_postgresql_engines_give_up_connecting_after_a_timeout_unless_the_url_says_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[dict[str, object]] = []
    monkeypatch.setattr(db_engine, "create_engine", lambda url, **kwargs: seen.append(kwargs.get("connect_args", {})))
    db_engine.make_engine("postgresql://loket@server/disnaker")
    db_engine.make_engine("postgresql://loket@server/disnaker?connect_timeout=3")
    assert seen == [{"connect_timeout": db_engine.CONNECT_TIMEOUT_S}, {}]
