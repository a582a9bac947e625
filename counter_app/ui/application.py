"""The Qt application: fonts and style, the error path, sign-in, the idle lock and the role's screens."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QDir, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from counter_app import paths
from counter_app.applications import ApplicationService
from counter_app.audit import AuditService
from counter_app.auth import AuthService, UserAdminService
from counter_app.catalogue import CatalogueService
from counter_app.changes import ChangeHub
from counter_app.complaints import ComplaintService
from counter_app.counters import CounterAdminService
from counter_app.drafts import DraftStore
from counter_app.intake import IntakeService
from counter_app.jobseekers import JobSeekerService
from counter_app.letters import LetterService
from counter_app.print import output as print_output
from counter_app.reports import ReportService
from counter_app.roles import Permission, Principal
from counter_app.settings import Settings
from counter_app.survey import SurveyService
from counter_app.tickets import QueueService, TicketInfo
from counter_app.ui import account_dialogs
from counter_app.ui.ak1_reports_screen import Ak1ReportsScreen
from counter_app.ui.applications_screen import ApplicationsScreen
from counter_app.ui.audit_screen import AuditScreen
from counter_app.ui.board_screen import BoardScreen
from counter_app.ui.card_dialog import CardDialog
from counter_app.ui.catalogue_screen import CatalogueScreen
from counter_app.ui.common import ChangeBridge, ScreenDeps
from counter_app.ui.complaints_screen import ComplaintsScreen
from counter_app.ui.counters_screen import CountersScreen
from counter_app.ui.dialogs import DialogService
from counter_app.ui.errors import ErrorRouter
from counter_app.ui.home_screen import HomeScreen
from counter_app.ui.intake_screen import IntakeScreen
from counter_app.ui.ipk_screen import IpkScreen
from counter_app.ui.jobseekers_screen import JobseekersScreen
from counter_app.ui.letters_screen import LettersScreen
from counter_app.ui.login_window import FirstAdminWindow, LoginWindow
from counter_app.ui.main_window import MainWindow, ScreenEntry, StatusInfo
from counter_app.ui.messages import MessageBar
from counter_app.ui.office_screen import OfficeScreen
from counter_app.ui.queue_screen import QueueScreen
from counter_app.ui.queue_settings_screen import QueueSettingsScreen
from counter_app.ui.reports_screen import ReportsScreen
from counter_app.ui.skm_screen import SkmScreen
from counter_app.ui.tasks import TaskRunner
from counter_app.ui.users_screen import UsersScreen
from counter_app.ui.verify_screen import VerifyScreen

log = logging.getLogger(__name__)

REACHABILITY_INTERVAL_MS = 30_000
IDLE_CHECK_INTERVAL_MS = 5_000


@dataclass(frozen=True)
class Services:
    """The core services and station facts the windows need (built in app.py)."""

    auth: AuthService
    users: UserAdminService
    catalogue: CatalogueService
    counters: CounterAdminService
    audit: AuditService
    queue: QueueService
    applications: ApplicationService
    hub: ChangeHub
    station: str
    counter_number: int | None
    store_kind: str
    store_reachable: Callable[[], bool]
    idle_lock_minutes: int
    today: Callable[[], dt.date] = dt.date.today
    now: Callable[[], dt.datetime] = dt.datetime.now
    slip_printer: str = ""  # OS printer for reprinted ticket slips; empty means the default printer
    intake: IntakeService | None = None  # Berkas Masuk; None leaves the screen out
    survey: SurveyService | None = None  # SKM / IKM (issue 7); None leaves the screen out
    complaints: ComplaintService | None = None  # Pengaduan (issue 7); None leaves the screen out
    reports: ReportService | None = None  # Papan Pantau and Laporan (issue 7); None leaves the screens out
    jobseekers: JobSeekerService | None = None  # the AK/1 register (issue 5); None leaves its screens out
    drafts: DraftStore | None = None  # autosaved AK/1 interviews (issue 5); None leaves Pencari Kerja out
    letters: LetterService | None = None  # letters and registers (issue 6); None leaves their screens out
    letter_printers: dict[str, str] = field(default_factory=dict)  # this PC's printer per letter template key
    station_settings: Settings = field(default_factory=Settings)  # this PC's options (card printer, mode, offsets)
    save_station_settings: Callable[[Settings], None] | None = None  # writes them to settings.json


# Navigation order: the day's desk work first, then the back office and oversight, then reference and set-up.
NAVIGATION_ORDER = (
    "home",
    "queue",
    "intake",
    "jobseekers",
    "ak1_reports",
    "applications",
    "letters",
    "verify",
    "complaints",
    "board",
    "reports",
    "skm",
    "ipk",
    "catalogue",
    "counters",
    "queue_settings",
    "office",
    "users",
    "audit",
)


def build_screens(services: Services, deps: ScreenDeps) -> list[ScreenEntry]:
    """The screens of the signed-in user's role, in navigation order."""
    p = deps.principal
    screens = [
        ScreenEntry(
            "home",
            "Beranda",
            HomeScreen(
                deps=deps,
                catalogue=services.catalogue,
                counters=services.counters,
                station=services.station,
                counter_number=services.counter_number,
                today=services.today(),
            ),
        ),
        ScreenEntry(
            "catalogue",
            "Katalog Layanan",
            CatalogueScreen(deps=deps, catalogue=services.catalogue, counters=services.counters),
        ),
    ]
    if p.can(Permission.SERVE_QUEUE):
        printer = services.slip_printer
        queue_screen = QueueScreen(
            deps=deps,
            queue=services.queue,
            counters=services.counters,
            catalogue=services.catalogue,
            counter_number=services.counter_number,
            now=services.now,
            print_slip=lambda slip: print_output.print_slip(slip, printer),
        )
        screens.insert(1, ScreenEntry("queue", "Antrean Loket", queue_screen))
    if p.can(Permission.INTAKE) and services.intake is not None:
        intake_screen = IntakeScreen(deps=deps, intake=services.intake, catalogue=services.catalogue)
        screens.insert(2 if p.can(Permission.SERVE_QUEUE) else 1, ScreenEntry("intake", "Berkas Masuk", intake_screen))
        if p.can(Permission.SERVE_QUEUE):
            queue_screen.intake_requested.connect(lambda ticket: _open_intake(intake_screen, ticket))
    if p.can(Permission.VIEW_APPLICATIONS):
        applications_screen = ApplicationsScreen(
            deps=deps,
            applications=services.applications,
            catalogue=services.catalogue,
            now=services.now,
            letters=services.letters,
            print_letter=print_output.print_letter,
            letter_printers=services.letter_printers,
        )
        at = next(i for i, entry in enumerate(screens) if entry.key == "catalogue")
        screens.insert(at, ScreenEntry("applications", "Permohonan", applications_screen))
    if p.can(Permission.VIEW_JOBSEEKERS) and services.jobseekers is not None and services.drafts is not None:
        jobseekers_screen = JobseekersScreen(
            deps=deps, jobseekers=services.jobseekers, drafts=services.drafts, today=services.today
        )
        screens.append(ScreenEntry("jobseekers", "Pencari Kerja (AK/1)", jobseekers_screen))
        jobseekers_screen.card_print_requested.connect(
            lambda seeker_id: _open_card_dialog(services, deps, jobseekers_screen, seeker_id)
        )
    if p.can(Permission.VIEW_JOBSEEKERS) and services.jobseekers is not None:
        ak1_reports = Ak1ReportsScreen(deps=deps, jobseekers=services.jobseekers, today=services.today)
        screens.append(ScreenEntry("ak1_reports", "Lapor AK/1", ak1_reports))
    if p.can(Permission.VIEW_JOBSEEKERS) and services.jobseekers is not None:
        ipk_screen = IpkScreen(deps=deps, jobseekers=services.jobseekers, today=services.today)
        screens.append(ScreenEntry("ipk", "Laporan IPK", ipk_screen))
    if p.can(Permission.MANAGE_COUNTERS):
        screens.append(
            ScreenEntry(
                "counters", "Loket", CountersScreen(deps=deps, counters=services.counters, catalogue=services.catalogue)
            )
        )
    if p.can(Permission.MANAGE_QUEUE):
        screens.append(
            ScreenEntry(
                "queue_settings",
                "Pengaturan Antrean",
                QueueSettingsScreen(deps=deps, queue=services.queue, today=services.today),
            )
        )
    if p.can(Permission.MANAGE_USERS):
        screens.append(ScreenEntry("users", "Pengguna", UsersScreen(deps=deps, users=services.users, now=services.now)))
    if p.can(Permission.RECORD_COMPLAINTS) and services.complaints is not None:
        complaints_screen = ComplaintsScreen(
            deps=deps, complaints=services.complaints, catalogue=services.catalogue, now=services.now
        )
        screens.append(ScreenEntry("complaints", "Pengaduan", complaints_screen))
    if p.can(Permission.VIEW_REPORTS) and services.reports is not None:
        screens.append(ScreenEntry("board", "Papan Pantau", BoardScreen(deps=deps, reports=services.reports)))
        reports_screen = ReportsScreen(deps=deps, reports=services.reports, today=services.today)
        screens.append(ScreenEntry("reports", "Laporan", reports_screen))
    if p.can(Permission.VIEW_REPORTS) and services.survey is not None:
        skm_screen = SkmScreen(deps=deps, survey=services.survey, today=services.today)
        screens.append(ScreenEntry("skm", "SKM / IKM", skm_screen))
    if p.can(Permission.VIEW_DOCUMENTS) and services.letters is not None:
        letters_screen = LettersScreen(
            deps=deps,
            letters=services.letters,
            print_letter=print_output.print_letter,
            station_printers=services.letter_printers,
            today=services.today,
        )
        screens.append(ScreenEntry("letters", "Surat & Register", letters_screen))
        screens.append(ScreenEntry("verify", "Verifikasi Surat", VerifyScreen(deps=deps, letters=services.letters)))
    if p.can(Permission.MANAGE_OFFICE) and services.letters is not None:
        office_screen = OfficeScreen(
            deps=deps,
            letters=services.letters,
            catalogue=services.catalogue,
            today=services.today,
            jobseekers=services.jobseekers,
        )
        screens.append(ScreenEntry("office", "Profil Kantor", office_screen))
    if p.can(Permission.VIEW_AUDIT):
        screens.append(ScreenEntry("audit", "Jejak Audit", AuditScreen(deps=deps, audit=services.audit)))
    screens.sort(key=lambda entry: NAVIGATION_ORDER.index(entry.key))
    return screens


