"""Letters and registers: office profile, signatories, numbered registers, templates, issuing and verification."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import logging
import re
import secrets
import string
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

import yaml

from counter_app import documents, paths
from counter_app.changes import Changes
from counter_app.context import ServiceContext
from counter_app.db import models
from counter_app.db.unit_of_work import UnitOfWork
from counter_app.errors import Conflict, NotFound, UserError
from counter_app.roles import Permission, Principal

log = logging.getLogger(__name__)

PROFILE_KEY = "letters.profile"
PRINTERS_KEY = "letters.printers"
DEFAULTS_RESOURCE = "templates/letters.yaml"
LOGO_MAX_BYTES = 2 * 1024 * 1024
TEXT_MAX = 4000
REASON_MAX = 1000
MONTHS = (
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
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud and typed without mistakes
CODE_PATTERN = re.compile(r"([A-Z2-9]{4})-?([A-Z2-9]{4})-?([A-Z2-9]{4})")
QR_HEADER = "VERIFIKASI NASKAH DINAS TENAGA KERJA KAB. MOJOKERTO"
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
CLASSIFICATION_PATTERN = re.compile(r"^\d{3}(\.\d{1,3}){0,4}$")
UNIT_CODE_PATTERN = re.compile(r"^[A-Za-z0-9./-]{0,32}$")

# ---- vocabulary --------------------------------------------------------------------------------------------


class Paper(StrEnum):
    """Paper sizes of letters: A4 (210x297 mm) and F4/folio (215x330 mm)."""

    A4 = "A4"
    F4 = "F4"


class ClassificationScheme(StrEnum):
    """Kode klasifikasi arsip: the old 3-digit scheme (560 Tenaga Kerja) or Permendagri 83/2022 (500.15.x)."""

    OLD = "560"
    NEW = "500.15"


class Layout(StrEnum):
    """How a template is laid out on paper."""

    LETTER = "letter"  # surat dinas: Nomor/Sifat/Lampiran/Hal, Yth., body, signature, tembusan
    DOCUMENT = "document"  # naskah with a centred title and number (tanda daftar, bukti pencatatan, SK, sertifikat)
    ENDORSEMENT = "endorsement"  # pengesahan/legalisasi page: number, date, signature stamp block


class DocStatus(StrEnum):
    """Where an issued document stands; a cancelled number stays in the register."""

    ISSUED = "issued"  # numbered and archived, waiting to be printed
    PRINTED = "printed"
    CANCELLED = "cancelled"


DOC_STATUS_LABELS = {
    DocStatus.ISSUED: "Terbit, menunggu dicetak",
    DocStatus.PRINTED: "Tercetak",
    DocStatus.CANCELLED: "Dibatalkan",
}

SIFAT_CHOICES = ("Biasa", "Penting", "Segera", "Sangat Segera", "Rahasia")
AUTHORITY_CHOICES = ("", "a.n.", "Plt.", "Plh.", "u.b.")

# PP 99/2000: golongan/ruang -> pangkat.
PANGKAT = {
    "I/a": "Juru Muda",
    "I/b": "Juru Muda Tk. I",
    "I/c": "Juru",
    "I/d": "Juru Tk. I",
    "II/a": "Pengatur Muda",
    "II/b": "Pengatur Muda Tk. I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tk. I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tk. I",
    "III/c": "Penata",
    "III/d": "Penata Tk. I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tk. I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}

# Placeholders a register's number template may use.
NUMBER_PLACEHOLDERS = {
    "klasifikasi": "kode klasifikasi arsip register (skema lama atau baru sesuai profil kantor)",
    "urut": "nomor urut register pada tahun berjalan",
    "kode_unit": "kode unit pengolah",
    "tahun": "tahun surat, 4 angka",
    "bulan": "bulan surat, 2 angka",
    "bulan_romawi": "bulan surat dalam angka Romawi",
}

# Placeholders every template may use in its texts (filled from the application, applicant and office).
LETTER_PLACEHOLDERS = {
    "nama": "nama pemohon (orang atau lembaga)",
    "nik": "NIK pemohon perorangan",
    "alamat": "alamat pemohon",
    "tanggal_lahir": "tanggal lahir pemohon",
    "jenis_kelamin": "jenis kelamin pemohon",
    "telepon": "nomor telepon pemohon",
    "nib": "NIB lembaga",
    "npwp": "NPWP lembaga",
    "npsn": "NPSN sekolah",
    "kontak": "narahubung lembaga",
    "nomor_permohonan": "nomor tanda terima permohonan",
    "tanggal_permohonan": "tanggal permohonan diterima",
    "layanan": "judul standar pelayanan",
    "perihal_permohonan": "perihal permohonan",
    "nomor": "nomor surat",
    "tanggal": "tanggal surat",
    "tahun": "tahun surat",
    "kantor": "nama kantor",
    "tempat": "nama tempat pada baris tanggal",
    "penandatangan": "nama penandatangan",
    "jabatan_penandatangan": "jabatan penandatangan",
}


# ---- office profile and signatories ---------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeProfile:
    """The kop surat and the office-wide choices for letters."""

    government: str = "PEMERINTAH KABUPATEN MOJOKERTO"
    office: str = "DINAS TENAGA KERJA"
    address_lines: tuple[str, ...] = ("Jalan Raya Jabon Km. 6, Mojoanyar, Mojokerto, Jawa Timur 61364",)
    contact_line: str = "Telepon (0321) 000000"
    web_line: str = "Laman disnaker.mojokertokab.go.id, Pos-el disnaker@mojokertokab.go.id"
    logo_png: bytes | None = None
    place: str = "Mojokerto"
    paper: Paper = Paper.A4
    scheme: ClassificationScheme = ClassificationScheme.NEW
    unit_code: str = "416-115"


@dataclass(frozen=True)
class NipInfo:
    """The parts of an 18-digit NIP: birth date, TMT CPNS, sex, serial; ``spaced`` is 8-6-1-3."""

    nip: str
    birth_date: dt.date
    tmt: dt.date
    sex: str  # "1" male, "2" female
    serial: str

    @property
    def spaced(self) -> str:
        """The NIP as written under a signature: ``19680411 199303 1 009``."""
        n = self.nip
        return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"


@dataclass(frozen=True)
class SignatoryInput:
    """A signatory as the admin types it; ``id`` None adds a new one."""

    jabatan: str  # as printed, may span lines: "KEPALA DINAS TENAGA KERJA\nKABUPATEN MOJOKERTO"
    name: str
    golongan: str  # "IV/c" (PP 99/2000)
    nip: str
    role: str = "kepala_dinas"  # what templates ask for: kepala_dinas, sekretaris, kabid_hi, ...
    authority: str = ""  # "", "a.n.", "Plt.", "Plh.", "u.b."
    on_behalf_of: str = ""  # with a.n./u.b.: "BUPATI MOJOKERTO"
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class Signatory:
    """A stored signatory with the lines of the signature block."""

    id: uuid.UUID
    jabatan: str
    name: str
    golongan: str
    pangkat: str
    nip: str
    role: str
    authority: str
    on_behalf_of: str
    active: bool

    @property
    def nip_spaced(self) -> str:
        """``NIP. 19680411 199303 1 009``."""
        n = self.nip
        return f"NIP. {n[:8]} {n[8:14]} {n[14]} {n[15:]}"

    @property
    def pangkat_line(self) -> str:
        """``Pembina Utama Muda (IV/c)``."""
        return f"{self.pangkat} ({self.golongan})"


# ---- registers ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterInput:
    """A register (buku register) as the admin types it; ``id`` None adds a new one."""

    key: str
    name: str
    number_template: str = "{klasifikasi}/{urut}/{kode_unit}/{tahun}"
    klasifikasi_old: str = "560"
    klasifikasi_new: str = "500.15"
    unit_code: str = ""  # empty: the office profile's unit code
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class Register:
    """A stored register with this year's last number."""

    id: uuid.UUID
    key: str
    name: str
    number_template: str
    klasifikasi_old: str
    klasifikasi_new: str
    unit_code: str
    active: bool
    last_number: int  # of the current year; 0 when none was taken yet


