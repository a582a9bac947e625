"""Regenerate the old stores in tests/data/stores/ with the OLD program of each era (not today's code).

For every era below the script extracts that commit's source tree with ``git archive`` (read-only: the
checkout, index and branches of this repository are not touched), then runs a seeding program inside that
old tree (``PYTHONPATH`` pointing at it, the project's own venv) which fills a store through the old
services only: demo users and loket, failed sign-ins, a lock-out and unlock, a password reset, a clerk
deactivated; where the era has the queue, queue settings, days off and three working days of tickets that
are served, not shown, transferred, held, cancelled and left waiting; where it has intake, applicants,
checklists with scans, an incomplete intake and applications moved along their steps.

When a release changes the schema, add its commit to ``ERAS`` (and a seeding part for its new features
if the old parts do not reach them), run this script, and commit the three new files.

It does this twice per era, once on SQLite and once on a throwaway PostgreSQL cluster (the tests' own
``tests/support/postgres.py``), and writes:

* ``tests/data/stores/<name>.sqlite`` -- the SQLite file (single file, journal_mode=DELETE, vacuumed);
* ``tests/data/stores/<name>.pg.sql`` -- ``pg_dump --no-owner --no-privileges`` of the PostgreSQL store;
* ``tests/data/stores/<name>.json`` -- the facts the upgrade tests check: revision, rows per table, known rows.

UUIDs are drawn from a seeded generator and the clock is fixed, so both engines hold the same rows (only
password hashes and their salts differ). Usage::

    .venv/bin/python scripts/make_old_stores.py            # every era
    .venv/bin/python scripts/make_old_stores.py --only queue-0002
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "stores"
sys.path.insert(0, str(ROOT / "tests"))
from support import postgres as pg_support  # noqa: E402  (the tests' throwaway PostgreSQL cluster)

# name -> (commit, what the era holds, whether it has the queue)
ERAS: dict[str, tuple[str, str, bool]] = {
    "catalogue-0001": ("0de0f58", "first release: users, catalogue, loket, audit (migration 0001_initial)", False),
    "queue-0002": ("f2f75b3", "issues 1-3 era: users, loket, catalogue, queue (migration 0002_queue)", True),
    "intake-0003": ("61bbafb", "issues 1-4 landed: queue plus intake and applications (migration 0003_intake)", True),
}

# Runs inside the OLD tree. argv: store URL, output JSON path. Only old public services are called.
SEEDER = r"""
import datetime as dt
import json
import random
import sys
import uuid

_rng = random.Random(20261102)
uuid.uuid4 = lambda: uuid.UUID(int=_rng.getrandbits(128), version=4)  # before the models bind their default

from sqlalchemy import inspect, select, text  # noqa: E402

from counter_app import demo  # noqa: E402
from counter_app.clock import FixedClock  # noqa: E402
from counter_app.core import build_core  # noqa: E402
from counter_app.db import migrate, models  # noqa: E402
from counter_app.errors import UserError  # noqa: E402
from counter_app.roles import COMMAND_LINE, Role  # noqa: E402
from counter_app.settings import Settings  # noqa: E402

url, out = sys.argv[1], sys.argv[2]
clock = FixedClock(dt.datetime(2026, 11, 2, 7, 30))
core = build_core(Settings(db_url=url, station_name="LOKET-PC1"), clock=clock)
demo.seed(core)
admin = core.auth.login("admin", demo.DEMO_PASSWORD)
try:
    core.auth.login("loket2", "salah-ketik")
except UserError:
    pass
for _ in range(5):  # the supervisor forgets the password: locked out, then unlocked by the admin
    try:
        core.auth.login("supervisor", "lupa-sandi")
    except UserError:
        pass
