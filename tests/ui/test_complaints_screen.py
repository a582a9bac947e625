"""Pengaduan screen on the real core: record through the form, refusals keep the typing, follow-up, filters, roles."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from support.fakes import FakeDialogService

from counter_app.clock import FixedClock
from counter_app.complaints import Channel, ComplaintInput, ComplaintStatus, Kind
from counter_app.core import Core
from counter_app.roles import COMMAND_LINE, Role
from counter_app.ui.application import AppController
from counter_app.ui.complaints_screen import ComplaintsScreen
from counter_app.ui.messages import MessageBar

from .helpers import add_user, click, login, wait_idle

A = COMMAND_LINE


def _open(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], role: Role
) -> tuple[AppController, ComplaintsScreen, MessageBar]:
    add_user(core, "petugas", role, full_name="Nur Aini")
    controller = make_controller()
    main = login(qtbot, controller, "petugas")
    screen = main.show_screen("complaints")
    assert isinstance(screen, ComplaintsScreen)
    wait_idle(qtbot, controller)
    bar = main.findChild(MessageBar)
    assert bar is not None
    return controller, screen, bar


def test_clerk_records_a_complaint_through_the_form(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    controller, screen, bar = _open(qtbot, core, make_controller, Role.PETUGAS_LOKET)
    assert not screen.follow_up_button.isVisible()
    screen.channel_edit.setCurrentIndex(screen.channel_edit.findData(Channel.WHATSAPP.value))
    screen.kind_edit.setCurrentIndex(screen.kind_edit.findData(Kind.SARAN.value))
    screen.service_edit.setCurrentIndex(screen.service_edit.findText("AK/1 atau Kartu Kuning"))
    qtbot.keyClicks(screen.contact_edit, "0812 3456 7890")
    qtbot.keyClicks(screen.text_edit, "Mohon antrean AK/1 dibuka lebih pagi")
    click(qtbot, screen.save_button)
    wait_idle(qtbot, controller)
    [stored] = core.complaints.list(A)
    assert (stored.channel, stored.kind, stored.text, stored.who) == (
        Channel.WHATSAPP,
        Kind.SARAN,
        "Mohon antrean AK/1 dibuka lebih pagi",
        "Anonim",
    )
    assert stored.contact == "0812 3456 7890" and stored.service_title == "AK/1 ATAU KARTU KUNING"
    assert stored.received_at == core.ctx.clock.now()
    assert bar.text == "Saran dicatat sebagai ADU-2026-0001."
    assert screen.text_edit.toPlainText() == "" and screen.contact_edit.text() == ""
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    assert screen.model.index(0, 0).data() == "ADU-2026-0001" and screen.model.index(0, 6).data() == "Baru"
    ModelTester(None).check(screen.model)  # type: ignore[arg-type]


def test_refused_input_keeps_what_was_typed(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    controller, screen, bar = _open(qtbot, core, make_controller, Role.PETUGAS_LOKET)
    qtbot.keyClicks(screen.name_edit, "Budi Santoso")
    click(qtbot, screen.save_button)  # no text
    wait_idle(qtbot, controller)
    assert bar.text == "Isi pengaduan/saran belum diisi."
    assert screen.name_edit.text() == "Budi Santoso" and screen.save_button.isEnabled()
    assert core.complaints.list(A) == []


def test_supervisor_follows_up_to_a_response(
    qtbot: QtBot,
    core: Core,
    make_controller: Callable[..., AppController],
    dialogs: FakeDialogService,
    clock: FixedClock,
) -> None:
    made = core.complaints.record(A, ComplaintInput(Channel.LOKET, Kind.PENGADUAN, "Toilet kotor"))
    core.complaints.record(A, ComplaintInput(Channel.EMAIL, Kind.APRESIASI, "Petugas ramah"))
    controller, screen, bar = _open(qtbot, core, make_controller, Role.SUPERVISOR)
    assert screen.model.rowCount() == 2
    assert screen.select_complaint(made.id)
    wait_idle(qtbot, controller)
    assert "Toilet kotor" in screen.detail.toPlainText() and screen.follow_up_button.isEnabled()

    clock.advance(hours=2)
    dialogs.follow_up_answer = ("diproses", "Diteruskan ke bagian umum")
    click(qtbot, screen.follow_up_button)
    wait_idle(qtbot, controller)
    assert dialogs.asked("ask_follow_up")[-1].text == "diproses\nselesai"
    assert core.complaints.get(A, made.id).status is ComplaintStatus.DIPROSES
    assert bar.text == "ADU-2026-0001: Diproses."

    clock.advance(hours=1)
    dialogs.follow_up_answer = ("selesai", "Sudah dibersihkan; jadwal piket ditambah")
    click(qtbot, screen.follow_up_button)
    wait_idle(qtbot, controller)
    done = core.complaints.get(A, made.id)
    assert done.status is ComplaintStatus.SELESAI and done.response == "Sudah dibersihkan; jadwal piket ditambah"
    qtbot.waitUntil(lambda: "Sudah dibersihkan" in screen.detail.toPlainText(), timeout=5000)
    assert "2,0 jam" in screen.detail.toPlainText()  # first response after two hours
    assert not screen.follow_up_button.isEnabled()

    # Cancelling the dialog changes nothing.
    other = next(c for c in core.complaints.list(A) if c.id != made.id)
    assert screen.select_complaint(other.id)
    wait_idle(qtbot, controller)
    dialogs.follow_up_answer = None
    click(qtbot, screen.follow_up_button)
    wait_idle(qtbot, controller)
    assert core.complaints.get(A, other.id).status is ComplaintStatus.BARU

    # Filter: only the finished one.
    screen.status_filter.setCurrentIndex(screen.status_filter.findData(ComplaintStatus.SELESAI.value))
    wait_idle(qtbot, controller)
    assert [screen.model.index(r, 4).data() for r in range(screen.model.rowCount())] == ["Toilet kotor"]
