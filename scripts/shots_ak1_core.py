"""Screenshot of the AK/1 report-back list (issue 5): Lapor AK/1 with due and late job seekers."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import screenshots as shots

from counter_app import demo
from counter_app.ui.ak1_reports_screen import Ak1ReportsScreen
from counter_app.ui.application import AppController


def shoot(folder: Path, out: Path) -> None:
    """Lapor AK/1 as the Pengantar kerja sees it with the demo register (due within 30 days, one late row chosen)."""
    core = shots.make_core(folder, "ak1_core.db")
    try:
        demo.seed(core)
        services = dataclasses.replace(shots.services_for(core), jobseekers=core.jobseekers)
        controller = AppController(services)
        controller.start(core.auth.needs_first_admin())
        main_window = shots.login(controller, "pengantar")
        screen = main_window.show_screen("ak1_reports")
        assert isinstance(screen, Ak1ReportsScreen)
        shots.settle(controller)
        screen.window_combo.setCurrentIndex(screen.window_combo.findData(30))
        shots.settle(controller)
        screen.table.selectRow(0)
        shots.settle(controller)
        shots.shoot(main_window, out / "ak1_core-lapor.png")
        shots.logout(controller)
        controller.login_window.close()
        controller.shutdown()
    finally:
        core.close()
