"""Portable backup and restore: every row back exactly, on and across both engines; bad files refused."""

from __future__ import annotations

import contextlib
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, delete, event, select, update
from support import catalogue as cat_support
from support import store
from support.store import PASSWORD

from counter_app import app
from counter_app.clock import FixedClock
from counter_app.core import Core, build_core
from counter_app.db import backup, migrate, models
from counter_app.db import engine as db_engine
from counter_app.errors import AuthenticationFailed
from counter_app.roles import COMMAND_LINE, Role
from counter_app.settings import Settings


def populate(core: Core, clock: FixedClock) -> None:
    """Users of every role (one locked, one inactive), loket, office fields, a catalogue update, audit."""
    admin = core.auth.create_first_admin("admin", "Admin Kantor", PASSWORD)
    for role in Role:
        core.users.add_user(
            admin,
            username=f"u.{role.value}",
            full_name=f"Pegawai {role.value} — Ñ",
            role=role,
            password=PASSWORD,
            nip="196805121993032004" if role is Role.SUPERVISOR else "",
        )
    clock.advance(minutes=5)
    for _ in range(5):
        with contextlib.suppress(AuthenticationFailed):
            core.auth.login("u.verifikator", "salah-sekali")
    core.auth.login("u.supervisor", PASSWORD)
    inactive = next(u for u in core.users.list_users(admin) if u.username == "u.pengantar_kerja")
    core.users.update_user(admin, inactive.id, full_name=inactive.full_name, role=inactive.role, active=False)
    services = {s.key: s for s in core.catalogue.list_services(admin)}
    for number, keys in ((1, ["ak1"]), (2, ["bkk", "ak1", "rekomendasi_paspor_cpmi"]), (3, [])):
        core.counters.save_counter(
            admin,
            counter_id=None,
            number=number,
            name=f"Loket {number}",
            active=number != 3,
            service_ids=[services[k].id for k in keys],
        )
    core.catalogue.update_operational(
        admin, services["pkwt"].id, code="PKWTT", ticket_prefix="WT", active=False, counter_ids=[]
    )
    clock.advance(days=1)

    def drop_last(document: dict[str, Any]) -> None:
        cat_support.raw_standard(document, "bkk")["requirements"][0]["items"].pop()

    core.catalogue.load(admin, cat_support.newer_catalogue(cat_support.retitled("ak1"), drop_last))
    with core.ctx.uow() as uow:
        uow.office_settings.put(
            "kop_surat", {"baris": ["PEMERINTAH KABUPATEN MOJOKERTO", "DINAS TENAGA KERJA"]}, clock.now()
        )
        uow.commit()
    store.fill_empty_tables(core.engine)
    store.fill_unused_types(core.engine)


def mutate(core: Core, clock: FixedClock) -> None:
    """Change, add and delete rows in several tables."""
    clock.advance(days=3)
    core.users.add_user(COMMAND_LINE, username="setelah.cadangan", full_name="Baru", role=Role.ADMIN, password=PASSWORD)
    core.auth.login("u.supervisor", PASSWORD)
    with core.engine.begin() as conn:
        conn.execute(delete(models.counter_service))
        conn.execute(update(models.Counter).values(name="Loket ganti nama"))
        conn.execute(delete(models.User).where(models.User.username == "u.verifikator"))
        conn.execute(update(models.Service).values(title="DIUBAH"))
        conn.execute(delete(models.OfficeSetting))


@pytest.fixture
def engine_for() -> Iterator[Callable[[str], Engine]]:
    engines: list[Engine] = []

    def make(url: str) -> Engine:
        engines.append(db_engine.make_engine(url))
        return engines[-1]

    yield make
    for eng in engines:
        eng.dispose()


@pytest.fixture
def populated(core: Core, clock: FixedClock) -> Core:
    populate(core, clock)
    return core


