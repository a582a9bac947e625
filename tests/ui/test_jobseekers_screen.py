"""Pencari Kerja (AK/1) screen on the real core: register a typed profile, search, report, placement, roles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from support.fakes import FakeDialogService
from support.interview import FULL, NIK, type_profile, type_text

from counter_app.core import Core
from counter_app.jobseekers import CardStatus, JobSeekerProfile, Registration
from counter_app.roles import COMMAND_LINE, Role
from counter_app.ui.application import AppController
from counter_app.ui.card_dialog import CardDialog
from counter_app.ui.jobseekers_screen import DETAIL_PAGE, NEW_PAGE, SEARCH_PAGE, JobseekersScreen
from counter_app.ui.messages import MessageBar

from .helpers import NOW, add_user, click, login, wait_idle

pytestmark = pytest.mark.gui

TODAY = NOW.date()


def _open(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], role: Role = Role.PENGANTAR_KERJA
) -> tuple[AppController, JobseekersScreen, MessageBar]:
    add_user(core, "petugas", role, full_name="Nur Aini")
    controller = make_controller()
    main = login(qtbot, controller, "petugas")
    screen = main.show_screen("jobseekers")
    assert isinstance(screen, JobseekersScreen)
    wait_idle(qtbot, controller)
    bar = main.findChild(MessageBar)
    assert bar is not None
    return controller, screen, bar


def _search(qtbot: QtBot, controller: AppController, screen: JobseekersScreen, text: str) -> None:
    screen.search_field.clear()
    qtbot.keyClicks(screen.search_field, text)
    click(qtbot, screen.search_button)
    wait_idle(qtbot, controller)


def test_register_find_report_and_place_through_the_screen(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], dialogs: FakeDialogService
) -> None:
    controller, screen, bar = _open(qtbot, core, make_controller)
    click(qtbot, screen.new_button)
    assert screen.pages.currentIndex() == NEW_PAGE
    type_profile(screen.new_form, FULL)
    type_text(screen.number_field, "KH-3516-2026-0042")
    wait_idle(qtbot, controller)
    click(qtbot, screen.register_button)
    wait_idle(qtbot, controller)

    assert screen.pages.currentIndex() == DETAIL_PAGE, screen.new_form.error_label.text()
    assert "KH-3516-2026-0042" in bar.text
    (found,) = core.jobseekers.search(COMMAND_LINE, "KH-3516-2026-0042")
    record = core.jobseekers.get(COMMAND_LINE, found.id)
    assert record.profile == FULL
    assert (record.summary.issued_on, record.summary.valid_until) == (TODAY, dt.date(2028, 11, 24))
    assert record.officer_name == "Nur Aini"
    assert controller.services.drafts is not None and controller.services.drafts.load("new") is None

    click(qtbot, screen.back_button)
    wait_idle(qtbot, controller)
    _search(qtbot, controller, screen, "rahma SIT")  # partial words, any order, any case
    ModelTester(qtbot).check(screen.model)
    assert [r.id for r in screen.model.rows] == [found.id]
    assert screen.model.index(0, 7).data() == "Aktif"

    click(qtbot, screen.open_button)
    wait_idle(qtbot, controller)
    assert screen.pages.currentIndex() == DETAIL_PAGE
    assert screen.edit_form.profile() == FULL

    dialogs.report_back_answer = (TODAY, "masih mencari kerja")
    click(qtbot, screen.report_button)
    wait_idle(qtbot, controller)
    reports = core.jobseekers.get(COMMAND_LINE, found.id).reports
    assert [(r.number, r.reported_on, r.note, r.officer_name) for r in reports] == [
        (1, TODAY, "masih mencari kerja", "Nur Aini")
    ]
    assert "Kesatu 25-11-2026" in screen.summary_label.text()

    dialogs.placement_answer = ("PT Sinar Mojosari", "Staf administrasi", TODAY)
    click(qtbot, screen.placement_button)
    wait_idle(qtbot, controller)
    placed = core.jobseekers.get(COMMAND_LINE, found.id)
    assert placed.summary.status is CardStatus.PLACED
    assert placed.placement is not None and placed.placement.employer == "PT Sinar Mojosari"
    assert not screen.placement_button.isEnabled() and not screen.save_button.isEnabled()

    with qtbot.waitSignal(screen.card_print_requested) as signal:
        click(qtbot, screen.print_button)
    assert signal.args == [found.id]
    # The main window opens the card dialog for that registration (application.py wires the signal).
    wait_idle(qtbot, controller)
    card_dialog = screen.findChild(CardDialog)
    assert card_dialog is not None and card_dialog.isVisible()
    qtbot.waitUntil(lambda: card_dialog.print_button.isEnabled(), timeout=5000)
    card_dialog.reject()

    click(qtbot, screen.back_button)
    wait_idle(qtbot, controller)
    assert screen.pages.currentIndex() == SEARCH_PAGE
    assert screen.model.index(0, 7).data() == "Ditempatkan"
    assert screen.model.index(0, 8).data() == "1"


def test_a_refused_registration_keeps_everything_typed(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    controller, screen, _bar = _open(qtbot, core, make_controller)
    click(qtbot, screen.new_button)
    type_profile(screen.new_form, FULL.__class__(**{**FULL.__dict__, "religion": ""}))
    click(qtbot, screen.register_button)
    wait_idle(qtbot, controller)
    assert screen.pages.currentIndex() == NEW_PAGE
    assert "Agama belum dipilih" in screen.new_form.error_label.text()
    assert screen.new_form.profile().name == FULL.name and screen.new_form.profile().education == FULL.education
    assert core.jobseekers.find_by_nik(COMMAND_LINE, NIK) is None
    screen.new_form.religion.setCurrentIndex(screen.new_form.religion.findData("1"))
    click(qtbot, screen.register_button)
    wait_idle(qtbot, controller)
    assert screen.pages.currentIndex() == DETAIL_PAGE
    assert core.jobseekers.find_by_nik(COMMAND_LINE, NIK) is not None


def test_typing_a_registered_nik_opens_the_existing_record(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], dialogs: FakeDialogService
) -> None:
    existing = core.jobseekers.register(COMMAND_LINE, FULL, None, Registration("KH-9", TODAY))
    controller, screen, _bar = _open(qtbot, core, make_controller)
    click(qtbot, screen.new_button)
    type_text(screen.new_form.nik, NIK)
    wait_idle(qtbot, controller)
    wait_idle(qtbot, controller)
    assert "KH-9" in dialogs.asked("confirm")[-1].text
    assert screen.pages.currentIndex() == DETAIL_PAGE
    assert screen.detail_title.text().startswith("AK/1 KH-9")
    assert screen._record is not None and screen._record.summary.id == existing.summary.id


def test_cancelling_a_new_registration_discards_its_draft(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], dialogs: FakeDialogService
) -> None:
    controller, screen, _bar = _open(qtbot, core, make_controller)
    click(qtbot, screen.new_button)
    type_text(screen.new_form.name, "Budi")
    screen.new_form.save_draft()
    dialogs.confirm_answer = True
    click(qtbot, screen.cancel_new_button)
    assert screen.pages.currentIndex() == SEARCH_PAGE
    assert screen.new_form.profile() == JobSeekerProfile()
    click(qtbot, screen.new_button)
    assert not dialogs.asked("confirm")[1:]  # no draft left to offer
    wait_idle(qtbot, controller)


def test_petugas_loket_can_search_and_read_but_not_change(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    core.jobseekers.register(COMMAND_LINE, FULL, None, Registration("KH-7", TODAY))
    controller, screen, _bar = _open(qtbot, core, make_controller, Role.PETUGAS_LOKET)
    assert not screen.new_button.isVisibleTo(screen)
    _search(qtbot, controller, screen, NIK)
    assert len(screen.model.rows) == 1
    click(qtbot, screen.open_button)
    wait_idle(qtbot, controller)
    assert screen.pages.currentIndex() == DETAIL_PAGE
    for button in (screen.save_button, screen.report_button, screen.placement_button, screen.print_button):
        assert not button.isVisibleTo(screen)
    assert not screen.edit_form.isEnabled()
