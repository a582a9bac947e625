"""The queue: numbering, the kiosk menu, call-next with the priority rule, and every guarded state change."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Collection, Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from counter_app.calendar import OfficeCalendar, OfficeHours, closed_reason, hhmm
from counter_app.changes import Changes
from counter_app.context import ServiceContext
from counter_app.db import models
from counter_app.db.queue_calls import TicketView
from counter_app.db.unit_of_work import UnitOfWork
from counter_app.errors import Conflict, NotFound, UserError
from counter_app.roles import Permission, Principal

SETTINGS_KEY = "queue"
CALL_PAGE = 50  # calls returned at most per read of the display's feed
OFFICE_NAME = "Dinas Tenaga Kerja Kabupaten Mojokerto"


class Status(StrEnum):
    """Where a ticket is in its life."""

    ISSUED = "issued"  # number taken, slip not yet confirmed printed: never called
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    HELD = "held"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class Outcome(StrEnum):
    """How a ticket ended, for the supervisor's reports."""

    SERVED = "served"
    NO_SHOW = "no_show"
    TRANSFERRED = "transferred"
    CANCELLED = "cancelled"
    INCOMPLETE = "incomplete"


STATUS_LABELS = {
    Status.ISSUED: "Dicetak",
    Status.WAITING: "Menunggu",
    Status.CALLED: "Dipanggil",
    Status.SERVING: "Dilayani",
    Status.HELD: "Ditahan",
    Status.DONE: "Selesai",
    Status.NO_SHOW: "Tidak hadir",
    Status.CANCELLED: "Batal",
}


class PriorityMode(StrEnum):
    """How call-next treats the priority lane (lansia, disabilitas, ibu hamil)."""

    FIRST = "priority_first"
    ALTERNATE = "alternate"


@dataclass(frozen=True)
class QueueSettings:
    """Office-wide queue rules, set by the Admin."""

    hours: OfficeHours = field(default_factory=OfficeHours)
    priority_mode: PriorityMode = PriorityMode.FIRST
    priority_every: int = 3  # ALTERNATE: one priority ticket after this many normal ones
    announce_repeat: int = 1
    running_text: str = (
        "Selamat datang di Dinas Tenaga Kerja Kabupaten Mojokerto. Layanan tidak dipungut biaya. "
        "Siapkan berkas persyaratan sebelum dipanggil."
    )
    kiosk_idle_seconds: int = 30
    slip_width_mm: int = 80

    def to_json(self) -> dict[str, Any]:
        """A JSON-able dict for the office settings table."""
        data = asdict(self)
        data["hours"] = self.hours.to_json()
        data["priority_mode"] = self.priority_mode.value
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> QueueSettings:
        """Read what ``to_json`` wrote; unknown keys are ignored, missing ones keep defaults."""
        data = dict(data or {})
        hours = OfficeHours.from_json(data.pop("hours", None))
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if "priority_mode" in known:
            known["priority_mode"] = PriorityMode(known["priority_mode"])
        return cls(hours=hours, **known)


@dataclass(frozen=True)
class KioskService:
    """A button on the kiosk."""

    id: uuid.UUID
    code: str
    prefix: str
    title: str
    description: str
    bidang: str
    waiting: int
    closed_reason: str | None


@dataclass(frozen=True)
class SlipData:
    """Everything printed on a ticket slip."""

    ticket_id: uuid.UUID
    office: str
    code: str
    service_title: str
    priority: bool
    issued_at: dt.datetime
    waiting_ahead: int
    estimated_wait_minutes: int
    width_mm: int

    @property
    def qr_payload(self) -> str:
        """What the slip's QR holds: the ticket id."""
        return f"TIKET:{self.ticket_id}"


@dataclass(frozen=True)
class TicketInfo:
    """A ticket as a screen sees it."""

    id: uuid.UUID
    code: str
    day: dt.date
    service_id: uuid.UUID
    service_code: str
    service_title: str
    priority: bool
    status: Status
    outcome: str | None
    counter_number: int | None
    target_counter_number: int | None
    issued_at: dt.datetime
    called_at: dt.datetime | None
    serving_started_at: dt.datetime | None
    finished_at: dt.datetime | None
    call_count: int

    @property
    def status_label(self) -> str:
        """The status in Indonesian."""
        return STATUS_LABELS[self.status]


@dataclass(frozen=True)
class WaitingCount:
    """How many wait for one service at a loket."""

    service_id: uuid.UUID
    service_code: str
    service_title: str
    waiting: int


@dataclass(frozen=True)
class CounterBoard:
    """What the counter screen shows for one loket."""

    counter_id: uuid.UUID
    counter_number: int
    counter_name: str
    waiting: tuple[WaitingCount, ...]
    current: TicketInfo | None
    held: tuple[TicketInfo, ...]
    no_shows: tuple[TicketInfo, ...]


