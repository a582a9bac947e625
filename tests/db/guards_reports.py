"""Guarded core calls of the supervisor's board and reports for the permission tests in test_auth.py.

``GUARDS`` maps each permission to (``core attribute.method``, call) pairs; a call gets the core, the acting
principal and test_auth's ``Targets``, whose ``areas["reports"]`` holds what ``prepare`` returned. Every call
named in ``READ_ONLY`` must leave the store unchanged and return something; every other call must change it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from support import store

from counter_app.core import Core
from counter_app.roles import Permission, Principal

DAY = store.START.date()

GUARDS: dict[Permission, tuple[tuple[str, Callable[[Core, Principal, Any], object]], ...]] = {
    Permission.VIEW_REPORTS: (
        ("reports.live_board", lambda core, p, t: core.reports.live_board(p)),
        ("reports.report", lambda core, p, t: core.reports.report(p, DAY, DAY)),
        ("reports.record_export", lambda core, p, t: core.reports.record_export(p, DAY, DAY, "xlsx")),  # audited
    ),
}
READ_ONLY: set[str] = {"reports.live_board", "reports.report"}


def prepare(core: Core, admin: Principal) -> Any:
    """Nothing to prepare: the reports read whatever the other areas' rows are."""
    return None
