"""AK/1 job seekers (pencari kerja): interview profile, registration, report-backs, placement, removal, search."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import Enum, StrEnum
from typing import Any

from sqlalchemy.exc import IntegrityError

from counter_app import documents, ipk, letterhead, wilayah
from counter_app import nik as nik_check
from counter_app.changes import Changes
from counter_app.context import ServiceContext
from counter_app.db import models
from counter_app.db.unit_of_work import UnitOfWork
from counter_app.errors import Conflict, NotFound, UserError
from counter_app.roles import Permission, Principal

# Formal education codes (DOMAIN.md §7), in order, with the labels staff use.
EDUCATION_LEVELS: dict[str, str] = {
    "TS": "Tidak/belum sekolah",
    "SD": "SD/MI",
    "SMP": "SMP/MTs",
    "SMA": "SMA/MA",
    "SMK": "SMK",
    "D1": "D.I",
    "D2": "D.II",
    "D3": "D.III",
    "D4": "D.IV",
    "S1": "S1",
    "S2": "S2",
    "S3": "S3",
}
# Religion codes as printed on the card (DOMAIN.md §1).
RELIGIONS: dict[str, str] = {
    "1": "Islam",
    "2": "Katholik",
    "3": "Protestan",
    "4": "Hindu",
    "5": "Budha",
    "6": "Konghucu",
    "7": "Lainnya",
}
# KBJI 2014 golongan pokok (DOMAIN.md §7) for desired jobs.
KBJI_MAJOR_GROUPS: dict[str, str] = {
    "1": "Manajer",
    "2": "Profesional",
    "3": "Teknisi dan Asisten Profesional",
    "4": "Tenaga Tata Usaha",
    "5": "Tenaga Usaha Jasa dan Tenaga Penjualan",
    "6": "Pekerja Terampil Pertanian, Kehutanan dan Perikanan",
    "7": "Pekerja Pengolahan, Kerajinan, dan YBDI",
    "8": "Operator dan Perakit Mesin",
    "9": "Pekerja Kasar",
    "0": "TNI dan Polri",
}


class MaritalStatus(StrEnum):
    """Status perkawinan; the card knows only 1 Kawin / 2 Belum kawin (cerai counts as not married)."""

    BELUM_KAWIN = "belum_kawin"
    KAWIN = "kawin"
    CERAI_HIDUP = "cerai_hidup"
    CERAI_MATI = "cerai_mati"


class PhotoEdit(Enum):
    """What ``update_profile`` does with the stored photo when it is given no new one."""

    KEEP = "keep"  # leave the stored photo as it is (None, by contrast, removes it)


KEEP_PHOTO = PhotoEdit.KEEP


class CardStatus(StrEnum):
    """Where a registration stands."""

    ACTIVE = "aktif"  # registered, not placed, within its two years
    PLACED = "ditempatkan"  # placement recorded: the card is closed (di-nonaktifkan)
    REMOVED = "dihapus"  # removed from the register (expired unreported, moved, on request)


@dataclass(frozen=True)
class EducationRow:
    """One formal-education row of the interview."""

    level: str  # EDUCATION_LEVELS key
    school: str
    major: str = ""
    year_in: int | None = None
    year_out: int | None = None
    score: str = ""  # NEM / IPK as written


@dataclass(frozen=True)
class TrainingRow:
    """Non-formal training or a skill, with the year."""

    name: str
    institution: str = ""
    year: int | None = None


@dataclass(frozen=True)
class LanguageRow:
    """A language the seeker speaks (bahasa yang dikuasai)."""

    language: str
    level: str = ""  # "Aktif" / "Pasif"


@dataclass(frozen=True)
class ExperienceRow:
    """Work experience: company, position, years."""

    company: str
    position: str
    year_in: int | None = None
    year_out: int | None = None


@dataclass(frozen=True)
class DesiredJob:
    """A job the seeker wants, coded by KBJI golongan pokok."""

    kbji_group: str  # KBJI_MAJOR_GROUPS key
    title: str
    location: str = ""


@dataclass(frozen=True)
class JobSeekerProfile:
    """The AK/II interview as typed (no photo); also the shape of an autosaved draft."""

    nik: str = ""
    kk: str = ""
    name: str = ""
    birth_place: str = ""
    birth_date: dt.date | None = None
    sex: str = ""  # "L" / "P"
    religion: str = ""  # RELIGIONS key
    marital_status: str = ""  # MaritalStatus value
    address: str = ""  # street, RT/RW
    kecamatan_code: str = ""  # "35.16.08"
    desa_code: str = ""  # "35.16.08.2001"
    postcode: str = ""
    phone: str = ""
    email: str = ""
    height_cm: int | None = None
    weight_kg: int | None = None
    education: tuple[EducationRow, ...] = ()
    training: tuple[TrainingRow, ...] = ()
    languages: tuple[LanguageRow, ...] = ()
    experience: tuple[ExperienceRow, ...] = ()
    desired_jobs: tuple[DesiredJob, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class ReportBack:
    """One report-back (lapor): number 1, 2, 3 … and who recorded it."""

    number: int
    reported_on: dt.date
    officer_name: str
    officer_nip: str
    note: str = ""


@dataclass(frozen=True)
class Placement:
    """Where the seeker was placed; recording it closes the card."""

    employer: str
    position: str
    placed_on: dt.date


@dataclass(frozen=True)
class JobSeekerSummary:
    """A row of the search results and lists."""

    id: uuid.UUID
    nik: str
    name: str
    birth_date: dt.date | None
    sex: str
    registration_number: str
    issued_on: dt.date
    valid_until: dt.date
    status: CardStatus
    reports_done: int
    next_report_due: dt.date | None  # None when placed, removed, or every report is done


@dataclass(frozen=True)
class SearchResult:
    """The rows a search shows and how many registrations match in all (at most SEARCH_COUNT_MAX)."""

    rows: tuple[JobSeekerSummary, ...]
    total: int

    @property
    def cut(self) -> bool:
        """True when more registrations match than are shown."""
        return self.total > len(self.rows)


@dataclass(frozen=True)
class JobSeekerRecord:
    """One registration in full: the profile, the photo and what happened since."""

    summary: JobSeekerSummary
    profile: JobSeekerProfile
    photo_png: bytes | None
    reports: tuple[ReportBack, ...]
    placement: Placement | None
    removed_on: dt.date | None
    removal_reason: str
    officer_name: str
    officer_nip: str
    card_prints: int
    previous_id: uuid.UUID | None = None  # the registration this one renewed
    warnings: tuple[str, ...] = ()  # NIK vs birth date / sex mismatches found when saving (never refused)


@dataclass(frozen=True)
class DueReport:
    """A seeker whose next report-back is due (or late) on a given day."""

    seeker: JobSeekerSummary
    report_number: int
    due_on: dt.date
    days_late: int  # 0 when not yet late


@dataclass(frozen=True)
class Ak1Settings:
    """Office-wide AK/1 options (admin)."""

    number_pattern: str = "3516-{tahun}-{urut:06d}"  # local number when SIAPkerja/Karirhub gives none
    report_rows: int = 3  # report-back rows on the card (3 on the known templates; some offices use 4)
    valid_years: int = 2
    report_every_months: int = 6


@dataclass(frozen=True)
class Registration:
    """What the officer confirms when registering: the number and dates."""

    registration_number: str = ""  # as typed from SIAPkerja/Karirhub; empty -> from the local pattern
    issued_on: dt.date | None = None  # None -> today
    extra: dict[str, str] = field(default_factory=dict)


# ---- labels and limits ---------------------------------------------------------------------------------------

MARITAL_LABELS: dict[MaritalStatus, str] = {
    MaritalStatus.BELUM_KAWIN: "Belum kawin",
    MaritalStatus.KAWIN: "Kawin",
    MaritalStatus.CERAI_HIDUP: "Cerai hidup",
    MaritalStatus.CERAI_MATI: "Cerai mati",
}
STATUS_LABELS: dict[CardStatus, str] = {
    CardStatus.ACTIVE: "Aktif",
    CardStatus.PLACED: "Ditempatkan",
    CardStatus.REMOVED: "Dihapus",
}
SEX_LABELS = {"L": "Laki-laki", "P": "Perempuan"}
REPORT_LABELS = ("Kesatu", "Kedua", "Ketiga", "Keempat", "Kelima", "Keenam")
# The card's formal-education rows (DOMAIN.md §1) and the education codes each one takes.
CARD_EDUCATION_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("SD", ("SD",)),
    ("SLTP", ("SMP",)),
    ("SLTA/SMK", ("SMA", "SMK")),
    ("D.I-II-III-IV", ("D1", "D2", "D3", "D4")),
    ("S1-S2-S3", ("S1", "S2", "S3")),
)


def _card_header(uow: UnitOfWork) -> tuple[str, str]:
    """The card's two header lines: the kop of Profil Kantor once the admin saved it, else the defaults."""
    kop = letterhead.office_kop(uow.office_settings)
    return (kop.government, kop.office)