@dataclass(frozen=True)
class RegisterEntry:
    """One line of a register: a number and what it was given to."""

    document_id: uuid.UUID
    seq: int
    number: str
    issued_on: dt.date
    hal: str
    addressee: str
    applicant_name: str
    template_name: str
    status: DocStatus
    cancel_reason: str

    @property
    def status_label(self) -> str:
        """The status in plain Indonesian."""
        return DOC_STATUS_LABELS[self.status]


# ---- templates ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExtraField:
    """A value the clerk types when issuing (e.g. negara tujuan); its name is a placeholder of the template."""

    name: str
    label: str
    required: bool = True


@dataclass(frozen=True)
class TemplateInput:
    """A letter template as data; ``id`` None adds a new one. Texts may hold ``{placeholders}``."""

    key: str
    name: str
    service_key: str  # catalogue standard key (standards.yaml ``key``)
    layout: Layout = Layout.LETTER
    title: str = ""  # centred title of a DOCUMENT/ENDORSEMENT ("TANDA DAFTAR BURSA KERJA KHUSUS")
    hal: str = ""
    sifat: str = "Biasa"
    lampiran: str = "-"
    addressee: tuple[str, ...] = ()  # "Kepala Kantor Imigrasi Kelas I TPI Surabaya"
    addressee_place: str = ""  # the line after "di"
    body: tuple[str, ...] = ()
    tembusan: tuple[str, ...] = ()
    register_key: str = "umum"
    signatory_role: str = "kepala_dinas"
    paper: str = ""  # "" = the office profile's paper
    extra_fields: tuple[ExtraField, ...] = ()
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class LetterTemplate(TemplateInput):
    """A stored template."""

    active: bool = True
    updated_at: dt.datetime | None = None


