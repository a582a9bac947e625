"""Screenshots of the AK/1 interview (issue 5): every tab of the form, the search results, the record."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import screenshots as shots
from PIL import Image, ImageDraw

from counter_app import demo, photo
from counter_app import jobseekers as js
from counter_app.drafts import DraftStore
from counter_app.ui.application import AppController
from counter_app.ui.jobseekers_screen import JobseekersScreen
from counter_app.ui.messages import MessageBar
from counter_app.ui.photo_crop_dialog import PhotoCropDialog

TAB_NAMES = ("identitas", "pendidikan", "pelatihan", "bahasa", "pengalaman", "jabatan", "foto", "catatan")

# An invented applicant, as the Pengantar kerja would type her during the interview.
PROFILE = js.JobSeekerProfile(
    nik="3516084512000002",
    kk="3516080101200003",
    name="Siti Nur'aini Rahmawati",
    birth_place="Mojokerto",
    birth_date=dt.date(2000, 12, 5),
    sex="P",
    religion="1",
    marital_status=js.MaritalStatus.BELUM_KAWIN.value,
    address="Jl. Raya Mojosari No. 12, RT 02/RW 03, Dusun Kauman",
    kecamatan_code="35.16.08",
    desa_code="35.16.08.1004",
    postcode="61382",
    phone="0812-3456-7890",
    email="siti.rahma@contoh.com",
    height_cm=158,
    weight_kg=50,
    education=(
        js.EducationRow("SD", "SDN Kauman 1", "", 2006, 2012, "26,80"),
        js.EducationRow("SMP", "SMPN 1 Mojosari", "", 2012, 2015, "27,50"),
        js.EducationRow("SMK", "SMKN 1 Pungging", "Akuntansi", 2015, 2018, "85,5"),
        js.EducationRow("D3", "Politeknik Negeri Malang", "Akuntansi", 2018, 2021, "3,41"),
    ),
    training=(
        js.TrainingRow("Operator komputer (Microsoft Office)", "BLK Kabupaten Mojokerto", 2019),
        js.TrainingRow("Brevet pajak A dan B", "IAI Jawa Timur", 2022),
        js.TrainingRow("Mengemudi (SIM C)", "", 2018),
    ),
    languages=(
        js.LanguageRow("Indonesia", "Aktif"),
        js.LanguageRow("Jawa", "Aktif"),
        js.LanguageRow("Inggris", "Pasif"),
    ),
    experience=(
        js.ExperienceRow("PT Maju Jaya Mojosari", "Admin gudang", 2021, 2023),
        js.ExperienceRow("Koperasi Sejahtera Ngoro", "Kasir", 2023, 2025),
    ),
    desired_jobs=(
        js.DesiredJob("4", "Staf administrasi keuangan", "Kabupaten Mojokerto"),
        js.DesiredJob("3", "Teknisi akuntansi", "Surabaya / Sidoarjo"),
    ),
    notes=(
        "Membawa ijazah D3 dan transkrip asli. Bersedia kerja shift dan ditempatkan di kawasan industri Ngoro.\n"
        "Perusahaan sasaran: PT Ajinomoto Mojokerto, PT Tjiwi Kimia."
    ),
)


def _photo() -> bytes:
    """An invented pas photo on a red background, prepared as the form prepares an uploaded file."""
    image = Image.new("RGB", (600, 800), (190, 40, 45))
    draw = ImageDraw.Draw(image)
    draw.ellipse((190, 120, 410, 420), fill=(222, 184, 150))
    draw.rectangle((90, 500, 510, 800), fill=(245, 245, 245))
    draw.polygon([(300, 500), (240, 800), (360, 800)], fill=(30, 40, 80))
    out = io.BytesIO()
    image.save(out, "JPEG")
    return photo.prepare_photo(out.getvalue())


def _camera_picture() -> bytes:
    """An invented landscape webcam picture with the applicant left of centre, as cameras deliver it."""
    image = Image.new("RGB", (1280, 960), (200, 205, 210))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1280, 560), fill=(232, 228, 214))  # wall
    draw.rectangle((860, 120, 1180, 420), fill=(120, 150, 170))  # a notice board behind
    draw.rectangle((250, 180, 770, 960), fill=(190, 40, 45))  # red cloth held behind the head
    draw.ellipse((380, 250, 640, 600), fill=(222, 184, 150))
    draw.ellipse((370, 220, 650, 380), fill=(40, 30, 30))  # hair
    draw.rectangle((300, 650, 720, 960), fill=(245, 245, 245))
    draw.polygon([(510, 650), (450, 960), (570, 960)], fill=(30, 40, 80))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def shoot_crop(out: Path) -> None:
    """Draw the Potong Pas Foto dialog with the frame moved over the applicant."""
    dialog = PhotoCropDialog(photo.load_for_crop(_camera_picture()))
    dialog.resize(1000, 660)
    dialog.show()
    dialog.view.set_crop(photo.CropBox(255, 170, 510, 680))
    for _ in range(5):
        shots.QApplication.processEvents()
    path = out / "ak1_form-photo_crop.png"
    if not dialog.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"  {path.relative_to(shots.ROOT) if path.is_relative_to(shots.ROOT) else path}")
    dialog.close()


def shoot(folder: Path, out: Path) -> None:
    """Draw the search screen, every tab of the interview form, the crop dialog and a record to ``out``."""
    core = shots.make_core(folder, "ak1_form.db")
    try:
        demo.seed(core)
        services = dataclasses.replace(
            shots.services_for(core), jobseekers=core.jobseekers, drafts=DraftStore(folder / "ak1_drafts")
        )
        controller = AppController(services)
        controller.start(core.auth.needs_first_admin())
        main_window = shots.login(controller, "pengantar")
        screen = main_window.show_screen("jobseekers")
        assert isinstance(screen, JobseekersScreen)
        bar = main_window.findChild(MessageBar)

        def hide_bar() -> None:
            if bar is not None:
                bar.hide()

        screen.search("3516-")  # every number from the office pattern
        shots.settle(controller)
        hide_bar()
        shots.shoot(main_window, out / "ak1_form-search.png")

        screen.new_button.click()
        screen.new_form.set_profile(PROFILE)
        screen.new_form.set_photo(_photo())
        screen.number_field.setText("3516-2026-004218")
        shots.settle(controller)
        for index, name in enumerate(TAB_NAMES):
            screen.new_form.tabs.setCurrentIndex(index)
            hide_bar()
            shots.shoot(main_window, out / f"ak1_form-tab{index + 1}-{name}.png")
        screen.new_form.discard_draft()
        shoot_crop(out)

        officer = core.auth.login("pengantar", demo.DEMO_PASSWORD)
        seeker = core.jobseekers.find_by_nik(officer, demo.DEMO_JOBSEEKERS[3][0])  # one report-back done
        assert seeker is not None
        screen.open_record(seeker.id)
        shots.settle(controller)
        hide_bar()
        shots.shoot(main_window, out / "ak1_form-record.png")
        shots.logout(controller)
        controller.login_window.close()
        controller.shutdown()
    finally:
        core.close()
