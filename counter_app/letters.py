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
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any

import yaml

from counter_app import documents, letterhead, paths
from counter_app.changes import Changes
from counter_app.context import ServiceContext
from counter_app.db import models
from counter_app.db.unit_of_work import UnitOfWork
from counter_app.errors import Conflict, NotFound, UserError
from counter_app.roles import Permission, Principal

log = logging.getLogger(__name__)

PROFILE_KEY = letterhead.PROFILE_KEY
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
DOUBLE_PERIOD = re.compile(r"(?<!\.)\.\.(?!\.)")
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

    government: str = letterhead.DEFAULT_GOVERNMENT  # the kop defaults live in letterhead.py (reports use them too)
    office: str = letterhead.DEFAULT_OFFICE
    address_lines: tuple[str, ...] = (letterhead.DEFAULT_ADDRESS,)
    contact_line: str = letterhead.DEFAULT_CONTACT
    web_line: str = letterhead.DEFAULT_WEB
    logo_png: bytes | None = None
    place: str = letterhead.DEFAULT_PLACE
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


LetterRenderer = Callable[[documents.LetterData], bytes]


# ---- pure rules -----------------------------------------------------------------------------------------


def long_date(day: dt.date) -> str:
    """``22 November 2026``: Indonesian month name, no leading zero."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def date_line(place: str, day: dt.date) -> str:
    """``Mojokerto, 22 November 2026`` (no trailing period)."""
    return f"{place}, {long_date(day)}"


def check_nip(raw: str) -> NipInfo:
    """Check an 18-digit NIP (birth date, TMT CPNS, sex digit, serial); raise UserError saying what is wrong."""
    digits = "".join(ch for ch in (raw or "") if ch not in " .-")
    if not digits:
        raise UserError("NIP belum diisi. Ketik 18 angka NIP seperti pada SK, misalnya 19680411 199303 1 009.")
    if not (digits.isascii() and digits.isdigit()) or len(digits) != 18:
        raise UserError(
            f"NIP harus 18 angka; yang diketik '{raw.strip()}' ({len(digits)} tanda). Contoh: 19680411 199303 1 009."
        )
    try:
        birth = dt.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise UserError(
            f"Delapan angka pertama NIP ({digits[:8]}) bukan tanggal lahir yang sah (tahun-bulan-tanggal). "
            "Periksa lagi NIP pada SK."
        ) from None
    if not 1940 <= birth.year <= 2015:
        raise UserError(f"Tahun lahir pada NIP ({birth.year}) tidak masuk akal. Periksa lagi NIP pada SK.")
    year, month = int(digits[8:12]), int(digits[12:14])
    if not 1 <= month <= 12:
        raise UserError(f"Bulan TMT CPNS pada NIP ({digits[12:14]}) harus 01 sampai 12. Periksa lagi NIP pada SK.")
    tmt = dt.date(year, month, 1)
    if tmt < dt.date(birth.year + 17, birth.month, 1):
        raise UserError(
            f"TMT CPNS pada NIP ({digits[8:14]}) lebih awal dari usia 17 tahun menurut tanggal lahirnya "
            f"({digits[:8]}). Periksa lagi NIP pada SK."
        )
    if digits[14] not in "12":
        raise UserError(
            f"Angka ke-15 NIP menunjukkan jenis kelamin: 1 laki-laki atau 2 perempuan, bukan {digits[14]}. "
            "Periksa lagi NIP pada SK."
        )
    if digits[15:] == "000":
        raise UserError("Tiga angka terakhir NIP (nomor urut) tidak boleh 000. Periksa lagi NIP pada SK.")
    return NipInfo(nip=digits, birth_date=birth, tmt=tmt, sex=digits[14], serial=digits[15:])


def placeholders_of(text: str, what: str) -> set[str]:
    """The ``{names}`` used in ``text``; UserError for unbalanced braces or format specs."""
    names: set[str] = set()
    try:
        for _literal, name, spec, conversion in string.Formatter().parse(text):
            if name is None:
                continue
            if not name or spec or conversion or not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
                raise UserError(
                    f"{what}: isian '{{{name}{':' + spec if spec else ''}}}' tidak sah. Tulis nama isian dengan "
                    "huruf kecil di antara kurung kurawal, misalnya {nama}."
                )
            names.add(name)
    except ValueError:
        raise UserError(
            f"{what}: kurung kurawal tidak berpasangan. Setiap isian ditulis {{nama_isian}}; "
            "hapus kurung yang berlebih."
        ) from None
    return names


def format_number(template: str, values: Mapping[str, str]) -> str:
    """Fill a register's number template."""
    return template.format_map(dict(values))


def number_values(
    register: Register | models.LetterRegister, profile: OfficeProfile, day: dt.date, seq: int | str
) -> dict[str, str]:
    """The values of the number placeholders for ``register`` on ``day``."""
    scheme_old = profile.scheme == ClassificationScheme.OLD
    return {
        "klasifikasi": register.klasifikasi_old if scheme_old else register.klasifikasi_new,
        "urut": str(seq),
        "kode_unit": register.unit_code or profile.unit_code,
        "tahun": f"{day.year:04d}",
        "bulan": f"{day.month:02d}",
        "bulan_romawi": ROMAN_MONTHS[day.month - 1],
    }


