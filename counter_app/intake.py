"""The intake at the desk: the applicant, the requirement checklist, then an application or a missing list."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from counter_app import applications, documents, tickets
from counter_app import nik as nik_check
from counter_app.changes import Changes
from counter_app.context import ServiceContext
from counter_app.db import models
from counter_app.db.unit_of_work import UnitOfWork
from counter_app.errors import Conflict, NotFound, UserError
from counter_app.roles import Permission, Principal

NAME_MAX = 200
ADDRESS_MAX = 1000
NOTE_MAX = 1000
ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 ()-]{5,30}$")


class ApplicantKind(StrEnum):
    """A person, or one of the organisations the standards serve."""

    PERSON = "person"
    COMPANY = "company"
    SCHOOL = "school"  # a school with a Bursa Kerja Khusus
    LPK = "lpk"
    UNION = "union"


KIND_LABELS = {
    ApplicantKind.PERSON: "Perorangan",
    ApplicantKind.COMPANY: "Perusahaan",
    ApplicantKind.SCHOOL: "Sekolah (BKK)",
    ApplicantKind.LPK: "Lembaga Pelatihan Kerja",
    ApplicantKind.UNION: "Serikat pekerja/buruh",
}


class IntakeStatus(StrEnum):
    """Where a checklist session stands."""

    OPEN = "open"
    INCOMPLETE = "incomplete"  # the applicant went to fetch what is missing; found again by NIK or name
    COMPLETED = "completed"


@dataclass(frozen=True)
class PersonInput:
    """A person as typed at the desk; the NIK is checked, a birth date or sex mismatch only warns."""

    nik: str
    name: str
    birth_date: dt.date | None = None
    sex: nik_check.Sex | None = None
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class OrganisationInput:
    """An organisation as typed at the desk; NIB 13 digits, NPWP 15 or 16, NPSN 8 (each optional)."""

    kind: ApplicantKind
    name: str
    nib: str = ""
    npwp: str = ""
    npsn: str = ""
    phone: str = ""
    address: str = ""
    contact_person: str = ""


@dataclass(frozen=True)
class ApplicantInfo:
    """An applicant as stored."""

    id: uuid.UUID
    kind: ApplicantKind
    name: str
    nik: str | None
    birth_date: dt.date | None
    sex: str | None
    phone: str
    address: str
    nib: str | None
    npwp: str | None
    npsn: str | None
    contact_person: str


@dataclass(frozen=True)
class AttachmentInfo:
    """A scan or photo attached to a requirement item (no bytes: fetch them with ``attachment_data``)."""

    id: uuid.UUID
    requirement_id: uuid.UUID
    filename: str
    content_type: str
    sha256: str
    size: int
    path: str | None


@dataclass(frozen=True)
class ChecklistItem:
    """One requirement of the checklist with the clerk's mark."""

    requirement_id: uuid.UUID
    position: int
    text: str
    sub_items: tuple[str, ...]
    present: bool
    note: str
    attachments: tuple[AttachmentInfo, ...]


@dataclass(frozen=True)
class IntakeView:
    """An intake as the checklist screen shows it."""

    id: uuid.UUID
    service_id: uuid.UUID
    service_code: str
    service_title: str
    variant: str
    variant_label: str
    applicant: ApplicantInfo
    ticket_id: uuid.UUID | None
    status: IntakeStatus
    items: tuple[ChecklistItem, ...]
    created_at: dt.datetime
    updated_at: dt.datetime
    warnings: tuple[str, ...] = ()

    @property
    def missing(self) -> tuple[ChecklistItem, ...]:
        """The items not (yet) ticked."""
        return tuple(i for i in self.items if not i.present)


@dataclass(frozen=True)
class ItemMark:
    """The clerk's mark on one item: present or not, and a note."""

    requirement_id: uuid.UUID
    present: bool
    note: str = ""


@dataclass(frozen=True)
class VariantChoice:
    """A kind of applicant a standard has its own list for (OSS: perorangan, badan hukum)."""

    variant: str
    label: str


@dataclass(frozen=True)
class IntakeOutcome:
    """The end of an intake: an application with its receipt, or the list of what is missing."""

    intake: IntakeView
    application: applications.ApplicationSummary | None
    receipt: documents.ReceiptData | None
    missing_list: documents.MissingListData | None