def _open_card_dialog(services: Services, deps: ScreenDeps, parent: QWidget, seeker_id: uuid.UUID) -> None:
    """Cetak Kartu on the register screen: preview and print the AK/1 card with this PC's card printer."""
    assert services.jobseekers is not None  # the register screen exists only with the service
    station = services.station_settings

    def save(changed: Settings) -> None:
        # Update the one shared settings object in place, so the next dialog (and the core) see what was saved.
        for option in dataclasses.fields(changed):
            setattr(station, option.name, getattr(changed, option.name))
        if services.save_station_settings is not None:
            services.save_station_settings(station)

    dialog = CardDialog(
        jobseekers=services.jobseekers,
        principal=deps.principal,
        seeker_id=seeker_id,
        settings=dataclasses.replace(station),
        save_settings=save,
        runner=deps.runner,
        dialogs=deps.dialogs,
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def _open_intake(screen: IntakeScreen, ticket: TicketInfo) -> None:
    """Buka Berkas (F10) on the counter screen: the intake of the current ticket, shown in its main window."""
    screen.start_from_ticket(ticket)
    window = screen.window()
    if isinstance(window, MainWindow):
        window.show_screen("intake")


class IdleWatcher(QObject):
    """Notices keyboard and mouse input anywhere in the application; tells when the idle limit passed.

    Signals:
        idle_reached(): no input for the configured number of minutes.
    """

    idle_reached = Signal()

    INPUT_EVENTS = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._limit_ms = minutes * 60_000
        self._elapsed = 0
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(IDLE_CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        """Begin watching (after sign-in)."""
        if self._limit_ms <= 0:
            return
        self._elapsed = 0
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (while locked or signed out)."""
        self._armed = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """QObject.eventFilter: any input resets the idle time."""
        if event.type() in self.INPUT_EVENTS:
            self._elapsed = 0
        return False

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._elapsed += self._timer.interval()
        if self._armed and self._elapsed >= self._limit_ms:
            self.stop()
            self.idle_reached.emit()


class AppController(QObject):
    """Moves between first start, sign-in, the main window and the idle lock."""

    def __init__(self, services: Services, dialogs: DialogService | None = None) -> None:
        super().__init__()
        self.services = services
        self.dialogs = dialogs or DialogService()
        self.errors = ErrorRouter(self.dialogs)
        self.runner = TaskRunner(self.errors.handle, self)
        self.bridge = ChangeBridge(services.hub, self)
        self.idle = IdleWatcher(services.idle_lock_minutes, self)
        self.idle.idle_reached.connect(self._on_idle_reached)
        self.main_window: MainWindow | None = None
        self.principal: Principal | None = None
        footer = f"Stasiun {services.station} · penyimpanan {services.store_kind}"
        self.login_window = LoginWindow(auth=services.auth, runner=self.runner, footer=footer)
        self.login_window.logged_in.connect(self._on_logged_in)
        self.first_admin_window: FirstAdminWindow | None = None
        self._reachability = QTimer(self)
        self._reachability.setInterval(REACHABILITY_INTERVAL_MS)
        self._reachability.timeout.connect(self._check_store)
        self.errors.show_user_error = self.login_window.show_error

    def start(self, needs_first_admin: bool, on_first_shown: Callable[[], None] | None = None) -> QWidget:
        """Show the first window and return it; ``on_first_shown`` runs once it is on screen."""
        window: LoginWindow | FirstAdminWindow = self.login_window
        if needs_first_admin:
            footer = f"Stasiun {self.services.station} · penyimpanan {self.services.store_kind}"
            self.first_admin_window = FirstAdminWindow(auth=self.services.auth, runner=self.runner, footer=footer)
            self.first_admin_window.admin_created.connect(self._on_logged_in)
            self.errors.show_user_error = self.first_admin_window.show_error
            window = self.first_admin_window
        if on_first_shown is not None:
            window.first_shown.connect(on_first_shown)  # before show(): offscreen shows synchronously
        window.show()
        return window

    @Slot(object)
    def _on_logged_in(self, principal: Principal) -> None:
        self.principal = principal
        messages = MessageBar()
        deps = ScreenDeps(
            principal=principal, runner=self.runner, messages=messages, dialogs=self.dialogs, changes=self.bridge
        )
        window = MainWindow(
            principal=principal,
            messages=messages,
            screens=build_screens(self.services, deps),
            status=StatusInfo(self.services.station, self.services.counter_number, self.services.store_kind),
        )
        window.logout_requested.connect(self._on_logout_requested)
        window.password_change_requested.connect(self._on_password_change_requested)
        self.errors.show_user_error = messages.error
        self.main_window = window
        window.show()
        self.login_window.hide()
        if self.first_admin_window is not None:
            self.first_admin_window.close()
            self.first_admin_window = None
        self.idle.start()
        self._reachability.start()

    @Slot()
    def _on_logout_requested(self) -> None:
        if self.main_window is None or self.principal is None:
            return
        principal = self.principal
        self.runner.run(lambda: self.services.auth.logout(principal))
        self.idle.stop()
        self._reachability.stop()
        self.main_window.close_for_logout()
        self.main_window.deleteLater()
        self.main_window = None
        self.principal = None
        self.errors.show_user_error = self.login_window.show_error
        self.login_window.reset()
        self.login_window.show()

    @Slot()
    def _on_password_change_requested(self) -> None:
        if self.main_window is None or self.principal is None:
            return
        account_dialogs.ChangePasswordDialog(
            auth=self.services.auth, runner=self.runner, principal=self.principal, parent=self.main_window
        ).exec()

    @Slot()
    def _on_idle_reached(self) -> None:
        if self.main_window is None or self.principal is None:
            return
        principal = self.principal
        self.runner.run(lambda: self.services.auth.record_idle_lock(principal))
        dialog = account_dialogs.LockDialog(
            auth=self.services.auth, runner=self.runner, principal=principal, parent=self.main_window
        )
        dialog.sign_out_requested.connect(self._on_logout_requested)
        dialog.unlocked.connect(self.idle.start)
        dialog.open()

    @Slot()
    def _check_store(self) -> None:
        window = self.main_window
        if window is not None:
            self.runner.run(self.services.store_reachable, window.set_store_reachable, lambda _exc: None)

    def shutdown(self) -> None:
        """Stop timers and wait for running jobs before the process exits."""
        self.idle.stop()
        self._reachability.stop()
        self.runner.wait_for_done()
        self.bridge.detach()


def load_fonts_and_style(app: QApplication) -> None:
    """Use the bundled DejaVu fonts (readable on every PC, full Indonesian glyphs) and the app style."""
    families: list[str] = []
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(paths.resource(f"fonts/{name}")))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if families:
        app.setFont(QFont(families[0], 10))
    style = paths.resource("styles/app.qss")
    QDir.addSearchPath("icons", str(paths.resource("icons")))  # app.qss names images as url(icons:…)
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))


def run(services: Services, *, quit_after_start: bool = False) -> int:
    """Create the QApplication, show the first window and run the event loop."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("counter_app")
    app.setApplicationDisplayName("Aplikasi Loket Disnaker")
    load_fonts_and_style(app)
    controller = AppController(services)
    sys.excepthook = controller.errors.handle_bug
    app.installEventFilter(controller.idle)
    on_first_shown = None
    if quit_after_start:
        # Start-up check for the installer test and bench/startup: report, then leave cleanly.
        def on_first_shown() -> None:
            print("counter-app: login window shown", flush=True)
            QTimer.singleShot(0, app.quit)

    controller.start(services.auth.needs_first_admin(), on_first_shown)
    try:
        return app.exec()
    finally:
        controller.shutdown()
