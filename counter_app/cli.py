"""The admin command line: db upgrade/backup/restore, catalogue check/load, user add, demo seed."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from sqlalchemy import Engine

from counter_app import catalogue_data, demo, store_errors
from counter_app import settings as settings_mod
from counter_app.core import build_core
from counter_app.db import backup as db_backup
from counter_app.db import engine as db_engine
from counter_app.db import migrate
from counter_app.errors import CatalogueError, StoreUnavailable, UserError
from counter_app.roles import COMMAND_LINE, ROLE_LABELS, Role


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the admin sub-commands on the program's argument parser."""
    db = sub.add_parser("db", help="basis data: upgrade, backup, restore").add_subparsers(dest="action", required=True)
    db.add_parser("upgrade", help="perbarui skema basis data ke versi terbaru")
    p = db.add_parser("backup", help="cadangkan seluruh data ke berkas")
    p.add_argument("file", type=Path)
    p = db.add_parser("restore", help="pulihkan seluruh data dari berkas cadangan (menimpa data sekarang)")
    p.add_argument("file", type=Path)
    p.add_argument("--yes", action="store_true", help="tanpa pertanyaan konfirmasi")

    cat = sub.add_parser("catalogue", help="katalog standar pelayanan").add_subparsers(dest="action", required=True)
    p = cat.add_parser("check", help="periksa berkas katalog")
    p.add_argument("file", type=Path, nargs="?")
    p = cat.add_parser("load", help="muat berkas katalog ke basis data")
    p.add_argument("file", type=Path, nargs="?")

    user = sub.add_parser("user", help="pengguna").add_subparsers(dest="action", required=True)
    p = user.add_parser("add", help="tambah pengguna")
    p.add_argument("username")
    p.add_argument("--name", required=True, help="nama lengkap")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--nip", default="")
    p.add_argument("--password-stdin", action="store_true", help="baca kata sandi dari stdin")

    demo_p = sub.add_parser("demo", help="data contoh").add_subparsers(dest="action", required=True)
    demo_p.add_parser("seed", help="buat data contoh (pengguna, loket)")


def run(args: argparse.Namespace) -> int:
    """Run one admin command; returns the process exit code."""
    try:
        return _dispatch(args)
    except StoreUnavailable as exc:
        print(f"Gagal: {exc}", file=sys.stderr)
        if exc.detail:
            print(f"Rincian: {exc.detail}", file=sys.stderr)
        return 2
    except (UserError, CatalogueError, db_backup.BackupError, migrate.SafetyCopyError) as exc:
        print(f"Gagal: {exc}", file=sys.stderr)
        return 2


def _dispatch(args: argparse.Namespace) -> int:
    settings = settings_mod.load()
    if args.command == "catalogue" and args.action == "check":
        standards = catalogue_data.load_file(args.file)
        public = sum(1 for s in standards if s.is_public)
        print(f"Katalog sah: {len(standards)} standar ({public} publik, {len(standards) - public} internal).")
        return 0
    if args.command == "db":
        engine = _open_engine(settings)
        try:
            if args.action == "upgrade":
                copy = migrate.upgrade_store(engine)
                if copy is not None:
                    print(f"Salinan pengaman sebelum pembaruan: {copy}")
                print(f"Skema basis data pada versi {migrate.current_revision(engine)}.")
            elif args.action == "backup":
                counts = db_backup.backup(engine, args.file)
                print(f"Cadangan ditulis ke {args.file}: {sum(counts.values())} baris dari {len(counts)} tabel.")
            else:
                manifest = db_backup.read_manifest(args.file)
                if not args.yes:
                    answer = input(
                        f"Semua data sekarang akan diganti dengan cadangan {manifest['created_at']}. Lanjut? [y/N] "
                    )
                    if answer.strip().lower() not in ("y", "ya"):
                        print("Dibatalkan.")
                        return 1
                counts = db_backup.restore(engine, args.file)
                print(f"Data dipulihkan dari {args.file}: {sum(counts.values())} baris.")
        finally:
            engine.dispose()
        return 0
    core = build_core(settings, load_catalogue=args.command != "catalogue")
    try:
        if args.command == "catalogue":
            # No file: the service loads the bundled catalogue itself.
            chosen = catalogue_data.load_file(args.file) if args.file else None
            print(core.catalogue.load(COMMAND_LINE, chosen).summary())
        elif args.command == "user":
            password = sys.stdin.readline().rstrip("\n") if args.password_stdin else _ask_password()
            info = core.users.add_user(
                COMMAND_LINE,
                username=args.username,
                full_name=args.name,
                role=Role(args.role),
                password=password,
                nip=args.nip,
            )
            print(f"Pengguna {info.username} ({ROLE_LABELS[info.role]}) dibuat.")
        elif args.command == "demo":
            print(demo.seed(core).summary())
    finally:
        core.close()
    return 0


def _open_engine(settings: settings_mod.Settings) -> Engine:
    """The store's engine, connected once so a server that is down is reported before any question is asked.

    Raises:
        StoreUnavailable: the store cannot be reached or opened (the message says what to fix).
    """
    url = ""
    engine: Engine | None = None
    try:
        url = settings.resolved_db_url()
        engine = db_engine.make_engine(url)
        with engine.connect():
            pass
    except store_errors.OPEN_ERRORS as exc:
        if engine is not None:
            engine.dispose()
        raise store_errors.explain(exc, url, source=store_errors.setting_source(settings)) from exc
    return engine


def _ask_password() -> str:
    first = getpass.getpass("Kata sandi: ")
    if getpass.getpass("Ulangi kata sandi: ") != first:
        raise UserError("Kedua kata sandi tidak sama. Jalankan perintah lagi.")
    return first
