"""One unit of work per user action: a session, its repositories, commit or roll back."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from counter_app.db import report_queries, repositories
from counter_app.db.engine import READ_ONLY


class UnitOfWork:
    """A transaction with the repositories bound to it; rolls back unless ``commit()`` was called."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.users = repositories.UserRepository(session)
        self.audit = repositories.AuditRepository(session)
        self.services = repositories.ServiceRepository(session)
        self.counters = repositories.CounterRepository(session)
        self.office_settings = repositories.OfficeSettingRepository(session)
        self.tickets = repositories.TicketRepository(session)
        self.days_off = repositories.DayOffRepository(session)
        self.applicants = repositories.ApplicantRepository(session)
        self.intakes = repositories.IntakeRepository(session)
        self.applications = repositories.ApplicationRepository(session)
        self.jobseekers = repositories.JobSeekerRepository(session)
        self.survey = repositories.SurveyRepository(session)
        self.complaints = repositories.ComplaintRepository(session)
        self.letters = repositories.LetterRepository(session)
        self.reports = report_queries.ReportQueries(session)

    def commit(self) -> None:
        """Make the work permanent."""
        self.session.commit()

    def rollback(self) -> None:
        """Throw the work away."""
        self.session.rollback()


class UnitOfWorkFactory:
    """Makes units of work on one engine; ``read_only=True`` avoids taking SQLite's write lock."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)

    def __call__(self, *, read_only: bool = False) -> _UnitOfWorkContext:
        return _UnitOfWorkContext(self._sessions, read_only)


class _UnitOfWorkContext:
    def __init__(self, sessions: sessionmaker[Session], read_only: bool) -> None:
        self._sessions = sessions
        self._read_only = read_only
        self._session: Session | None = None

    def __enter__(self) -> UnitOfWork:
        self._session = self._sessions()
        if self._read_only:
            self._session.connection(execution_options={READ_ONLY: True})
        return UnitOfWork(self._session)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._session is not None
        try:
            self._session.rollback()
        finally:
            self._session.close()
