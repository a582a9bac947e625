"""SKM rules and data (PermenPAN-RB 14/2017): nine unsur, answers 1-4, NRR, IKM with the exact weight 1/9, mutu.

Pure: no store and no Qt, so the renderer of the SKM report (counter_app/print/skm_report.py) may use it too.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction

from counter_app.errors import UserError
from counter_app.letterhead import DEFAULT_PLACE, Kop

UNSUR_COUNT = 9
SCALE = (1, 2, 3, 4)
CONVERSION = 25  # IKM (1-4) x 25 = IKM konversi (25-100)
WEIGHT = Fraction(1, UNSUR_COUNT)  # the exact weight; the regulation's rounded 0,111 makes all-4 give 99,90
SUGGESTION_MAX = 1000
TICKET_CODE_MAX = 8
TICKET_CODE_PATTERN = re.compile(r"^([A-Z]{1,2})-?([0-9]{1,4})$")


@dataclass(frozen=True)
class Unsur:
    """One survey element: its number, short name, the question and the four answer labels (1 to 4)."""

    number: int
    name: str
    question: str
    answers: tuple[str, str, str, str]


UNSUR: tuple[Unsur, ...] = (
    Unsur(
        1,
        "Persyaratan",
        "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
        ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    ),
    Unsur(
        2,
        "Sistem, mekanisme, dan prosedur",
        "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
        ("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
    ),
    Unsur(
        3,
        "Waktu penyelesaian",
        "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
        ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),
    ),
    Unsur(
        4,
        "Biaya/tarif",
        "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
        ("Sangat mahal", "Cukup mahal", "Murah", "Gratis"),
    ),
    Unsur(
        5,
        "Produk spesifikasi jenis pelayanan",
        "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar "
        "pelayanan dengan hasil yang diberikan?",
        ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    ),
    Unsur(
        6,
        "Kompetensi pelaksana",
        "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
        ("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),
    ),
    Unsur(
        7,
        "Perilaku pelaksana",
        "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
        ("Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"),
    ),
    Unsur(
        8,
        "Penanganan pengaduan, saran dan masukan",
        "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
        ("Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"),
    ),
    Unsur(
        9,
        "Sarana dan prasarana",
        "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
        ("Buruk", "Cukup", "Baik", "Sangat baik"),
    ),
)

AGE_BANDS: dict[str, str] = {
    "U20": "Di bawah 20 tahun",
    "20_29": "20-29 tahun",
    "30_39": "30-39 tahun",
    "40_49": "40-49 tahun",
    "50_59": "50-59 tahun",
    "60P": "60 tahun ke atas",
}
SEXES: dict[str, str] = {"L": "Laki-laki", "P": "Perempuan"}
# The education codes of the AK/1 register (jobseekers.EDUCATION_LEVELS; a test keeps both the same).
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
OCCUPATIONS: dict[str, str] = {
    "PNS": "PNS/TNI/Polri",
    "SWASTA": "Pegawai swasta",
    "WIRASWASTA": "Wiraswasta/usahawan",
    "PELAJAR": "Pelajar/mahasiswa",
    "PENCARI_KERJA": "Pencari kerja",
    "LAINNYA": "Lainnya",
}


class Mutu(StrEnum):
    """Mutu pelayanan by the converted index (PermenPAN-RB 14/2017)."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"


KINERJA: dict[Mutu, str] = {Mutu.A: "Sangat baik", Mutu.B: "Baik", Mutu.C: "Kurang baik", Mutu.D: "Tidak baik"}
# Lower edges of the bands on the converted value rounded to 2 decimals, best first.
MUTU_EDGES: tuple[tuple[Decimal, Mutu], ...] = (
    (Decimal("88.31"), Mutu.A),
    (Decimal("76.61"), Mutu.B),
    (Decimal("65.00"), Mutu.C),
)

# Krejcie & Morgan (1970): chi-square for 1 degree of freedom at 95 %, P = 0,5 and d = 0,05, kept exact.
CHI_SQUARE = Fraction(3841, 1000)
PROPORTION = Fraction(1, 2)
MARGIN = Fraction(5, 100)


# ---- pure rules ----------------------------------------------------------------------------------------


def nrr(answers: Iterable[int | None]) -> Fraction | None:
    """Nilai rata-rata of one unsur over the respondents who answered it; None when nobody did."""
    given = [a for a in answers if a is not None]
    return Fraction(sum(given), len(given)) if given else None


def ikm_from_nrr(nrrs: Sequence[Fraction]) -> Fraction:
    """IKM on the 1-4 scale: the sum of NRR x 1/9, i.e. the mean of the nine NRR (exact)."""
    if len(nrrs) != UNSUR_COUNT:
        raise ValueError(f"IKM needs {UNSUR_COUNT} NRR values, got {len(nrrs)}")
    return sum((n * WEIGHT for n in nrrs), Fraction(0))


