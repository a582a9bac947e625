"""Profil Kantor on the real core: kop and logo, signatories with the NIP check, registers, templates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from support.fakes import FakeDialogService

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from counter_app.core import Core
from counter_app.letters import ClassificationScheme, Paper
from counter_app.roles import Role
from counter_app.ui.application import AppController
from counter_app.ui.messages import MessageBar
from counter_app.ui.office_screen import OfficeScreen, paragraphs, parse_extra_fields

from .helpers import click, wait_idle
from .letter_helpers import NIP, A, open_screen


def _open(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> tuple[AppController, OfficeScreen, MessageBar]:
    controller, screen, bar = open_screen(qtbot, core, make_controller, Role.ADMIN, "office")
    assert isinstance(screen, OfficeScreen)
    return controller, screen, bar


def _png(path: Path) -> Path:
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f6fb2"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    path.write_bytes(bytes(buffer.data().data()))
    return path


def test_the_profile_is_saved_with_its_logo_paper_and_scheme(
    qtbot: QtBot,
    core: Core,
    make_controller: Callable[..., AppController],
    dialogs: FakeDialogService,
    tmp_path: Path,
) -> None:
    controller, screen, bar = _open(qtbot, core, make_controller)
    assert screen.government_edit.text() == "PEMERINTAH KABUPATEN MOJOKERTO"
    dialogs.open_path = _png(tmp_path / "logo.png")
    click(qtbot, screen.logo_button)
    wait_idle(qtbot, controller)
    assert not screen.logo_label.pixmap().isNull()
    screen.paper_combo.setCurrentIndex(1)
    screen.scheme_combo.setCurrentIndex(1)
    screen.address_edit.setPlainText("Jalan Raya Jabon Km. 6\nMojoanyar, Mojokerto 61364")
    click(qtbot, screen.profile_save_button)
    wait_idle(qtbot, controller)
    profile = core.letters.profile(A)
    assert profile.paper is Paper.F4 and profile.scheme is ClassificationScheme.OLD
    assert profile.address_lines == ("Jalan Raya Jabon Km. 6", "Mojoanyar, Mojokerto 61364")
    assert profile.logo_png == dialogs.open_path.read_bytes()
    assert bar.text == "Profil kantor disimpan."


def test_a_signatory_with_a_wrong_nip_is_refused_and_the_fixed_one_saved(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    controller, screen, bar = _open(qtbot, core, make_controller)
    screen.tabs.setCurrentIndex(1)
    screen.jabatan_edit.setPlainText("KEPALA DINAS TENAGA KERJA\nKABUPATEN MOJOKERTO")
    qtbot.keyClicks(screen.signatory_name_edit, "Drs. BUDI SANTOSO, M.Si.")
    screen.golongan_combo.setCurrentIndex(screen.golongan_combo.findData("IV/c"))
    qtbot.keyClicks(screen.nip_edit, "19681311 199303 1 009")  # month 13
    assert "bukan tanggal lahir" in screen.nip_check.text()
    click(qtbot, screen.signatory_save_button)
    wait_idle(qtbot, controller)
    assert core.letters.signatories(A) == []
    assert bar.level == "error" and "tanggal lahir" in bar.text
    assert screen.signatory_name_edit.text() == "Drs. BUDI SANTOSO, M.Si."  # nothing typed is lost
    screen.nip_edit.setText("19680411 199303 1 009")
    assert screen.nip_check.text().startswith("NIP sah: lahir 11 April 1968")
    click(qtbot, screen.signatory_save_button)
    wait_idle(qtbot, controller)
    (saved,) = core.letters.signatories(A)
    assert (saved.name, saved.nip, saved.golongan, saved.pangkat) == (
        "Drs. BUDI SANTOSO, M.Si.",
        NIP,
        "IV/c",
        "Pembina Utama Muda",
    )
    assert [s.name for s in screen.signatory_model.rows] == ["Drs. BUDI SANTOSO, M.Si."]


def test_the_register_form_shows_a_live_example_and_saves_a_new_register(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    controller, screen, bar = _open(qtbot, core, make_controller)
    screen.tabs.setCurrentIndex(2)
    click(qtbot, screen.register_new_button)
    qtbot.keyClicks(screen.register_key_edit, "rekomendasi")
    qtbot.keyClicks(screen.register_name_edit, "Register Rekomendasi")
    screen.number_template_edit.setText("{klasifikasi}/{urut}/{kode_unit}/{bulan_romawi}/{tahun}")
    screen.klas_new_edit.setText("500.15.2")
    assert screen.number_example.text() == "500.15.2/1/416-115/XI/2026"
    screen.number_template_edit.setText("{klasifikasi}/{nomer}/{tahun}")
    assert "{nomer}" in screen.number_example.text()
    click(qtbot, screen.register_save_button)
    wait_idle(qtbot, controller)
    assert "rekomendasi" not in {r.key for r in core.letters.registers(A)}
    assert "{nomer}" in bar.text
    screen.number_template_edit.setText("{klasifikasi}/{urut}/{kode_unit}/{tahun}")
    click(qtbot, screen.register_save_button)
    wait_idle(qtbot, controller)
    saved = {r.key: r for r in core.letters.registers(A)}["rekomendasi"]
    assert (saved.name, saved.klasifikasi_new) == ("Register Rekomendasi", "500.15.2")
    assert "rekomendasi" in {r.key for r in screen.register_model.rows}


def test_a_template_with_an_unknown_placeholder_is_flagged_and_refused_until_fixed(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    controller, screen, bar = _open(qtbot, core, make_controller)
    screen.tabs.setCurrentIndex(3)
    row = next(i for i, t in enumerate(screen.template_model.rows) if t.key == "bukti_pencatatan_pkwt")
    screen.template_table.selectRow(row)
    assert screen.template_key_edit.text() == "bukti_pencatatan_pkwt"
    assert "{jumlah_pekerja}" in [
        screen.placeholder_list.item(i).text().split(" ")[0] for i in range(screen.placeholder_list.count())
    ]
    body = screen.body_edit.toPlainText()
    screen.body_edit.setPlainText(body + "\n\nDicatat atas nama {nama_perusahan}.")
    assert "{nama_perusahan}" in screen.placeholder_check.text()
    click(qtbot, screen.template_save_button)
    wait_idle(qtbot, controller)
    assert bar.level == "error" and "{nama_perusahan}" in bar.text
    stored = next(t for t in core.letters.templates(A) if t.key == "bukti_pencatatan_pkwt")
    assert not any("nama_perusahan" in p for p in stored.body)
    screen.body_edit.setPlainText(body + "\n\nDicatat atas nama {nama}.")
    assert screen.placeholder_check.text() == "Semua isian dikenal."
    screen.template_printer_edit.setText("HP-Loket-3")
    click(qtbot, screen.template_save_button)
    wait_idle(qtbot, controller)
    assert core.letters.printer_for(A, "bukti_pencatatan_pkwt") == "HP-Loket-3"
    stored = next(t for t in core.letters.templates(A) if t.key == "bukti_pencatatan_pkwt")
    assert stored.body[-1] == "Dicatat atas nama {nama}."
    assert "disimpan" in bar.text


def test_the_tables_are_well_behaved_models(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], qtmodeltester: ModelTester
) -> None:
    _controller, screen, _bar = _open(qtbot, core, make_controller)
    for model in (screen.signatory_model, screen.register_model, screen.template_model):
        qtmodeltester.check(model)


def test_editor_text_helpers() -> None:
    assert paragraphs("Satu\nbaris.\n\n\nDua.") == ("Satu baris.", "Dua.")
    fields = parse_extra_fields("negara_tujuan | Negara tujuan | wajib\ncatatan | Catatan | boleh kosong\n")
    assert [(f.name, f.required) for f in fields] == [("negara_tujuan", True), ("catatan", False)]


def test_ak1_options_are_saved_and_a_bad_pattern_keeps_what_was_typed(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    controller, screen, bar = _open(qtbot, core, make_controller)
    tab = screen.ak1_tab
    assert tab is not None
    assert tab.pattern_edit.text() == core.jobseekers.settings(A).number_pattern  # loaded from the store
    tab.pattern_edit.setText("AK1-{tanpa_arti}")
    tab.report_rows_spin.setValue(4)
    click(qtbot, tab.save_button)
    wait_idle(qtbot, controller)
    assert core.jobseekers.settings(A).report_rows == 3  # refused: nothing saved
    assert tab.pattern_edit.text() == "AK1-{tanpa_arti}" and tab.report_rows_spin.value() == 4
    assert bar.text  # the refusal says what to fix
    tab.pattern_edit.setText("AK1/{tahun}/{urut:05d}")
    click(qtbot, tab.save_button)
    wait_idle(qtbot, controller)
    saved = core.jobseekers.settings(A)
    assert (saved.number_pattern, saved.report_rows) == ("AK1/{tahun}/{urut:05d}", 4)
    assert bar.text == "Pengaturan AK/1 disimpan."
