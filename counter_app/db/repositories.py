"""One repository per aggregate; they live inside a unit of work and never commit themselves."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from counter_app.db import models


class UserRepository:
    """Staff accounts."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, user_id: uuid.UUID) -> models.User | None:
        return self._s.get(models.User, user_id)

    def by_username(self, username: str, *, for_update: bool = False) -> models.User | None:
        stmt = select(models.User).where(func.lower(models.User.username) == username.strip().lower())
        if for_update:
            stmt = stmt.with_for_update()
        return self._s.scalars(stmt).first()

    def list(self) -> Sequence[models.User]:
        return self._s.scalars(select(models.User).order_by(models.User.username)).all()

    def count(self) -> int:
        return self._s.scalar(select(func.count()).select_from(models.User)) or 0

    def count_active_admins(self) -> int:
        stmt = select(func.count()).where(models.User.role == "admin", models.User.active.is_(True))
        return self._s.scalar(stmt) or 0

    def add(self, user: models.User) -> None:
        self._s.add(user)
        self._s.flush()


class AuditRepository:
    """The audit trail: append and read, never update."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, entry: models.AuditEntry) -> None:
        self._s.add(entry)

    def recent(self, limit: int = 500, action_prefix: str = "") -> Sequence[models.AuditEntry]:
        stmt = select(models.AuditEntry).order_by(models.AuditEntry.at.desc()).limit(limit)
        if action_prefix:
            stmt = stmt.where(models.AuditEntry.action.startswith(action_prefix))
        return self._s.scalars(stmt).all()


class ServiceRepository:
    """Service standards with their requirement items and steps."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def list(self) -> Sequence[models.Service]:
        stmt = select(models.Service).options(selectinload(models.Service.counters)).order_by(models.Service.position)
        return self._s.scalars(stmt).all()

    def get(self, service_id: uuid.UUID) -> models.Service | None:
        return self._s.get(models.Service, service_id)

    def get_full(self, service_id: uuid.UUID) -> models.Service | None:
        stmt = (
            select(models.Service)
            .where(models.Service.id == service_id)
            .options(
                selectinload(models.Service.requirements),
                selectinload(models.Service.steps),
                selectinload(models.Service.counters),
            )
        )
        return self._s.scalars(stmt).first()

    def by_key(self) -> dict[str, models.Service]:
        stmt = select(models.Service).options(
            selectinload(models.Service.requirements), selectinload(models.Service.steps)
        )
        return {s.key: s for s in self._s.scalars(stmt)}

    def by_code(self, code: str) -> models.Service | None:
        return self._s.scalars(select(models.Service).where(models.Service.code == code)).first()

    def by_prefix(self, prefix: str) -> models.Service | None:
        return self._s.scalars(select(models.Service).where(models.Service.ticket_prefix == prefix)).first()

    def add(self, service: models.Service) -> None:
        self._s.add(service)

    def add_child(self, child: models.ServiceRequirement | models.ServiceStep) -> None:
        self._s.add(child)


class CounterRepository:
    """Loket and the services each serves."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def list(self) -> Sequence[models.Counter]:
        stmt = select(models.Counter).options(selectinload(models.Counter.services)).order_by(models.Counter.number)
        return self._s.scalars(stmt).all()

    def get(self, counter_id: uuid.UUID) -> models.Counter | None:
        return self._s.get(models.Counter, counter_id)

    def by_number(self, number: int) -> models.Counter | None:
        return self._s.scalars(select(models.Counter).where(models.Counter.number == number)).first()

    def add(self, counter: models.Counter) -> None:
        self._s.add(counter)
        self._s.flush()


class OfficeSettingRepository:
    """Office-wide key/value settings."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, key: str, default: Any = None) -> Any:
        row = self._s.get(models.OfficeSetting, key)
        return default if row is None else row.value

    def put(self, key: str, value: Any, at: dt.datetime) -> None:
        row = self._s.get(models.OfficeSetting, key)
        if row is None:
            self._s.add(models.OfficeSetting(key=key, value=value, updated_at=at))
        else:
            row.value = value
            row.updated_at = at
