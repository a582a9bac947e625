"""Cetak Kartu AK/1 dialog: the first print is logged, a reprint asks for a reason, offsets are saved per printer."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support.cards import NIK, FakeJobSeekers
from support.fakes import FakeDialogService

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from counter_app import settings as settings_mod
from counter_app.documents import Ak1CardData, CardMode, CardOffset
from counter_app.print.base import PrintError
from counter_app.roles import Principal, Role
from counter_app.settings import Settings
from counter_app.ui.card_dialog import CardDialog
from counter_app.ui.tasks import TaskRunner

from .helpers import TASK_TIMEOUT_MS

pytestmark = pytest.mark.gui

SEEKER = uuid.UUID("0b5d6f3e-8a1c-4f7e-b2d9-3c4a5e6f7a80")
OFFICER = Principal(uuid.uuid4(), "pengantar", "Pengantar Kerja", Role.PENGANTAR_KERJA)


class Harness:
    """The dialog with a fake register, a fake printer and a settings file in a temp folder."""

    def __init__(self, qtbot: QtBot, tmp_path: Path, *, fail_print: Exception | None = None) -> None:
        self.qtbot = qtbot
        self.errors: list[BaseException] = []
        self.runner = TaskRunner(self.errors.append)
        self.jobseekers = FakeJobSeekers()
        self.dialogs = FakeDialogService()
        self.path = tmp_path / "settings.json"
        self.printed: list[tuple[str, CardMode, CardOffset]] = []
        self.calibrations: list[str] = []
        self.fail_print = fail_print
        settings = Settings(card_printer="Epson-L3110", card_mode="full")
        settings_mod.save(settings, self.path)
        self.dialog = CardDialog(
            jobseekers=self.jobseekers,  # type: ignore[arg-type]
            principal=OFFICER,
            seeker_id=SEEKER,
            settings=settings,
            save_settings=lambda s: settings_mod.save(s, self.path),
            runner=self.runner,
            dialogs=self.dialogs,
            print_card=self._print,
            print_calibration=self.calibrations.append,
            printer_names=lambda: ["Epson-L3110", "Canon-LBP2900"],
        )
        qtbot.addWidget(self.dialog)
        self.idle()

    def _print(self, data: Ak1CardData, printer: str, *, mode: CardMode, offset: CardOffset) -> None:
        if self.fail_print is not None:
            raise self.fail_print
        assert data.nik == NIK
        self.printed.append((printer, mode, offset))

    def idle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.runner.busy, timeout=TASK_TIMEOUT_MS)

    def click(self, button: QPushButton) -> None:
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self.idle()


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path) -> Harness:
    return Harness(qtbot, tmp_path)


def test_preview_shows_the_card_and_no_print_yet(harness: Harness) -> None:
    d = harness.dialog
    assert d.preview.pixmap() is not None and not d.preview.pixmap().isNull()
    assert d.history.text() == "Belum pernah dicetak"
    assert d.print_button.text() == "Cetak" and d.print_button.isEnabled()
    assert d.printer.currentText() == "Epson-L3110"


def test_first_print_prints_and_logs_once_without_asking(harness: Harness) -> None:
    harness.click(harness.dialog.print_button)

    assert harness.printed == [("Epson-L3110", CardMode.FULL, CardOffset())]
    assert harness.jobseekers.prints == [(SEEKER, "Epson-L3110", "")]
    assert harness.dialogs.asked("ask_text") == []
    assert harness.dialog.history.text() == "Sudah dicetak 1 kali"
    assert harness.dialog.print_button.text() == "Cetak Ulang"
    assert harness.errors == []


def test_second_print_asks_a_reason_and_logs_it(harness: Harness) -> None:
    harness.click(harness.dialog.print_button)
    harness.dialogs.text_answer = "  Kartu hilang  "

    harness.click(harness.dialog.print_button)

    assert len(harness.dialogs.asked("ask_text")) == 1
    assert harness.jobseekers.prints == [(SEEKER, "Epson-L3110", ""), (SEEKER, "Epson-L3110", "Kartu hilang")]
    assert len(harness.printed) == 2


@pytest.mark.parametrize("answer", [None, "   "])
def test_reprint_without_a_reason_prints_nothing(harness: Harness, answer: str | None) -> None:
    harness.click(harness.dialog.print_button)
    harness.dialogs.text_answer = answer

    harness.click(harness.dialog.print_button)

    assert len(harness.printed) == 1 and len(harness.jobseekers.prints) == 1
    if answer is not None:
        assert "Alasan cetak ulang wajib diisi" in harness.dialog.status.text()


def test_blank_mode_prints_with_the_printers_offset_and_remembers_the_mode(harness: Harness) -> None:
    d = harness.dialog
    d.mode.setCurrentIndex(d.mode.findData(CardMode.BLANK.value))
    d.dx.setValue(1.5)
    d.dy.setValue(-2.0)

    harness.click(d.print_button)

    assert harness.printed == [("Epson-L3110", CardMode.BLANK, CardOffset(1.5, -2.0))]
    assert settings_mod.load(harness.path).card_mode == "blank"


def test_offsets_are_saved_per_printer_and_shown_again(harness: Harness) -> None:
    d = harness.dialog
    d.dx.setValue(2.5)
    d.dy.setValue(-1.0)
    harness.click(d.save_offset_button)

    d.printer.setCurrentText("Canon-LBP2900")
    assert (d.dx.value(), d.dy.value()) == (0.0, 0.0)
    d.dy.setValue(3.0)
    harness.click(d.save_offset_button)
    d.printer.setCurrentText("Epson-L3110")

    assert (d.dx.value(), d.dy.value()) == (2.5, -1.0)
    saved = settings_mod.load(harness.path)
    assert saved.card_offset("Epson-L3110") == (2.5, -1.0)
    assert saved.card_offset("Canon-LBP2900") == (0.0, 3.0)
    assert "disimpan" in d.status.text()


def test_offset_spin_boxes_are_limited_to_20_mm_in_half_steps(harness: Harness) -> None:
    d = harness.dialog
    assert (d.dx.minimum(), d.dx.maximum(), d.dx.singleStep()) == (-20.0, 20.0, 0.5)
    d.dx.setValue(35)
    assert d.dx.value() == 20.0


def test_calibration_page_goes_to_the_chosen_printer(harness: Harness) -> None:
    harness.dialog.printer.setCurrentText("Canon-LBP2900")
    harness.click(harness.dialog.calibration_button)
    assert harness.calibrations == ["Canon-LBP2900"]


def test_a_printer_error_is_shown_and_nothing_is_logged(qtbot: QtBot, tmp_path: Path) -> None:
    h = Harness(qtbot, tmp_path, fail_print=PrintError('Printer "Epson-L3110" tidak ditemukan.'))

    h.click(h.dialog.print_button)

    assert h.jobseekers.prints == []
    assert "tidak ditemukan" in h.dialog.status.text()
    assert h.dialog.print_button.isEnabled()
    assert h.dialogs.crashes == []