# ---- input checks ------------------------------------------------------------------------------------


def _text(value: str, what: str, limit: int, *, required: bool) -> str:
    value = (value or "").strip()
    if required and not value:
        raise UserError(f"{what} belum diisi.")
    if len(value) > limit:
        raise UserError(f"{what} terlalu panjang ({len(value)} huruf); paling banyak {limit} huruf. Singkat isinya.")
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in value) or "\x7f" in value:
        raise UserError(f"{what} berisi karakter kendali yang tidak dapat disimpan; ketik ulang.")
    return value


def _digits(value: str, what: str, lengths: tuple[int, ...]) -> str | None:
    cleaned = "".join(ch for ch in (value or "") if ch not in " .-")
    if not cleaned:
        return None
    if not (cleaned.isascii() and cleaned.isdigit()) or len(cleaned) not in lengths:
        allowed = " atau ".join(str(n) for n in lengths)
        raise UserError(f"{what} harus {allowed} angka; yang diketik '{value.strip()}'. Periksa lagi dokumennya.")
    return cleaned


def _phone(value: str) -> str:
    value = (value or "").strip()
    if value and not PHONE_PATTERN.match(value):
        raise UserError("Nomor telepon hanya angka (boleh diawali +, dengan spasi atau tanda -), 6-31 karakter.")
    return value


@dataclass(frozen=True)
class _CleanApplicant:
    kind: ApplicantKind
    name: str
    nik: str | None
    birth_date: dt.date | None
    sex: str | None
    phone: str
    address: str
    nib: str | None
    npwp: str | None
    npsn: str | None
    contact_person: str
    warnings: tuple[str, ...]


def _clean(applicant: PersonInput | OrganisationInput, today: dt.date) -> _CleanApplicant:
    """Check every field before anything is written, so bad input saves nothing."""
    if isinstance(applicant, PersonInput):
        info = nik_check.check(applicant.nik, birth_date=applicant.birth_date, sex=applicant.sex, today=today)
        if applicant.birth_date is not None and applicant.birth_date > today:
            raise UserError("Tanggal lahir tidak boleh setelah hari ini.")
        return _CleanApplicant(
            kind=ApplicantKind.PERSON,
            name=_text(applicant.name, "Nama pemohon", NAME_MAX, required=True),
            nik=info.nik,
            birth_date=applicant.birth_date or info.birth_date,
            sex=(nik_check.Sex(applicant.sex) if applicant.sex else info.sex).value,
            phone=_phone(applicant.phone),
            address=_text(applicant.address, "Alamat", ADDRESS_MAX, required=False),
            nib=None,
            npwp=None,
            npsn=None,
            contact_person="",
            warnings=info.warnings,
        )
    kind = ApplicantKind(applicant.kind)
    if kind is ApplicantKind.PERSON:
        raise UserError("Untuk perorangan isi data pribadi dengan NIK.")
    return _CleanApplicant(
        kind=kind,
        name=_text(applicant.name, f"Nama {KIND_LABELS[kind].lower()}", NAME_MAX, required=True),
        nik=None,
        birth_date=None,
        sex=None,
        phone=_phone(applicant.phone),
        address=_text(applicant.address, "Alamat", ADDRESS_MAX, required=False),
        nib=_digits(applicant.nib, "NIB", (13,)),
        npwp=_digits(applicant.npwp, "NPWP", (15, 16)),
        npsn=_digits(applicant.npsn, "NPSN", (8,)),
        contact_person=_text(applicant.contact_person, "Nama narahubung", NAME_MAX, required=False),
        warnings=(),
    )


def fold(name: str) -> str:
    """Lower case with single spaces: how organisation names are compared."""
    return " ".join(name.lower().split())


def _applicant_info(a: models.Applicant) -> ApplicantInfo:
    return ApplicantInfo(
        id=a.id,
        kind=ApplicantKind(a.kind),
        name=a.name,
        nik=a.nik,
        birth_date=a.birth_date,
        sex=a.sex,
        phone=a.phone,
        address=a.address,
        nib=a.nib,
        npwp=a.npwp,
        npsn=a.npsn,
        contact_person=a.contact_person,
    )


