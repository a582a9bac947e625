"""Surat & Register and Terbitkan Surat on the real core: registers, cancel, print, reprint, export, issuing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot
from support.fakes import FakeDialogService

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from counter_app.core import Core
from counter_app.letters import DocStatus
from counter_app.roles import Role
from counter_app.ui.application import AppController
from counter_app.ui.applications_screen import ApplicationsScreen
from counter_app.ui.letter_preview import printer_for
from counter_app.ui.letters_screen import CANCELLED_FOREGROUND, LettersScreen
from counter_app.ui.messages import MessageBar

from .helpers import TASK_TIMEOUT_MS, click, wait_idle
from .letter_helpers import (
    PKWT_EXTRAS,
    A,
    FakeLetterPrinter,
    add_signatory,
    install_fake_printer,
    issue_pkwt,
    open_screen,
    pkwt_application,
    stored_document,
)


@pytest.fixture
def letter_printer(monkeypatch: pytest.MonkeyPatch) -> FakeLetterPrinter:
    """The letters' OS print path replaced by a recorder."""
    return install_fake_printer(monkeypatch)


def _open(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], role: Role = Role.VERIFIKATOR
) -> tuple[AppController, LettersScreen, MessageBar]:
    controller, screen, bar = open_screen(qtbot, core, make_controller, role, "letters")
    assert isinstance(screen, LettersScreen)
    return controller, screen, bar


def _show_register_of(qtbot: QtBot, controller: AppController, screen: LettersScreen, register_id: object) -> None:
    screen.select_register(register_id, 2026)  # type: ignore[arg-type]
    wait_idle(qtbot, controller)


def test_the_register_lists_every_number_and_a_cancelled_one_stays_marked_cancelled(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], dialogs: FakeDialogService
) -> None:
    add_signatory(core)
    first = issue_pkwt(core, "PT Sinar Jaya Abadi")
    second = issue_pkwt(core, "CV Maju Bersama", "3516084107900002")
    controller, screen, bar = _open(qtbot, core, make_controller)
    _show_register_of(qtbot, controller, screen, first.register_id)
    assert [(e.seq, e.number) for e in screen.entry_model.rows] == [(1, first.number), (2, second.number)]
    # cancel the second through the screen, with a reason
    screen.entry_table.selectRow(1)
    wait_idle(qtbot, controller)
    assert screen.cancel_button.isEnabled()
    dialogs.text_answer = "Nama perusahaan salah ketik"
    click(qtbot, screen.cancel_button)
    wait_idle(qtbot, controller)
    assert stored_document(core, second.id).status is DocStatus.CANCELLED
    assert stored_document(core, second.id).cancel_reason == "Nama perusahaan salah ketik"
    rows = screen.entry_model.rows
    assert [r.seq for r in rows] == [1, 2]  # the number stays in the register
    status = screen.entry_model.index(1, 4)
    assert screen.entry_model.data(status) == "Dibatalkan: Nama perusahaan salah ketik"
    brush = screen.entry_model.data(status, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == CANCELLED_FOREGROUND
    assert "2 nomor pada 2026 · 1 dibatalkan" in screen.entry_count.text()
    assert "dibatalkan" in bar.text
    assert not screen.print_button.isEnabled()  # a cancelled letter cannot be printed


def test_printing_a_waiting_letter_logs_it_and_a_reprint_needs_a_reason(
    qtbot: QtBot,
    core: Core,
    make_controller: Callable[..., AppController],
    dialogs: FakeDialogService,
    letter_printer: FakeLetterPrinter,
) -> None:
    add_signatory(core)
    document = issue_pkwt(core)
    controller, screen, bar = _open(qtbot, core, make_controller)
    assert [d.id for d in screen.pending_model.rows] == [document.id]
    screen.tabs.setCurrentIndex(1)
    screen.pending_table.selectRow(0)
    wait_idle(qtbot, controller)
    assert screen.preview.page_count >= 1
    click(qtbot, screen.print_button)
    wait_idle(qtbot, controller)
    assert letter_printer.jobs == [(document.number, "")]
    stored = stored_document(core, document.id)
    assert stored.status is DocStatus.PRINTED and stored.printed_count == 1
    assert screen.pending_model.rows == []
    assert screen.print_button.text() == "Cetak Ulang"
    # a reprint without a reason (dialog cancelled): nothing is printed
    dialogs.text_answer = None
    click(qtbot, screen.print_button)
    wait_idle(qtbot, controller)
    assert len(letter_printer.jobs) == 1
    # with a reason: printed again and logged with the reason
    dialogs.text_answer = "Kertas tersangkut"
    click(qtbot, screen.print_button)
    wait_idle(qtbot, controller)
    assert len(letter_printer.jobs) == 2
    stored = stored_document(core, document.id)
    assert stored.printed_count == 2
    assert [(p.ok, p.reason) for p in stored.prints] == [(True, ""), (True, "Kertas tersangkut")]
    assert "dikirim ke printer bawaan" in bar.text


def test_a_failed_print_leaves_the_letter_issued_and_waiting(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], letter_printer: FakeLetterPrinter
) -> None:
    add_signatory(core)
    document = issue_pkwt(core)
    letter_printer.fail_with = 'Printer "HP-Loket-2" tidak ditemukan.'
    controller, screen, bar = _open(qtbot, core, make_controller)
    screen.pending_table.selectRow(0)
    wait_idle(qtbot, controller)
    click(qtbot, screen.print_button)
    wait_idle(qtbot, controller)
    stored = stored_document(core, document.id)
    assert stored.status is DocStatus.ISSUED and stored.printed_count == 0
    assert [p.ok for p in stored.prints] == [False]
    assert [d.id for d in screen.pending_model.rows] == [document.id]
    assert bar.level == "error" and "menunggu dicetak" in bar.text and "HP-Loket-2" in bar.text
    assert screen.print_button.isEnabled() and screen.print_button.text() == "Cetak"