@dataclass(frozen=True)
class CallInfo:
    """A call shown and announced by the TV display."""

    id: uuid.UUID
    at: dt.datetime
    code: str
    counter_number: int
    kind: str  # "call" or "recall"


@dataclass(frozen=True)
class CallPage:
    """Calls after a position, in position order (the display's feed; see ``db.queue_calls``)."""

    calls: tuple[CallInfo, ...]  # oldest first, at most CALL_PAGE
    position: int  # of the last call in ``calls``; the position asked for when there is none
    # The last call's position, or when no call is newer the store's newest: lower than the position asked
    # for only when the store was replaced (a backup restored), and the feed then starts over from there.
    newest: int
    positions: tuple[int, ...] = ()  # of each call in ``calls``


@dataclass(frozen=True)
class PlacedCall:
    """A call with its position in the order the display reads calls."""

    position: int
    call: CallInfo


@dataclass(frozen=True)
class LoketState:
    """One loket on the TV display."""

    number: int
    name: str
    current_code: str | None


@dataclass(frozen=True)
class DisplaySnapshot:
    """Everything the TV display shows."""

    lokets: tuple[LoketState, ...]
    recent: tuple[CallInfo, ...]
    running_text: str
    announce_repeat: int


@dataclass(frozen=True)
class ServiceRules:
    """A public service's queue rules, as the Admin's settings screen shows them."""

    service_id: uuid.UUID
    code: str
    prefix: str | None
    title: str
    active: bool
    daily_quota: int | None
    cutoff_time: dt.time | None
    avg_service_minutes: int


@dataclass(frozen=True)
class TicketTimes:
    """Per ticket, for the supervisor's reports."""

    ticket_id: uuid.UUID
    code: str
    service_code: str
    outcome: str | None
    waiting_seconds: float | None  # last call minus issue
    serving_seconds: float | None  # finish minus start of serving
    transferred: bool


def ticket_code(prefix: str, number: int) -> str:
    """'A-001': the prefix and the day's number, zero-padded to three digits (more when needed)."""
    return f"{prefix}-{number:03d}"


def _quota_used_up(quota: int) -> str:
    return f"Kuota harian layanan ini ({quota} nomor) sudah habis. Silakan datang besok."


def _call_info(call: models.CallEvent) -> CallInfo:
    return CallInfo(call.id, call.at, call.code, call.counter_number, call.kind)


