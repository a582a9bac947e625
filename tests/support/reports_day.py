"""A day at the desk with known times, written through the real services, for the report tests.

Monday 23 November 2026 (store.START), the demo loket and users. Loket 1 (Ahmad Fauzi) serves AK1; loket 2
(Dewi Lestari) serves BKK, CPMI and AK1. What happens, minute by minute, is in ``seed_day``; the figures the
tests expect are worked out by hand in tests/db/test_reports.py.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from counter_app import demo
from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.errors import UserError
from counter_app.roles import COMMAND_LINE, Principal
from counter_app.tickets import Outcome

DAY = dt.date(2026, 11, 23)


@dataclass
class SeededDay:
    """Ids of what the seeded day made."""

    services: dict[str, uuid.UUID]
    counters: dict[int, uuid.UUID]
    clerk1: Principal
    clerk2: Principal
    tickets: dict[str, uuid.UUID]
    work_items: dict[str, uuid.UUID]


def seed_office(core: Core) -> None:
    """The demo users and loket only (demo.seed adds job seekers, surveys and letters the figures must not see)."""
    for username, full_name, role, nip in demo.DEMO_USERS:
        core.users.add_user(
            COMMAND_LINE, username=username, full_name=full_name, role=role, password=demo.DEMO_PASSWORD, nip=nip
        )
    by_code = {s.code: s.id for s in core.catalogue.list_services(COMMAND_LINE)}
    for number, name, codes in demo.DEMO_COUNTERS:
        core.counters.save_counter(
            COMMAND_LINE,
            counter_id=None,
            number=number,
            name=name,
            active=True,
            service_ids=[by_code[c] for c in codes if c in by_code],
        )


def at(clock: FixedClock, hhmm: str, day: dt.date = DAY) -> None:
    """Set the clock to ``hhmm`` on ``day``."""
    clock.set(dt.datetime.combine(day, dt.time.fromisoformat(hhmm)))


def finish_work_item(core: Core, application_id: uuid.UUID, product_date: dt.date) -> None:
    """Advance a work item through every step, then complete it."""
    for _ in range(30):
        try:
            core.applications.advance(COMMAND_LINE, application_id)
        except UserError:
            break
    core.applications.complete(COMMAND_LINE, application_id, product_number="UJI/1", product_date=product_date)


def seed_day(core: Core, clock: FixedClock) -> SeededDay:
    """Write the Monday through the kiosk, loket and application services; the clock ends at 10.30."""
    at(clock, "07:30")
    seed_office(core)
    services = {s.code: s.id for s in core.catalogue.list_services(COMMAND_LINE)}
    counters = {c.number: c.id for c in core.counters.list_counters(COMMAND_LINE)}
    clerk1 = core.auth.login("loket1", demo.DEMO_PASSWORD)
    clerk2 = core.auth.login("loket2", demo.DEMO_PASSWORD)
    q = core.queue
    tickets: dict[str, uuid.UUID] = {}

    def issue(code: str, hhmm: str) -> uuid.UUID:
        at(clock, hhmm)
        slip = q.issue_ticket(services[code])
        q.confirm_printed(slip.ticket_id)
        tickets[slip.code] = slip.ticket_id
        return slip.ticket_id

    def call(clerk: Principal, loket: int, hhmm: str) -> uuid.UUID:
        at(clock, hhmm)
        info = q.call_next(clerk, counters[loket])
        assert info is not None
        return info.id

    def then(hhmm: str) -> None:
        at(clock, hhmm)

    issue("AK1", "08:00")
    issue("AK1", "08:05")
    issue("BKK", "08:10")  # B-001
    issue("CPMI", "08:20")  # C-001
    a1 = call(clerk1, 1, "08:10")  # A-001 waited 10 min
    then("08:12")
    q.start_serving(clerk1, a1)
    a2 = call(clerk2, 2, "08:15")  # A-002 waited 10 min
    then("08:16")
    q.start_serving(clerk2, a2)
    then("08:32")
    q.finish(clerk1, a1)  # served in 20 min
    then("08:56")
    q.finish(clerk2, a2, Outcome.INCOMPLETE)  # 40 min, documents missing
    b1 = call(clerk2, 2, "09:00")  # B-001 waited 50 min
    then("09:05")
    q.no_show(clerk2, b1)
    c1 = call(clerk2, 2, "09:06")  # C-001 called after 46 min ...
    then("09:07")
    q.start_serving(clerk2, c1)
    then("09:10")
    q.transfer(clerk2, c1, to_counter_id=counters[1])  # ... sent to loket 1
    c1 = call(clerk1, 1, "09:20")  # called again: waited 60 min in all
    then("09:21")
    q.start_serving(clerk1, c1)
    then("09:31")
    q.finish(clerk1, c1)  # served in 10 min
    issue("AK1", "09:30")
    a3 = call(clerk1, 1, "09:40")  # A-003 waited 10 min
    then("09:41")
    q.start_serving(clerk1, a3)
    then("10:21")
    q.finish(clerk1, a3)  # 40 min: over the 30-minute standard
    issue("AK1", "10:00")  # A-004 still waits at the end
    at(clock, "10:05")
    slip = q.issue_ticket(services["BKK"])  # the printer jammed: never in the queue
    q.cancel_unprinted(slip.ticket_id, "kertas macet")

    # Work items of "Pemeliharaan Sarana" (1 hari kerja: due Tuesday at closing time).
    at(clock, "10:10")
    on_time = core.applications.start_work_item(COMMAND_LINE, services["SARANA"], "Perbaikan AC ruang tunggu").id
    late = core.applications.start_work_item(COMMAND_LINE, services["SARANA"], "Perbaikan kursi antrean").id
    still_open = core.applications.start_work_item(COMMAND_LINE, services["SARANA"], "Ganti lampu loket").id
    at(clock, "10:20")
    finish_work_item(core, on_time, DAY)
    at(clock, "10:30")
    return SeededDay(
        services,
        counters,
        clerk1,
        clerk2,
        tickets,
        {"on_time": on_time, "late": late, "open": still_open},
    )