def new_verification_code() -> str:
    """A random code ``XXXX-XXXX-XXXX`` (31^12 ≈ 8e17 possibilities: not guessable)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def qr_text(number: str, code: str) -> str:
    """What the QR on a paper holds: who issued it, its number and the verification code."""
    return f"{QR_HEADER}\nNomor: {number}\nKode: {code}"


def parse_code(text: str) -> str | None:
    """The verification code in a typed code or a scanned QR text, normalised to ``XXXX-XXXX-XXXX``."""
    cleaned = (text or "").upper()
    marker = cleaned.rfind("KODE:")
    if marker >= 0:
        cleaned = cleaned[marker + 5 :]
    cleaned = cleaned.replace(" ", "").strip()
    match = CODE_PATTERN.search(cleaned)
    if match is None:
        return None
    return "-".join(match.groups())


def signature_of(s: Signatory | None) -> documents.LetterSignature:
    """The printed signature block of a signatory."""
    if s is None:
        return documents.LetterSignature(jabatan_lines=("",), name="", pangkat="", nip="")
    lines: list[str] = []
    if s.authority in ("a.n.", "u.b.") and s.on_behalf_of:
        lines.append(f"{s.authority} {s.on_behalf_of}")
        lines.extend(line.strip() for line in s.jabatan.splitlines() if line.strip())
    else:
        jabatan = [line.strip() for line in s.jabatan.splitlines() if line.strip()]
        if s.authority and jabatan:
            jabatan[0] = f"{s.authority} {jabatan[0]}"
        lines.extend(jabatan)
    if lines:
        lines[-1] = lines[-1].rstrip(",") + ","
    return documents.LetterSignature(jabatan_lines=tuple(lines), name=s.name, pangkat=s.pangkat_line, nip=s.nip_spaced)


def letter_data_to_json(data: documents.LetterData) -> dict[str, Any]:
    """The data snapshot stored next to the archived PDF (logo as base64)."""
    out = asdict(data)
    out["logo_png"] = base64.b64encode(data.logo_png).decode("ascii") if data.logo_png else None
    return out


def letter_data_from_json(raw: Mapping[str, Any]) -> documents.LetterData:
    """Rebuild the LetterData of a snapshot."""
    values = dict(raw)
    values["logo_png"] = base64.b64decode(values["logo_png"]) if values.get("logo_png") else None
    sig = values.pop("signature")
    values["signature"] = documents.LetterSignature(
        jabatan_lines=tuple(sig["jabatan_lines"]), name=sig["name"], pangkat=sig["pangkat"], nip=sig["nip"]
    )
    for name in ("kop_address", "addressee", "body", "tembusan"):
        values[name] = tuple(values[name])
    known = {f.name for f in fields(documents.LetterData)}
    return documents.LetterData(**{k: v for k, v in values.items() if k in known})


def _clean(value: str, what: str, limit: int, *, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise UserError(f"{what} belum diisi.")
    if len(value) > limit:
        raise UserError(f"{what} terlalu panjang ({len(value)} huruf); paling banyak {limit} huruf. Singkat isinya.")
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in value):
        raise UserError(f"{what} berisi karakter kendali yang tidak dapat disimpan; ketik ulang.")
    return value


def _lines(values: Iterable[str], what: str, limit: int = TEXT_MAX) -> tuple[str, ...]:
    return tuple(v for v in (_clean(x, what, limit) for x in values) if v)


class _Blank(dict[str, str]):
    """Formatting values that show a missing extra field as ``[label]`` in a draft."""

    def __init__(self, values: Mapping[str, str], labels: Mapping[str, str]) -> None:
        super().__init__(values)
        self._labels = labels

    def __missing__(self, key: str) -> str:
        return f"[{self._labels.get(key, key)}]"


# ---- the service ----------------------------------------------------------------------------------------


class LetterService:
    """Office profile, signatories, registers, templates and the issued-document archive."""

    def __init__(self, ctx: ServiceContext, *, render_pdf: LetterRenderer | None = None) -> None:
        self._ctx = ctx
        self._render_pdf = render_pdf

    def set_renderer(self, render_pdf: LetterRenderer | None) -> None:
        """Install the PDF renderer (app.py passes ``counter_app.print.letter.letter_pdf_bytes``)."""
        self._render_pdf = render_pdf

    @property
    def has_renderer(self) -> bool:
        """True when letters can be issued (a PDF renderer is installed)."""
        return self._render_pdf is not None

    # ---- office profile --------------------------------------------------------------------------

    def profile(self, p: Principal) -> OfficeProfile:
        """The kop surat and letter settings (defaults until the admin saves them)."""
        p.require(Permission.VIEW_DOCUMENTS)
        with self._ctx.uow(read_only=True) as uow:
            return self._profile(uow)

    def save_profile(self, p: Principal, profile: OfficeProfile) -> OfficeProfile:
        """Check and store the office profile."""
        p.require(Permission.MANAGE_OFFICE)
        profile = self._checked_profile(profile)
        raw = asdict(profile)
        raw["logo_png"] = base64.b64encode(profile.logo_png).decode("ascii") if profile.logo_png else None
        raw["address_lines"] = list(profile.address_lines)
        raw["paper"] = profile.paper.value
        raw["scheme"] = profile.scheme.value
        with self._ctx.uow() as uow:
            uow.office_settings.put(PROFILE_KEY, raw, self._ctx.clock.now())
            self._ctx.audit(uow, p, "letters.profile_saved", "office_setting", PROFILE_KEY)
            uow.commit()
        self._ctx.hub.publish(Changes(office=True))
        return profile

    def printers(self, p: Principal) -> dict[str, str]:
        """The printer chosen per template key ("" key = default for letters)."""
        p.require(Permission.VIEW_DOCUMENTS)
        with self._ctx.uow(read_only=True) as uow:
            return dict(uow.office_settings.get(PRINTERS_KEY, {}) or {})

    def set_printer(self, p: Principal, template_key: str, printer: str) -> None:
        """Choose the printer of one document type ("" = default for every letter)."""
        p.require(Permission.MANAGE_OFFICE)
        printer = _clean(printer, "Nama printer", 200)
        with self._ctx.uow() as uow:
            current = dict(uow.office_settings.get(PRINTERS_KEY, {}) or {})
            if template_key and template_key not in uow.letters.template_keys():
                raise NotFound(f"Templat '{template_key}' tidak ada. Muat ulang daftar templat.")
            if printer:
                current[template_key] = printer
            else:
                current.pop(template_key, None)
            uow.office_settings.put(PRINTERS_KEY, current, self._ctx.clock.now())
            self._ctx.audit(uow, p, "letters.printer_set", "letter_template", template_key, printer=printer)
            uow.commit()
        self._ctx.hub.publish(Changes(office=True))

    def printer_for(self, p: Principal, template_key: str) -> str:
        """The printer of this document type, else the default, else ""."""
        p.require(Permission.VIEW_DOCUMENTS)
        chosen = self.printers(p)
        return chosen.get(template_key) or chosen.get("", "")

    # ---- signatories -----------------------------------------------------------------------------

    def signatories(self, p: Principal, *, include_inactive: bool = False) -> list[Signatory]:
        """The signatories, active ones first."""
        p.require(Permission.VIEW_DOCUMENTS)
        with self._ctx.uow(read_only=True) as uow:
            rows = uow.letters.signatories()
            return [self._signatory(s) for s in rows if include_inactive or s.active]

    def save_signatory(self, p: Principal, data: SignatoryInput) -> Signatory:
        """Add or change a signatory; the NIP must pass the 18-digit check."""
        p.require(Permission.MANAGE_OFFICE)
        jabatan = "\n".join(_lines((data.jabatan or "").splitlines(), "Jabatan", 200))
        if not jabatan:
            raise UserError(
                "Jabatan penandatangan belum diisi, misalnya KEPALA DINAS TENAGA KERJA KABUPATEN MOJOKERTO."
            )
        name = _clean(data.name, "Nama penandatangan", 200, required=True)
        golongan = (data.golongan or "").strip()
        if golongan not in PANGKAT:
            raise UserError(
                f"Golongan '{golongan}' tidak dikenal. Pilih salah satu dari daftar PP 99/2000, misalnya IV/c."
            )
        nip = check_nip(data.nip).nip
        role = (data.role or "").strip()
        if not KEY_PATTERN.match(role):
            raise UserError("Peran penandatangan ditulis huruf kecil tanpa spasi, misalnya kepala_dinas.")
        authority = (data.authority or "").strip()
        if authority not in AUTHORITY_CHOICES:
            raise UserError(f"Keterangan '{authority}' tidak dikenal; pilih kosong, a.n., Plt., Plh. atau u.b.")
        on_behalf_of = _clean(data.on_behalf_of, "Atas nama", 200)
        if authority in ("a.n.", "u.b.") and not on_behalf_of:
            raise UserError(f"Dengan {authority} isi juga atas nama siapa, misalnya BUPATI MOJOKERTO.")
        now = self._ctx.clock.now()
        with self._ctx.uow() as uow:
            if data.id is None:
                row = models.LetterSignatory(updated_at=now)
            else:
                found = uow.letters.signatory(data.id)
                if found is None:
                    raise NotFound("Penandatangan ini tidak ada lagi. Muat ulang daftarnya.")
                row = found
            row.jabatan, row.name, row.golongan, row.nip, row.role = jabatan, name, golongan, nip, role
            row.authority, row.on_behalf_of, row.active, row.updated_at = authority, on_behalf_of, True, now
            if data.id is None:
                uow.letters.add(row)
            uow.session.flush()
            self._ctx.audit(uow, p, "letters.signatory_saved", "letter_signatory", row.id)
            result = self._signatory(row)
            uow.commit()
        self._ctx.hub.publish(Changes(office=True))
        return result

    def deactivate_signatory(self, p: Principal, signatory_id: uuid.UUID) -> Signatory:
        """Stop offering a signatory (issued letters keep their snapshot)."""
        p.require(Permission.MANAGE_OFFICE)
        with self._ctx.uow() as uow:
            row = uow.letters.signatory(signatory_id)
            if row is None:
                raise NotFound("Penandatangan ini tidak ada lagi. Muat ulang daftarnya.")
            if not row.active:
                raise Conflict(f"{row.name} sudah tidak aktif sebagai penandatangan.")
            row.active = False
            row.updated_at = self._ctx.clock.now()
            self._ctx.audit(uow, p, "letters.signatory_deactivated", "letter_signatory", row.id)
            result = self._signatory(row)
            uow.commit()
        self._ctx.hub.publish(Changes(office=True))
        return result

    # ---- registers -------------------------------------------------------------------------------

    def registers(self, p: Principal) -> list[Register]:
        """Every register with this year's last number."""
        p.require(Permission.VIEW_DOCUMENTS)
        year = self._ctx.clock.now().year
        with self._ctx.uow(read_only=True) as uow:
            last = uow.letters.last_numbers(year)
            return [self._register(r, last.get(r.id, 0)) for r in uow.letters.registers()]

    def save_register(self, p: Principal, data: RegisterInput) -> Register:
        """Add or change a register; the number template must hold ``{urut}`` and only known placeholders."""
        p.require(Permission.MANAGE_OFFICE)
        key = (data.key or "").strip()
        if not KEY_PATTERN.match(key):
            raise UserError("Kode register ditulis huruf kecil tanpa spasi (boleh garis bawah), misalnya penempatan.")
        name = _clean(data.name, "Nama register", 200, required=True)
        template = _clean(data.number_template, "Pola nomor", 200, required=True)
        used = placeholders_of(template, "Pola nomor")
        unknown = sorted(used - NUMBER_PLACEHOLDERS.keys())
        if unknown:
            raise UserError(
                "Pola nomor memakai isian yang tidak dikenal: "
                + ", ".join("{" + u + "}" for u in unknown)
                + ". Yang dapat dipakai: "
                + ", ".join("{" + k + "}" for k in NUMBER_PLACEHOLDERS)
                + "."
            )
        if "urut" not in used:
            raise UserError(
                "Pola nomor harus memuat {urut} (nomor urut register), "
                "misalnya {klasifikasi}/{urut}/{kode_unit}/{tahun}."
            )
        for value, what in (
            (data.klasifikasi_old, "Kode klasifikasi lama"),
            (data.klasifikasi_new, "Kode klasifikasi baru"),
        ):
            if not CLASSIFICATION_PATTERN.match((value or "").strip()):
                raise UserError(f"{what} '{(value or '').strip()}' tidak sah; tulis seperti 560 atau 500.15.9.")
        unit_code = (data.unit_code or "").strip()
        if not UNIT_CODE_PATTERN.match(unit_code):
            raise UserError(
                "Kode unit hanya boleh huruf, angka, titik, garis miring dan tanda hubung, misalnya 416-115."
            )
        now = self._ctx.clock.now()
        with self._ctx.uow() as uow:
            other = uow.letters.register_by_key(key)
            if other is not None and other.id != data.id:
                raise Conflict(f"Kode register '{key}' sudah dipakai register {other.name}. Pilih kode lain.")
            if data.id is None:
                row = models.LetterRegister(key=key, updated_at=now)
                row.name, row.number_template, row.active = name, template, True
                row.klasifikasi_old, row.klasifikasi_new, row.unit_code = "", "", ""
            else:
                found = uow.letters.register(data.id)
                if found is None:
                    raise NotFound("Register ini tidak ada lagi. Muat ulang daftarnya.")
                row = found
            row.key, row.name, row.number_template, row.unit_code = key, name, template, unit_code
            row.klasifikasi_old, row.klasifikasi_new = data.klasifikasi_old.strip(), data.klasifikasi_new.strip()
            row.updated_at = now
            if data.id is None:
                uow.letters.add(row)
            uow.session.flush()
            self._ctx.audit(uow, p, "letters.register_saved", "letter_register", row.id)
            result = self._register(row, uow.letters.last_numbers(now.year).get(row.id, 0))
            uow.commit()
        self._ctx.hub.publish(Changes(office=True))
        return result

    def register_entries(self, p: Principal, register_id: uuid.UUID, year: int) -> list[RegisterEntry]:
        """The numbers of one register and year, in order, cancelled ones included."""
        p.require(Permission.VIEW_DOCUMENTS)
        with self._ctx.uow(read_only=True) as uow:
            if uow.letters.register(register_id) is None:
                raise NotFound("Register ini tidak ada lagi. Muat ulang daftarnya.")
            names = {t.id: t.name for t in uow.letters.templates()}
            return [
                RegisterEntry(
                    document_id=d.id,
                    seq=d.seq,
                    number=d.number,
                    issued_on=d.issued_on,
                    hal=d.hal,
                    addressee=d.addressee,
                    applicant_name=d.applicant_name,
                    template_name=names.get(d.template_id, ""),
                    status=DocStatus(d.status),
                    cancel_reason=d.cancel_reason,
                )
                for d in uow.letters.of_register(register_id, year)
            ]

    def export_register(self, p: Principal, register_id: uuid.UUID, year: int) -> bytes:
        """The register of one year as an .xlsx workbook."""
        p.require(Permission.VIEW_DOCUMENTS)
        import openpyxl  # heavy; only needed for an export
        from openpyxl.styles import Font

        entries = self.register_entries(p, register_id, year)
        with self._ctx.uow(read_only=True) as uow:
            register = uow.letters.register(register_id)
            assert register is not None
            title = register.name
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = str(year)
        sheet.append([f"{title} tahun {year}"])
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append([])
        header = ["No. urut", "Nomor", "Tanggal", "Hal", "Tujuan", "Pemohon", "Jenis naskah", "Status", "Alasan batal"]
        sheet.append(header)
        for cell in sheet[3]:
            cell.font = Font(bold=True)
        for e in entries:
            sheet.append(
                [
                    e.seq,
                    e.number,
                    e.issued_on,
                    e.hal,
                    e.addressee,
                    e.applicant_name,
                    e.template_name,
                    e.status_label,
                    e.cancel_reason,
                ]
            )
        for row in sheet.iter_rows(min_row=4, min_col=3, max_col=3):
            for cell in row:
                cell.number_format = "DD-MM-YYYY"
        for letter, width in zip("ABCDEFGHI", (9, 30, 12, 50, 40, 30, 30, 22, 30), strict=True):
            sheet.column_dimensions[letter].width = width
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()

    def preview_number(self, p: Principal, register_id: uuid.UUID, on: dt.date | None = None) -> str:
        """The number the next letter of this register would get (not reserved)."""
        p.require(Permission.VIEW_DOCUMENTS)
        day = on or self._ctx.clock.now().date()
        with self._ctx.uow(read_only=True) as uow:
            register = uow.letters.register(register_id)
            if register is None:
                raise NotFound("Register ini tidak ada lagi. Muat ulang daftarnya.")
            last = uow.letters.last_numbers(day.year).get(register.id, 0)
            return format_number(register.number_template, number_values(register, self._profile(uow), day, last + 1))

    # ---- templates -------------------------------------------------------------------------------

    def templates(self, p: Principal, *, service_key: str | None = None) -> list[LetterTemplate]:
        """The letter templates, optionally only those of one standard."""
        p.require(Permission.VIEW_DOCUMENTS)
        with self._ctx.uow(read_only=True) as uow:
            return [self._template(t) for t in uow.letters.templates(service_key)]

    def template(self, p: Principal, template_id: uuid.UUID) -> LetterTemplate:
        """One template."""
        p.require(Permission.VIEW_DOCUMENTS)
        with self._ctx.uow(read_only=True) as uow:
            return self._template(self._template_row(uow, template_id))

    def save_template(self, p: Principal, data: TemplateInput) -> LetterTemplate:
        """Add or change a template; unknown placeholders are refused by name."""
        p.require(Permission.MANAGE_OFFICE)
        now = self._ctx.clock.now()
        with self._ctx.uow() as uow:
            result = self._save_template(uow, p, data, now)
            uow.commit()
        self._ctx.hub.publish(Changes(office=True))
        return result

    def load_default_templates(self, p: Principal) -> int:
        """Add the bundled templates and registers that are missing (never overwrites); returns how many."""
        p.require(Permission.MANAGE_OFFICE)
        raw = yaml.safe_load(paths.resource(DEFAULTS_RESOURCE).read_text(encoding="utf-8"))
        now = self._ctx.clock.now()
        added = 0
        with self._ctx.uow() as uow:
            have_registers = uow.letters.register_keys()
            for r in raw.get("registers", []):
                if r["key"] in have_registers:
                    continue
                uow.letters.add(
                    models.LetterRegister(
                        key=r["key"],
                        name=r["name"],
                        number_template=r.get("number_template", "{klasifikasi}/{urut}/{kode_unit}/{tahun}"),
                        klasifikasi_old=str(r["klasifikasi_old"]),
                        klasifikasi_new=str(r["klasifikasi_new"]),
                        unit_code=str(r.get("unit_code", "")),
                        active=True,
                        updated_at=now,
                    )
                )
                added += 1
            have_templates = uow.letters.template_keys()
            services = uow.services.by_key()
            for t in raw.get("templates", []):
                if t["key"] in have_templates or t["service_key"] not in services:
                    continue
                self._save_template(uow, p, template_input_from_yaml(t), now, audit=False)
                added += 1
            if added:
                self._ctx.audit(uow, p, "letters.defaults_loaded", "letter_template", "", added=added)
                uow.commit()
        if added:
            self._ctx.hub.publish(Changes(office=True))
        return added

    # ---- issuing ---------------------------------------------------------------------------------

    def draft(
        self,
        p: Principal,
        application_id: uuid.UUID,
        template_id: uuid.UUID,
        extra_fields: Mapping[str, str] | None = None,
        signatory_id: uuid.UUID | None = None,
    ) -> LetterDraft:
        """Preview data of the letter, without a number."""
        p.require(Permission.ISSUE_DOCUMENTS)
        day = self._ctx.clock.now().date()
        with self._ctx.uow(read_only=True) as uow:
            template = self._template(self._template_row(uow, template_id))
            application = self._application(uow, application_id)
            register = self._register_of(uow, template)
            profile = self._profile(uow)
            signatory = self._pick_signatory(uow, template, signatory_id)
            extras = self._extras(template, extra_fields)
            missing = tuple(f.label for f in template.extra_fields if f.required and not extras.get(f.name))
            number = format_number(register.number_template, number_values(register, profile, day, "…"))
            values = self._base_values(uow, application, profile, signatory, day)
            data = self._letter_data(template, profile, signatory, values, extras, day, number, "KONSEP", draft=True)
        return LetterDraft(
            template_id=template.id or template_id, application_id=application_id, data=data, missing=missing
        )

    def issue(
        self,
        p: Principal,
        application_id: uuid.UUID,
        template_id: uuid.UUID,
        extra_fields: Mapping[str, str] | None = None,
        signatory_id: uuid.UUID | None = None,
    ) -> IssuedDocument:
        """Number the letter from its register, render and archive it; it then waits to be printed."""
        p.require(Permission.ISSUE_DOCUMENTS)
        render = self._render_pdf
        if render is None:
            raise UserError("Pencetak surat belum dipasang pada program ini; hubungi Admin.")
        now = self._ctx.clock.now()
        day = now.date()
        with self._ctx.uow() as uow:
            row = self._template_row(uow, template_id)
            if not row.active:
                raise Conflict(f"Templat {row.name} sudah tidak aktif. Pilih templat lain.")
            template = self._template(row)
            application = self._application(uow, application_id)
            register = self._register_of(uow, template)
            profile = self._profile(uow)
            signatory = self._pick_signatory(uow, template, signatory_id)
            if signatory is None:
                raise UserError(
                    "Belum ada penandatangan aktif. Minta Admin menambahkan penandatangan di Profil Kantor."
                )
            extras = self._extras(template, extra_fields)
            missing = [f.label for f in template.extra_fields if f.required and not extras.get(f.name)]
            if missing:
                raise UserError("Isian berikut belum diisi: " + ", ".join(missing) + ". Lengkapi lalu terbitkan lagi.")
            values = self._base_values(uow, application, profile, signatory, day)
            applicant_name = self._applicant_name(uow, application)
            # From here the counter row stays locked until commit (numbers gapless and unique across stations):
            # no more reads, only the render and two inserts.
            seq = uow.letters.next_number(register.id, day.year)
            number = format_number(register.number_template, number_values(register, profile, day, seq))
            code = new_verification_code()
            data = self._letter_data(template, profile, signatory, values, extras, day, number, code)
            pdf = render(data)
            document = models.LetterDocument(
                register_id=register.id,
                year=day.year,
                seq=seq,
                number=number,
                issued_on=day,
                template_id=row.id,
                application_id=application.id,
                signatory_id=signatory.id,
                hal=data.hal,
                addressee=" ".join(data.addressee),
                applicant_name=applicant_name,
                signatory_name=signatory.name,
                status=DocStatus.ISSUED.value,
                pdf=pdf,
                sha256=hashlib.sha256(pdf).hexdigest(),
                snapshot={"letter": letter_data_to_json(data), "extra_fields": dict(extras)},
                verification_code=code,
                printed_count=0,
                cancel_reason="",
                created_by=p.user_id,
                created_at=now,
                updated_at=now,
            )
            uow.letters.add_document(document)
            self._ctx.audit(
                uow,
                p,
                "letters.issued",
                "letter_document",
                document.id,
                number=number,
                template=row.key,
                application=str(application.id),
            )
            result = self._document(uow, document, register=register, template=row, application=application)
            uow.commit()
        self._ctx.hub.publish(Changes(documents=True))
        return result

    def record_print(
        self, p: Principal, document_id: uuid.UUID, printer: str, ok: bool, reason: str = ""
    ) -> IssuedDocument:
        """Log a print attempt; a reprint needs a reason; a failed one leaves the document waiting."""
        p.require(Permission.ISSUE_DOCUMENTS)
        printer = _clean(printer, "Nama printer", 200)
        reason = _clean(reason, "Alasan", REASON_MAX)
        now = self._ctx.clock.now()
        with self._ctx.uow() as uow:
            document = self._document_row(uow, document_id, lock=True)
            if document.status == DocStatus.CANCELLED:
                raise Conflict(f"Surat {document.number} sudah dibatalkan dan tidak dapat dicetak.")
            if ok and document.printed_count > 0 and not reason:
                raise UserError(
                    f"Surat {document.number} sudah pernah dicetak. Tulis alasan cetak ulang, misalnya kertas rusak."
                )
            uow.letters.add_print(
                models.LetterPrint(
                    document_id=document.id,
                    seq=len(uow.letters.prints(document.id)) + 1,
                    at=now,
                    printer=printer,
                    ok=ok,
                    reason=reason,
                    user_id=p.user_id,
                    username=p.username,
                    station=self._ctx.station,
                )
            )
            if ok:
                document.printed_count += 1
                document.status = DocStatus.PRINTED.value
            document.updated_at = now
            action = "letters.printed" if ok else "letters.print_failed"
            if ok and document.printed_count > 1:
                action = "letters.reprinted"
            self._ctx.audit(uow, p, action, "letter_document", document.id, printer=printer)
            result = self._document(uow, document)
            uow.commit()
        self._ctx.hub.publish(Changes(documents=True))
        return result

    def cancel(self, p: Principal, document_id: uuid.UUID, reason: str) -> IssuedDocument:
        """Cancel a document; its number stays in the register marked as cancelled."""
        p.require(Permission.ISSUE_DOCUMENTS)
        reason = _clean(reason, "Alasan pembatalan", REASON_MAX, required=True)
        now = self._ctx.clock.now()
        with self._ctx.uow() as uow:
            document = self._document_row(uow, document_id, lock=True)
            if document.status == DocStatus.CANCELLED:
                raise Conflict(f"Surat {document.number} sudah dibatalkan.")
            document.status = DocStatus.CANCELLED.value
            document.cancel_reason = reason
            document.updated_at = now
            self._ctx.audit(uow, p, "letters.cancelled", "letter_document", document.id, number=document.number)
            result = self._document(uow, document)
            uow.commit()
        self._ctx.hub.publish(Changes(documents=True))
        return result

    def document(self, p: Principal, document_id: uuid.UUID) -> IssuedDocument:
        """One issued document with its print log."""
        p.require(Permission.VIEW_DOCUMENTS)
        with self._ctx.uow(read_only=True) as uow:
            return self._document(uow, self._document_row(uow, document_id))

    def documents_of(self, p: Principal, application_id: uuid.UUID) -> list[IssuedDocument]:
        """The documents issued for one application, newest first."""
        p.require(Permission.VIEW_DOCUMENTS)
        with self._ctx.uow(read_only=True) as uow:
            return [self._document(uow, d) for d in uow.letters.of_application(application_id)]

    def pdf(self, p: Principal, document_id: uuid.UUID) -> bytes:
        """The archived PDF of a document."""
        p.require(Permission.VIEW_DOCUMENTS)
        with self._ctx.uow(read_only=True) as uow:
            return bytes(self._document_row(uow, document_id).pdf)

    def letter_data(self, p: Principal, document_id: uuid.UUID) -> documents.LetterData:
        """The data the archived PDF was rendered from (for an on-screen preview)."""
        p.require(Permission.VIEW_DOCUMENTS)
        with self._ctx.uow(read_only=True) as uow:
            return letter_data_from_json(self._document_row(uow, document_id).snapshot["letter"])

    def pending_prints(self, p: Principal) -> list[IssuedDocument]:
        """Issued documents not printed yet (including failed prints), oldest first."""
        p.require(Permission.VIEW_DOCUMENTS)
        with self._ctx.uow(read_only=True) as uow:
            return [self._document(uow, d) for d in uow.letters.with_status(DocStatus.ISSUED.value)]

    def verify(self, code_or_qr_text: str, p: Principal | None = None) -> VerificationResult:
        """Look up a paper by its verification code or QR text; the PDF only for VIEW_DOCUMENTS."""
        code = parse_code(code_or_qr_text)
        if code is None:
            raise UserError(
                "Kode verifikasi tidak terbaca. Pindai QR pada naskah atau ketik kodenya, misalnya ABCD-EFGH-JKMN."
            )
        with self._ctx.uow(read_only=True) as uow:
            document = uow.letters.by_code(code)
            if document is None:
                raise NotFound(
                    f"Tidak ada naskah dengan kode {code}. Naskah ini tidak diterbitkan oleh kantor ini atau kodenya "
                    "salah ketik."
                )
            pdf = bytes(document.pdf)
            letter = document.snapshot.get("letter", {})
            jabatan = " ".join(letter.get("signature", {}).get("jabatan_lines", ())).rstrip(",")
            return VerificationResult(
                number=document.number,
                issued_on=document.issued_on,
                hal=document.hal,
                applicant_name=document.applicant_name,
                signatory_name=document.signatory_name,
                signatory_jabatan=jabatan,
                status=DocStatus(document.status),
                hash_ok=hashlib.sha256(pdf).hexdigest() == document.sha256,
                document_id=document.id if p is not None and p.can(Permission.VIEW_DOCUMENTS) else None,
                pdf=pdf if p is not None and p.can(Permission.VIEW_DOCUMENTS) else None,
            )

    # ---- helpers ---------------------------------------------------------------------------------

    def _profile(self, uow: UnitOfWork) -> OfficeProfile:
        raw = uow.office_settings.get(PROFILE_KEY)
        if not raw:
            return OfficeProfile()
        known = {f.name for f in fields(OfficeProfile)}
        values = {k: v for k, v in raw.items() if k in known}
        values["logo_png"] = base64.b64decode(values["logo_png"]) if values.get("logo_png") else None
        values["address_lines"] = tuple(values.get("address_lines", ()))
        values["paper"] = Paper(values.get("paper", Paper.A4.value))
        values["scheme"] = ClassificationScheme(values.get("scheme", ClassificationScheme.NEW.value))
        return OfficeProfile(**values)

    @staticmethod
    def _checked_profile(profile: OfficeProfile) -> OfficeProfile:
        government = _clean(profile.government, "Baris pemerintah daerah pada kop", 120, required=True)
        office = _clean(profile.office, "Nama dinas pada kop", 120, required=True)
        address = _lines(profile.address_lines, "Alamat pada kop", 200)
        if not address:
            raise UserError("Alamat kantor pada kop belum diisi (jalan, nomor, kecamatan, kabupaten, kode pos).")
        if len(address) > 3:
            raise UserError("Alamat pada kop paling banyak 3 baris. Gabungkan beberapa baris.")
        contact = _clean(profile.contact_line, "Baris telepon pada kop", 200)
        web = _clean(profile.web_line, "Baris laman/pos-el pada kop", 200)
        place = _clean(profile.place, "Nama tempat pada baris tanggal", 60, required=True)
        unit_code = (profile.unit_code or "").strip()
        if not UNIT_CODE_PATTERN.match(unit_code):
            raise UserError(
                "Kode unit hanya boleh huruf, angka, titik, garis miring dan tanda hubung, misalnya 416-115."
            )
        logo = profile.logo_png
        if logo is not None:
            if len(logo) > LOGO_MAX_BYTES:
                raise UserError(f"Berkas logo terlalu besar ({len(logo) // 1024} KB); paling besar 2 MB.")
            if not logo.startswith(b"\x89PNG\r\n\x1a\n"):
                raise UserError("Logo harus berkas gambar PNG. Simpan ulang logo sebagai PNG lalu pilih lagi.")
        try:
            paper, scheme = Paper(profile.paper), ClassificationScheme(profile.scheme)
        except ValueError:
            raise UserError("Pilih ukuran kertas A4 atau F4 dan skema klasifikasi 560 atau 500.15.") from None
        return OfficeProfile(
            government=government,
            office=office,
            address_lines=address,
            contact_line=contact,
            web_line=web,
            logo_png=logo,
            place=place,
            paper=paper,
            scheme=scheme,
            unit_code=unit_code,
        )

    @staticmethod
    def _signatory(s: models.LetterSignatory) -> Signatory:
        return Signatory(
            id=s.id,
            jabatan=s.jabatan,
            name=s.name,
            golongan=s.golongan,
            pangkat=PANGKAT.get(s.golongan, ""),
            nip=s.nip,
            role=s.role,
            authority=s.authority,
            on_behalf_of=s.on_behalf_of,
            active=s.active,
        )

    @staticmethod
    def _register(r: models.LetterRegister, last: int) -> Register:
        return Register(
            id=r.id,
            key=r.key,
            name=r.name,
            number_template=r.number_template,
            klasifikasi_old=r.klasifikasi_old,
            klasifikasi_new=r.klasifikasi_new,
            unit_code=r.unit_code,
            active=r.active,
            last_number=last,
        )

    @staticmethod
    def _template(t: models.LetterTemplate) -> LetterTemplate:
        c = t.content
        return LetterTemplate(
            id=t.id,
            key=t.key,
            name=t.name,
            service_key=t.service_key,
            layout=Layout(t.layout),
            title=c.get("title", ""),
            hal=c.get("hal", ""),
            sifat=c.get("sifat", "Biasa"),
            lampiran=c.get("lampiran", "-"),
            addressee=tuple(c.get("addressee", ())),
            addressee_place=c.get("addressee_place", ""),
            body=tuple(c.get("body", ())),
            tembusan=tuple(c.get("tembusan", ())),
            register_key=t.register_key,
            signatory_role=t.signatory_role,
            paper=t.paper,
            extra_fields=tuple(
                ExtraField(name=f["name"], label=f["label"], required=bool(f.get("required", True)))
                for f in c.get("extra_fields", ())
            ),
            active=t.active,
            updated_at=t.updated_at,
        )

    def _save_template(
        self, uow: UnitOfWork, p: Principal, data: TemplateInput, now: dt.datetime, *, audit: bool = True
    ) -> LetterTemplate:
        key = (data.key or "").strip()
        if not KEY_PATTERN.match(key):
            raise UserError(
                "Kode templat ditulis huruf kecil tanpa spasi (boleh garis bawah), misalnya rekomendasi_paspor."
            )
        name = _clean(data.name, "Nama templat", 200, required=True)
        if data.service_key not in uow.services.by_key():
            raise UserError(f"Standar pelayanan '{data.service_key}' tidak ada di katalog. Pilih standar dari daftar.")
        try:
            layout = Layout(data.layout)
        except ValueError:
            raise UserError("Tata letak templat harus surat, naskah atau pengesahan.") from None
        if data.sifat not in SIFAT_CHOICES:
            raise UserError(f"Sifat '{data.sifat}' tidak dikenal; pilih {', '.join(SIFAT_CHOICES)}.")
        if data.paper not in ("", Paper.A4.value, Paper.F4.value):
            raise UserError("Kertas templat harus kosong (ikut profil kantor), A4 atau F4.")
        if uow.letters.register_by_key(data.register_key) is None:
            raise UserError(f"Register '{data.register_key}' tidak ada. Pilih register dari daftar atau buat dulu.")
        if not KEY_PATTERN.match(data.signatory_role or ""):
            raise UserError("Peran penandatangan ditulis huruf kecil tanpa spasi, misalnya kepala_dinas.")
        extras: list[dict[str, Any]] = []
        for f in data.extra_fields:
            if not KEY_PATTERN.match(f.name) or f.name in LETTER_PLACEHOLDERS:
                raise UserError(
                    f"Nama isian tambahan '{f.name}' tidak sah atau sama dengan isian bawaan; tulis huruf kecil tanpa "
                    "spasi, misalnya negara_tujuan."
                )
            if any(e["name"] == f.name for e in extras):
                raise UserError(f"Isian tambahan '{f.name}' tercantum dua kali. Hapus salah satunya.")
            extras.append(
                {
                    "name": f.name,
                    "label": _clean(f.label, "Label isian", 120, required=True),
                    "required": bool(f.required),
                }
            )
        texts = {
            "title": _clean(data.title, "Judul", 300),
            "hal": _clean(data.hal, "Hal", 300, required=layout == Layout.LETTER),
            "lampiran": _clean(data.lampiran, "Lampiran", 100) or "-",
            "addressee_place": _clean(data.addressee_place, "Tempat tujuan (di ...)", 200),
        }
        addressee = _lines(data.addressee, "Tujuan surat", 300)
        body = _lines(data.body, "Isi surat")
        tembusan = _lines(data.tembusan, "Tembusan", 300)
        if not body:
            raise UserError("Isi templat belum diisi. Tulis paling sedikit satu paragraf.")
        if layout == Layout.LETTER and not addressee:
            raise UserError("Surat perlu tujuan (Yth. ...). Isi tujuan surat.")
        if layout != Layout.LETTER and not texts["title"]:
            raise UserError("Naskah dan halaman pengesahan perlu judul, misalnya TANDA DAFTAR BURSA KERJA KHUSUS.")
        allowed = set(LETTER_PLACEHOLDERS) | {e["name"] for e in extras}
        used: set[str] = set()
        for what, value in [
            ("Judul", texts["title"]),
            ("Hal", texts["hal"]),
            ("Lampiran", texts["lampiran"]),
            ("Tempat tujuan", texts["addressee_place"]),
        ]:
            used |= placeholders_of(value, what)
        for what, values in (("Tujuan surat", addressee), ("Isi surat", body), ("Tembusan", tembusan)):
            for i, value in enumerate(values, start=1):
                used |= placeholders_of(value, f"{what} baris {i}")
        unknown = sorted(used - allowed)
        if unknown:
            raise UserError(
                "Templat memakai isian yang tidak dikenal: "
                + ", ".join("{" + u + "}" for u in unknown)
                + ". Perbaiki ejaannya atau tambahkan sebagai isian tambahan."
            )
        content = {
            **texts,
            "sifat": data.sifat,
            "addressee": list(addressee),
            "body": list(body),
            "tembusan": list(tembusan),
            "extra_fields": extras,
        }
        other = next((t for t in uow.letters.templates() if t.key == key), None)
        if other is not None and other.id != data.id:
            raise Conflict(f"Kode templat '{key}' sudah dipakai templat {other.name}. Pilih kode lain.")
        if data.id is None:
            row = models.LetterTemplate(key=key, active=True, updated_at=now)
        else:
            found = uow.letters.template(data.id)
            if found is None:
                raise NotFound("Templat ini tidak ada lagi. Muat ulang daftarnya.")
            row = found
        row.key, row.name, row.service_key, row.layout = key, name, data.service_key, layout.value
        row.content, row.register_key, row.signatory_role = content, data.register_key, data.signatory_role
        row.paper, row.updated_at = data.paper, now
        if data.id is None:
            uow.letters.add(row)
        uow.session.flush()
        if audit:  # the bundled defaults are audited once, as "letters.defaults_loaded"
            self._ctx.audit(uow, p, "letters.template_saved", "letter_template", row.id, key=key)
        return self._template(row)

    @staticmethod
    def _template_row(uow: UnitOfWork, template_id: uuid.UUID) -> models.LetterTemplate:
        row = uow.letters.template(template_id)
        if row is None:
            raise NotFound("Templat surat ini tidak ada lagi. Muat ulang daftarnya.")
        return row

    @staticmethod
    def _register_of(uow: UnitOfWork, template: LetterTemplate) -> models.LetterRegister:
        register = uow.letters.register_by_key(template.register_key)
        if register is None:
            raise UserError(f"Register '{template.register_key}' templat {template.name} tidak ada. Hubungi Admin.")
        return register

    @staticmethod
    def _application(uow: UnitOfWork, application_id: uuid.UUID) -> models.Application:
        application = uow.applications.get(application_id)
        if application is None:
            raise NotFound("Permohonan ini tidak ada lagi. Muat ulang daftarnya.")
        return application

    @staticmethod
    def _document_row(uow: UnitOfWork, document_id: uuid.UUID, *, lock: bool = False) -> models.LetterDocument:
        document = uow.letters.document(document_id, lock=lock)
        if document is None:
            raise NotFound("Naskah ini tidak ada di arsip. Muat ulang daftarnya.")
        return document

    def _pick_signatory(
        self, uow: UnitOfWork, template: LetterTemplate, signatory_id: uuid.UUID | None
    ) -> Signatory | None:
        if signatory_id is not None:
            row = uow.letters.signatory(signatory_id)
            if row is None or not row.active:
                raise NotFound("Penandatangan ini tidak aktif lagi. Pilih penandatangan lain.")
            return self._signatory(row)
        row = uow.letters.signatory_for_role(template.signatory_role)
        return self._signatory(row) if row is not None else None

    @staticmethod
    def _extras(template: LetterTemplate, extra_fields: Mapping[str, str] | None) -> dict[str, str]:
        given = dict(extra_fields or {})
        known = {f.name: f.label for f in template.extra_fields}
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise UserError(f"Isian {', '.join(unknown)} tidak dikenal oleh templat {template.name}.")
        return {name: _clean(str(given.get(name, "")), label, TEXT_MAX) for name, label in known.items()}

    @staticmethod
    def _applicant_name(uow: UnitOfWork, application: models.Application) -> str:
        applicant = uow.applicants.get(application.applicant_id) if application.applicant_id else None
        return applicant.name if applicant else ""

    @staticmethod
    def _base_values(
        uow: UnitOfWork,
        application: models.Application,
        profile: OfficeProfile,
        signatory: Signatory | None,
        day: dt.date,
    ) -> dict[str, str]:
        """The built-in placeholders (all but ``nomor``), read from the application and applicant."""
        applicant = uow.applicants.get(application.applicant_id) if application.applicant_id else None
        service = uow.applications.service(application.service_id)
        sex = {"1": "Laki-laki", "L": "Laki-laki", "2": "Perempuan", "P": "Perempuan"}
        values: dict[str, str] = {
            "nama": applicant.name if applicant else "-",
            "nik": (applicant.nik or "-") if applicant else "-",
            "alamat": (applicant.address or "-") if applicant else "-",
            "tanggal_lahir": long_date(applicant.birth_date) if applicant and applicant.birth_date else "-",
            "jenis_kelamin": sex.get(applicant.sex or "", "-") if applicant else "-",
            "telepon": (applicant.phone or "-") if applicant else "-",
            "nib": (applicant.nib or "-") if applicant else "-",
            "npwp": (applicant.npwp or "-") if applicant else "-",
            "npsn": (applicant.npsn or "-") if applicant else "-",
            "kontak": (applicant.contact_person or "-") if applicant else "-",
            "nomor_permohonan": application.tracking_number,
            "tanggal_permohonan": long_date(application.received_at.date()),
            "layanan": service.title if service else "",
            "perihal_permohonan": application.subject or "-",
            "tanggal": long_date(day),
            "tahun": str(day.year),
            "kantor": f"{profile.office.title()} {profile.government.title().replace('Pemerintah ', '')}".strip(),
            "tempat": profile.place,
            "penandatangan": signatory.name if signatory else "",
            "jabatan_penandatangan": " ".join(signatory.jabatan.split()) if signatory else "",
        }
        return values

    @staticmethod
    def _letter_data(
        template: LetterTemplate,
        profile: OfficeProfile,
        signatory: Signatory | None,
        base_values: Mapping[str, str],
        extras: Mapping[str, str],
        day: dt.date,
        number: str,
        code: str,
        *,
        draft: bool = False,
    ) -> documents.LetterData:
        values = {**base_values, "nomor": number}
        values.update({k: v for k, v in extras.items() if v})
        if not draft:
            for extra in template.extra_fields:
                values.setdefault(extra.name, "-")
        fill = _Blank(values, {extra.name: extra.label for extra in template.extra_fields})

        def f(text: str) -> str:
            # A value ending in a period ("S.Pd.") before the template's own period must not print "..".
            return DOUBLE_PERIOD.sub(".", text.format_map(fill))

        kop_address = tuple(line for line in (*profile.address_lines, profile.contact_line, profile.web_line) if line)
        return documents.LetterData(
            layout=template.layout.value,
            paper=template.paper or profile.paper.value,
            kop_government=profile.government,
            kop_office=profile.office,
            kop_address=kop_address,
            logo_png=profile.logo_png,
            place_date=date_line(profile.place, day),
            number=number,
            sifat=template.sifat,
            lampiran=f(template.lampiran),
            hal=f(template.hal),
            addressee=tuple(f(a) for a in template.addressee),
            addressee_place=f(template.addressee_place),
            title=f(template.title),
            body=tuple(f(b) for b in template.body),
            signature=signature_of(signatory),
            tembusan=tuple(f(t) for t in template.tembusan),
            qr_text=qr_text(number, code),
            verification_code=code,
            draft=draft,
        )

    def _document(
        self,
        uow: UnitOfWork,
        d: models.LetterDocument,
        *,
        register: models.LetterRegister | None = None,
        template: models.LetterTemplate | None = None,
        application: models.Application | None = None,
    ) -> IssuedDocument:
        fresh = register is not None  # just issued: the caller has every row, and there are no prints yet
        register = register or uow.letters.register(d.register_id)
        template = template or uow.letters.template(d.template_id)
        if application is None and d.application_id:
            application = uow.applications.get(d.application_id)
        prints = (
            ()
            if fresh
            else tuple(
                PrintLogEntry(
                    at=x.at, printer=x.printer, ok=x.ok, reason=x.reason, username=x.username, station=x.station
                )
                for x in uow.letters.prints(d.id)
            )
        )
        return IssuedDocument(
            id=d.id,
            number=d.number,
            register_id=d.register_id,
            register_name=register.name if register else "",
            year=d.year,
            seq=d.seq,
            issued_on=d.issued_on,
            template_id=d.template_id,
            template_key=template.key if template else "",
            template_name=template.name if template else "",
            service_key=template.service_key if template else "",
            hal=d.hal,
            addressee=d.addressee,
            application_id=d.application_id,
            tracking_number=application.tracking_number if application else "",
            applicant_name=d.applicant_name,
            signatory_name=d.signatory_name,
            status=DocStatus(d.status),
            sha256=d.sha256,
            verification_code=d.verification_code,
            printed_count=d.printed_count,
            cancel_reason=d.cancel_reason,
            created_at=d.created_at,
            prints=prints,
        )


def template_input_from_yaml(raw: Mapping[str, Any]) -> TemplateInput:
    """A bundled template (resources/templates/letters.yaml entry) as TemplateInput."""
    return TemplateInput(
        key=raw["key"],
        name=raw["name"],
        service_key=raw["service_key"],
        layout=Layout(raw.get("layout", "letter")),
        title=raw.get("title", ""),
        hal=raw.get("hal", ""),
        sifat=raw.get("sifat", "Biasa"),
        lampiran=str(raw.get("lampiran", "-")),
        addressee=tuple(raw.get("addressee", ())),
        addressee_place=raw.get("addressee_place", ""),
        body=tuple(raw.get("body", ())),
        tembusan=tuple(raw.get("tembusan", ())),
        register_key=raw.get("register_key", "umum"),
        signatory_role=raw.get("signatory_role", "kepala_dinas"),
        paper=raw.get("paper", ""),
        extra_fields=tuple(
            ExtraField(name=f["name"], label=f["label"], required=bool(f.get("required", True)))
            for f in raw.get("extra_fields", ())
        ),
    )