def test_backup_then_restore_brings_every_row_back(populated: Core, clock: FixedClock, tmp_path: Path) -> None:
    core = populated
    saved = store.snapshot(core.engine)
    assert [name for name, rows in saved.items() if not rows] == []  # every table holds data
    types_with_data = {
        type(column.type)
        for table in models.Base.metadata.sorted_tables
        for column in table.columns
        if any(row[column.name] is not None for row in saved[table.name])
    }
    assert types_with_data == {type(c.type) for t in models.Base.metadata.sorted_tables for c in t.columns}

    target = tmp_path / "cadangan.zip"
    counts = backup.backup(core.engine, target)
    assert counts == {name: len(rows) for name, rows in saved.items()}
    assert not target.with_name(target.name + ".part").exists()
    manifest = backup.read_manifest(target)
    assert manifest["revision"] == migrate.head_revision()
    assert manifest["dialect"] == core.engine.dialect.name
    assert manifest["counts"] == counts

    mutate(core, clock)
    changed = store.diff(saved, store.snapshot(core.engine))
    assert {"user_account", "audit_entry", "counter", "counter_service", "service", "office_setting"} <= set(changed)

    assert backup.restore(core.engine, target) == counts
    restored = store.snapshot(core.engine)
    for name in saved:
        assert restored[name] == saved[name], name
    assert restored == saved

    # The restored store works: old accounts sign in, the one made after the backup is gone.
    core.auth.login("u.supervisor", PASSWORD)
    with pytest.raises(AuthenticationFailed):
        core.auth.login("setelah.cadangan", PASSWORD)


def test_backup_overwrites_an_older_file(populated: Core, tmp_path: Path) -> None:
    target = tmp_path / "cadangan.zip"
    target.write_bytes(b"old junk")
    backup.backup(populated.engine, target)
    assert zipfile.is_zipfile(target)
    assert backup.read_manifest(target)["format"] == backup.FORMAT


ENGINE_PAIRS = [
    pytest.param("sqlite", "postgresql", id="sqlite-to-postgresql", marks=pytest.mark.postgres),
    pytest.param("postgresql", "sqlite", id="postgresql-to-sqlite", marks=pytest.mark.postgres),
    pytest.param("sqlite", "sqlite", id="sqlite-to-new-sqlite"),
    pytest.param("postgresql", "postgresql", id="postgresql-to-new-postgresql", marks=pytest.mark.postgres),
]


@pytest.mark.parametrize(("source", "target"), ENGINE_PAIRS)
def test_restore_into_an_empty_store_of_either_engine(
    source: str,
    target: str,
    new_store_url: Callable[[str], str],
    engine_for: Callable[[str], Engine],
    make_core_on: Callable[[str], Core],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    core = make_core_on(new_store_url(source))
    populate(core, clock)
    saved = store.snapshot(core.engine)
    file = tmp_path / "cadangan.zip"
    backup.backup(core.engine, file)

    empty = engine_for(new_store_url(target))  # not even migrated: restore brings the schema up first
    assert migrate.current_revision(empty) is None
    backup.restore(empty, file)
    assert migrate.current_revision(empty) == migrate.head_revision()
    assert store.snapshot(empty) == saved


@pytest.fixture
def make_core_on(clock: FixedClock) -> Iterator[Callable[[str], Core]]:
    cores: list[Core] = []

    def make(url: str) -> Core:
        cores.append(
            build_core(Settings(db_url=url, station_name=store.STATION), clock=clock, hasher=store.fast_hasher())
        )
        return cores[-1]

    yield make
    for c in cores:
        c.close()


# --- bad files ----------------------------------------------------------------------------------------------


def _rewrite(good: Path, bad: Path, change: Callable[[dict[str, bytes]], None]) -> None:
    with zipfile.ZipFile(good) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    change(members)
    with zipfile.ZipFile(bad, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def _manifest(change: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, bytes]], None]:
    def edit(members: dict[str, bytes]) -> None:
        manifest = json.loads(members["manifest.json"])
        change(manifest)
        members["manifest.json"] = json.dumps(manifest).encode()

    return edit


def _table_line(table: str, line: bytes) -> Callable[[dict[str, bytes]], None]:
    def edit(members: dict[str, bytes]) -> None:
        members[f"tables/{table}.jsonl"] += b"\n" + line

    return edit