def round2(value: Fraction | Decimal, places: str = "0.01") -> Decimal:
    """Round half up to ``places`` (2 decimals by default) as the published reports do."""
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    return value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def konversi(ikm: Fraction) -> Decimal:
    """IKM konversi = IKM x 25, rounded to 2 decimals (all answers 4 give exactly 100,00)."""
    exact = ikm * CONVERSION
    return round2(Decimal(exact.numerator) / Decimal(exact.denominator))


def mutu(converted: Decimal) -> Mutu:
    """The mutu band of a converted index (looked up on the value rounded to 2 decimals)."""
    value = round2(converted)
    for edge, band in MUTU_EDGES:
        if value >= edge:
            return band
    return Mutu.D


def sample_size(population: int) -> int:
    """Krejcie-Morgan sample size for ``population`` visitors, rounded up.

    s = chi2 N P(1-P) / (d2 (N-1) + chi2 P(1-P)). Rounded up (ceiling) so that the sample is never smaller than
    the formula asks: N = 100 -> 80, 500 -> 218, 1 000 -> 278, 10 000 -> 370, 1 000 000 -> 384. The printed
    table rounds to the nearest whole number in places (it lists 217 for 500); the formula rounded up is the
    stricter reading and the one the regulation's guidance quotes.
    """
    if population <= 0:
        return 0
    pq = PROPORTION * (1 - PROPORTION)
    s = CHI_SQUARE * population * pq / (MARGIN**2 * (population - 1) + CHI_SQUARE * pq)
    return min(population, math.ceil(s))


# ---- data in and out -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SurveyAnswers:
    """One respondent's form: nine answers (1-4, index 0 = unsur 1) and the profile."""

    answers: tuple[int | None, ...]
    age_band: str
    sex: str
    education: str
    occupation: str
    service_id: uuid.UUID | None = None
    ticket_code: str = ""
    suggestion: str = ""


@dataclass(frozen=True)
class SurveyServiceChoice:
    """A public service a respondent can say they used."""

    id: uuid.UUID
    code: str
    title: str


@dataclass(frozen=True)
class SubmittedResponse:
    """What the kiosk shows after a submission."""

    id: uuid.UUID
    submitted_at: dt.datetime
    service_title: str


@dataclass(frozen=True)
class UnsurScore:
    """NRR of one unsur: sum and count of the answers, NRR and NRR x 1/9."""

    number: int
    name: str
    total: int
    answered: int
    nrr: float | None
    weighted: float | None


@dataclass(frozen=True)
class IkmScore:
    """The index of one group of respondents (one service, or all of them)."""

    service_id: uuid.UUID | None
    label: str
    respondents: int
    unsur: tuple[UnsurScore, ...]
    ikm: Decimal | None  # 1-4 scale, 4 decimals
    konversi: Decimal | None  # 25-100, 2 decimals
    mutu: Mutu | None
    kinerja: str

    @property
    def complete(self) -> bool:
        """True when every unsur has at least one answer (an index can be computed)."""
        return self.konversi is not None


@dataclass(frozen=True)
class ProfileCount:
    """How many respondents fall in one profile category."""

    code: str
    label: str
    count: int


@dataclass(frozen=True)
class ProfileGroup:
    """One profile dimension (umur, jenis kelamin, ...) with its counts."""

    title: str
    counts: tuple[ProfileCount, ...]


@dataclass(frozen=True)
class IkmResult:
    """The SKM result of a period: overall and per service, sample check and respondent profile."""

    start: dt.date
    end: dt.date
    service_id: uuid.UUID | None
    service_label: str
    overall: IkmScore
    per_service: tuple[IkmScore, ...]
    visitors: int
    required_sample: int
    profile: tuple[ProfileGroup, ...]

    @property
    def respondents(self) -> int:
        """Respondents in the period (and service filter)."""
        return self.overall.respondents

    @property
    def sample_met(self) -> bool:
        """True when the respondents reach the Krejcie-Morgan sample for the period's visitors."""
        return self.respondents >= self.required_sample


def score(
    label: str,
    service_id: uuid.UUID | None,
    respondents: int,
    totals: Sequence[int],
    answered: Sequence[int],
) -> IkmScore:
    """Build an IkmScore from the per-unsur sums and counts of answers (pure)."""
    rows = []
    nrrs: list[Fraction] = []
    for spec, total, count in zip(UNSUR, totals, answered, strict=True):
        value = Fraction(total, count) if count else None
        if value is not None:
            nrrs.append(value)
        rows.append(
            UnsurScore(
                number=spec.number,
                name=spec.name,
                total=total,
                answered=count,
                nrr=float(value) if value is not None else None,
                weighted=float(value * WEIGHT) if value is not None else None,
            )
        )
    if len(nrrs) == UNSUR_COUNT:
        index = ikm_from_nrr(nrrs)
        converted = konversi(index)
        band = mutu(converted)
        return IkmScore(
            service_id, label, respondents, tuple(rows), round2(index, "0.0001"), converted, band, KINERJA[band]
        )
    return IkmScore(service_id, label, respondents, tuple(rows), None, None, None, "")


