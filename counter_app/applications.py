"""Applications and internal work items moving through their standard's procedure steps, with deadlines."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from counter_app import nik as nik_check
from counter_app.calendar import OfficeCalendar, OfficeHours, due_at
from counter_app.changes import Changes
from counter_app.context import ServiceContext
from counter_app.db import models
from counter_app.db.unit_of_work import UnitOfWork
from counter_app.errors import Conflict, NotFound, UserError
from counter_app.roles import Permission, Principal

QUEUE_SETTINGS_KEY = "queue"  # the office hours live in the queue settings (tickets.SETTINGS_KEY)
NOTE_MAX = 2000
PRODUCT_MAX = 100
SUBJECT_MAX = 300
TRACKING_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{1,11}-\d{4}-\d{6,}$")


class AppStatus(StrEnum):
    """Where an application stands."""

    IN_PROGRESS = "in_progress"
    RETURNED = "returned"
    REJECTED = "rejected"
    COMPLETED = "completed"


STATUS_LABELS = {
    AppStatus.IN_PROGRESS: "Sedang diproses",
    AppStatus.RETURNED: "Dikembalikan untuk diperbaiki",
    AppStatus.REJECTED: "Ditolak",
    AppStatus.COMPLETED: "Selesai",
}
OPEN_STATUSES = (AppStatus.IN_PROGRESS, AppStatus.RETURNED)


class StepAction(StrEnum):
    """What happened in a history entry."""

    RECEIVE = "receive"
    ADVANCE = "advance"
    SEND_BACK = "send_back"
    REJECT = "reject"
    COMPLETE = "complete"


ACTION_LABELS = {
    StepAction.RECEIVE: "Diterima",
    StepAction.ADVANCE: "Dilanjutkan",
    StepAction.SEND_BACK: "Dikembalikan",
    StepAction.REJECT: "Ditolak",
    StepAction.COMPLETE: "Selesai",
}


@dataclass(frozen=True)
class StepInfo:
    """A procedure step of the standard and who does it."""

    position: int
    text: str
    actor: str


@dataclass(frozen=True)
class ApplicationSummary:
    """A row of the application list."""

    id: uuid.UUID
    tracking_number: str
    service_id: uuid.UUID
    service_code: str
    service_title: str
    is_public: bool
    applicant_name: str
    subject: str
    received_at: dt.datetime
    due_at: dt.datetime
    step_position: int | None
    step_text: str
    step_actor: str
    is_last_step: bool
    status: AppStatus
    product_number: str | None
    product_date: dt.date | None
    overdue: bool
    due_today: bool

    @property
    def status_label(self) -> str:
        """The status in plain Indonesian."""
        return STATUS_LABELS[self.status]


@dataclass(frozen=True)
class HistoryEntry:
    """One line of an application's history."""

    seq: int
    at: dt.datetime
    action: StepAction
    step_position: int | None
    step_text: str
    actor_name: str
    note: str

    @property
    def action_label(self) -> str:
        """The action in plain Indonesian."""
        return ACTION_LABELS[self.action]


@dataclass(frozen=True)
class ApplicationDetail:
    """An application with its standard's steps and its whole history."""

    summary: ApplicationSummary
    steps: tuple[StepInfo, ...]
    history: tuple[HistoryEntry, ...]


@dataclass(frozen=True)
class PublicStatus:
    """What anyone holding the tracking number may see: no name, no NIK, nothing personal."""

    tracking_number: str
    service_title: str
    step_text: str
    status_label: str
    due_at: dt.datetime


def normalise_tracking_number(raw: str) -> str:
    """Upper case without spaces, as a barcode scanner or a person may type it ("pkwt 2026 000123" works too)."""
    parts = (raw or "").upper().split()
    if len(parts) == 3 and "-" not in "".join(parts):
        return "-".join(parts)
    return "".join(parts)


