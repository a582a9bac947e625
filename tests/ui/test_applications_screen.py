"""Permohonan screen on the real core: the step flow, refusals, deadline colours, scanner search, roles."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from support.fakes import FakeDialogService

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from counter_app.applications import ApplicationSummary, AppStatus, StepAction
from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.intake import ItemMark, PersonInput
from counter_app.roles import COMMAND_LINE, Role
from counter_app.ui.application import AppController
from counter_app.ui.applications_screen import (
    DUE_TODAY_BACKGROUND,
    OVERDUE_BACKGROUND,
    OVERDUE_FOREGROUND,
    ApplicationsScreen,
)
from counter_app.ui.messages import MessageBar

from .helpers import NOW, add_user, click, login, wait_idle

A = COMMAND_LINE
NIK = "3516084107900001"


def _ids(core: Core) -> dict[str, uuid.UUID]:
    return {s.key: s.id for s in core.catalogue.list_services(A)}


def _work_item(core: Core, key: str, subject: str) -> ApplicationSummary:
    return core.applications.start_work_item(A, _ids(core)[key], subject)


def _public_application(core: Core) -> ApplicationSummary:
    """A PKWT application received at the desk with every document ticked (through the core's intake)."""
    view = core.intake.start(A, service_id=_ids(core)["pkwt"], applicant=PersonInput(nik=NIK, name="Siti Aminah"))
    view = core.intake.save_items(A, view.id, [ItemMark(i.requirement_id, True) for i in view.items])
    outcome = core.intake.finish(A, view.id)
    assert outcome.application is not None
    return outcome.application


def _open(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], role: Role
) -> tuple[AppController, ApplicationsScreen, MessageBar]:
    add_user(core, "petugas", role, full_name="Nur Aini")
    controller = make_controller()
    main = login(qtbot, controller, "petugas")
    screen = main.show_screen("applications")
    assert isinstance(screen, ApplicationsScreen)
    wait_idle(qtbot, controller)
    bar = main.findChild(MessageBar)
    assert bar is not None
    return controller, screen, bar


def _select(qtbot: QtBot, controller: AppController, screen: ApplicationsScreen, app_id: uuid.UUID) -> None:
    assert screen.select_application(app_id)
    wait_idle(qtbot, controller)
    assert screen._detail is not None and screen._detail.summary.id == app_id


def test_verifikator_advances_to_the_last_step_and_completes_with_the_product(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], dialogs: FakeDialogService
) -> None:
    app = _work_item(core, "surat_masuk", "Undangan rapat")  # 4 steps
    controller, screen, bar = _open(qtbot, core, make_controller, Role.VERIFIKATOR)
    _select(qtbot, controller, screen, app.id)
    text = screen.detail.toPlainText()
    assert "Langkah prosedur" in text and "Riwayat" in text and "Diterima" in text
    steps = core.applications.get(A, app.id).steps
    assert all(s.text[:20] in text for s in steps)
    assert screen.advance_button.isEnabled() and not screen.complete_button.isEnabled()

    dialogs.text_answer = "diteruskan ke Kabid"
    for _ in steps[1:]:
        click(qtbot, screen.advance_button)
        wait_idle(qtbot, controller)
    assert not screen.advance_button.isEnabled() and screen.complete_button.isEnabled()
    assert "dilanjutkan" in bar.text

    dialogs.product_answer = ("005/12/416-303/2026", NOW.date())
    click(qtbot, screen.complete_button)
    wait_idle(qtbot, controller)

    summary = core.applications.get(A, app.id).summary
    assert (summary.status, summary.product_number, summary.product_date) == (
        AppStatus.COMPLETED,
        "005/12/416-303/2026",
        NOW.date(),
    )
    history = core.applications.history(A, app.id)
    assert [h.action for h in history] == [StepAction.RECEIVE, *[StepAction.ADVANCE] * 3, StepAction.COMPLETE]
    assert history[1].note == "diteruskan ke Kabid" and history[1].actor_name == "Nur Aini"
    assert not any(b.isEnabled() for b in screen.action_buttons)
    assert "005/12/416-303/2026" in screen.detail.toPlainText()


def test_send_back_without_a_note_is_refused_with_a_message(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], dialogs: FakeDialogService
) -> None:
    app = _work_item(core, "surat_masuk", "Undangan rapat")
    core.applications.advance(A, app.id)
    controller, screen, bar = _open(qtbot, core, make_controller, Role.VERIFIKATOR)
    _select(qtbot, controller, screen, app.id)

    dialogs.text_answer = "   "
    click(qtbot, screen.send_back_button)
    wait_idle(qtbot, controller)

    assert bar.level == "error" and "Isi catatan" in bar.text
    assert len(core.applications.history(A, app.id)) == 2
    assert screen.send_back_button.isEnabled()  # the clerk can try again with a note
    dialogs.text_answer = "Lampiran undangan belum ada"
    click(qtbot, screen.send_back_button)
    wait_idle(qtbot, controller)
    last = core.applications.history(A, app.id)[-1]
    assert (last.action, last.note) == (StepAction.SEND_BACK, "Lampiran undangan belum ada")
    assert core.applications.get(A, app.id).summary.status is AppStatus.RETURNED


