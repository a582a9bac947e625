"""Berkas Masuk on the real core: walk-in and ticket intakes, the receipt or missing list, bad NIK, OSS variants."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support.fakes import FakeDialogService

from PySide6.QtCore import Qt

from counter_app import demo, intake
from counter_app.core import Core
from counter_app.roles import COMMAND_LINE
from counter_app.tickets import Outcome, Status
from counter_app.ui.application import AppController
from counter_app.ui.intake_screen import IntakeScreen
from counter_app.ui.main_window import MainWindow
from counter_app.ui.messages import MessageBar
from counter_app.ui.queue_screen import Action, QueueScreen

from .helpers import NOW, TASK_TIMEOUT_MS, click, login, wait_idle

NIK = "3516084107900001"  # a woman born 1 July 1990, first registered in Mojosari


@pytest.fixture
def services(core: Core) -> dict[str, uuid.UUID]:
    """demo.seed (accounts, loket 1-4); service ids by code."""
    demo.seed(core)
    return {s.code: s.id for s in core.catalogue.list_services(COMMAND_LINE)}


def open_intake(
    qtbot: QtBot, make_controller: Callable[..., AppController]
) -> tuple[AppController, MainWindow, IntakeScreen, MessageBar]:
    controller = make_controller()
    main = login(qtbot, controller, "loket1", demo.DEMO_PASSWORD)
    screen = main.show_screen("intake")
    assert isinstance(screen, IntakeScreen)
    qtbot.waitUntil(lambda: screen.service_combo.count() > 1, timeout=TASK_TIMEOUT_MS)
    bar = main.findChild(MessageBar)
    assert bar is not None
    return controller, main, screen, bar


def choose_service(qtbot: QtBot, controller: AppController, screen: IntakeScreen, code: str) -> None:
    combo = screen.service_combo
    combo.setCurrentIndex(combo.findText(f"{code} - ", Qt.MatchFlag.MatchStartsWith))
    wait_idle(qtbot, controller)


def type_person(qtbot: QtBot, screen: IntakeScreen, nik: str = NIK, name: str = "Siti Aminah") -> None:
    qtbot.keyClicks(screen.nik, nik)
    qtbot.keyClicks(screen.person_name, name)
    qtbot.keyClicks(screen.person_phone, "0812-3456-7890")
    qtbot.keyClicks(screen.person_address, "Jl. Raya Mojosari 12")


def start(qtbot: QtBot, controller: AppController, screen: IntakeScreen) -> None:
    click(qtbot, screen.start_button)
    wait_idle(qtbot, controller)


def finish(qtbot: QtBot, controller: AppController, screen: IntakeScreen) -> intake.IntakeOutcome:
    with qtbot.waitSignal(screen.intake_finished, timeout=TASK_TIMEOUT_MS) as blocker:
        click(qtbot, screen.finish_button)
    wait_idle(qtbot, controller)
    outcome = blocker.args[0]
    assert isinstance(outcome, intake.IntakeOutcome)
    return outcome


def test_walk_in_ak1_with_every_item_ticked_creates_the_application_and_shows_the_receipt(
    qtbot: QtBot,
    core: Core,
    services: dict[str, uuid.UUID],
    make_controller: Callable[..., AppController],
    dialogs: FakeDialogService,
    tmp_path: Path,
) -> None:
    controller, _main, screen, bar = open_intake(qtbot, make_controller)
    choose_service(qtbot, controller, screen, "AK1")
    assert not screen.variant_combo.isVisible()  # AK1 has one list
    type_person(qtbot, screen)
    start(qtbot, controller, screen)
    assert screen.view is not None and screen.view.ticket_id is None
    assert len(screen.rows) == 5 and not screen.finish_button.text().startswith("&")
    assert "5 dari 5" in screen.missing_label.text()
    for row in screen.rows:
        click(qtbot, row.check)
    assert screen.missing_label.text() == "Semua berkas lengkap."
    # Lampirkan… stores the scan of the KTP with its item
    scan = tmp_path / "ktp-siti.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0 scan of a KTP")
    dialogs.open_path = scan
    click(qtbot, screen.rows[0].attach_button)
    wait_idle(qtbot, controller)
    assert screen.rows[0].attachments.text() == "Lampiran: ktp-siti.jpg"
    assert screen.view is not None
    (attached,) = core.intake.get(COMMAND_LINE, screen.view.id).items[0].attachments
    assert (attached.filename, attached.content_type, attached.size) == (
        "ktp-siti.jpg",
        "image/jpeg",
        len(scan.read_bytes()),
    )

    outcome = finish(qtbot, controller, screen)

    assert outcome.application is not None
    number = outcome.application.tracking_number
    assert number == "AK1-2026-000001"
    stored = core.applications.by_tracking_number(COMMAND_LINE, number)
    assert stored.summary.service_id == services["AK1"]
    assert stored.summary.received_at == NOW
    assert stored.summary.due_at == NOW + dt.timedelta(minutes=30)  # AK1: 30 minutes within office hours
    assert number in bar.text
    preview = screen.preview
    assert preview is not None and preview.isVisible()
    assert number in preview.windowTitle()
    assert not preview.page.pixmap().isNull()
    assert screen.rows == [] and not screen.finish_button.isEnabled()  # ready for the next applicant


def test_one_item_missing_gives_the_missing_list_and_the_intake_is_found_again_by_nik(
    qtbot: QtBot,
    core: Core,
    services: dict[str, uuid.UUID],
    make_controller: Callable[..., AppController],
    dialogs: FakeDialogService,
    tmp_path: Path,
) -> None:
    controller, _main, screen, bar = open_intake(qtbot, make_controller)
    choose_service(qtbot, controller, screen, "AK1")
    type_person(qtbot, screen)
    start(qtbot, controller, screen)
    for row in screen.rows[:2] + screen.rows[3:]:
        click(qtbot, row.check)
    qtbot.keyClicks(screen.rows[2].note, "Pasfoto belum dibawa")
    missing_text = screen.rows[2].text

    outcome = finish(qtbot, controller, screen)

    assert outcome.application is None and outcome.missing_list is not None
    assert [(m.text, m.note) for m in outcome.missing_list.missing] == [(missing_text, "Pasfoto belum dibawa")]
    assert bar.level == "warning" and "1 kurang" in bar.text
    assert screen.preview is not None and screen.preview.windowTitle() == "Daftar Kekurangan Berkas"
    (found,) = core.intake.find_open(COMMAND_LINE, nik=NIK)
    assert found.status is intake.IntakeStatus.INCOMPLETE
    assert core.applications.by_nik(COMMAND_LINE, NIK) == []

    # Simpan PDF writes the list through the dialog service's path
    dialogs.save_path = tmp_path / "kurang.pdf"
    click(qtbot, screen.preview.save_button)
    wait_idle(qtbot, controller)
    assert dialogs.save_path.stat().st_size > 1000

    # The applicant comes back: Cari Berkas Terbuka by NIK continues where the intake stopped
    click(qtbot, screen.new_button)
    qtbot.keyClicks(screen.nik, NIK)
    click(qtbot, screen.search_button)
    wait_idle(qtbot, controller)
    assert screen.view is not None and screen.view.id == found.id
    assert screen.person_name.text() == "Siti Aminah"
    assert [r.check.isChecked() for r in screen.rows] == [True, True, False, True, True]
    assert screen.rows[2].note.text() == "Pasfoto belum dibawa"


def test_f10_on_a_called_ticket_opens_the_intake_of_its_service(
    qtbot: QtBot, core: Core, services: dict[str, uuid.UUID], make_controller: Callable[..., AppController]
) -> None:
    slip = core.queue.issue_ticket(services["AK1"])
    core.queue.confirm_printed(slip.ticket_id)
    controller = make_controller()
    main = login(qtbot, controller, "loket1", demo.DEMO_PASSWORD)
    queue = main.show_screen("queue")
    assert isinstance(queue, QueueScreen)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=TASK_TIMEOUT_MS)
    click(qtbot, queue.sign_in_button)
    qtbot.waitUntil(lambda: queue.waiting_model.rowCount() > 0, timeout=TASK_TIMEOUT_MS)
    wait_idle(qtbot, controller)
    assert not queue.intake_button.isEnabled()  # no ticket yet
    click(qtbot, queue.action_buttons[Action.CALL_NEXT])
    wait_idle(qtbot, controller)
    assert queue.current is not None and queue.current.status is Status.CALLED
    assert queue.intake_button.text() == "Buka Berkas (F10)"

    with qtbot.waitSignal(queue.intake_requested, timeout=TASK_TIMEOUT_MS):
        qtbot.keyClick(queue, Qt.Key.Key_F10)
    wait_idle(qtbot, controller)

    screen = main.stack.currentWidget()
    assert isinstance(screen, IntakeScreen)
    assert screen.service_id == services["AK1"]
    assert slip.code in screen.ticket_label.text()
    type_person(qtbot, screen)
    start(qtbot, controller, screen)
    assert screen.view is not None and screen.view.ticket_id == slip.ticket_id
    click(qtbot, screen.rows[0].check)
    finish(qtbot, controller, screen)
    ticket = next(t for t in core.queue.tickets_of_day(COMMAND_LINE) if t.id == slip.ticket_id)
    assert ticket.outcome == Outcome.INCOMPLETE.value  # the core ends the linked ticket as incomplete


def test_a_malformed_nik_is_refused_with_a_message_and_everything_typed_stays(
    qtbot: QtBot, core: Core, services: dict[str, uuid.UUID], make_controller: Callable[..., AppController]
) -> None:
    controller, _main, screen, bar = open_intake(qtbot, make_controller)
    choose_service(qtbot, controller, screen, "AK1")
    type_person(qtbot, screen, nik="35160841079000", name="Siti Nur'aini")
    start(qtbot, controller, screen)
    assert bar.level == "error" and "NIK harus 16 angka" in bar.text
    assert screen.view is None and screen.rows == []
    assert (screen.nik.text(), screen.person_name.text()) == ("35160841079000", "Siti Nur'aini")
    assert screen.person_address.text() == "Jl. Raya Mojosari 12"
    assert core.intake.find_open(COMMAND_LINE, nik=NIK) == []

    # A birth date that does not match the NIK only warns, inline
    screen.nik.setText(NIK)
    qtbot.keyClicks(screen.birth_date, "02-07-1990")
    start(qtbot, controller, screen)
    assert screen.view is not None
    assert screen.warning_label.isVisible() and "tanggal lahir" in screen.warning_label.text().lower()


def test_oss_asks_perorangan_or_badan_hukum_first(
    qtbot: QtBot, core: Core, services: dict[str, uuid.UUID], make_controller: Callable[..., AppController]
) -> None:
    controller, _main, screen, bar = open_intake(qtbot, make_controller)
    choose_service(qtbot, controller, screen, "OSSLPK")
    assert screen.variant_combo.isVisible()
    assert [label.lower() for label in screen.variant_choices] == [
        "perusahaan perorangan",
        "perusahaan berbentuk badan hukum",
    ]
    type_person(qtbot, screen)
    start(qtbot, controller, screen)
    assert bar.level == "error" and "Pilih dulu jenis pemohon" in bar.text
    assert screen.nik.text() == NIK
    screen.variant_combo.setCurrentIndex(2)
    start(qtbot, controller, screen)
    assert screen.view is not None and screen.view.variant == "badan_hukum"
    assert len(screen.rows) == 8
