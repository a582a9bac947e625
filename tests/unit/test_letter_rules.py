"""Pure letter rules: dates, numbers, placeholders, verification codes, the signature block, snapshots."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest

from counter_app import documents, letters
from counter_app.errors import UserError


def signatory(**change: object) -> letters.Signatory:
    base = letters.Signatory(
        id=uuid.uuid4(),
        jabatan="KEPALA DINAS TENAGA KERJA\nKABUPATEN MOJOKERTO",
        name="Drs. BUDI SANTOSO, M.Si.",
        golongan="IV/c",
        pangkat="Pembina Utama Muda",
        nip="196804111993031009",
        role="kepala_dinas",
        authority="",
        on_behalf_of="",
        active=True,
    )
    return dataclasses.replace(base, **change)


@pytest.mark.parametrize(
    ("day", "text"),
    [(dt.date(2026, 11, 22), "Mojokerto, 22 November 2026"), (dt.date(2027, 1, 5), "Mojokerto, 5 Januari 2027")],
)
def test_date_line_has_no_leading_zero_nor_period(day: dt.date, text: str) -> None:
    assert letters.date_line("Mojokerto", day) == text


def test_number_values_follow_the_scheme_and_month() -> None:
    register = letters.Register(
        id=uuid.uuid4(),
        key="k",
        name="n",
        number_template="{klasifikasi}/{urut}/{kode_unit}/{bulan_romawi}/{tahun}",
        klasifikasi_old="560",
        klasifikasi_new="500.15.9",
        unit_code="",
        active=True,
        last_number=0,
    )
    new = letters.number_values(register, letters.OfficeProfile(), dt.date(2026, 4, 2), 7)
    assert letters.format_number(register.number_template, new) == "500.15.9/7/416-115/IV/2026"
    old_profile = letters.OfficeProfile(scheme=letters.ClassificationScheme.OLD, unit_code="DTK")
    old = letters.number_values(register, old_profile, dt.date(2026, 12, 31), 12)
    assert letters.format_number(register.number_template, old) == "560/12/DTK/XII/2026"


@pytest.mark.parametrize(
    ("text", "names"),
    [("", set()), ("Yth. {nama} di {alamat}", {"nama", "alamat"}), ("{{literal}} {nama}", {"nama"})],
)
def test_placeholders_of(text: str, names: set[str]) -> None:
    assert letters.placeholders_of(text, "Isi") == names


@pytest.mark.parametrize("text", ["{nama", "nama}", "{Nama}", "{nama!r}", "{0}", "{}"])
def test_bad_placeholders_are_refused(text: str) -> None:
    with pytest.raises(UserError):
        letters.placeholders_of(text, "Isi")


def test_verification_codes_are_random_and_parse_from_qr_or_typed_text() -> None:
    codes = {letters.new_verification_code() for _ in range(200)}
    assert len(codes) == 200
    code = next(iter(codes))
    assert letters.parse_code(letters.qr_text("500.15.9/1/416-115/2026", code)) == code
    assert letters.parse_code(code.replace("-", "").lower()) == code
    assert letters.parse_code(f"  {code[:4]} {code[5:9]} {code[10:]} ") == code
    assert letters.parse_code("500.15.9/1/416-115/2026") is None
    assert not set("01IOL") & set(code.replace("-", ""))


def test_signature_block_with_an_and_plt() -> None:
    plain = letters.signature_of(signatory())
    assert plain.jabatan_lines == ("KEPALA DINAS TENAGA KERJA", "KABUPATEN MOJOKERTO,")
    assert (plain.pangkat, plain.nip) == ("Pembina Utama Muda (IV/c)", "NIP. 19680411 199303 1 009")
    an = letters.signature_of(signatory(authority="a.n.", on_behalf_of="BUPATI MOJOKERTO"))
    assert an.jabatan_lines == ("a.n. BUPATI MOJOKERTO", "KEPALA DINAS TENAGA KERJA", "KABUPATEN MOJOKERTO,")
    plt = letters.signature_of(signatory(authority="Plt."))
    assert plt.jabatan_lines[0] == "Plt. KEPALA DINAS TENAGA KERJA"


def test_snapshot_round_trip_keeps_every_field() -> None:
    data = documents.LetterData(
        layout="letter",
        paper="F4",
        kop_government="PEMERINTAH KABUPATEN MOJOKERTO",
        kop_office="DINAS TENAGA KERJA",
        kop_address=("Jl. Raya Jabon",),
        logo_png=b"\x89PNG\r\n\x1a\nxyz",
        place_date="Mojokerto, 1 Mei 2026",
        number="560/1/416-115/2026",
        sifat="Biasa",
        lampiran="-",
        hal="Rekomendasi",
        addressee=("Kepala",),
        addressee_place="Surabaya",
        title="",
        body=("Satu.", "Dua."),
        signature=documents.LetterSignature(("KEPALA,",), "Budi", "Pembina (IV/a)", "NIP. 1"),
        tembusan=("Arsip",),
        qr_text="q",
        verification_code="ABCD-EFGH-JKMN",
    )
    assert letters.letter_data_from_json(letters.letter_data_to_json(data)) == data
