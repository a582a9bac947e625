"""SQLAlchemy 2 typed models; the schema itself is created only by Alembic migrations."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Sequence,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> uuid.UUID:
    """Primary keys are UUIDs so any station can create rows without asking the server."""
    return uuid.uuid4()


class Base(DeclarativeBase):
    """Base of every model; constraint names are fixed so migrations are stable on both engines."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


def table_of(model: type[Base]) -> Table:
    """The Table of a mapped class (``__table__`` is typed as any FromClause; ours are all plain tables)."""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to a plain table")
    return table


class User(Base):
    """A member of staff who signs in; the role decides the screens and permissions."""

    __tablename__ = "user_account"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str] = mapped_column(String(32), default="")
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AuditEntry(Base):
    """Append-only record of every login, change and print: who, when, what."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_at", "at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    station: Mapped[str] = mapped_column(String(100), default="")
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    username: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


counter_service = Table(
    "counter_service",
    Base.metadata,
    Column("counter_id", Uuid, ForeignKey("counter.id", ondelete="CASCADE"), primary_key=True),
    Column("service_id", Uuid, ForeignKey("service.id", ondelete="CASCADE"), primary_key=True),
)


class Service(Base):
    """One service standard: the text as written (``content``) plus the office's operational fields."""

    __tablename__ = "service"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    # Operational fields: set from the file on first load, then owned by the office (admin screen).
    code: Mapped[str] = mapped_column(String(16), unique=True)
    ticket_prefix: Mapped[str | None] = mapped_column(String(2), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Text fields: always follow the newest catalogue file.
    title: Mapped[str] = mapped_column(Text)
    office: Mapped[str] = mapped_column(String(200))
    bidang: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(String(200))
    is_public: Mapped[bool] = mapped_column(Boolean)
    time_limit_value: Mapped[int | None] = mapped_column(Integer)
    time_limit_unit: Mapped[str | None] = mapped_column(String(8))
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer, default=0)
    loaded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # Queue rules of a public service (office settings, kept across catalogue loads).
    daily_quota: Mapped[int | None] = mapped_column(Integer)
    cutoff_time: Mapped[dt.time | None] = mapped_column(Time)
    avg_service_minutes: Mapped[int] = mapped_column(Integer, default=10)

    requirements: Mapped[list[ServiceRequirement]] = relationship(
        back_populates="service", order_by="(ServiceRequirement.variant, ServiceRequirement.position)"
    )
    steps: Mapped[list[ServiceStep]] = relationship(back_populates="service", order_by="ServiceStep.position")
    counters: Mapped[list[Counter]] = relationship(secondary=counter_service, back_populates="services")


