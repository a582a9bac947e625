"""Lapor AK/1 screen on the real core: due and late lists, Catat Lapor, Hapus Kartu Kedaluwarsa, roles."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from support.fakes import FakeDialogService

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from counter_app.core import Core
from counter_app.jobseekers import CardStatus, JobSeekerProfile, Registration
from counter_app.roles import COMMAND_LINE, Role
from counter_app.ui.ak1_reports_screen import LATE_BACKGROUND, Ak1ReportsScreen
from counter_app.ui.application import AppController
from counter_app.ui.messages import MessageBar

from .helpers import NOW, add_user, click, login, wait_idle

A = COMMAND_LINE
TODAY = NOW.date()  # Wednesday 25 November 2026


def _register(core: Core, nik: str, name: str, issued: dt.date) -> uuid.UUID:
    profile = JobSeekerProfile(nik=nik, name=name, religion="1", marital_status="belum_kawin")
    return core.jobseekers.register(A, profile, None, Registration(f"AK-{nik[-4:]}", issued)).summary.id


def _seed(core: Core) -> dict[str, uuid.UUID]:
    return {
        "late": _register(core, "3516081205900001", "Dewi Lestari", dt.date(2026, 3, 20)),  # due 20-09: 66 late
        "soon": _register(core, "3516081205900002", "Agus Salim", dt.date(2026, 6, 1)),  # due 01-12: in 6 days
        "later": _register(core, "3516081205900003", "Rina Ayu", dt.date(2026, 6, 20)),  # due 20-12: in 25 days
        "expired": _register(core, "3516081205900004", "Budi Kedaluwarsa", dt.date(2024, 11, 2)),
    }


def _open(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], role: Role
) -> tuple[AppController, Ak1ReportsScreen, MessageBar]:
    add_user(core, "petugas", role, full_name="Bambang Setiawan")
    controller = make_controller()
    main = login(qtbot, controller, "petugas")
    screen = main.show_screen("ak1_reports")
    assert isinstance(screen, Ak1ReportsScreen)
    wait_idle(qtbot, controller)
    bar = main.findChild(MessageBar)
    assert bar is not None
    return controller, screen, bar


def _names(screen: Ak1ReportsScreen) -> list[str]:
    return [r.seeker.name for r in screen.model.rows]


def test_lists_due_and_late_with_filters(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    _seed(core)
    controller, screen, _bar = _open(qtbot, core, make_controller, Role.PENGANTAR_KERJA)
    ModelTester(None).check(screen.model)
    # The expired card's report 4 would be due after expiry; its report 1 (2 May 2025) is long late.
    assert _names(screen) == ["Budi Kedaluwarsa", "Dewi Lestari", "Agus Salim"]
    assert "3 pencari kerja wajib lapor · 2 terlambat" in screen.count_label.text()
    late_cell = screen.model.index(1, 5)
    assert screen.model.data(late_cell) == "66 hari"
    brush = screen.model.data(late_cell, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.color() == LATE_BACKGROUND
    assert screen.model.data(screen.model.index(2, 5), Qt.ItemDataRole.BackgroundRole) is None

    screen.late_only.setChecked(True)
    assert _names(screen) == ["Budi Kedaluwarsa", "Dewi Lestari"]
    screen.late_only.setChecked(False)
    screen.window_combo.setCurrentIndex(screen.window_combo.findData(30))
    wait_idle(qtbot, controller)
    assert _names(screen) == ["Budi Kedaluwarsa", "Dewi Lestari", "Agus Salim", "Rina Ayu"]


def test_catat_lapor_records_the_report_and_the_row_leaves(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], dialogs: FakeDialogService
) -> None:
    ids = _seed(core)
    controller, screen, bar = _open(qtbot, core, make_controller, Role.PENGANTAR_KERJA)
    assert screen.report_button.isVisible() and not screen.report_button.isEnabled()
    screen.table.selectRow(1)
    assert screen.report_button.isEnabled()

    dialogs.report_back_answer = None  # cancelled: nothing happens
    click(qtbot, screen.report_button)
    wait_idle(qtbot, controller)
    assert core.jobseekers.get(A, ids["late"]).reports == ()

    dialogs.report_back_answer = (TODAY, "Masih mencari kerja")
    click(qtbot, screen.report_button)
    wait_idle(qtbot, controller)
    record = core.jobseekers.get(A, ids["late"])
    assert [(r.number, r.reported_on, r.note, r.officer_name) for r in record.reports] == [
        (1, TODAY, "Masih mencari kerja", "Bambang Setiawan")
    ]
    assert "Lapor ke-1 AK-0001 tercatat" in bar.text
    assert "Dewi Lestari" not in _names(screen)
    assert dialogs.asked("ask_report_back")[-1].text == "Dewi Lestari 1"


def test_hapus_kartu_kedaluwarsa_asks_first(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], dialogs: FakeDialogService
) -> None:
    ids = _seed(core)
    controller, screen, bar = _open(qtbot, core, make_controller, Role.PENGANTAR_KERJA)
    dialogs.confirm_answer = False
    click(qtbot, screen.remove_expired_button)
    wait_idle(qtbot, controller)
    assert core.jobseekers.get(A, ids["expired"]).summary.status is CardStatus.ACTIVE

    dialogs.confirm_answer = True
    click(qtbot, screen.remove_expired_button)
    wait_idle(qtbot, controller)
    gone = core.jobseekers.get(A, ids["expired"])
    assert gone.summary.status is CardStatus.REMOVED and gone.removed_on == dt.date(2026, 11, 2)
    assert "1 kartu kedaluwarsa dihapus" in bar.text
    assert _names(screen) == ["Dewi Lestari", "Agus Salim"]
    click(qtbot, screen.remove_expired_button)
    wait_idle(qtbot, controller)
    assert "Tidak ada kartu kedaluwarsa" in bar.text


def test_petugas_loket_only_reads(qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]) -> None:
    _seed(core)
    _controller, screen, _bar = _open(qtbot, core, make_controller, Role.PETUGAS_LOKET)
    assert len(screen.model.rows) == 3
    assert not screen.report_button.isVisible() and not screen.remove_expired_button.isVisible()
    screen.table.selectRow(0)
    assert not screen.report_button.isEnabled()