# ---- issued documents -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterDraft:
    """A preview of a letter before numbering; ``missing`` names required extra fields still empty."""

    template_id: uuid.UUID
    application_id: uuid.UUID
    data: documents.LetterData
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class PrintLogEntry:
    """One print attempt of a document."""

    at: dt.datetime
    printer: str
    ok: bool
    reason: str
    username: str
    station: str


@dataclass(frozen=True)
class IssuedDocument:
    """A numbered, archived document (no PDF bytes: fetch them with ``pdf``)."""

    id: uuid.UUID
    number: str
    register_id: uuid.UUID
    register_name: str
    year: int
    seq: int
    issued_on: dt.date
    template_id: uuid.UUID
    template_key: str
    template_name: str
    service_key: str
    hal: str
    addressee: str
    application_id: uuid.UUID | None
    tracking_number: str
    applicant_name: str
    signatory_name: str
    status: DocStatus
    sha256: str
    verification_code: str
    printed_count: int
    cancel_reason: str
    created_at: dt.datetime
    prints: tuple[PrintLogEntry, ...] = field(default=())

    @property
    def status_label(self) -> str:
        """The status in plain Indonesian."""
        return DOC_STATUS_LABELS[self.status]


@dataclass(frozen=True)
class VerificationResult:
    """What the QR of a paper says about it; ``pdf`` only for staff allowed to view documents."""

    number: str
    issued_on: dt.date
    hal: str
    applicant_name: str
    signatory_name: str
    signatory_jabatan: str
    status: DocStatus
    hash_ok: bool
    document_id: uuid.UUID | None = None
    pdf: bytes | None = None

    @property
    def status_label(self) -> str:
        """The status in plain Indonesian."""
        return DOC_STATUS_LABELS[self.status]


LETTER_RENDERER_PLACEHOLDER