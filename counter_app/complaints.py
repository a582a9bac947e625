"""Complaints, suggestions and praise from the standards' channels: record, follow up, response times, summary."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from counter_app.calendar import OfficeCalendar
from counter_app.changes import Changes
from counter_app.context import ServiceContext
from counter_app.db import models
from counter_app.db.unit_of_work import UnitOfWork
from counter_app.errors import Conflict, NotFound, UserError
from counter_app.roles import Permission, Principal

TEXT_MAX = 4000
NAME_MAX = 200
CONTACT_MAX = 200
DEFAULT_OVERDUE_WORKING_DAYS = 5
LIST_LIMIT = 500


class Channel(StrEnum):
    """Where a complaint came in (the channels named in the service standards)."""

    LOKET = "loket"
    TELEPON = "telepon"
    WHATSAPP = "whatsapp"
    EMAIL = "email"
    KOTAK_SARAN = "kotak_saran"
    LAPOR = "lapor"
    SURAT = "surat"


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.LOKET: "Loket/langsung",
    Channel.TELEPON: "Telepon",
    Channel.WHATSAPP: "WhatsApp",
    Channel.EMAIL: "Email",
    Channel.KOTAK_SARAN: "Kotak saran",
    Channel.LAPOR: "SP4N-LAPOR!",
    Channel.SURAT: "Surat",
}


class Kind(StrEnum):
    """What the message is."""

    PENGADUAN = "pengaduan"
    SARAN = "saran"
    APRESIASI = "apresiasi"


KIND_LABELS: dict[Kind, str] = {Kind.PENGADUAN: "Pengaduan", Kind.SARAN: "Saran", Kind.APRESIASI: "Apresiasi"}


class ComplaintStatus(StrEnum):
    """Baru, then diproses, then selesai (with the response given)."""

    BARU = "baru"
    DIPROSES = "diproses"
    SELESAI = "selesai"


STATUS_LABELS: dict[ComplaintStatus, str] = {
    ComplaintStatus.BARU: "Baru",
    ComplaintStatus.DIPROSES: "Diproses",
    ComplaintStatus.SELESAI: "Selesai",
}
_NEXT: dict[ComplaintStatus, tuple[ComplaintStatus, ...]] = {
    ComplaintStatus.BARU: (ComplaintStatus.DIPROSES, ComplaintStatus.SELESAI),
    ComplaintStatus.DIPROSES: (ComplaintStatus.DIPROSES, ComplaintStatus.SELESAI),
    ComplaintStatus.SELESAI: (),
}


def next_statuses(status: ComplaintStatus) -> tuple[ComplaintStatus, ...]:
    """The statuses a follow-up may move a complaint in ``status`` to (none once it is selesai)."""
    return _NEXT[ComplaintStatus(status)]


@dataclass(frozen=True)
class ComplaintInput:
    """A complaint as typed at the desk; name and contact may stay empty (anonymous)."""

    channel: Channel
    kind: Kind
    text: str
    service_id: uuid.UUID | None = None
    name: str = ""
    contact: str = ""
    received_at: dt.datetime | None = None  # None: now (a letter or the box may have come in earlier)


@dataclass(frozen=True)
class FollowUp:
    """One step of the follow-up history."""

    at: dt.datetime
    status: ComplaintStatus
    note: str
    actor_name: str


@dataclass(frozen=True)
class ResponseTime:
    """Time from receipt to an event, in hours and in working days (office calendar)."""

    hours: float
    working_days: int


@dataclass(frozen=True)
class ComplaintInfo:
    """A complaint as the list and the follow-up dialog show it."""

    id: uuid.UUID
    number: str
    received_at: dt.datetime
    channel: Channel
    kind: Kind
    service_id: uuid.UUID | None
    service_title: str
    name: str
    contact: str
    text: str
    status: ComplaintStatus
    response: str
    first_response_at: dt.datetime | None
    closed_at: dt.datetime | None
    first_response: ResponseTime | None
    to_close: ResponseTime | None
    age_working_days: int
    history: tuple[FollowUp, ...] = ()

    @property
    def channel_label(self) -> str:
        """The channel as staff call it."""
        return CHANNEL_LABELS[self.channel]

    @property
    def kind_label(self) -> str:
        """Pengaduan / Saran / Apresiasi."""
        return KIND_LABELS[self.kind]

    @property
    def status_label(self) -> str:
        """Baru / Diproses / Selesai."""
        return STATUS_LABELS[self.status]

    @property
    def who(self) -> str:
        """The sender's name, or 'Anonim'."""
        return self.name or "Anonim"


