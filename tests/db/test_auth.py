"""Sign-in, lockout, the first admin, user administration and the permission guard of every core service."""

from __future__ import annotations

import collections
import datetime as dt
import inspect
import re
import typing
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from support import catalogue as cat_support
from support import store
from support.store import PASSWORD

from counter_app import auth, catalogue, intake
from counter_app.catalogue_data import Standard
from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.errors import AuthenticationFailed, Conflict, NotFound, PermissionDenied, UserError
from counter_app.roles import COMMAND_LINE, ROLE_PERMISSIONS, Permission, Principal, Role
from counter_app.settings import Settings
from counter_app.tickets import QueueSettings

from . import guards_jobseekers, guards_letters, guards_reports, guards_survey


@pytest.fixture
def admin(core: Core) -> Principal:
    return core.auth.create_first_admin("admin", "Admin Kantor", PASSWORD)


def add_user(core: Core, actor: Principal, username: str, role: Role = Role.PETUGAS_LOKET) -> auth.UserInfo:
    return core.users.add_user(actor, username=username, full_name=f"Pegawai {username}", role=role, password=PASSWORD)


def user(core: Core, username: str) -> auth.UserInfo:
    return next(u for u in core.users.list_users(COMMAND_LINE) if u.username == username)


def audit_actions(core: Core, actor: Principal, prefix: str = "") -> collections.Counter[str]:
    return collections.Counter(r.action for r in core.audit.recent(actor, action_prefix=prefix))


def fail_login(core: Core, username: str, times: int) -> list[str]:
    messages = []
    for _ in range(times):
        with pytest.raises(AuthenticationFailed) as info:
            core.auth.login(username, "salah-sekali")
        messages.append(str(info.value))
    return messages


# --- the first admin ----------------------------------------------------------------------------------------


def test_first_admin_is_created_only_once(core: Core) -> None:
    assert core.auth.needs_first_admin()
    first = core.auth.create_first_admin("  Admin ", "  Admin   Kantor ", PASSWORD)
    assert (first.username, first.full_name, first.role) == ("admin", "Admin Kantor", Role.ADMIN)
    assert first.user_id is not None
    assert not core.auth.needs_first_admin()

    before = store.snapshot(core.engine)
    with pytest.raises(Conflict, match="sudah dibuat"):
        core.auth.create_first_admin("admin2", "Admin Kedua", PASSWORD)
    assert store.snapshot(core.engine) == before

    assert [u.username for u in core.users.list_users(first)] == ["admin"]
    entries = [r for r in core.audit.recent(first) if r.action == "user.first_admin"]
    assert [(e.username, e.entity_id) for e in entries] == [("admin", str(first.user_id))]
    assert core.auth.login("admin", PASSWORD) == first


@pytest.mark.parametrize(
    ("username", "full_name", "password", "complaint"),
    [
        ("admin kantor", "Admin Kantor", PASSWORD, "Nama pengguna"),
        ("admin", "   ", PASSWORD, "Nama lengkap"),
        ("admin", "Admin Kantor", "pendek", "Kata sandi"),
    ],
)
def test_first_admin_with_bad_input_saves_nothing(
    core: Core, username: str, full_name: str, password: str, complaint: str
) -> None:
    before = store.snapshot(core.engine)
    with pytest.raises(UserError, match=complaint):
        core.auth.create_first_admin(username, full_name, password)
    assert store.snapshot(core.engine) == before
    assert core.auth.needs_first_admin()


# --- signing in ---------------------------------------------------------------------------------------------


def test_login_ok_records_time_and_audit(core: Core, admin: Principal, clock: FixedClock) -> None:
    info = add_user(core, admin, "loket1")
    clock.advance(hours=1)
    who = core.auth.login("  LOKET1 ", PASSWORD)  # user names are case-insensitive, spaces trimmed
    assert who == Principal(user_id=info.id, username="loket1", full_name="Pegawai loket1", role=Role.PETUGAS_LOKET)
    assert user(core, "loket1").last_login_at == store.START + dt.timedelta(hours=1)
    ok = [r for r in core.audit.recent(admin) if r.action == "login.ok"]
    assert [(r.username, r.entity_id, r.station, r.at) for r in ok] == [
        ("loket1", str(info.id), store.STATION, store.START + dt.timedelta(hours=1))
    ]


