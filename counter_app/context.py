"""What every core service needs: units of work, the clock, the station name and the change hub."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from counter_app.changes import ChangeHub
from counter_app.clock import Clock
from counter_app.db import models
from counter_app.db.unit_of_work import UnitOfWork, UnitOfWorkFactory
from counter_app.roles import Principal


@dataclass
class ServiceContext:
    """Shared dependencies of the core services, built once in app.py."""

    uow: UnitOfWorkFactory
    clock: Clock
    station: str
    hub: ChangeHub

    def audit(
        self,
        uow: UnitOfWork,
        actor: Principal | None,
        action: str,
        entity: str = "",
        entity_id: object = "",
        **detail: Any,
    ) -> None:
        """Append an audit entry inside ``uow`` (committed together with the change it records).

        Never put NIK or other personal data in ``detail``: ids and field names only.
        """
        uow.audit.add(
            models.AuditEntry(
                at=self.clock.now(),
                station=self.station,
                user_id=actor.user_id if actor else None,
                username=actor.username if actor else "",
                action=action,
                entity=entity,
                entity_id=str(entity_id) if entity_id != "" else "",
                detail=detail,
            )
        )
