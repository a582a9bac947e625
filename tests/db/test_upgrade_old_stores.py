"""Upgrades from real old stores (tests/data/stores/, made by the old program) on SQLite and PostgreSQL.

Each old store is opened the way the program opens a store (``build_core`` -> ``migrate.upgrade_store``):
every row must survive, known rows keep their values, the schema must then equal the models, and the
features added since must work on the upgraded data. ``scripts/make_old_stores.py`` regenerates the files.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.engine import make_url
from support import letters as fx
from support import postgres as pg_support
from support import store

from counter_app import app, survey
from counter_app.clock import FixedClock
from counter_app.core import Core, build_core
from counter_app.db import backup as db_backup
from counter_app.db import engine as db_engine
from counter_app.db import migrate, models
from counter_app.errors import UserError
from counter_app.jobseekers import JobSeekerProfile, Registration
from counter_app.roles import COMMAND_LINE
from counter_app.settings import Settings

A = COMMAND_LINE
STORES_DIR = Path(__file__).resolve().parent.parent / "data" / "stores"
NAMES = sorted(p.name.removesuffix(".json") for p in STORES_DIR.glob("*.json"))
# Tables whose rows the catalogue load of the new program may add to (new standards, steps or wording).
CATALOGUE_TABLES = {"service", "service_requirement", "service_step", "audit_entry", "office_setting"}


@dataclass(frozen=True)
class OldStore:
    """An old store loaded into this test's empty store, before any upgrade."""

    name: str
    url: str
    facts: dict[str, Any]


def test_every_old_store_has_both_engines_files_and_is_small() -> None:
    assert len(NAMES) >= 2, NAMES
    for name in NAMES:
        for suffix in (".sqlite", ".pg.sql"):
            path = STORES_DIR / f"{name}{suffix}"
            assert path.exists(), path
            assert path.stat().st_size < 2_000_000, path
    revisions = {json.loads((STORES_DIR / f"{n}.json").read_text())["revision"] for n in NAMES}
    assert migrate.head_revision() not in revisions
    assert len(revisions) == len(NAMES)  # each file is a different era