def test_wrong_password_counts_down_then_locks(core: Core, admin: Principal) -> None:
    add_user(core, admin, "loket1")
    messages = fail_login(core, "loket1", 5)
    assert [re.findall(r"Sisa percobaan: (\d)\.", m) for m in messages[:4]] == [["4"], ["3"], ["2"], ["1"]]
    assert "Akun dikunci 15 menit" in messages[4]
    assert user(core, "loket1").locked_until == store.START + dt.timedelta(minutes=15)
    actions = audit_actions(core, admin, "login.")
    assert actions == {"login.failed": 4, "login.locked": 1}


def test_locked_account_is_refused_with_minutes_left(core: Core, admin: Principal, clock: FixedClock) -> None:
    add_user(core, admin, "loket1")
    fail_login(core, "loket1", 5)
    for advance, minutes_left in ((0, 15), (10 * 60, 5), (4 * 60 + 30, 1), (29, 1)):
        clock.advance(seconds=advance)
        with pytest.raises(AuthenticationFailed) as info:
            core.auth.login("loket1", PASSWORD)  # even the right password
        assert f"Coba lagi dalam {minutes_left} menit" in str(info.value)
    assert audit_actions(core, admin, "login.refused_locked") == {"login.refused_locked": 4}
    assert audit_actions(core, admin, "login.ok") == {}


def test_lock_lifts_after_the_lockout_time(core: Core, admin: Principal, clock: FixedClock) -> None:
    add_user(core, admin, "loket1")
    fail_login(core, "loket1", 5)
    clock.advance(minutes=15)
    assert core.auth.login("loket1", PASSWORD).username == "loket1"
    assert user(core, "loket1").locked_until is None
    # The count starts again from the top.
    assert "Sisa percobaan: 4" in fail_login(core, "loket1", 1)[0]


def test_successful_login_resets_the_count(core: Core, admin: Principal) -> None:
    add_user(core, admin, "loket1")
    fail_login(core, "loket1", 3)
    core.auth.login("loket1", PASSWORD)
    assert "Sisa percobaan: 4" in fail_login(core, "loket1", 1)[0]


def test_lockout_follows_the_station_settings(make_core: Callable[..., Core], db_url: str, clock: FixedClock) -> None:
    core = make_core(settings=Settings(db_url=db_url, station_name="PC-2", max_failed_logins=3, lockout_minutes=2))
    admin = core.auth.create_first_admin("admin", "Admin Kantor", PASSWORD)
    add_user(core, admin, "loket1")
    messages = fail_login(core, "loket1", 3)
    assert "Sisa percobaan: 2" in messages[0]
    assert "Akun dikunci 2 menit" in messages[2]
    clock.advance(minutes=1, seconds=59)
    fail_login(core, "loket1", 1)
    clock.advance(seconds=1)
    core.auth.login("loket1", PASSWORD)


def test_unknown_user_is_refused_without_saying_which_part_was_wrong(core: Core, admin: Principal) -> None:
    with pytest.raises(AuthenticationFailed) as info:
        core.auth.login("hantu", PASSWORD)
    assert str(info.value) == "Nama pengguna atau kata sandi salah."
    [entry] = [r for r in core.audit.recent(admin) if r.action == "login.failed"]
    assert (entry.username, entry.detail) == ("", "username_given=hantu")


def test_inactive_user_cannot_sign_in(core: Core, admin: Principal) -> None:
    info = add_user(core, admin, "loket1")
    core.users.update_user(admin, info.id, full_name=info.full_name, role=info.role, active=False)
    with pytest.raises(AuthenticationFailed) as refused:
        core.auth.login("loket1", PASSWORD)
    assert str(refused.value) == "Nama pengguna atau kata sandi salah."


def test_admin_unlocks_a_locked_account(core: Core, admin: Principal) -> None:
    info = add_user(core, admin, "loket1")
    fail_login(core, "loket1", 5)
    core.users.unlock(admin, info.id)
    assert core.auth.login("loket1", PASSWORD).user_id == info.id
    assert audit_actions(core, admin, "user.unlock") == {"user.unlock": 1}