users = {u.username: u for u in core.users.list_users(admin)}
core.users.unlock(admin, users["supervisor"].id)
core.users.reset_password(admin, users["loket2"].id, demo.DEMO_PASSWORD)
moved = core.users.add_user(
    admin, username="loket3", full_name="Rudi Hartono", role=Role.PETUGAS_LOKET, password=demo.DEMO_PASSWORD
)
core.users.update_user(admin, moved.id, full_name="Rudi Hartono, A.Md.", role=Role.PETUGAS_LOKET, active=False)
known = {"tickets": {}, "applications": {}, "applicants": []}
has_queue = hasattr(core, "queue")
"""

# The queue era and later (issue 2 on): queue settings, three days of tickets, intake where it exists.
SEEDER_QUEUE = r'''
from counter_app import tickets  # noqa: E402

settings = core.queue.settings()
core.queue.save_settings(
    admin,
    tickets.QueueSettings(
        hours=settings.hours,
        priority_mode=tickets.PriorityMode.ALTERNATE,
        priority_every=2,
        running_text="Layanan kartu kuning (AK/1) gratis. Siapkan KTP dan pas foto.",
        slip_width_mm=58,
    ),
)
core.queue.set_day_off(admin, dt.date(2026, 12, 25), "Hari Raya Natal")
core.queue.set_day_off(admin, dt.date(2026, 12, 24), "Cuti bersama Natal")
services = {s.code: s.id for s in core.catalogue.list_services(COMMAND_LINE)}
by_key = {s.key: s.id for s in core.catalogue.list_services(COMMAND_LINE)}
lokets = {c.number: c.id for c in core.counters.list_counters(COMMAND_LINE)}
loket1 = core.auth.login("loket1", demo.DEMO_PASSWORD)
loket2 = core.auth.login("loket2", demo.DEMO_PASSWORD)
pengantar = core.auth.login("pengantar", demo.DEMO_PASSWORD)
verifikator = core.auth.login("verifikator", demo.DEMO_PASSWORD)
has_intake = hasattr(core, "intake")
if has_intake:
    from counter_app.intake import ApplicantKind, ItemMark, OrganisationInput, PersonInput



def tick(minutes=0, seconds=0):
    clock.advance(minutes=minutes, seconds=seconds)


def issue(code, priority=False):
    slip = core.queue.issue_ticket(services[code], priority=priority)
    core.queue.confirm_printed(slip.ticket_id)
    tick(seconds=40)
    return slip


def serve(user, loket, minutes):
    info = core.queue.call_next(user, lokets[loket])
    tick(seconds=30)
    core.queue.start_serving(user, info.id)
    tick(minutes=minutes)
    return core.queue.finish(user, info.id)


def finish_open(user, ticket_id):
    """Finish a ticket unless the intake already ended it (the era with intake links the two)."""
    if core.queue.ticket(user, ticket_id).status is tickets.Status.SERVING:
        core.queue.finish(user, ticket_id)


def intake_for(user, service_key, applicant, ticket_id=None, missing=None):
    choices = core.intake.variants(user, by_key[service_key])
    variant = choices[0].variant if choices else None
    view = core.intake.start(
        user, service_id=by_key[service_key], applicant=applicant, variant=variant, ticket_id=ticket_id
    )
    marks = [ItemMark(i.requirement_id, n != missing) for n, i in enumerate(view.items)]
    scan = bytes(range(256)) * 4  # a small stand-in for a scanned KTP
    core.intake.add_attachment(
        user, view.id, view.items[-1].requirement_id, filename="ktp-pindaian.jpg", data=scan, content_type="image/jpeg"
    )
    core.intake.save_items(user, view.id, marks)
    return core.intake.finish(user, view.id)


for day_no, day in enumerate((dt.date(2026, 11, 2), dt.date(2026, 11, 3), dt.date(2026, 11, 4))):
    clock.set(dt.datetime.combine(day, dt.time(8, 0)))
    slips = [issue(c) for c in ("AK1", "AK1", "BKK", "CPMI", "AK1", "PKWT", "AK1", "CPMI")]
    slips.append(issue("AK1", priority=True))
    # A slip that jammed in the printer: cancelled, never queued.
    jam = core.queue.issue_ticket(services["AK1"])
    core.queue.cancel_unprinted(jam.ticket_id, "Kertas macet")
    tick(minutes=2)
    first = serve(loket1, 1, 6)  # the priority ticket (priority lane first or alternate)
    served = serve(loket1, 1, 9)
    known["tickets"].setdefault("served", {"code": served.code, "day": str(day), "issued_at": None})
    # Loket 2: a no-show, then a transfer to another service, then a served CPMI.
    absent = core.queue.call_next(loket2, lokets[2])
    tick(minutes=3)
    core.queue.no_show(loket2, absent.id)
    moved = core.queue.call_next(loket2, lokets[2])
    tick(seconds=20)
    core.queue.start_serving(loket2, moved.id)
    tick(minutes=2)
    if moved.service_id != services["AK1"]:
        core.queue.transfer(loket2, moved.id, to_service_id=services["AK1"])
    else:
        core.queue.transfer(loket2, moved.id, to_counter_id=lokets[1])
    tick(minutes=1)
    # Hold and resume at loket 1, then serve it.
    held = core.queue.call_next(loket1, lokets[1])
    core.queue.start_serving(loket1, held.id)
    tick(minutes=1)
    core.queue.hold(loket1, held.id)
    tick(minutes=4)
    core.queue.resume(loket1, held.id)  # called again, then served
    tick(seconds=30)
    core.queue.start_serving(loket1, held.id)
    tick(minutes=5)
    core.queue.finish(loket1, held.id)
    # Loket 3 serves the PKWT ticket, with intake of a company where the era has it.
    pk = core.queue.call_next(admin, lokets[3])
    if pk is not None:
        core.queue.start_serving(admin, pk.id)
        if has_intake and day_no == 0:
            outcome = intake_for(
                loket1,
                "pkwt",
                OrganisationInput(
                    kind=ApplicantKind.COMPANY,
                    name="PT Sinar Jaya Abadi",
                    nib="9120001234567",
                    address="Jalan Raya Ngoro No. 12, Ngoro",
                    contact_person="Hadi Purnomo",
                ),
                ticket_id=pk.id,
            )
            known["applications"]["pkwt"] = outcome.application.tracking_number
        tick(minutes=12)
        finish_open(admin, pk.id)
    # Loket 2 serves a CPMI with intake (a woman from Mojosari), one incomplete on day 2.
    cp = core.queue.call_next(loket2, lokets[2])
    if cp is not None:
        core.queue.start_serving(loket2, cp.id)
        if has_intake and cp.service_id == services["CPMI"]:
            nik = ("3516084107900001", "3516085503950002", "3516086208980003")[day_no]
            name = ("Siti Aminah", "Dwi Rahayu", "Nur Hasanah")[day_no]
            outcome = intake_for(
                loket2,
                "rekomendasi_paspor_cpmi",
                PersonInput(nik=nik, name=name, phone=f"0812-3456-789{day_no}", address="Dusun Kedungsari, Mojosari"),
                ticket_id=cp.id,
                missing=0 if day_no == 1 else None,
            )
            if outcome.application is not None:
                known["applications"].setdefault("cpmi", outcome.application.tracking_number)
            known["applicants"].append(nik)
        tick(minutes=8)
        finish_open(loket2, cp.id)
    # The rest stays waiting at closing time (left over in the day's figures).
    clock.set(dt.datetime.combine(day, dt.time(15, 30)))
    core.auth.logout(loket1)
    loket1 = core.auth.login("loket1", demo.DEMO_PASSWORD)

if has_intake:
    clock.set(dt.datetime(2026, 11, 5, 9, 0))
    number = known["applications"]["pkwt"]
    detail = core.applications.by_tracking_number(verifikator, number)
    core.applications.advance(verifikator, detail.summary.id, "Berkas lengkap, lanjut verifikasi.")
    tick(minutes=30)
    core.applications.send_back(verifikator, detail.summary.id, "Tanda tangan direktur belum ada.")
    tick(minutes=45)
    core.applications.advance(verifikator, detail.summary.id, "Sudah diperbaiki.")
    cpmi = core.applications.by_tracking_number(verifikator, known["applications"]["cpmi"])
    core.applications.advance(verifikator, cpmi.summary.id, "")

'''

# Every era: log out, then write down what the tests check after the upgrade.
SEEDER_FACTS = r"""
core.auth.logout(admin)
ticket = None
statuses = {}
with core.engine.connect() as conn:
    counts = {
        t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one()
        for t in sorted(inspect(conn).get_table_names())
        if t != "alembic_version"
    }
    if has_queue:
        T = models.Ticket
        t = conn.execute(
            select(T.code, T.day, T.status, T.issued_at, T.called_at, T.finished_at).where(
                T.code == known["tickets"]["served"]["code"], T.day == dt.date(2026, 11, 2)
            )
        ).one()
        ticket = {
            "code": t.code,
            "day": str(t.day),
            "status": t.status,
            "issued_at": t.issued_at.isoformat(),
            "called_at": t.called_at.isoformat(),
            "finished_at": t.finished_at.isoformat(),
        }
        statuses = dict(conn.execute(text("SELECT status, count(*) FROM ticket GROUP BY status")).all())