@dataclass(frozen=True)
class ComplaintFilter:
    """Which complaints to list; empty fields do not filter."""

    start: dt.date | None = None
    end: dt.date | None = None
    status: ComplaintStatus | None = None
    channel: Channel | None = None
    kind: Kind | None = None
    text: str = ""


@dataclass(frozen=True)
class ComplaintSummary:
    """Counts and response times of the complaints received in a period, for the board and the reports."""

    start: dt.date
    end: dt.date
    total: int
    by_status: dict[ComplaintStatus, int]
    by_channel: dict[Channel, int]
    by_kind: dict[Kind, int]
    responded: int
    mean_first_response_hours: float | None
    mean_first_response_working_days: float | None
    closed: int
    mean_close_hours: float | None
    mean_close_working_days: float | None
    overdue_working_days: int
    overdue: tuple[ComplaintInfo, ...]  # still open (any period) and older than overdue_working_days

    def __bool__(self) -> bool:
        return True


def working_days_between(calendar: OfficeCalendar, start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end`` (same day: 0; Friday to Monday: 1)."""
    days = 0
    current = start
    while current < end:
        current += dt.timedelta(days=1)
        if calendar.is_working_day(current):
            days += 1
    return days


class WorkingDayCounter:
    """``working_days_between`` for many complaints at once: cumulative counts per day, built once per call."""

    def __init__(self, calendar: OfficeCalendar) -> None:
        self._calendar = calendar
        self._base: dt.date | None = None
        self._cumulative: list[int] = [0]  # working days in (base, base + i]

    def _index(self, day: dt.date) -> int:
        if self._base is None or day < self._base:
            self._base = day - dt.timedelta(days=31)
            self._cumulative = [0]
        offset = (day - self._base).days
        while len(self._cumulative) <= offset:
            current = self._base + dt.timedelta(days=len(self._cumulative))
            self._cumulative.append(self._cumulative[-1] + (1 if self._calendar.is_working_day(current) else 0))
        return self._cumulative[offset]

    def between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end`` (as working_days_between)."""
        if end <= start:
            return 0
        low = self._index(start)  # first: it may move the base back, which resets the table
        return self._index(end) - low


def response_time(
    calendar: OfficeCalendar | WorkingDayCounter, start: dt.datetime, end: dt.datetime | None
) -> ResponseTime | None:
    """Hours and working days from ``start`` to ``end`` (None while ``end`` has not happened)."""
    if end is None:
        return None
    hours = max(0.0, (end - start).total_seconds() / 3600)
    if isinstance(calendar, WorkingDayCounter):
        days = calendar.between(start.date(), end.date())
    else:
        days = working_days_between(calendar, start.date(), end.date())
    return ResponseTime(round(hours, 2), days)


def _text(value: str, what: str, limit: int, *, required: bool) -> str:
    value = (value or "").strip()
    if required and not value:
        raise UserError(f"{what} belum diisi.")
    if len(value) > limit:
        raise UserError(f"{what} terlalu panjang ({len(value)} huruf); paling banyak {limit} huruf. Singkat isinya.")
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in value) or "\x7f" in value:
        raise UserError(f"{what} berisi karakter kendali yang tidak dapat disimpan; ketik ulang.")
    return value


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


_Lookups = tuple[WorkingDayCounter, dict[uuid.UUID, str]]


def _lookups(uow: UnitOfWork) -> _Lookups:
    counter = WorkingDayCounter(OfficeCalendar(uow.days_off.all()))
    return counter, {s.id: s.title for s in uow.services.list()}


