"""What the supervisor's reports hold, and the pure arithmetic behind them (no Qt, no store)."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from counter_app.errors import UserError
from counter_app.letterhead import DEFAULT_KOP, Kop

BUCKET_SECONDS = 300  # the spread is shown in 5-minute buckets
BUCKET_COUNT = 13  # 0-5, 5-10, ..., 55-60 and "60 menit atau lebih"
OVERDUE_LIST_LIMIT = 200
MAX_RANGE_DAYS = 3 * 366
STANDARD_RULE = (
    "Sesuai standar: bagian nomor yang selesai dilayani dengan berkas lengkap dan waktu layannya tidak melebihi "
    "batas standar (layanan dengan standar menit atau jam). Nomor dengan berkas belum lengkap dan nomor yang "
    "tidak hadir tidak dihitung, karena jangka waktu penyelesaian baru berjalan setelah berkas dinyatakan lengkap."
)
OVERDUE_RULE = (
    "Permohonan (standar hari kerja): tepat waktu = selesai dalam periode sebelum batas waktunya; selesai "
    "terlambat = selesai dalam periode setelah batas waktunya; belum selesai lewat batas = belum selesai dan "
    "batas waktunya sudah lewat pada akhir periode (untuk periode yang masih berjalan: saat laporan dibuat)."
)
NO_COUNTER = "Belum dipanggil"
NO_CLERK = "Tanpa petugas"
QUEUE_UNITS = {"menit": 1, "jam": 60}  # standards measured at the desk, in minutes


Histogram = Mapping[int, int]  # a duration in whole seconds -> how many tickets took it


class ExportCancelled(UserError):
    """The user stopped an export; no file was written."""


CANCELLED_TEXT = "Ekspor dibatalkan; berkas tidak dibuat."


# ---- pure helpers -------------------------------------------------------------------------------------------


def histogram(values: Iterable[int]) -> dict[int, int]:
    """Count each value: [60, 60, 300] -> {60: 2, 300: 1}."""
    return dict(Counter(values))


def percentile(hist: Histogram, q: float) -> float | None:
    """The ``q``-quantile (0..1) of the values counted in ``hist``, interpolated linearly between neighbours.

    Same rule as the usual "linear" method (numpy's default): rank ``q * (n - 1)`` in the sorted values.
    Returns None when nothing was counted.
    """
    if not 0 <= q <= 1:
        raise ValueError("q must be between 0 and 1")
    n = sum(hist.values())
    if n == 0:
        return None
    rank = q * (n - 1)
    low = math.floor(rank)
    high = min(low + 1, n - 1)
    low_value: int | None = None
    seen = 0
    for value in sorted(hist):
        seen += hist[value]
        if low_value is None and seen > low:
            low_value = value
        if seen > high:
            assert low_value is not None
            return low_value + (value - low_value) * (rank - low)
    raise AssertionError("unreachable: the counts add up to n")


def mean(hist: Histogram) -> float | None:
    """The mean of the values counted in ``hist`` (None when empty)."""
    n = sum(hist.values())
    return sum(v * c for v, c in hist.items()) / n if n else None


def buckets(hist: Histogram, width: int = BUCKET_SECONDS, count: int = BUCKET_COUNT) -> tuple[int, ...]:
    """Counts per bucket of ``width`` seconds; the last bucket holds everything from ``(count - 1) * width`` up.

    A value on an edge belongs to the bucket it starts (300 s is in 5-10 minutes).
    """
    out = [0] * count
    for value, c in hist.items():
        out[min(max(value, 0) // width, count - 1)] += c
    return tuple(out)


def within_share(hist: Histogram, limit_seconds: int) -> float | None:
    """The share (0..1) of the values counted in ``hist`` at or under ``limit_seconds`` (None when empty)."""
    n = sum(hist.values())
    return sum(c for v, c in hist.items() if v <= limit_seconds) / n if n else None


def split_joined(text: str | None) -> list[str]:
    """The values of '300,60,60' (a SQL group_concat / string_agg) as strings; None or '' -> []."""
    return text.split(",") if text else []


def count_into(counts: Counter[str], values: list[str]) -> None:
    """Count ``values`` into ``counts`` (C speed: strings are counted, converted to numbers only once)."""
    counts.update(values)


def more_text(total: int, shown: int, noun: str) -> str:
    """'... dan 57 permohonan lainnya' for a list cut at ``shown`` of ``total`` rows ('' when nothing was cut)."""
    rest = total - shown
    return f"... dan {rest} {noun} lainnya" if rest > 0 else ""


def int_histogram(counts: Mapping[str, int]) -> dict[int, int]:
    """{'60': 2, '300': 1} -> {60: 2, 300: 1}."""
    return {int(k): c for k, c in counts.items()}


def bucket_label(index: int, width: int = BUCKET_SECONDS, count: int = BUCKET_COUNT) -> str:
    """'0-5', '5-10', ..., '≥ 60' (minutes)."""
    w = width // 60
    return f"≥ {index * w}" if index == count - 1 else f"{index * w}-{(index + 1) * w}"


# ---- results ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DurationStats:
    """Mean, median and 90th percentile of a duration, in seconds (None when nothing was measured)."""

    count: int
    mean: float | None
    median: float | None
    p90: float | None

    @classmethod
    def of(cls, hist: Histogram) -> DurationStats:
        """The statistics of a histogram of durations in seconds."""
        return cls(sum(hist.values()), mean(hist), percentile(hist, 0.5), percentile(hist, 0.9))


@dataclass(frozen=True)
class GroupFigures:
    """Throughput of one service, one loket, one clerk, or all of them together."""

    key: str
    label: str
    issued: int
    served: int
    no_show: int
    transferred: int
    incomplete: int
    waiting: DurationStats
    serving: DurationStats
    limit_minutes: int | None = None  # the standard's time limit, for queue services
    within_limit: float | None = None  # share of the tickets served to the end (STANDARD_RULE) within the limit
    limit_counted: int = 0  # how many tickets that share was measured on


@dataclass(frozen=True)
class ApplicationFigures:
    """Applications of one service in the period."""

    service_code: str
    service_title: str
    limit_text: str
    received: int
    completed: int
    completed_on_time: int
    overdue_open: int  # not finished and past the due time at the report's ``overdue_as_of``

    @property
    def on_time_share(self) -> float | None:
        """Share of completed applications finished by their due time."""
        return self.completed_on_time / self.completed if self.completed else None

    @property
    def completed_late(self) -> int:
        """Applications completed in the period after their due time."""
        return self.completed - self.completed_on_time


@dataclass(frozen=True)
class OverdueApplication:
    """An application past its due time and not finished at the report's ``overdue_as_of``."""

    tracking_number: str
    service_code: str
    received_at: dt.datetime
    due_at: dt.datetime
    days_late: int


@dataclass(frozen=True)
class JobSeekerFigures:
    """AK/1 activity in the period."""

    registrations: int
    report_backs: int
    placements: int


@dataclass(frozen=True)
class Report:
    """Everything the Laporan screen, the PDF and the xlsx export show for a range of days."""

    start: dt.date
    end: dt.date
    generated_at: dt.datetime
    total: GroupFigures
    by_service: tuple[GroupFigures, ...]
    by_counter: tuple[GroupFigures, ...]
    by_clerk: tuple[GroupFigures, ...]
    wait_buckets: tuple[int, ...]
    serve_buckets: tuple[int, ...]
    arrivals_by_hour: tuple[int, ...]  # 24 values, hour 0..23
    applications: tuple[ApplicationFigures, ...]
    overdue_count: int  # every application overdue at ``overdue_as_of``; ``overdue`` lists the longest overdue
    overdue: tuple[OverdueApplication, ...]
    jobseekers: JobSeekerFigures | None
    overdue_as_of: dt.datetime | None = None  # the end of the period, or now while the period is still running
    kop: Kop = DEFAULT_KOP  # the kop saved in Profil Kantor when the report was made

    @property
    def days(self) -> int:
        """How many calendar days the report covers."""
        return (self.end - self.start).days + 1

    @property
    def overdue_is_now(self) -> bool:
        """True when the overdue figures are those of now (the period has not ended yet)."""
        return self.overdue_as_of is None or self.overdue_as_of >= self.generated_at

    @property
    def overdue_when(self) -> str:
        """'saat ini' or 'pada akhir periode (30-11-2026)'."""
        if self.overdue_is_now:
            return "saat ini"
        return f"pada akhir periode ({self.end:%d-%m-%Y})"

    @property
    def completed_late(self) -> int:
        """Applications completed in the period after their due time, all services."""
        return sum(a.completed_late for a in self.applications)

    def overdue_more_text(self, shown: int) -> str:
        """'... dan 57 permohonan lainnya' when a list of ``shown`` rows leaves some out, else ''."""
        return more_text(self.overdue_count, shown, "permohonan")


class LoketActivity(StrEnum):
    """What a loket is doing now."""

    IDLE = "idle"
    CALLING = "calling"
    SERVING = "serving"


ACTIVITY_LABELS = {LoketActivity.IDLE: "Kosong", LoketActivity.CALLING: "Memanggil", LoketActivity.SERVING: "Melayani"}


@dataclass(frozen=True)
class LoketNow:
    """One loket on the live board."""

    number: int
    name: str
    activity: LoketActivity
    ticket_code: str | None
    since: dt.datetime | None
    clerk: str

    @property
    def activity_label(self) -> str:
        """The state in Indonesian."""
        return ACTIVITY_LABELS[self.activity]


@dataclass(frozen=True)
class ServiceWaiting:
    """Tickets waiting now for one service."""

    service_code: str
    service_title: str
    waiting: int
    longest_wait_seconds: float


@dataclass(frozen=True)
class LiveBoard:
    """The desk right now."""

    at: dt.datetime
    waiting: tuple[ServiceWaiting, ...]
    lokets: tuple[LoketNow, ...]
    issued_today: int
    served_today: int
    longest_wait_seconds: float | None

    @property
    def waiting_total(self) -> int:
        """Everyone waiting now."""
        return sum(w.waiting for w in self.waiting)


# ---- the service --------------------------------------------------------------------------------------------


def period_label(start: dt.date, end: dt.date) -> str:
    """'25 November 2026', 'November 2026' or '1 - 25 November 2026' style, in Indonesian."""
    months = [
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
    ]
    if start == end:
        return f"{start.day} {months[start.month - 1]} {start.year}"
    next_month = (end + dt.timedelta(days=1)).day == 1
    if start.day == 1 and next_month and (start.year, start.month) == (end.year, end.month):
        return f"{months[start.month - 1]} {start.year}"
    if start.day == 1 and start.month == 1 and end.month == 12 and end.day == 31 and start.year == end.year:
        return f"Tahun {start.year}"
    return f"{start.day} {months[start.month - 1]} {start.year} - {end.day} {months[end.month - 1]} {end.year}"


def minutes_text(seconds: float | None) -> str:
    """'12,5' minutes with a decimal comma, or '-' when nothing was measured."""
    if seconds is None:
        return "-"
    return f"{seconds / 60:.1f}".replace(".", ",")


def share_text(share: float | None) -> str:
    """'87,5%' or '-'."""
    if share is None:
        return "-"
    return f"{share * 100:.1f}%".replace(".", ",")


def iter_groups(report: Report) -> Iterable[tuple[str, tuple[GroupFigures, ...]]]:
    """The three throughput tables with their Indonesian titles."""
    yield "Per layanan", report.by_service
    yield "Per loket", report.by_counter
    yield "Per petugas", report.by_clerk
