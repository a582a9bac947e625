"""Every report PDF prints the kop saved in Profil Kantor: supervisor, SKM and IPK III/1 reports (both engines)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image
from support import pdf

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from counter_app import ipk_export, letterhead
from counter_app.core import Core
from counter_app.print import ipk_report, report_pdf, skm_report
from counter_app.roles import COMMAND_LINE

pytestmark = pytest.mark.golden

A = COMMAND_LINE
DAY = dt.date(2026, 11, 23)
NEW_LINES = ("PEMERINTAH KABUPATEN CONTOH", "DINAS UJI", "Jalan Percobaan Nomor 9, Contoh 60000", "Telepon (031) 123")
OLD_LINES = ("PEMERINTAH KABUPATEN MOJOKERTO", "DINAS TENAGA KERJA", "Jalan Raya Jabon")


def red_logo_png() -> bytes:
    image = QImage(60, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#d01010"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def save_new_kop(core: Core, *, logo: bytes | None = None) -> None:
    profile = dataclasses.replace(
        core.letters.profile(A),
        government=NEW_LINES[0],
        office=NEW_LINES[1],
        address_lines=(NEW_LINES[2],),
        contact_line=NEW_LINES[3],
        web_line="",
        logo_png=logo,
    )
    core.letters.save_profile(A, profile)


def flat(path: Path) -> str:
    return " ".join(pdf.pdf_text(path).split())


def assert_new_kop(text: str) -> None:
    assert " ".join(NEW_LINES) in text  # the four lines, top to bottom
    for old in OLD_LINES:
        assert old not in text, old


def test_the_defaults_print_until_the_admin_saves_a_kop(qapp: QApplication, core: Core, tmp_path: Path) -> None:
    report = core.reports.report(A, DAY, DAY)
    assert report.kop == letterhead.DEFAULT_KOP
    text = flat(report_pdf.report_to_pdf(report, tmp_path / "laporan.pdf"))
    assert " ".join(letterhead.DEFAULT_KOP.lines) in text


def test_every_report_pdf_prints_the_saved_kop(qapp: QApplication, core: Core, tmp_path: Path) -> None:
    save_new_kop(core)

    supervisor = core.reports.report(A, DAY, DAY)
    assert_new_kop(flat(report_pdf.report_to_pdf(supervisor, tmp_path / "laporan.pdf")))

    skm = core.survey.report(A, DAY, DAY)
    assert_new_kop(flat(skm_report.skm_report_to_pdf(skm, tmp_path / "skm.pdf")))

    ipk = core.jobseekers.ipk_report(A, 2026, 11)
    text = flat(ipk_report.report_pdf(ipk, tmp_path / "ipk.pdf"))
    assert_new_kop(text)
    assert "IKHTISAR STATISTIK ANTAR KERJA (IPK III/1)" in text  # the kop's extra lines still leave room
    book = load_workbook(ipk_export.report_to_xlsx(ipk, tmp_path / "ipk.xlsx"))
    assert book[ipk_export.SHEET_TITLES[0]]["A2"].value == "PEMERINTAH KABUPATEN CONTOH - DINAS UJI"


def test_the_saved_logo_prints_left_of_the_kop(qapp: QApplication, core: Core, tmp_path: Path) -> None:
    save_new_kop(core, logo=red_logo_png())
    report = core.reports.report(A, DAY, DAY)
    assert report.kop.logo_png is not None
    png = pdf.rasterize(report_pdf.report_to_pdf(report, tmp_path / "logo.pdf"), dpi=100)
    page = Image.open(png).convert("RGB")
    # 15 mm margin, 20 mm logo: the square from 16 to 34 mm is red; the text column right of it is not.
    red = [page.getpixel((round(mm / 25.4 * 100), round(mm / 25.4 * 100))) for mm in (17, 25, 33)]
    assert all(r > 180 and g < 60 and b < 60 for r, g, b in red), red
    assert page.getpixel((round(105 / 25.4 * 100), round(40 / 25.4 * 100)))[1] > 200  # no red in the middle


def test_a_damaged_saved_logo_does_not_stop_the_report() -> None:
    saved = {"government": "PEMERINTAH KOTA UJI", "office": "DINAS UJI", "logo_png": "@@not base64@@"}
    kop = letterhead.kop_from_profile(saved)
    assert (kop.government, kop.logo_png) == ("PEMERINTAH KOTA UJI", None)
    assert kop.address_lines == letterhead.DEFAULT_KOP.address_lines  # never saved: the defaults


def test_the_skm_report_is_signed_at_the_place_saved_in_profil_kantor(
    qapp: QApplication, core: Core, tmp_path: Path
) -> None:
    signed_at = re.compile(r"(\w+), \d{1,2} [A-Z][a-z]+ \d{4}")
    before = flat(skm_report.skm_report_to_pdf(core.survey.report(A, DAY, DAY), tmp_path / "skm-awal.pdf"))
    assert "Mojokerto" in signed_at.findall(before)  # the default until the admin saves Profil Kantor
    core.letters.save_profile(A, dataclasses.replace(core.letters.profile(A), place="Jombang"))
    report = core.survey.report(A, DAY, DAY)
    assert report.place == "Jombang"
    text = flat(skm_report.skm_report_to_pdf(report, tmp_path / "skm.pdf"))
    assert signed_at.findall(text) == ["Jombang"]