def test_reject_records_the_reason(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], dialogs: FakeDialogService
) -> None:
    app = _public_application(core)
    controller, screen, bar = _open(qtbot, core, make_controller, Role.SUPERVISOR)
    _select(qtbot, controller, screen, app.id)
    assert "Siti Aminah" in screen.detail.toPlainText()

    dialogs.text_answer = "Perjanjian kerja tidak ditandatangani kedua pihak"
    click(qtbot, screen.reject_button)
    wait_idle(qtbot, controller)

    summary = core.applications.get(A, app.id).summary
    assert summary.status is AppStatus.REJECTED
    assert core.applications.history(A, app.id)[-1].note == "Perjanjian kerja tidak ditandatangani kedua pihak"
    assert "ditolak" in bar.text
    assert not any(b.isEnabled() for b in screen.action_buttons)


def test_overdue_rows_are_red_and_rows_due_today_amber(
    qtbot: QtBot,
    core: Core,
    clock: FixedClock,
    make_controller: Callable[..., AppController],
    qtmodeltester: ModelTester,
) -> None:
    late = _work_item(core, "surat_masuk", "30 menit")  # due 09.30
    today = _work_item(core, "diklat_bimtek", "2 jam")  # due 11.00
    later = _work_item(core, "tata_kerja", "5 hari")
    clock.set(NOW.replace(hour=10))
    controller, screen, _bar = _open(qtbot, core, make_controller, Role.VERIFIKATOR)
    qtmodeltester.check(screen.model)

    rows = {r.id: n for n, r in enumerate(screen.model.rows)}
    assert set(rows) == {late.id, today.id, later.id}

    def role(app_id: uuid.UUID, r: Qt.ItemDataRole) -> object:
        return screen.model.index(rows[app_id], 0).data(r)

    assert role(late.id, Qt.ItemDataRole.BackgroundRole) == QBrush(OVERDUE_BACKGROUND)
    assert role(late.id, Qt.ItemDataRole.ForegroundRole) == QBrush(OVERDUE_FOREGROUND)
    assert role(today.id, Qt.ItemDataRole.BackgroundRole) == QBrush(DUE_TODAY_BACKGROUND)
    assert role(later.id, Qt.ItemDataRole.BackgroundRole) is None
    due = screen.model.index(rows[late.id], 6)
    assert due.data().startswith("⚠") and due.data(Qt.ItemDataRole.ToolTipRole) == "Terlambat"

    # The filter "Terlambat" keeps only the late one.
    screen.due_combo.setCurrentIndex(screen.due_combo.findData("overdue"))
    wait_idle(qtbot, controller)
    assert [r.id for r in screen.model.rows] == [late.id]
    screen.due_combo.setCurrentIndex(screen.due_combo.findData("today"))
    wait_idle(qtbot, controller)
    assert [r.id for r in screen.model.rows] == [today.id]


def test_scanner_search_selects_the_application(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    _work_item(core, "surat_masuk", "Surat lain")
    app = _public_application(core)
    controller, screen, _bar = _open(qtbot, core, make_controller, Role.PETUGAS_LOKET)

    # A barcode scanner types the number and ends with Enter.
    qtbot.keyClicks(screen.search, app.tracking_number)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    wait_idle(qtbot, controller)

    assert [r.id for r in screen.model.rows] == [app.id]
    assert screen.table.currentIndex().row() == 0
    assert screen._detail is not None and screen._detail.summary.id == app.id
    assert app.tracking_number in screen.detail.toPlainText()

    # By NIK, typed with spaces as read off a KTP.
    screen.search.clear()
    wait_idle(qtbot, controller)
    assert len(screen.model.rows) == 2  # cleared: the list again
    qtbot.keyClicks(screen.search, "3516 0841 0790 0001")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    wait_idle(qtbot, controller)
    assert [r.id for r in screen.model.rows] == [app.id]
    # Choosing a filter leaves the search for the filtered list.
    screen.status_combo.setCurrentIndex(screen.status_combo.findData("in_progress"))
    wait_idle(qtbot, controller)
    assert len(screen.model.rows) == 2 and screen.search.text() == ""


def test_unknown_tracking_number_says_so(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    controller, screen, bar = _open(qtbot, core, make_controller, Role.VERIFIKATOR)
    qtbot.keyClicks(screen.search, "PKWT-2026-000999")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    wait_idle(qtbot, controller)
    assert "tidak ditemukan" in bar.text


def test_petugas_loket_can_view_but_not_act(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    app = _work_item(core, "surat_masuk", "Undangan rapat")
    controller, screen, _bar = _open(qtbot, core, make_controller, Role.PETUGAS_LOKET)
    _select(qtbot, controller, screen, app.id)

    assert "Undangan rapat" in screen.detail.toPlainText()
    assert not any(b.isEnabled() or b.isVisible() for b in screen.action_buttons)
    assert not screen.new_work_button.isEnabled() and not screen.new_work_button.isVisible()


def test_internal_work_item_is_started_from_the_screen(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], dialogs: FakeDialogService
) -> None:
    controller, screen, bar = _open(qtbot, core, make_controller, Role.VERIFIKATOR)
    title = next(s.title for s in core.catalogue.list_services(A) if s.key == "surat_masuk")
    dialogs.work_item_answer = (title, "Undangan rapat koordinasi")

    click(qtbot, screen.new_work_button)
    wait_idle(qtbot, controller)

    (offered,) = dialogs.asked("ask_work_item")
    assert title in offered.text and "PKWT" not in offered.text  # internal standards only
    (row,) = core.applications.list_applications(A)
    assert (row.service_title, row.subject, row.applicant_name) == (title, "Undangan rapat koordinasi", "")
    assert row.tracking_number in bar.text
    assert screen._detail is not None and screen._detail.summary.id == row.id