class QueueService:
    """Issues tickets at the kiosk and moves them through the loket; every change is a guarded update."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # ---- settings -------------------------------------------------------------------------------

    def settings(self) -> QueueSettings:
        """The office's queue rules (any station may read them; the kiosk and display need them)."""
        with self._ctx.uow(read_only=True) as uow:
            return QueueSettings.from_json(uow.office_settings.get(SETTINGS_KEY))

    def save_settings(self, actor: Principal, settings: QueueSettings) -> None:
        """Store new queue rules."""
        actor.require(Permission.MANAGE_QUEUE)
        h = settings.hours
        if not (h.open_time < h.close_time and h.open_time < h.friday_close_time):
            raise UserError("Jam buka harus lebih awal dari jam tutup.")
        for start, end in ((h.break_start, h.break_end), (h.friday_break_start, h.friday_break_end)):
            if start > end:
                raise UserError("Awal istirahat harus sebelum akhir istirahat.")
        if not 1 <= settings.priority_every <= 20:
            raise UserError("Prioritas diselipkan setelah 1 sampai 20 nomor biasa.")
        if not 1 <= settings.announce_repeat <= 5:
            raise UserError("Pengumuman diulang 1 sampai 5 kali.")
        if settings.slip_width_mm not in (58, 80):
            raise UserError("Lebar kertas karcis 58 atau 80 mm.")
        if not 10 <= settings.kiosk_idle_seconds <= 600:
            raise UserError("Kios kembali ke layar awal setelah 10 sampai 600 detik.")
        with self._ctx.uow() as uow:
            uow.office_settings.put(SETTINGS_KEY, settings.to_json(), self._ctx.clock.now())
            self._ctx.audit(uow, actor, "queue.settings", "office_setting", SETTINGS_KEY)
            uow.commit()
        self._ctx.hub.publish(Changes(settings=True))

    def days_off(self) -> dict[dt.date, str]:
        """The office's own days off."""
        with self._ctx.uow(read_only=True) as uow:
            return uow.days_off.all()

    def set_day_off(self, actor: Principal, day: dt.date, name: str) -> None:
        """Add or rename a local day off."""
        actor.require(Permission.MANAGE_QUEUE)
        name = " ".join(name.split())
        if not name:
            raise UserError("Isi keterangan hari libur kantor (misalnya: Hari Jadi Kabupaten Mojokerto).")
        with self._ctx.uow() as uow:
            uow.days_off.put(day, name[:200])
            self._ctx.audit(uow, actor, "queue.day_off", "local_day_off", day.isoformat())
            uow.commit()
        self._ctx.hub.publish(Changes(settings=True))

    def remove_day_off(self, actor: Principal, day: dt.date) -> None:
        """Remove a local day off."""
        actor.require(Permission.MANAGE_QUEUE)
        with self._ctx.uow() as uow:
            if not uow.days_off.remove(day):
                raise NotFound("Hari libur kantor itu tidak ada. Muat ulang daftar.")
            self._ctx.audit(uow, actor, "queue.day_off_removed", "local_day_off", day.isoformat())
            uow.commit()
        self._ctx.hub.publish(Changes(settings=True))

    def service_rules(self, actor: Principal) -> list[ServiceRules]:
        """Daily quota, cut-off time and typical serving minutes of every public service, in catalogue order."""
        actor.require(Permission.MANAGE_QUEUE)
        with self._ctx.uow(read_only=True) as uow:
            return [
                ServiceRules(
                    s.id,
                    s.code,
                    s.ticket_prefix,
                    s.title,
                    s.active,
                    s.daily_quota,
                    s.cutoff_time,
                    s.avg_service_minutes,
                )
                for s in uow.services.list()
                if s.is_public
            ]

    def set_service_rules(
        self,
        actor: Principal,
        service_id: uuid.UUID,
        *,
        daily_quota: int | None,
        cutoff_time: dt.time | None,
        avg_service_minutes: int,
    ) -> None:
        """Set a service's daily quota, ticket cut-off time and typical serving minutes."""
        actor.require(Permission.MANAGE_QUEUE)
        if daily_quota is not None and not 1 <= daily_quota <= 999:
            raise UserError("Kuota harian 1 sampai 999 nomor, atau kosongkan untuk tanpa batas.")
        if not 1 <= avg_service_minutes <= 240:
            raise UserError("Perkiraan lama layanan 1 sampai 240 menit.")
        with self._ctx.uow() as uow:
            service = uow.services.get(service_id)
            if service is None:
                raise NotFound("Layanan tidak ditemukan. Muat ulang katalog.")
            service.daily_quota, service.cutoff_time = daily_quota, cutoff_time
            service.avg_service_minutes = avg_service_minutes
            self._ctx.audit(uow, actor, "queue.service_rules", "service", service.id)
            uow.commit()
        self._ctx.hub.publish(Changes(settings=True, catalogue=True))

    # ---- kiosk ----------------------------------------------------------------------------------

    def kiosk_menu(self) -> list[KioskService]:
        """Public services with their waiting count and, when closed, why (kiosk; no sign-in)."""
        now = self._ctx.clock.now()
        with self._ctx.uow(read_only=True) as uow:
            settings = QueueSettings.from_json(uow.office_settings.get(SETTINGS_KEY))
            calendar = OfficeCalendar(uow.days_off.all())
            office_closed = closed_reason(now, settings.hours, calendar)
            waiting: dict[uuid.UUID, int] = {}
            for (service_id, _counter), n in uow.tickets.waiting_counts(now.date()).items():
                waiting[service_id] = waiting.get(service_id, 0) + n
            menu = []
            for s in uow.services.list():
                if not s.is_public or not s.active or not s.ticket_prefix:
                    continue
                reason = office_closed or self._service_closed(uow, s, now)
                menu.append(
                    KioskService(
                        s.id,
                        s.code,
                        s.ticket_prefix,
                        s.title,
                        s.description,
                        s.bidang,
                        waiting.get(s.id, 0),
                        reason,
                    )
                )
            return menu

    @staticmethod
    def _service_closed(uow: UnitOfWork, service: models.Service, now: dt.datetime) -> str | None:
        if not any(c.active for c in service.counters):
            return "Belum ada loket yang melayani layanan ini hari ini. Silakan tanya petugas."
        if service.cutoff_time is not None and now.time() >= service.cutoff_time:
            return f"Pengambilan nomor layanan ini ditutup pukul {hhmm(service.cutoff_time)}. Silakan datang besok."
        if service.daily_quota is not None and uow.tickets.issued_count(service.id, now.date()) >= service.daily_quota:
            return _quota_used_up(service.daily_quota)
        return None

    def issue_ticket(self, service_id: uuid.UUID, *, priority: bool = False) -> SlipData:
        """Take the next number of a service (status 'issued' until the slip is confirmed printed)."""
        now = self._ctx.clock.now()
        day = now.date()
        with self._ctx.uow() as uow:
            service = uow.services.get(service_id)
            if service is None or not service.is_public or not service.active or not service.ticket_prefix:
                raise UserError("Layanan ini tidak tersedia di kios. Silakan tanya petugas.")
            settings = QueueSettings.from_json(uow.office_settings.get(SETTINGS_KEY))
            reason = closed_reason(now, settings.hours, OfficeCalendar(uow.days_off.all()))
            reason = reason or self._service_closed(uow, service, now)
            if reason is not None:
                raise UserError(reason)
            number = uow.tickets.next_number(service.id, day)
            if service.daily_quota is not None and number > service.daily_quota:
                # The count read above is not locked: on PostgreSQL kiosks racing for the last number all see
                # room. The bumped counter row is locked until commit, so its number decides (rolled back here).
                raise UserError(_quota_used_up(service.daily_quota))
            ticket = models.Ticket(
                day=day,
                number=number,
                code=ticket_code(service.ticket_prefix, number),
                origin_service_id=service.id,
                service_id=service.id,
                priority=priority,
                status=Status.ISSUED.value,
                issued_at=now,
            )
            uow.tickets.add(ticket)
            self._event(uow, ticket.id, "issue", "", Status.ISSUED, None, None, priority=priority)
            ahead = uow.tickets.waiting_ahead(service.id, day, now)
            lokets = max(1, sum(1 for c in service.counters if c.active))
            slip = SlipData(
                ticket_id=ticket.id,
                office=OFFICE_NAME,
                code=ticket.code,
                service_title=service.title,
                priority=priority,
                issued_at=now,
                waiting_ahead=ahead,
                estimated_wait_minutes=math.ceil(ahead * service.avg_service_minutes / lokets),
                width_mm=settings.slip_width_mm,
            )
            uow.commit()
        return slip

    def confirm_printed(self, ticket_id: uuid.UUID) -> None:
        """The slip came out of the printer: the ticket joins the queue."""
        now = self._ctx.clock.now()
        with self._ctx.uow() as uow:
            self._move(uow, ticket_id, (Status.ISSUED,), Status.WAITING, "printed", None, None, {"queued_at": now})
            uow.commit()
        self._ctx.hub.publish(Changes(tickets=True))

    def cancel_unprinted(self, ticket_id: uuid.UUID, reason: str) -> None:
        """The slip failed to print: the number is kept in history as cancelled and is never called."""
        with self._ctx.uow() as uow:
            self._move(
                uow,
                ticket_id,
                (Status.ISSUED,),
                Status.CANCELLED,
                "print_failed",
                None,
                None,
                {
                    "outcome": Outcome.CANCELLED.value,
                    "finished_at": self._ctx.clock.now(),
                    "note": reason[:200],
                },
            )
            uow.commit()
        self._ctx.hub.publish(Changes(tickets=True))

    def reprint(self, actor: Principal, ticket_id: uuid.UUID) -> SlipData:
        """The slip of an existing ticket again (the clerk's reprint); the number does not change."""
        actor.require(Permission.SERVE_QUEUE)
        with self._ctx.uow() as uow:
            ticket = self._ticket(uow, ticket_id)
            service = self._service(uow, ticket.service_id)
            settings = QueueSettings.from_json(uow.office_settings.get(SETTINGS_KEY))
            ahead = uow.tickets.waiting_ahead(ticket.service_id, ticket.day, ticket.issued_at)
            self._event(uow, ticket.id, "reprint", ticket.status, ticket.status, None, actor)
            self._ctx.audit(uow, actor, "ticket.reprint", "ticket", ticket.id, code=ticket.code)
            slip = SlipData(
                ticket.id,
                OFFICE_NAME,
                ticket.code,
                service.title,
                ticket.priority,
                ticket.issued_at,
                ahead,
                math.ceil(ahead * service.avg_service_minutes / max(1, len(service.counters))),
                settings.slip_width_mm,
            )
            uow.commit()
        return slip

    # ---- loket ----------------------------------------------------------------------------------

    def counter_board(self, actor: Principal, counter_id: uuid.UUID) -> CounterBoard:
        """Waiting per service, the current ticket, held tickets and today's no-shows at a loket."""
        actor.require(Permission.SERVE_QUEUE)
        day = self._ctx.clock.now().date()
        with self._ctx.uow(read_only=True) as uow:
            counter = uow.counters.get(counter_id)
            if counter is None:
                raise NotFound("Loket tidak ditemukan. Pilih loket lagi.")
            counts = uow.tickets.waiting_counts(day)
            waiting = []
            for s in sorted(counter.services, key=lambda s: s.position):
                n = sum(v for (sid, cid), v in counts.items() if sid == s.id and cid in (None, counter.id))
                waiting.append(WaitingCount(s.id, s.code, s.title, n))
            direct = sum(
                v for (sid, cid), v in counts.items() if cid == counter.id and sid not in counter_service_ids(counter)
            )
            if direct:
                waiting.append(WaitingCount(counter.id, "LOKET", f"Dialihkan ke loket {counter.number}", direct))
            current = uow.tickets.current_at_counter(counter.id, day)
            return CounterBoard(
                counter.id,
                counter.number,
                counter.name,
                tuple(waiting),
                self._info(uow, current) if current else None,
                tuple(self._info(uow, t) for t in uow.tickets.at_counter(counter.id, day, (Status.HELD,))),
                tuple(self._info(uow, t) for t in uow.tickets.at_counter(counter.id, day, (Status.NO_SHOW,))),
            )

    def call_next(self, actor: Principal, counter_id: uuid.UUID) -> TicketInfo | None:
        """Call the next waiting ticket this loket serves (priority rule applied); None when nobody waits.

        Two statements on PostgreSQL (lock the loket, then call and record in one), see ``db.queue_calls``.
        """
        actor.require(Permission.SERVE_QUEUE)
        now = self._ctx.clock.now()
        with self._ctx.uow() as uow:
            # Locked so two presses of Call at one loket (two PCs, a double click) cannot both pass the busy check.
            loket = uow.tickets.lock_loket(counter_id, SETTINGS_KEY)
            if loket is None:
                raise NotFound("Loket tidak ditemukan. Pilih loket lagi.")
            if not loket.active:
                raise UserError(f"Loket {loket.number} sedang nonaktif. Minta Admin mengaktifkannya.")
            settings = QueueSettings.from_json(loket.settings)
            priority_first = (
                settings.priority_mode is PriorityMode.FIRST or loket.normal_since_priority >= settings.priority_every
            )
            called = uow.tickets.call_oldest(
                loket, day=now.date(), now=now, clerk_id=actor.user_id, priority_first=priority_first
            )
            if called is None:
                # Nothing changed: either the loket still has its current ticket, or nobody waits for it.
                busy = uow.tickets.current_at_counter(loket.id, now.date())
                if busy is not None:
                    raise UserError(
                        f"Nomor {busy.code} masih di loket ini. "
                        "Selesaikan dulu (Selesai, Tidak Hadir, Tahan atau Alihkan)."
                    )
                return None
            uow.commit()
        self._ctx.hub.publish(Changes(tickets=True))
        return _view_info(called)

    def recall(self, actor: Principal, ticket_id: uuid.UUID) -> TicketInfo:
        """Call the current ticket again (announced again on the display)."""
        actor.require(Permission.SERVE_QUEUE)
        now = self._ctx.clock.now()
        with self._ctx.uow() as uow:
            ticket = self._ticket(uow, ticket_id)
            if ticket.counter_id is None:
                raise Conflict("Nomor ini belum dipanggil di loket mana pun.")
            counter = self._counter(uow, ticket.counter_id)
            info = self._call_again(uow, ticket, counter, actor, now, Status.CALLED, "recall")
            uow.commit()
        self._ctx.hub.publish(Changes(tickets=True))
        return info

    def start_serving(self, actor: Principal, ticket_id: uuid.UUID) -> TicketInfo:
        """The applicant came to the desk: serving starts."""
        actor.require(Permission.SERVE_QUEUE)
        return self._simple(
            actor,
            ticket_id,
            (Status.CALLED,),
            Status.SERVING,
            "serve",
            {"serving_started_at": self._ctx.clock.now()},
        )

    def finish(self, actor: Principal, ticket_id: uuid.UUID, outcome: Outcome = Outcome.SERVED) -> TicketInfo:
        """Serving ended (served, or incomplete documents)."""
        actor.require(Permission.SERVE_QUEUE)
        if outcome not in (Outcome.SERVED, Outcome.INCOMPLETE):
            raise UserError("Hasil layanan hanya 'dilayani' atau 'berkas belum lengkap'.")
        now = self._ctx.clock.now()
        return self._simple(
            actor,
            ticket_id,
            (Status.SERVING,),
            Status.DONE,
            "finish",
            {"finished_at": now, "outcome": outcome.value},
        )

    def no_show(self, actor: Principal, ticket_id: uuid.UUID) -> TicketInfo:
        """The called applicant did not come."""
        actor.require(Permission.SERVE_QUEUE)
        now = self._ctx.clock.now()
        return self._simple(
            actor,
            ticket_id,
            (Status.CALLED,),
            Status.NO_SHOW,
            "no_show",
            {"finished_at": now, "outcome": Outcome.NO_SHOW.value},
        )

    def reactivate(self, actor: Principal, ticket_id: uuid.UUID) -> TicketInfo:
        """A no-show came back the same day: the ticket waits again with its number and place."""
        actor.require(Permission.SERVE_QUEUE)
        with self._ctx.uow(read_only=True) as uow:
            ticket = self._ticket(uow, ticket_id)
            if ticket.day != self._ctx.clock.now().date():
                raise UserError(f"Nomor {ticket.code} dari hari lain; ambil nomor baru di kios.")
        return self._simple(
            actor,
            ticket_id,
            (Status.NO_SHOW,),
            Status.WAITING,
            "reactivate",
            {"finished_at": None, "outcome": None, "counter_id": None},  # a loket it was sent to keeps it
        )

    def hold(self, actor: Principal, ticket_id: uuid.UUID) -> TicketInfo:
        """Park the current ticket at this loket (e.g. the applicant fetches a copy); the loket is free."""
        actor.require(Permission.SERVE_QUEUE)
        return self._simple(actor, ticket_id, (Status.CALLED, Status.SERVING), Status.HELD, "hold", {})

    def resume(self, actor: Principal, ticket_id: uuid.UUID) -> TicketInfo:
        """Call a held ticket back to its loket (announced again)."""
        actor.require(Permission.SERVE_QUEUE)
        now = self._ctx.clock.now()
        with self._ctx.uow() as uow:
            ticket = self._ticket(uow, ticket_id)
            if ticket.counter_id is None:
                raise Conflict("Nomor ini tidak ditahan di loket mana pun.")
            counter = self._counter(uow, ticket.counter_id, lock=True)  # as in call_next
            busy = uow.tickets.current_at_counter(ticket.counter_id, now.date())
            if busy is not None:
                raise UserError(f"Selesaikan dulu nomor {busy.code} sebelum memanggil nomor yang ditahan.")
            info = self._call_again(uow, ticket, counter, actor, now, Status.HELD, "resume")
            uow.commit()
        self._ctx.hub.publish(Changes(tickets=True))
        return info

    def transfer(
        self,
        actor: Principal,
        ticket_id: uuid.UUID,
        *,
        to_service_id: uuid.UUID | None = None,
        to_counter_id: uuid.UUID | None = None,
    ) -> TicketInfo:
        """Send the ticket to another service or loket; it keeps its number and its place (issue time)."""
        actor.require(Permission.SERVE_QUEUE)
        if (to_service_id is None) == (to_counter_id is None):
            raise UserError("Pilih tepat satu tujuan: layanan lain atau loket lain.")
        with self._ctx.uow() as uow:
            ticket = self._ticket(uow, ticket_id)
            values: dict[str, Any] = {"counter_id": None, "called_at": ticket.called_at}
            detail: dict[str, Any] = {"from_service": str(ticket.service_id)}
            if to_service_id is not None:
                service = self._service(uow, to_service_id)
                if not service.is_public or not service.active:
                    raise UserError("Layanan tujuan tidak aktif untuk antrean.")
                if service.id == ticket.service_id:
                    raise UserError("Nomor ini sudah berada di layanan itu; pilih layanan lain.")
                values.update(service_id=service.id, target_counter_id=None)
                detail["to_service"] = str(service.id)
            else:
                assert to_counter_id is not None
                target = self._counter(uow, to_counter_id)
                if target.id == ticket.counter_id:
                    raise UserError("Nomor ini sudah di loket itu; pilih loket lain.")
                if not target.active:
                    raise UserError(f"Loket {target.number} tidak aktif.")
                values["target_counter_id"] = target.id
                detail["to_counter"] = target.number
            self._move(
                uow,
                ticket_id,
                (Status.CALLED, Status.SERVING, Status.HELD),
                Status.WAITING,
                "transfer",
                ticket.counter_id,
                actor,
                {**values, "serving_started_at": None},
                **detail,
            )
            info = self._fresh_info(uow, ticket_id)
            uow.commit()
        self._ctx.hub.publish(Changes(tickets=True))
        return info

    # ---- display and reports ----------------------------------------------------------------------

    def display_snapshot(self, recent: int = 6) -> DisplaySnapshot:
        """Current number at each active loket, the last calls, the running text (TV display; no sign-in)."""
        day = self._ctx.clock.now().date()
        with self._ctx.uow(read_only=True) as uow:
            settings = QueueSettings.from_json(uow.office_settings.get(SETTINGS_KEY))
            lokets = []
            for counter in uow.counters.list():
                if not counter.active:
                    continue
                current = uow.tickets.current_at_counter(counter.id, day)
                lokets.append(LoketState(counter.number, counter.name, current.code if current else None))
            calls = tuple(_call_info(c) for c in uow.tickets.recent_calls(day, recent))
            return DisplaySnapshot(tuple(lokets), calls, settings.running_text, settings.announce_repeat)

    def calls_since(self, since: dt.datetime, *, after_id: uuid.UUID | None = None) -> list[CallInfo]:
        """Calls at or after ``since`` (after the call ``after_id`` at ``since``, when given), oldest first.

        At most ``CALL_PAGE`` calls; page on with the last call's ``at`` and ``id``.
        """
        with self._ctx.uow(read_only=True) as uow:
            return [_call_info(c) for c in uow.tickets.calls_since(since, CALL_PAGE, after_id=after_id)]

    def calls_after(self, position: int) -> CallPage:
        """Calls after ``position`` in position order, at most ``CALL_PAGE`` of them.

        The position is the SQLite rowid (commit order) or PostgreSQL's server-taken ``seq`` (insert order),
        never the call's time, so a PC whose clock lags cannot hide a call from the display.
        """
        with self._ctx.uow(read_only=True) as uow:
            rows = uow.tickets.calls_after(position, CALL_PAGE)
            if rows:
                last = rows[-1][0]
                return CallPage(tuple(_call_info(c) for _, c in rows), last, last, tuple(p for p, _ in rows))
            return CallPage((), position, uow.tickets.newest_call_position())

    def calls_named(self, positions: Collection[int], ids: Collection[uuid.UUID]) -> list[PlacedCall]:
        """The calls at ``positions`` or with ``ids`` that exist, in position order."""
        with self._ctx.uow(read_only=True) as uow:
            return [PlacedCall(p, _call_info(c)) for p, c in uow.tickets.calls_named(positions, ids)]

    def call_positions(self, above: int, up_to: int) -> list[int]:
        """The call positions taken in (``above``, ``up_to``], ascending."""
        with self._ctx.uow(read_only=True) as uow:
            return uow.tickets.call_positions(above, up_to)

    def newest_call_position(self) -> int:
        """The position of the newest call (0 when none); see ``calls_after``."""
        with self._ctx.uow(read_only=True) as uow:
            return uow.tickets.newest_call_position()

    def ticket_times(self, actor: Principal, day: dt.date) -> list[TicketTimes]:
        """Waiting time (last call minus issue), serving time and outcome of each ticket of a day."""
        actor.require(Permission.VIEW_QUEUE)
        with self._ctx.uow(read_only=True) as uow:
            services = {s.id: s.code for s in uow.services.list()}
            out = []
            for t in uow.tickets.of_day(day):
                transferred = any(e.kind == "transfer" for e in uow.tickets.events_of(t.id))
                out.append(
                    TicketTimes(
                        t.id,
                        t.code,
                        services.get(t.service_id, "?"),
                        t.outcome,
                        (t.called_at - t.issued_at).total_seconds() if t.called_at else None,
                        (t.finished_at - t.serving_started_at).total_seconds()
                        if t.finished_at and t.serving_started_at
                        else None,
                        transferred,
                    )
                )
            return out

    def ticket(self, actor: Principal, ticket_id: uuid.UUID) -> TicketInfo:
        """One ticket."""
        actor.require(Permission.VIEW_QUEUE)
        with self._ctx.uow(read_only=True) as uow:
            return self._info(uow, self._ticket(uow, ticket_id))

    def tickets_of_day(self, actor: Principal, day: dt.date | None = None) -> list[TicketInfo]:
        """Every ticket of a day (today by default), in issue order."""
        actor.require(Permission.VIEW_QUEUE)
        with self._ctx.uow(read_only=True) as uow:
            return [self._info(uow, t) for t in uow.tickets.of_day(day or self._ctx.clock.now().date())]

    # ---- helpers --------------------------------------------------------------------------------

    def _simple(
        self,
        actor: Principal,
        ticket_id: uuid.UUID,
        expected: Sequence[Status],
        to: Status,
        kind: str,
        values: dict[str, Any],
    ) -> TicketInfo:
        with self._ctx.uow() as uow:
            before = uow.tickets.state(ticket_id)
            if before is None:
                raise NotFound("Nomor antrean tidak ditemukan.")
            moved = uow.tickets.move(ticket_id, [s.value for s in expected], {"status": to.value, **values})
            if moved is None:
                now = uow.tickets.state(ticket_id) or before
                raise _changed_elsewhere(now.code, now.status)
            self._event(uow, ticket_id, kind, before.status, to, before.counter_id, actor)
            uow.commit()
        self._ctx.hub.publish(Changes(tickets=True))
        return _view_info(moved)

    def _move(
        self,
        uow: UnitOfWork,
        ticket_id: uuid.UUID,
        expected: Sequence[Status],
        to: Status,
        kind: str,
        counter_id: uuid.UUID | None,
        actor: Principal | None,
        values: dict[str, Any],
        **detail: Any,
    ) -> None:
        ticket = self._ticket(uow, ticket_id)
        before = ticket.status
        if not uow.tickets.guarded_update(ticket_id, [s.value for s in expected], {"status": to.value, **values}):
            uow.tickets.refresh(ticket)
            raise _changed_elsewhere(ticket.code, ticket.status)
        self._event(uow, ticket.id, kind, before, to, counter_id, actor, **detail)

    def _event(
        self,
        uow: UnitOfWork,
        ticket_id: uuid.UUID,
        kind: str,
        before: str,
        after: str,
        counter_id: uuid.UUID | None,
        actor: Principal | None,
        **detail: Any,
    ) -> None:
        uow.tickets.add_event(
            models.TicketEvent(
                ticket_id=ticket_id,
                at=self._ctx.clock.now(),
                kind=kind,
                from_status=str(before),
                to_status=str(after),
                counter_id=counter_id,
                user_id=actor.user_id if actor else None,
                detail=detail,
            )
        )

    def _call_again(
        self,
        uow: UnitOfWork,
        ticket: models.Ticket,
        counter: models.Counter,
        actor: Principal,
        now: dt.datetime,
        expected: Status,
        kind: str,
    ) -> TicketInfo:
        """Call a ticket to its loket once more (recall, resume): guarded move, call event, fresh view."""
        self._move(
            uow,
            ticket.id,
            (expected,),
            Status.CALLED,
            kind,
            counter.id,
            actor,
            {"called_at": now, "call_count": models.Ticket.call_count + 1},
        )
        self._announce(uow, ticket, counter, now, "recall")
        return self._fresh_info(uow, ticket.id)

    @staticmethod
    def _announce(uow: UnitOfWork, ticket: models.Ticket, counter: models.Counter, now: dt.datetime, kind: str) -> None:
        """Append the call event the TV display shows and announces (``kind`` "call" or "recall")."""
        uow.tickets.add_call(
            models.CallEvent(
                at=now,
                ticket_id=ticket.id,
                counter_id=counter.id,
                code=ticket.code,
                counter_number=counter.number,
                kind=kind,
            )
        )

    @staticmethod
    def _ticket(uow: UnitOfWork, ticket_id: uuid.UUID) -> models.Ticket:
        ticket = uow.tickets.get(ticket_id)
        if ticket is None:
            raise NotFound("Nomor antrean tidak ditemukan.")
        return ticket

    @staticmethod
    def _counter(uow: UnitOfWork, counter_id: uuid.UUID, *, lock: bool = False) -> models.Counter:
        counter = uow.counters.get(counter_id, lock=lock)
        if counter is None:
            raise NotFound("Loket tidak ditemukan. Pilih loket lagi.")
        if not counter.active:
            raise UserError(f"Loket {counter.number} sedang nonaktif. Minta Admin mengaktifkannya.")
        return counter

    @staticmethod
    def _service(uow: UnitOfWork, service_id: uuid.UUID) -> models.Service:
        service = uow.services.get(service_id)
        if service is None:
            raise NotFound("Layanan tidak ditemukan. Muat ulang katalog.")
        return service

    @staticmethod
    def _fresh_info(uow: UnitOfWork, ticket_id: uuid.UUID) -> TicketInfo:
        """The ticket as changed in this unit of work, read back in one statement (pending events flushed)."""
        view = uow.tickets.view(ticket_id)
        if view is None:
            raise NotFound("Nomor antrean tidak ditemukan.")
        return _view_info(view)

    @staticmethod
    def _info(uow: UnitOfWork, t: models.Ticket) -> TicketInfo:
        service = uow.services.get(t.service_id)
        counter = uow.counters.get(t.counter_id) if t.counter_id else None
        target = uow.counters.get(t.target_counter_id) if t.target_counter_id else None
        return TicketInfo(
            id=t.id,
            code=t.code,
            day=t.day,
            service_id=t.service_id,
            service_code=service.code if service else "?",
            service_title=service.title if service else "?",
            priority=t.priority,
            status=Status(t.status),
            outcome=t.outcome,
            counter_number=counter.number if counter else None,
            target_counter_number=target.number if target else None,
            issued_at=t.issued_at,
            called_at=t.called_at,
            serving_started_at=t.serving_started_at,
            finished_at=t.finished_at,
            call_count=t.call_count,
        )