facts = {
    "revision": migrate.current_revision(core.engine),
    "counts": counts,
    "password": demo.DEMO_PASSWORD,
    "users": [u.username for u in core.users.list_users(COMMAND_LINE)],
    "ticket": ticket,
    "ticket_statuses": statuses,
    "days": ["2026-11-02", "2026-11-03", "2026-11-04"] if has_queue else [],
    "applicants": known["applicants"],
    "applications": known["applications"],
}
core.close()
with open(out, "w", encoding="utf-8") as fh:
    json.dump(facts, fh, indent=2, sort_keys=True)
"""


def extract(commit: str, target: Path) -> None:
    """Write the source tree of ``commit`` into ``target`` (read-only use of git)."""
    archive = subprocess.run(["git", "archive", commit], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)


def seed(tree: Path, url: str, facts: Path, data_dir: Path, *, queue: bool) -> None:
    """Run the seeder inside the old tree against ``url`` (``queue``: the era has the queue)."""
    script = data_dir / "seed_old.py"
    script.write_text(SEEDER + (SEEDER_QUEUE if queue else "") + SEEDER_FACTS, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("COUNTER_APP_DB_URL", "PYTHONPATH")}
    env.update(PYTHONPATH=str(tree), COUNTER_APP_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, str(script), url, str(facts)], cwd=tree, env=env, check=True)


def compact_sqlite(path: Path) -> None:
    """One self-contained file: fold the WAL back in and vacuum."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("VACUUM")
    finally:
        con.close()