SETTINGS_KEY = "ak1"
MIN_AGE, MAX_AGE = 15, 100
NAME_MAX = 200
TEXT_MAX = 200
ADDRESS_MAX = 1000
NOTES_MAX = 4000
NUMBER_MAX = 40
ROWS_MAX = 30
PHOTO_MAX_BYTES = 2 * 1024 * 1024
SEARCH_MIN = 2
SEARCH_COUNT_MAX = 10_000  # a search counts its matches up to this many
DUE_LIST_MAX = 2000
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 ()-]{5,30}$")
KECAMATAN_PATTERN = re.compile(r"^\d{2}\.\d{2}\.\d{2}$")


# ---- pure helpers ---------------------------------------------------------------------------------------------


def fold_name(name: str) -> str:
    """Lower case without accents or punctuation, single spaces ("Ma'ruf  AMÍN" -> "maruf amin"): the search key."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = re.sub(r"['`’‘]", "", plain.lower())  # Ma'ruf, Nu’man: the apostrophe joins, it does not split
    return " ".join(re.sub(r"[^\w]+", " ", plain).replace("_", " ").split())


def name_words(name: str) -> list[str]:
    """The distinct folded words of a name, as the search index stores them."""
    return sorted({w[:64] for w in fold_name(name).split()})


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months; the 31st becomes the month's last day (31 Aug + 6 months = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def valid_until_of(issued_on: dt.date, years: int = 2) -> dt.date:
    """Last day of validity: ``years`` later MINUS one day, so the card is valid exactly ``years`` years.

    Issued 23-11-2026 -> valid through 22-11-2028; on 23-11-2028 it has expired.
    """
    return add_months(issued_on, 12 * years) - dt.timedelta(days=1)


def report_due_dates(issued_on: dt.date, settings: Ak1Settings) -> tuple[dt.date, ...]:
    """When report-back 1, 2, 3 ... falls due: every ``report_every_months`` from the issue date."""
    return tuple(add_months(issued_on, settings.report_every_months * n) for n in range(1, settings.report_rows + 1))


def next_report_due(
    issued_on: dt.date, reports_done: int, valid_until: dt.date, settings: Ak1Settings
) -> dt.date | None:
    """The due date of the next report-back, or None when every report row is used or it falls after expiry."""
    dues = report_due_dates(issued_on, settings)
    if reports_done >= len(dues) or dues[reports_done] > valid_until:
        return None
    return dues[reports_done]


def highest_education(rows: Sequence[EducationRow]) -> str:
    """The highest EDUCATION_LEVELS code among ``rows``; "TS" (no schooling) without any."""
    order = list(EDUCATION_LEVELS)
    return max((r.level for r in rows), key=order.index, default="TS")


def format_number(pattern: str, year: int, serial: int) -> str:
    """A local AK/1 number from the admin's pattern: ``{tahun}`` is the year, ``{urut}`` the yearly serial."""
    return pattern.format(tahun=year, urut=serial).strip()


def check_number_pattern(pattern: str) -> str:
    """Refuse a pattern without ``{urut}`` or one that does not produce a usable number."""
    pattern = (pattern or "").strip()
    if "{urut" not in pattern:
        raise UserError("Pola nomor AK/1 harus memuat {urut} (nomor urut per tahun), misalnya 3516-{tahun}-{urut:06d}.")
    try:
        sample = format_number(pattern, 2026, 1)
    except (KeyError, IndexError, ValueError) as exc:
        raise UserError(
            "Pola nomor AK/1 tidak dapat dipakai: gunakan hanya {tahun} dan {urut} (boleh {urut:06d})."
        ) from exc
    if not sample or len(format_number(pattern, 2026, 999999)) > NUMBER_MAX:
        raise UserError(f"Nomor dari pola itu terlalu panjang; paling banyak {NUMBER_MAX} karakter.")
    return pattern


def age_on(birth_date: dt.date, day: dt.date) -> int:
    """Whole years of age on ``day``."""
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


def _text(value: str, what: str, limit: int = TEXT_MAX, *, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise UserError(f"{what} belum diisi.")
    if len(value) > limit:
        raise UserError(f"{what} terlalu panjang ({len(value)} huruf); paling banyak {limit} huruf. Singkat isinya.")
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in value) or "\x7f" in value:
        raise UserError(f"{what} berisi karakter kendali yang tidak dapat disimpan; ketik ulang.")
    return value


def _year(value: int | None, what: str, today: dt.date) -> int | None:
    if value is None:
        return None
    if not 1940 <= value <= today.year + 1:
        raise UserError(f"{what} {value} tidak masuk akal; isi tahun antara 1940 dan {today.year + 1}.")
    return value


def _years(year_in: int | None, year_out: int | None, what: str, today: dt.date) -> tuple[int | None, int | None]:
    year_in = _year(year_in, f"Tahun masuk {what}", today)
    year_out = _year(year_out, f"Tahun keluar/lulus {what}", today)
    if year_in is not None and year_out is not None and year_out < year_in:
        raise UserError(f"Tahun lulus/keluar {what} ({year_out}) sebelum tahun masuknya ({year_in}). Periksa lagi.")
    return year_in, year_out