def clean_note(note: str, *, required: bool, what: str) -> str:
    """Trimmed note text; refuses empty (when required), over-long text and control characters."""
    note = (note or "").strip()
    if required and not note:
        raise UserError(f"Isi {what}; tanpa itu pemohon tidak tahu apa yang harus diperbaiki.")
    if len(note) > NOTE_MAX:
        raise UserError(f"{what.capitalize()} terlalu panjang ({len(note)} huruf); paling banyak {NOTE_MAX}.")
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in note):
        raise UserError(f"{what.capitalize()} berisi karakter kendali yang tidak dapat disimpan; ketik ulang.")
    return note


def office_time(uow: UnitOfWork) -> tuple[OfficeHours, OfficeCalendar]:
    """The office hours (queue settings) and the calendar with the local days off."""
    raw = uow.office_settings.get(QUEUE_SETTINGS_KEY) or {}
    return OfficeHours.from_json(raw.get("hours")), OfficeCalendar(uow.days_off.all())


def active_steps(service: models.Service) -> list[models.ServiceStep]:
    """The service's active procedure steps in order."""
    return sorted((s for s in service.steps if s.active), key=lambda s: s.position)


def create_application(
    ctx: ServiceContext,
    uow: UnitOfWork,
    actor: Principal,
    service: models.Service,
    *,
    applicant_id: uuid.UUID | None,
    intake_id: uuid.UUID | None,
    subject: str = "",
) -> models.Application:
    """Number, date and store a new application at the first step of ``service`` (inside ``uow``)."""
    now = ctx.clock.now()
    number = uow.applications.next_number(service.code, now.year)
    hours, calendar = office_time(uow)
    if service.time_limit_value is not None and service.time_limit_unit:
        due = due_at(now, service.time_limit_value, service.time_limit_unit, hours, calendar)
    else:
        due = now  # a standard without a time limit: due at once, so the supervisor sees it
    steps = active_steps(service)
    application = models.Application(
        tracking_number=f"{service.code}-{now.year}-{number:06d}",
        service_id=service.id,
        intake_id=intake_id,
        applicant_id=applicant_id,
        subject=subject,
        received_at=now,
        due_at=due,
        step_position=steps[0].position if steps else None,
        status=AppStatus.IN_PROGRESS.value,
        version=1,
        created_by=actor.user_id,
        updated_at=now,
    )
    uow.applications.add(application)
    uow.applications.add_step(
        models.ApplicationStep(
            application_id=application.id,
            seq=1,
            step_position=application.step_position,
            action=StepAction.RECEIVE.value,
            actor_id=actor.user_id,
            actor_name=actor.full_name,
            note="",
            at=now,
        )
    )
    ctx.audit(uow, actor, "application.create", "application", application.id, service=service.code)
    return application