def pg_dump(url: str, target: Path) -> None:
    """Plain SQL dump of the database of ``url`` with the cluster's own pg_dump."""
    bindir = pg_support.find_bindir()
    assert bindir is not None
    parsed = make_url(url)
    cmd = [
        str(bindir / "pg_dump"),
        "--no-owner",
        "--no-privileges",
        "--no-comments",
        "-h",
        str(parsed.host),
        "-p",
        str(parsed.port),
        "-U",
        str(parsed.username),
        str(parsed.database),
    ]
    dump = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    # Lines that depend on the pg_dump version or session, not on the data (keeps regenerated files stable).
    lines = [ln for ln in dump.splitlines() if not ln.startswith(("-- Dumped", "\\restrict", "\\unrestrict"))]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def make(name: str, commit: str, server: pg_support.PostgresServer) -> None:
    """Build both stores of one era."""
    with tempfile.TemporaryDirectory(prefix=f"old-{name}-") as tmp:
        tmp_path = Path(tmp)
        tree = tmp_path / "tree"
        tree.mkdir()
        extract(commit, tree)
        sqlite_file = tmp_path / "store.sqlite"
        facts = tmp_path / "facts.json"
        data_dir = tmp_path / "data"
        data_dir.mkdir()
        queue = ERAS[name][2]
        seed(tree, f"sqlite:///{sqlite_file.as_posix()}", facts, data_dir, queue=queue)
        compact_sqlite(sqlite_file)
        pg_facts = tmp_path / "pg-facts.json"
        with server.fresh_database() as url:
            seed(tree, url, pg_facts, data_dir, queue=queue)
            pg_dump(url, OUT / f"{name}.pg.sql")
        a, b = json.loads(facts.read_text()), json.loads(pg_facts.read_text())
        if a != b:
            raise SystemExit(f"{name}: SQLite and PostgreSQL stores differ:\n{a}\n{b}")
        shutil.copyfile(sqlite_file, OUT / f"{name}.sqlite")
        a["commit"] = commit
        a["era"] = ERAS[name][1]
        (OUT / f"{name}.json").write_text(json.dumps(a, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        size = (OUT / f"{name}.sqlite").stat().st_size
        print(f"{name}: {sum(a['counts'].values())} rows at {a['revision']}, {size // 1024} KiB SQLite")


def main() -> None:
    """Build the stores of the chosen eras."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(ERAS), action="append", help="build only this era (repeatable)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    server = pg_support.start_server()
    try:
        for name in args.only or sorted(ERAS):
            make(name, ERAS[name][0], server)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