def _rows(rows: Sequence[Any], what: str) -> None:
    if len(rows) > ROWS_MAX:
        raise UserError(f"Terlalu banyak baris {what} ({len(rows)}); paling banyak {ROWS_MAX}.")


def clean_profile(profile: JobSeekerProfile, *, on: dt.date) -> tuple[JobSeekerProfile, tuple[str, ...]]:
    """Check every field of an interview and return it tidied (trimmed, NIK digits only) with the warnings.

    Args:
        profile: the interview as typed.
        on: the registration (issue) date; age must be 15..100 on that day.

    Returns:
        The cleaned profile, and the warnings (NIK not matching birth date or sex) to show, never refused.

    Raises:
        UserError: a field is wrong; the message names the field and says what to fix.
    """
    sex = (profile.sex or "").strip().upper()
    if sex and sex not in SEX_LABELS:
        raise UserError("Jenis kelamin harus L (laki-laki) atau P (perempuan).")
    info = nik_check.check(profile.nik, birth_date=profile.birth_date, sex=sex or None, today=on)
    name = _text(profile.name, "Nama lengkap", NAME_MAX, required=True)
    kk = "".join(ch for ch in (profile.kk or "") if ch not in " .-")
    if kk and not (kk.isascii() and kk.isdigit() and len(kk) == 16):
        raise UserError(f"Nomor KK harus 16 angka; yang diketik '{profile.kk.strip()}'. Periksa lagi dari KK.")
    birth_date = profile.birth_date or info.birth_date
    if birth_date is None:
        raise UserError("Tanggal lahir belum diisi (dan tidak terbaca dari NIK). Isi sesuai KTP.")
    if birth_date > on:
        raise UserError("Tanggal lahir tidak boleh setelah tanggal pendaftaran.")
    age = age_on(birth_date, on)
    if not MIN_AGE <= age <= MAX_AGE:
        raise UserError(
            f"Umur pada tanggal pendaftaran {age} tahun; pencari kerja harus berumur {MIN_AGE} sampai {MAX_AGE} "
            "tahun. Periksa tanggal lahir."
        )
    religion = (profile.religion or "").strip()
    if religion not in RELIGIONS:
        raise UserError("Agama belum dipilih. Pilih dari daftar (1 Islam ... 7 Lainnya).")
    marital = (profile.marital_status or "").strip()
    if marital not in {m.value for m in MaritalStatus}:
        raise UserError("Status perkawinan belum dipilih. Pilih dari daftar.")
    email = (profile.email or "").strip()
    if email and (len(email) > TEXT_MAX or not EMAIL_PATTERN.match(email)):
        raise UserError(f"Alamat email '{email}' tidak benar; contoh: nama@contoh.com.")
    phone = (profile.phone or "").strip()
    if phone and not PHONE_PATTERN.match(phone):
        raise UserError("Nomor telepon/HP hanya angka (boleh diawali +, dengan spasi atau tanda -), 6-31 karakter.")
    postcode = (profile.postcode or "").strip()
    if postcode and not (postcode.isascii() and postcode.isdigit() and len(postcode) == 5):
        raise UserError("Kode pos harus 5 angka.")
    kecamatan, desa = (profile.kecamatan_code or "").strip(), (profile.desa_code or "").strip()
    regions = wilayah.mojokerto()
    if kecamatan and (not KECAMATAN_PATTERN.match(kecamatan) or not regions.name(kecamatan)):
        raise UserError("Kode kecamatan tidak dikenal; pilih kecamatan dari daftar.")
    if desa and (not kecamatan or desa not in {r.code for r in regions.desa(kecamatan)}):
        raise UserError("Desa/kelurahan tidak berada di kecamatan yang dipilih; pilih desa dari daftar.")
    if profile.height_cm is not None and not 100 <= profile.height_cm <= 250:
        raise UserError(f"Tinggi badan {profile.height_cm} cm tidak masuk akal; isi antara 100 dan 250 cm.")
    if profile.weight_kg is not None and not 25 <= profile.weight_kg <= 250:
        raise UserError(f"Berat badan {profile.weight_kg} kg tidak masuk akal; isi antara 25 dan 250 kg.")
    for rows, what in (
        (profile.education, "pendidikan"),
        (profile.training, "pelatihan"),
        (profile.languages, "bahasa"),
        (profile.experience, "pengalaman kerja"),
        (profile.desired_jobs, "jabatan yang diinginkan"),
    ):
        _rows(rows, what)
    education = []
    for n, r in enumerate(profile.education, start=1):
        if r.level not in EDUCATION_LEVELS:
            raise UserError(f"Jenjang pendidikan baris {n} belum dipilih. Pilih dari daftar (SD ... S3).")
        label = f"pendidikan baris {n}"
        school = _text(r.school, f"Nama sekolah/perguruan tinggi {label}", required=r.level != "TS")
        year_in, year_out = _years(r.year_in, r.year_out, label, on)
        education.append(
            EducationRow(
                level=r.level,
                school=school,
                major=_text(r.major, f"Jurusan {label}"),
                year_in=year_in,
                year_out=year_out,
                score=_text(r.score, f"Nilai (NEM/IPK) {label}", 20),
            )
        )
    training = tuple(
        TrainingRow(
            name=_text(r.name, f"Nama pelatihan/keterampilan baris {n}", required=True),
            institution=_text(r.institution, f"Lembaga pelatihan baris {n}"),
            year=_year(r.year, f"Tahun pelatihan baris {n}", on),
        )
        for n, r in enumerate(profile.training, start=1)
    )
    languages = tuple(
        LanguageRow(
            language=_text(r.language, f"Bahasa baris {n}", 100, required=True),
            level=_text(r.level, f"Tingkat bahasa baris {n}", 50),
        )
        for n, r in enumerate(profile.languages, start=1)
    )
    experience = []
    for n, work in enumerate(profile.experience, start=1):
        label = f"pengalaman kerja baris {n}"
        year_in, year_out = _years(work.year_in, work.year_out, label, on)
        experience.append(
            ExperienceRow(
                company=_text(work.company, f"Nama perusahaan {label}", required=True),
                position=_text(work.position, f"Jabatan {label}", required=True),
                year_in=year_in,
                year_out=year_out,
            )
        )
    desired = []
    for n, job in enumerate(profile.desired_jobs, start=1):
        if job.kbji_group not in KBJI_MAJOR_GROUPS:
            raise UserError(f"Golongan jabatan (KBJI) baris {n} jabatan yang diinginkan belum dipilih.")
        desired.append(
            DesiredJob(
                kbji_group=job.kbji_group,
                title=_text(job.title, f"Jabatan yang diinginkan baris {n}", required=True),
                location=_text(job.location, f"Lokasi kerja yang diinginkan baris {n}"),
            )
        )
    clean = JobSeekerProfile(
        nik=info.nik,
        kk=kk,
        name=name,
        birth_place=_text(profile.birth_place, "Tempat lahir", 100),
        birth_date=birth_date,
        sex=sex or info.sex.value,
        religion=religion,
        marital_status=marital,
        address=_text(profile.address, "Alamat", ADDRESS_MAX),
        kecamatan_code=kecamatan,
        desa_code=desa,
        postcode=postcode,
        phone=phone,
        email=email,
        height_cm=profile.height_cm,
        weight_kg=profile.weight_kg,
        education=tuple(education),
        training=training,
        languages=languages,
        experience=tuple(experience),
        desired_jobs=tuple(desired),
        notes=_text(profile.notes, "Catatan", NOTES_MAX),
    )
    return clean, info.warnings


