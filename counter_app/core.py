"""The core services bundled together, built on one store (no Qt; app.py builds and wires it)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from sqlalchemy import Engine

from counter_app import (
    applications,
    audit,
    auth,
    catalogue,
    complaints,
    counters,
    intake,
    jobseekers,
    letters,
    reports,
    store_errors,
    survey,
    tickets,
)
from counter_app.auth import UserAdminService
from counter_app.changes import ChangeHub
from counter_app.clock import Clock, SystemClock
from counter_app.context import ServiceContext
from counter_app.db import engine as db_engine
from counter_app.db import migrate
from counter_app.db.unit_of_work import UnitOfWorkFactory
from counter_app.roles import COMMAND_LINE
from counter_app.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Core:
    """Every core service of one running program."""

    settings: Settings
    db_url: str
    engine: Engine
    ctx: ServiceContext
    auth: auth.AuthService
    users: UserAdminService  # not auth.UserAdminService: inside the class, ``auth`` is the field above
    catalogue: catalogue.CatalogueService
    counters: counters.CounterAdminService
    audit: audit.AuditService
    queue: tickets.QueueService
    intake: intake.IntakeService
    applications: applications.ApplicationService
    jobseekers: jobseekers.JobSeekerService
    survey: survey.SurveyService
    complaints: complaints.ComplaintService
    reports: reports.ReportService
    letters: letters.LetterService

    @property
    def store_kind(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return db_engine.engine_kind(self.db_url)

    def store_reachable(self) -> bool:
        """Return True when a trivial query on the store succeeds (status bar)."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
            return True
        except Exception:  # any driver error means "not reachable" for the status bar
            log.warning("store not reachable", exc_info=True)
            return False

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()


def build_core(
    settings: Settings,
    *,
    clock: Clock | None = None,
    data_dir: Path | None = None,
    upgrade: bool = True,
    load_catalogue: bool = True,
    hasher: PasswordHasher | None = None,
) -> Core:
    """Open the store (migrating it and loading the catalogue unless told not to) and build the services.

    Raises:
        StoreUnavailable: the store cannot be reached, opened or upgraded (server down, wrong URL or password,
            file locked or not writable, failed safety copy); the message says what to do. Nothing stays open.
    """
    url = ""
    engine: Engine | None = None
    try:
        url = settings.resolved_db_url(data_dir)
        engine = db_engine.make_engine(url)
        if upgrade:
            migrate.upgrade_store(engine)  # an older SQLite store is copied first (safety copy)
        return _build(settings, url, engine, clock=clock, load_catalogue=load_catalogue, hasher=hasher)
    except store_errors.OPEN_ERRORS as exc:
        if engine is not None:
            engine.dispose()
        if isinstance(exc, OSError) and url:
            raise  # an OSError after the URL is known is not about the store (e.g. the catalogue file)
        raise store_errors.explain(exc, url, source=store_errors.setting_source(settings)) from exc
    except BaseException:
        if engine is not None:
            engine.dispose()
        raise


def _build(
    settings: Settings,
    url: str,
    engine: Engine,
    *,
    clock: Clock | None,
    load_catalogue: bool,
    hasher: PasswordHasher | None,
) -> Core:
    """Build the services on an open, upgraded store (and load the bundled catalogue and letters)."""
    hasher = hasher or PasswordHasher()
    ctx = ServiceContext(
        uow=UnitOfWorkFactory(engine), clock=clock or SystemClock(), station=settings.station_name, hub=ChangeHub()
    )
    core = Core(
        settings=settings,
        db_url=url,
        engine=engine,
        ctx=ctx,
        auth=auth.AuthService(
            ctx,
            max_failed_logins=settings.max_failed_logins,
            lockout_minutes=settings.lockout_minutes,
            hasher=hasher,
        ),
        users=auth.UserAdminService(ctx, hasher=hasher),
        catalogue=catalogue.CatalogueService(ctx),
        counters=counters.CounterAdminService(ctx),
        audit=audit.AuditService(ctx),
        queue=tickets.QueueService(ctx),
        intake=intake.IntakeService(ctx),
        applications=applications.ApplicationService(ctx),
        jobseekers=jobseekers.JobSeekerService(ctx),
        survey=survey.SurveyService(ctx),
        complaints=complaints.ComplaintService(ctx),
        reports=reports.ReportService(ctx),
        letters=letters.LetterService(ctx),
    )
    if load_catalogue:
        report = core.catalogue.load_if_changed(COMMAND_LINE)
        if report is not None:
            log.info("catalogue: %d added, %d updated", len(report.added), len(report.updated))
        # Letter templates and registers are data: the bundled ones are added once, never overwritten.
        added = core.letters.load_default_templates(COMMAND_LINE)
        if added:
            log.info("letters: %d default templates/registers added", added)
    return core
