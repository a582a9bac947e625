"""An invented job seeker typed into the interview form key by key (shared by the UI and crash tests)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit

from counter_app import jobseekers
from counter_app.jobseekers import (
    DesiredJob,
    EducationRow,
    ExperienceRow,
    JobSeekerProfile,
    LanguageRow,
    TrainingRow,
)
from counter_app.ui.interview_form import InterviewForm, RowsEditor

NIK = "3516084512000002"  # Mojosari, a woman born 05-12-2000

# The first half of an interview: identity only (what the crash test types before the power cut).
HALF = JobSeekerProfile(
    nik=NIK,
    kk="3516080101200003",
    name="Siti Nur'aini Rahmawati",
    birth_place="Mojokerto",
    birth_date=dt.date(2000, 12, 5),
    sex="P",
    religion="1",
    marital_status=jobseekers.MaritalStatus.BELUM_KAWIN.value,
    address="Jl. Raya Mojosari No. 12, RT 02/RW 03",
    kecamatan_code="35.16.08",
    desa_code="35.16.08.1004",
)

FULL = JobSeekerProfile(
    **{
        **HALF.__dict__,
        "postcode": "61382",
        "phone": "0812-3456-7890",
        "email": "siti.rahma@contoh.com",
        "height_cm": 158,
        "weight_kg": 50,
        "education": (
            EducationRow("SMP", "SMPN 1 Mojosari", "", 2012, 2015, "27,5"),
            EducationRow("SMK", "SMKN 1 Pungging", "Akuntansi", 2015, 2018, "85,5"),
        ),
        "training": (TrainingRow("Operator komputer", "BLK Mojokerto", 2019),),
        "languages": (LanguageRow("Inggris", "Pasif"), LanguageRow("Jawa", "Aktif")),
        "experience": (ExperienceRow("PT Maju Jaya Mojosari", "Admin gudang", 2019, 2022),),
        "desired_jobs": (DesiredJob("4", "Staf administrasi", "Mojokerto"),),
        "notes": "Siap kerja segera; bersedia shift.",
    }
)


def type_text(field: QLineEdit, text: str) -> None:
    """Click into ``field`` and type ``text`` key by key."""
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    QTest.keyClicks(field, text)


def choose(combo: QComboBox, code: str) -> None:
    """Pick the entry whose data is ``code`` (as choosing it from the list would)."""
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def _type_rows(editor: RowsEditor, rows: list[list[str]]) -> None:
    for values in rows:
        QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        row = editor.table.rowCount() - 1
        for column, value in enumerate(values):
            if value:
                editor.set_cell(row, column, value)


def _y(value: int | None) -> str:
    return "" if value is None else str(value)


def type_profile(form: InterviewForm, profile: JobSeekerProfile) -> None:
    """Type ``profile`` into the form: text by keystrokes, choices from the lists, rows with Tambah."""
    for field, value in (
        (form.nik, profile.nik),
        (form.kk, profile.kk),
        (form.name, profile.name),
        (form.birth_place, profile.birth_place),
        (form.birth_date, f"{profile.birth_date:%d-%m-%Y}" if profile.birth_date else ""),
    ):
        if value:
            type_text(field, value)
    for combo, code in ((form.sex, profile.sex), (form.religion, profile.religion)):
        if code:
            choose(combo, code)
    if profile.marital_status:
        choose(form.marital, profile.marital_status)
    if profile.address:
        type_text(form.address, profile.address)
    if profile.kecamatan_code:
        choose(form.kecamatan, profile.kecamatan_code)
    if profile.desa_code:
        choose(form.desa, profile.desa_code)
    for field, value in ((form.postcode, profile.postcode), (form.phone, profile.phone), (form.email, profile.email)):
        if value:
            type_text(field, value)
    if profile.height_cm:
        form.height_field.setValue(profile.height_cm)
    if profile.weight_kg:
        form.weight_field.setValue(profile.weight_kg)
    _type_rows(
        form.education,
        [[r.level, r.school, r.major, _y(r.year_in), _y(r.year_out), r.score] for r in profile.education],
    )
    _type_rows(form.training, [[r.name, r.institution, _y(r.year)] for r in profile.training])
    _type_rows(form.languages, [[r.language, r.level] for r in profile.languages])
    _type_rows(form.experience, [[r.company, r.position, _y(r.year_in), _y(r.year_out)] for r in profile.experience])
    _type_rows(form.desired, [[r.kbji_group, r.title, r.location] for r in profile.desired_jobs])
    if profile.notes:
        QTest.keyClicks(form.notes, profile.notes)