def _changed_elsewhere(code: str, status: str) -> Conflict:
    return Conflict(
        f"Nomor {code} sekarang berstatus '{STATUS_LABELS[Status(status)]}', "
        "mungkin diubah loket lain. Layar dimuat ulang; periksa lagi."
    )


def _view_info(view: TicketView) -> TicketInfo:
    return TicketInfo(
        id=view.id,
        code=view.code,
        day=view.day,
        service_id=view.service_id,
        service_code=view.service_code or "?",
        service_title=view.service_title or "?",
        priority=view.priority,
        status=Status(view.status),
        outcome=view.outcome,
        counter_number=view.counter_number,
        target_counter_number=view.target_counter_number,
        issued_at=view.issued_at,
        called_at=view.called_at,
        serving_started_at=view.serving_started_at,
        finished_at=view.finished_at,
        call_count=view.call_count,
    )


def counter_service_ids(counter: models.Counter) -> set[uuid.UUID]:
    """The services a loket serves."""
    return {s.id for s in counter.services if s.active}


def end_linked_ticket(
    ctx: ServiceContext, uow: UnitOfWork, actor: Principal, ticket_id: uuid.UUID, outcome: Outcome
) -> None:
    """End the ticket an intake was opened from, inside the intake's own unit of work.

    A called or serving ticket ends as done with ``outcome``; a ticket the clerk already finished only
    gets its outcome corrected (served -> incomplete). Same guarded update and event as ``finish``.
    """
    queue = QueueService(ctx)
    ticket = queue._ticket(uow, ticket_id)
    expected: tuple[Status, ...]
    values: dict[str, Any]
    if ticket.status == Status.DONE:
        expected, values = (Status.DONE,), {"outcome": outcome.value}
    else:
        expected = (Status.CALLED, Status.SERVING)
        values = {"finished_at": ctx.clock.now(), "outcome": outcome.value}
        if ticket.serving_started_at is None:
            values["serving_started_at"] = ctx.clock.now()
    queue._move(uow, ticket_id, expected, Status.DONE, "finish", ticket.counter_id, actor, values, intake=True)
