"""UI fixtures: the real core on a temp SQLite store, and the whole UI built through AppController."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot
from support.fakes import FakeDialogService

from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.ui.application import AppController

from .helpers import NOW, TASK_TIMEOUT_MS, services_for


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """UI tests run on SQLite only: the store itself is tested on both engines in tests/db."""
    return sqlite_url


@pytest.fixture
def clock() -> FixedClock:
    """The time, standing still at Wednesday 25 November 2026 09:00."""
    return FixedClock(NOW)


@pytest.fixture
def dialogs() -> FakeDialogService:
    """The dialog service every controller of a test uses."""
    return FakeDialogService()


@pytest.fixture
def make_controller(qtbot: QtBot, core: Core, dialogs: FakeDialogService) -> Iterator[Callable[..., AppController]]:
    """Build and start the whole UI on ``core``; everything is closed and the runner drained afterwards."""
    controllers: list[AppController] = []

    def make(*, idle_lock_minutes: int = 0) -> AppController:
        controller = AppController(services_for(core, idle_lock_minutes=idle_lock_minutes), dialogs=dialogs)
        controllers.append(controller)
        controller.start(core.auth.needs_first_admin())
        return controller

    yield make
    for controller in controllers:
        qtbot.waitUntil(lambda c=controller: not c.runner.busy, timeout=TASK_TIMEOUT_MS)
        controller.shutdown()
        if controller.main_window is not None:
            controller.main_window.close_for_logout()
            controller.main_window.deleteLater()
        if controller.first_admin_window is not None:
            controller.first_admin_window.close()
            controller.first_admin_window.deleteLater()
        controller.login_window.close()
        controller.login_window.deleteLater()


@pytest.fixture
def controller(make_controller: Callable[..., AppController]) -> AppController:
    """The UI started on this test's store (first-admin window when it has no user, else the login)."""
    return make_controller()
