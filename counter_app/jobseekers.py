"""AK/1 job seekers (pencari kerja): interview profile, registration, report-backs, placement, removal, search."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from counter_app import documents, ipk
from counter_app.changes import Changes
from counter_app.context import ServiceContext
from counter_app.roles import Principal

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


class JobSeekerService:
    """The AK/1 register: every call guarded by VIEW_JOBSEEKERS or REGISTER_JOBSEEKERS."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # The method bodies are written by the AK/1 core work; the signatures are the contract the screens use.
    def find_by_nik(self, principal: Principal, nik: str) -> JobSeekerSummary | None:
        """The registration of ``nik`` (the newest one), or None."""
        raise NotImplementedError

    def search(self, principal: Principal, text: str, *, limit: int = 50) -> list[JobSeekerSummary]:
        """Search by NIK (exact), AK/1 number (exact or prefix) or name (partial, case- and accent-insensitive)."""
        raise NotImplementedError

    def get(self, principal: Principal, seeker_id: uuid.UUID) -> JobSeekerRecord:
        """One registration in full."""
        raise NotImplementedError

    def register(
        self, principal: Principal, profile: JobSeekerProfile, photo_png: bytes | None, registration: Registration
    ) -> JobSeekerRecord:
        """Validate and register a new seeker; a NIK already registered raises Conflict naming the record."""
        raise NotImplementedError

    def update_profile(
        self, principal: Principal, seeker_id: uuid.UUID, profile: JobSeekerProfile, photo_png: bytes | None
    ) -> JobSeekerRecord:
        """Save changed data (photo None keeps the old one)."""
        raise NotImplementedError

    def record_report(
        self, principal: Principal, seeker_id: uuid.UUID, reported_on: dt.date, note: str = ""
    ) -> JobSeekerRecord:
        """Record the next report-back (lapor)."""
        raise NotImplementedError

    def record_placement(self, principal: Principal, seeker_id: uuid.UUID, placement: Placement) -> JobSeekerRecord:
        """Record the placement; closes the card."""
        raise NotImplementedError

    def remove(self, principal: Principal, seeker_id: uuid.UUID, reason: str, removed_on: dt.date) -> JobSeekerRecord:
        """Remove a registration from the register (dihapuskan) with a reason."""
        raise NotImplementedError

    def remove_expired(self, principal: Principal, today: dt.date) -> int:
        """Remove every active card whose validity ended unreported; return how many."""
        raise NotImplementedError

    def renew(self, principal: Principal, seeker_id: uuid.UUID, registration: Registration) -> JobSeekerRecord:
        """Renew (perpanjangan) an expired or removed card: new dates, reports start again."""
        raise NotImplementedError

    def reports_due(self, principal: Principal, on: dt.date, *, within_days: int = 14) -> list[DueReport]:
        """Active seekers whose next report is due by ``on`` + ``within_days``, late ones first."""
        raise NotImplementedError

    def card_data(self, principal: Principal, seeker_id: uuid.UUID) -> documents.Ak1CardData:
        """The printable card of a registration."""
        raise NotImplementedError

    def log_card_print(
        self, principal: Principal, seeker_id: uuid.UUID, *, printer: str, reprint_reason: str = ""
    ) -> Changes:
        """Record a card print (a reprint needs a reason) in the print log and the audit trail."""
        raise NotImplementedError

    def settings(self, principal: Principal) -> Ak1Settings:
        """The office's AK/1 options."""
        raise NotImplementedError

    def save_settings(self, principal: Principal, settings: Ak1Settings) -> Changes:
        """Change the AK/1 options (admin)."""
        raise NotImplementedError

    def ipk_seekers(self, principal: Principal, until: dt.date) -> list[ipk.IpkSeeker]:
        """Every registration made up to ``until`` as the IPK tables count it."""
        raise NotImplementedError