def test_admin_resets_a_forgotten_password(core: Core, admin: Principal) -> None:
    info = add_user(core, admin, "loket1")
    fail_login(core, "loket1", 5)
    core.users.reset_password(admin, info.id, "sandi-baru-123")  # also lifts the lock
    with pytest.raises(AuthenticationFailed):
        core.auth.login("loket1", PASSWORD)
    assert core.auth.login("loket1", "sandi-baru-123").user_id == info.id
    assert audit_actions(core, admin, "user.reset_password") == {"user.reset_password": 1}


def test_reset_to_a_short_password_is_refused(core: Core, admin: Principal) -> None:
    info = add_user(core, admin, "loket1")
    before = store.snapshot(core.engine)
    with pytest.raises(UserError, match="minimal 8 karakter"):
        core.users.reset_password(admin, info.id, "pendek")
    assert store.snapshot(core.engine) == before
    core.auth.login("loket1", PASSWORD)


def test_change_own_password(core: Core, admin: Principal) -> None:
    add_user(core, admin, "loket1")
    me = core.auth.login("loket1", PASSWORD)
    with pytest.raises(AuthenticationFailed, match="lama salah"):
        core.auth.change_own_password(me, "bukan-sandinya", "sandi-baru-123")
    core.auth.change_own_password(me, PASSWORD, "sandi-baru-123")
    assert core.auth.login("loket1", "sandi-baru-123") == me


def test_session_events_are_audited(core: Core, admin: Principal) -> None:
    core.auth.record_idle_lock(admin)
    with pytest.raises(AuthenticationFailed):
        core.auth.unlock_session(admin, "salah-sekali")
    core.auth.unlock_session(admin, PASSWORD)
    core.auth.logout(admin)
    assert audit_actions(core, admin, "session.") + audit_actions(core, admin, "logout") == {
        "session.idle_lock": 1,
        "session.unlock_failed": 1,
        "session.unlock": 1,
        "logout": 1,
    }


# --- user administration ------------------------------------------------------------------------------------


def test_add_user_normalises_name_and_nip(core: Core, admin: Principal) -> None:
    info = core.users.add_user(
        admin,
        username="  Sri.Wahyuni ",
        full_name=" Dra.  Sri Wahyuni,  M.Si. ",
        role=Role.SUPERVISOR,
        password=PASSWORD,
        nip="19680512 199303 2 004",
    )
    assert (info.username, info.full_name, info.nip) == (
        "sri.wahyuni",
        "Dra. Sri Wahyuni, M.Si.",
        "196805121993032004",
    )
    # Upper case is folded to lower case rather than refused; signing in ignores case as well.
    assert core.auth.login("SRI.WAHYUNI", PASSWORD).user_id == info.id
    assert core.users.list_users(admin)[-1].role_label == "Supervisor"


def test_user_name_must_be_free_whatever_its_case(core: Core, admin: Principal) -> None:
    add_user(core, admin, "loket1")
    before = store.snapshot(core.engine)
    with pytest.raises(Conflict, match="sudah dipakai"):
        add_user(core, admin, "LOKET1")
    assert store.snapshot(core.engine) == before


BAD_USER_INPUT = [
    pytest.param({"username": "budi santoso"}, "Nama pengguna", id="space-in-name"),
    pytest.param({"username": "budi😀"}, "Nama pengguna", id="emoji"),
    pytest.param({"username": "Budi Santoso"}, "Nama pengguna", id="uppercase-and-space"),
    pytest.param({"username": "bu"}, "Nama pengguna", id="too-short"),
    pytest.param({"username": "b" * 33}, "Nama pengguna", id="too-long"),
    pytest.param({"username": "-budi"}, "Nama pengguna", id="leading-dash"),
    pytest.param({"username": "budi/santoso"}, "Nama pengguna", id="slash"),
    pytest.param({"username": "bũdi"}, "Nama pengguna", id="non-ascii"),
    pytest.param({"username": ""}, "Nama pengguna", id="empty-name"),
    pytest.param({"password": "pendek7"}, "Kata sandi minimal 8", id="short-password"),
    pytest.param({"password": " " * 12}, "Kata sandi tidak boleh hanya berisi spasi", id="blank-password"),
    pytest.param({"nip": "1" * 17}, "NIP harus 18 angka", id="nip-17-digits"),
    pytest.param({"nip": "1" * 19}, "NIP harus 18 angka", id="nip-19-digits"),
    pytest.param({"nip": "19680512 199303 2 00X"}, "NIP harus 18 angka", id="nip-letter"),
    pytest.param({"full_name": "  "}, "Nama lengkap wajib", id="blank-full-name"),
    pytest.param({"full_name": "A" * 201}, "Nama lengkap terlalu panjang", id="long-full-name"),
]


