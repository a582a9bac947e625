"""Guarded core calls of AK/1 job seekers and the IPK report for the permission tests in test_auth.py.

``GUARDS`` maps each permission to (``core attribute.method``, call) pairs; a call gets the core, the acting
principal and test_auth's ``Targets``, whose ``areas["jobseekers"]`` holds what ``prepare`` returned. Every call
named in ``READ_ONLY`` must leave the store unchanged and return something; every other call must change it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from counter_app.core import Core
from counter_app.roles import Permission, Principal

GUARDS: dict[Permission, tuple[tuple[str, Callable[[Core, Principal, Any], object]], ...]] = {}
READ_ONLY: set[str] = set()


def prepare(core: Core, admin: Principal) -> Any:
    """Create the rows the guarded calls act on; return them for ``Targets.areas["jobseekers"]``."""
    return None
