"""The real DialogService date questions return the chosen day as a ``datetime.date`` (typed conversion)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QDateEdit, QDialog, QDialogButtonBox, QLineEdit

from counter_app.ui.dialogs import DialogService

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 11, 25)
CHOSEN = dt.date(2026, 11, 20)


def _answer(texts: dict[str, str]) -> None:
    """When the modal dialog opens: type ``texts`` into the named line edits, pick CHOSEN, press OK."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, fill)
            return
        for name, text in texts.items():
            field = dialog.findChild(QLineEdit, name)
            assert field is not None, name
            field.setText(text)
        (date_edit,) = dialog.findChildren(QDateEdit)
        date_edit.setDate(QDate(CHOSEN.year, CHOSEN.month, CHOSEN.day))
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        box.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(10, fill)


CASES: list[tuple[str, Callable[[DialogService], Any], dict[str, str], object]] = [
    (
        "ask_product",
        lambda d: d.ask_product(None, TODAY),
        {"productNumber": "560/1/2026"},
        ("560/1/2026", CHOSEN),
    ),
    (
        "ask_report_back",
        lambda d: d.ask_report_back(None, "Dewi", 1, TODAY, dt.date(2026, 1, 1)),
        {"reportNote": "masih mencari"},
        (CHOSEN, "masih mencari"),
    ),
    (
        "ask_placement",
        lambda d: d.ask_placement(None, "Dewi", TODAY, dt.date(2026, 1, 1)),
        {"placementEmployer": "PT Maju", "placementPosition": "Operator"},
        ("PT Maju", "Operator", CHOSEN),
    ),
    (
        "ask_ak1_registration",
        lambda d: d.ask_ak1_registration(None, "Daftar AK/1", TODAY),
        {"ak1Number": "3516-0001"},
        ("3516-0001", CHOSEN),
    ),
]


@pytest.mark.parametrize(("ask", "texts", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_date_question_returns_a_python_date(
    qtbot: QtBot, ask: Callable[[DialogService], Any], texts: dict[str, str], expected: object
) -> None:
    _answer(texts)
    answer = ask(DialogService())
    assert answer == expected
    assert any(type(part) is dt.date for part in answer)