BAD_FILES = [
    pytest.param(lambda good, bad: bad.write_bytes(b"\x00\x01 bukan zip sama sekali" * 50), id="random-bytes"),
    pytest.param(lambda good, bad: bad.write_bytes(b""), id="empty-file"),
    pytest.param(lambda good, bad: bad.write_bytes(good.read_bytes()[:300]), id="truncated-zip"),
    pytest.param(lambda good, bad: None, id="missing-file"),
    pytest.param(lambda good, bad: _rewrite(good, bad, lambda m: m.pop("manifest.json")), id="no-manifest"),
    pytest.param(
        lambda good, bad: _rewrite(good, bad, lambda m: m.update({"manifest.json": b"{not json"})),
        id="manifest-not-json",
    ),
    pytest.param(
        lambda good, bad: _rewrite(good, bad, _manifest(lambda m: m.update(format="aplikasi-lain"))),
        id="foreign-format",
    ),
    pytest.param(
        lambda good, bad: _rewrite(good, bad, _manifest(lambda m: m.update(revision="9999_dari_masa_depan"))),
        id="other-schema-revision",
    ),
    pytest.param(
        lambda good, bad: _rewrite(good, bad, _manifest(lambda m: m.pop("revision"))), id="manifest-without-revision"
    ),
    pytest.param(lambda good, bad: _rewrite(good, bad, lambda m: m.pop("tables/counter.jsonl")), id="table-missing"),
    pytest.param(
        lambda good, bad: _rewrite(good, bad, _table_line("counter", b'{"id": "bukan-uuid", "number": 9')),
        id="table-line-cut-off",
    ),
    pytest.param(
        lambda good, bad: _rewrite(good, bad, _table_line("counter", b'{"id": "bukan-uuid", "number": 9}')),
        id="bad-uuid",
    ),
    pytest.param(lambda good, bad: _rewrite(good, bad, _table_line("counter", b"[1, 2, 3]")), id="row-not-an-object"),
    pytest.param(
        lambda good, bad: _rewrite(good, bad, lambda m: m.update({"tables/counter.jsonl": b"\xff\xfe\x00"})),
        id="table-not-utf8",
    ),
]


@pytest.mark.parametrize("make_bad", BAD_FILES)
def test_bad_backup_file_is_refused_in_indonesian_and_nothing_changes(
    populated: Core, tmp_path: Path, make_bad: Callable[[Path, Path], None]
) -> None:
    good = tmp_path / "baik.zip"
    backup.backup(populated.engine, good)
    bad = tmp_path / "rusak.zip"
    make_bad(good, bad)
    before = store.snapshot(populated.engine)
    with pytest.raises(backup.BackupError) as info:
        backup.restore(populated.engine, bad)
    message = str(info.value)
    assert any(word in message for word in ("Berkas", "Cadangan", "cadangan")), message
    assert store.snapshot(populated.engine) == before


def test_read_manifest_of_a_foreign_zip(tmp_path: Path) -> None:
    foreign = tmp_path / "foto.zip"
    with zipfile.ZipFile(foreign, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "photos", "version": 3}))
    with pytest.raises(backup.BackupError, match="bukan cadangan counter_app"):
        backup.read_manifest(foreign)


@pytest.mark.parametrize("manifest", ["[1, 2]", '"counter_app-backup"', "42", "null"])
def test_read_manifest_that_is_not_a_mapping(tmp_path: Path, manifest: str) -> None:
    # Valid JSON but not an object: refused with the message, not an AttributeError (found by mypy --strict).
    odd = tmp_path / "aneh.zip"
    with zipfile.ZipFile(odd, "w") as zf:
        zf.writestr("manifest.json", manifest)
    with pytest.raises(backup.BackupError, match="bukan cadangan counter_app"):
        backup.read_manifest(odd)


def test_every_column_type_survives_the_backup_encoding() -> None:
    for table in models.Base.metadata.sorted_tables:
        for column in table.columns:
            value = store.sample_value(column)
            stored = json.loads(json.dumps(backup._encode(value)))
            assert backup._decoder(column)(stored) == value, f"{table.name}.{column.name}"
            assert backup._decoder(column)(None) is None