class ServiceRequirement(Base):
    """One requirement item of a service, stable across catalogue updates (checklists point at it)."""

    __tablename__ = "service_requirement"
    __table_args__ = (UniqueConstraint("service_id", "variant", "position"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    variant: Mapped[str] = mapped_column(String(32), default="")
    variant_label: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    sub_items: Mapped[list[Any]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    service: Mapped[Service] = relationship(back_populates="requirements")


class ServiceStep(Base):
    """One procedure step of a service and its actor; applications move through these."""

    __tablename__ = "service_step"
    __table_args__ = (UniqueConstraint("service_id", "position"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    service: Mapped[Service] = relationship(back_populates="steps")


class Counter(Base):
    """A loket: a desk with a number, serving some services."""

    __tablename__ = "counter"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Normal tickets called since the last priority ticket (for "one priority after N normal").
    normal_since_priority: Mapped[int] = mapped_column(Integer, default=0)

    services: Mapped[list[Service]] = relationship(secondary=counter_service, back_populates="counters")


class OfficeSetting(Base):
    """Office-wide settings shared by every station (key and JSON value)."""

    __tablename__ = "office_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class LocalDayOff(Base):
    """A day the office is closed besides national holidays and cuti bersama (set by the Admin)."""

    __tablename__ = "local_day_off"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class TicketCounter(Base):
    """The last number issued per service and day; the issuing transaction bumps it (gapless, unique)."""

    __tablename__ = "ticket_counter"

    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service.id"), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


class Ticket(Base):
    """A queue ticket; its number (``code``) never changes, not even on transfer."""

    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("origin_service_id", "day", "number"),
        Index("ix_ticket_day_status", "day", "status"),
        Index("ix_ticket_service_status", "service_id", "status", "issued_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    day: Mapped[dt.date] = mapped_column(Date)
    number: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(8))
    origin_service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service.id"))
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service.id"))
    target_counter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("counter.id"))
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str | None] = mapped_column(String(16))
    counter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("counter.id"))
    clerk_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)
    queued_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    called_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    call_count: Mapped[int] = mapped_column(Integer, default=0)
    serving_started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(String(200), default="")


class TicketEvent(Base):
    """Append-only history of a ticket: every state change with who, where and when."""

    __tablename__ = "ticket_event"
    __table_args__ = (Index("ix_ticket_event_ticket", "ticket_id", "at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ticket.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(16))
    from_status: Mapped[str] = mapped_column(String(16), default="")
    to_status: Mapped[str] = mapped_column(String(16), default="")
    counter_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


CALL_SEQUENCE = Sequence("call_event_seq", metadata=Base.metadata)  # PostgreSQL only; SQLite ignores it


class CallEvent(Base):
    """Append-only: a ticket called (or recalled) to a loket; the TV display reads these."""

    __tablename__ = "call_event"
    __table_args__ = (Index("ix_call_event_at", "at"), Index("ix_call_event_seq", "seq", unique=True))

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ticket.id"))
    counter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("counter.id"))
    code: Mapped[str] = mapped_column(String(8))
    counter_number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))
    # PostgreSQL: nextval(CALL_SEQUENCE), taken by the server as the row is inserted, whatever clock stamped
    # ``at``; the display's feed reads by it. NULL on SQLite, whose feed reads by the rowid (see db.queue_calls).
    seq: Mapped[int | None] = mapped_column(BigInteger, CALL_SEQUENCE)


class Applicant(Base):
    """Who applies: a person (NIK) or an organisation (company, school with a BKK, LPK, union)."""

    __tablename__ = "applicant"
    __table_args__ = (
        Index("ix_applicant_nik", "nik"),
        Index("ix_applicant_name_folded", "name_folded"),
        Index("ix_applicant_nib", "nib"),
        Index("ix_applicant_npwp", "npwp"),
        Index("ix_applicant_npsn", "npsn"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(16))  # person / company / school / lpk / union
    nik: Mapped[str | None] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200))  # lower case, single spaces: for look-ups
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(1))
    phone: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    nib: Mapped[str | None] = mapped_column(String(32))
    npwp: Mapped[str | None] = mapped_column(String(32))
    npsn: Mapped[str | None] = mapped_column(String(16))
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Intake(Base):
    """A requirement checklist session at the desk; left open or incomplete until the applicant comes back."""

    __tablename__ = "intake"
    __table_args__ = (Index("ix_intake_applicant_status", "applicant_id", "status"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service.id"))
    variant: Mapped[str] = mapped_column(String(32), default="")
    applicant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applicant.id"))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ticket.id"))
    status: Mapped[str] = mapped_column(String(16))  # open / incomplete / completed
    created_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)

    items: Mapped[list[IntakeItem]] = relationship(cascade="all, delete-orphan")


class IntakeItem(Base):
    """The clerk's mark on one requirement item of an intake."""

    __tablename__ = "intake_item"

    intake_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("intake.id", ondelete="CASCADE"), primary_key=True)
    requirement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_requirement.id"), primary_key=True)
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class IntakeAttachment(Base):
    """A scan or photo of one requirement item (bytes in the store, or a path on the office share)."""

    __tablename__ = "intake_attachment"
    __table_args__ = (Index("ix_intake_attachment_intake", "intake_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    intake_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("intake.id", ondelete="CASCADE"))
    requirement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_requirement.id"))
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100), default="")
    data: Mapped[bytes | None] = mapped_column(LargeBinary)
    path: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ApplicationCounter(Base):
    """The last tracking number per service code and year; bumped in the creating transaction (gapless)."""

    __tablename__ = "application_counter"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