@pytest.mark.parametrize(("change", "complaint"), BAD_USER_INPUT)
def test_bad_user_input_is_refused_and_nothing_saved(
    core: Core, admin: Principal, change: dict[str, str], complaint: str
) -> None:
    fields = {
        "username": "budi",
        "full_name": "Budi",
        "role": Role.PETUGAS_LOKET,
        "password": PASSWORD,
    } | change
    before = store.snapshot(core.engine)
    with pytest.raises(UserError, match=complaint):
        core.users.add_user(admin, **fields)  # type: ignore[arg-type]
    assert store.snapshot(core.engine) == before


def test_bad_update_is_refused_and_nothing_saved(core: Core, admin: Principal) -> None:
    info = add_user(core, admin, "loket1")
    before = store.snapshot(core.engine)
    with pytest.raises(UserError, match="NIP harus 18 angka"):
        core.users.update_user(admin, info.id, full_name="Nama Baru", role=Role.ADMIN, active=True, nip="1" * 17)
    with pytest.raises(NotFound):
        core.users.update_user(admin, uuid.uuid4(), full_name="Nama Baru", role=Role.ADMIN, active=True)
    assert store.snapshot(core.engine) == before


def test_update_user_changes_fields_and_audits_which(core: Core, admin: Principal) -> None:
    info = add_user(core, admin, "loket1")
    new = core.users.update_user(
        admin, info.id, full_name="Ahmad Fauzi", role=Role.VERIFIKATOR, active=True, nip="198507222010012018"
    )
    assert (new.full_name, new.role, new.nip, new.active) == (
        "Ahmad Fauzi",
        Role.VERIFIKATOR,
        "198507222010012018",
        True,
    )
    [entry] = [r for r in core.audit.recent(admin) if r.action == "user.update"]
    assert entry.detail == "fields=['full_name', 'nip', 'role']"


def test_the_last_active_admin_cannot_be_demoted_or_deactivated(core: Core, admin: Principal) -> None:
    assert admin.user_id is not None
    before = store.snapshot(core.engine)
    for role, active in ((Role.SUPERVISOR, True), (Role.ADMIN, False), (Role.PETUGAS_LOKET, False)):
        with pytest.raises(UserError, match="satu-satunya Admin aktif"):
            core.users.update_user(admin, admin.user_id, full_name="Admin Kantor", role=role, active=active)
    assert store.snapshot(core.engine) == before
    # Editing the name keeps the admin an admin: allowed.
    assert core.users.update_user(admin, admin.user_id, full_name="Admin Utama", role=Role.ADMIN, active=True)


def test_an_admin_may_step_down_once_another_is_active(core: Core, admin: Principal) -> None:
    assert admin.user_id is not None
    second = add_user(core, admin, "admin2", Role.ADMIN)
    # An inactive second admin does not count.
    core.users.update_user(admin, second.id, full_name=second.full_name, role=Role.ADMIN, active=False)
    with pytest.raises(UserError, match="satu-satunya Admin aktif"):
        core.users.update_user(admin, admin.user_id, full_name="Admin Kantor", role=Role.SUPERVISOR, active=True)
    core.users.update_user(admin, second.id, full_name=second.full_name, role=Role.ADMIN, active=True)
    core.users.update_user(admin, admin.user_id, full_name="Admin Kantor", role=Role.SUPERVISOR, active=True)
    # Now admin2 is the last one.
    with pytest.raises(UserError, match="satu-satunya Admin aktif"):
        core.users.update_user(admin, second.id, full_name=second.full_name, role=Role.ADMIN, active=False)


# --- every guarded call, refused for every role that lacks its permission -----------------------------------


