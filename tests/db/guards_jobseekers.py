"""Guarded core calls of AK/1 job seekers and the IPK report for the permission tests in test_auth.py.

``GUARDS`` maps each permission to (``core attribute.method``, call) pairs; a call gets the core, the acting
principal and test_auth's ``Targets``, whose ``areas["jobseekers"]`` holds what ``prepare`` returned. Every call
named in ``READ_ONLY`` must leave the store unchanged and return something; every other call must change it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from counter_app.core import Core
from counter_app.jobseekers import Ak1Settings, JobSeekerProfile, Placement, Registration
from counter_app.roles import Permission, Principal

TODAY = dt.date(2026, 11, 23)  # tests/support/store.START
NEW_NIK = "3516081205900099"


def _profile(nik: str, name: str) -> JobSeekerProfile:
    return JobSeekerProfile(nik=nik, name=name, religion="1", marital_status="belum_kawin")


def _id(t: Any, key: str) -> uuid.UUID:
    ids: dict[str, uuid.UUID] = t.areas["jobseekers"]
    return ids[key]


GUARDS: dict[Permission, tuple[tuple[str, Callable[[Core, Principal, Any], object]], ...]] = {
    Permission.VIEW_JOBSEEKERS: (
        ("jobseekers.find_by_nik", lambda c, a, t: c.jobseekers.find_by_nik(a, "3516081205900011")),
        ("jobseekers.search", lambda c, a, t: c.jobseekers.search(a, "pencari")),
        ("jobseekers.search_counted", lambda c, a, t: c.jobseekers.search_counted(a, "GUARD-")),
        ("jobseekers.get", lambda c, a, t: c.jobseekers.get(a, _id(t, "update"))),
        ("jobseekers.reports_due", lambda c, a, t: c.jobseekers.reports_due(a, TODAY)),
        ("jobseekers.card_data", lambda c, a, t: c.jobseekers.card_data(a, _id(t, "update"))),
        ("jobseekers.settings", lambda c, a, t: c.jobseekers.settings(a)),
        ("jobseekers.ipk_seekers", lambda c, a, t: c.jobseekers.ipk_seekers(a, TODAY)),
        ("jobseekers.ipk_report", lambda c, a, t: c.jobseekers.ipk_report(a, 2026, 11)),
    ),
    Permission.REGISTER_JOBSEEKERS: (
        (
            "jobseekers.register",
            lambda c, a, t: c.jobseekers.register(a, _profile(NEW_NIK, "Pendaftar Baru"), None, Registration()),
        ),
        (
            "jobseekers.update_profile",
            lambda c, a, t: c.jobseekers.update_profile(
                a, _id(t, "update"), _profile("3516081205900011", "Pencari Diubah"), None
            ),
        ),
        ("jobseekers.record_report", lambda c, a, t: c.jobseekers.record_report(a, _id(t, "report"), TODAY)),
        (
            "jobseekers.record_placement",
            lambda c, a, t: c.jobseekers.record_placement(a, _id(t, "place"), Placement("PT A", "Operator", TODAY)),
        ),
        ("jobseekers.remove", lambda c, a, t: c.jobseekers.remove(a, _id(t, "remove"), "Pindah", TODAY)),
        ("jobseekers.remove_expired", lambda c, a, t: c.jobseekers.remove_expired(a, TODAY)),
        ("jobseekers.renew", lambda c, a, t: c.jobseekers.renew(a, _id(t, "renew"), Registration())),
        ("jobseekers.log_card_print", lambda c, a, t: c.jobseekers.log_card_print(a, _id(t, "update"), printer="P")),
    ),
    Permission.MANAGE_OFFICE: (
        ("jobseekers.save_settings", lambda c, a, t: c.jobseekers.save_settings(a, Ak1Settings(report_rows=4))),
    ),
}
READ_ONLY: set[str] = {
    "jobseekers.find_by_nik",
    "jobseekers.search",
    "jobseekers.search_counted",
    "jobseekers.get",
    "jobseekers.reports_due",
    "jobseekers.card_data",
    "jobseekers.settings",
    "jobseekers.ipk_seekers",
    "jobseekers.ipk_report",
}


def prepare(core: Core, admin: Principal) -> Any:
    """Create the rows the guarded calls act on; return them for ``Targets.areas["jobseekers"]``."""
    made = {}
    plan = {
        "update": ("3516081205900011", dt.date(2026, 1, 5)),  # report 1 was due 5 July: late
        "report": ("3516081205900012", dt.date(2026, 3, 2)),
        "place": ("3516081205900013", dt.date(2026, 3, 2)),
        "remove": ("3516081205900014", dt.date(2026, 3, 2)),
        "expired": ("3516081205900015", dt.date(2024, 10, 1)),  # expired, still active: remove_expired
        "renew": ("3516081205900016", dt.date(2024, 9, 1)),
    }
    for key, (nik, issued_on) in plan.items():
        record = core.jobseekers.register(
            admin, _profile(nik, f"Pencari {key}"), None, Registration(f"GUARD-{key}", issued_on)
        )
        made[key] = record.summary.id
    return made