class Application(Base):
    """A received application (or an internal work item) moving through its standard's procedure steps."""

    __tablename__ = "application"
    __table_args__ = (
        Index("ix_application_status_due", "status", "due_at"),
        Index("ix_application_service_status", "service_id", "status"),
        Index("ix_application_applicant", "applicant_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    tracking_number: Mapped[str] = mapped_column(String(32), unique=True)
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service.id"))
    intake_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("intake.id"))
    applicant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("applicant.id"))
    subject: Mapped[str] = mapped_column(String(300), default="")
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    due_at: Mapped[dt.datetime] = mapped_column(DateTime)
    step_position: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))  # in_progress / returned / rejected / completed
    product_number: Mapped[str | None] = mapped_column(String(100))
    product_date: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ApplicationStep(Base):
    """Append-only history of an application: every receive, advance, send-back, reject and completion."""

    __tablename__ = "application_step"
    __table_args__ = (UniqueConstraint("application_id", "seq"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("application.id"))
    seq: Mapped[int] = mapped_column(Integer)  # 1, 2, ... per application: the order of the history
    step_position: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    actor_name: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime)


# ---- SKM survey and complaints (issue 7) ---------------------------------------------------------------------


class SurveyResponse(Base):
    """One SKM form: nine answers (1-4; NULL = not answered) and the respondent's profile, no name."""

    __tablename__ = "survey_response"
    __table_args__ = (
        UniqueConstraint("ticket_id"),
        Index("ix_survey_response_day_service", "day", "service_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    submitted_at: Mapped[dt.datetime] = mapped_column(DateTime)
    day: Mapped[dt.date] = mapped_column(Date)
    service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service.id"))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ticket.id"))
    station: Mapped[str] = mapped_column(String(100), default="")
    u1: Mapped[int | None] = mapped_column(Integer)
    u2: Mapped[int | None] = mapped_column(Integer)
    u3: Mapped[int | None] = mapped_column(Integer)
    u4: Mapped[int | None] = mapped_column(Integer)
    u5: Mapped[int | None] = mapped_column(Integer)
    u6: Mapped[int | None] = mapped_column(Integer)
    u7: Mapped[int | None] = mapped_column(Integer)
    u8: Mapped[int | None] = mapped_column(Integer)
    u9: Mapped[int | None] = mapped_column(Integer)
    age_band: Mapped[str] = mapped_column(String(8))
    sex: Mapped[str] = mapped_column(String(1))
    education: Mapped[str] = mapped_column(String(8))
    occupation: Mapped[str] = mapped_column(String(16))
    suggestion: Mapped[str] = mapped_column(Text, default="")


