"""Composition root: settings -> engine -> services -> windows. The only module importing both ui and db."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from counter_app import __version__, cli, display_feed, paths, speech
from counter_app import settings as settings_mod
from counter_app.core import Core, build_core
from counter_app.drafts import DraftStore
from counter_app.errors import StoreUnavailable

if TYPE_CHECKING:  # the admin command line never loads Qt
    from counter_app.ui import application

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
    display = sub.add_parser("display", help="layar TV antrean untuk ruang tunggu (layar kedua, layar penuh)")
    display.add_argument("--screen", type=int, default=None, help="nomor layar (0 = utama; bawaan: layar terakhir)")
    display.add_argument("--windowed", action="store_true", help="dalam jendela, bukan layar penuh")
    display.add_argument("--quit-after-start", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    kiosk = sub.add_parser("kiosk", help="kios pengambilan nomor antrean (layar sentuh, layar penuh, tanpa masuk)")
    kiosk.add_argument("--quit-after-start", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    skm = sub.add_parser("survey", help="jendela survei kepuasan (SKM) untuk tablet atau meja, tanpa masuk")
    skm.add_argument("--windowed", action="store_true", help="dalam jendela, bukan layar penuh")
    skm.add_argument("--quit-after-start", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser


def _configure_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def main(argv: Sequence[str] | None = None) -> int:
    """Program entry point (``counter-app`` and ``python -m counter_app``)."""
    args = _parser().parse_args(argv)
    _configure_logging()
    if args.command == "display":
        last_screen = -1 if args.screen is None else args.screen  # the display's default: the last screen
        core = open_unattended(
            "Layar antrean", quit_after_start=args.quit_after_start, screen=last_screen, windowed=args.windowed
        )
        if core is None:
            return 1
        try:
            return run_display(core, quit_after_start=args.quit_after_start, screen=args.screen, windowed=args.windowed)
        finally:
            core.close()
    if args.command == "kiosk":
        core = open_unattended("Kios antrean", quit_after_start=args.quit_after_start)
        if core is None:
            return 1
        try:
            return run_kiosk(core, quit_after_start=args.quit_after_start)
        finally:
            core.close()
    if args.command == "survey":
        core = open_unattended("Survei kepuasan", quit_after_start=args.quit_after_start, windowed=args.windowed)
        if core is None:
            return 1
        try:
            return run_survey(core, quit_after_start=args.quit_after_start, windowed=args.windowed)
        finally:
            core.close()
    if args.command is not None:
        return cli.run(args)
    core = open_for_staff(quit_after_start=args.quit_after_start)
    if core is None:
        return 1
    try:
        return run_gui(core, quit_after_start=args.quit_after_start)
    finally:
        core.close()


def _open_store() -> Core:
    """Build the core from the settings as they are now (a retry sees a corrected settings.json)."""
    return build_core(settings_mod.load())


def open_for_staff(*, quit_after_start: bool = False, build: Callable[[], Core] = _open_store) -> Core | None:
    """Open the store for the staff program; while it cannot be opened, the start-up dialog says why.

    Returns:
        The core, or None when the clerk chose "Tutup" (the program then exits with code 1).
    """
    try:
        return build()
    except StoreUnavailable as exc:
        from counter_app.ui import startup  # Qt only when a window is wanted (as in run_gui)

        core: Core | None = startup.ask_until_open(exc, build, discard=Core.close, quit_after_start=quit_after_start)
        return core


def open_unattended(
    program: str,
    *,
    quit_after_start: bool = False,
    screen: int | None = None,
    windowed: bool = False,
    build: Callable[[], Core] = _open_store,
) -> Core | None:
    """Open the store for the kiosk, display or survey; while it cannot, a waiting page retries by itself.

    Returns:
        The core, or None when the waiting page was closed first (the program then exits with code 1).
    """
    try:
        return build()
    except StoreUnavailable as exc:
        from counter_app.ui import startup  # Qt only when a window is wanted (as in run_gui)

        core: Core | None = startup.wait_until_open(
            exc,
            build,
            program=program,
            discard=Core.close,
            quit_after_start=quit_after_start,
            screen=screen,
            windowed=windowed,
        )
        return core


def run_gui(core: Core, *, quit_after_start: bool = False) -> int:
    """Start the Qt application with the login window of this station."""
    # Imported here so the admin command line never loads Qt.
    from counter_app.ui import application

    return application.run(gui_services(core), quit_after_start=quit_after_start)


def gui_services(core: Core) -> application.Services:
    """Everything the staff windows need from ``core`` (also used by scripts/screenshots.py)."""
    from counter_app.print import letter as letter_print
    from counter_app.ui import application

    # The core archives each issued letter as PDF; the renderer lives in print/, which the core may not import.
    core.letters.set_renderer(letter_print.letter_pdf_bytes)
    return application.Services(
        auth=core.auth,
        users=core.users,
        catalogue=core.catalogue,
        counters=core.counters,
        audit=core.audit,
        queue=core.queue,
        applications=core.applications,
        intake=core.intake,
        survey=core.survey,
        complaints=core.complaints,
        reports=core.reports,
        jobseekers=core.jobseekers,
        drafts=DraftStore(paths.data_dir() / "drafts"),
        letters=core.letters,
        letter_printers=dict(core.settings.letter_printers),
        hub=core.ctx.hub,
        station=core.settings.station_name,
        counter_number=core.settings.counter_number,
        store_kind=core.store_kind,
        store_reachable=core.store_reachable,
        idle_lock_minutes=core.settings.idle_lock_minutes,
        slip_printer=core.settings.kiosk_printer,
        station_settings=core.settings,
        save_station_settings=settings_mod.save,
    )


def run_display(
    core: Core, *, quit_after_start: bool = False, screen: int | None = None, windowed: bool = False
) -> int:
    """Start the TV display of the waiting room: loket numbers, last calls, spoken announcements."""
    from counter_app.ui import display_window  # Qt only when a window is wanted (as in run_gui)

    return display_window.run(
        feed=display_feed.CallFeed.from_core(core),
        audio=speech.AnnouncementAudio.default(),
        now=core.ctx.clock.now,
        quit_after_start=quit_after_start,
        screen=screen,
        windowed=windowed,
    )


def run_kiosk(core: Core, *, quit_after_start: bool = False) -> int:
    """Start the public ticket kiosk full screen (no sign-in); slips go to the station's kiosk printer."""
    from counter_app.ui import kiosk_app  # Qt only when a window is wanted (as in run_gui)

    return kiosk_app.run(
        queue=core.queue,
        hub=core.ctx.hub,
        printer_name=core.settings.kiosk_printer or None,
        now=core.ctx.clock.now,
        applications=core.applications,
        quit_after_start=quit_after_start,
        survey=core.survey,
    )


def run_survey(core: Core, *, quit_after_start: bool = False, windowed: bool = False) -> int:
    """Start the SKM survey window (tablet or desk screen, no sign-in)."""
    from counter_app.ui import survey_app  # Qt only when a window is wanted (as in run_gui)

    return survey_app.run(survey_service=core.survey, windowed=windowed, quit_after_start=quit_after_start)


if __name__ == "__main__":
    sys.exit(main())