@dataclass(frozen=True)
class Targets:
    """Existing rows the guarded calls act on."""

    user_id: uuid.UUID
    service_id: uuid.UUID
    counter_id: uuid.UUID
    newer_catalogue: tuple[Standard, ...]
    # The queue: per guarded call, a ticket in the state that call needs and the loket it sits at.
    tickets: dict[str, uuid.UUID]
    lokets: dict[str, uuid.UUID]
    queue_service_id: uuid.UUID
    other_service_id: uuid.UUID
    day_off: dt.date
    # Intake and applications: an open intake (with an item and an attachment), one to finish, and per
    # step-flow call a work item in the state it needs; a completed application of NIK_DONE.
    intakes: dict[str, uuid.UUID]
    requirement_id: uuid.UUID
    attachment_id: uuid.UUID
    applications: dict[str, uuid.UUID]
    tracking_number: str
    internal_service_id: uuid.UUID
    # Per area module in AREAS: what its ``prepare`` returned (its own targets object).
    areas: dict[str, Any]


Guarded = Callable[[Core, Principal, Targets], object]

# Every core method that checks a permission, by permission. Adding a Permission or a guarded method without
# an entry here fails test_guard_table_covers_every_permission_and_guarded_method.
GUARDED_CALLS: dict[Permission, tuple[tuple[str, Guarded], ...]] = {
    Permission.MANAGE_USERS: (
        (
            "users.add_user",
            lambda c, a, t: c.users.add_user(
                a, username="penyusup", full_name="Penyusup", role=Role.ADMIN, password=PASSWORD
            ),
        ),
        (
            "users.update_user",
            lambda c, a, t: c.users.update_user(a, t.user_id, full_name="Diganti", role=Role.ADMIN, active=True),
        ),
        ("users.reset_password", lambda c, a, t: c.users.reset_password(a, t.user_id, "sandi-penyusup")),
        ("users.unlock", lambda c, a, t: c.users.unlock(a, t.user_id)),
        ("users.list_users", lambda c, a, t: c.users.list_users(a)),
    ),
    Permission.MANAGE_CATALOGUE: (
        ("catalogue.load", lambda c, a, t: c.catalogue.load(a, t.newer_catalogue)),
        ("catalogue.load_if_changed", lambda c, a, t: c.catalogue.load_if_changed(a)),
        (
            "catalogue.update_operational",
            lambda c, a, t: c.catalogue.update_operational(
                a, t.service_id, code="UJI", ticket_prefix="Z", active=False, counter_ids=[t.counter_id]
            ),
        ),
    ),
    Permission.MANAGE_COUNTERS: (
        (
            "counters.save_counter",
            lambda c, a, t: c.counters.save_counter(
                a, counter_id=t.counter_id, number=9, name="Loket Sembilan", active=False, service_ids=[]
            ),
        ),
    ),
    Permission.VIEW_AUDIT: (("audit.recent", lambda c, a, t: c.audit.recent(a)),),
    Permission.MANAGE_QUEUE: (
        ("queue.save_settings", lambda c, a, t: c.queue.save_settings(a, QueueSettings(priority_every=5))),
        ("queue.set_day_off", lambda c, a, t: c.queue.set_day_off(a, dt.date(2026, 12, 24), "Libur kantor")),
        ("queue.remove_day_off", lambda c, a, t: c.queue.remove_day_off(a, t.day_off)),
        ("queue.service_rules", lambda c, a, t: c.queue.service_rules(a)),
        (
            "queue.set_service_rules",
            lambda c, a, t: c.queue.set_service_rules(
                a, t.queue_service_id, daily_quota=50, cutoff_time=dt.time(14, 0), avg_service_minutes=15
            ),
        ),
    ),
    Permission.SERVE_QUEUE: (
        ("queue.counter_board", lambda c, a, t: c.queue.counter_board(a, t.lokets["recall"])),
        ("queue.call_next", lambda c, a, t: c.queue.call_next(a, t.lokets["call_next"])),
        ("queue.recall", lambda c, a, t: c.queue.recall(a, t.tickets["recall"])),
        ("queue.start_serving", lambda c, a, t: c.queue.start_serving(a, t.tickets["start_serving"])),
        ("queue.finish", lambda c, a, t: c.queue.finish(a, t.tickets["finish"])),
        ("queue.no_show", lambda c, a, t: c.queue.no_show(a, t.tickets["no_show"])),
        ("queue.reactivate", lambda c, a, t: c.queue.reactivate(a, t.tickets["reactivate"])),
        ("queue.hold", lambda c, a, t: c.queue.hold(a, t.tickets["hold"])),
        ("queue.resume", lambda c, a, t: c.queue.resume(a, t.tickets["resume"])),
        (
            "queue.transfer",
            lambda c, a, t: c.queue.transfer(a, t.tickets["transfer"], to_service_id=t.other_service_id),
        ),
        ("queue.reprint", lambda c, a, t: c.queue.reprint(a, t.tickets["reprint"])),
    ),
    Permission.VIEW_QUEUE: (
        ("queue.ticket_times", lambda c, a, t: c.queue.ticket_times(a, store.START.date())),
        ("queue.ticket", lambda c, a, t: c.queue.ticket(a, t.tickets["reprint"])),
        ("queue.tickets_of_day", lambda c, a, t: c.queue.tickets_of_day(a)),
    ),
    Permission.INTAKE: (
        ("intake.variants", lambda c, a, t: c.intake.variants(a, t.service_id)),
        ("intake.get", lambda c, a, t: c.intake.get(a, t.intakes["open"])),
        ("intake.find_open", lambda c, a, t: c.intake.find_open(a, nik=NIK_OPEN)),
        ("intake.attachment_data", lambda c, a, t: c.intake.attachment_data(a, t.attachment_id)),
        (
            "intake.start",
            lambda c, a, t: c.intake.start(
                a, service_id=t.service_id, applicant=intake.PersonInput(nik="3516080101900009", name="Penyusup")
            ),
        ),
        (
            "intake.save_items",
            lambda c, a, t: c.intake.save_items(a, t.intakes["open"], [intake.ItemMark(t.requirement_id, True)]),
        ),
        (
            "intake.add_attachment",
            lambda c, a, t: c.intake.add_attachment(
                a, t.intakes["open"], t.requirement_id, filename="scan.png", data=b"PNG"
            ),
        ),
        ("intake.finish", lambda c, a, t: c.intake.finish(a, t.intakes["finish"])),
    ),
    Permission.VIEW_APPLICATIONS: (
        ("applications.list_applications", lambda c, a, t: c.applications.list_applications(a)),
        ("applications.get", lambda c, a, t: c.applications.get(a, t.applications["advance"])),
        ("applications.history", lambda c, a, t: c.applications.history(a, t.applications["advance"])),
        (
            "applications.by_tracking_number",
            lambda c, a, t: c.applications.by_tracking_number(a, t.tracking_number),
        ),
        ("applications.by_nik", lambda c, a, t: c.applications.by_nik(a, NIK_DONE)),
    ),
    Permission.PROCESS_APPLICATIONS: (
        (
            "applications.start_work_item",
            lambda c, a, t: c.applications.start_work_item(a, t.internal_service_id, "Surat dari Bupati"),
        ),
        ("applications.advance", lambda c, a, t: c.applications.advance(a, t.applications["advance"], "ok")),
        ("applications.send_back", lambda c, a, t: c.applications.send_back(a, t.applications["send_back"], "x")),
        ("applications.reject", lambda c, a, t: c.applications.reject(a, t.applications["reject"], "tidak sah")),
        (
            "applications.complete",
            lambda c, a, t: c.applications.complete(
                a, t.applications["complete"], product_number="800/1/2026", product_date=store.START.date()
            ),
        ),
    ),
    Permission.VIEW_CATALOGUE: (
        ("catalogue.list_services", lambda c, a, t: c.catalogue.list_services(a)),
        ("catalogue.get_service", lambda c, a, t: c.catalogue.get_service(a, t.service_id)),
        ("counters.list_counters", lambda c, a, t: c.counters.list_counters(a)),
    ),
}
READ_ONLY = {
    "users.list_users",
    "audit.recent",
    "catalogue.list_services",
    "catalogue.get_service",
    "counters.list_counters",
    "queue.service_rules",
    "queue.counter_board",
    "queue.ticket_times",
    "queue.ticket",
    "queue.tickets_of_day",
    "intake.variants",
    "intake.get",
    "intake.find_open",
    "intake.attachment_data",
    "applications.list_applications",
    "applications.get",
    "applications.history",
    "applications.by_tracking_number",
    "applications.by_nik",
}
# Areas keep their guarded calls in their own module (tests/db/guards_<area>.py): GUARDS, READ_ONLY, prepare().
AREAS = {
    "jobseekers": guards_jobseekers,
    "letters": guards_letters,
    "reports": guards_reports,
    "survey": guards_survey,
}
for _area in AREAS.values():
    for _permission, _calls in _area.GUARDS.items():
        GUARDED_CALLS[_permission] = (*GUARDED_CALLS.get(_permission, ()), *_calls)
    READ_ONLY |= _area.READ_ONLY
