"""Draws every window of the real program with demo data to docs/screenshots/*.png, offscreen.

Usage: ``.venv/bin/python scripts/screenshots.py [--out docs/screenshots]``. The stores live in a temporary data
folder that is removed afterwards; nothing touches the user's own data.
"""

from __future__ import annotations

import os

# Before anything imports Qt: draw without a display, and never reach a real store.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("COUNTER_APP_DB_URL", None)

import argparse
import contextlib
import dataclasses
import datetime as dt
import importlib
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from counter_app import app, demo
from counter_app.clock import FixedClock
from counter_app.core import Core, build_core
from counter_app.display_feed import CallFeed
from counter_app.errors import AuthenticationFailed
from counter_app.intake import ItemMark, PersonInput
from counter_app.print import intake_docs, ticket_slip
from counter_app.roles import COMMAND_LINE
from counter_app.settings import Settings
from counter_app.speech import AnnouncementAudio
from counter_app.tickets import PriorityMode, SlipData
from counter_app.ui.announcer import Announcer, TimedClipPlayer
from counter_app.ui.application import AppController, Services, load_fonts_and_style
from counter_app.ui.applications_screen import ApplicationsScreen
from counter_app.ui.call_watcher import CallWatcher
from counter_app.ui.catalogue_screen import CatalogueScreen
from counter_app.ui.common import ChangeBridge
from counter_app.ui.counters_screen import CountersScreen
from counter_app.ui.display_window import DisplayWindow
from counter_app.ui.intake_screen import IntakeScreen
from counter_app.ui.kiosk_window import KioskWindow, Page
from counter_app.ui.main_window import MainWindow
from counter_app.ui.messages import MessageBar
from counter_app.ui.queue_screen import QueueScreen
from counter_app.ui.queue_settings_screen import QueueSettingsScreen
from counter_app.ui.tasks import TaskRunner
from counter_app.ui.users_screen import UsersScreen

ROOT = Path(__file__).resolve().parent.parent
WINDOW_SIZE = QSize(1280, 800)
# Wednesday 25 November 2026, mid-morning: fixed, so the pictures do not change from run to run.
SHOT_TIME = dt.datetime(2026, 11, 25, 9, 12)
STATION = "LOKET-01"
ROLE_SHOTS = (
    ("admin", "main_admin.png"),
    ("supervisor", "main_supervisor.png"),
    ("loket1", "main_petugas_loket.png"),
    ("pengantar", "main_pengantar_kerja.png"),
    ("verifikator", "main_verifikator.png"),
)


