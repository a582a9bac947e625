"""The monthly IPK III/1 report (Ikhtisar Statistik Antar Kerja, Bagian I Pencari Kerja), as pure functions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from counter_app import letterhead


@dataclass(frozen=True)
class IpkSeeker:
    """One registration as the IPK tables count it (the store supplies these; nothing here reads it)."""

    sex: str  # "L" or "P"
    birth_date: dt.date | None
    education: str  # one of jobseekers.EDUCATION_LEVELS codes ("TS", "SD", ... "S3")
    registered_on: dt.date
    placed_on: dt.date | None = None
    removed_on: dt.date | None = None


# --- The report ----------------------------------------------------------------------------------------------
#
# Decisions (documented here and on the screen):
# - Age is counted at the REFERENCE DATE = the last day of the report month, for every row (so one person sits in
#   one column of every row). A seeker whose birthday falls exactly on the reference day already has the new age.
# - A seeker with no birth date, or younger than 15 on the reference date, is counted in the extra column
#   "Lainnya" (UNKNOWN_AGE) — never dropped: the totals L/P/L+P always count everyone.
# - An education code outside the known levels is counted in the column "?" of the education table.
# - A seeker leaves the register once: on the earlier of placed_on / removed_on (placement wins on the same day).
#   An exit dated before the registration counts as happening on the registration day.
# - Registrations after the report month are ignored.

AGE_GROUPS: tuple[tuple[str, int, int | None], ...] = (
    ("15-19", 15, 19),
    ("20-29", 20, 29),
    ("30-44", 30, 44),
    ("45-54", 45, 54),
    ("55+", 55, None),
)
UNKNOWN_AGE = "Lainnya"  # column label: no birth date or younger than 15
UNKNOWN_EDUCATION = "?"
# The keys of jobseekers.EDUCATION_LEVELS, in order (repeated here: this module must not import the store's
# neighbours, and print/ renders it; tests/unit/test_ipk.py checks the two agree).
EDUCATION_CODES: tuple[str, ...] = ("TS", "SD", "SMP", "SMA", "SMK", "D1", "D2", "D3", "D4", "S1", "S2", "S3")

AGE_ROWS: tuple[tuple[str, str], ...] = (
    ("1", "Belum ditempatkan pada akhir bulan lalu"),
    ("2", "Terdaftar bulan ini"),
    ("A", "Jumlah (1 + 2)"),
    ("3", "Ditempatkan bulan ini"),
    ("4", "Dihapuskan bulan ini"),
    ("B", "Jumlah (3 + 4)"),
    ("5", "Belum ditempatkan pada akhir bulan ini (A - B)"),
)
EDUCATION_ROWS: tuple[tuple[str, str], ...] = (
    ("1", "Sisa akhir bulan lalu"),
    ("2", "Terdaftar bulan ini"),
    ("3", "Ditempatkan bulan ini"),
    ("4", "Dihapuskan bulan ini"),
    ("5", "Sisa akhir bulan ini"),
)
MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


@dataclass(frozen=True)
class FlowRow:
    """One row of a flow table: counts per column, men (L) and women (P)."""

    key: str  # "1", "2", "A", "3", "4", "B", "5"
    label: str
    male: tuple[int, ...]
    female: tuple[int, ...]

    @property
    def total_male(self) -> int:
        """Total L over every column."""
        return sum(self.male)

    @property
    def total_female(self) -> int:
        """Total P over every column."""
        return sum(self.female)

    @property
    def total(self) -> int:
        """Total L + P."""
        return self.total_male + self.total_female

    def cells(self) -> tuple[int, ...]:
        """The row as printed: L, P per column, then totals L, P, L+P."""
        pairs = tuple(n for lp in zip(self.male, self.female, strict=True) for n in lp)
        return (*pairs, self.total_male, self.total_female, self.total)


@dataclass(frozen=True)
class FlowTable:
    """A flow table (sisa lalu, terdaftar, ditempatkan, dihapuskan, sisa akhir) over some columns, L/P."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[FlowRow, ...]

    def row(self, key: str) -> FlowRow:
        """The row with ``key`` ("1" … "5", "A", "B")."""
        for r in self.rows:
            if r.key == key:
                return r
        raise KeyError(key)

    def header(self) -> tuple[str, ...]:
        """Cell headers matching FlowRow.cells(): "15-19 L", "15-19 P", …, "Jumlah L", "Jumlah P", "L+P"."""
        return (*(f"{c} {s}" for c in self.columns for s in ("L", "P")), "Jumlah L", "Jumlah P", "L+P")

    def balances(self) -> bool:
        """True when A = 1 + 2, B = 3 + 4 (where present), 5 = 1 + 2 - 3 - 4 and no count is negative."""
        r = {row.key: row for row in self.rows}
        for side in ("male", "female"):
            v = {k: getattr(row, side) for k, row in r.items()}
            for i in range(len(self.columns)):
                if any(vals[i] < 0 for vals in v.values()):
                    return False
                if "A" in v and v["A"][i] != v["1"][i] + v["2"][i]:
                    return False
                if "B" in v and v["B"][i] != v["3"][i] + v["4"][i]:
                    return False
                if v["5"][i] != v["1"][i] + v["2"][i] - v["3"][i] - v["4"][i]:
                    return False
        return True


