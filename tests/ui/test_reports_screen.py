"""Laporan screen on the real core: the seeded day's figures, charts, Excel and PDF exports (read back)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support import pdf
from support.fakes import FakeDialogService
from support.reports_day import DAY, at, seed_day

from PySide6.QtGui import QColor

from counter_app import demo, report_data, report_export, reports
from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.db import models
from counter_app.print import report_pdf
from counter_app.print.charts import BAR_COLOUR
from counter_app.roles import COMMAND_LINE
from counter_app.ui.application import AppController
from counter_app.ui.messages import MessageBar
from counter_app.ui.reports_screen import ReportsScreen

from .helpers import click, login, wait_idle


def _cells(model, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, c).data() for c in range(model.columnCount())]


def _open(
    qtbot: QtBot, core: Core, clock: FixedClock, make_controller: Callable[..., AppController]
) -> tuple[AppController, ReportsScreen, MessageBar]:
    seed_day(core, clock)
    controller = make_controller()
    main = login(qtbot, controller, "supervisor", demo.DEMO_PASSWORD)
    screen = main.show_screen("reports")
    assert isinstance(screen, ReportsScreen)
    wait_idle(qtbot, controller)
    bar = main.findChild(MessageBar)
    assert bar is not None
    return controller, screen, bar


def test_day_report_on_screen(
    qtbot: QtBot,
    core: Core,
    clock: FixedClock,
    make_controller: Callable[..., AppController],
    qtmodeltester: ModelTester,
) -> None:
    controller, screen, _bar = _open(qtbot, core, clock, make_controller)
    assert screen.period() == (DAY, DAY)
    assert "23 November 2026" in screen.period_label.text()
    summary = screen.summary_label.text()
    assert "Nomor diambil 6 · dilayani 3 · tidak hadir 1 · dialihkan 1 · berkas belum lengkap 1" in summary
    assert "tunggu rata-rata 28,0 menit (p90 56,0)" in summary
    rows = [_cells(screen.service_model, r) for r in range(screen.service_model.rowCount())]
    ak1 = next(r for r in rows if r[0].startswith("AK1 - "))
    # issued, served, no-show, transferred, incomplete; waits 10/10/10; serves 20, 40, 40 min; of the two served
    # to the end (the incomplete intake is not measured) one is within 30 minutes
    assert ak1[1:] == ["4", "2", "0", "0", "1", "10,0", "10,0", "10,0", "33,3", "40,0", "40,0", "50,0%"]
    assert rows[-1][:6] == ["Semua layanan", "6", "3", "1", "1", "1"]
    counters = [_cells(screen.counter_model, r)[:3] for r in range(screen.counter_model.rowCount())]
    assert counters == [
        ["Loket 1 - Kartu Kuning", "3", "3"],
        ["Loket 2 - Penempatan", "2", "0"],
        ["Belum dipanggil", "1", "0"],
    ]
    clerks = {_cells(screen.clerk_model, r)[0] for r in range(screen.clerk_model.rowCount())}
    assert clerks == {"Ahmad Fauzi", "Dewi Lestari", "Tanpa petugas"}
    sarana = next(_cells(screen.application_model, r) for r in range(screen.application_model.rowCount()))
    assert sarana[0].startswith("SARANA") and sarana[2:] == ["3", "1", "100,0%", "0", "0"]
    for model in (screen.service_model, screen.counter_model, screen.clerk_model, screen.application_model):
        qtmodeltester.check(model)

    # The charts tab paints bars in the chart colour.
    screen.tabs.setCurrentWidget(screen.charts_widget)
    screen.charts_widget.resize(1100, 300)
    image = screen.charts_widget.grab().toImage()
    bar_pixels = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if QColor(image.pixel(x, y)) == BAR_COLOUR
    )
    assert bar_pixels > 50

    click(qtbot, screen.month_button)
    wait_idle(qtbot, controller)
    assert screen.period() == (dt.date(2026, 11, 1), DAY)
    assert "1 November 2026 - 23 November 2026" in screen.period_label.text()
    assert screen.report is not None and screen.report.total.issued == 6


def test_bad_range_is_refused_without_losing_the_dates(
    qtbot: QtBot, core: Core, clock: FixedClock, make_controller: Callable[..., AppController]
) -> None:
    controller, screen, bar = _open(qtbot, core, clock, make_controller)
    screen.start_edit.setDate(screen.start_edit.date().addDays(3))
    click(qtbot, screen.show_button)
    wait_idle(qtbot, controller)
    assert "Tanggal akhir" in bar.text
    assert screen.period() == (DAY + dt.timedelta(days=3), DAY)


def test_excel_export_writes_every_table(
    qtbot: QtBot,
    core: Core,
    clock: FixedClock,
    make_controller: Callable[..., AppController],
    dialogs: FakeDialogService,
    tmp_path: Path,
) -> None:
    controller, screen, bar = _open(qtbot, core, clock, make_controller)
    dialogs.save_path = tmp_path / "laporan.xlsx"
    click(qtbot, screen.excel_button)
    wait_idle(qtbot, controller)
    assert "Laporan disimpan" in bar.text
    assert not screen.progress.isVisible() and screen.excel_button.isEnabled()
    book = load_workbook(tmp_path / "laporan.xlsx")
    assert book.sheetnames == [
        "Ringkasan",
        "Per layanan",
        "Per loket",
        "Per petugas",
        "Sebaran waktu",
        "Kedatangan per jam",
        "Permohonan",
        "Permohonan terlambat",
        "Keterangan",
    ]
    summary = {row[0]: row[1] for row in book["Ringkasan"].iter_rows(min_row=2, values_only=True)}
    assert summary["Periode"] == "23 November 2026"
    assert (summary["Nomor diambil"], summary["Dilayani"], summary["Tidak hadir"]) == (6, 3, 1)
    assert summary["Tunggu median (menit)"] == 10 and summary["Tunggu p90 (menit)"] == 56
    services = {r[0]: r for r in book["Per layanan"].iter_rows(min_row=2, values_only=True)}
    ak1 = next(v for k, v in services.items() if k.startswith("AK1 - "))
    assert ak1[1:6] == (4, 2, 0, 0, 1) and ak1[12:] == (30, 50.0)
    spread = list(book["Sebaran waktu"].iter_rows(min_row=2, values_only=True))
    assert spread[2] == ("10-15", 3, 1) and spread[12] == ("≥ 60", 1, 0)
    hours = list(book["Kedatangan per jam"].iter_rows(min_row=2, values_only=True))
    assert hours == [("08.00-09.00", 4), ("09.00-10.00", 1), ("10.00-11.00", 1)]
    with core.engine.connect() as conn:
        actions = conn.execute(select(models.AuditEntry.action, models.AuditEntry.detail)).all()
    assert ("report.export", {"kind": "xlsx", "start": "2026-11-23", "end": "2026-11-23"}) in [
        tuple(a) for a in actions
    ]


def test_pdf_export_has_the_figures(
    qtbot: QtBot,
    core: Core,
    clock: FixedClock,
    make_controller: Callable[..., AppController],
    dialogs: FakeDialogService,
    tmp_path: Path,
) -> None:
    controller, screen, bar = _open(qtbot, core, clock, make_controller)
    dialogs.save_path = tmp_path / "laporan.pdf"
    click(qtbot, screen.pdf_button)
    wait_idle(qtbot, controller)
    assert "Laporan disimpan" in bar.text
    text = " ".join(pdf.pdf_text(tmp_path / "laporan.pdf").split())
    for expected in (
        "PEMERINTAH KABUPATEN MOJOKERTO",
        "LAPORAN KINERJA PELAYANAN",
        "Periode: 23 November 2026",
        "Kedatangan per jam",
        "Sebaran waktu tunggu",
        "Dilayani sesuai standar waktu",
        "Loket 1 - Kartu Kuning",
        "Ahmad Fauzi",
        "50,0%",
        "Jalan Raya Jabon Km. 6",  # the kop's address line
        "Nomor dengan berkas belum lengkap dan nomor yang tidak hadir tidak dihitung",
    ):
        assert expected in text, expected


def test_cancelled_save_prompt_writes_nothing(
    qtbot: QtBot,
    core: Core,
    clock: FixedClock,
    make_controller: Callable[..., AppController],
    dialogs: FakeDialogService,
) -> None:
    controller, screen, _bar = _open(qtbot, core, clock, make_controller)
    dialogs.save_path = None
    click(qtbot, screen.excel_button)
    wait_idle(qtbot, controller)
    assert screen.excel_button.isEnabled() and not screen.progress.isVisible()
    with core.engine.connect() as conn:
        assert "report.export" not in conn.execute(select(models.AuditEntry.action)).scalars().all()


def test_pdf_export_can_be_cancelled_without_leaving_a_file(
    qtbot: QtBot, core: Core, clock: FixedClock, tmp_path: Path
) -> None:
    seed_day(core, clock)
    report = core.reports.report(COMMAND_LINE, DAY, DAY)
    seen: list[float] = []
    with pytest.raises(report_data.ExportCancelled):
        report_pdf.report_to_pdf(report, tmp_path / "batal.pdf", seen.append, lambda: len(seen) >= 2)
    assert seen == [pytest.approx(1 / 6), pytest.approx(2 / 6)]
    assert list(tmp_path.glob("*.pdf*")) == []
    written = report_pdf.report_to_pdf(report, tmp_path / "utuh.pdf", seen.append)
    assert written.exists() and pdf.page_size_mm(written) == pytest.approx((210, 297), abs=0.5)


def test_overdue_tab_and_pdf_say_how_many_more_there_are(
    qtbot: QtBot,
    core: Core,
    clock: FixedClock,
    make_controller: Callable[..., AppController],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Wednesday: the two unfinished SARANA items of Monday (due Tuesday 15.00) are overdue; lists cut at one row.
    monkeypatch.setattr(reports, "OVERDUE_LIST_LIMIT", 1)
    monkeypatch.setattr(report_pdf, "OVERDUE_ROWS", 1)
    controller, screen, _bar = _open(qtbot, core, clock, make_controller)
    at(clock, "09:00", DAY + dt.timedelta(days=2))
    screen.set_period(DAY, DAY + dt.timedelta(days=2))
    wait_idle(qtbot, controller)
    assert screen.report is not None and screen.report.overdue_count == 2
    assert screen.overdue_model.rowCount() == 1
    assert screen.overdue_more.text() == "... dan 1 permohonan lainnya" and not screen.overdue_more.isHidden()
    assert "lewat batas waktunya saat ini: 2" in screen.overdue_title.text()
    assert "belum selesai lewat batas saat ini 2" in screen.summary_label.text()

    text = " ".join(pdf.pdf_text(report_pdf.report_to_pdf(screen.report, tmp_path / "cap.pdf")).split())
    assert "Permohonan belum selesai lewat batas saat ini (2; 1 terlama)" in text
    assert "... dan 1 permohonan lainnya" in text
    sheets = {title: rows for title, _header, rows in report_export.sheets(screen.report)}
    assert sheets["Permohonan terlambat"][-1] == ["... dan 1 permohonan lainnya"]

    # Nothing cut: the note disappears.
    monkeypatch.setattr(reports, "OVERDUE_LIST_LIMIT", 200)
    click(qtbot, screen.show_button)
    wait_idle(qtbot, controller)
    assert screen.overdue_model.rowCount() == 2 and screen.overdue_more.isHidden()


def test_a_new_kop_reloads_the_report_and_goes_into_the_pdf(
    qtbot: QtBot,
    core: Core,
    clock: FixedClock,
    make_controller: Callable[..., AppController],
    dialogs: FakeDialogService,
    tmp_path: Path,
) -> None:
    controller, screen, _bar = _open(qtbot, core, clock, make_controller)
    kop = dataclasses.replace(
        core.letters.profile(COMMAND_LINE),
        government="PEMERINTAH KABUPATEN CONTOH",
        office="DINAS UJI",
        address_lines=("Jalan Percobaan Nomor 9, Contoh 60000",),
    )
    core.letters.save_profile(COMMAND_LINE, kop)  # as Profil Kantor does: publishes Changes(office=True)
    qtbot.waitUntil(lambda: screen.report is not None and screen.report.kop.office == "DINAS UJI", timeout=5000)
    wait_idle(qtbot, controller)
    dialogs.save_path = tmp_path / "kop.pdf"
    click(qtbot, screen.pdf_button)
    wait_idle(qtbot, controller)
    text = " ".join(pdf.pdf_text(tmp_path / "kop.pdf").split())
    assert "PEMERINTAH KABUPATEN CONTOH DINAS UJI Jalan Percobaan Nomor 9, Contoh 60000" in text
    assert "MOJOKERTO" not in text and "DINAS TENAGA KERJA" not in text