def wait_until(condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    """Run the event loop until ``condition()`` holds (background tasks deliver their results through it)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the expected state in time")
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()


def settle(controller: AppController) -> None:
    """Wait for every background task, then let the layouts catch up."""
    wait_until(lambda: not controller.runner.busy)
    for _ in range(5):
        QApplication.processEvents()
        time.sleep(0.01)


def shoot(widget: QWidget, path: Path) -> None:
    """Save the widget at the standard window size."""
    widget.resize(WINDOW_SIZE)
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def make_core(folder: Path, name: str, clock: FixedClock | None = None) -> Core:
    """A fresh SQLite store in ``folder`` with the catalogue loaded."""
    settings = Settings(db_url=f"sqlite:///{(folder / name).as_posix()}", station_name=STATION, counter_number=1)
    return build_core(settings, clock=clock or FixedClock(SHOT_TIME))


def services_for(core: Core) -> Services:
    """Services filled by app.gui_services, as the real program fills them, with the fixed clock."""
    return dataclasses.replace(
        app.gui_services(core),
        idle_lock_minutes=0,
        today=lambda: SHOT_TIME.date(),
        now=core.ctx.clock.now,
        save_station_settings=None,  # pictures never write the station's settings file
    )


def login(controller: AppController, username: str) -> MainWindow:
    """Sign in through the login window as a user would."""
    window = controller.login_window
    window.username.setText(username)
    window.password.setText(demo.DEMO_PASSWORD)
    window.submit.click()
    wait_until(lambda: controller.main_window is not None)
    settle(controller)
    assert controller.main_window is not None
    return controller.main_window


def logout(controller: AppController) -> None:
    """Sign out through the Akun menu action."""
    assert controller.main_window is not None
    controller.main_window.logout_action.trigger()
    settle(controller)


def shoot_first_admin(folder: Path, out: Path) -> None:
    """The first-start form, on its own empty store."""
    core = make_core(folder, "empty.db")
    try:
        controller = AppController(services_for(core))
        window = controller.start(core.auth.needs_first_admin())
        settle(controller)
        shoot(window, out / "first_admin.png")
        window.close()
        controller.shutdown()
    finally:
        core.close()


def shoot_admin_screens(controller: AppController, core: Core, main: MainWindow, out: Path) -> None:
    """Katalog with AK/1 and with the OSS standard, Pengguna, Loket and Jejak Audit."""
    by_code = {s.code: s.id for s in core.catalogue.list_services(COMMAND_LINE)}
    catalogue = main.show_screen("catalogue")
    assert isinstance(catalogue, CatalogueScreen)
    for code, name in (("AK1", "catalogue_ak1.png"), ("OSSLPK", "catalogue_oss.png")):
        catalogue.select_service(by_code[code])
        settle(controller)
        wait_until(lambda code=code: catalogue.code_edit.text() == code)
        shoot(main, out / name)

    users = main.show_screen("users")
    assert isinstance(users, UsersScreen)
    locked = next(u for u in core.users.list_users(COMMAND_LINE) if u.username == "loket2")
    users.select_user(locked.id)
    settle(controller)
    shoot(main, out / "users.png")

    counters = main.show_screen("counters")
    assert isinstance(counters, CountersScreen)
    second = next(c for c in core.counters.list_counters(COMMAND_LINE) if c.number == 2)
    counters.select_counter(second.id)
    settle(controller)
    shoot(main, out / "counters.png")

    main.show_screen("audit")
    settle(controller)
    shoot(main, out / "audit.png")
    main.show_screen("home")


def _queue_morning(core: Core, clock: FixedClock) -> None:
    """Loket 2 at 09.12: A-001 did not come, B-001 is held, A-005 (priority) is being served, seven wait."""
    ids = {s.code: s.id for s in core.catalogue.list_services(COMMAND_LINE)}
    loket2 = next(c.id for c in core.counters.list_counters(COMMAND_LINE) if c.number == 2)
    clerk = core.auth.login("loket2", demo.DEMO_PASSWORD)
    q = core.queue

    def issue(code: str, at: str, *, priority: bool = False) -> None:
        clock.set(dt.datetime.combine(SHOT_TIME.date(), dt.time.fromisoformat(at)))
        q.confirm_printed(q.issue_ticket(ids[code], priority=priority).ticket_id)

    def call(at: str) -> uuid.UUID:
        clock.set(dt.datetime.combine(SHOT_TIME.date(), dt.time.fromisoformat(at)))
        ticket = q.call_next(clerk, loket2)
        assert ticket is not None
        return ticket.id

    def then(at: str, action: Callable[[], object]) -> None:
        clock.set(dt.datetime.combine(SHOT_TIME.date(), dt.time.fromisoformat(at)))
        action()

    for code, at in (("AK1", "08:02"), ("BKK", "08:05"), ("AK1", "08:08"), ("CPMI", "08:11")):
        issue(code, at)
    for code, at in (("AK1", "08:14"), ("BKK", "08:17"), ("AK1", "08:20")):
        issue(code, at)
    gone = call("08:30")
    then("08:33", lambda: q.no_show(clerk, gone))
    held = call("08:35")
    then("08:36", lambda: q.start_serving(clerk, held))
    then("08:41", lambda: q.hold(clerk, held))
    served = call("08:45")
    then("08:46", lambda: q.start_serving(clerk, served))
    then("08:55", lambda: q.finish(clerk, served))
    issue("AK1", "08:58", priority=True)
    current = call("09:01")
    then("09:03", lambda: q.start_serving(clerk, current))
    for code, at in (("AK1", "09:05"), ("CPMI", "09:08"), ("BKK", "09:10")):
        issue(code, at)
    clock.set(SHOT_TIME)


def shoot_queue_screens(folder: Path, out: Path) -> None:
    """Antrean Loket at loket 2 in the middle of the morning, and the Admin's Pengaturan Antrean."""
    clock = FixedClock(SHOT_TIME.replace(hour=7, minute=30))
    core = make_core(folder, "queue.db", clock)
    try:
        demo.seed(core)
        _queue_morning(core, clock)
        by_code = {s.code: s.id for s in core.catalogue.list_services(COMMAND_LINE)}
        core.queue.set_service_rules(
            COMMAND_LINE, by_code["AK1"], daily_quota=80, cutoff_time=dt.time(14, 0), avg_service_minutes=8
        )
        core.queue.set_service_rules(
            COMMAND_LINE, by_code["PHI"], daily_quota=None, cutoff_time=dt.time(13, 0), avg_service_minutes=45
        )
        core.queue.set_service_rules(
            COMMAND_LINE, by_code["CPMI"], daily_quota=30, cutoff_time=None, avg_service_minutes=15
        )
        core.queue.set_day_off(COMMAND_LINE, dt.date(2026, 12, 14), "Rapat kerja tahunan kantor")
        core.queue.set_day_off(COMMAND_LINE, dt.date(2026, 12, 30), "Penataan arsip akhir tahun")
        settings = core.queue.settings()
        core.queue.save_settings(
            COMMAND_LINE, dataclasses.replace(settings, priority_mode=PriorityMode.ALTERNATE, announce_repeat=2)
        )
        # This PC is loket 2's.
        controller = AppController(dataclasses.replace(services_for(core), counter_number=2))
        controller.start(core.auth.needs_first_admin())
        main_window = login(controller, "loket2")
        screen = main_window.show_screen("queue")
        assert isinstance(screen, QueueScreen)
        screen.sign_in_button.click()
        settle(controller)
        wait_until(lambda: screen.current is not None)
        bar = main_window.findChild(MessageBar)
        if bar is not None:
            bar.hide()  # the "Anda bertugas di Loket 2" confirmation hides itself after a few seconds
        shoot(main_window, out / "counter.png")
        logout(controller)

        main_window = login(controller, "admin")
        settings_screen = main_window.show_screen("queue_settings")
        assert isinstance(settings_screen, QueueSettingsScreen)
        settle(controller)
        settings_screen.select_service(by_code["AK1"])
        settle(controller)
        shoot(main_window, out / "queue_settings.png")
        logout(controller)
        controller.login_window.close()
        controller.shutdown()
    finally:
        core.close()


def shoot_display(folder: Path, out: Path) -> None:
    """The waiting-room TV at 1920x1080 just after loket 2 called its next number (highlighted)."""
    clock = FixedClock(SHOT_TIME.replace(hour=7, minute=30))
    core = make_core(folder, "display.db", clock)
    try:
        demo.seed(core)
        ids = {s.code: s.id for s in core.catalogue.list_services(COMMAND_LINE)}
        lokets = {c.number: c.id for c in core.counters.list_counters(COMMAND_LINE)}
        q = core.queue

        def at(hhmm: str) -> None:
            clock.set(dt.datetime.combine(SHOT_TIME.date(), dt.time.fromisoformat(hhmm)))

        def call(hhmm: str, loket: int, *, done: str | None = None) -> None:
            at(hhmm)
            ticket = q.call_next(COMMAND_LINE, lokets[loket])
            assert ticket is not None
            if done is not None:
                q.start_serving(COMMAND_LINE, ticket.id)
                at(done)
                q.finish(COMMAND_LINE, ticket.id)

        for code, hhmm in (("AK1", "08:01"), ("AK1", "08:03"), ("BKK", "08:04"), ("PP", "08:06"), ("AK1", "08:09")):
            at(hhmm)
            q.confirm_printed(q.issue_ticket(ids[code]).ticket_id)
        for code, hhmm in (("LATSER", "08:12"), ("BKK", "08:20"), ("AK1", "08:26"), ("AK1", "08:40")):
            at(hhmm)
            q.confirm_printed(q.issue_ticket(ids[code]).ticket_id)
        call("08:30", 1, done="08:41")
        call("08:33", 2, done="08:52")
        call("08:44", 1, done="08:58")
        call("08:47", 3)
        call("09:01", 4)
        call("09:04", 1)
        at("09:11:40")

        errors: list[BaseException] = []
        runner = TaskRunner(errors.append)
        feed = CallFeed.from_core(core)
        watcher = CallWatcher(feed=feed, runner=runner)
        announcer = Announcer(audio=AnnouncementAudio(folder / "sounds", None), runner=runner, player=TimedClipPlayer())
        window = DisplayWindow(feed=feed, watcher=watcher, announcer=announcer, runner=runner, now=lambda: SHOT_TIME)
        window.resize(1920, 1080)
        window.show()
        started: list[bool] = []
        watcher.watching_started.connect(lambda: started.append(True))
        wait_until(lambda: bool(started))
        shown: list[object] = []
        window.calls_shown.connect(shown.append)
        q.call_next(COMMAND_LINE, lokets[2])  # loket 2 calls B-001: the call the room is looking at
        wait_until(lambda: bool(shown))
        wait_until(lambda: not runner.busy)
        for _ in range(5):
            QApplication.processEvents()
        tile = window.tile(2)
        assert tile is not None
        wait_until(lambda: tile.highlighted)  # the "on" phase of the flash
        window.marquee.rewind()
        path = out / "display.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        window.close()
        runner.wait_for_done()
        if errors:
            raise errors[0]
    finally:
        core.close()


def shoot_kiosk(folder: Path, out: Path) -> None:
    """The touch kiosk at 1920x1080 mid-morning (one service past its cut-off), its ticket page and the slip."""
    clock = FixedClock(SHOT_TIME.replace(hour=8, minute=0))
    core = make_core(folder, "kiosk.db", clock)
    try:
        demo.seed(core)
        ids = {s.code: s.id for s in core.catalogue.list_services(COMMAND_LINE)}
        # Magang takes numbers only until 09.00: at 09.12 the kiosk shows why it is closed.
        core.queue.set_service_rules(
            COMMAND_LINE, ids["MAGANG"], daily_quota=None, cutoff_time=dt.time(9, 0), avg_service_minutes=15
        )
        for code, count in (("AK1", 6), ("BKK", 1), ("LATSER", 3), ("PKWT", 2), ("PHI", 1)):
            for _ in range(count):
                clock.advance(minutes=1)
                core.queue.confirm_printed(core.queue.issue_ticket(ids[code]).ticket_id)
        clock.set(SHOT_TIME)

        def save(image: QImage | QPixmap, name: str) -> None:
            path = out / name
            if not image.save(str(path)):
                raise OSError(f"could not write {path}")
            print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

        errors: list[BaseException] = []
        runner = TaskRunner(errors.append)
        bridge = ChangeBridge(core.ctx.hub)
        printed: list[SlipData] = []
        window = KioskWindow(
            queue=core.queue, runner=runner, print_slip=printed.append, now=core.ctx.clock.now, changes=bridge
        )
        window.resize(1920, 1080)
        window.show()
        wait_until(lambda: not runner.busy and window.service_button("AK1").isVisible())
        for _ in range(5):  # the labels wrap to their width, then the layout settles
            QApplication.processEvents()
        save(window.grab(), "kiosk.png")
        window.service_button("AK1").click()  # the next person takes a Kartu Kuning number
        wait_until(lambda: not runner.busy and window.page is Page.DONE)
        for _ in range(5):
            QApplication.processEvents()
        save(window.grab(), "kiosk_ticket.png")
        save(ticket_slip.slip_to_image(printed[-1], 203), "ticket_slip.png")  # a thermal head's 203 dpi
        window.close()
        runner.wait_for_done()
        bridge.detach()
        if errors:
            raise errors[0]
    finally:
        core.close()


def shoot_applications(folder: Path, out: Path) -> None:
    """Permohonan as the Verifikator sees it at 09.12 (one overdue, one due today) and the kiosk status look-up."""
    clock = FixedClock(dt.datetime(2026, 11, 23, 8, 0))  # Monday: the week's first applications
    core = make_core(folder, "applications.db", clock)
    try:
        demo.seed(core)
        ids = {s.key: s.id for s in core.catalogue.list_services(COMMAND_LINE)}
        clerk = core.auth.login("loket2", demo.DEMO_PASSWORD)
        verifikator = core.auth.login("verifikator", demo.DEMO_PASSWORD)
        apps = core.applications

        def receive(key: str, nik: str, name: str, at: dt.datetime) -> uuid.UUID:
            clock.set(at)
            view = core.intake.start(clerk, service_id=ids[key], applicant=PersonInput(nik=nik, name=name))
            view = core.intake.save_items(clerk, view.id, [ItemMark(i.requirement_id, True) for i in view.items])
            application = core.intake.finish(clerk, view.id).application
            assert application is not None
            return application.id

        pkwt = receive("pkwt", "3516084107900001", "Siti Aminah", dt.datetime(2026, 11, 23, 8, 25))
        clock.set(dt.datetime(2026, 11, 23, 10, 5))
        apps.advance(verifikator, pkwt, "Berkas lengkap, diteruskan ke Kepala Bidang.")
        clock.set(dt.datetime(2026, 11, 24, 9, 40))
        apps.send_back(verifikator, pkwt, "Tanda tangan pihak pekerja pada halaman 3 belum ada.")
        clock.set(dt.datetime(2026, 11, 25, 8, 35))
        apps.advance(verifikator, pkwt, "Sudah ditandatangani; diteruskan lagi.")
        receive("pelatihan_sertifikasi", "3516081205900001", "Moch. Rizky Pratama", dt.datetime(2026, 11, 23, 13, 10))
        bkk = receive("bkk", "3516085508920003", "Drs. Hadi Susanto", dt.datetime(2026, 11, 23, 9, 30))
        clock.set(dt.datetime(2026, 11, 24, 8, 50))
        apps.advance(verifikator, bkk, "")
        receive("ak1", "3516086703010004", "Rina Wulandari", dt.datetime(2026, 11, 25, 8, 5))
        clock.set(dt.datetime(2026, 11, 24, 14, 0))
        done = apps.start_work_item(verifikator, ids["pensiun_pns"], "Usul pensiun a.n. Sugeng Riyadi")
        for _ in apps.get(verifikator, done.id).steps[1:]:
            apps.advance(verifikator, done.id)
        apps.complete(verifikator, done.id, product_number="800/214/416-303/2026", product_date=dt.date(2026, 11, 24))
        clock.set(dt.datetime(2026, 11, 25, 8, 30))
        apps.start_work_item(verifikator, ids["surat_masuk"], "Undangan rapat koordinasi dari Sekretariat Daerah")
        clock.set(SHOT_TIME)

        controller = AppController(services_for(core))
        controller.start(core.auth.needs_first_admin())
        main_window = login(controller, "verifikator")
        screen = main_window.show_screen("applications")
        assert isinstance(screen, ApplicationsScreen)
        settle(controller)
        screen.select_application(pkwt)
        settle(controller)
        shoot(main_window, out / "applications.png")
        logout(controller)
        controller.login_window.close()
        controller.shutdown()

        errors: list[BaseException] = []
        runner = TaskRunner(errors.append)
        bridge = ChangeBridge(core.ctx.hub)
        window = KioskWindow(
            queue=core.queue,
            runner=runner,
            print_slip=lambda _slip: None,
            now=core.ctx.clock.now,
            changes=bridge,
            applications=core.applications,
        )
        window.resize(1920, 1080)
        window.show()
        wait_until(lambda: not runner.busy and window.service_button("AK1").isVisible())
        number = apps.get(verifikator, pkwt).summary.tracking_number
        window.show_status_page()
        window.status_input.setText(number)
        window.status_input.returnPressed.emit()  # as a barcode scanner ends its number
        wait_until(lambda: not runner.busy and window.status_lines[0].isVisible())
        for _ in range(5):
            QApplication.processEvents()
        path = out / "kiosk_status.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        window.close()
        runner.wait_for_done()
        bridge.detach()
        if errors:
            raise errors[0]
    finally:
        core.close()


def shoot_intake(folder: Path, out: Path) -> None:
    """Berkas Masuk with the Kartu Kuning checklist part-filled, and the receipt and the missing list as printed."""
    core = make_core(folder, "intake.db")
    try:
        demo.seed(core)
        ak1 = next(s.id for s in core.catalogue.list_services(COMMAND_LINE) if s.code == "AK1")
        controller = AppController(services_for(core))
        controller.start(core.auth.needs_first_admin())
        main_window = login(controller, "loket1")
        screen = main_window.show_screen("intake")
        assert isinstance(screen, IntakeScreen)
        wait_until(lambda: screen.service_combo.count() > 1)
        screen.service_combo.setCurrentIndex(screen.service_combo.findText("AK1 - ", Qt.MatchFlag.MatchStartsWith))
        settle(controller)
        screen.nik.setText("3516084107900001")
        screen.person_name.setText("Siti Nur'aini")
        screen.birth_date.setText("01-07-1990")
        screen.person_phone.setText("0812-3456-7890")
        screen.person_address.setText("Jl. Raya Mojosari No. 12, Kec. Mojosari")
        screen.start_button.click()
        settle(controller)
        wait_until(lambda: bool(screen.rows))
        for row in (screen.rows[0], screen.rows[2]):
            row.check.setChecked(True)
        screen.rows[1].note.setText("Pasfoto belum dibawa; menyusul siang ini")
        screen.rows[1].note.setCursorPosition(0)
        bar = main_window.findChild(MessageBar)
        if bar is not None:
            bar.hide()
        shoot(main_window, out / "intake_checklist.png")
        logout(controller)
        controller.login_window.close()
        controller.shutdown()

        clerk = core.auth.login("loket1", demo.DEMO_PASSWORD)

        def finish(nik: str, name: str, missing: set[int]) -> object:
            view = core.intake.start(clerk, service_id=ak1, applicant=PersonInput(nik=nik, name=name))
            notes = {1: "Pasfoto belum dibawa; latar merah"}
            marks = [ItemMark(i.requirement_id, n not in missing, notes.get(n, "")) for n, i in enumerate(view.items)]
            core.intake.save_items(clerk, view.id, marks)
            return core.intake.finish(clerk, view.id)

        done = finish("3516081203950002", "Ahmad Fauzi", set())
        receipt = getattr(done, "receipt", None)
        assert receipt is not None
        gaps = finish("3516084107900001", "Siti Nur'aini", {1})
        missing = getattr(gaps, "missing_list", None)
        assert missing is not None
        for image, name in (
            (intake_docs.receipt_to_image(receipt, 150), "receipt.png"),
            (intake_docs.missing_list_to_image(missing, 150), "missing_list.png"),
        ):
            path = out / name
            if not image.save(str(path)):
                raise OSError(f"could not write {path}")
            print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    finally:
        core.close()


def extra_shooters() -> dict[str, Callable[[Path, Path], None]]:
    """The ``shoot(folder, out)`` of every scripts/shots_<name>.py, by name (one module per area of the program)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    found = {}
    for path in sorted(Path(__file__).resolve().parent.glob("shots_*.py")):
        module = importlib.import_module(path.stem)
        found[path.stem.removeprefix("shots_")] = module.shoot
    return found


def main(argv: list[str] | None = None) -> int:
    """Draw every window; return the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated groups to draw: core (drawn here) and the <name> of any scripts/shots_<name>.py",
    )
    args = parser.parse_args(argv)
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    extra = extra_shooters()
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="counter_app-shots-") as tmp:
        folder = Path(tmp)
        os.environ["COUNTER_APP_DATA_DIR"] = str(folder)
        app = QApplication.instance() or QApplication(sys.argv)
        assert isinstance(app, QApplication)
        app.setApplicationName("counter_app")
        app.setApplicationDisplayName("Aplikasi Loket Disnaker")
        load_fonts_and_style(app)
        print(f"Writing screenshots to {out}")
        for name, shoot_area in extra.items():
            if not only or name in only:
                shoot_area(folder, out)
        if only and "core" not in only:
            return 0

        shoot_first_admin(folder, out)
        shoot_queue_screens(folder, out)
        shoot_display(folder, out)
        shoot_kiosk(folder, out)
        shoot_intake(folder, out)
        shoot_applications(folder, out)

        # The office set up early in the morning; a clerk mistyped a password before opening time.
        clock = FixedClock(SHOT_TIME.replace(hour=7, minute=30))
        core = make_core(folder, "demo.db", clock)
        try:
            demo.seed(core)
            clock.set(SHOT_TIME.replace(hour=8, minute=55))
            for _ in range(core.settings.max_failed_logins):
                clock.advance(seconds=40)
                with contextlib.suppress(AuthenticationFailed):
                    core.auth.login("loket2", "salah-ketik")
            clock.set(SHOT_TIME)
            controller = AppController(services_for(core))
            controller.login_window.username.setText("loket1")  # as after a sign-out: the password has focus
            login_window = controller.start(core.auth.needs_first_admin())
            settle(controller)
            shoot(login_window, out / "login.png")
            for username, name in ROLE_SHOTS:
                main_window = login(controller, username)
                shoot(main_window, out / name)
                if username == "admin":
                    shoot_admin_screens(controller, core, main_window, out)
                logout(controller)
            controller.login_window.close()
            controller.shutdown()
        finally:
            core.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
