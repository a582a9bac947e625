"""Composition root: settings -> engine -> services -> windows. The only module importing both ui and db."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from counter_app import __version__, cli
from counter_app import settings as settings_mod
from counter_app.core import Core, build_core

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counter-app", description="Aplikasi loket Dinas Tenaga Kerja Kabupaten Mojokerto"
    )
    parser.add_argument("--version", action="version", version=f"counter-app {__version__}")
    parser.add_argument(
        "--quit-after-start",
        action="store_true",
        help="buka basis data dan jendela masuk, lalu keluar (untuk uji instalasi)",
    )
    sub = parser.add_subparsers(dest="command")
    cli.add_parsers(sub)
    return parser


def _configure_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def main(argv: Sequence[str] | None = None) -> int:
    """Program entry point (``counter-app`` and ``python -m counter_app``)."""
    args = _parser().parse_args(argv)
    _configure_logging()
    if args.command is not None:
        return cli.run(args)
    settings = settings_mod.load()
    core = build_core(settings)
    try:
        return run_gui(core, quit_after_start=args.quit_after_start)
    finally:
        core.close()


def run_gui(core: Core, *, quit_after_start: bool = False) -> int:
    """Start the Qt application with the login window of this station."""
    # Imported here so the admin command line never loads Qt.
    from counter_app.ui import application

    return application.run(
        application.Services(
            auth=core.auth,
            users=core.users,
            catalogue=core.catalogue,
            counters=core.counters,
            audit=core.audit,
            queue=core.queue,
            hub=core.ctx.hub,
            station=core.settings.station_name,
            counter_number=core.settings.counter_number,
            store_kind=core.store_kind,
            store_reachable=core.store_reachable,
            idle_lock_minutes=core.settings.idle_lock_minutes,
        ),
        quit_after_start=quit_after_start,
    )


if __name__ == "__main__":
    sys.exit(main())
