"""Office days and hours: national holidays and cuti bersama, local days off, opening hours and breaks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

import holidays

WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


@lru_cache(maxsize=16)
def _national(year: int) -> dict[dt.date, str]:
    # Cuti bersama are in the "government" category (STACK.md §13); ASN are off on them.
    found = holidays.country_holidays("ID", years=year, categories=("public", "government"), language="id")
    return dict(found.items())


def hhmm(t: dt.time) -> str:
    """'08.00' as written in Indonesian notices."""
    return f"{t.hour:02d}.{t.minute:02d}"


@dataclass(frozen=True)
class OfficeHours:
    """When the desk takes tickets; Friday has its own close and the Friday-prayer break."""

    open_time: dt.time = dt.time(8, 0)
    close_time: dt.time = dt.time(15, 0)
    break_start: dt.time = dt.time(12, 0)
    break_end: dt.time = dt.time(13, 0)
    friday_close_time: dt.time = dt.time(15, 0)
    friday_break_start: dt.time = dt.time(11, 30)
    friday_break_end: dt.time = dt.time(13, 0)

    def to_json(self) -> dict[str, str]:
        """Times as 'HH:MM' strings for the office settings table."""
        return {k: v.strftime("%H:%M") for k, v in asdict(self).items()}

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> OfficeHours:
        """Read times written by ``to_json``; missing keys keep their defaults."""
        values = {k: dt.time.fromisoformat(v) for k, v in (data or {}).items() if k in cls.__dataclass_fields__}
        return cls(**values)


@dataclass(frozen=True)
class OfficeCalendar:
    """National holidays, cuti bersama and the office's own days off (which win)."""

    local_days_off: Mapping[dt.date, str] = field(default_factory=dict)

    def day_off_reason(self, day: dt.date) -> str | None:
        """Why ``day`` is not a working day, or None when it is one."""
        if day in self.local_days_off:
            return f"libur kantor: {self.local_days_off[day]}"
        name = _national(day.year).get(day)
        if name:
            return f"hari libur: {name}"
        if day.weekday() >= 5:
            return f"hari {WEEKDAY_NAMES[day.weekday()]}"
        return None

    def is_working_day(self, day: dt.date) -> bool:
        """Monday to Friday, not a national holiday, cuti bersama or local day off."""
        return self.day_off_reason(day) is None

    def add_working_days(self, start: dt.date, days: int) -> dt.date:
        """The working day ``days`` working days after ``start`` (17 Mar 2026 + 3 = 27 Mar 2026)."""
        current = start
        left = days
        while left > 0:
            current += dt.timedelta(days=1)
            if self.is_working_day(current):
                left -= 1
        return current


def closed_reason(now: dt.datetime, hours: OfficeHours, calendar: OfficeCalendar) -> str | None:
    """Why the desk takes no tickets at ``now`` (plain Indonesian), or None when it is open."""
    off = calendar.day_off_reason(now.date())
    if off is not None:
        return f"Kantor tutup ({off}). Silakan datang pada hari kerja berikutnya."
    t = now.time()
    friday = now.weekday() == 4
    close = hours.friday_close_time if friday else hours.close_time
    start, end = (hours.friday_break_start, hours.friday_break_end) if friday else (hours.break_start, hours.break_end)
    if t < hours.open_time:
        return f"Pelayanan belum dibuka. Pengambilan nomor mulai pukul {hhmm(hours.open_time)}."
    if t >= close:
        return f"Pelayanan hari ini sudah ditutup pukul {hhmm(close)}. Silakan datang besok pada hari kerja."
    if start <= t < end:
        label = "istirahat salat Jumat" if friday else "istirahat"
        return f"Sedang {label}. Pelayanan dibuka kembali pukul {hhmm(end)}."
    return None


def _working_intervals(day: dt.date, hours: OfficeHours) -> tuple[tuple[dt.datetime, dt.datetime], ...]:
    """The day's service periods (before and after the break) as datetimes; empty periods dropped."""
    friday = day.weekday() == 4
    close = hours.friday_close_time if friday else hours.close_time
    start, end = (hours.friday_break_start, hours.friday_break_end) if friday else (hours.break_start, hours.break_end)
    spans = ((hours.open_time, min(start, close)), (max(end, hours.open_time), close))
    return tuple((dt.datetime.combine(day, a), dt.datetime.combine(day, b)) for a, b in spans if a < b)


def add_office_minutes(start: dt.datetime, minutes: int, hours: OfficeHours, calendar: OfficeCalendar) -> dt.datetime:
    """The moment ``minutes`` of office time after ``start``.

    Only time inside office hours on working days counts: breaks, the time after closing and days off are
    skipped, so 30 minutes from 11.45 on a Monday ends at 13.15, and from 14.50 at 08.20 the next working day.
    A start outside office hours counts from the next opening.
    """
    left = dt.timedelta(minutes=minutes)
    day = start.date()
    for _ in range(3700):  # ten years of days: a hard stop should a setting ever leave no office time
        if calendar.is_working_day(day):
            for begin, end in _working_intervals(day, hours):
                begin = max(begin, start)
                if begin >= end:
                    continue
                if begin + left <= end:
                    return begin + left
                left -= end - begin
        day += dt.timedelta(days=1)
    raise ValueError("office hours leave no working time")


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def due_at(received: dt.datetime, value: int, unit: str, hours: OfficeHours, calendar: OfficeCalendar) -> dt.datetime:
    """The deadline of a standard's time limit, counted from ``received``.

    * ``menit`` / ``jam``: office minutes (see ``add_office_minutes``).
    * ``hari``: hari kerja — the ``value``-th working day after the day received, at that day's closing time.
    * ``bulan``: calendar months from the day received (31 Jan + 1 month = 28/29 Feb); when that day is no
      working day, the next working day; at its closing time. Standards that say "2 bulan" (PHI mediation)
      follow the law's calendar months, not 40-odd working days.
    """
    if unit == "menit":
        return add_office_minutes(received, value, hours, calendar)
    if unit == "jam":
        return add_office_minutes(received, value * 60, hours, calendar)
    if unit == "hari":
        day = calendar.add_working_days(received.date(), value)
    elif unit == "bulan":
        day = _add_months(received.date(), value)
        while not calendar.is_working_day(day):
            day += dt.timedelta(days=1)
    else:
        raise ValueError(f"unknown time unit {unit!r}")
    close = hours.friday_close_time if day.weekday() == 4 else hours.close_time
    return dt.datetime.combine(day, close)
