"""Helpers for the UI tests: Services from a core, signing in, waiting for the task runner."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from counter_app.core import Core
from counter_app.drafts import DraftStore
from counter_app.print import letter as letter_print
from counter_app.roles import COMMAND_LINE, Role
from counter_app.ui.application import AppController, Services
from counter_app.ui.main_window import MainWindow

# Wednesday 25 November 2026, 09:00.
NOW = dt.datetime(2026, 11, 25, 9, 0)
PASSWORD = "rahasia-uji-1"
TASK_TIMEOUT_MS = 5000


def services_for(core: Core, *, idle_lock_minutes: int = 0) -> Services:
    """Fill Services from a core the way app.run_gui does (with the core's clock for 'now')."""
    core.letters.set_renderer(letter_print.letter_pdf_bytes)  # as app.run_gui does
    return Services(
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
        drafts=DraftStore(Path(tempfile.mkdtemp(prefix="drafts-"))),  # fresh per controller: no stray drafts
        letters=core.letters,
        hub=core.ctx.hub,
        station=core.settings.station_name,
        counter_number=core.settings.counter_number,
        store_kind=core.store_kind,
        store_reachable=core.store_reachable,
        idle_lock_minutes=idle_lock_minutes,
        today=lambda: core.ctx.clock.now().date(),
        now=core.ctx.clock.now,
    )


def add_user(core: Core, username: str, role: Role, *, full_name: str = "", password: str = PASSWORD) -> None:
    """Create an account directly through the core (as the admin command line would)."""
    core.users.add_user(
        COMMAND_LINE, username=username, full_name=full_name or username.title(), role=role, password=password
    )


def wait_idle(qtbot: QtBot, controller: AppController) -> None:
    """Wait until every background task and its callback finished."""
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=TASK_TIMEOUT_MS)


def click(qtbot: QtBot, button: QPushButton) -> None:
    """Click a button with the mouse (a disabled or hidden button then does nothing, as for a user)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def login(qtbot: QtBot, controller: AppController, username: str, password: str = PASSWORD) -> MainWindow:
    """Sign in through the login window and return the main window."""
    window = controller.login_window
    window.username.clear()
    window.password.clear()
    qtbot.keyClicks(window.username, username)
    qtbot.keyClicks(window.password, password)
    click(qtbot, window.submit)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=TASK_TIMEOUT_MS)
    wait_idle(qtbot, controller)
    assert controller.main_window is not None
    return controller.main_window
