"""The typed Qt <-> Python date helpers agree with PySide6's own conversions, both ways."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QDate, QDateTime

from counter_app.ui.qdates import from_qdate, from_qdatetime, to_qdate, to_qdatetime

MOMENTS = [
    dt.datetime(2026, 11, 26, 8, 5),
    dt.datetime(2026, 2, 28, 23, 59, 59, 999_000),
    dt.datetime(2024, 2, 29, 0, 0, 0, 1_000),
    dt.datetime(1999, 12, 31, 12, 30, 15, 123_000),
]


@pytest.mark.parametrize("moment", MOMENTS, ids=str)
def test_to_qt_matches_pyside_conversion(moment: dt.datetime) -> None:
    assert to_qdate(moment.date()) == QDate(moment.date())
    assert to_qdatetime(moment) == QDateTime(moment)
    assert to_qdatetime(moment).timeSpec() == QDateTime(moment).timeSpec()


@pytest.mark.parametrize("moment", MOMENTS, ids=str)
def test_from_qt_matches_to_python_and_round_trips(moment: dt.datetime) -> None:
    q = QDateTime(moment)
    assert from_qdatetime(q) == q.toPython() == moment
    assert from_qdate(q.date()) == q.date().toPython() == moment.date()
    assert type(from_qdatetime(q)) is dt.datetime
    assert type(from_qdate(q.date())) is dt.date


def test_sub_millisecond_part_is_dropped_like_qt() -> None:
    moment = dt.datetime(2026, 1, 2, 3, 4, 5, 678_901)
    assert from_qdatetime(to_qdatetime(moment)) == moment.replace(microsecond=678_000)
    assert QDateTime(moment).toPython() == moment.replace(microsecond=678_000)