def score_of_answers(label: str, forms: Sequence[Sequence[int | None]]) -> IkmScore:
    """IkmScore of a list of answer rows (nine values each, None for a skipped unsur): for hand fixtures."""
    totals = [sum(row[i] or 0 for row in forms) for i in range(UNSUR_COUNT)]
    answered = [sum(1 for row in forms if row[i] is not None) for i in range(UNSUR_COUNT)]
    return score(label, None, len(forms), totals, answered)


def check_choice(value: str, allowed: Mapping[str, str], what: str) -> str:
    value = (value or "").strip()
    if not value:
        raise UserError(f"{what} belum dipilih. Pilih salah satu.")
    if value not in allowed:
        raise UserError(f"{what} '{value}' tidak dikenal. Pilih salah satu dari daftar.")
    return value


def check_answers(answers: Sequence[int | None]) -> tuple[int, ...]:
    """Every one of the nine answers must be 1, 2, 3 or 4; names the unsur still open or wrong."""
    if len(answers) != UNSUR_COUNT:
        raise UserError(f"Survei harus berisi {UNSUR_COUNT} jawaban; yang diterima {len(answers)}.")
    missing = [str(spec.number) for spec, a in zip(UNSUR, answers, strict=True) if a is None]
    if missing:
        raise UserError(f"Pertanyaan nomor {', '.join(missing)} belum dijawab. Pilih salah satu jawaban.")
    for spec, a in zip(UNSUR, answers, strict=True):
        if isinstance(a, bool) or not isinstance(a, int) or a not in SCALE:
            raise UserError(f"Jawaban pertanyaan nomor {spec.number} harus 1 sampai 4.")
    return tuple(int(a) for a in answers if a is not None)


def normalise_ticket_code(text: str) -> str:
    """'a1', 'A 001' or 'A-001' -> 'A-001' (as printed on the slip); '' stays ''."""
    code = "".join((text or "").split()).upper()
    if not code:
        return ""
    match = TICKET_CODE_PATTERN.match(code)
    if match is None or len(code) > TICKET_CODE_MAX:
        raise UserError(f"Nomor antrean '{text.strip()}' tidak dikenali. Ketik seperti pada karcis, misalnya A-001.")
    return f"{match.group(1)}-{int(match.group(2)):03d}"


REPORT_PLACE = DEFAULT_PLACE  # until the admin saves Profil Kantor; the report takes its place from there
WEIGHT_NOTE = (
    "Bobot setiap unsur memakai nilai tepat 1/9 (bukan 0,111 yang dibulatkan), sehingga IKM = rata-rata NRR "
    "kesembilan unsur dan IKM konversi = IKM x 25, ditampilkan dengan dua angka desimal "
    "(PermenPAN-RB Nomor 14 Tahun 2017)."
)


@dataclass(frozen=True)
class SkmReportData:
    """Everything printed on the SKM report (A4): kop, period, the index, profile and the signer."""

    kop: Kop  # the kop saved in Profil Kantor when the report was made
    result: IkmResult
    printed_at: dt.datetime
    place: str  # of the signature's date line: Profil Kantor's place, as on letters
    signer_name: str
    signer_role: str
    signer_nip: str
    weight_note: str = WEIGHT_NOTE


def age_band_of(age: int) -> str:
    """The AGE_BANDS code of an age in years."""
    if age < 20:
        return "U20"
    if age >= 60:
        return "60P"
    low = age // 10 * 10
    return f"{low}_{low + 9}"


PROFILE_FIELDS = ("age_band", "sex", "education", "occupation", "service_id")
PROFILE_CHOICES: dict[str, dict[str, str]] = {
    "age_band": AGE_BANDS,
    "sex": SEXES,
    "education": EDUCATION_LEVELS,
    "occupation": OCCUPATIONS,
}
PROFILE_TITLES = {
    "age_band": "Umur",
    "sex": "Jenis kelamin",
    "education": "Pendidikan",
    "occupation": "Pekerjaan",
    "service_id": "Jenis layanan",
}


def profile_groups(
    counts: Mapping[str, Mapping[object, int]], services: Mapping[uuid.UUID, str]
) -> tuple[ProfileGroup, ...]:
    groups = []
    for field in PROFILE_FIELDS:
        found = counts[field]
        if field == "service_id":
            rows = [
                ProfileCount(
                    str(k), services.get(k, "(tanpa layanan)") if isinstance(k, uuid.UUID) else "(tanpa layanan)", n
                )
                for k, n in found.items()
            ]
            rows.sort(key=lambda r: (-r.count, r.label))
        else:
            labels = PROFILE_CHOICES[field]
            rows = [ProfileCount(code, label, int(found.get(code, 0))) for code, label in labels.items()]
        groups.append(ProfileGroup(PROFILE_TITLES[field], tuple(rows)))
    return tuple(groups)
