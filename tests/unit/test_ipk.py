"""IPK III/1 Bagian I and the flow by education: a hand-computed month, age-group edges, rows always balance."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counter_app.ipk import AGE_GROUPS, EDUCATION_CODES, UNKNOWN_AGE, IpkSeeker, age_column, monthly_report
from counter_app.jobseekers import EDUCATION_LEVELS

D = dt.date
REF = D(2026, 11, 30)  # the reference day of November 2026: ages are counted on the last day of the month


def seeker(sex: str, born: dt.date | None, edu: str, reg: dt.date, placed=None, removed=None) -> IpkSeeker:
    return IpkSeeker(sex=sex, birth_date=born, education=edu, registered_on=reg, placed_on=placed, removed_on=removed)


# The fixture month, November 2026. Comment = (age on 30 Nov, where the seeker counts).
FIXTURE = [
    seeker("L", D(2000, 5, 1), "SMA", D(2026, 5, 10)),  # 26 -> 20-29; rows 1, 5
    seeker("P", D(2007, 11, 30), "SMK", D(2026, 10, 1), placed=D(2026, 11, 15)),  # 19 -> 15-19; rows 1, 3
    seeker("P", D(1996, 11, 30), "S1", D(2026, 11, 3)),  # 30 (birthday on the day) -> 30-44; rows 2, 5
    seeker("L", D(1981, 12, 1), "SMP", D(2026, 11, 20), removed=D(2026, 11, 28)),  # 44 -> 30-44; rows 2, 4
    seeker("L", None, "SD", D(2026, 6, 1)),  # no birth date -> Lainnya; rows 1, 5
    seeker("P", D(1971, 11, 30), "SD", D(2025, 1, 1), removed=D(2026, 10, 31)),  # left before the month: nowhere
    seeker("L", D(1972, 1, 1), "D3", D(2026, 12, 1)),  # registered after the month: nowhere
    seeker("L", D(2012, 1, 1), "TS", D(2026, 11, 10)),  # 14 -> Lainnya; rows 2, 5
    seeker("P", D(1970, 1, 1), "S1", D(2025, 12, 1), placed=D(2026, 11, 30), removed=D(2026, 11, 30)),  # 56 -> 55+;
    # rows 1, 3 (placement wins over a removal on the same day)
    seeker("L", D(2006, 11, 30), "SMA", D(2026, 11, 30), placed=D(2026, 12, 2)),  # 20 -> 20-29; rows 2, 5
    seeker("P", D(1990, 6, 15), "", D(2026, 11, 5)),  # 36 -> 30-44, unknown education "?"; rows 2, 5
]

# Columns: 15-19, 20-29, 30-44, 45-54, 55+, Lainnya. Hand-computed from the comments above.
EXPECTED_AGE = {
    "1": ((0, 1, 0, 0, 0, 1), (1, 0, 0, 0, 1, 0)),
    "2": ((0, 1, 1, 0, 0, 1), (0, 0, 2, 0, 0, 0)),
    "A": ((0, 2, 1, 0, 0, 2), (1, 0, 2, 0, 1, 0)),
    "3": ((0, 0, 0, 0, 0, 0), (1, 0, 0, 0, 1, 0)),
    "4": ((0, 0, 1, 0, 0, 0), (0, 0, 0, 0, 0, 0)),
    "B": ((0, 0, 1, 0, 0, 0), (1, 0, 0, 0, 1, 0)),
    "5": ((0, 2, 0, 0, 0, 2), (0, 0, 2, 0, 0, 0)),
}
EXPECTED_TOTALS = {  # L, P, L+P
    "1": (2, 2, 4),
    "2": (3, 2, 5),
    "A": (5, 4, 9),
    "3": (0, 2, 2),
    "4": (1, 0, 1),
    "B": (1, 2, 3),
    "5": (4, 2, 6),
}
# Columns: TS SD SMP SMA SMK D1 D2 D3 D4 S1 S2 S3 ?
EXPECTED_EDU = {
    "1": ((0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0), (0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0)),
    "2": ((1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0), (0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1)),
    "3": ((0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), (0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0)),
    "4": ((0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
    "5": ((1, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0), (0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1)),
}


def test_fixture_month_equals_the_hand_computed_table() -> None:
    report = monthly_report(FIXTURE, 2026, 11)
    assert report.reference_date == REF
    assert report.period_label == "November 2026"
    assert report.by_age.columns == ("15-19", "20-29", "30-44", "45-54", "55+", UNKNOWN_AGE)
    assert [r.key for r in report.by_age.rows] == ["1", "2", "A", "3", "4", "B", "5"]
    for key, (male, female) in EXPECTED_AGE.items():
        row = report.by_age.row(key)
        assert (row.male, row.female) == (male, female), key
        assert (row.total_male, row.total_female, row.total) == EXPECTED_TOTALS[key], key
    assert report.by_education.columns == (*EDUCATION_LEVELS, "?")
    for key, (male, female) in EXPECTED_EDU.items():
        row = report.by_education.row(key)
        assert (row.male, row.female) == (male, female), key
    assert report.unknown_age == 2  # visible, not dropped
    assert report.balances()


def test_education_columns_follow_the_registers_levels() -> None:
    assert tuple(EDUCATION_LEVELS) == EDUCATION_CODES


def test_cells_are_printed_as_pairs_then_totals() -> None:
    row = monthly_report(FIXTURE, 2026, 11).by_age.row("A")
    assert row.cells() == (0, 1, 2, 0, 1, 2, 0, 0, 0, 1, 2, 0, 5, 4, 9)
    assert monthly_report(FIXTURE, 2026, 11).by_age.header()[:2] == ("15-19 L", "15-19 P")


def test_unbalanced_table_is_detected() -> None:
    table = monthly_report(FIXTURE, 2026, 11).by_age
    broken = type(table)(
        title=table.title,
        columns=table.columns,
        rows=tuple(
            r if r.key != "5" else type(r)(key="5", label=r.label, male=(9, 0, 0, 0, 0, 0), female=r.female)
            for r in table.rows
        ),
    )
    assert not broken.balances()


@pytest.mark.parametrize(
    ("born", "group"),
    [
        (D(2011, 12, 1), UNKNOWN_AGE),  # 14, turns 15 the day after
        (D(2011, 11, 30), "15-19"),  # 15 on the reference day
        (D(2006, 12, 1), "15-19"),  # 19
        (D(2006, 11, 30), "20-29"),  # 20 on the reference day
        (D(1996, 12, 1), "20-29"),  # 29
        (D(1996, 11, 30), "30-44"),  # 30 on the reference day
        (D(1981, 12, 1), "30-44"),  # 44
        (D(1981, 11, 30), "45-54"),  # 45 on the reference day
        (D(1971, 12, 1), "45-54"),  # 54
        (D(1971, 11, 30), "55+"),  # 55 on the reference day
        (D(1930, 1, 1), "55+"),
        (None, UNKNOWN_AGE),
    ],
)
def test_age_group_edges_on_the_reference_day(born: dt.date | None, group: str) -> None:
    labels = (*(label for label, _lo, _hi in AGE_GROUPS), UNKNOWN_AGE)
    assert labels[age_column(born, REF)] == group
    report = monthly_report([seeker("L", born, "SMA", D(2026, 11, 2))], 2026, 11)
    assert report.by_age.row("2").male[labels.index(group)] == 1


def test_empty_month_is_all_zero_and_balances() -> None:
    report = monthly_report([], 2026, 2)
    assert report.reference_date == D(2026, 2, 28)
    assert all(r.total == 0 for r in report.by_age.rows)
    assert report.balances()


dates = st.dates(min_value=D(2024, 1, 1), max_value=D(2027, 12, 31))
seekers = st.builds(
    IpkSeeker,
    sex=st.sampled_from(["L", "P"]),
    birth_date=st.none() | st.dates(min_value=D(1940, 1, 1), max_value=D(2015, 12, 31)),
    education=st.sampled_from([*EDUCATION_LEVELS, "", "X"]),
    registered_on=dates,
    placed_on=st.none() | dates,
    removed_on=st.none() | dates,
)


@settings(max_examples=300, deadline=None)
@given(people=st.lists(seekers, max_size=40), year=st.integers(2024, 2027), month=st.integers(1, 12))
def test_rows_always_balance(people: list[IpkSeeker], year: int, month: int) -> None:
    report = monthly_report(people, year, month)
    assert report.balances()
    # Row 5 is exactly who is still registered at the end of the month.
    end = report.reference_date
    still = 0
    for p in people:
        exits = [max(d, p.registered_on) for d in (p.placed_on, p.removed_on) if d is not None]
        if p.registered_on <= end and (not exits or min(exits) > end):
            still += 1
    assert report.by_age.row("5").total == still
    # Next month's row 1 is this month's row 5.
    nxt = monthly_report(people, year + (month == 12), month % 12 + 1)
    assert nxt.by_age.row("1").total == still