class Complaint(Base):
    """A complaint, suggestion or praise from one of the standards' channels, numbered per year."""

    __tablename__ = "complaint"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_complaint_received_at", "received_at"),
        Index("ix_complaint_status", "status"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service.id"))
    name: Mapped[str] = mapped_column(String(200), default="")
    contact: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # baru / diproses / selesai
    response: Mapped[str] = mapped_column(Text, default="")
    first_response_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ComplaintFollowUp(Base):
    """Append-only history of a complaint: recorded, each follow-up note, the closing response."""

    __tablename__ = "complaint_follow_up"
    __table_args__ = (Index("ix_complaint_follow_up_complaint", "complaint_id", "at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    complaint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaint.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    actor_name: Mapped[str] = mapped_column(String(200), default="")


# ---- AK/1 job seekers (issue 5) ------------------------------------------------------------------------------


class JobSeeker(Base):
    """One AK/1 registration: the interview profile, the card's number and dates, and where it stands.

    A renewal is a NEW row (``previous_id`` points at the old one), so every registration stays countable
    for the IPK tables. Searched and counted fields are columns; the repeating interview rows are JSON.
    """

    __tablename__ = "job_seeker"
    __table_args__ = (
        Index("ix_job_seeker_nik", "nik"),
        Index("ix_job_seeker_status_due", "status", "next_report_due"),
        Index("ix_job_seeker_issued_on", "issued_on"),
        Index("ix_job_seeker_placed_on", "placed_on"),
        Index("ix_job_seeker_removed_on", "removed_on"),
        Index("ix_job_seeker_valid_until", "status", "valid_until"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    registration_number: Mapped[str] = mapped_column(String(40), unique=True)
    previous_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("job_seeker.id"))
    nik: Mapped[str] = mapped_column(String(16))
    kk: Mapped[str] = mapped_column(String(16), default="")
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200))
    birth_place: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))
    religion: Mapped[str] = mapped_column(String(2), default="")
    marital_status: Mapped[str] = mapped_column(String(16), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    kecamatan_code: Mapped[str] = mapped_column(String(16), default="")
    desa_code: Mapped[str] = mapped_column(String(16), default="")
    postcode: Mapped[str] = mapped_column(String(8), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    height_cm: Mapped[int | None] = mapped_column(Integer)
    weight_kg: Mapped[int | None] = mapped_column(Integer)
    education_level: Mapped[str] = mapped_column(String(4))  # highest EDUCATION_LEVELS code, "TS" without rows
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # education, training, languages, ...
    notes: Mapped[str] = mapped_column(Text, default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))  # aktif / ditempatkan / dihapus
    reports_done: Mapped[int] = mapped_column(Integer, default=0)
    next_report_due: Mapped[dt.date | None] = mapped_column(Date)
    placement_employer: Mapped[str] = mapped_column(String(200), default="")
    placement_position: Mapped[str] = mapped_column(String(200), default="")
    placed_on: Mapped[dt.date | None] = mapped_column(Date)
    removed_on: Mapped[dt.date | None] = mapped_column(Date)
    removal_reason: Mapped[str] = mapped_column(String(300), default="")
    officer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    officer_name: Mapped[str] = mapped_column(String(200), default="")
    officer_nip: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class JobSeekerNameWord(Base):
    """Each folded word of a job seeker's name, for prefix search by any word (indexed, both engines).

    ``head`` (the word's first three letters) and the registration's ``issued_on`` let one index return the
    matches of a typed word start newest first and stop after a page; the other typed words are checked per
    seeker through the (seeker_id, word) index.
    """

    __tablename__ = "job_seeker_name_word"
    __table_args__ = (
        Index("ix_job_seeker_name_word_head", "head", "issued_on", "word", "seeker_id"),
        Index("ix_job_seeker_name_word_seeker", "seeker_id", "word"),
    )

    word: Mapped[str] = mapped_column(String(64), primary_key=True)
    seeker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("job_seeker.id", ondelete="CASCADE"), primary_key=True)
    head: Mapped[str] = mapped_column(String(3))
    issued_on: Mapped[dt.date] = mapped_column(Date)