def check_profile(profile: JobSeekerProfile, *, on: dt.date) -> tuple[str, ...]:
    """For the form: raise UserError naming the wrong field, else return the NIK warnings (empty when none)."""
    return clean_profile(profile, on=on)[1]


def _education_text(row: EducationRow) -> str:
    parts = [f"{EDUCATION_LEVELS.get(row.level, row.level)} {row.school}".strip()]
    if row.major:
        parts.append(row.major)
    if row.year_out:
        parts.append(f"lulus {row.year_out}")
    return ", ".join(parts)


def card_education_rows(
    rows: Sequence[EducationRow],
) -> tuple[tuple[documents.CardEducationRow, ...], tuple[documents.CardOmission, ...]]:
    """The card's five education rows (SD, SLTP, SLTA/SMK, D.I-IV, S1-S3) and the rows that did not fit.

    Each card row holds the highest school of its group (by level, then graduation year); an empty group
    prints its label with blank school, major and year, as the pre-printed blank has it. Every other school
    of a group is returned as a CardOmission, so the print dialog can say it is not on the card ("Tidak
    sekolah" rows carry no school and are not listed).
    """
    order = list(EDUCATION_LEVELS)
    out = []
    omitted = []
    for label, codes in CARD_EDUCATION_GROUPS:
        mine = [r for r in rows if r.level in codes]
        if not mine:
            out.append(documents.CardEducationRow(label, "", "", ""))
            continue
        best = max(mine, key=lambda r: (order.index(r.level), r.year_out or 0))
        school = best.school if len(codes) == 1 else f"{EDUCATION_LEVELS[best.level]} {best.school}".strip()
        year = str(best.year_out) if best.year_out else ""
        out.append(documents.CardEducationRow(label, school, best.major, year))
        for row in mine:
            if row is not best:
                omitted.append(
                    documents.CardOmission(
                        "Pendidikan formal",
                        _education_text(row),
                        f"baris {label} pada kartu hanya memuat yang tertinggi: {_education_text(best)}",
                    )
                )
    return tuple(out), tuple(omitted)


def card_education(rows: Sequence[EducationRow]) -> tuple[documents.CardEducationRow, ...]:
    """The card's five education rows (see ``card_education_rows``)."""
    return card_education_rows(rows)[0]


def card_skills(
    rows: Sequence[TrainingRow],
) -> tuple[tuple[documents.CardSkillRow, ...], tuple[documents.CardOmission, ...]]:
    """The card's skill rows, the most recent first (rows without a year last, in the order typed), and the rest.

    The card has room for ``documents.CARD_SKILL_ROWS``; every further training is returned as a CardOmission.
    """
    ranked = sorted(rows, key=lambda r: -(r.year or 0))  # stable: equal years keep the typed order
    room = documents.CARD_SKILL_ROWS
    chosen = tuple(documents.CardSkillRow(r.name, str(r.year or "")) for r in ranked[:room])
    omitted = tuple(
        documents.CardOmission(
            "Keterampilan",
            ", ".join(p for p in (r.name, r.institution, str(r.year or "")) if p),
            f"kartu hanya memuat {room} keterampilan terbaru",
        )
        for r in ranked[room:]
    )
    return chosen, omitted


def _profile_details(profile: JobSeekerProfile) -> dict[str, Any]:
    return {
        "education": [
            {
                "level": r.level,
                "school": r.school,
                "major": r.major,
                "year_in": r.year_in,
                "year_out": r.year_out,
                "score": r.score,
            }
            for r in profile.education
        ],
        "training": [{"name": r.name, "institution": r.institution, "year": r.year} for r in profile.training],
        "languages": [{"language": r.language, "level": r.level} for r in profile.languages],
        "experience": [
            {"company": r.company, "position": r.position, "year_in": r.year_in, "year_out": r.year_out}
            for r in profile.experience
        ],
        "desired_jobs": [
            {"kbji_group": r.kbji_group, "title": r.title, "location": r.location} for r in profile.desired_jobs
        ],
    }


def _profile_of(row: models.JobSeeker) -> JobSeekerProfile:
    d = row.details or {}
    return JobSeekerProfile(
        nik=row.nik,
        kk=row.kk,
        name=row.name,
        birth_place=row.birth_place,
        birth_date=row.birth_date,
        sex=row.sex,
        religion=row.religion,
        marital_status=row.marital_status,
        address=row.address,
        kecamatan_code=row.kecamatan_code,
        desa_code=row.desa_code,
        postcode=row.postcode,
        phone=row.phone,
        email=row.email,
        height_cm=row.height_cm,
        weight_kg=row.weight_kg,
        education=tuple(EducationRow(**r) for r in d.get("education", [])),
        training=tuple(TrainingRow(**r) for r in d.get("training", [])),
        languages=tuple(LanguageRow(**r) for r in d.get("languages", [])),
        experience=tuple(ExperienceRow(**r) for r in d.get("experience", [])),
        desired_jobs=tuple(DesiredJob(**r) for r in d.get("desired_jobs", [])),
        notes=row.notes,
    )


def _apply_profile(row: models.JobSeeker, profile: JobSeekerProfile) -> None:
    for name in (
        "nik",
        "kk",
        "name",
        "birth_place",
        "birth_date",
        "sex",
        "religion",
        "marital_status",
        "address",
        "kecamatan_code",
        "desa_code",
        "postcode",
        "phone",
        "email",
        "height_cm",
        "weight_kg",
        "notes",
    ):
        setattr(row, name, getattr(profile, name))
    row.name_folded = fold_name(profile.name)
    row.education_level = highest_education(profile.education)
    row.details = _profile_details(profile)


def summary_of(row: models.JobSeeker) -> JobSeekerSummary:
    """The search/list row of a registration."""
    return JobSeekerSummary(
        id=row.id,
        nik=row.nik,
        name=row.name,
        birth_date=row.birth_date,
        sex=row.sex,
        registration_number=row.registration_number,
        issued_on=row.issued_on,
        valid_until=row.valid_until,
        status=CardStatus(row.status),
        reports_done=row.reports_done,
        next_report_due=row.next_report_due,
    )


def _photo(photo_png: bytes | None) -> bytes | None:
    if photo_png is None:
        return None
    if not photo_png:
        raise UserError("Berkas foto kosong. Ambil atau pilih foto lagi.")
    if len(photo_png) > PHOTO_MAX_BYTES:
        raise UserError("Foto lebih dari 2 MB. Potong foto 3x4 lagi dengan ukuran lebih kecil.")
    if not (photo_png.startswith(b"\x89PNG\r\n\x1a\n") or photo_png.startswith(b"\xff\xd8\xff")):
        raise UserError("Berkas foto bukan gambar PNG atau JPEG. Ambil atau pilih foto lagi.")
    return photo_png


