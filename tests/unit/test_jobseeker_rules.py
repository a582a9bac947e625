"""Pure AK/1 rules: name folding, validity and report dates, education, number patterns, profile checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from counter_app import documents
from counter_app.errors import UserError
from counter_app.jobseekers import (
    Ak1Settings,
    EducationRow,
    JobSeekerProfile,
    add_months,
    card_education,
    check_number_pattern,
    check_profile,
    fold_name,
    format_number,
    highest_education,
    name_words,
    next_report_due,
    report_due_dates,
    valid_until_of,
)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("  Siti   AMINAH ", "siti aminah"),
        ("Ma'ruf Amín", "maruf amin"),
        ("Nu’man Hakim", "numan hakim"),
        ("Ni Luh Putu-Ayu", "ni luh putu ayu"),
        ("R.A. Kartini", "r a kartini"),
        ("JOSÉ ÇAKRA", "jose cakra"),
        ("", ""),
    ],
)
def test_fold_name(raw: str, folded: str) -> None:
    assert fold_name(raw) == folded


def test_name_words_are_distinct_and_sorted() -> None:
    assert name_words("Siti Siti Aminah") == ["aminah", "siti"]


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 11, 23), 6, dt.date(2027, 5, 23)),
        (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
        (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 29)),
        (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),
        (dt.date(2026, 1, 31), -2, dt.date(2025, 11, 30)),
    ],
)
def test_add_months_clamps_to_the_month_end(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


def test_valid_until_is_two_years_minus_one_day() -> None:
    assert valid_until_of(dt.date(2026, 11, 23)) == dt.date(2028, 11, 22)
    assert valid_until_of(dt.date(2028, 2, 29)) == dt.date(2030, 2, 27)  # 28 Feb 2030 minus a day
    assert valid_until_of(dt.date(2026, 1, 1), 3) == dt.date(2028, 12, 31)


def test_report_dates_and_next_due() -> None:
    settings = Ak1Settings()
    issued = dt.date(2026, 11, 23)
    assert report_due_dates(issued, settings) == (dt.date(2027, 5, 23), dt.date(2027, 11, 23), dt.date(2028, 5, 23))
    until = valid_until_of(issued)
    assert [next_report_due(issued, n, until, settings) for n in range(4)] == [
        dt.date(2027, 5, 23),
        dt.date(2027, 11, 23),
        dt.date(2028, 5, 23),
        None,
    ]
    four = Ak1Settings(report_rows=4)
    assert next_report_due(issued, 3, until, four) is None  # +24 months is after the last valid day
    assert next_report_due(issued, 3, until, Ak1Settings(report_rows=4, report_every_months=5)) == dt.date(2028, 7, 23)


def test_highest_education_follows_the_code_order() -> None:
    assert highest_education([]) == "TS"
    assert highest_education([EducationRow("SMK", "x"), EducationRow("SD", "y")]) == "SMK"
    assert highest_education([EducationRow("D4", "x"), EducationRow("S1", "y"), EducationRow("D3", "z")]) == "S1"


def test_card_education_always_has_the_five_rows() -> None:
    rows = card_education([EducationRow("S2", "UGM", "Hukum", 2015, 2017), EducationRow("S1", "Unair", "Hukum")])
    assert rows == (
        documents.CardEducationRow("SD", "", "", ""),
        documents.CardEducationRow("SLTP", "", "", ""),
        documents.CardEducationRow("SLTA/SMK", "", "", ""),
        documents.CardEducationRow("D.I-II-III-IV", "", "", ""),
        documents.CardEducationRow("S1-S2-S3", "S2 UGM", "Hukum", "2017"),
    )


def test_number_patterns() -> None:
    assert format_number("3516-{tahun}-{urut:06d}", 2026, 42) == "3516-2026-000042"
    assert check_number_pattern(" AK1/{urut}/{tahun} ") == "AK1/{urut}/{tahun}"
    for bad, match in (("AK-{tahun}", "{urut}"), ("{urut}{nama}", "hanya"), ("{urut:d}" + "X" * 40, "terlalu")):
        with pytest.raises(UserError, match=match):
            check_number_pattern(bad)


def test_check_profile_returns_warnings_and_refuses_bad_fields() -> None:
    p = JobSeekerProfile(nik="3516084107900001", name="Siti", religion="1", marital_status="kawin")
    on = dt.date(2026, 11, 23)
    assert check_profile(p, on=on) == ()
    assert len(check_profile(replace(p, sex="L"), on=on)) == 1
    with pytest.raises(UserError, match="NIK harus 16 angka"):
        check_profile(replace(p, nik="123"), on=on)
    with pytest.raises(UserError, match="Nama lengkap"):
        check_profile(replace(p, name=""), on=on)
