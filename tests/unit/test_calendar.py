"""Office days and hours: working days with holidays, cuti bersama and local days off; why the desk is closed."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counter_app.calendar import OfficeCalendar, OfficeHours, closed_reason, hhmm

D = dt.date
WED = D(2026, 11, 25)  # an ordinary working Wednesday
FRI = D(2026, 11, 27)
HOURS = OfficeHours()

starts = st.dates(min_value=D(2025, 1, 1), max_value=D(2027, 6, 30))
local_days_off = st.dictionaries(
    st.dates(min_value=D(2025, 1, 1), max_value=D(2027, 9, 30)), st.just("Libur kantor"), max_size=15
)
counts = st.integers(min_value=0, max_value=40)


def working_days_between(cal: OfficeCalendar, after: dt.date, up_to: dt.date) -> int:
    """Working days d with after < d <= up_to."""
    return sum(cal.is_working_day(after + dt.timedelta(days=i)) for i in range(1, (up_to - after).days + 1))


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


# --- add_working_days: properties --------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(start=starts, n=counts, off=local_days_off)
def test_result_is_the_nth_working_day_after_start(start: dt.date, n: int, off: dict[dt.date, str]) -> None:
    cal = OfficeCalendar(off)
    result = cal.add_working_days(start, n)
    if n == 0:
        assert result == start
        return
    assert result > start
    assert cal.is_working_day(result)
    # Exactly n - 1 working days lie strictly between start and the result, and the result is the n-th.
    assert working_days_between(cal, start, result - dt.timedelta(days=1)) == n - 1
    assert working_days_between(cal, start, result) == n
    for day in off:
        if start < day <= result:
            assert not cal.is_working_day(day), "a local day off never counts"


@settings(max_examples=200, deadline=None)
@given(start=starts, n=counts, m=counts, off=local_days_off)
def test_more_working_days_land_strictly_later(start: dt.date, n: int, m: int, off: dict[dt.date, str]) -> None:
    cal = OfficeCalendar(off)
    lo, hi = sorted((n, m))
    if lo == hi:
        assert cal.add_working_days(start, lo) == cal.add_working_days(start, hi)
    else:
        assert cal.add_working_days(start, lo) < cal.add_working_days(start, hi)


@settings(max_examples=200, deadline=None)
@given(start=starts, a=counts, b=counts, off=local_days_off)
def test_adding_in_two_steps_is_adding_once(start: dt.date, a: int, b: int, off: dict[dt.date, str]) -> None:
    cal = OfficeCalendar(off)
    assert cal.add_working_days(cal.add_working_days(start, a), b) == cal.add_working_days(start, a + b)


@settings(max_examples=100, deadline=None)
@given(start=starts, n=st.integers(min_value=1, max_value=40), extra=st.dates(D(2025, 1, 1), D(2027, 9, 30)))
def test_one_more_day_off_never_brings_the_result_earlier(start: dt.date, n: int, extra: dt.date) -> None:
    plain = OfficeCalendar().add_working_days(start, n)
    assert OfficeCalendar({extra: "Libur kantor"}).add_working_days(start, n) >= plain


# --- add_working_days: fixed cases in 2026 ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "n", "expected", "why"),
    [
        # 18 Mar cuti bersama Nyepi, 19 Nyepi, 20 cuti bersama Idul Fitri, 21-22 Idul Fitri (weekend),
        # 23-24 cuti bersama: the first working days are 25, 26, 27 March.
        (D(2026, 3, 17), 3, D(2026, 3, 27), "Nyepi, Idul Fitri and their cuti bersama"),
        (D(2026, 11, 27), 1, D(2026, 11, 30), "Friday + 1 is Monday"),
        (D(2026, 11, 28), 1, D(2026, 11, 30), "from a Saturday"),
        (D(2026, 11, 29), 5, D(2026, 12, 4), "from a Sunday, a whole week"),
        (D(2026, 8, 14), 1, D(2026, 8, 18), "17 August 2026 is a Monday"),
        (D(2026, 12, 23), 1, D(2026, 12, 28), "24 Dec cuti bersama, 25 Dec Natal, weekend"),
        (D(2026, 11, 25), 0, D(2026, 11, 25), "zero days is the day itself"),
        (D(2026, 11, 25), 10, D(2026, 12, 9), "two plain weeks"),
    ],
)
def test_fixed_working_day_sums(start: dt.date, n: int, expected: dt.date, why: str) -> None:
    assert OfficeCalendar().add_working_days(start, n) == expected, why


def test_a_local_day_off_pushes_the_result() -> None:
    off = {D(2026, 11, 30): "Hari Jadi Kabupaten Mojokerto"}
    assert OfficeCalendar().add_working_days(D(2026, 11, 27), 1) == D(2026, 11, 30)
    assert OfficeCalendar(off).add_working_days(D(2026, 11, 27), 1) == D(2026, 12, 1)
    assert OfficeCalendar(off).add_working_days(D(2026, 3, 17), 3) == D(2026, 3, 27)  # elsewhere: no effect


# --- why a day is not a working day --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        (D(2026, 8, 17), "hari libur: Hari Kemerdekaan Republik Indonesia"),
        (D(2026, 3, 24), "hari libur: Cuti Bersama Hari Raya Idul Fitri"),
        (D(2026, 12, 24), "hari libur: Cuti Bersama Hari Raya Natal"),
        (D(2026, 11, 28), "hari Sabtu"),
        (D(2026, 11, 29), "hari Minggu"),
        (WED, None),
    ],
)
def test_day_off_reason(day: dt.date, reason: str | None) -> None:
    cal = OfficeCalendar()
    assert cal.day_off_reason(day) == reason
    assert cal.is_working_day(day) is (reason is None)


def test_a_local_day_off_wins_over_everything() -> None:
    cal = OfficeCalendar({WED: "Hari Jadi Kabupaten Mojokerto", D(2026, 8, 17): "Rapat kerja"})
    assert cal.day_off_reason(WED) == "libur kantor: Hari Jadi Kabupaten Mojokerto"
    assert cal.day_off_reason(D(2026, 8, 17)) == "libur kantor: Rapat kerja"
    assert not cal.is_working_day(WED)


# --- closed_reason ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "fragments"),
    [
        (at(WED, 7, 59), ("belum dibuka", "mulai pukul 08.00")),
        (at(WED, 12, 0), ("Sedang istirahat", "dibuka kembali pukul 13.00")),
        (at(WED, 12, 59), ("Sedang istirahat", "13.00")),
        (at(FRI, 11, 45), ("istirahat salat Jumat", "dibuka kembali pukul 13.00")),
        (at(FRI, 11, 30), ("salat Jumat", "13.00")),
        (at(WED, 15, 0), ("sudah ditutup pukul 15.00",)),
        (at(WED, 18, 30), ("sudah ditutup pukul 15.00",)),
        (at(D(2026, 8, 17), 10), ("Kantor tutup", "Hari Kemerdekaan Republik Indonesia", "hari kerja berikutnya")),
        (at(D(2026, 3, 24), 10), ("Kantor tutup", "Cuti Bersama Hari Raya Idul Fitri")),
        (at(D(2026, 8, 17), 7), ("Hari Kemerdekaan",)),  # the day off is the reason, not the early hour
        (at(D(2026, 11, 28), 10), ("Kantor tutup (hari Sabtu)",)),
    ],
)
def test_closed_reason_says_why(now: dt.datetime, fragments: tuple[str, ...]) -> None:
    reason = closed_reason(now, HOURS, OfficeCalendar())
    assert reason is not None
    for fragment in fragments:
        assert fragment in reason


def test_closed_reason_for_a_local_day_off() -> None:
    cal = OfficeCalendar({WED: "Hari Jadi Kabupaten Mojokerto"})
    assert closed_reason(at(WED, 10), HOURS, cal) == (
        "Kantor tutup (libur kantor: Hari Jadi Kabupaten Mojokerto). Silakan datang pada hari kerja berikutnya."
    )
    assert closed_reason(at(WED + dt.timedelta(days=1), 10), HOURS, cal) is None


@pytest.mark.parametrize(
    "now",
    [at(WED, 8, 0), at(WED, 11, 59), at(WED, 13, 0), at(WED, 14, 59), at(FRI, 11, 29), at(FRI, 13, 0), at(FRI, 14, 59)],
)
def test_open_at_the_edges(now: dt.datetime) -> None:
    assert closed_reason(now, HOURS, OfficeCalendar()) is None


def test_friday_has_its_own_closing_time() -> None:
    hours = OfficeHours(friday_close_time=dt.time(14, 0))
    thursday = at(D(2026, 11, 26), 14, 30)
    assert closed_reason(thursday, hours, OfficeCalendar()) is None
    assert closed_reason(at(FRI, 14, 30), hours, OfficeCalendar()) == (
        "Pelayanan hari ini sudah ditutup pukul 14.00. Silakan datang besok pada hari kerja."
    )


def test_office_hours_round_trip_and_notice_format() -> None:
    hours = OfficeHours(open_time=dt.time(7, 30), friday_break_start=dt.time(11, 15))
    assert OfficeHours.from_json(hours.to_json()) == hours
    assert OfficeHours.from_json({"close_time": "16:00", "unknown": "x"}) == OfficeHours(close_time=dt.time(16, 0))
    assert OfficeHours.from_json(None) == OfficeHours()
    assert hhmm(dt.time(8, 5)) == "08.05"