class JobSeekerService:
    """The AK/1 register: every call guarded by VIEW_JOBSEEKERS or REGISTER_JOBSEEKERS.

    Decisions: a card is valid ``valid_years`` years from the issue day minus one day (valid_until_of);
    report-backs fall due every ``report_every_months`` months from the issue day, ``report_rows`` of them;
    a renewal makes a NEW registration (new number and dates, ``previous_id`` linking the old one) and the old
    one, if still active, leaves the register as removed the day after it expired — so the IPK tables count
    the old registration out and the new one in. remove_expired also dates the removal the day after expiry.
    """

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # ---- reading ---------------------------------------------------------------------------------------------

    def find_by_nik(self, principal: Principal, nik: str) -> JobSeekerSummary | None:
        """The registration of ``nik`` (the newest one), or None."""
        principal.require(Permission.VIEW_JOBSEEKERS)
        value = nik_check.normalise(nik)
        with self._ctx.uow(read_only=True) as uow:
            rows = uow.jobseekers.by_nik(value)
            return summary_of(rows[0]) if rows else None

    def search(self, principal: Principal, text: str, *, limit: int = 50) -> list[JobSeekerSummary]:
        """Search by NIK (exact), AK/1 number (exact or prefix) or name (partial, case- and accent-insensitive).

        A name matches when every typed word starts one of its words, in any order ("siti am" finds
        "Siti Aminah" and "Aminah Siti"). Newest registrations first, at most ``limit``.
        """
        principal.require(Permission.VIEW_JOBSEEKERS)
        return list(self._search(text, limit, count=False).rows)

    def search_counted(self, principal: Principal, text: str, *, limit: int = 50) -> SearchResult:
        """As ``search``, with how many registrations match in all (so a screen can say the list is cut).

        A number prefix keeps the first ``limit`` numbers in number order; a name keeps the newest ``limit``.
        The total is exact up to SEARCH_COUNT_MAX.
        """
        principal.require(Permission.VIEW_JOBSEEKERS)
        return self._search(text, limit, count=True)

    def _search(self, text: str, limit: int, *, count: bool) -> SearchResult:
        raw = (text or "").strip()
        if len(raw) < SEARCH_MIN:
            raise UserError(f"Ketik minimal {SEARCH_MIN} huruf nama, NIK, atau nomor AK/1.")
        limit = max(1, min(limit, 500))
        found: dict[uuid.UUID, models.JobSeeker] = {}
        total = 0
        with self._ctx.uow(read_only=True) as uow:
            digits = nik_check.normalise(raw)
            if len(digits) == 16 and digits.isascii() and digits.isdigit():
                found.update((r.id, r) for r in uow.jobseekers.by_nik(digits))
            if any(ch.isdigit() for ch in raw):  # AK/1 numbers have digits; names do not
                exact = uow.jobseekers.by_number(raw)
                if exact is not None:
                    found[exact.id] = exact
                by_prefix = uow.jobseekers.by_number_prefix(raw, limit)
                if count and len(by_prefix) >= limit:
                    others = sum(1 for r in found.values() if not r.registration_number.startswith(raw))
                    total = min(SEARCH_COUNT_MAX, uow.jobseekers.count_number_prefix(raw) + others)
                found.update((r.id, r) for r in by_prefix)
            words = fold_name(raw).split()
            if words and not found:
                by_name = uow.jobseekers.by_name_words(words, limit)
                if count and len(by_name) >= limit:
                    total = uow.jobseekers.count_name_words(words, SEARCH_COUNT_MAX)
                found.update((r.id, r) for r in by_name)
            rows = sorted(found.values(), key=lambda r: (r.issued_on, r.created_at), reverse=True)
            shown = tuple(summary_of(r) for r in rows[:limit])
            return SearchResult(shown, max(total, len(found)))

    def get(self, principal: Principal, seeker_id: uuid.UUID) -> JobSeekerRecord:
        """One registration in full."""
        principal.require(Permission.VIEW_JOBSEEKERS)
        with self._ctx.uow(read_only=True) as uow:
            return self._record(uow, self._row(uow, seeker_id, photo=True))

    def reports_due(self, principal: Principal, on: dt.date, *, within_days: int = 14) -> list[DueReport]:
        """Active seekers whose next report is due by ``on`` + ``within_days``, late ones first."""
        principal.require(Permission.VIEW_JOBSEEKERS)
        horizon = on + dt.timedelta(days=max(0, within_days))
        with self._ctx.uow(read_only=True) as uow:
            rows = uow.jobseekers.due_by(horizon, DUE_LIST_MAX)
            out = []
            for r in rows:
                assert r.next_report_due is not None
                out.append(
                    DueReport(
                        seeker=summary_of(r),
                        report_number=r.reports_done + 1,
                        due_on=r.next_report_due,
                        days_late=max(0, (on - r.next_report_due).days),
                    )
                )
            return out

    def card_data(self, principal: Principal, seeker_id: uuid.UUID) -> documents.Ak1CardData:
        """The printable card of a registration; ``omitted`` lists the record's rows the card has no room for."""
        principal.require(Permission.VIEW_JOBSEEKERS)
        with self._ctx.uow(read_only=True) as uow:
            row = self._row(uow, seeker_id, photo=True)
            settings = self._settings(uow)
            reports = {r.number: r for r in uow.jobseekers.reports(row.id)}
            profile = _profile_of(row)
            education, omitted_education = card_education_rows(profile.education)
            skills, omitted_skills = card_skills(profile.training)
            marital = MaritalStatus(row.marital_status) if row.marital_status else MaritalStatus.BELUM_KAWIN
            married = marital is MaritalStatus.KAWIN
            rows = []
            for n in range(1, max(settings.report_rows, len(reports)) + 1):
                label = REPORT_LABELS[n - 1] if n <= len(REPORT_LABELS) else f"Ke-{n}"
                done = reports.get(n)
                rows.append(
                    documents.CardReportRow(label, done.reported_on, done.officer_name, done.officer_nip)
                    if done
                    else documents.CardReportRow(label)
                )
            return documents.Ak1CardData(
                header_lines=_card_header(uow),
                registration_number=row.registration_number,
                nik=row.nik,
                name=row.name,
                birth_place=row.birth_place,
                birth_date=row.birth_date,
                sex_label=SEX_LABELS.get(row.sex, ""),
                sex_code="1" if row.sex == "L" else "2",
                marital_label="Kawin" if married else "Belum kawin",
                marital_code="1" if married else "2",
                religion_label=RELIGIONS.get(row.religion, ""),
                religion_code=row.religion,
                address=self._address(row),
                phone=row.phone,
                education=education,
                skills=skills,
                photo_png=row.photo,
                issued_on=row.issued_on,
                valid_until=row.valid_until,
                reports=tuple(rows),
                placement_employer=row.placement_employer,
                placement_date=row.placed_on,
                officer_name=row.officer_name,
                officer_nip=row.officer_nip,
                omitted=omitted_education + omitted_skills,
            )

    def settings(self, principal: Principal) -> Ak1Settings:
        """The office's AK/1 options."""
        principal.require(Permission.VIEW_JOBSEEKERS)
        with self._ctx.uow(read_only=True) as uow:
            return self._settings(uow)

    def ipk_seekers(self, principal: Principal, until: dt.date) -> list[ipk.IpkSeeker]:
        """Every registration made up to ``until`` as the IPK tables count it."""
        principal.require(Permission.VIEW_JOBSEEKERS)
        with self._ctx.uow(read_only=True) as uow:
            return [
                ipk.IpkSeeker(
                    sex=sex,
                    birth_date=birth,
                    education=level,
                    registered_on=issued,
                    placed_on=placed,
                    removed_on=removed,
                )
                for sex, birth, level, issued, placed, removed in uow.jobseekers.for_ipk(until)
            ]

    def ipk_report(self, principal: Principal, year: int, month: int) -> ipk.IpkReport:
        """The IPK III/1 report of ``year``-``month`` from the register."""
        principal.require(Permission.VIEW_JOBSEEKERS)
        if not 1 <= month <= 12:
            raise UserError("Bulan laporan harus 1 sampai 12.")
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        report = ipk.monthly_report(self.ipk_seekers(principal, last), year, month)
        with self._ctx.uow(read_only=True) as uow:
            return replace(report, kop=letterhead.office_kop(uow.office_settings))

    # ---- changing --------------------------------------------------------------------------------------------

    def register(
        self, principal: Principal, profile: JobSeekerProfile, photo_png: bytes | None, registration: Registration
    ) -> JobSeekerRecord:
        """Validate and register a new seeker; a NIK already registered raises Conflict naming the record.

        The NIK warnings (birth date or sex not matching) come back in ``JobSeekerRecord.warnings``.
        """
        principal.require(Permission.REGISTER_JOBSEEKERS)
        now = self._ctx.clock.now()
        issued_on = self._issue_date(registration, now.date())
        clean, warnings = clean_profile(profile, on=issued_on)
        photo = _photo(photo_png)
        typed = self._typed_number(registration)
        with self._ctx.uow() as uow:
            uow.jobseekers.lock_nik(clean.nik)
            existing = uow.jobseekers.by_nik(clean.nik)
            if existing:
                newest = existing[0]
                raise Conflict(
                    f"NIK ini sudah terdaftar dengan AK/1 nomor {newest.registration_number} "
                    f"({STATUS_LABELS[CardStatus(newest.status)].lower()}, "
                    f"berlaku s.d. {newest.valid_until:%d-%m-%Y}). "
                    "Buka data itu; untuk kartu yang habis masa berlakunya gunakan Perpanjang."
                )
            row = self._new_row(uow, principal, clean, photo, issued_on, typed, now, previous=None)
            self._ctx.audit(
                uow,
                principal,
                "jobseeker.register",
                "job_seeker",
                row.id,
                number_source="typed" if typed else "pattern",
            )
            record = self._record(uow, row, warnings)
            self._commit(uow, row.registration_number)
        self._ctx.hub.publish(Changes(jobseekers=True))
        return record

    def update_profile(
        self,
        principal: Principal,
        seeker_id: uuid.UUID,
        profile: JobSeekerProfile,
        photo_png: bytes | PhotoEdit | None = KEEP_PHOTO,
    ) -> JobSeekerRecord:
        """Save changed data and the photo the record should now have.

        Args:
            principal: who saves.
            seeker_id: the registration.
            profile: the interview as typed.
            photo_png: the photo to store; None removes the stored photo ("Hapus Foto"); KEEP_PHOTO leaves it.
        """
        principal.require(Permission.REGISTER_JOBSEEKERS)
        now = self._ctx.clock.now()
        photo = photo_png if isinstance(photo_png, PhotoEdit) else _photo(photo_png)
        with self._ctx.uow() as uow:
            row = self._row(uow, seeker_id, lock=True, photo=True)
            clean, warnings = clean_profile(profile, on=row.issued_on)
            if clean.nik != row.nik:
                uow.jobseekers.lock_nik(clean.nik)
                others = [r for r in uow.jobseekers.by_nik(clean.nik) if r.id != row.id]
                if others:
                    raise Conflict(
                        f"NIK itu sudah terdaftar dengan AK/1 nomor {others[0].registration_number}. "
                        "Periksa lagi NIK dari KTP."
                    )
            before = _profile_of(row)
            changed = sorted(
                name for name in JobSeekerProfile.__dataclass_fields__ if getattr(before, name) != getattr(clean, name)
            )
            _apply_profile(row, clean)
            if not isinstance(photo, PhotoEdit) and photo != row.photo:
                row.photo = photo
                changed.append("photo" if photo is not None else "photo_removed")
            row.updated_at = now
            uow.jobseekers.set_name_words(row.id, name_words(clean.name), row.issued_on)
            self._ctx.audit(uow, principal, "jobseeker.update", "job_seeker", row.id, fields=changed)
            uow.session.flush()
            record = self._record(uow, row, warnings)
            uow.commit()
        self._ctx.hub.publish(Changes(jobseekers=True))
        return record

    def record_report(
        self, principal: Principal, seeker_id: uuid.UUID, reported_on: dt.date, note: str = ""
    ) -> JobSeekerRecord:
        """Record the next report-back (lapor)."""
        principal.require(Permission.REGISTER_JOBSEEKERS)
        now = self._ctx.clock.now()
        note = _text(note, "Catatan lapor", 1000)
        with self._ctx.uow() as uow:
            row = self._row(uow, seeker_id, lock=True, photo=True)
            self._require_active(row)
            settings = self._settings(uow)
            if reported_on > now.date():
                raise UserError("Tanggal lapor tidak boleh setelah hari ini.")
            if reported_on < row.issued_on:
                raise UserError(f"Tanggal lapor sebelum kartu dikeluarkan ({row.issued_on:%d-%m-%Y}). Periksa lagi.")
            if reported_on > row.valid_until:
                raise UserError(
                    f"Kartu {row.registration_number} sudah habis masa berlakunya ({row.valid_until:%d-%m-%Y}). "
                    "Perpanjang kartunya dulu."
                )
            done = uow.jobseekers.reports(row.id)
            if row.reports_done >= settings.report_rows:
                raise Conflict(
                    f"Semua {settings.report_rows} kolom lapor kartu {row.registration_number} sudah terisi."
                )
            if done and reported_on < done[-1].reported_on:
                raise UserError(f"Tanggal lapor sebelum lapor sebelumnya ({done[-1].reported_on:%d-%m-%Y}).")
            name, nip = self._officer(uow, principal)
            number = row.reports_done + 1
            uow.jobseekers.add_report(
                models.JobSeekerReport(
                    seeker_id=row.id,
                    number=number,
                    reported_on=reported_on,
                    officer_id=principal.user_id,
                    officer_name=name,
                    officer_nip=nip,
                    note=note,
                    recorded_at=now,
                )
            )
            row.reports_done = number
            row.next_report_due = next_report_due(row.issued_on, number, row.valid_until, settings)
            row.updated_at = now
            self._ctx.audit(uow, principal, "jobseeker.report", "job_seeker", row.id, number=number)
            record = self._record(uow, row)
            uow.commit()
        self._ctx.hub.publish(Changes(jobseekers=True))
        return record

    def record_placement(self, principal: Principal, seeker_id: uuid.UUID, placement: Placement) -> JobSeekerRecord:
        """Record the placement; closes the card."""
        principal.require(Permission.REGISTER_JOBSEEKERS)
        now = self._ctx.clock.now()
        employer = _text(placement.employer, "Nama perusahaan/instansi penempatan", required=True)
        position = _text(placement.position, "Jabatan penempatan", required=True)
        with self._ctx.uow() as uow:
            row = self._row(uow, seeker_id, lock=True, photo=True)
            self._require_active(row)
            if placement.placed_on > now.date():
                raise UserError("Tanggal penempatan tidak boleh setelah hari ini.")
            if placement.placed_on < row.issued_on:
                raise UserError(
                    f"Tanggal penempatan sebelum kartu dikeluarkan ({row.issued_on:%d-%m-%Y}). Periksa lagi."
                )
            row.status = CardStatus.PLACED.value
            row.placement_employer, row.placement_position = employer, position
            row.placed_on = placement.placed_on
            row.next_report_due = None
            row.updated_at = now
            self._ctx.audit(uow, principal, "jobseeker.placement", "job_seeker", row.id)
            record = self._record(uow, row)
            uow.commit()
        self._ctx.hub.publish(Changes(jobseekers=True))
        return record

    def remove(self, principal: Principal, seeker_id: uuid.UUID, reason: str, removed_on: dt.date) -> JobSeekerRecord:
        """Remove a registration from the register (dihapuskan) with a reason."""
        principal.require(Permission.REGISTER_JOBSEEKERS)
        now = self._ctx.clock.now()
        reason = _text(reason, "Alasan penghapusan", 300, required=True)
        with self._ctx.uow() as uow:
            row = self._row(uow, seeker_id, lock=True, photo=True)
            self._require_active(row)
            if removed_on > now.date():
                raise UserError("Tanggal penghapusan tidak boleh setelah hari ini.")
            if removed_on < row.issued_on:
                raise UserError(f"Tanggal penghapusan sebelum kartu dikeluarkan ({row.issued_on:%d-%m-%Y}).")
            self._close(row, removed_on, reason, now)
            self._ctx.audit(uow, principal, "jobseeker.remove", "job_seeker", row.id)
            record = self._record(uow, row)
            uow.commit()
        self._ctx.hub.publish(Changes(jobseekers=True))
        return record

    def remove_expired(self, principal: Principal, today: dt.date) -> int:
        """Remove every active card whose validity ended unreported; return how many.

        Each is dated the day after its last valid day (when it left the register), whenever this runs.
        """
        principal.require(Permission.REGISTER_JOBSEEKERS)
        now = self._ctx.clock.now()
        with self._ctx.uow() as uow:
            rows = uow.jobseekers.expired(today)
            for row in rows:
                self._close(row, row.valid_until + dt.timedelta(days=1), "Kedaluwarsa tanpa lapor", now)
            self._ctx.audit(uow, principal, "jobseeker.remove_expired", "job_seeker", "", count=len(rows))
            uow.commit()
        if rows:
            self._ctx.hub.publish(Changes(jobseekers=True))
        return len(rows)

    def renew(self, principal: Principal, seeker_id: uuid.UUID, registration: Registration) -> JobSeekerRecord:
        """Renew (perpanjangan) an expired or removed card: new dates, reports start again.

        Makes a new registration (typed or pattern number) linked to the old one; an old card still active
        (expired, not yet removed) is removed as of the day after it expired.
        """
        principal.require(Permission.REGISTER_JOBSEEKERS)
        now = self._ctx.clock.now()
        issued_on = self._issue_date(registration, now.date())
        typed = self._typed_number(registration)
        with self._ctx.uow() as uow:
            old = self._row(uow, seeker_id, lock=True, photo=True)
            newest = uow.jobseekers.by_nik(old.nik)[0]
            if newest.id != old.id:
                raise Conflict(
                    f"Kartu {old.registration_number} sudah diperpanjang dengan AK/1 nomor "
                    f"{newest.registration_number}. Buka kartu terbaru itu."
                )
            if old.status == CardStatus.ACTIVE and old.valid_until >= issued_on:
                raise UserError(
                    f"Kartu {old.registration_number} masih berlaku sampai {old.valid_until:%d-%m-%Y}; "
                    "perpanjangan dilakukan setelah masa berlakunya habis."
                )
            profile = _profile_of(old)
            clean, warnings = clean_profile(profile, on=issued_on)
            row = self._new_row(uow, principal, clean, old.photo, issued_on, typed, now, previous=old.id)
            if old.status == CardStatus.ACTIVE:
                self._close(
                    old, old.valid_until + dt.timedelta(days=1), f"Diperpanjang: {row.registration_number}", now
                )
            self._ctx.audit(uow, principal, "jobseeker.renew", "job_seeker", row.id, previous=str(old.id))
            record = self._record(uow, row, warnings)
            self._commit(uow, row.registration_number)
        self._ctx.hub.publish(Changes(jobseekers=True))
        return record

    def log_card_print(
        self, principal: Principal, seeker_id: uuid.UUID, *, printer: str, reprint_reason: str = ""
    ) -> Changes:
        """Record a card print (a reprint needs a reason) in the print log and the audit trail."""
        principal.require(Permission.REGISTER_JOBSEEKERS)
        printer = _text(printer, "Nama printer", 200)
        reason = _text(reprint_reason, "Alasan cetak ulang", 300)
        with self._ctx.uow() as uow:
            row = self._row(uow, seeker_id, lock=True)
            reprint = uow.jobseekers.print_count(row.id) > 0
            if reprint and not reason:
                raise UserError(
                    f"Kartu {row.registration_number} sudah pernah dicetak. "
                    "Isi alasan cetak ulang (rusak, hilang, ...)."
                )
            uow.jobseekers.add_print(
                models.JobSeekerCardPrint(
                    seeker_id=row.id,
                    at=self._ctx.clock.now(),
                    station=self._ctx.station,
                    user_id=principal.user_id,
                    user_name=principal.full_name,
                    printer=printer,
                    reprint_reason=reason,
                )
            )
            self._ctx.audit(
                uow, principal, "jobseeker.card_print", "job_seeker", row.id, printer=printer, reprint=reprint
            )
            uow.commit()
        changes = Changes(jobseekers=True)
        self._ctx.hub.publish(changes)
        return changes

    def save_settings(self, principal: Principal, settings: Ak1Settings) -> Changes:
        """Change the AK/1 options (admin)."""
        principal.require(Permission.MANAGE_OFFICE)
        pattern = check_number_pattern(settings.number_pattern)
        if not 1 <= settings.report_rows <= len(REPORT_LABELS):
            raise UserError(f"Jumlah kolom lapor pada kartu harus 1 sampai {len(REPORT_LABELS)}.")
        if not 1 <= settings.valid_years <= 5:
            raise UserError("Masa berlaku kartu harus 1 sampai 5 tahun.")
        if not 1 <= settings.report_every_months <= 24:
            raise UserError("Jarak wajib lapor harus 1 sampai 24 bulan.")
        value = {
            "number_pattern": pattern,
            "report_rows": settings.report_rows,
            "valid_years": settings.valid_years,
            "report_every_months": settings.report_every_months,
        }
        with self._ctx.uow() as uow:
            uow.office_settings.put(SETTINGS_KEY, value, self._ctx.clock.now())
            self._ctx.audit(uow, principal, "jobseeker.settings", "office_setting", SETTINGS_KEY, **value)
            uow.commit()
        changes = Changes(jobseekers=True, settings=True)
        self._ctx.hub.publish(changes)
        return changes

    # ---- helpers ---------------------------------------------------------------------------------------------

    @staticmethod
    def _settings(uow: UnitOfWork) -> Ak1Settings:
        stored = uow.office_settings.get(SETTINGS_KEY) or {}
        known = {k: v for k, v in stored.items() if k in Ak1Settings.__dataclass_fields__}
        return Ak1Settings(**known)

    def _issue_date(self, registration: Registration, today: dt.date) -> dt.date:
        issued_on = registration.issued_on or today
        if issued_on > today:
            raise UserError("Tanggal dikeluarkan kartu tidak boleh setelah hari ini.")
        if issued_on < today - dt.timedelta(days=366 * 10):
            raise UserError("Tanggal dikeluarkan kartu lebih dari sepuluh tahun lalu. Periksa lagi tanggalnya.")
        return issued_on

    @staticmethod
    def _typed_number(registration: Registration) -> str:
        number = " ".join((registration.registration_number or "").split())
        return _text(number, "Nomor AK/1", NUMBER_MAX)

    @staticmethod
    def _officer(uow: UnitOfWork, principal: Principal) -> tuple[str, str]:
        user = uow.users.get(principal.user_id) if principal.user_id else None
        return (user.full_name, user.nip) if user else (principal.full_name, "")

    def _number(self, uow: UnitOfWork, typed: str, issued_on: dt.date) -> str:
        if typed:
            taken = uow.jobseekers.by_number(typed)
            if taken is not None:
                raise Conflict(f"Nomor AK/1 {typed} sudah dipakai pendaftaran lain. Periksa lagi nomor dari SIAPkerja.")
            return typed
        pattern = self._settings(uow).number_pattern
        for _ in range(1000):  # a typed number may already hold a pattern number: take the next serial
            number = format_number(pattern, issued_on.year, uow.jobseekers.next_number(issued_on.year))
            if uow.jobseekers.by_number(number) is None:
                return number
        raise Conflict("Nomor AK/1 dari pola tidak dapat dibuat: semua nomor terpakai. Ubah pola nomor.")

    def _new_row(
        self,
        uow: UnitOfWork,
        principal: Principal,
        clean: JobSeekerProfile,
        photo: bytes | None,
        issued_on: dt.date,
        typed: str,
        now: dt.datetime,
        *,
        previous: uuid.UUID | None,
    ) -> models.JobSeeker:
        settings = self._settings(uow)
        valid_until = valid_until_of(issued_on, settings.valid_years)
        officer_name, officer_nip = self._officer(uow, principal)
        row = models.JobSeeker(
            registration_number=self._number(uow, typed, issued_on),
            previous_id=previous,
            photo=photo,
            issued_on=issued_on,
            valid_until=valid_until,
            status=CardStatus.ACTIVE.value,
            reports_done=0,
            next_report_due=next_report_due(issued_on, 0, valid_until, settings),
            placement_employer="",
            placement_position="",
            removal_reason="",
            officer_id=principal.user_id,
            officer_name=officer_name,
            officer_nip=officer_nip,
            created_at=now,
            updated_at=now,
        )
        _apply_profile(row, clean)
        uow.jobseekers.add(row)
        uow.jobseekers.set_name_words(row.id, name_words(clean.name), row.issued_on)
        return row

    @staticmethod
    def _close(row: models.JobSeeker, removed_on: dt.date, reason: str, now: dt.datetime) -> None:
        row.status = CardStatus.REMOVED.value
        row.removed_on = removed_on
        row.removal_reason = reason[:300]
        row.next_report_due = None
        row.updated_at = now

    @staticmethod
    def _commit(uow: UnitOfWork, number: str) -> None:
        try:
            uow.commit()
        except IntegrityError as exc:  # another station took the same typed number a moment ago
            uow.rollback()
            raise Conflict(f"Nomor AK/1 {number} baru saja dipakai pendaftaran lain. Periksa lagi nomornya.") from exc

    @staticmethod
    def _require_active(row: models.JobSeeker) -> None:
        if row.status != CardStatus.ACTIVE:
            raise Conflict(
                f"Kartu {row.registration_number} sudah {STATUS_LABELS[CardStatus(row.status)].lower()}; "
                "tidak dapat diubah lagi."
            )

    @staticmethod
    def _row(uow: UnitOfWork, seeker_id: uuid.UUID, *, lock: bool = False, photo: bool = False) -> models.JobSeeker:
        row = uow.jobseekers.get(seeker_id, lock=lock, photo=photo)
        if row is None:
            raise NotFound("Data pencari kerja tidak ditemukan. Cari lagi dengan NIK, nama, atau nomor AK/1.")
        return row

    @staticmethod
    def _address(row: models.JobSeeker) -> str:
        parts = [row.address.strip()]
        names = region_names(row.kecamatan_code, row.desa_code)
        if names[1]:
            kelurahan = row.desa_code.rsplit(".", 1)[-1].startswith("1")  # serial 1xxx: kelurahan, 2xxx: desa
            parts.append(f"{'Kel.' if kelurahan else 'Desa'} {names[1]}")
        if names[0]:
            parts.append(f"Kec. {names[0]}")
        return ", ".join(p for p in parts if p)

    def _record(self, uow: UnitOfWork, row: models.JobSeeker, warnings: tuple[str, ...] = ()) -> JobSeekerRecord:
        reports = tuple(
            ReportBack(r.number, r.reported_on, r.officer_name, r.officer_nip, r.note)
            for r in uow.jobseekers.reports(row.id)
        )
        placement = (
            Placement(row.placement_employer, row.placement_position, row.placed_on)
            if row.status == CardStatus.PLACED and row.placed_on is not None
            else None
        )
        return JobSeekerRecord(
            summary=summary_of(row),
            profile=_profile_of(row),
            photo_png=row.photo,
            reports=reports,
            placement=placement,
            removed_on=row.removed_on,
            removal_reason=row.removal_reason,
            officer_name=row.officer_name,
            officer_nip=row.officer_nip,
            card_prints=uow.jobseekers.print_count(row.id),
            previous_id=row.previous_id,
            warnings=warnings,
        )


def region_names(kecamatan_code: str, desa_code: str) -> tuple[str, str]:
    """(kecamatan name, desa name) of the codes from the bundled region table; empty strings when unknown."""
    table = wilayah.mojokerto()
    return (table.name(kecamatan_code) if kecamatan_code else "", table.name(desa_code) if desa_code else "")