class JobSeekerReport(Base):
    """A report-back (lapor) of a registration: number 1, 2, 3 ... with the officer who recorded it."""

    __tablename__ = "job_seeker_report"
    __table_args__ = (UniqueConstraint("seeker_id", "number"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    seeker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("job_seeker.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    reported_on: Mapped[dt.date] = mapped_column(Date)
    officer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    officer_name: Mapped[str] = mapped_column(String(200), default="")
    officer_nip: Mapped[str] = mapped_column(String(32), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class JobSeekerCardPrint(Base):
    """Append-only log of AK/1 card prints: who, when, on which printer, and why a reprint."""

    __tablename__ = "job_seeker_card_print"
    __table_args__ = (Index("ix_job_seeker_card_print_seeker", "seeker_id", "at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    seeker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("job_seeker.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    station: Mapped[str] = mapped_column(String(100), default="")
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    user_name: Mapped[str] = mapped_column(String(200), default="")
    printer: Mapped[str] = mapped_column(String(200), default="")
    reprint_reason: Mapped[str] = mapped_column(String(300), default="")


class Ak1NumberCounter(Base):
    """The last local AK/1 number per year; bumped in the registering transaction (gapless, unique)."""

    __tablename__ = "ak1_number_counter"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


# ---- letters and registers (issue 6) -------------------------------------------------------------------------


class LetterSignatory(Base):
    """Who signs letters: jabatan as printed, name, golongan, NIP, and the role templates ask for."""

    __tablename__ = "letter_signatory"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    jabatan: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(String(200))
    golongan: Mapped[str] = mapped_column(String(8))
    nip: Mapped[str] = mapped_column(String(18))
    role: Mapped[str] = mapped_column(String(32))
    authority: Mapped[str] = mapped_column(String(8), default="")
    on_behalf_of: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class LetterRegister(Base):
    """A buku register: its number template and classification codes (old and new scheme)."""

    __tablename__ = "letter_register"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    key: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    number_template: Mapped[str] = mapped_column(String(200))
    klasifikasi_old: Mapped[str] = mapped_column(String(32))
    klasifikasi_new: Mapped[str] = mapped_column(String(32))
    unit_code: Mapped[str] = mapped_column(String(32), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class LetterRegisterCounter(Base):
    """The last number of a register in a year; bumped in the issuing transaction (gapless, unique)."""

    __tablename__ = "letter_register_counter"

    register_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("letter_register.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


class LetterTemplate(Base):
    """A letter template as data: texts with placeholders in ``content``, its register and signatory role."""

    __tablename__ = "letter_template"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    service_key: Mapped[str] = mapped_column(String(64))
    layout: Mapped[str] = mapped_column(String(16))
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    register_key: Mapped[str] = mapped_column(String(32))
    signatory_role: Mapped[str] = mapped_column(String(32))
    paper: Mapped[str] = mapped_column(String(4), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class LetterDocument(Base):
    """An issued paper: its register number, archived PDF with SHA-256, the data snapshot, and its status."""

    __tablename__ = "letter_document"
    __table_args__ = (
        UniqueConstraint("register_id", "year", "seq"),
        UniqueConstraint("verification_code"),
        Index("ix_letter_document_status", "status"),
        Index("ix_letter_document_application", "application_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    register_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("letter_register.id"))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(100))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    template_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("letter_template.id"))
    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("application.id"))
    signatory_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("letter_signatory.id"))
    hal: Mapped[str] = mapped_column(Text, default="")
    addressee: Mapped[str] = mapped_column(Text, default="")
    applicant_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16))  # issued / printed / cancelled
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    verification_code: Mapped[str] = mapped_column(String(16))
    printed_count: Mapped[int] = mapped_column(Integer, default=0)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class LetterPrint(Base):
    """Append-only print log of a document: every attempt, its printer, outcome and reprint reason."""

    __tablename__ = "letter_print"
    __table_args__ = (UniqueConstraint("document_id", "seq"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("letter_document.id"))
    seq: Mapped[int] = mapped_column(Integer)  # 1, 2, ... per document: the order of the attempts
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    printer: Mapped[str] = mapped_column(String(200), default="")
    ok: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    username: Mapped[str] = mapped_column(String(64), default="")
    station: Mapped[str] = mapped_column(String(100), default="")


# ---- supervisor's reports (issue 7): indexes only (migration 0007_reports) ----------------------------------

# The report groups tickets by these columns in this order and reads the times from the index alone, so
# SQLite aggregates while scanning it (no temporary sort) and PostgreSQL can use an index-only scan.
Index(
    "ix_ticket_report",
    Ticket.service_id,
    Ticket.counter_id,
    Ticket.clerk_id,
    Ticket.status,
    Ticket.outcome,
    Ticket.day,
    Ticket.issued_at,
    Ticket.called_at,
    Ticket.serving_started_at,
    Ticket.finished_at,
)
Index("ix_ticket_event_kind_at", TicketEvent.kind, TicketEvent.at)
# Applications received and completed in a period, per service: range scans that never touch the table.
Index("ix_application_report_received", Application.received_at, Application.service_id)
Index(
    "ix_application_report_done",
    Application.status,
    Application.updated_at,
    Application.service_id,
    Application.due_at,
)
# AK/1 report-backs in a period (the supervisor's report counts them by date).
Index("ix_job_seeker_report_reported_on", JobSeekerReport.reported_on)
