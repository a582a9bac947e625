"""NIK structure: malformed numbers refused with what to fix; birth date or sex mismatches only warn."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counter_app import nik
from counter_app.errors import UserError

TODAY = dt.date(2026, 11, 25)


def test_parses_a_man_registered_in_mojosari() -> None:
    info = nik.check("3516 0812 0590 0001", today=TODAY)
    assert (info.nik, info.province, info.regency, info.district) == ("3516081205900001", "35", "16", "08")
    assert (info.birth_date, info.sex, info.serial, info.warnings) == (dt.date(1990, 5, 12), nik.Sex.MALE, "0001", ())
    assert info.from_kab_mojokerto


def test_women_have_forty_added_to_the_day() -> None:
    info = nik.check("3576014107050002", today=TODAY)
    assert (info.birth_date, info.sex) == (dt.date(2005, 7, 1), nik.Sex.FEMALE)
    assert not info.from_kab_mojokerto  # Kota Mojokerto is another Disnaker


def test_mismatched_birth_date_and_sex_warn_but_do_not_refuse() -> None:
    info = nik.check("3516081205900001", birth_date=dt.date(1990, 5, 13), sex=nik.Sex.FEMALE, today=TODAY)
    assert info.birth_date == dt.date(1990, 5, 12)
    assert len(info.warnings) == 2
    assert "13-05-1990" in info.warnings[0] and "12-05-1990" in info.warnings[0]
    assert "perempuan" in info.warnings[1] and "laki-laki" in info.warnings[1]


def test_ktp_birth_year_decides_the_century() -> None:
    assert nik.check("3516081205250001", birth_date=dt.date(1925, 5, 12), today=TODAY).warnings == ()
    assert nik.check("3516081205250001", today=TODAY).birth_date == dt.date(2025, 5, 12)


def test_a_date_that_does_not_exist_is_kept_with_a_warning() -> None:
    info = nik.check("3516083002900001", today=TODAY)  # 30 February
    assert info.birth_date is None
    assert "tidak ada di kalender" in info.warnings[0]


@pytest.mark.parametrize(
    ("raw", "complaint"),
    [
        ("", "belum diisi"),
        ("   ", "belum diisi"),
        ("351608120590001", "harus 16 angka; yang diketik 15"),
        ("35160812059000011", "harus 16 angka; yang diketik 17"),
        ("35160812059O0001", "hanya boleh berisi angka"),
        ("３５１６０８１２０５９０００01", "hanya boleh berisi angka"),
        ("9916081205900001", "bukan kode provinsi"),
        ("3500081205900001", "kabupaten/kota"),
        ("3516001205900001", "kecamatan"),
        ("3516083205900001", "bukan tanggal lahir"),
        ("3516087205900001", "bukan tanggal lahir"),
        ("3516081213900001", "bukan bulan lahir"),
        ("3516081200900001", "bukan bulan lahir"),
        ("3516081205900000", "0000"),
        ("'; DROP TABLE--", "hanya boleh berisi angka"),
    ],
)
def test_malformed_nik_is_refused_with_what_to_fix(raw: str, complaint: str) -> None:
    with pytest.raises(UserError, match=complaint):
        nik.check(raw, today=TODAY)


@settings(max_examples=300, deadline=None)
@given(
    province=st.sampled_from(sorted(nik.PROVINCE_CODES)),
    regency=st.integers(1, 99),
    district=st.integers(1, 99),
    born=st.dates(min_value=dt.date(1927, 1, 1), max_value=TODAY),
    sex=st.sampled_from(list(nik.Sex)),
    serial=st.integers(1, 9999),
)
def test_round_trip_of_any_well_formed_nik(
    province: int, regency: int, district: int, born: dt.date, sex: nik.Sex, serial: int
) -> None:
    day = born.day + (40 if sex is nik.Sex.FEMALE else 0)
    raw = f"{province:02d}{regency:02d}{district:02d}{day:02d}{born:%m%y}{serial:04d}"
    info = nik.check(raw, birth_date=born, sex=sex, today=TODAY)
    assert (info.birth_date, info.sex, info.warnings) == (born, sex, ())
    other = born + dt.timedelta(days=1)
    assert nik.check(raw, birth_date=other, today=TODAY).warnings  # a different date only warns