NIK_OPEN = "3516084107900001"
NIK_DONE = "3516081205900002"
FORBIDDEN = [
    pytest.param(role, permission, id=f"{role.value}-{permission.value}")
    for role in Role
    for permission in Permission
    if permission not in ROLE_PERMISSIONS[role]
]


def guarded_methods() -> set[tuple[str, Permission]]:
    """Every (``core attribute.method``, permission) whose source calls ``.require(Permission.X)``."""
    found = set()
    for attr, cls in typing.get_type_hints(Core).items():
        if not (inspect.isclass(cls) and cls.__module__.startswith("counter_app.")):
            continue
        for name, method in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_"):
                continue  # generated dataclass methods have no source; private helpers are not entry points
            for permission in re.findall(r"\.require\(Permission\.(\w+)\)", inspect.getsource(method)):
                found.add((f"{attr}.{name}", Permission[permission]))
    return found


def test_guard_table_covers_every_permission_and_guarded_method() -> None:
    in_table = {(name, permission) for permission, calls in GUARDED_CALLS.items() for name, _ in calls}
    found = guarded_methods()
    assert {name for name, _ in found} >= {"users.add_user", "catalogue.load", "audit.recent"}  # scan works
    assert sorted(found - in_table) == [], "guarded core methods missing from GUARDED_CALLS"
    assert sorted(in_table - found) == [], "GUARDED_CALLS lists calls the core does not guard that way"
    assert [p for p in Permission if not GUARDED_CALLS.get(p)] == [], "permissions without a guarded call"
    assert {name for name, _ in in_table} >= READ_ONLY


