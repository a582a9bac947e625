"""Typed conversions between Qt and Python dates and times (the stubs type ``toPython()`` as ``object``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdate(day: dt.date) -> QDate:
    """Return ``day`` as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    """Return a valid QDate as a ``datetime.date`` (what ``QDate.toPython()`` returns, typed)."""
    return dt.date(day.year(), day.month(), day.day())


def to_qdatetime(moment: dt.datetime) -> QDateTime:
    """Return a naive local ``moment`` as a local-time QDateTime (to the millisecond, as Qt keeps it)."""
    return QDateTime(
        to_qdate(moment.date()),
        QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000),
    )


def from_qdatetime(moment: QDateTime) -> dt.datetime:
    """Return a valid local-time QDateTime as a naive ``datetime`` (what ``toPython()`` returns, typed)."""
    day, time = moment.date(), moment.time()
    return dt.datetime(
        day.year(), day.month(), day.day(), time.hour(), time.minute(), time.second(), time.msec() * 1000
    )