def _load_pg_dump(url: str, dump: Path) -> None:
    """Load a plain pg_dump into the empty database of ``url`` with psql, stopping at the first error."""
    bindir = pg_support.find_bindir()
    psql = str(bindir / "psql") if bindir and (bindir / "psql").exists() else shutil.which("psql")
    if psql is None:
        if pg_support.required():
            pytest.fail("psql not found, but PostgreSQL is required")
        pytest.skip("psql not found")
    parsed = make_url(url)
    cmd = [psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", str(parsed.host), "-p", str(parsed.port or 5432)]
    cmd += ["-U", str(parsed.username), "-d", str(parsed.database), "-f", str(dump)]
    env = dict(os.environ, PGPASSWORD=parsed.password) if parsed.password else None
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr[-2000:]


def load_old_store(name: str, url: str) -> OldStore:
    """Copy (SQLite) or load from its dump (PostgreSQL) the old store ``name`` into the empty store ``url``."""
    if db_engine.engine_kind(url) == "sqlite":
        shutil.copyfile(STORES_DIR / f"{name}.sqlite", make_url(url).database or "")
    else:
        _load_pg_dump(url, STORES_DIR / f"{name}.pg.sql")
    facts = json.loads((STORES_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return OldStore(name, url, facts)


@pytest.fixture(params=NAMES)
def old_store(request: pytest.FixtureRequest, db_url: str) -> OldStore:
    """Each old store on each engine."""
    return load_old_store(str(request.param), db_url)


@pytest.fixture
def engine(old_store: OldStore) -> Iterator[Engine]:
    eng = db_engine.make_engine(old_store.url)
    yield eng
    eng.dispose()


def open_program_core(url: str, data_dir: Path) -> Core:
    """Open a store as the program does (upgrade, catalogue, letter templates) at 23 November 2026."""
    settings = Settings(db_url=url, station_name=store.STATION)
    return build_core(settings, clock=FixedClock(store.START), hasher=store.fast_hasher(), data_dir=data_dir)


@pytest.fixture
def open_core(old_store: OldStore, tmp_path: Path) -> Iterator[Callable[[], Core]]:
    """Open the old store as the program does; every core opened is closed afterwards."""
    cores: list[Core] = []

    def make() -> Core:
        cores.append(open_program_core(old_store.url, tmp_path))
        return cores[-1]

    yield make
    for core in cores:
        core.close()


def counts(engine: Engine) -> dict[str, int]:
    """Rows per table (without alembic_version)."""
    with engine.connect() as conn:
        names = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
        return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in sorted(names)}


# --- the schema and every row ------------------------------------------------------------------------------


def test_upgrade_keeps_every_row_and_ends_in_step_with_the_models(
    old_store: OldStore, engine: Engine, tmp_path: Path
) -> None:
    # The loaded file is the old store it claims to be ...
    assert migrate.current_revision(engine) == old_store.facts["revision"]
    before = counts(engine)
    assert before == old_store.facts["counts"]
    # ... and not in step with the models: proves the empty diff after the upgrade is not vacuous.
    assert migrate.schema_diff(engine)
    migrate.upgrade_store(engine, backup_dir=tmp_path / "copies")
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert migrate.schema_diff(engine) == []
    after = counts(engine)
    assert {t: after[t] for t in before} == before
    new_tables = {t.name for t in models.Base.metadata.sorted_tables} - set(before)
    assert new_tables and all(after[t] == 0 for t in new_tables)


def test_opened_store_keeps_every_row_known_values_and_passwords(
    old_store: OldStore, open_core: Callable[[], Core]
) -> None:
    facts = old_store.facts
    core = open_core()
    after = counts(core.engine)
    assert migrate.schema_diff(core.engine) == []
    for table, n in facts["counts"].items():
        if table in CATALOGUE_TABLES:  # the new program's catalogue may add standards, steps, wording
            assert after[table] >= n, table
        else:
            assert after[table] == n, table
    # Opened a second time nothing moves: the upgrade and the data loads are idempotent.
    assert counts(open_core().engine) == after

    known = facts["ticket"]
    if known is not None:  # the eras with the queue
        day = dt.date.fromisoformat(known["day"])
        ticket = next(t for t in core.queue.tickets_of_day(A, day) if t.code == known["code"])
        assert ticket.status.value == known["status"]
        assert ticket.issued_at == dt.datetime.fromisoformat(known["issued_at"])
        assert ticket.called_at == dt.datetime.fromisoformat(known["called_at"])
        assert ticket.finished_at == dt.datetime.fromisoformat(known["finished_at"])
        # The office's settings and days off made by the old program are still read.
        assert core.queue.settings().slip_width_mm == 58
        assert core.queue.days_off()[dt.date(2026, 12, 25)] == "Hari Raya Natal"
    with core.ctx.uow(read_only=True) as uow:
        statuses: dict[str, int] = {}
        for status in uow.session.scalars(select(models.Ticket.status)):
            statuses[status] = statuses.get(status, 0) + 1
        for nik in facts["applicants"]:
            assert uow.session.scalars(select(models.Applicant.nik).where(models.Applicant.nik == nik)).all() == [nik]
    assert statuses == facts["ticket_statuses"]
    for day_text in facts["days"]:
        assert core.queue.tickets_of_day(A, dt.date.fromisoformat(day_text))
    for number in facts["applications"].values():
        detail = core.applications.by_tracking_number(A, number)
        assert detail.summary.tracking_number == number
        assert len(core.applications.history(A, detail.summary.id)) >= 2  # received, then moved along
    # Every account is still there, as the old admin left it; a clerk signs in with the old password (argon2 at
    # the old program's full cost: one is enough), the one the old admin deactivated is still refused.
    accounts = {u.username: u for u in core.users.list_users(A)}
    assert sorted(accounts) == sorted(facts["users"])
    assert not accounts["loket3"].active and accounts["loket3"].full_name == "Rudi Hartono, A.Md."
    with pytest.raises(UserError):
        core.auth.login("loket3", facts["password"])
    principal = core.auth.login("loket1", facts["password"])
    assert principal.username == "loket1" and principal.role.value == "petugas_loket"


# --- new features on the upgraded data ---------------------------------------------------------------------


def test_new_features_work_on_the_upgraded_store_and_the_day_report_counts_old_tickets(
    old_store: OldStore, engine: Engine, open_core: Callable[[], Core]
) -> None:
    facts = old_store.facts
    T = models.Ticket
    day = dt.date.fromisoformat(facts["days"][0]) if facts["days"] else store.START.date()
    rows: list[tuple[str, str | None]] = []
    if facts["days"]:
        with engine.connect() as conn:  # straight from the old rows, before the upgrade
            rows = [(r.status, r.outcome) for r in conn.execute(select(T.status, T.outcome).where(T.day == day))]
    core = open_core()
    # Reports (issue 7): a day of the old program in the throughput report.
    report = core.reports.report(A, day, day)
    assert report.total.served == len([r for r in rows if r[1] == "served"])
    assert report.total.no_show == len([r for r in rows if r[0] == "no_show"])
    assert report.total.issued == len([r for r in rows if r[0] != "cancelled"])
    assert sum(report.arrivals_by_hour) == report.total.issued
    if facts["days"]:
        assert report.total.served and report.total.no_show and report.total.transferred
    # AK/1 (issue 5): an old intake applicant, or a new person, registers as a job seeker.
    nik = facts["applicants"][0] if facts["applicants"] else fx.PERSON_NIK
    profile = JobSeekerProfile(
        nik=nik, name="Dwi Rahayu", birth_date=None, sex="", religion="1", marital_status="belum_kawin"
    )
    seeker = core.jobseekers.register(A, profile, None, Registration("", None))
    assert seeker.summary.registration_number
    assert core.jobseekers.find_by_nik(A, nik) is not None
    # Letters (issue 6): the old CPMI application gets a numbered letter.
    core.letters.set_renderer(fx.fake_pdf)
    fx.add_signatories(core)
    template = fx.template_by_key(core, "rekomendasi_paspor_cpmi")
    assert template.id is not None
    if "cpmi" in facts["applications"]:
        application_id = core.applications.by_tracking_number(A, facts["applications"]["cpmi"]).summary.id
    else:
        application_id = fx.application_for(core, template.service_key)
    document = core.letters.issue(A, application_id, template.id, fx.EXTRAS[template.key])
    assert document.number and document.number in core.letters.pdf(A, document.id).decode()
    # SKM (issue 7): a survey form for an old service.
    service_id = next(s.id for s in core.survey.services() if s.code == "AK1")
    answers = survey.SurveyAnswers(
        answers=(4, 3, 4, 3, 4, 4, 3, 4, 4),
        service_id=service_id,
        age_band="30_39",
        sex="P",
        education="SMA",
        occupation="PENCARI_KERJA",
    )
    core.survey.submit(answers)
    assert core.survey.ikm(A, store.START.date(), store.START.date()).overall.respondents == 1
    # The queue goes on: a new day starts at number 1 next to the old days' tickets.
    slip = core.queue.issue_ticket(service_id)
    assert slip.code.endswith("001")


# --- the safety copy before an upgrade ---------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_sqlite_store_is_copied_before_the_upgrade_and_the_copy_restores(
    name: str, sqlite_url: str, tmp_path: Path
) -> None:
    old = load_old_store(name, sqlite_url)
    path = Path(make_url(sqlite_url).database or "")
    open_program_core(sqlite_url, tmp_path).close()
    copies = list((path.parent / "backups").glob(f"{path.stem}-{old.facts['revision']}-*.db"))
    assert len(copies) == 1, copies
    copy_engine = db_engine.make_engine(f"sqlite:///{copies[0].as_posix()}")
    try:
        assert migrate.current_revision(copy_engine) == old.facts["revision"]
        assert counts(copy_engine) == old.facts["counts"]
    finally:
        copy_engine.dispose()
    with contextlib.closing(sqlite3.connect(copies[0])) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # Restoring is putting the copy back: the old store is back, and opens (and upgrades) again.
    shutil.copyfile(copies[0], path)
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    engine = db_engine.make_engine(sqlite_url)
    try:
        assert migrate.current_revision(engine) == old.facts["revision"]
        assert counts(engine) == old.facts["counts"]
    finally:
        engine.dispose()
    core = open_program_core(sqlite_url, tmp_path)
    try:
        assert migrate.current_revision(core.engine) == migrate.head_revision()
        assert core.auth.login("admin", old.facts["password"]).username == "admin"
    finally:
        core.close()
    assert len(list((path.parent / "backups").glob("*.db"))) == 2  # a second upgrade, a second copy


def test_a_failed_safety_copy_leaves_the_old_store_untouched(sqlite_url: str, tmp_path: Path) -> None:
    old = load_old_store(NAMES[0], sqlite_url)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backups folder should be")
    engine = db_engine.make_engine(sqlite_url)
    try:
        with pytest.raises(migrate.SafetyCopyError, match="tidak diperbarui"):
            migrate.upgrade_store(engine, backup_dir=blocked)
        assert migrate.current_revision(engine) == old.facts["revision"]
        assert counts(engine) == old.facts["counts"]
    finally:
        engine.dispose()


def test_no_copy_for_an_empty_or_current_store(sqlite_url: str, tmp_path: Path) -> None:
    engine = db_engine.make_engine(sqlite_url)
    try:
        assert migrate.upgrade_store(engine, backup_dir=tmp_path / "copies") is None  # empty: nothing to keep
        assert migrate.upgrade_store(engine, backup_dir=tmp_path / "copies") is None  # at head already
    finally:
        engine.dispose()
    assert not (tmp_path / "copies").exists()


def test_postgresql_upgrade_asks_the_admin_for_a_dump(
    pg_url: str, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    old = load_old_store(NAMES[0], pg_url)
    engine = db_engine.make_engine(pg_url)
    try:
        with caplog.at_level(logging.WARNING, logger="counter_app.db.migrate"):
            assert migrate.upgrade_store(engine, backup_dir=tmp_path / "copies") is None
    finally:
        engine.dispose()
    assert "pg_dump" in caplog.text and old.facts["revision"] in caplog.text
    assert not (tmp_path / "copies").exists()


def test_portable_backup_of_an_upgraded_store_restores_on_the_other_engine(
    sqlite_url: str, pg_url: str, tmp_path: Path
) -> None:
    load_old_store(NAMES[-1], sqlite_url)
    core = open_program_core(sqlite_url, tmp_path)
    target = db_engine.make_engine(pg_url)
    try:
        written = db_backup.backup(core.engine, tmp_path / "cadangan.zip")
        assert db_backup.restore(target, tmp_path / "cadangan.zip") == written
        restored, original = store.snapshot(target), store.snapshot(core.engine)
        # call_event.seq is the PostgreSQL server's commit order (migration 0008); SQLite leaves it empty and uses
        # its rowid, so a SQLite backup restored on PostgreSQL gets fresh, distinct positions from the sequence.
        positions = [row.pop("seq") for row in restored["call_event"]]
        assert all(row.pop("seq") is None for row in original["call_event"])
        assert None not in positions and len(set(positions)) == len(positions) == len(original["call_event"]) > 0
        assert restored == original
    finally:
        target.dispose()
        core.close()


def test_cli_upgrade_names_the_safety_copy_or_refuses_without_one(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    old = load_old_store(NAMES[-1], sqlite_url)
    path = Path(make_url(sqlite_url).database or "")
    monkeypatch.setenv("COUNTER_APP_DB_URL", sqlite_url)
    blocker = path.parent / "backups"
    blocker.write_text("a file where the backups folder should be")
    assert app.main(["db", "upgrade"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Gagal: Basis data") and "salinan pengamannya gagal" in err
    engine = db_engine.make_engine(sqlite_url)
    try:
        assert migrate.current_revision(engine) == old.facts["revision"]  # not upgraded without a copy
    finally:
        engine.dispose()
    blocker.unlink()
    assert app.main(["db", "upgrade"]) == 0
    out = capsys.readouterr().out
    [copy] = list(blocker.glob("*.db"))
    assert f"Salinan pengaman sebelum pembaruan: {copy}" in out
    assert f"Skema basis data pada versi {migrate.head_revision()}." in out
