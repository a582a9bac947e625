"""Reading the audit trail (writing goes through ServiceContext.audit inside each unit of work)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counter_app.context import ServiceContext
from counter_app.roles import Permission, Principal


@dataclass(frozen=True)
class AuditRecord:
    """One line of the audit trail."""

    at: dt.datetime
    station: str
    username: str
    action: str
    entity: str
    entity_id: str
    detail: str


class AuditService:
    """Lets the supervisor and admin read who did what and when."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def recent(self, actor: Principal, limit: int = 500, action_prefix: str = "") -> list[AuditRecord]:
        """Return the newest entries first."""
        actor.require(Permission.VIEW_AUDIT)
        with self._ctx.uow(read_only=True) as uow:
            return [
                AuditRecord(
                    at=e.at,
                    station=e.station,
                    username=e.username,
                    action=e.action,
                    entity=e.entity,
                    entity_id=e.entity_id,
                    detail=", ".join(f"{k}={v}" for k, v in sorted(e.detail.items())),
                )
                for e in uow.audit.recent(limit, action_prefix)
            ]
