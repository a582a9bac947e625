"""Guarded core calls of letters, registers and the office profile for the permission tests in test_auth.py.

``GUARDS`` maps each permission to (``core attribute.method``, call) pairs; a call gets the core, the acting
principal and test_auth's ``Targets``, whose ``areas["letters"]`` holds what ``prepare`` returned. Every call
named in ``READ_ONLY`` must leave the store unchanged and return something; every other call must change it.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import delete
from support import letters as fx

from counter_app import letters
from counter_app.core import Core
from counter_app.db import models
from counter_app.roles import Permission, Principal

DROPPED_TEMPLATE = "nota_verifikasi_oss"  # removed in prepare so that load_default_templates has work


@dataclasses.dataclass(frozen=True)
class LetterTargets:
    """Rows the guarded calls act on."""

    application_id: uuid.UUID
    template: letters.LetterTemplate
    document_id: uuid.UUID  # issued, waiting to print (read calls)
    to_print: uuid.UUID
    to_cancel: uuid.UUID
    register_id: uuid.UUID
    signatory_id: uuid.UUID


def _t(targets: Any) -> LetterTargets:
    value: LetterTargets = targets.areas["letters"]
    return value


def _extras(t: LetterTargets) -> dict[str, str]:
    return fx.EXTRAS[t.template.key]


VIEW: tuple[tuple[str, Callable[[Core, Principal, Any], object]], ...] = (
    ("letters.profile", lambda core, p, t: core.letters.profile(p)),
    ("letters.printers", lambda core, p, t: core.letters.printers(p)),
    ("letters.printer_for", lambda core, p, t: core.letters.printer_for(p, "tanda_daftar_bkk")),
    ("letters.signatories", lambda core, p, t: core.letters.signatories(p)),
    ("letters.registers", lambda core, p, t: core.letters.registers(p)),
    ("letters.register_entries", lambda core, p, t: core.letters.register_entries(p, _t(t).register_id, 2026)),
    ("letters.export_register", lambda core, p, t: core.letters.export_register(p, _t(t).register_id, 2026)),
    ("letters.preview_number", lambda core, p, t: core.letters.preview_number(p, _t(t).register_id)),
    ("letters.templates", lambda core, p, t: core.letters.templates(p)),
    ("letters.template", lambda core, p, t: core.letters.template(p, _t(t).template.id)),  # type: ignore[arg-type]
    ("letters.document", lambda core, p, t: core.letters.document(p, _t(t).document_id)),
    ("letters.documents_of", lambda core, p, t: core.letters.documents_of(p, _t(t).application_id)),
    ("letters.pdf", lambda core, p, t: core.letters.pdf(p, _t(t).document_id)),
    ("letters.letter_data", lambda core, p, t: core.letters.letter_data(p, _t(t).document_id)),
    ("letters.pending_prints", lambda core, p, t: core.letters.pending_prints(p)),
)

GUARDS: dict[Permission, tuple[tuple[str, Callable[[Core, Principal, Any], object]], ...]] = {
    Permission.VIEW_DOCUMENTS: VIEW,
    Permission.ISSUE_DOCUMENTS: (
        (
            "letters.draft",
            lambda core, p, t: core.letters.draft(p, _t(t).application_id, _t(t).template.id, _extras(_t(t))),  # type: ignore[arg-type]
        ),
        (
            "letters.issue",
            lambda core, p, t: core.letters.issue(p, _t(t).application_id, _t(t).template.id, _extras(_t(t))),  # type: ignore[arg-type]
        ),
        ("letters.record_print", lambda core, p, t: core.letters.record_print(p, _t(t).to_print, "HP", ok=True)),
        ("letters.cancel", lambda core, p, t: core.letters.cancel(p, _t(t).to_cancel, "salah ketik")),
    ),
    Permission.MANAGE_OFFICE: (
        (
            "letters.save_profile",
            lambda core, p, t: core.letters.save_profile(p, letters.OfficeProfile(place="Mojosari")),
        ),
        ("letters.set_printer", lambda core, p, t: core.letters.set_printer(p, "legalisasi_srk", "Epson")),
        (
            "letters.save_signatory",
            lambda core, p, t: core.letters.save_signatory(
                p, letters.SignatoryInput(jabatan="SEKRETARIS", name="Ani", golongan="IV/a", nip=fx.MEDIATOR_NIP)
            ),
        ),
        ("letters.deactivate_signatory", lambda core, p, t: core.letters.deactivate_signatory(p, _t(t).signatory_id)),
        (
            "letters.save_register",
            lambda core, p, t: core.letters.save_register(p, letters.RegisterInput(key="baru", name="Register baru")),
        ),
        (
            "letters.save_template",
            lambda core, p, t: core.letters.save_template(p, dataclasses.replace(_t(t).template, sifat="Segera")),
        ),
        ("letters.load_default_templates", lambda core, p, t: core.letters.load_default_templates(p)),
    ),
}
READ_ONLY: set[str] = {name for name, _ in VIEW} | {"letters.draft"}


def prepare(core: Core, admin: Principal) -> Any:
    """Create the rows the guarded calls act on; return them for ``Targets.areas["letters"]``."""
    core.letters.set_renderer(fx.fake_pdf)
    _head, mediator = fx.add_signatories(core)
    core.letters.set_printer(admin, "", "HP-LaserJet")
    template = fx.template_by_key(core, "tanda_daftar_bkk")
    application = fx.application_for(core, "bkk", person=False)
    extras = fx.EXTRAS[template.key]
    issued = [core.letters.issue(admin, application, template.id, extras) for _ in range(3)]
    with core.ctx.uow() as uow:
        uow.session.execute(delete(models.LetterTemplate).where(models.LetterTemplate.key == DROPPED_TEMPLATE))
        uow.commit()
    return LetterTargets(
        application_id=application,
        template=template,
        document_id=issued[0].id,
        to_print=issued[1].id,
        to_cancel=issued[2].id,
        register_id=issued[0].register_id,
        signatory_id=mediator.id,
    )
