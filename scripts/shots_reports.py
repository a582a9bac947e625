"""Screenshots of the supervisor's live board and reports (issue 7): Papan Pantau, Laporan with charts, the PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import uuid
from pathlib import Path

import screenshots as shots

from counter_app import demo
from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.print import report_pdf
from counter_app.roles import COMMAND_LINE, Principal, Role
from counter_app.tickets import Outcome
from counter_app.ui.application import AppController
from counter_app.ui.board_screen import BoardScreen
from counter_app.ui.messages import MessageBar
from counter_app.ui.reports_screen import ReportsScreen

DAY = shots.SHOT_TIME.date()
END = dt.datetime.combine(DAY, dt.time(10, 50))
# Service code, share of the visitors (the demo lokets: 1 AK1; 2 BKK, CPMI, AK1; 3 industrial relations; 4 training).
MIX = (("AK1", 50), ("BKK", 12), ("CPMI", 10), ("PKWT", 8), ("SRK", 6), ("LATSER", 8), ("MAGANG", 6))
# Arrivals per minute by hour: the morning rush, then quieter.
RATE = {7: 0.0, 8: 0.42, 9: 0.3, 10: 0.22}


def _morning(core: Core, clock: FixedClock) -> None:
    """Simulate the desk from 08.00 to 10.50: arrivals, calls, serving times, a few no-shows and missing files."""
    clock.set(dt.datetime.combine(DAY, dt.time(7, 30)))
    demo.seed(core)
    for username, name in (("loket3", "Rina Wulandari"), ("loket4", "Agus Prasetyo")):
        core.users.add_user(
            COMMAND_LINE, username=username, full_name=name, role=Role.PETUGAS_LOKET, password=demo.DEMO_PASSWORD
        )
    ids = {s.code: s.id for s in core.catalogue.list_services(COMMAND_LINE)}
    lokets = {c.number: c.id for c in core.counters.list_counters(COMMAND_LINE)}
    clerks: dict[int, Principal] = {n: core.auth.login(f"loket{n}", demo.DEMO_PASSWORD) for n in (1, 2, 3, 4)}
    rng = random.Random(2511)
    codes = [c for c, _ in MIX]
    weights = [w for _, w in MIX]
    # loket -> (ticket id, started?, minute the current step ends)
    busy: dict[int, tuple[uuid.UUID, bool, dt.datetime]] = {}
    q = core.queue
    now = dt.datetime.combine(DAY, dt.time(8, 0))
    transferred = False
    while now <= END:
        clock.set(now)
        if rng.random() < RATE[now.hour]:
            q.confirm_printed(q.issue_ticket(ids[rng.choices(codes, weights)[0]]).ticket_id)
        for number, clerk in clerks.items():
            state = busy.get(number)
            if state is None:
                ticket = q.call_next(clerk, lokets[number])
                if ticket is not None:
                    busy[number] = (ticket.id, False, now + dt.timedelta(minutes=rng.choice((1, 1, 2))))
                continue
            ticket_id, started, until = state
            if now < until:
                continue
            if not started:
                if rng.random() < 0.06:
                    q.no_show(clerk, ticket_id)
                    del busy[number]
                    continue
                q.start_serving(clerk, ticket_id)
                minutes = max(3, round(rng.gauss(8 if number < 3 else 12, 4)))
                busy[number] = (ticket_id, True, now + dt.timedelta(minutes=minutes))
            elif number == 2 and not transferred:
                q.transfer(clerk, ticket_id, to_counter_id=lokets[1])
                transferred = True
                del busy[number]
            else:
                q.finish(clerk, ticket_id, Outcome.INCOMPLETE if rng.random() < 0.1 else Outcome.SERVED)
                del busy[number]
        now += dt.timedelta(minutes=1)
    clock.set(END)


def _late_work_items(core: Core, clock: FixedClock) -> None:
    """Internal work items received two weeks ago and still open: the Terlambat tab has rows to show."""
    ids = {s.code: s.id for s in core.catalogue.list_services(COMMAND_LINE)}
    subjects = ("Perbaikan AC ruang tunggu", "Ganti lampu loket 3", "Servis printer karcis", "Cat ulang papan nama")
    for days, subject in zip((15, 14, 11, 8), subjects, strict=True):
        clock.set(dt.datetime.combine(DAY - dt.timedelta(days=days), dt.time(9, 30)))
        core.applications.start_work_item(COMMAND_LINE, ids["SARANA"], subject)
    clock.set(END)


def shoot(folder: Path, out: Path) -> None:
    """Draw Papan Pantau in the middle of the morning, the day's Laporan with its charts, and the PDF's first page."""
    clock = FixedClock(shots.SHOT_TIME)
    core = shots.make_core(folder, "reports.db", clock)
    try:
        _morning(core, clock)
        _late_work_items(core, clock)
        controller = AppController(dataclasses.replace(shots.services_for(core), reports=core.reports))
        controller.start(core.auth.needs_first_admin())
        main_window = shots.login(controller, "supervisor")
        bar = main_window.findChild(MessageBar)
        board = main_window.show_screen("board")
        assert isinstance(board, BoardScreen)
        board.timer.stop()
        shots.settle(controller)
        if bar is not None:
            bar.hide()
        shots.shoot(main_window, out / "reports-live_board.png")

        screen = main_window.show_screen("reports")
        assert isinstance(screen, ReportsScreen)
        screen.set_period(DAY, DAY)
        shots.settle(controller)
        screen.tabs.setCurrentWidget(screen.charts_widget)
        shots.shoot(main_window, out / "reports-day_charts.png")
        screen.tabs.setCurrentWidget(screen.tables["service"])
        shots.shoot(main_window, out / "reports-day_services.png")
        screen.tabs.setCurrentWidget(screen.overdue_page)
        shots.shoot(main_window, out / "reports-overdue.png")
        assert screen.report is not None
        image = report_pdf.report_to_image(screen.report, 110)
        if not image.save(str(out / "reports-pdf_page1.png")):
            raise OSError("could not write the PDF preview")
        print(f"  {(out / 'reports-pdf_page1.png').relative_to(shots.ROOT)}")
        shots.logout(controller)
        controller.login_window.close()
        controller.shutdown()
    finally:
        core.close()