class ComplaintService:
    """Record complaints and suggestions, follow them up to a response, and summarise response times."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # ---- reading ---------------------------------------------------------------------------------

    def list(self, actor: Principal, where: ComplaintFilter | None = None) -> list[ComplaintInfo]:
        """Complaints, newest first (at most 500), filtered by period, status, channel, kind and text."""
        actor.require(Permission.RECORD_COMPLAINTS)
        where = where or ComplaintFilter()
        if where.start and where.end and where.end < where.start:
            raise UserError("Tanggal akhir lebih awal dari tanggal mulai. Perbaiki periodenya.")
        with self._ctx.uow(read_only=True) as uow:
            rows = uow.complaints.search(
                start=where.start,
                end=where.end,
                status=where.status.value if where.status else None,
                channel=where.channel.value if where.channel else None,
                kind=where.kind.value if where.kind else None,
                text=where.text.strip(),
                limit=LIST_LIMIT,
            )
            lookups = _lookups(uow)
            return [self._info(uow, r, lookups=lookups) for r in rows]

    def get(self, actor: Principal, complaint_id: uuid.UUID) -> ComplaintInfo:
        """One complaint with its follow-up history."""
        actor.require(Permission.RECORD_COMPLAINTS)
        with self._ctx.uow(read_only=True) as uow:
            return self._info(uow, self._row(uow, complaint_id), history=True)

    def summary(
        self,
        actor: Principal,
        start: dt.date,
        end: dt.date,
        *,
        overdue_working_days: int = DEFAULT_OVERDUE_WORKING_DAYS,
    ) -> ComplaintSummary:
        """Counts per status, channel and kind of the complaints received in the period; mean response times;
        and the open ones (received at any time) older than ``overdue_working_days`` working days."""
        actor.require(Permission.VIEW_REPORTS)
        if end < start:
            raise UserError("Tanggal akhir lebih awal dari tanggal mulai. Perbaiki periodenya.")
        with self._ctx.uow(read_only=True) as uow:
            lookups = _lookups(uow)
            infos = [self._info(uow, r, lookups=lookups) for r in uow.complaints.search(start=start, end=end)]
            # Only those received on or before the last day that is old enough are read (fast with many open).
            today = self._ctx.clock.now().date()
            last = today
            while lookups[0].between(last, today) <= overdue_working_days:
                last -= dt.timedelta(days=1)
            before = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
            still_open = [self._info(uow, r, lookups=lookups) for r in uow.complaints.open_ones(before)]
        overdue = tuple(
            sorted(
                (c for c in still_open if c.age_working_days > overdue_working_days),
                key=lambda c: c.received_at,
            )
        )
        statuses = Counter(c.status for c in infos)
        channels = Counter(c.channel for c in infos)
        kinds = Counter(c.kind for c in infos)
        first = [c.first_response for c in infos if c.first_response is not None]
        closed = [c.to_close for c in infos if c.to_close is not None]
        return ComplaintSummary(
            start=start,
            end=end,
            total=len(infos),
            by_status={s: statuses.get(s, 0) for s in ComplaintStatus},
            by_channel={c: channels.get(c, 0) for c in Channel},
            by_kind={k: kinds.get(k, 0) for k in Kind},
            responded=len(first),
            mean_first_response_hours=_mean([r.hours for r in first]),
            mean_first_response_working_days=_mean([float(r.working_days) for r in first]),
            closed=len(closed),
            mean_close_hours=_mean([r.hours for r in closed]),
            mean_close_working_days=_mean([float(r.working_days) for r in closed]),
            overdue_working_days=overdue_working_days,
            overdue=overdue,
        )

    # ---- changing --------------------------------------------------------------------------------

    def record(self, actor: Principal, complaint: ComplaintInput) -> ComplaintInfo:
        """Record a complaint, suggestion or praise (status baru); it gets a number per year."""
        actor.require(Permission.RECORD_COMPLAINTS)
        try:
            channel = Channel(complaint.channel)
        except ValueError:
            raise UserError("Saluran pengaduan tidak dikenal. Pilih dari daftar.") from None
        try:
            kind = Kind(complaint.kind)
        except ValueError:
            raise UserError("Jenis (pengaduan, saran atau apresiasi) belum dipilih dengan benar.") from None
        text = _text(complaint.text, "Isi pengaduan/saran", TEXT_MAX, required=True)
        name = _text(complaint.name, "Nama pelapor", NAME_MAX, required=False)
        contact = _text(complaint.contact, "Kontak pelapor", CONTACT_MAX, required=False)
        now = self._ctx.clock.now()
        received = complaint.received_at or now
        if received > now:
            raise UserError("Waktu diterima tidak boleh setelah saat ini. Perbaiki tanggal atau jamnya.")
        if received < now - dt.timedelta(days=366):
            raise UserError("Waktu diterima lebih dari setahun yang lalu. Periksa tanggalnya.")
        with self._ctx.uow() as uow:
            if complaint.service_id is not None and uow.services.get(complaint.service_id) is None:
                raise UserError("Layanan yang dipilih tidak dikenal. Pilih lagi dari daftar.")
            row = models.Complaint(
                year=received.year,
                seq=uow.complaints.next_seq(received.year),
                received_at=received,
                channel=channel.value,
                kind=kind.value,
                service_id=complaint.service_id,
                name=name,
                contact=contact,
                text=text,
                status=ComplaintStatus.BARU.value,
                response="",
                recorded_by=actor.user_id,
                updated_at=now,
            )
            uow.complaints.add(row)
            uow.complaints.add_follow_up(
                models.ComplaintFollowUp(
                    complaint_id=row.id,
                    at=now,
                    status=ComplaintStatus.BARU.value,
                    note="Dicatat",
                    actor_id=actor.user_id,
                    actor_name=actor.full_name,
                )
            )
            self._ctx.audit(uow, actor, "complaint.record", "complaint", row.id, channel=channel.value, kind=kind.value)
            info = self._info(uow, row, history=True)
            uow.commit()
        self._ctx.hub.publish(Changes(complaints=True))
        return info

    def follow_up(self, actor: Principal, complaint_id: uuid.UUID, status: ComplaintStatus, note: str) -> ComplaintInfo:
        """Move a complaint on: to diproses (a note of what is being done) or selesai (the response given).

        The first follow-up sets the first response time; selesai sets the closing time and the response text.
        """
        actor.require(Permission.MANAGE_COMPLAINTS)
        status = ComplaintStatus(status)
        what = "Jawaban/tanggapan" if status is ComplaintStatus.SELESAI else "Catatan tindak lanjut"
        note = _text(note, what, TEXT_MAX, required=True)
        now = self._ctx.clock.now()
        with self._ctx.uow() as uow:
            row = self._row(uow, complaint_id, lock=True)
            current = ComplaintStatus(row.status)
            if status not in _NEXT[current]:
                if current is ComplaintStatus.SELESAI:
                    raise Conflict(f"Pengaduan {self._number(row)} sudah selesai; tidak dapat diubah lagi.")
                raise UserError(f"Pengaduan berstatus {STATUS_LABELS[current]} tidak dapat diubah ke status ini.")
            if now < row.received_at:
                raise UserError("Tindak lanjut tidak boleh sebelum waktu pengaduan diterima. Periksa jam komputer.")
            if row.first_response_at is None:
                row.first_response_at = now
            row.status = status.value
            if status is ComplaintStatus.SELESAI:
                row.closed_at = now
                row.response = note
            row.updated_at = now
            uow.complaints.add_follow_up(
                models.ComplaintFollowUp(
                    complaint_id=row.id,
                    at=now,
                    status=status.value,
                    note=note,
                    actor_id=actor.user_id,
                    actor_name=actor.full_name,
                )
            )
            self._ctx.audit(uow, actor, "complaint.follow_up", "complaint", row.id, status=status.value)
            info = self._info(uow, row, history=True)
            uow.commit()
        self._ctx.hub.publish(Changes(complaints=True))
        return info

    # ---- helpers ---------------------------------------------------------------------------------

    @staticmethod
    def _number(row: models.Complaint) -> str:
        return f"ADU-{row.year}-{row.seq:04d}"

    @staticmethod
    def _row(uow: UnitOfWork, complaint_id: uuid.UUID, *, lock: bool = False) -> models.Complaint:
        row = uow.complaints.get(complaint_id, lock=lock)
        if row is None:
            raise NotFound("Pengaduan tidak ditemukan; mungkin sudah dihapus. Muat ulang daftarnya.")
        return row

    def _info(
        self, uow: UnitOfWork, row: models.Complaint, *, history: bool = False, lookups: _Lookups | None = None
    ) -> ComplaintInfo:
        calendar, titles = lookups or _lookups(uow)
        steps: tuple[FollowUp, ...] = ()
        if history:
            steps = tuple(
                FollowUp(f.at, ComplaintStatus(f.status), f.note, f.actor_name)
                for f in uow.complaints.follow_ups(row.id)
            )
        return ComplaintInfo(
            id=row.id,
            number=self._number(row),
            received_at=row.received_at,
            channel=Channel(row.channel),
            kind=Kind(row.kind),
            service_id=row.service_id,
            service_title=titles.get(row.service_id, "") if row.service_id else "",
            name=row.name,
            contact=row.contact,
            text=row.text,
            status=ComplaintStatus(row.status),
            response=row.response,
            first_response_at=row.first_response_at,
            closed_at=row.closed_at,
            first_response=response_time(calendar, row.received_at, row.first_response_at),
            to_close=response_time(calendar, row.received_at, row.closed_at),
            age_working_days=calendar.between(row.received_at.date(), (row.closed_at or self._ctx.clock.now()).date()),
            history=steps,
        )
