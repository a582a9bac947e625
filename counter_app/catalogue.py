"""The catalogue service: loads the standards into the store and lets the admin set operational fields."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from counter_app import catalogue_data
from counter_app.catalogue_data import Standard
from counter_app.changes import Changes
from counter_app.context import ServiceContext
from counter_app.db import models
from counter_app.db.unit_of_work import UnitOfWork
from counter_app.errors import Conflict, NotFound, UserError
from counter_app.roles import Permission, Principal

FILE_DIGEST_KEY = "catalogue_file_sha256"


@dataclass(frozen=True)
class LoadReport:
    """What a catalogue load did."""

    added: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]

    def summary(self) -> str:
        """One Indonesian line for the CLI and the message bar."""
        return (
            f"Katalog dimuat: {len(self.added)} baru, {len(self.updated)} diperbarui, "
            f"{len(self.unchanged)} tidak berubah."
        )


@dataclass(frozen=True)
class ServiceSummary:
    """A row of the catalogue list."""

    id: uuid.UUID
    key: str
    code: str
    ticket_prefix: str | None
    title: str
    bidang: str
    is_public: bool
    active: bool
    time_limit_text: str
    counter_numbers: tuple[int, ...]


@dataclass(frozen=True)
class ServiceDetail:
    """A service with its whole standard text and its operational fields."""

    summary: ServiceSummary
    standard: Standard
    loaded_at: dt.datetime


def _summary(service: models.Service) -> ServiceSummary:
    return ServiceSummary(
        id=service.id,
        key=service.key,
        code=service.code,
        ticket_prefix=service.ticket_prefix,
        title=service.title,
        bidang=service.bidang,
        is_public=service.is_public,
        active=service.active,
        time_limit_text=service.content["time_limit"]["text"],
        counter_numbers=tuple(sorted(c.number for c in service.counters)),
    )


class CatalogueService:
    """Reads and maintains the service catalogue."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def load(self, actor: Principal, standards: Sequence[Standard] | None = None) -> LoadReport:
        """Load the catalogue file (or ``standards``) into the store, idempotently.

        Text fields follow the file; the office's own fields (code, ticket prefix, active, loket) are
        taken from the file only when a service is new, so a newer file never undoes the admin's work.
        Requirement items and steps keep their ids (checklists point at them); items that disappear
        from the file are deactivated, not deleted.
        """
        actor.require(Permission.MANAGE_CATALOGUE)
        standards = tuple(standards) if standards is not None else catalogue_data.load_file()
        now = self._ctx.clock.now()
        added: list[str] = []
        updated: list[str] = []
        unchanged: list[str] = []
        with self._ctx.uow() as uow:
            existing = uow.services.by_key()
            for position, standard in enumerate(standards):
                service = existing.get(standard.key)
                if service is None:
                    service = models.Service(
                        key=standard.key,
                        code=self._free_code(uow, standard.code),
                        ticket_prefix=self._free_prefix(uow, standard.ticket_prefix),
                        active=True,
                        loaded_at=now,
                    )
                    self._copy_text(service, standard, position)
                    uow.services.add(service)
                    uow.session.flush()
                    self._sync_children(uow, service, standard, {}, {})
                    added.append(standard.key)
                elif service.content_hash != standard.content_hash or service.position != position:
                    self._copy_text(service, standard, position)
                    service.loaded_at = now
                    self._sync_children(
                        uow,
                        service,
                        standard,
                        {(r.variant, r.position): r for r in service.requirements},
                        {s.position: s for s in service.steps},
                    )
                    updated.append(standard.key)
                else:
                    unchanged.append(standard.key)
            report = LoadReport(tuple(added), tuple(updated), tuple(unchanged))
            if added or updated:
                self._ctx.audit(uow, actor, "catalogue.load", "service", "", added=added, updated=updated)
            uow.commit()
        if added or updated:
            self._ctx.hub.publish(Changes(catalogue=True))
        return report

    def load_if_changed(self, actor: Principal) -> LoadReport | None:
        """Load the bundled catalogue file unless this exact file was loaded before (program start)."""
        actor.require(Permission.MANAGE_CATALOGUE)
        digest = catalogue_data.file_digest()
        with self._ctx.uow(read_only=True) as uow:
            if uow.office_settings.get(FILE_DIGEST_KEY) == digest:
                return None
        report = self.load(actor)
        with self._ctx.uow() as uow:
            uow.office_settings.put(FILE_DIGEST_KEY, digest, self._ctx.clock.now())
            uow.commit()
        return report

    def list_services(self, actor: Principal) -> list[ServiceSummary]:
        """Return every service in catalogue order."""
        actor.require(Permission.VIEW_CATALOGUE)
        with self._ctx.uow(read_only=True) as uow:
            return [_summary(s) for s in uow.services.list()]

    def get_service(self, actor: Principal, service_id: uuid.UUID) -> ServiceDetail:
        """Return one service with its full standard."""
        actor.require(Permission.VIEW_CATALOGUE)
        with self._ctx.uow(read_only=True) as uow:
            service = uow.services.get_full(service_id)
            if service is None:
                raise NotFound("Layanan tidak ditemukan. Muat ulang katalog.")
            return ServiceDetail(
                summary=_summary(service),
                standard=catalogue_data.standard_from_json(service.content),
                loaded_at=service.loaded_at,
            )

    def update_operational(
        self,
        actor: Principal,
        service_id: uuid.UUID,
        *,
        code: str,
        ticket_prefix: str | None,
        active: bool,
        counter_ids: Sequence[uuid.UUID],
    ) -> ServiceSummary:
        """Set the office's own fields of a service: code, ticket prefix, active, and which loket serve it."""
        actor.require(Permission.MANAGE_CATALOGUE)
        code = code.strip().upper()
        prefix = (ticket_prefix or "").strip().upper() or None
        if not catalogue_data.CODE_PATTERN.match(code):
            raise UserError("Kode layanan harus 2-12 huruf besar atau angka, diawali huruf (misalnya PKWT).")
        with self._ctx.uow() as uow:
            service = uow.services.get_full(service_id)
            if service is None:
                raise NotFound("Layanan tidak ditemukan. Muat ulang katalog.")
            if service.is_public and prefix is None:
                raise UserError("Layanan publik memerlukan awalan nomor antrean (1-2 huruf, misalnya A).")
            if prefix is not None and not catalogue_data.PREFIX_PATTERN.match(prefix):
                raise UserError("Awalan nomor antrean harus 1-2 huruf besar (misalnya A atau PK).")
            if not service.is_public and prefix is not None:
                raise UserError("Layanan internal tidak memakai nomor antrean; kosongkan awalannya.")
            other = uow.services.by_code(code)
            if other is not None and other.id != service.id:
                raise Conflict(f"Kode {code} sudah dipakai oleh layanan '{other.title}'. Pilih kode lain.")
            if prefix is not None:
                other = uow.services.by_prefix(prefix)
                if other is not None and other.id != service.id:
                    raise Conflict(f"Awalan {prefix} sudah dipakai oleh layanan '{other.title}'. Pilih awalan lain.")
            counters = []
            for counter_id in counter_ids:
                counter = uow.counters.get(counter_id)
                if counter is None:
                    raise NotFound("Loket yang dipilih tidak ditemukan. Muat ulang daftar loket.")
                counters.append(counter)
            changed = [
                name
                for name, old, new in (
                    ("code", service.code, code),
                    ("ticket_prefix", service.ticket_prefix, prefix),
                    ("active", service.active, active),
                    ("counters", {c.id for c in service.counters}, {c.id for c in counters}),
                )
                if old != new
            ]
            service.code, service.ticket_prefix, service.active = code, prefix, active
            service.counters = counters
            self._ctx.audit(uow, actor, "service.update", "service", service.id, fields=changed)
            uow.session.flush()
            summary = _summary(service)
            uow.commit()
        self._ctx.hub.publish(Changes(catalogue=True, counters=True))
        return summary

    @staticmethod
    def _copy_text(service: models.Service, standard: Standard, position: int) -> None:
        service.title = standard.title
        service.office = standard.office
        service.bidang = standard.bidang
        service.description = standard.description
        service.is_public = standard.is_public
        service.time_limit_value = standard.time_limit.value
        service.time_limit_unit = standard.time_limit.unit.value if standard.time_limit.unit else None
        service.content = standard.to_json()
        service.content_hash = standard.content_hash
        service.position = position

    @staticmethod
    def _sync_children(
        uow: UnitOfWork,
        service: models.Service,
        standard: Standard,
        old_requirements: dict[tuple[str, int], models.ServiceRequirement],
        old_steps: dict[int, models.ServiceStep],
    ) -> None:
        # A requirement row keeps meaning the same requirement (checklists point at its id): match by
        # text first, then an unmatched row at the same place takes an item whose wording was edited.
        old_rows = list(old_requirements.values())
        used: set[int] = set()
        by_text: dict[tuple[str, str], list[models.ServiceRequirement]] = {}
        for row in old_rows:
            by_text.setdefault((row.variant, row.text), []).append(row)
        plan: list[tuple[str, str, int, Any, models.ServiceRequirement | None]] = []
        for rl in standard.requirements:
            for position, item in enumerate(rl.items, start=1):
                match = next((r for r in by_text.get((rl.variant, item.text), []) if id(r) not in used), None)
                if match is not None:
                    used.add(id(match))
                plan.append((rl.variant, rl.label, position, item, match))
        by_place = {(r.variant, r.position): r for r in old_rows if id(r) not in used and r.active}
        for i, (variant, label, position, item, match) in enumerate(plan):
            if match is None and (variant, position) in by_place:
                match = by_place.pop((variant, position))
                used.add(id(match))
                plan[i] = (variant, label, position, item, match)
        # Park the old rows on unique negative places first, so renumbering never trips the unique key.
        base = min([0, *(r.position for r in old_rows)])
        for i, row in enumerate(old_rows, start=1):
            row.position = base - i
        if old_rows:
            uow.session.flush()
        for variant, label, position, item, match in plan:
            if match is None:
                match = models.ServiceRequirement(service_id=service.id, variant=variant)
                uow.services.add_child(match)
            match.position, match.variant_label, match.text = position, label, item.text
            match.sub_items, match.active = list(item.sub_items), True
        for row in old_rows:
            if id(row) not in used:
                row.active = False  # dropped from the standard: kept (old checklists point at it), parked
        seen_steps: set[int] = set()
        for step in standard.procedure:
            seen_steps.add(step.number)
            srow = old_steps.get(step.number)
            if srow is None:
                srow = models.ServiceStep(service_id=service.id, position=step.number)
                uow.services.add_child(srow)
            srow.text, srow.actor, srow.active = step.text, step.actor, True
        for number, srow in old_steps.items():
            if number not in seen_steps:
                srow.active = False

    @staticmethod
    def _free_code(uow: UnitOfWork, code: str) -> str:
        # A new standard whose code the office already gave to another service gets a numbered variant.
        candidate, n = code, 2
        while uow.services.by_code(candidate) is not None:
            candidate = re.sub(r"\d*$", "", code)[:10] + str(n)
            n += 1
        return candidate

    @staticmethod
    def _free_prefix(uow: UnitOfWork, prefix: str | None) -> str | None:
        if prefix is None or uow.services.by_prefix(prefix) is None:
            return prefix
        return None  # the admin must choose one; the catalogue screen shows the service without a prefix
