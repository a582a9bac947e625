"""The bundled kecamatan/desa list of Kabupaten Mojokerto: complete, unique, consistent with DOMAIN.md §4."""

from __future__ import annotations

import re

import pytest

from counter_app import jobseekers, wilayah

# DOMAIN.md §4: the kecamatan of Kabupaten Mojokerto (Kemendagri codes 35.16.01-18).
KECAMATAN_NAMES = {
    f"35.16.{n:02d}": name
    for n, name in enumerate(
        (
            "Jatirejo",
            "Gondang",
            "Pacet",
            "Trawas",
            "Ngoro",
            "Pungging",
            "Kutorejo",
            "Mojosari",
            "Dlanggu",
            "Bangsal",
            "Puri",
            "Trowulan",
            "Sooko",
            "Gedeg",
            "Kemlagi",
            "Jetis",
            "Dawarblandong",
            "Mojoanyar",
        ),
        start=1,
    )
}
DESA_PATTERN = re.compile(r"^35\.16\.\d{2}\.[12]\d{3}$")  # 1xxx kelurahan, 2xxx desa


def test_eighteen_kecamatan_with_the_names_of_domain_md() -> None:
    table = wilayah.mojokerto()
    assert [r.code for r in table.kecamatan] == [f"35.16.{n:02d}" for n in range(1, 19)]
    assert {r.code: r.name for r in table.kecamatan} == KECAMATAN_NAMES


def test_three_hundred_and_four_desa_with_unique_codes_under_their_kecamatan() -> None:
    table = wilayah.mojokerto()
    desa = [d for k in table.kecamatan for d in table.desa(k.code)]
    assert len(desa) == 304
    assert len({d.code for d in desa}) == 304
    for k in table.kecamatan:
        rows = table.desa(k.code)
        assert rows, k.name
        for d in rows:
            assert d.code.startswith(k.code + ".")
            assert DESA_PATTERN.match(d.code)
            assert jobseekers.KECAMATAN_PATTERN.match(k.code)
            assert d.name and d.name == d.name.strip()


def test_the_five_kelurahan_are_all_in_mojosari() -> None:
    table = wilayah.mojokerto()
    kelurahan = [d for k in table.kecamatan for d in table.desa(k.code) if d.is_kelurahan]
    assert [(d.code, d.name) for d in kelurahan] == [
        ("35.16.08.1004", "Kauman"),
        ("35.16.08.1005", "Sarirejo"),
        ("35.16.08.1006", "Sawahan"),
        ("35.16.08.1007", "Mojosari"),
        ("35.16.08.1008", "Wonokusumo"),
    ]
    assert all(d.code.rsplit(".", 1)[1].startswith("2") for d in table.desa("35.16.01"))


def test_names_and_unknown_codes() -> None:
    table = wilayah.mojokerto()
    assert table.name("35.16.05.2008") == "Manduro Manggunggajah"
    assert table.name("35.16.18") == "Mojoanyar"
    assert table.name("35.76.01") == ""
    assert table.desa("35.16.99") == ()
    assert len(table.desa("35.16.18")) == 12  # 2007 is not used


def test_a_desa_without_its_kecamatan_is_refused() -> None:
    with pytest.raises(ValueError, match="without"):
        wilayah.parse(["kode,nama", "35.16.01.2001,Tawangrejo"])
    with pytest.raises(ValueError, match="bad region"):
        wilayah.parse(["kode,nama", "35.16,KAB"])