def test_export_writes_the_register_to_the_chosen_xlsx_file(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], dialogs: FakeDialogService, tmp_path: Path
) -> None:
    add_signatory(core)
    document = issue_pkwt(core)
    controller, screen, bar = _open(qtbot, core, make_controller, Role.PETUGAS_LOKET)
    assert not screen.print_button.isVisible() and not screen.cancel_button.isVisible()  # view only
    _show_register_of(qtbot, controller, screen, document.register_id)
    dialogs.save_path = tmp_path / "register-hi"
    click(qtbot, screen.export_button)
    qtbot.waitUntil(lambda: screen.export_button.isEnabled(), timeout=TASK_TIMEOUT_MS)
    wait_idle(qtbot, controller)
    saved = tmp_path / "register-hi.xlsx"
    assert saved.exists()
    book = openpyxl.load_workbook(saved)
    cells = [str(c.value) for row in book.active.iter_rows() for c in row if c.value is not None]
    assert document.number in cells
    assert dialogs.asked("save_file")[0].text.startswith("register-hubungan_industrial-2026")
    assert "disimpan" in bar.text


def test_terbitkan_surat_from_an_application_issues_the_next_number_and_prints_it(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], letter_printer: FakeLetterPrinter
) -> None:
    add_signatory(core)
    earlier = issue_pkwt(core, "CV Lama", "3516084107900009")  # number 1 of the register is taken
    application = pkwt_application(core)
    controller, screen, _bar = open_screen(qtbot, core, make_controller, Role.VERIFIKATOR, "applications")
    assert isinstance(screen, ApplicationsScreen)
    assert screen.select_application(application.id)
    wait_idle(qtbot, controller)
    assert screen.issue_letter_button.isVisible() and screen.issue_letter_button.isEnabled()
    click(qtbot, screen.issue_letter_button)
    dialog = screen.letter_dialog
    assert dialog is not None and dialog.isVisible()
    wait_idle(qtbot, controller)
    # the draft preview shows; Terbitkan waits for the required extra fields
    assert dialog.preview.page_count >= 1
    assert not dialog.issue_button.isEnabled()
    assert "Jumlah pekerja PKWT" in dialog.missing_label.text()
    for name, value in PKWT_EXTRAS.items():
        qtbot.keyClicks(dialog.field_edit(name), value)
    qtbot.waitUntil(lambda: dialog.issue_button.isEnabled(), timeout=TASK_TIMEOUT_MS)
    wait_idle(qtbot, controller)
    click(qtbot, dialog.issue_button)
    wait_idle(qtbot, controller)
    assert dialog.issued is not None
    issued = core.letters.documents_of(A, application.id)
    assert len(issued) == 1 and issued[0].seq == earlier.seq + 1
    assert issued[0].number in dialog.number_label.text()
    assert core.letters.letter_data(A, issued[0].id).body  # archived with its data
    assert dialog.print_button.isEnabled()
    click(qtbot, dialog.print_button)
    wait_idle(qtbot, controller)
    assert letter_printer.jobs == [(issued[0].number, "")]
    assert stored_document(core, issued[0].id).status is DocStatus.PRINTED
    dialog.close()


def test_a_failed_print_from_the_dialog_keeps_the_issued_letter_waiting(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], letter_printer: FakeLetterPrinter
) -> None:
    add_signatory(core)
    application = pkwt_application(core)
    letter_printer.fail_with = "Tidak ada printer bawaan."
    controller, screen, _bar = open_screen(qtbot, core, make_controller, Role.VERIFIKATOR, "applications")
    assert isinstance(screen, ApplicationsScreen)
    assert screen.select_application(application.id)
    wait_idle(qtbot, controller)
    click(qtbot, screen.issue_letter_button)
    dialog = screen.letter_dialog
    assert dialog is not None
    wait_idle(qtbot, controller)
    for name, value in PKWT_EXTRAS.items():
        dialog.field_edit(name).setText(value)
    qtbot.waitUntil(lambda: dialog.issue_button.isEnabled(), timeout=TASK_TIMEOUT_MS)
    click(qtbot, dialog.issue_button)
    wait_idle(qtbot, controller)
    click(qtbot, dialog.print_button)
    wait_idle(qtbot, controller)
    (document,) = core.letters.documents_of(A, application.id)
    assert document.status is DocStatus.ISSUED and [p.ok for p in document.prints] == [False]
    assert [d.id for d in core.letters.pending_prints(A)] == [document.id]
    assert "menunggu dicetak" in dialog.missing_label.text()
    dialog.close()


def test_the_issue_button_is_hidden_without_the_right_to_issue(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    application = pkwt_application(core)
    controller, screen, _bar = open_screen(qtbot, core, make_controller, Role.PETUGAS_LOKET, "applications")
    assert isinstance(screen, ApplicationsScreen)
    assert screen.select_application(application.id)
    wait_idle(qtbot, controller)
    assert not screen.issue_letter_button.isVisible() and not screen.issue_letter_button.isEnabled()


def test_this_pcs_printer_wins_over_the_office_choice(core: Core) -> None:
    core.letters.set_printer(A, "bukti_pencatatan_pkwt", "Kantor-HI")
    key = "bukti_pencatatan_pkwt"
    assert printer_for(core.letters, A, key, {}) == "Kantor-HI"
    assert printer_for(core.letters, A, key, {"": "PC-Bawaan"}) == "PC-Bawaan"
    assert printer_for(core.letters, A, key, {"": "PC-Bawaan", key: "PC-HI"}) == "PC-HI"
    assert printer_for(core.letters, A, "rekomendasi_lpks", {}) == ""
