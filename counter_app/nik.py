"""NIK (Nomor Induk Kependudukan) structure check: refuse malformed numbers, only warn on mismatches (DOMAIN.md §4).

A NIK is ``PP KK CC DDMMYY SSSS``: province, kabupaten/kota, kecamatan of first registration, the day of
birth (+40 for women), month, two-digit year and a serial from 0001. Dukcapil never changes a NIK, even
when it does not match the birth date on the KTP, so a mismatch with a given birth date or sex is a
warning the clerk reads, never a refusal.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from counter_app.errors import UserError

# Kemendagri province codes as used in NIKs (Sumatra 11-19, Kepulauan Riau 21, Java and Bali/Nusa
# Tenggara 31-36 and 51-53, Kalimantan 61-65, Sulawesi 71-76, Maluku 81-82, Papua 91-97 — the Papua
# codes moved between 2003 and 2022, and NIKs issued under either numbering stay valid).
PROVINCE_CODES = frozenset(
    {11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53}
    | {61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97}
)
KAB_MOJOKERTO = "3516"


class Sex(StrEnum):
    """Sex as written on the KTP."""

    MALE = "L"
    FEMALE = "P"


SEX_LABELS = {Sex.MALE: "laki-laki", Sex.FEMALE: "perempuan"}


@dataclass(frozen=True)
class NikInfo:
    """What the NIK itself says; ``birth_date`` is None when DD-MM-YY is no real date (kept, with a warning)."""

    nik: str
    province: str
    regency: str
    district: str
    birth_date: dt.date | None
    sex: Sex
    serial: str
    warnings: tuple[str, ...] = ()

    @property
    def from_kab_mojokerto(self) -> bool:
        """True when the NIK was first registered in Kabupaten Mojokerto (35.16); domicile is the KTP address."""
        return self.province + self.regency == KAB_MOJOKERTO


def normalise(raw: str) -> str:
    """Drop spaces, dots and dashes people type between the groups ("3516 0812 ..." -> "35160812...")."""
    return "".join(ch for ch in (raw or "") if ch not in " .-\t")


def check(
    raw: str,
    *,
    birth_date: dt.date | None = None,
    sex: Sex | str | None = None,
    today: dt.date | None = None,
) -> NikInfo:
    """Check the structure of a NIK and compare it with the given birth date and sex.

    Args:
        raw: the NIK as typed or scanned.
        birth_date: the birth date on the KTP, if known; a mismatch only adds a warning.
        sex: the sex on the KTP, if known; a mismatch only adds a warning.
        today: the reference date for the century of YY (defaults to today).

    Returns:
        The parsed parts and the warnings.

    Raises:
        UserError: the NIK is malformed; the message says what to fix.
    """
    nik = normalise(raw)
    if not nik:
        raise UserError("NIK belum diisi. Ketik 16 angka NIK dari KTP atau KK.")
    if not nik.isascii() or not nik.isdigit():
        raise UserError("NIK hanya boleh berisi angka (16 angka, tanpa huruf). Periksa lagi ketikan dari KTP.")
    if len(nik) != 16:
        raise UserError(f"NIK harus 16 angka; yang diketik {len(nik)} angka. Periksa lagi dari KTP atau KK.")
    province, regency, district = nik[0:2], nik[2:4], nik[4:6]
    if int(province) not in PROVINCE_CODES:
        raise UserError(f"Dua angka pertama NIK ({province}) bukan kode provinsi. Periksa lagi dari KTP.")
    if regency == "00":
        raise UserError("Angka ke-3 dan ke-4 NIK (kode kabupaten/kota) tidak boleh 00. Periksa lagi dari KTP.")
    if district == "00":
        raise UserError("Angka ke-5 dan ke-6 NIK (kode kecamatan) tidak boleh 00. Periksa lagi dari KTP.")
    day, month, year2 = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    if 1 <= day <= 31:
        parsed_sex = Sex.MALE
    elif 41 <= day <= 71:
        parsed_sex, day = Sex.FEMALE, day - 40
    else:
        raise UserError(
            f"Angka ke-7 dan ke-8 NIK ({nik[6:8]}) bukan tanggal lahir (01-31, perempuan 41-71). Periksa lagi."
        )
    if not 1 <= month <= 12:
        raise UserError(f"Angka ke-9 dan ke-10 NIK ({nik[8:10]}) bukan bulan lahir (01-12). Periksa lagi.")
    if nik[12:16] == "0000":
        raise UserError("Empat angka terakhir NIK tidak boleh 0000. Periksa lagi dari KTP.")
    today = today or dt.date.today()
    century = 2000 if 2000 + year2 <= today.year else 1900
    if birth_date is not None and birth_date.year % 100 == year2:
        century = birth_date.year - year2  # YY is ambiguous (1925 or 2025): the KTP date decides
    warnings: list[str] = []
    try:
        parsed_date: dt.date | None = dt.date(century + year2, month, day)
    except ValueError:
        parsed_date = None
        warnings.append(f"Tanggal lahir dalam NIK ({day:02d}-{month:02d}-{year2:02d}) tidak ada di kalender.")
    if birth_date is not None and parsed_date is not None and birth_date != parsed_date:
        warnings.append(
            f"Tanggal lahir {birth_date:%d-%m-%Y} tidak sama dengan NIK ({parsed_date:%d-%m-%Y}). "
            "NIK tidak pernah diubah Dukcapil; pastikan tanggal lahir sesuai KTP."
        )
    if sex is not None and Sex(sex) != parsed_sex:
        warnings.append(
            f"Jenis kelamin {SEX_LABELS[Sex(sex)]} tidak sama dengan NIK ({SEX_LABELS[parsed_sex]}). "
            "Pastikan sesuai KTP."
        )
    return NikInfo(
        nik=nik,
        province=province,
        regency=regency,
        district=district,
        birth_date=parsed_date,
        sex=parsed_sex,
        serial=nik[12:16],
        warnings=tuple(warnings),
    )