@pytest.fixture
def targets(core: Core, admin: Principal) -> Targets:
    locked = add_user(core, admin, "terkunci")
    fail_login(core, "terkunci", 5)
    services = {s.key: s for s in core.catalogue.list_services(admin)}
    counter = core.counters.save_counter(
        admin, counter_id=None, number=1, name="Loket 1", active=True, service_ids=[services["ak1"].id]
    )
    tickets, lokets = prepare_queue(core, admin, services["bkk"].id)
    core.queue.set_day_off(admin, dt.date(2026, 12, 31), "Tutup buku")
    with core.ctx.uow() as uow:  # as if an older catalogue file had been loaded: load_if_changed has work
        uow.office_settings.put(catalogue.FILE_DIGEST_KEY, "berkas-lama", store.START)
        uow.commit()
    return Targets(
        user_id=locked.id,
        service_id=services["pkwt"].id,
        counter_id=counter.id,
        newer_catalogue=cat_support.newer_catalogue(cat_support.retitled("pkwt")),
        tickets=tickets,
        lokets=lokets,
        queue_service_id=services["bkk"].id,
        other_service_id=services["rekomendasi_paspor_cpmi"].id,
        day_off=dt.date(2026, 12, 31),
        internal_service_id=services["surat_masuk"].id,
        areas={name: area.prepare(core, admin) for name, area in AREAS.items()},
        **prepare_intake(core, admin, services["pkwt"].id, services["surat_masuk"].id),
    )


def prepare_intake(core: Core, admin: Principal, service_id: uuid.UUID, internal_id: uuid.UUID) -> dict[str, Any]:
    """An open intake with an attachment, one to finish, a completed application and work items per step call."""
    person = intake.PersonInput(nik=NIK_OPEN, name="Siti Aminah")
    opened = core.intake.start(admin, service_id=service_id, applicant=person)
    attachment = core.intake.add_attachment(
        admin, opened.id, opened.items[0].requirement_id, filename="a.png", data=b"1"
    )
    other = core.intake.start(admin, service_id=service_id, applicant=intake.PersonInput(nik=NIK_DONE, name="Budi"))
    core.intake.save_items(admin, other.id, [intake.ItemMark(i.requirement_id, True) for i in other.items])
    done = core.intake.finish(admin, other.id)
    assert done.application is not None
    to_finish = core.intake.start(
        admin,
        service_id=service_id,
        applicant=intake.OrganisationInput(kind=intake.ApplicantKind.COMPANY, name="PT Maju", nib="1234567890123"),
    )
    apps = {name: core.applications.start_work_item(admin, internal_id, f"Surat {name}").id for name in _STEP_CALLS}
    while not core.applications.get(admin, apps["complete"]).summary.is_last_step:
        core.applications.advance(admin, apps["complete"])
    return {
        "intakes": {"open": opened.id, "finish": to_finish.id},
        "requirement_id": opened.items[1].requirement_id,
        "attachment_id": attachment.id,
        "applications": apps,
        "tracking_number": done.application.tracking_number,
    }