@dataclass(frozen=True)
class IpkReport:
    """IPK III/1 Bagian I (by age group) and the same flow by education level, for one month."""

    year: int
    month: int
    reference_date: dt.date  # the day ages are counted on (last day of the month)
    by_age: FlowTable
    by_education: FlowTable
    kop: letterhead.Kop = letterhead.DEFAULT_KOP  # the service puts the kop saved in Profil Kantor here

    @property
    def period_label(self) -> str:
        """E.g. "November 2026"."""
        return f"{MONTHS_ID[self.month - 1]} {self.year}"

    @property
    def unknown_age(self) -> int:
        """Seekers in the month's register (row A) counted in the "Lainnya" age column."""
        row = self.by_age.row("A")
        return row.male[-1] + row.female[-1]

    def balances(self) -> bool:
        """Both tables balance and agree on every row total."""
        if not (self.by_age.balances() and self.by_education.balances()):
            return False
        return all(
            self.by_age.row(k).total_male == self.by_education.row(k).total_male
            and self.by_age.row(k).total_female == self.by_education.row(k).total_female
            for k in ("1", "2", "3", "4", "5")
        )


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of a month."""
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def age_on(birth_date: dt.date, on: dt.date) -> int:
    """Completed years on ``on`` (a birthday on ``on`` counts; 29 February counts on 1 March in other years)."""
    return on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))


def age_column(birth_date: dt.date | None, on: dt.date) -> int:
    """Index into AGE_GROUPS, or len(AGE_GROUPS) for the "Lainnya" column."""
    if birth_date is None:
        return len(AGE_GROUPS)
    age = age_on(birth_date, on)
    for i, (_label, low, high) in enumerate(AGE_GROUPS):
        if age >= low and (high is None or age <= high):
            return i
    return len(AGE_GROUPS)


def _exit(seeker: IpkSeeker) -> tuple[str, dt.date] | None:
    """("3", day) for a placement or ("4", day) for a removal: the one event that ends the registration."""
    events = []
    if seeker.placed_on is not None:
        events.append((max(seeker.placed_on, seeker.registered_on), 0, "3"))
    if seeker.removed_on is not None:
        events.append((max(seeker.removed_on, seeker.registered_on), 1, "4"))
    if not events:
        return None
    day, _order, key = min(events)
    return key, day


def _flows(seeker: IpkSeeker, first: dt.date, last: dt.date) -> tuple[str, ...]:
    """The base rows ("1" … "5") this seeker counts in for the month."""
    if seeker.registered_on > last:
        return ()
    exit_ = _exit(seeker)
    if exit_ is not None and exit_[1] < first:
        return ()  # left the register before the month
    keys = ["1" if seeker.registered_on < first else "2"]
    if exit_ is not None and exit_[1] <= last:
        keys.append(exit_[0])
    else:
        keys.append("5")
    return tuple(keys)


def _table(
    title: str,
    columns: tuple[str, ...],
    rows: tuple[tuple[str, str], ...],
    counts: dict[tuple[str, str], list[int]],
) -> FlowTable:
    def base(key: str, sex: str) -> list[int]:
        return counts[(key, sex)]

    out = []
    for key, label in rows:
        per_sex = []
        for sex in ("L", "P"):
            if key == "A":
                vals = [a + b for a, b in zip(base("1", sex), base("2", sex), strict=True)]
            elif key == "B":
                vals = [a + b for a, b in zip(base("3", sex), base("4", sex), strict=True)]
            else:
                vals = base(key, sex)
            per_sex.append(tuple(vals))
        out.append(FlowRow(key=key, label=label, male=per_sex[0], female=per_sex[1]))
    return FlowTable(title=title, columns=columns, rows=tuple(out))


def monthly_report(
    seekers: Iterable[IpkSeeker], year: int, month: int, *, education_levels: Mapping[str, str] | None = None
) -> IpkReport:
    """IPK III/1 Bagian I and the flow by education for ``year``-``month``.

    Args:
        seekers: every registration made up to the end of the month (later ones are ignored).
        year: report year.
        month: report month, 1-12.
        education_levels: education codes in column order (default EDUCATION_CODES).

    Returns:
        The report; ``report.balances()`` is always true.
    """
    codes = tuple(education_levels) if education_levels is not None else EDUCATION_CODES
    first, last = month_bounds(year, month)
    age_cols = (*(label for label, _lo, _hi in AGE_GROUPS), UNKNOWN_AGE)
    edu_cols = (*codes, UNKNOWN_EDUCATION)
    by_age = {(k, s): [0] * len(age_cols) for k in "12345" for s in "LP"}
    by_edu = {(k, s): [0] * len(edu_cols) for k in "12345" for s in "LP"}
    for seeker in seekers:
        keys = _flows(seeker, first, last)
        if not keys:
            continue
        sex = "P" if seeker.sex.upper() in ("P", "W", "2") else "L"
        a = age_column(seeker.birth_date, last)
        e = codes.index(seeker.education) if seeker.education in codes else len(codes)
        for key in keys:
            by_age[(key, sex)][a] += 1
            by_edu[(key, sex)][e] += 1
    return IpkReport(
        year=year,
        month=month,
        reference_date=last,
        by_age=_table("IPK III/1 Bagian I. Pencari kerja menurut golongan umur", age_cols, AGE_ROWS, by_age),
        by_education=_table("Pencari kerja menurut tingkat pendidikan", edu_cols, EDUCATION_ROWS, by_edu),
    )
