"""The SKM survey service: forms from the kiosk or a tablet (public), and the IKM of a period for the supervisor.

The rules and data classes live in counter_app/skm.py and are re-exported here (``survey.UNSUR``, ...).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping

from counter_app import letterhead, skm
from counter_app.changes import Changes
from counter_app.context import ServiceContext
from counter_app.db import models
from counter_app.errors import UserError
from counter_app.roles import Permission, Principal
from counter_app.skm import (
    AGE_BANDS,
    CHI_SQUARE,
    CONVERSION,
    EDUCATION_LEVELS,
    KINERJA,
    MARGIN,
    MUTU_EDGES,
    OCCUPATIONS,
    PROFILE_CHOICES,
    PROFILE_FIELDS,
    PROFILE_TITLES,
    PROPORTION,
    REPORT_PLACE,
    SCALE,
    SEXES,
    SUGGESTION_MAX,
    TICKET_CODE_MAX,
    TICKET_CODE_PATTERN,
    UNSUR,
    UNSUR_COUNT,
    WEIGHT,
    WEIGHT_NOTE,
    IkmResult,
    IkmScore,
    Mutu,
    ProfileCount,
    ProfileGroup,
    SkmReportData,
    SubmittedResponse,
    SurveyAnswers,
    SurveyServiceChoice,
    Unsur,
    UnsurScore,
    age_band_of,
    check_answers,
    check_choice,
    ikm_from_nrr,
    konversi,
    mutu,
    normalise_ticket_code,
    nrr,
    profile_groups,
    round2,
    sample_size,
    score,
    score_of_answers,
)

__all__ = [
    "AGE_BANDS",
    "CHI_SQUARE",
    "CONVERSION",
    "EDUCATION_LEVELS",
    "KINERJA",
    "MARGIN",
    "MUTU_EDGES",
    "OCCUPATIONS",
    "PROFILE_CHOICES",
    "PROFILE_FIELDS",
    "PROFILE_TITLES",
    "PROPORTION",
    "REPORT_PLACE",
    "SCALE",
    "SEXES",
    "SUGGESTION_MAX",
    "TICKET_CODE_MAX",
    "TICKET_CODE_PATTERN",
    "UNSUR",
    "UNSUR_COUNT",
    "WEIGHT",
    "WEIGHT_NOTE",
    "IkmResult",
    "IkmScore",
    "Mutu",
    "ProfileCount",
    "ProfileGroup",
    "SkmReportData",
    "SubmittedResponse",
    "SurveyAnswers",
    "SurveyService",
    "SurveyServiceChoice",
    "Unsur",
    "UnsurScore",
    "age_band_of",
    "check_answers",
    "check_choice",
    "ikm_from_nrr",
    "konversi",
    "mutu",
    "normalise_ticket_code",
    "nrr",
    "profile_groups",
    "round2",
    "sample_size",
    "score",
    "score_of_answers",
]


# ---- the service -------------------------------------------------------------------------------------------


class SurveyService:
    """Takes survey forms from the kiosk or a tablet (public) and computes the IKM for the supervisor."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def services(self) -> list[SurveyServiceChoice]:
        """The public services a respondent can pick (public, like the kiosk menu)."""
        with self._ctx.uow(read_only=True) as uow:
            return [SurveyServiceChoice(s.id, s.code, s.title) for s in uow.services.list() if s.is_public and s.active]

    def submit(self, form: SurveyAnswers) -> SubmittedResponse:
        """Store one respondent's answers (public: the kiosk has no signed-in user).

        Every answer must be 1-4 and every profile field one of the listed codes; a ticket code, when given,
        must be a ticket of today and may be used for one survey only. Nothing is stored on bad input.
        """
        answers = check_answers(form.answers)
        age = skm.check_choice(form.age_band, AGE_BANDS, "Umur")
        sex = skm.check_choice(form.sex, SEXES, "Jenis kelamin")
        education = skm.check_choice(form.education, EDUCATION_LEVELS, "Pendidikan terakhir")
        occupation = skm.check_choice(form.occupation, OCCUPATIONS, "Pekerjaan")
        suggestion = (form.suggestion or "").strip()
        if len(suggestion) > SUGGESTION_MAX:
            raise UserError(f"Saran terlalu panjang ({len(suggestion)} huruf); paling banyak {SUGGESTION_MAX} huruf.")
        code = normalise_ticket_code(form.ticket_code)
        now = self._ctx.clock.now()
        with self._ctx.uow() as uow:
            ticket = None
            if code:
                ticket = uow.survey.ticket_of_day(code, now.date())
                if ticket is None:
                    raise UserError(
                        f"Nomor antrean {code} tidak ditemukan untuk hari ini. Periksa karcis Anda atau kosongkan."
                    )
                if uow.survey.by_ticket(ticket.id) is not None:
                    raise UserError(f"Survei untuk nomor antrean {code} sudah diisi. Terima kasih.")
            service_id = form.service_id or (ticket.origin_service_id if ticket else None)
            if service_id is None:
                raise UserError("Jenis layanan belum dipilih. Pilih layanan yang Anda terima hari ini.")
            service = uow.services.get(service_id)
            if service is None or not service.is_public:
                raise UserError("Layanan yang dipilih tidak dikenal. Pilih lagi dari daftar.")
            row = models.SurveyResponse(
                submitted_at=now,
                day=now.date(),
                service_id=service.id,
                ticket_id=ticket.id if ticket else None,
                station=self._ctx.station,
                age_band=age,
                sex=sex,
                education=education,
                occupation=occupation,
                suggestion=suggestion,
                **{f"u{i}": a for i, a in enumerate(answers, start=1)},
            )
            uow.survey.add(row)
            self._ctx.audit(uow, None, "survey.submit", "survey_response", row.id, service=service.code)
            result = SubmittedResponse(row.id, now, service.title)
            uow.commit()
        self._ctx.hub.publish(Changes(survey=True))
        return result

    def ikm(self, actor: Principal, start: dt.date, end: dt.date, service_id: uuid.UUID | None = None) -> IkmResult:
        """The IKM of the responses submitted from ``start`` to ``end`` (inclusive), overall and per service."""
        actor.require(Permission.VIEW_REPORTS)
        if end < start:
            raise UserError("Tanggal akhir periode lebih awal dari tanggal mulai. Tukar atau perbaiki tanggalnya.")
        with self._ctx.uow(read_only=True) as uow:
            titles = {s.id: s.title for s in uow.services.list()}
            if service_id is not None and service_id not in titles:
                raise UserError("Layanan yang dipilih tidak dikenal. Pilih lagi dari daftar.")
            choices = {f: list(PROFILE_CHOICES[f]) for f in PROFILE_CHOICES}
            groups = uow.survey.sums(start, end, service_id, choices)
            visitors = uow.survey.visitors(start, end, service_id)
        profile: dict[str, Mapping[object, int]] = {
            f: {value: sum(g.profile[f][value] for g in groups) for value in values} for f, values in choices.items()
        }
        profile["service_id"] = {g.service_id: g.respondents for g in groups}
        names = {
            g.service_id: titles.get(g.service_id, "(layanan dihapus)") if g.service_id else "(tanpa layanan)"
            for g in groups
        }
        per_service = tuple(
            score(names[g.service_id], g.service_id, g.respondents, g.totals, g.answered)
            for g in sorted(groups, key=lambda g: names[g.service_id])
        )
        respondents = sum(g.respondents for g in groups)
        totals = [sum(g.totals[i] for g in groups) for i in range(UNSUR_COUNT)]
        counts = [sum(g.answered[i] for g in groups) for i in range(UNSUR_COUNT)]
        label = titles[service_id] if service_id else "Semua layanan"
        overall = score(label, service_id, respondents, totals, counts)
        return IkmResult(
            start=start,
            end=end,
            service_id=service_id,
            service_label=label,
            overall=overall,
            per_service=per_service,
            visitors=visitors,
            required_sample=sample_size(visitors),
            profile=skm.profile_groups(
                profile, {g.service_id: titles.get(g.service_id, "(layanan dihapus)") for g in groups if g.service_id}
            ),
        )

    def report(
        self, actor: Principal, start: dt.date, end: dt.date, service_id: uuid.UUID | None = None
    ) -> SkmReportData:
        """The printable SKM report of the period, signed by the signed-in supervisor (the print is audited)."""
        actor.require(Permission.VIEW_REPORTS)
        result = self.ikm(actor, start, end, service_id)
        now = self._ctx.clock.now()
        with self._ctx.uow() as uow:
            user = uow.users.get(actor.user_id) if actor.user_id else None
            nip = user.nip if user is not None else ""
            kop = letterhead.office_kop(uow.office_settings)
            place = letterhead.office_place(uow.office_settings)
            self._ctx.audit(
                uow,
                actor,
                "survey.report",
                "survey_response",
                "",
                start=start.isoformat(),
                end=end.isoformat(),
                service_id=str(service_id) if service_id else "",
                respondents=result.respondents,
            )
            uow.commit()
        return SkmReportData(
            kop=kop,
            result=result,
            printed_at=now,
            place=place,
            signer_name=actor.full_name,
            signer_role=actor.role_label,
            signer_nip=nip,
        )