_STEP_CALLS = ("advance", "send_back", "reject", "complete")


def prepare_queue(
    core: Core, admin: Principal, service_id: uuid.UUID
) -> tuple[dict[str, uuid.UUID], dict[str, uuid.UUID]]:
    """A loket per queue call, each holding a ticket in the state that call needs (one ticket left waiting)."""
    q = core.queue
    steps: dict[str, tuple[Callable[[uuid.UUID], object], ...]] = {
        "recall": (),
        "start_serving": (),
        "finish": (lambda t: q.start_serving(admin, t),),
        "no_show": (),
        "reactivate": (lambda t: q.no_show(admin, t),),
        "hold": (),
        "resume": (lambda t: q.hold(admin, t),),
        "transfer": (lambda t: q.start_serving(admin, t),),
        "reprint": (),
    }
    tickets, lokets = {}, {}
    for number, call in enumerate([*steps, "call_next"], start=10):
        lokets[call] = core.counters.save_counter(
            admin, counter_id=None, number=number, name="", active=True, service_ids=[service_id]
        ).id
    for call, then in steps.items():
        slip = q.issue_ticket(service_id)
        q.confirm_printed(slip.ticket_id)
        called = q.call_next(admin, lokets[call])
        assert called is not None and called.id == slip.ticket_id
        for step in then:
            step(slip.ticket_id)
        tickets[call] = slip.ticket_id
    q.confirm_printed(q.issue_ticket(service_id).ticket_id)  # waits for call_next
    return tickets, lokets


def signed_in(core: Core, admin: Principal, role: Role) -> Principal:
    add_user(core, admin, f"peran.{role.value}", role)
    who = core.auth.login(f"peran.{role.value}", PASSWORD)
    assert who.role is role
    return who


@pytest.mark.parametrize(("role", "permission"), FORBIDDEN)
def test_role_is_refused_every_forbidden_action(
    core: Core, admin: Principal, targets: Targets, role: Role, permission: Permission
) -> None:
    actor = signed_in(core, admin, role)
    calls = GUARDED_CALLS.get(permission, ())
    assert calls, f"no guarded call for {permission!r} in GUARDED_CALLS: add the core methods it guards"
    before = store.snapshot(core.engine)
    for name, call in calls:
        with pytest.raises(PermissionDenied) as info:
            call(core, actor, targets)
        assert f"Peran {actor.role_label} tidak berhak" in str(info.value), name
        assert store.snapshot(core.engine) == before, (
            f"{name} changed the store: {store.diff(before, store.snapshot(core.engine))}"
        )


@pytest.mark.parametrize("permission", list(Permission))
def test_roles_with_the_permission_may_do_it(
    core: Core, admin: Principal, targets: Targets, permission: Permission
) -> None:
    # The positive control: the same calls succeed for the roles that hold the permission, and the mutating
    # ones really change the store (so "nothing changed" above is a meaningful check).
    holders = [role for role in Role if permission in ROLE_PERMISSIONS[role]]
    actors = {role: admin if role is Role.ADMIN else signed_in(core, admin, role) for role in holders}
    calls = GUARDED_CALLS.get(permission, ())
    assert calls, f"no guarded call for {permission!r} in GUARDED_CALLS: add the core methods it guards"
    for name, call in calls:
        for role in holders if name in READ_ONLY else holders[:1]:  # a mutating call can only run once
            before = store.snapshot(core.engine)
            result = call(core, actors[role], targets)
            changed = store.snapshot(core.engine) != before
            assert changed is (name not in READ_ONLY), f"{name} as {role}"
            if name in READ_ONLY:
                assert result, f"{name} as {role} returned nothing"
