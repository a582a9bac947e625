"""Deadlines of the standards: minutes and hours in office time, days as hari kerja, months as calendar months."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counter_app.calendar import OfficeCalendar, OfficeHours, add_office_minutes, due_at

H = OfficeHours()  # 08.00-15.00, break 12.00-13.00; Friday break 11.30-13.00
CAL = OfficeCalendar()


def at(y: int, m: int, d: int, hh: int = 9, mm: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm)


@pytest.mark.parametrize(
    ("received", "value", "unit", "expected"),
    [
        # Idul Fitri 2026: Nyepi and its cuti bersama, Idul Fitri and its cuti bersama (18-24 March).
        (at(2026, 3, 17), 3, "hari", at(2026, 3, 27, 15)),
        (at(2026, 3, 17, 14, 59), 1, "hari", at(2026, 3, 25, 15)),
        (at(2026, 11, 27), 1, "hari", at(2026, 11, 30, 15)),  # Friday + 1 = Monday
        (at(2026, 11, 26), 1, "hari", at(2026, 11, 27, 15)),  # Friday closes at its own time
        # Minutes and hours inside office hours.
        (at(2026, 11, 23, 8, 0), 30, "menit", at(2026, 11, 23, 8, 30)),
        (at(2026, 11, 23, 11, 45), 30, "menit", at(2026, 11, 23, 13, 15)),  # across the lunch break
        (at(2026, 11, 27, 11, 20), 30, "menit", at(2026, 11, 27, 13, 20)),  # Friday-prayer break
        (at(2026, 11, 23, 14, 50), 30, "menit", at(2026, 11, 24, 8, 20)),  # across closing time
        (at(2026, 11, 27, 14, 0), 2, "jam", at(2026, 11, 30, 9, 0)),  # Friday afternoon to Monday
        (at(2026, 11, 23, 16, 0), 10, "menit", at(2026, 11, 24, 8, 10)),  # received after closing
        (at(2026, 11, 23, 12, 30), 10, "menit", at(2026, 11, 23, 13, 10)),  # received in the break
        (at(2026, 11, 28, 10, 0), 10, "menit", at(2026, 11, 30, 8, 10)),  # received on a Saturday
        (at(2026, 11, 23, 8, 0), 6, "jam", at(2026, 11, 23, 15, 0)),  # exactly one working day
        (at(2026, 3, 17, 14, 0), 2, "jam", at(2026, 3, 25, 9, 0)),  # across Nyepi and Idul Fitri
        # Months: calendar months, then the next working day.
        (at(2026, 11, 23), 2, "bulan", at(2027, 1, 25, 15)),  # 23 Jan 2027 is a Saturday
        (at(2026, 12, 31), 2, "bulan", at(2027, 3, 1, 15)),  # 28 Feb 2027 is a Sunday
        (at(2027, 1, 29), 1, "bulan", at(2027, 3, 1, 15)),  # no 29 Feb 2027: end of month, then Monday
    ],
)
def test_fixed_deadlines(received: dt.datetime, value: int, unit: str, expected: dt.datetime) -> None:
    assert due_at(received, value, unit, H, CAL) == expected


def test_local_day_off_is_skipped_for_days_and_minutes() -> None:
    cal = OfficeCalendar({dt.date(2026, 11, 24): "Hari Jadi"})
    assert due_at(at(2026, 11, 23), 1, "hari", H, cal) == at(2026, 11, 25, 15)
    assert add_office_minutes(at(2026, 11, 23, 14, 50), 30, H, cal) == at(2026, 11, 25, 8, 20)


def test_office_hours_from_the_settings_are_used() -> None:
    late = OfficeHours(open_time=dt.time(7, 30), close_time=dt.time(16, 0))
    assert add_office_minutes(at(2026, 11, 23, 15, 50), 20, late, CAL) == at(2026, 11, 24, 7, 40)
    assert due_at(at(2026, 11, 23), 1, "hari", late, CAL) == at(2026, 11, 24, 16)


def test_unknown_unit_is_a_bug() -> None:
    with pytest.raises(ValueError, match="unknown time unit"):
        due_at(at(2026, 11, 23), 1, "minggu", H, CAL)


def _in_office(moment: dt.datetime, cal: OfficeCalendar) -> bool:
    if not cal.is_working_day(moment.date()):
        return False
    t = moment.time()
    friday = moment.weekday() == 4
    close = H.friday_close_time if friday else H.close_time
    bs, be = (H.friday_break_start, H.friday_break_end) if friday else (H.break_start, H.break_end)
    return H.open_time < t <= close and not (bs < t <= be)


def _office_minutes_between(start: dt.datetime, end: dt.datetime, cal: OfficeCalendar) -> int:
    minute = dt.timedelta(minutes=1)
    count, t = 0, start.replace(second=0, microsecond=0)
    while t < end:
        t += minute
        count += _in_office(t, cal)
    return count


moments = st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2027, 6, 1)).map(
    lambda d: d.replace(second=0, microsecond=0)
)
days_off = st.dictionaries(
    st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2027, 7, 1)), st.just("Libur kantor"), max_size=10
)


@settings(max_examples=150, deadline=None)
@given(start=moments, minutes=st.integers(1, 900), off=days_off)
def test_office_minutes_count_exactly_the_office_time(start: dt.datetime, minutes: int, off: dict) -> None:
    cal = OfficeCalendar(off)
    end = add_office_minutes(start, minutes, H, cal)
    assert end > start
    assert _in_office(end, cal), "a deadline always falls inside office time"
    assert _office_minutes_between(start, end, cal) == minutes


@settings(max_examples=150, deadline=None)
@given(start=moments, n=st.integers(1, 30), off=days_off)
def test_day_deadlines_are_at_closing_of_the_nth_working_day(start: dt.datetime, n: int, off: dict) -> None:
    cal = OfficeCalendar(off)
    due = due_at(start, n, "hari", H, cal)
    assert cal.is_working_day(due.date())
    assert due.date() == cal.add_working_days(start.date(), n)
    assert due.time() == (H.friday_close_time if due.weekday() == 4 else H.close_time)


@settings(max_examples=150, deadline=None)
@given(start=moments, n=st.integers(1, 12), off=days_off)
def test_month_deadlines_are_the_first_working_day_from_the_calendar_date(
    start: dt.datetime, n: int, off: dict
) -> None:
    cal = OfficeCalendar(off)
    due = due_at(start, n, "bulan", H, cal)
    assert cal.is_working_day(due.date())
    month_index = start.month - 1 + n
    year, month = start.year + month_index // 12, month_index % 12 + 1
    target = start.date()
    for last in (31, 30, 29, 28):  # the same day n months on, or the month's last day
        try:
            target = dt.date(year, month, min(start.day, last))
            break
        except ValueError:
            continue
    assert due.date() >= target
    skipped = [target + dt.timedelta(days=i) for i in range((due.date() - target).days)]
    assert not any(cal.is_working_day(d) for d in skipped), "only days off are skipped"