def variants_of(service: models.Service) -> list[VariantChoice]:
    """The applicant kinds with their own requirement list; one empty variant for a single list."""
    active = {r.variant: r.variant_label for r in service.requirements if r.active}
    order = [block.get("variant") or "" for block in service.content.get("requirements", [])]  # the standard's
    ranked = sorted(active, key=lambda v: order.index(v) if v in order else len(order))
    return [VariantChoice(v, active[v]) for v in ranked] or [VariantChoice("", "")]


class IntakeService:
    """The checklist at the desk: start or continue, mark items, attach scans, then finish."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # ---- reading ---------------------------------------------------------------------------------

    def variants(self, actor: Principal, service_id: uuid.UUID) -> list[VariantChoice]:
        """The kinds of applicant the service's standard asks the clerk to choose from (OSS); one for most."""
        actor.require(Permission.INTAKE)
        with self._ctx.uow(read_only=True) as uow:
            return variants_of(self._service(uow, service_id))

    def get(self, actor: Principal, intake_id: uuid.UUID) -> IntakeView:
        """One intake with its checklist."""
        actor.require(Permission.INTAKE)
        with self._ctx.uow(read_only=True) as uow:
            return self._view(uow, self._intake(uow, intake_id))

    def find_open(
        self, actor: Principal, *, nik: str | None = None, organisation: str | None = None
    ) -> list[IntakeView]:
        """Open or incomplete intakes of the person with ``nik``, or of organisations by name start or NIB/NPWP/NPSN."""
        actor.require(Permission.INTAKE)
        with self._ctx.uow(read_only=True) as uow:
            if nik is not None:
                person = uow.applicants.by_nik(nik_check.check(nik, today=self._ctx.clock.now().date()).nik)
                ids = [person.id] if person else []
            else:
                text = (organisation or "").strip()
                if len(text) < 3:
                    raise UserError("Ketik minimal 3 huruf nama lembaga, atau NIB/NPWP/NPSN-nya.")
                ids = [a.id for a in uow.applicants.search_organisations(text)]
            if not ids:
                return []
            return [self._view(uow, i) for i in uow.intakes.open_of(ids)]

    def attachment_data(self, actor: Principal, attachment_id: uuid.UUID) -> bytes:
        """The bytes of an attached scan (read from the office share when stored as a path)."""
        actor.require(Permission.INTAKE)
        with self._ctx.uow(read_only=True) as uow:
            row = uow.intakes.attachment(attachment_id)
            if row is None:
                raise NotFound("Lampiran tidak ditemukan.")
            if row.data is not None:
                return row.data
            assert row.path is not None
            try:
                return Path(row.path).read_bytes()
            except OSError as exc:
                raise UserError(f"Berkas lampiran {row.filename} tidak dapat dibaca dari {row.path}.") from exc

    # ---- changing --------------------------------------------------------------------------------

    def start(
        self,
        actor: Principal,
        *,
        service_id: uuid.UUID,
        applicant: PersonInput | OrganisationInput,
        variant: str | None = None,
        ticket_id: uuid.UUID | None = None,
    ) -> IntakeView:
        """Open the checklist of a public service for an applicant (from a ticket or a walk-in).

        An open or incomplete intake of the same applicant and service is continued, not duplicated.
        The NIK warnings (birth date or sex not matching) come back in ``IntakeView.warnings``.
        """
        actor.require(Permission.INTAKE)
        now = self._ctx.clock.now()
        clean = _clean(applicant, now.date())
        with self._ctx.uow() as uow:
            service = self._service(uow, service_id)
            if not service.is_public:
                raise UserError(f"'{service.title}' adalah standar internal: mulai dari layar pekerjaan kantor.")
            if not service.active:
                raise UserError(f"Layanan '{service.title}' sedang nonaktif. Minta Admin mengaktifkannya.")
            choices = variants_of(service)
            chosen = self._variant(choices, variant)
            if ticket_id is not None:
                ticket = uow.tickets.get(ticket_id)
                if ticket is None:
                    raise NotFound("Nomor antrean tidak ditemukan.")
                if ticket.service_id != service.id:
                    raise UserError(f"Nomor {ticket.code} bukan untuk layanan '{service.title}'. Pilih layanan lagi.")
            row = self._applicant(uow, clean, now)
            existing = list(uow.intakes.open_of([row.id], service.id))
            if existing:
                intake = existing[0]
                intake.variant = chosen
                intake.ticket_id = ticket_id or intake.ticket_id
                intake.updated_at = now
                self._ensure_items(uow, intake, service)
                action = "intake.continue"
            else:
                intake = models.Intake(
                    service_id=service.id,
                    variant=chosen,
                    applicant_id=row.id,
                    ticket_id=ticket_id,
                    status=IntakeStatus.OPEN.value,
                    created_by=actor.user_id,
                    created_at=now,
                    updated_at=now,
                )
                uow.intakes.add(intake)
                self._ensure_items(uow, intake, service)
                action = "intake.start"
            uow.session.flush()
            self._ctx.audit(uow, actor, action, "intake", intake.id, service=service.code)
            view = self._view(uow, intake, clean.warnings)
            uow.commit()
        self._ctx.hub.publish(Changes(applications=True))
        return view

    def save_items(self, actor: Principal, intake_id: uuid.UUID, marks: Sequence[ItemMark]) -> IntakeView:
        """Store the marks and notes of checklist items (all or nothing)."""
        actor.require(Permission.INTAKE)
        cleaned = [(m, _text(m.note, "Catatan berkas", NOTE_MAX, required=False)) for m in marks]
        with self._ctx.uow() as uow:
            intake = self._intake(uow, intake_id, lock=True)
            self._require_open(intake)
            by_id = {i.requirement_id: i for i in intake.items}
            for mark, note in cleaned:
                item = by_id.get(mark.requirement_id)
                if item is None:
                    raise UserError("Butir persyaratan itu bukan bagian dari daftar ini. Muat ulang daftar periksa.")
                item.present, item.note = bool(mark.present), note
            intake.status = IntakeStatus.OPEN.value  # an incomplete intake continues where it stopped
            intake.updated_at = self._ctx.clock.now()
            self._ctx.audit(uow, actor, "intake.items", "intake", intake.id, count=len(cleaned))
            uow.session.flush()
            view = self._view(uow, intake)
            uow.commit()
        self._ctx.hub.publish(Changes(applications=True))
        return view

    def add_attachment(
        self,
        actor: Principal,
        intake_id: uuid.UUID,
        requirement_id: uuid.UUID,
        *,
        filename: str,
        data: bytes | None = None,
        path: str | None = None,
        content_type: str = "",
    ) -> AttachmentInfo:
        """Attach a scan or photo to an item: its bytes, or a path on the office share (hashed either way)."""
        actor.require(Permission.INTAKE)
        filename = _text(filename, "Nama berkas", 255, required=True)
        if (data is None) == (path is None):
            raise UserError("Pilih satu berkas hasil pindai atau foto untuk dilampirkan.")
        if path is not None:
            try:
                digest_source = Path(path).read_bytes()
            except OSError as exc:
                raise UserError(f"Berkas {path} tidak dapat dibaca. Periksa lokasi berkas.") from exc
        else:
            assert data is not None
            digest_source = data
        if not digest_source:
            raise UserError("Berkas lampiran kosong. Pindai atau foto ulang.")
        if len(digest_source) > ATTACHMENT_MAX_BYTES:
            raise UserError("Berkas lampiran lebih dari 10 MB. Pindai dengan resolusi lebih rendah.")
        with self._ctx.uow() as uow:
            intake = self._intake(uow, intake_id, lock=True)
            self._require_open(intake)
            if requirement_id not in {i.requirement_id for i in intake.items}:
                raise UserError("Butir persyaratan itu bukan bagian dari daftar ini. Muat ulang daftar periksa.")
            row = models.IntakeAttachment(
                intake_id=intake.id,
                requirement_id=requirement_id,
                filename=filename,
                content_type=content_type[:100],
                data=data,
                path=path,
                sha256=hashlib.sha256(digest_source).hexdigest(),
                size=len(digest_source),
                added_at=self._ctx.clock.now(),
            )
            uow.intakes.add_attachment(row)
            self._ctx.audit(uow, actor, "intake.attach", "intake", intake.id, attachment=str(row.id))
            info = self._attachment_info(row)
            uow.commit()
        self._ctx.hub.publish(Changes(applications=True))
        return info

    def finish(self, actor: Principal, intake_id: uuid.UUID) -> IntakeOutcome:
        """End the intake: with every item ticked an application and its receipt, otherwise the missing list.

        A linked ticket ends as served, or as incomplete when something is missing; the incomplete intake
        stays findable by NIK or organisation and continues when the applicant comes back.
        """
        actor.require(Permission.INTAKE)
        now = self._ctx.clock.now()
        with self._ctx.uow() as uow:
            intake = self._intake(uow, intake_id, lock=True)
            self._require_open(intake)
            service = self._service(uow, intake.service_id)
            applicant = uow.applicants.get(intake.applicant_id)
            assert applicant is not None
            view = self._view(uow, intake)
            missing = view.missing
            ticket_code = ""
            if intake.ticket_id is not None:
                outcome = tickets.Outcome.INCOMPLETE if missing else tickets.Outcome.SERVED
                ticket = uow.tickets.get(intake.ticket_id)
                ticket_code = ticket.code if ticket else ""
                tickets.end_linked_ticket(self._ctx, uow, actor, intake.ticket_id, outcome)
            intake.updated_at = now
            application_summary = None
            receipt = None
            missing_list = None
            if missing:
                intake.status = IntakeStatus.INCOMPLETE.value
                missing_list = documents.MissingListData(
                    office=documents.OFFICE_NAME,
                    applicant_name=applicant.name,
                    service_title=service.title,
                    variant_label=view.variant_label,
                    missing=tuple(documents.MissingItem(i.text, i.note) for i in missing),
                    received=tuple(i.text for i in view.items if i.present),
                    checked_at=now,
                    ticket_code=ticket_code,
                    clerk_name=actor.full_name,
                )
                self._ctx.audit(uow, actor, "intake.incomplete", "intake", intake.id, missing=len(missing))
            else:
                intake.status = IntakeStatus.COMPLETED.value
                application = applications.create_application(
                    self._ctx, uow, actor, service, applicant_id=applicant.id, intake_id=intake.id
                )
                application_summary = applications.ApplicationService(self._ctx)._summary(uow, application)
                receipt = documents.ReceiptData(
                    office=documents.OFFICE_NAME,
                    tracking_number=application.tracking_number,
                    applicant_name=applicant.name,
                    service_title=service.title,
                    variant_label=view.variant_label,
                    documents=tuple(i.text for i in view.items),
                    received_at=application.received_at,
                    due_at=application.due_at,
                    time_limit_text=service.content["time_limit"]["text"],
                    status_help=documents.STATUS_HELP,
                    complaint_handling=(service.content.get("complaint_handling") or "").strip()
                    or documents.COMPLAINT_FALLBACK,
                    clerk_name=actor.full_name,
                )
                self._ctx.audit(uow, actor, "intake.complete", "intake", intake.id, application=str(application.id))
            uow.session.flush()
            view = self._view(uow, intake)
            uow.commit()
        self._ctx.hub.publish(Changes(applications=True, tickets=intake.ticket_id is not None))
        return IntakeOutcome(view, application_summary, receipt, missing_list)

    # ---- helpers ---------------------------------------------------------------------------------

    @staticmethod
    def _variant(choices: list[VariantChoice], variant: str | None) -> str:
        if len(choices) == 1 and choices[0].variant == "":
            if variant:
                raise UserError("Layanan ini hanya punya satu daftar persyaratan; jangan pilih jenis pemohon.")
            return ""
        if not variant:
            labels = " atau ".join(c.label or c.variant for c in choices)
            raise UserError(f"Pilih dulu jenis pemohon: {labels}.")
        if variant not in {c.variant for c in choices}:
            raise UserError("Jenis pemohon itu tidak ada pada standar layanan ini. Pilih dari daftar.")
        return variant

    @staticmethod
    def _applicant(uow: UnitOfWork, clean: _CleanApplicant, now: dt.datetime) -> models.Applicant:
        if clean.kind is ApplicantKind.PERSON:
            assert clean.nik is not None
            row = uow.applicants.by_nik(clean.nik)
        else:
            identifiers = {"nib": clean.nib or "", "npwp": clean.npwp or "", "npsn": clean.npsn or ""}
            found = uow.applicants.organisations(clean.kind.value, identifiers, fold(clean.name))
            row = found[0] if found else None
        if row is None:
            row = models.Applicant(kind=clean.kind.value, created_at=now)
            fields_ = ("nik", "birth_date", "sex", "nib", "npwp", "npsn")
            for name in fields_:
                setattr(row, name, getattr(clean, name))
        else:
            # The desk has the newest details: keep what was typed today, keep old identifiers when left empty.
            for name in ("birth_date", "sex", "nib", "npwp", "npsn"):
                value = getattr(clean, name)
                if value is not None:
                    setattr(row, name, value)
        row.name, row.name_folded = clean.name, fold(clean.name)
        row.phone = clean.phone or row.phone or ""
        row.address = clean.address or row.address or ""
        row.contact_person = clean.contact_person or row.contact_person or ""
        row.updated_at = now
        uow.applicants.add(row)
        return row

    @staticmethod
    def _ensure_items(uow: UnitOfWork, intake: models.Intake, service: models.Service) -> None:
        have = {i.requirement_id for i in intake.items}
        for r in service.requirements:
            if r.active and r.variant == intake.variant and r.id not in have:
                intake.items.append(models.IntakeItem(requirement_id=r.id, present=False, note=""))
        uow.session.flush()

    @staticmethod
    def _require_open(intake: models.Intake) -> None:
        if intake.status == IntakeStatus.COMPLETED:
            raise Conflict("Pemeriksaan berkas ini sudah selesai dan menjadi permohonan. Buka permohonannya.")

    @staticmethod
    def _service(uow: UnitOfWork, service_id: uuid.UUID) -> models.Service:
        service = uow.services.get_full(service_id)
        if service is None:
            raise NotFound("Layanan tidak ditemukan. Muat ulang katalog.")
        return service

    @staticmethod
    def _intake(uow: UnitOfWork, intake_id: uuid.UUID, *, lock: bool = False) -> models.Intake:
        intake = uow.intakes.lock(intake_id) if lock else uow.intakes.get(intake_id)
        if intake is None:
            raise NotFound("Pemeriksaan berkas tidak ditemukan. Cari lagi dengan NIK atau nama lembaga.")
        return intake

    @staticmethod
    def _attachment_info(a: models.IntakeAttachment) -> AttachmentInfo:
        return AttachmentInfo(a.id, a.requirement_id, a.filename, a.content_type, a.sha256, a.size, a.path)

    def _view(self, uow: UnitOfWork, intake: models.Intake, warnings: tuple[str, ...] = ()) -> IntakeView:
        service = self._service(uow, intake.service_id)
        applicant = uow.applicants.get(intake.applicant_id)
        assert applicant is not None
        marks = {i.requirement_id: i for i in intake.items}
        files: dict[uuid.UUID, list[AttachmentInfo]] = {}
        for a in uow.intakes.attachments(intake.id):
            files.setdefault(a.requirement_id, []).append(self._attachment_info(a))
        items = tuple(
            ChecklistItem(
                requirement_id=r.id,
                position=r.position,
                text=r.text,
                sub_items=tuple(r.sub_items),
                present=marks[r.id].present,
                note=marks[r.id].note,
                attachments=tuple(files.get(r.id, ())),
            )
            for r in sorted(service.requirements, key=lambda r: r.position)
            if r.variant == intake.variant and r.active and r.id in marks
        )
        label = next((r.variant_label for r in service.requirements if r.variant == intake.variant), "")
        return IntakeView(
            id=intake.id,
            service_id=service.id,
            service_code=service.code,
            service_title=service.title,
            variant=intake.variant,
            variant_label=label,
            applicant=_applicant_info(applicant),
            ticket_id=intake.ticket_id,
            status=IntakeStatus(intake.status),
            items=items,
            created_at=intake.created_at,
            updated_at=intake.updated_at,
            warnings=warnings,
        )
