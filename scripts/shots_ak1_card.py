"""Screenshots of the AK/1 card (issue 5): the print dialog with its preview, the IPK report, both card halves."""

from __future__ import annotations

import dataclasses
import io
import uuid
from pathlib import Path

import screenshots as shots
from PIL import Image, ImageDraw

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from counter_app import demo
from counter_app import jobseekers as js
from counter_app import settings as settings_mod
from counter_app.print import ak1_card, ipk_report
from counter_app.ui.application import AppController
from counter_app.ui.card_dialog import CardDialog
from counter_app.ui.dialogs import DialogService
from counter_app.ui.errors import ErrorRouter
from counter_app.ui.ipk_screen import IpkScreen
from counter_app.ui.messages import MessageBar
from counter_app.ui.tasks import TaskRunner

DIALOG_SIZE = QSize(1260, 680)
HALF_DPI = 150
# An invented applicant with more schools and trainings than the card has rows for.
CROWDED = js.JobSeekerProfile(
    nik="3516085507010004",
    name="Dewi Kartika Sari",
    birth_place="Mojokerto",
    sex="P",
    religion="1",
    marital_status=js.MaritalStatus.BELUM_KAWIN.value,
    education=(
        js.EducationRow("SD", "MI Al Hidayah Ngoro", "", 2007, 2010),
        js.EducationRow("SD", "SDN Kutogirang 2", "", 2010, 2013),
        js.EducationRow("SMP", "SMPN 1 Ngoro", "", 2013, 2016),
        js.EducationRow("SMA", "SMAN 1 Sooko", "IPS", 2016, 2019),
        js.EducationRow("SMK", "SMK PGRI 1 Mojokerto", "Perhotelan", 2019, 2020),
        js.EducationRow("D1", "LP3I Mojokerto", "Administrasi perkantoran", 2020, 2021),
        js.EducationRow("D3", "Politeknik Negeri Malang", "Akuntansi", 2021, 2024),
        js.EducationRow("S1", "Universitas Terbuka", "Manajemen", 2024, 2026),
    ),
    training=(
        js.TrainingRow("Menjahit", "LPK Melati", 2015),
        js.TrainingRow("Operator komputer", "BLK Kabupaten Mojokerto", 2021),
        js.TrainingRow("Bahasa Jepang N4", "LPK Sakura", 2025),
        js.TrainingRow("Barista", "", None),
        js.TrainingRow("Akuntansi MYOB", "BLK Surabaya", 2023),
    ),
)


def _photo() -> bytes:
    """An invented 3x4 photo (red background, as the office asks for)."""
    image = Image.new("RGB", (300, 400), (190, 40, 45))
    draw = ImageDraw.Draw(image)
    draw.ellipse((95, 60, 205, 210), fill=(222, 184, 150))
    draw.rectangle((45, 250, 255, 400), fill=(245, 245, 245))
    draw.polygon([(150, 250), (120, 400), (180, 400)], fill=(30, 40, 80))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _save(image: object, path: Path) -> None:
    if not image.save(str(path)):  # type: ignore[attr-defined]
        raise OSError(f"could not write {path}")
    print(f"  {path.relative_to(shots.ROOT) if path.is_relative_to(shots.ROOT) else path}")


def shoot(folder: Path, out: Path) -> None:
    """Draw the card dialog, the IPK screen and the card halves to ``out``."""
    core = shots.make_core(folder, "ak1_card.db")
    try:
        demo.seed(core)
        officer = core.auth.login("pengantar", demo.DEMO_PASSWORD)
        seeker = core.jobseekers.find_by_nik(officer, demo.DEMO_JOBSEEKERS[3][0])  # one report-back done
        assert seeker is not None

        # The print dialog, blank mode with a calibrated printer.
        container = QWidget()
        dialogs = DialogService()
        errors = ErrorRouter(dialogs)
        runner = TaskRunner(errors.handle, container)
        station = settings_mod.Settings(
            card_printer="EPSON-L3210-Loket",
            card_mode="full",
            card_offsets={"EPSON-L3210-Loket": {"dx_mm": 1.5, "dy_mm": -0.5}},
        )

        def shoot_dialog(seeker_id: uuid.UUID, name: str) -> None:
            dialog = CardDialog(
                jobseekers=core.jobseekers,
                principal=officer,
                seeker_id=seeker_id,
                settings=station,
                save_settings=lambda _s: None,
                runner=runner,
                dialogs=dialogs,
                print_card=lambda *_a, **_k: None,
                print_calibration=lambda _p: None,
                printer_names=lambda: ["EPSON-L3210-Loket", "HP-LaserJet-TU"],
            )
            dialog.resize(DIALOG_SIZE)
            dialog.show()
            shots.wait_until(lambda: not runner.busy and dialog.print_button.isEnabled())
            for _ in range(5):
                shots.QApplication.processEvents()
            _save(dialog.grab(), out / name)
            dialog.close()

        shoot_dialog(seeker.id, "ak1_card-dialog.png")
        # The same dialog for a seeker whose record holds more than the card has room for.
        crowded = core.jobseekers.register(officer, CROWDED, None, js.Registration("3516-2026-004219")).summary
        shoot_dialog(crowded.id, "ak1_card-dialog_omitted.png")

        # The IPK report inside the main window, as the Pengantar kerja sees it.
        services = dataclasses.replace(shots.services_for(core), jobseekers=core.jobseekers)
        controller = AppController(services)
        controller.start(core.auth.needs_first_admin())
        main_window = shots.login(controller, "pengantar")
        screen = main_window.show_screen("ipk")
        assert isinstance(screen, IpkScreen)
        shots.settle(controller)
        bar = main_window.findChild(MessageBar)
        if bar is not None:
            bar.hide()
        shots.shoot(main_window, out / "ak1_card-ipk_report.png")
        report = core.jobseekers.ipk_report(officer, shots.SHOT_TIME.year, shots.SHOT_TIME.month)
        _save(ipk_report.report_image(report, 110), out / "ak1_card-ipk_pdf.png")
        shots.logout(controller)
        controller.login_window.close()
        controller.shutdown()

        # Both halves of a card as printed on plain paper (with an invented photo), for the README.
        card = dataclasses.replace(core.jobseekers.card_data(officer, seeker.id), photo_png=_photo())
        sheet = ak1_card.card_image(card, HALF_DPI)
        _save(ak1_card.half(sheet, 1), out / "ak1_card-half1.png")
        _save(ak1_card.half(sheet, 2), out / "ak1_card-half2.png")
        _save(ak1_card.calibration_image(100), out / "ak1_card-calibration.png")
    finally:
        core.close()
