"""Loket administration: numbers, names, active flag and the services each serves."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from counter_app.changes import Changes
from counter_app.context import ServiceContext
from counter_app.db import models
from counter_app.errors import Conflict, NotFound, UserError
from counter_app.roles import Permission, Principal


@dataclass(frozen=True)
class CounterInfo:
    """A loket as screens see it."""

    id: uuid.UUID
    number: int
    name: str
    active: bool
    service_codes: tuple[str, ...]
    service_ids: tuple[uuid.UUID, ...]


def _info(counter: models.Counter) -> CounterInfo:
    services = sorted(counter.services, key=lambda s: s.position)
    return CounterInfo(
        id=counter.id,
        number=counter.number,
        name=counter.name,
        active=counter.active,
        service_codes=tuple(s.code for s in services),
        service_ids=tuple(s.id for s in services),
    )


class CounterAdminService:
    """Adds and edits loket."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def list_counters(self, actor: Principal) -> list[CounterInfo]:
        """Every loket by number (any signed-in role may see them)."""
        actor.require(Permission.VIEW_CATALOGUE)
        with self._ctx.uow(read_only=True) as uow:
            return [_info(c) for c in uow.counters.list()]

    def save_counter(
        self,
        actor: Principal,
        *,
        counter_id: uuid.UUID | None,
        number: int,
        name: str,
        active: bool,
        service_ids: Sequence[uuid.UUID],
    ) -> CounterInfo:
        """Create (``counter_id`` None) or update a loket and the services it serves."""
        actor.require(Permission.MANAGE_COUNTERS)
        if not 1 <= number <= 99:
            raise UserError("Nomor loket harus 1 sampai 99.")
        clean_name = " ".join(name.split()) or f"Loket {number}"
        if len(clean_name) > 100:
            raise UserError("Nama loket terlalu panjang (maksimal 100 karakter).")
        with self._ctx.uow() as uow:
            same_number = uow.counters.by_number(number)
            if same_number is not None and same_number.id != counter_id:
                raise Conflict(f"Loket nomor {number} sudah ada. Pilih nomor lain.")
            if counter_id is None:
                counter = models.Counter(number=number, name=clean_name, active=active)
                uow.counters.add(counter)
                action = "counter.add"
            else:
                found = uow.counters.get(counter_id)
                if found is None:
                    raise NotFound("Loket tidak ditemukan. Muat ulang daftar loket.")
                counter = found
                counter.number, counter.name, counter.active = number, clean_name, active
                action = "counter.update"
            services = []
            for service_id in service_ids:
                service = uow.services.get(service_id)
                if service is None:
                    raise NotFound("Layanan yang dipilih tidak ditemukan. Muat ulang katalog.")
                services.append(service)
            counter.services = services
            uow.session.flush()
            self._ctx.audit(uow, actor, action, "counter", counter.id, number=number)
            info = _info(counter)
            uow.commit()
        self._ctx.hub.publish(Changes(counters=True, catalogue=True))
        return info
