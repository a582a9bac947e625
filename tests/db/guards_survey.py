"""Guarded core calls of the SKM survey and complaints for the permission tests in test_auth.py.

``GUARDS`` maps each permission to (``core attribute.method``, call) pairs; a call gets the core, the acting
principal and test_auth's ``Targets``, whose ``areas["survey"]`` holds what ``prepare`` returned. Every call
named in ``READ_ONLY`` must leave the store unchanged and return something; every other call must change it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from support import store

from counter_app.complaints import Channel, ComplaintInput, ComplaintStatus, Kind
from counter_app.core import Core
from counter_app.roles import Permission, Principal

DAY = store.START.date()


def _complaint(targets: Any) -> uuid.UUID:
    complaint_id: uuid.UUID = targets.areas["survey"]
    return complaint_id


GUARDS: dict[Permission, tuple[tuple[str, Callable[[Core, Principal, Any], object]], ...]] = {
    Permission.VIEW_REPORTS: (
        ("survey.ikm", lambda core, p, t: core.survey.ikm(p, DAY - dt.timedelta(days=30), DAY)),
        ("complaints.summary", lambda core, p, t: core.complaints.summary(p, DAY, DAY)),
        ("survey.report", lambda core, p, t: core.survey.report(p, DAY, DAY)),  # audited print: a change
    ),
    Permission.RECORD_COMPLAINTS: (
        ("complaints.list", lambda core, p, t: core.complaints.list(p)),
        ("complaints.get", lambda core, p, t: core.complaints.get(p, _complaint(t))),
        (
            "complaints.record",
            lambda core, p, t: core.complaints.record(p, ComplaintInput(Channel.TELEPON, Kind.SARAN, "Jam buka")),
        ),
    ),
    Permission.MANAGE_COMPLAINTS: (
        (
            "complaints.follow_up",
            lambda core, p, t: core.complaints.follow_up(p, _complaint(t), ComplaintStatus.DIPROSES, "Dicek"),
        ),
    ),
}
READ_ONLY: set[str] = {"survey.ikm", "complaints.summary", "complaints.list", "complaints.get"}


def prepare(core: Core, admin: Principal) -> Any:
    """Create the rows the guarded calls act on; return them for ``Targets.areas["survey"]``."""
    return core.complaints.record(admin, ComplaintInput(Channel.LOKET, Kind.PENGADUAN, "Antrean lama")).id
