"""Screenshots of letters and registers (issue 6): office profile, a letter preview, a register, verification."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from pathlib import Path

import screenshots as shots

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication

from counter_app import demo, letters
from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.intake import ItemMark, PersonInput
from counter_app.print import letter as letter_print
from counter_app.roles import COMMAND_LINE
from counter_app.ui.application import AppController
from counter_app.ui.applications_screen import ApplicationsScreen
from counter_app.ui.letters_screen import LettersScreen
from counter_app.ui.office_screen import OfficeScreen
from counter_app.ui.verify_screen import VerifyScreen

A = COMMAND_LINE
DIALOG_SIZE = QSize(1180, 800)


def _logo() -> bytes:
    """A plain stand-in for the regency's coat of arms (the real one is the office's own file)."""
    from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt

    image = QImage(240, 280, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#7a5c00"), 8))
    painter.setBrush(QColor("#1f6f3f"))
    painter.drawRoundedRect(QRectF(20, 20, 200, 240), 60, 60)
    painter.setPen(QColor("#f2c230"))
    font = QFont()
    font.setPixelSize(64)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(20, 20, 200, 240), Qt.AlignmentFlag.AlignCenter, "MJK")
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def _receive(core: Core, clock: FixedClock, key: str, nik: str, name: str, at: dt.datetime) -> uuid.UUID:
    ids = {s.key: s.id for s in core.catalogue.list_services(A)}
    clock.set(at)
    view = core.intake.start(A, service_id=ids[key], applicant=PersonInput(nik=nik, name=name))
    view = core.intake.save_items(A, view.id, [ItemMark(i.requirement_id, True) for i in view.items])
    application = core.intake.finish(A, view.id).application
    assert application is not None
    return application.id


def _seed(core: Core, clock: FixedClock) -> tuple[uuid.UUID, letters.IssuedDocument]:
    """Signatories, a logo, and a morning of issued letters: printed, waiting, one cancelled."""
    core.letters.set_renderer(letter_print.letter_pdf_bytes)
    core.letters.save_profile(A, dataclasses.replace(core.letters.profile(A), logo_png=_logo()))
    core.letters.save_signatory(
        A,
        letters.SignatoryInput(
            jabatan="KEPALA DINAS TENAGA KERJA\nKABUPATEN MOJOKERTO",
            name="Drs. BUDI SANTOSO, M.Si.",
            golongan="IV/c",
            nip="196804111993031009",
        ),
    )
    core.letters.save_signatory(
        A,
        letters.SignatoryInput(
            jabatan="KEPALA BIDANG HUBUNGAN INDUSTRIAL",
            name="SITI ROMLAH, S.H., M.H.",
            golongan="IV/a",
            nip="197502142000032003",
            role="kabid_hi",
            authority="a.n.",
            on_behalf_of="KEPALA DINAS TENAGA KERJA",
        ),
    )
    pkwt = core.letters.templates(A, service_key="pkwt")[0]
    companies = [
        ("3516084107900001", "PT Sinar Jaya Abadi", "24", "1 Januari 2027 s.d. 31 Desember 2027"),
        ("3516084107900002", "CV Maju Bersama", "6", "1 Desember 2026 s.d. 30 November 2027"),
        ("3516084107900003", "PT Ngoro Industri Persada", "120", "1 Januari 2027 s.d. 30 Juni 2028"),
        ("3516084107900004", "PT Mojopahit Tekstil", "45", "15 Desember 2026 s.d. 14 Desember 2027"),
        ("3516084107900005", "UD Sumber Rejeki", "3", "1 Desember 2026 s.d. 31 Mei 2027"),
    ]
    issued: list[letters.IssuedDocument] = []
    for i, (nik, name, count, period) in enumerate(companies):
        app = _receive(core, clock, "pkwt", nik, name, dt.datetime(2026, 11, 23 + i // 2, 8, 10 + 7 * i))
        clock.set(dt.datetime(2026, 11, 23 + i // 2, 13, 5 + 9 * i))
        doc = core.letters.issue(A, app, pkwt.id, {"jumlah_pekerja": count, "jangka_waktu": period})
        issued.append(doc)
    for doc in issued[:3]:
        core.letters.record_print(A, doc.id, "HP-LaserJet-Loket3", True)
    core.letters.cancel(A, issued[1].id, "Jumlah pekerja salah; diterbitkan ulang dengan nomor baru")
    core.letters.record_print(A, issued[3].id, "HP-LaserJet-Loket3", False, "Printer tidak menjawab")
    waiting = _receive(
        core, clock, "pkwt", "3516084107900006", "PT Brantas Sejahtera", dt.datetime(2026, 11, 25, 8, 40)
    )
    clock.set(shots.SHOT_TIME)
    return waiting, issued[0]


def _grab(widget: object, path: Path, size: QSize) -> None:
    widget.resize(size)  # type: ignore[attr-defined]
    widget.show()  # type: ignore[attr-defined]
    for _ in range(8):
        QApplication.processEvents()
    if not widget.grab().save(str(path)):  # type: ignore[attr-defined]
        raise OSError(f"could not write {path}")
    print(f"  {path.relative_to(shots.ROOT) if path.is_relative_to(shots.ROOT) else path}")


def shoot(folder: Path, out: Path) -> None:
    """Draw the letter screens with demo data into ``out``."""
    clock = FixedClock(dt.datetime(2026, 11, 23, 8, 0))
    core = shots.make_core(folder, "letters.db", clock)
    try:
        demo.seed(core)
        waiting_app, printed = _seed(core, clock)
        services = dataclasses.replace(shots.services_for(core), letters=core.letters)

        controller = AppController(services)
        controller.start(core.auth.needs_first_admin())
        main = shots.login(controller, "admin")
        office = main.show_screen("office")
        assert isinstance(office, OfficeScreen)
        shots.settle(controller)
        shots.shoot(main, out / "letters-office.png")
        office.tabs.setCurrentIndex(1)
        office.signatory_table.selectRow(0)
        shots.settle(controller)
        shots.shoot(main, out / "letters-office-signatories.png")
        office.tabs.setCurrentIndex(2)
        row = next(i for i, r in enumerate(office.register_model.rows) if r.key == "hubungan_industrial")
        office.register_table.selectRow(row)
        shots.settle(controller)
        shots.shoot(main, out / "letters-office-registers.png")
        office.tabs.setCurrentIndex(3)
        row = next(i for i, t in enumerate(office.template_model.rows) if t.key == "bukti_pencatatan_pkwt")
        office.template_table.selectRow(row)
        shots.settle(controller)
        shots.shoot(main, out / "letters-office-template.png")
        shots.logout(controller)

        main = shots.login(controller, "verifikator")
        register = main.show_screen("letters")
        assert isinstance(register, LettersScreen)
        shots.settle(controller)
        register.select_register(printed.register_id, 2026)
        shots.settle(controller)
        register.entry_table.selectRow(0)
        shots.settle(controller)
        shots.shoot(main, out / "letters-register.png")

        verify = main.show_screen("verify")
        assert isinstance(verify, VerifyScreen)
        verify.check(letters.qr_text(printed.number, printed.verification_code))
        shots.settle(controller)
        shots.shoot(main, out / "letters-verify.png")

        applications = main.show_screen("applications")
        assert isinstance(applications, ApplicationsScreen)
        shots.settle(controller)
        applications.select_application(waiting_app)
        shots.settle(controller)
        applications.issue_letter_button.click()
        dialog = applications.letter_dialog
        assert dialog is not None
        shots.settle(controller)
        dialog.field_edit("jumlah_pekerja").setText("38")
        dialog.field_edit("jangka_waktu").setText("1 Januari 2027 s.d. 31 Desember 2027")
        dialog.refresh_preview()
        shots.settle(controller)
        shots.wait_until(lambda: dialog.issue_button.isEnabled())
        shots.settle(controller)
        _grab(dialog, out / "letters-preview.png", DIALOG_SIZE)
        dialog.close()
        shots.settle(controller)
        shots.logout(controller)
        controller.login_window.close()
        controller.shutdown()
    finally:
        core.close()
