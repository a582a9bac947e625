"""Laporan IPK screen: the month's tables on screen, and the xlsx / PDF exports hold the same numbers."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot
from support import pdf
from support.cards import FakeJobSeekers
from support.fakes import FakeDialogService
from unit.test_ipk import FIXTURE

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from counter_app.changes import ChangeHub, Changes
from counter_app.ipk import IpkReport, IpkSeeker, monthly_report
from counter_app.ipk_export import FIRST_VALUE_COLUMN, HEADER_ROW, SHEET_TITLES
from counter_app.roles import Principal, Role
from counter_app.ui.common import ChangeBridge, ScreenDeps
from counter_app.ui.errors import ErrorRouter
from counter_app.ui.ipk_screen import IpkScreen
from counter_app.ui.messages import MessageBar
from counter_app.ui.tasks import TaskRunner

from .helpers import TASK_TIMEOUT_MS

pytestmark = pytest.mark.gui

OFFICER = Principal(uuid.uuid4(), "pengantar", "Pengantar Kerja", Role.PENGANTAR_KERJA)


class Harness:
    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.container = QWidget()
        qtbot.addWidget(self.container)
        self.dialogs = FakeDialogService()
        errors = ErrorRouter(self.dialogs)
        self.runner = TaskRunner(errors.handle, self.container)
        self.bar = MessageBar()
        self.messages: list[tuple[str, str]] = []
        self.bar.message_shown.connect(lambda level, text: self.messages.append((level, text)))
        errors.show_user_error = self.bar.error
        self.hub = ChangeHub()
        bridge = ChangeBridge(self.hub, self.container)
        deps = ScreenDeps(
            principal=OFFICER, runner=self.runner, messages=self.bar, dialogs=self.dialogs, changes=bridge
        )
        self.jobseekers = FakeJobSeekers(ipk_seekers_list=list(FIXTURE))
        self.screen = IpkScreen(
            deps=deps,
            jobseekers=self.jobseekers,  # type: ignore[arg-type]
            today=lambda: dt.date(2026, 11, 25),
        )
        qtbot.addWidget(self.screen)
        self.idle()

    def idle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.runner.busy, timeout=TASK_TIMEOUT_MS)

    def cell(self, table: str, row: int, column: int) -> str:
        model = self.screen.age_model if table == "age" else self.screen.education_model
        return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


@pytest.fixture
def harness(qtbot: QtBot) -> Harness:
    return Harness(qtbot)


def expected() -> IpkReport:
    return monthly_report(FIXTURE, 2026, 11)


def test_screen_shows_this_months_tables(harness: Harness) -> None:
    assert harness.screen.period == (2026, 11)
    assert harness.jobseekers.ipk_calls == [(2026, 11)]
    age = harness.screen.age_model
    assert age.rowCount() == 7 and age.columnCount() == 2 + 15
    assert age.headerData(2, Qt.Orientation.Horizontal) == "15-19\nL"
    # Row A (index 2): 5 men, 4 women, 9 in all; row 5 (index 6): 6 still registered.
    assert [harness.cell("age", 2, c) for c in (0, 14, 15, 16)] == ["A", "5", "4", "9"]
    assert [harness.cell("age", 6, c) for c in (0, 16)] == ["5", "6"]
    assert harness.cell("education", 4, 0) == "5"
    assert harness.cell("education", 4, harness.screen.education_model.columnCount() - 1) == "6"
    assert "30-11-2026" in harness.screen.note.text()
    assert "(2 orang bulan ini)" in harness.screen.note.text()


def test_another_month_reloads(harness: Harness) -> None:
    harness.screen.month.setCurrentIndex(11)  # Desember
    harness.idle()

    assert harness.jobseekers.ipk_calls[-1] == (2026, 12)
    # December starts from November's row 5.
    assert harness.cell("age", 0, 16) == "6"


def test_a_jobseekers_change_reloads(harness: Harness) -> None:
    harness.jobseekers.ipk_seekers_list.append(IpkSeeker("P", dt.date(1990, 1, 1), "SMA", dt.date(2026, 11, 20)))
    harness.hub.publish(Changes(jobseekers=True))
    harness.qtbot.waitUntil(lambda: harness.cell("age", 2, 16) == "10", timeout=TASK_TIMEOUT_MS)


def test_xlsx_export_holds_the_tables(harness: Harness, tmp_path: Path) -> None:
    harness.dialogs.save_path = tmp_path / "ipk"
    harness.screen.xlsx_button.click()
    harness.idle()

    path = tmp_path / "ipk.xlsx"
    workbook = load_workbook(path)
    assert workbook.sheetnames == list(SHEET_TITLES)
    report = expected()
    for sheet, table in zip(SHEET_TITLES, (report.by_age, report.by_education), strict=True):
        ws = workbook[sheet]
        assert "November 2026" in ws["A3"].value
        first = HEADER_ROW + 2
        for offset, row in enumerate(table.rows):
            r = first + offset
            assert ws.cell(r, 1).value == row.key
            assert ws.cell(r, 2).value == row.label
            values = [ws.cell(r, FIRST_VALUE_COLUMN + i).value for i in range(len(row.cells()))]
            assert values == list(row.cells()), (sheet, row.key)
        assert ws.cell(HEADER_ROW + 1, FIRST_VALUE_COLUMN).value == "L"
    assert workbook[SHEET_TITLES[0]].cell(HEADER_ROW + 2 + 2, FIRST_VALUE_COLUMN + 14).value == 9  # A, L+P
    assert any("Disimpan ke" in text for _level, text in harness.messages)


def test_pdf_export_holds_the_totals(harness: Harness, tmp_path: Path) -> None:
    harness.dialogs.save_path = tmp_path / "ipk.pdf"
    harness.screen.pdf_button.click()
    harness.idle()

    text = pdf.pdf_text(tmp_path / "ipk.pdf")
    assert "IKHTISAR STATISTIK ANTAR KERJA (IPK III/1)" in text
    assert "Bulan November 2026" in text
    assert "PEMERINTAH KABUPATEN MOJOKERTO" in text
    # Row A of Bagian I, every cell in order, then row 5.
    assert "Jumlah (1 + 2) 0 1 2 0 1 2 0 0 0 1 2 0 5 4 9" in text
    assert re.search(r"akhir bulan ini \(A\W*B\) 0 0 2 0 0 2 0 0 0 0 2 0 4 2 6", text)


def test_cancelled_save_writes_nothing(harness: Harness, tmp_path: Path) -> None:
    harness.dialogs.save_path = None
    harness.screen.xlsx_button.click()
    harness.idle()
    assert list(tmp_path.iterdir()) == []