class ApplicationService:
    """The application screen's service: list, history, and the step flow of the standard."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # ---- reading ---------------------------------------------------------------------------------

    def list_applications(
        self,
        actor: Principal,
        *,
        service_id: uuid.UUID | None = None,
        step_position: int | None = None,
        status: AppStatus | None = None,
        due_from: dt.date | None = None,
        due_to: dt.date | None = None,
        overdue_only: bool = False,
        due_today_only: bool = False,
        limit: int = 500,
    ) -> list[ApplicationSummary]:
        """Applications by due time, filtered; ``due_to`` is inclusive; overdue/due-today look at open ones."""
        actor.require(Permission.VIEW_APPLICATIONS)
        now = self._ctx.clock.now()
        today = dt.datetime.combine(now.date(), dt.time.min)
        statuses = [status.value] if status else None
        lower = dt.datetime.combine(due_from, dt.time.min) if due_from else None
        upper = dt.datetime.combine(due_to + dt.timedelta(days=1), dt.time.min) if due_to else None
        if overdue_only or due_today_only:
            open_values = [s.value for s in OPEN_STATUSES]
            statuses = [s for s in statuses or open_values if s in open_values]
            if not statuses:
                return []
        if overdue_only:
            upper = min(upper, now) if upper else now
        if due_today_only:
            lower = max(lower, now if not overdue_only else today) if lower else (today if overdue_only else now)
            upper = min(upper, today + dt.timedelta(days=1)) if upper else today + dt.timedelta(days=1)
        with self._ctx.uow(read_only=True) as uow:
            rows = uow.applications.search(
                service_id=service_id,
                step_position=step_position,
                statuses=statuses,
                due_from=lower,
                due_before=upper,
                limit=limit,
            )
            return [self._summary(uow, a) for a in rows]

    def get(self, actor: Principal, application_id: uuid.UUID) -> ApplicationDetail:
        """One application with its steps and history."""
        actor.require(Permission.VIEW_APPLICATIONS)
        with self._ctx.uow(read_only=True) as uow:
            return self._detail(uow, self._application(uow, application_id))

    def history(self, actor: Principal, application_id: uuid.UUID) -> list[HistoryEntry]:
        """The whole history of one application, oldest first."""
        actor.require(Permission.VIEW_APPLICATIONS)
        with self._ctx.uow(read_only=True) as uow:
            return list(self._detail(uow, self._application(uow, application_id)).history)

    def by_tracking_number(self, actor: Principal, number: str) -> ApplicationDetail:
        """The application with this tracking number (typed or scanned), for staff."""
        actor.require(Permission.VIEW_APPLICATIONS)
        with self._ctx.uow(read_only=True) as uow:
            application = uow.applications.by_tracking_number(normalise_tracking_number(number))
            if application is None:
                raise NotFound(f"Nomor tanda terima {number.strip()} tidak ditemukan. Periksa lagi nomornya.")
            return self._detail(uow, application)

    def by_nik(self, actor: Principal, nik: str) -> list[ApplicationSummary]:
        """Every application of the person with this NIK, newest first."""
        actor.require(Permission.VIEW_APPLICATIONS)
        value = nik_check.check(nik).nik
        with self._ctx.uow(read_only=True) as uow:
            applicant = uow.applicants.by_nik(value)
            if applicant is None:
                return []
            return [self._summary(uow, a) for a in uow.applications.of_applicants([applicant.id])]

    def public_status(self, number: str) -> PublicStatus:
        """Status by tracking number without signing in (counter, kiosk): service, step, status, due date only."""
        value = normalise_tracking_number(number)
        if not TRACKING_PATTERN.match(value):
            raise UserError("Nomor tanda terima ditulis seperti PKWT-2026-000123. Periksa lagi nomornya.")
        with self._ctx.uow(read_only=True) as uow:
            application = uow.applications.by_tracking_number(value)
            if application is None:
                raise NotFound(f"Nomor tanda terima {value} tidak ditemukan. Periksa lagi nomornya.")
            service = uow.applications.service(application.service_id)
            assert service is not None
            step = self._step(service, application.step_position)
            return PublicStatus(
                tracking_number=application.tracking_number,
                service_title=service.title,
                step_text=step.text if step else "",
                status_label=STATUS_LABELS[AppStatus(application.status)],
                due_at=application.due_at,
            )

    # ---- the step flow ---------------------------------------------------------------------------

    def start_work_item(self, actor: Principal, service_id: uuid.UUID, subject: str) -> ApplicationSummary:
        """Start an internal standard (surat masuk, SPJ, ...) as a work item, without ticket or applicant."""
        actor.require(Permission.PROCESS_APPLICATIONS)
        subject = clean_note(subject, required=True, what="perihal pekerjaan")
        if len(subject) > SUBJECT_MAX:
            raise UserError(f"Perihal terlalu panjang ({len(subject)} huruf); paling banyak {SUBJECT_MAX}.")
        with self._ctx.uow() as uow:
            service = uow.services.get_full(service_id)
            if service is None:
                raise NotFound("Layanan tidak ditemukan. Muat ulang katalog.")
            if service.is_public:
                raise UserError(f"'{service.title}' adalah layanan publik: terima lewat pemeriksaan berkas di loket.")
            if not service.active:
                raise UserError(f"Layanan '{service.title}' sedang nonaktif. Minta Admin mengaktifkannya.")
            application = create_application(
                self._ctx, uow, actor, service, applicant_id=None, intake_id=None, subject=subject
            )
            summary = self._summary(uow, application)
            uow.commit()
        self._ctx.hub.publish(Changes(applications=True))
        return summary

    def advance(self, actor: Principal, application_id: uuid.UUID, note: str = "") -> ApplicationSummary:
        """Move to the next procedure step (the last step ends with ``complete``)."""
        actor.require(Permission.PROCESS_APPLICATIONS)
        note = clean_note(note, required=False, what="catatan")
        return self._change(actor, application_id, StepAction.ADVANCE, note, self._advance_values)

    def send_back(self, actor: Principal, application_id: uuid.UUID, note: str) -> ApplicationSummary:
        """Return the application to the previous step, saying what must be fixed."""
        actor.require(Permission.PROCESS_APPLICATIONS)
        note = clean_note(note, required=True, what="catatan apa yang harus diperbaiki")
        return self._change(actor, application_id, StepAction.SEND_BACK, note, self._send_back_values)

    def reject(self, actor: Principal, application_id: uuid.UUID, reason: str) -> ApplicationSummary:
        """Refuse the application for good, with the reason."""
        actor.require(Permission.PROCESS_APPLICATIONS)
        reason = clean_note(reason, required=True, what="alasan penolakan")
        return self._change(
            actor, application_id, StepAction.REJECT, reason, lambda s, a: {"status": AppStatus.REJECTED.value}
        )

    def complete(
        self,
        actor: Principal,
        application_id: uuid.UUID,
        *,
        product_number: str,
        product_date: dt.date | None,
        note: str = "",
    ) -> ApplicationSummary:
        """Finish at the last step, recording the product issued (its number and date)."""
        actor.require(Permission.PROCESS_APPLICATIONS)
        note = clean_note(note, required=False, what="catatan")
        product_number = (product_number or "").strip()
        if not product_number:
            raise UserError("Isi nomor produk yang diterbitkan (misalnya nomor surat atau sertifikat).")
        if len(product_number) > PRODUCT_MAX:
            raise UserError(f"Nomor produk terlalu panjang; paling banyak {PRODUCT_MAX} huruf.")
        if product_date is None:
            raise UserError("Isi tanggal produk diterbitkan.")
        if product_date > self._ctx.clock.now().date():
            raise UserError("Tanggal produk tidak boleh setelah hari ini.")

        def values(service: models.Service, a: models.Application) -> dict[str, object]:
            if self._next_step(service, a.step_position) is not None:
                step = self._step(service, a.step_position)
                raise UserError(
                    f"Permohonan masih di langkah {a.step_position} ({step.text if step else '?'}). "
                    "Lanjutkan sampai langkah terakhir, baru selesaikan."
                )
            return {
                "status": AppStatus.COMPLETED.value,
                "product_number": product_number,
                "product_date": product_date,
            }

        note = note or f"Produk {product_number} tanggal {product_date:%d-%m-%Y}"
        return self._change(actor, application_id, StepAction.COMPLETE, note, values)

    # ---- helpers ---------------------------------------------------------------------------------

    def _advance_values(self, service: models.Service, a: models.Application) -> dict[str, object]:
        following = self._next_step(service, a.step_position)
        if following is None:
            raise UserError(
                "Ini langkah terakhir. Selesaikan permohonan dengan mengisi nomor dan tanggal produk yang diterbitkan."
            )
        return {"step_position": following.position, "status": AppStatus.IN_PROGRESS.value}

    def _send_back_values(self, service: models.Service, a: models.Application) -> dict[str, object]:
        earlier = [s for s in active_steps(service) if a.step_position is not None and s.position < a.step_position]
        position = earlier[-1].position if earlier else a.step_position
        return {"step_position": position, "status": AppStatus.RETURNED.value}

    def _change(
        self,
        actor: Principal,
        application_id: uuid.UUID,
        action: StepAction,
        note: str,
        values_of: Callable[[models.Service, models.Application], dict[str, object]],
    ) -> ApplicationSummary:
        now = self._ctx.clock.now()
        with self._ctx.uow() as uow:
            application = self._application(uow, application_id)
            if application.status not in OPEN_STATUSES:
                label = STATUS_LABELS[AppStatus(application.status)]
                raise Conflict(f"Permohonan {application.tracking_number} sudah berstatus '{label}'.")
            service = uow.applications.service(application.service_id)
            assert service is not None
            values = dict(values_of(service, application))
            values["updated_at"] = now
            if not uow.applications.guarded_update(application.id, application.version, values):
                raise Conflict(
                    f"Permohonan {application.tracking_number} baru saja diubah petugas lain. Muat ulang lalu periksa."
                )
            uow.applications.refresh(application)
            seq = len(uow.applications.history(application.id)) + 1
            uow.applications.add_step(
                models.ApplicationStep(
                    application_id=application.id,
                    seq=seq,
                    step_position=application.step_position,
                    action=action.value,
                    actor_id=actor.user_id,
                    actor_name=actor.full_name,
                    note=note,
                    at=now,
                )
            )
            self._ctx.audit(uow, actor, f"application.{action.value}", "application", application.id)
            summary = self._summary(uow, application)
            uow.commit()
        self._ctx.hub.publish(Changes(applications=True))
        return summary

    @staticmethod
    def _application(uow: UnitOfWork, application_id: uuid.UUID) -> models.Application:
        application = uow.applications.get(application_id)
        if application is None:
            raise NotFound("Permohonan tidak ditemukan. Muat ulang daftar.")
        return application

    @staticmethod
    def _step(service: models.Service, position: int | None) -> models.ServiceStep | None:
        return next((s for s in service.steps if s.position == position), None)

    @staticmethod
    def _next_step(service: models.Service, position: int | None) -> models.ServiceStep | None:
        if position is None:
            return None
        return next((s for s in active_steps(service) if s.position > position), None)

    def _summary(self, uow: UnitOfWork, a: models.Application) -> ApplicationSummary:
        service = uow.applications.service(a.service_id)
        assert service is not None
        applicant = uow.applicants.get(a.applicant_id) if a.applicant_id else None
        step = self._step(service, a.step_position)
        now = self._ctx.clock.now()
        open_ = a.status in OPEN_STATUSES
        return ApplicationSummary(
            id=a.id,
            tracking_number=a.tracking_number,
            service_id=service.id,
            service_code=service.code,
            service_title=service.title,
            is_public=service.is_public,
            applicant_name=applicant.name if applicant else "",
            subject=a.subject,
            received_at=a.received_at,
            due_at=a.due_at,
            step_position=a.step_position,
            step_text=step.text if step else "",
            step_actor=step.actor if step else "",
            is_last_step=self._next_step(service, a.step_position) is None,
            status=AppStatus(a.status),
            product_number=a.product_number,
            product_date=a.product_date,
            overdue=open_ and a.due_at < now,
            due_today=open_ and a.due_at >= now and a.due_at.date() == now.date(),
        )

    def _detail(self, uow: UnitOfWork, a: models.Application) -> ApplicationDetail:
        service = uow.applications.service(a.service_id)
        assert service is not None
        steps = tuple(StepInfo(s.position, s.text, s.actor) for s in active_steps(service))
        texts = {s.position: s.text for s in service.steps}
        history = tuple(
            HistoryEntry(
                seq=h.seq,
                at=h.at,
                action=StepAction(h.action),
                step_position=h.step_position,
                step_text=texts.get(h.step_position, "") if h.step_position is not None else "",
                actor_name=h.actor_name,
                note=h.note,
            )
            for h in uow.applications.history(a.id)
        )
        return ApplicationDetail(summary=self._summary(uow, a), steps=steps, history=history)
