"""Verifikasi Surat on the real core: valid, cancelled, not found and tampered papers, and unreadable input."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from counter_app import letters
from counter_app.core import Core
from counter_app.roles import Role
from counter_app.ui.application import AppController
from counter_app.ui.verify_screen import Verdict, VerifyScreen

from .helpers import wait_idle
from .letter_helpers import A, add_signatory, issue_pkwt, open_screen


def _open(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], role: Role = Role.PETUGAS_LOKET
) -> tuple[AppController, VerifyScreen, object]:
    controller, screen, bar = open_screen(qtbot, core, make_controller, role, "verify")
    assert isinstance(screen, VerifyScreen)
    return controller, screen, bar


def test_scanning_the_qr_of_an_issued_letter_shows_it_valid_with_the_archived_original(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    add_signatory(core)
    document = issue_pkwt(core)
    controller, screen, _bar = _open(qtbot, core, make_controller)
    # a scanner types the whole QR text, then Enter
    qtbot.keyClicks(screen.code_input, letters.qr_text(document.number, document.verification_code).replace("\n", " "))
    qtbot.keyClick(screen.code_input, "\r")
    wait_idle(qtbot, controller)
    assert screen.verdict is Verdict.VALID
    assert screen.verdict_text.startswith("SAH")
    facts = screen.facts.text()
    assert document.number in facts and "Drs. BUDI SANTOSO, M.Si." in facts and "PT Sinar Jaya Abadi" in facts
    assert screen.preview.page_count >= 1
    page = screen.preview.page_image(0)
    assert page.width() > 500
    # the page is a white sheet with dark print on it (the archived PDF really rendered)
    dark = sum(
        1 for y in range(0, page.height(), 7) for x in range(0, page.width(), 7) if page.pixelColor(x, y).value() < 100
    )
    assert dark > 50
    assert screen.code_input.selectedText()  # the next scan replaces the text


def test_a_cancelled_number_is_shown_as_cancelled(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    add_signatory(core)
    document = issue_pkwt(core)
    core.letters.cancel(A, document.id, "Salah nama perusahaan")
    controller, screen, _bar = _open(qtbot, core, make_controller, Role.VERIFIKATOR)
    screen.check(document.verification_code.replace("-", "").lower())
    wait_idle(qtbot, controller)
    assert screen.verdict is Verdict.CANCELLED
    assert "DIBATALKAN" in screen.verdict_text
    assert "Dibatalkan" in screen.facts.text()


def test_an_unknown_code_is_not_found(qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]) -> None:
    controller, screen, _bar = _open(qtbot, core, make_controller)
    screen.check("ABCD-EFGH-JKMN")
    wait_idle(qtbot, controller)
    assert screen.verdict is Verdict.NOT_FOUND
    assert "TIDAK DITEMUKAN" in screen.verdict_text
    assert "ABCD-EFGH-JKMN" in screen.facts.text()
    assert screen.preview.page_count == 0


def test_a_changed_archive_is_reported_as_tampered(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    add_signatory(core)
    document = issue_pkwt(core)
    with core.ctx.uow() as uow:  # someone edits the stored PDF behind the program's back
        row = uow.letters.by_code(document.verification_code)
        assert row is not None
        row.pdf = bytes(row.pdf) + b"\n% edited\n"
        uow.commit()
    controller, screen, _bar = _open(qtbot, core, make_controller)
    screen.check(document.verification_code)
    wait_idle(qtbot, controller)
    assert screen.verdict is Verdict.TAMPERED
    assert "TIDAK SAH" in screen.verdict_text


def test_unreadable_input_says_how_to_type_the_code_and_keeps_the_text(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    controller, screen, bar = _open(qtbot, core, make_controller)
    screen.check("nomor 12")
    wait_idle(qtbot, controller)
    assert screen.verdict is None
    assert "Kode verifikasi tidak terbaca" in bar.text
    assert screen.code_input.text() == "nomor 12"


def test_a_scanner_that_types_each_qr_line_with_enter_gets_one_answer(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    add_signatory(core)
    document = issue_pkwt(core)
    controller, screen, bar = _open(qtbot, core, make_controller)
    for line in letters.qr_text(document.number, document.verification_code).split("\n"):
        qtbot.keyClicks(screen.code_input, line)
        qtbot.keyClick(screen.code_input, "\r")
        wait_idle(qtbot, controller)
        if screen.verdict is None:
            assert "tidak terbaca" not in bar.text  # no error while the scanner is still typing
    assert screen.verdict is Verdict.VALID
