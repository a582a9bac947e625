"""Indonesian formatting of dates and times for screens."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_datetime


def long_date(day: dt.date) -> str:
    """'Rabu, 25 November 2026'."""
    return format_date(day, "EEEE, d MMMM yyyy", locale="id_ID")


def date_time(at: dt.datetime | None) -> str:
    """'25 Nov 2026 14.05' (empty for None)."""
    return "" if at is None else format_datetime(at, "d MMM yyyy HH.mm", locale="id_ID")
