"""Helpers for the letter screen tests: a signatory, a received application, an issued letter, a fake printer."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QWidget

from counter_app import documents, letters
from counter_app.applications import ApplicationSummary
from counter_app.core import Core
from counter_app.intake import ItemMark, PersonInput
from counter_app.print import base as print_base
from counter_app.print import letter as letter_print
from counter_app.print import output as print_output
from counter_app.roles import COMMAND_LINE, Role
from counter_app.ui.application import AppController
from counter_app.ui.messages import MessageBar

from .helpers import add_user, login, wait_idle

A = COMMAND_LINE
NIP = "196804111993031009"
PKWT_EXTRAS = {"jumlah_pekerja": "12", "jangka_waktu": "1 Januari 2027 s.d. 31 Desember 2027"}


@dataclass
class FakeLetterPrinter:
    """Stands in for print.output.print_letter: remembers the jobs, or fails like a printer that is off."""

    fail_with: str = ""
    jobs: list[tuple[str, str]] = field(default_factory=list)

    def __call__(self, data: documents.LetterData, printer_name: str | None) -> int:
        if self.fail_with:
            raise print_base.PrintError(self.fail_with)
        self.jobs.append((data.number, printer_name or ""))
        return 1


def install_fake_printer(monkeypatch: pytest.MonkeyPatch) -> FakeLetterPrinter:
    """Replace the OS print path of letters (must be done before the screens are built, i.e. before login)."""
    fake = FakeLetterPrinter()
    monkeypatch.setattr(print_output, "print_letter", fake)
    return fake


def add_signatory(core: Core) -> letters.Signatory:
    """The Kepala Dinas as the Admin would enter him."""
    return core.letters.save_signatory(
        A,
        letters.SignatoryInput(
            jabatan="KEPALA DINAS TENAGA KERJA\nKABUPATEN MOJOKERTO",
            name="Drs. BUDI SANTOSO, M.Si.",
            golongan="IV/c",
            nip=NIP,
        ),
    )


def pkwt_application(
    core: Core, name: str = "PT Sinar Jaya Abadi", nik: str = "3516084107900001"
) -> ApplicationSummary:
    """A PKWT application received at the desk with every document ticked."""
    ids = {s.key: s.id for s in core.catalogue.list_services(A)}
    view = core.intake.start(A, service_id=ids["pkwt"], applicant=PersonInput(nik=nik, name=name))
    view = core.intake.save_items(A, view.id, [ItemMark(i.requirement_id, True) for i in view.items])
    outcome = core.intake.finish(A, view.id)
    assert outcome.application is not None
    return outcome.application


def pkwt_template(core: Core) -> letters.LetterTemplate:
    """The bundled Bukti Pencatatan PKWT template."""
    return core.letters.templates(A, service_key="pkwt")[0]


def issue_pkwt(core: Core, name: str = "PT Sinar Jaya Abadi", nik: str = "3516084107900001") -> letters.IssuedDocument:
    """A Bukti Pencatatan PKWT issued through the core (waiting to be printed)."""
    core.letters.set_renderer(letter_print.letter_pdf_bytes)
    application = pkwt_application(core, name, nik)
    return core.letters.issue(A, application.id, pkwt_template(core).id, PKWT_EXTRAS)


def open_screen(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], role: Role, key: str
) -> tuple[AppController, QWidget, MessageBar]:
    """Sign in as a user of ``role`` and show the screen ``key``."""
    add_user(core, "petugas", role, full_name="Nur Aini")
    controller = make_controller()
    main = login(qtbot, controller, "petugas")
    screen = main.show_screen(key)
    wait_idle(qtbot, controller)
    bar = main.findChild(MessageBar)
    assert bar is not None
    return controller, screen, bar


def stored_document(core: Core, document_id: uuid.UUID) -> letters.IssuedDocument:
    """The document as the store has it now."""
    return core.letters.document(A, document_id)