# --- the admin command line ---------------------------------------------------------------------------------


def test_cli_backup_and_restore(
    populated: Core,
    db_url: str,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("COUNTER_APP_DB_URL", db_url)
    saved = store.snapshot(populated.engine)
    file = tmp_path / "cadangan harian.zip"

    assert app.main(["db", "backup", str(file)]) == 0
    rows = sum(len(r) for r in saved.values())
    assert f"Cadangan ditulis ke {file}: {rows} baris dari {len(saved)} tabel." in capsys.readouterr().out

    mutate(populated, clock)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    assert app.main(["db", "restore", str(file)]) == 1
    assert "Dibatalkan." in capsys.readouterr().out
    assert store.snapshot(populated.engine) != saved

    assert app.main(["db", "restore", str(file), "--yes"]) == 0
    assert f"Data dipulihkan dari {file}: {rows} baris." in capsys.readouterr().out
    assert store.snapshot(populated.engine) == saved


def test_cli_restore_asks_first(
    populated: Core, db_url: str, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COUNTER_APP_DB_URL", db_url)
    saved = store.snapshot(populated.engine)
    file = tmp_path / "cadangan.zip"
    backup.backup(populated.engine, file)
    mutate(populated, clock)
    prompts: list[str] = []
    monkeypatch.setattr("builtins.input", lambda prompt: prompts.append(prompt) or "ya")
    assert app.main(["db", "restore", str(file)]) == 0
    assert len(prompts) == 1 and "Semua data sekarang akan diganti" in prompts[0]
    assert store.snapshot(populated.engine) == saved


def test_cli_restore_of_a_bad_file_fails_with_a_message(
    populated: Core, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COUNTER_APP_DB_URL", db_url)
    bad = tmp_path / "bukan-cadangan.zip"
    bad.write_text("halo", encoding="utf-8")
    before = store.snapshot(populated.engine)
    assert app.main(["db", "restore", str(bad), "--yes"]) == 2
    assert capsys.readouterr().err.startswith("Gagal: Berkas")
    assert store.snapshot(populated.engine) == before


def test_cli_upgrade(db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COUNTER_APP_DB_URL", db_url)
    assert app.main(["db", "upgrade"]) == 0
    assert f"Skema basis data pada versi {migrate.head_revision()}." in capsys.readouterr().out
    eng = db_engine.make_engine(db_url)
    try:
        assert migrate.schema_diff(eng) == []
        with eng.connect() as conn:
            assert conn.execute(select(models.User)).first() is None
    finally:
        eng.dispose()


def test_backup_is_one_consistent_snapshot_and_does_not_block_writers(
    populated: Core, make_core: Callable[..., Core], tmp_path: Path
) -> None:
    # Another station adds a loket while the backup is between reading `counter` and `counter_service`.
    other = make_core()

    @event.listens_for(other.engine, "connect")
    def _short_wait(dbapi_conn: Any, _record: Any) -> None:
        if other.store_kind == "sqlite":  # fail fast instead of waiting 60 s for a backup holding the write lock
            dbapi_conn.execute("PRAGMA busy_timeout=2000")

    other.engine.dispose()  # new connections get the short wait

    saved = store.snapshot(populated.engine)
    added: list[int] = []

    @event.listens_for(populated.engine, "before_cursor_execute")
    def _meanwhile(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "FROM counter_service" in statement and not added:
            ak1 = next(s for s in other.catalogue.list_services(COMMAND_LINE) if s.key == "ak1")
            other.counters.save_counter(
                COMMAND_LINE, counter_id=None, number=42, name="Loket 42", active=True, service_ids=[ak1.id]
            )
            added.append(42)

    file = tmp_path / "cadangan.zip"
    counts = backup.backup(populated.engine, file)
    event.remove(populated.engine, "before_cursor_execute", _meanwhile)
    assert added == [42]  # the write went through while the backup was running
    assert counts == {name: len(rows) for name, rows in saved.items()}  # and is not in the backup
    assert 42 in {c.number for c in other.counters.list_counters(COMMAND_LINE)}

    backup.restore(populated.engine, file)
    assert store.snapshot(populated.engine) == saved
