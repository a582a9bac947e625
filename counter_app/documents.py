"""Plain data of the printed documents; the core fills them, renderers in counter_app.print paint them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

OFFICE_NAME = "Dinas Tenaga Kerja Kabupaten Mojokerto"
STATUS_HELP = (
    "Tanyakan perkembangan permohonan dengan menyebutkan atau memindai nomor tanda terima ini di loket "
    "atau di anjungan (kios) antrean kantor."
)

# Most standards state no complaint channel of their own (their "penanganan pengaduan" field is empty or a
# remark); the receipt then names the channels every office has: the desk itself and SP4N-LAPOR!.
COMPLAINT_FALLBACK = (
    "Pengaduan, saran dan masukan dapat disampaikan langsung kepada petugas pengaduan di kantor "
    "Dinas Tenaga Kerja Kabupaten Mojokerto, atau melalui SP4N-LAPOR! (www.lapor.go.id)."
)


@dataclass(frozen=True)
class ReceiptData:
    """ "Tanda Terima Berkas": what was received, the tracking number and the due date."""

    office: str
    tracking_number: str
    applicant_name: str
    service_title: str
    variant_label: str
    documents: tuple[str, ...]
    received_at: dt.datetime
    due_at: dt.datetime
    time_limit_text: str
    status_help: str
    complaint_handling: str
    clerk_name: str


@dataclass(frozen=True)
class MissingItem:
    """A requirement the applicant still has to bring, with the clerk's note."""

    text: str
    note: str = ""


@dataclass(frozen=True)
class MissingListData:
    """ "Daftar Kekurangan Berkas": exactly the items missing from an intake."""

    office: str
    applicant_name: str
    service_title: str
    variant_label: str
    missing: tuple[MissingItem, ...]
    received: tuple[str, ...]
    checked_at: dt.datetime
    ticket_code: str
    clerk_name: str


# --- AK/1 card -----------------------------------------------------------------------------------------------


class CardMode(StrEnum):
    """How an AK/1 card is printed."""

    FULL = "full"  # the whole card (frames, labels, text and data) on plain A4 landscape paper
    BLANK = "blank"  # only the data, onto the office's pre-printed AK/1 blanks


@dataclass(frozen=True)
class CardOffset:
    """Calibration of one printer for pre-printed blanks: every field moves by exactly this, in millimetres."""

    dx_mm: float = 0.0
    dy_mm: float = 0.0


@dataclass(frozen=True)
class CardEducationRow:
    """One formal-education line of the card (level label as printed, e.g. "SLTA/SMK")."""

    level: str
    school: str
    major: str
    year: str


@dataclass(frozen=True)
class CardSkillRow:
    """One training/skill line of the card."""

    name: str
    year: str


@dataclass(frozen=True)
class CardOmission:
    """A row of the record that the card has no room for (it stays in the record; the print dialog lists it)."""

    section: str  # "Pendidikan formal" / "Keterampilan"
    text: str  # the row as the officer knows it, e.g. "SMA/MA SMAN 1 Sooko, IPA, lulus 2015"
    reason: str  # why it is not on the card, e.g. "baris SLTA/SMK memuat yang tertinggi: SMKN 1 Pungging"


# Rows the printed card has room for (print/ak1_card.py draws exactly these; the core picks what goes in).
CARD_EDUCATION_ROWS = 6
CARD_SKILL_ROWS = 3


@dataclass(frozen=True)
class CardReportRow:
    """One row of the report-back table ("Kesatu", "Kedua", ...); empty until the seeker reports."""

    label: str
    reported_on: dt.date | None = None
    officer_name: str = ""
    officer_nip: str = ""


AK1_KETENTUAN = (
    "Berlaku nasional.",
    "Bila ada perubahan data/keterangan lainnya atau telah mendapat pekerjaan harap melapor.",
    "Apabila pencari kerja diterima bekerja, instansi/perusahaan yang menerima harus mengembalikan kartu ini ke Dinas.",
    "Kartu berlaku 2 tahun dengan keharusan melapor setiap 6 bulan sekali bagi pencari kerja yang belum "
    "mendapatkan pekerjaan.",
)


@dataclass(frozen=True)
class Ak1CardData:
    """Everything printed on the AK/1 card ("kartu kuning"), both halves (DOMAIN.md §1)."""

    header_lines: tuple[str, ...]  # e.g. ("PEMERINTAH KABUPATEN MOJOKERTO", "DINAS TENAGA KERJA")
    registration_number: str
    nik: str
    name: str
    birth_place: str
    birth_date: dt.date | None
    sex_label: str  # "Laki-laki" / "Perempuan" (the card shows 1 Pria / 2 Wanita boxes)
    sex_code: str  # "1" pria, "2" wanita
    marital_label: str
    marital_code: str  # "1" kawin, "2" belum kawin
    religion_label: str
    religion_code: str  # "1" Islam ... "7" lain
    address: str  # domicile, one or two lines: street RT/RW, desa, kecamatan
    phone: str
    education: tuple[CardEducationRow, ...]
    skills: tuple[CardSkillRow, ...]
    photo_png: bytes | None  # 3x4 portrait, already cropped
    issued_on: dt.date
    valid_until: dt.date
    reports: tuple[CardReportRow, ...]  # 3 rows by default (configurable)
    placement_employer: str
    placement_date: dt.date | None
    officer_name: str
    officer_nip: str
    ketentuan: tuple[str, ...] = AK1_KETENTUAN
    omitted: tuple[CardOmission, ...] = ()  # rows of the record not printed for lack of room (shown before printing)


# --- letters (issue 6) -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterSignature:
    """The signature block: jabatan lines (incl. a.n./Plt.), then name, pangkat (golongan) and spaced NIP."""

    jabatan_lines: tuple[str, ...]  # ("a.n. BUPATI MOJOKERTO", "KEPALA DINAS TENAGA KERJA", "KABUPATEN MOJOKERTO,")
    name: str
    pangkat: str  # "Pembina Utama Muda (IV/c)"
    nip: str  # "NIP. 19680411 199303 1 009"


@dataclass(frozen=True)
class LetterData:
    """Everything printed on a letter, a naskah with a centred title, or an endorsement page (DOMAIN.md §5)."""

    layout: str  # "letter" / "document" / "endorsement"
    paper: str  # "A4" / "F4"
    kop_government: str  # "PEMERINTAH KABUPATEN MOJOKERTO"
    kop_office: str  # "DINAS TENAGA KERJA"
    kop_address: tuple[str, ...]  # address, telp, website/e-mail lines
    logo_png: bytes | None
    place_date: str  # "Mojokerto, 22 November 2026"
    number: str
    sifat: str
    lampiran: str
    hal: str
    addressee: tuple[str, ...]  # lines after "Yth."
    addressee_place: str  # the line after "di"
    title: str  # centred title of a document / endorsement ("" for a letter)
    body: tuple[str, ...]  # paragraphs
    signature: LetterSignature
    tembusan: tuple[str, ...]
    qr_text: str
    verification_code: str
    draft: bool = False  # a preview before numbering: "KONSEP" watermark
