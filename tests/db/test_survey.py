"""SKM survey on both engines: submissions from the kiosk, bad input saving nothing, IKM of a seeded fixture."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select
from support import store

from counter_app import survey
from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.db import models
from counter_app.errors import UserError
from counter_app.roles import COMMAND_LINE
from counter_app.survey import Mutu, SurveyAnswers

A = COMMAND_LINE
DAY = store.START.date()  # Monday 23 November 2026


def services(core: Core) -> dict[str, uuid.UUID]:
    """Service ids by key; loket 1 serves AK/1 and BKK, so the kiosk can issue tickets for them."""
    ids = {s.key: s.id for s in core.catalogue.list_services(A)}
    if not core.counters.list_counters(A):
        core.counters.save_counter(
            A, counter_id=None, number=1, name="Loket 1", active=True, service_ids=[ids["ak1"], ids["bkk"]]
        )
    return ids


def form(answers: list[int | None], service_id: uuid.UUID | None, **profile: str) -> SurveyAnswers:
    values = {"age_band": "30_39", "sex": "P", "education": "SMA", "occupation": "PENCARI_KERJA"} | profile
    return SurveyAnswers(answers=tuple(answers), service_id=service_id, **values)


def rows(core: Core) -> list[SimpleNamespace]:
    with core.ctx.uow(read_only=True) as uow:
        table = models.SurveyResponse.__table__
        return [SimpleNamespace(**r) for r in uow.session.execute(select(table)).mappings()]


def counts(core: Core) -> tuple[int, int]:
    """Survey rows and audit entries (the tables a submission writes)."""
    with core.ctx.uow(read_only=True) as uow:
        return tuple(  # type: ignore[return-value]
            uow.session.scalar(select(func.count()).select_from(m)) or 0
            for m in (models.SurveyResponse, models.AuditEntry)
        )


def test_submit_stores_the_answers_and_profile_and_audits(core: Core) -> None:
    ak1 = services(core)["ak1"]
    seen: list[object] = []
    core.ctx.hub.subscribe(seen.append)
    done = core.survey.submit(form([4, 3, 2, 1, 4, 3, 2, 1, 4], ak1, suggestion="  Antrean lebih cepat  "))
    [row] = rows(core)
    assert row.id == done.id
    assert [getattr(row, f"u{i}") for i in range(1, 10)] == [4, 3, 2, 1, 4, 3, 2, 1, 4]
    assert (row.age_band, row.sex, row.education, row.occupation) == ("30_39", "P", "SMA", "PENCARI_KERJA")
    assert row.service_id == ak1 and row.day == DAY and row.station == store.STATION
    assert row.suggestion == "Antrean lebih cepat"
    assert seen and seen[0].survey  # type: ignore[attr-defined]
    [entry] = [e for e in core.audit.recent(A) if e.action == "survey.submit"]
    assert entry.entity_id == str(row.id) and entry.username == ""


@pytest.mark.parametrize(
    ("answers", "profile", "message"),
    [
        ([4, 4, None, 4, 4, 4, 4, 4, None], {}, "nomor 3, 9 belum dijawab"),
        ([4, 4, 4, 4, 4, 4, 4, 4, 5], {}, "nomor 9 harus 1 sampai 4"),
        ([4] * 9, {"sex": ""}, "Jenis kelamin belum dipilih"),
        ([4] * 9, {"education": "SMEA"}, "Pendidikan terakhir 'SMEA' tidak dikenal"),
        ([4] * 9, {"occupation": "ASN"}, "Pekerjaan 'ASN' tidak dikenal"),
        ([4] * 9, {"age_band": "99"}, "Umur '99' tidak dikenal"),
    ],
)
def test_bad_forms_are_refused_and_nothing_saved(
    core: Core, answers: list[int | None], profile: dict[str, str], message: str
) -> None:
    ak1 = services(core)["ak1"]
    before = counts(core)
    with pytest.raises(UserError, match=message):
        core.survey.submit(form(answers, ak1, **profile))
    assert counts(core) == before == (0, len(core.audit.recent(A)))


def test_service_is_required_unless_a_ticket_says_it(core: Core) -> None:
    with pytest.raises(UserError, match="Jenis layanan belum dipilih"):
        core.survey.submit(form([4] * 9, None))
    bkk = services(core)["bkk"]
    slip = core.queue.issue_ticket(bkk)
    core.queue.confirm_printed(slip.ticket_id)
    core.survey.submit(form([3] * 9, None, ticket_code=slip.code.replace("-", "").lower()))
    [row] = rows(core)
    assert row.ticket_id == slip.ticket_id and row.service_id == bkk


def test_a_ticket_answers_one_survey_and_must_be_of_today(core: Core, clock: FixedClock) -> None:
    bkk = services(core)["bkk"]
    slip = core.queue.issue_ticket(bkk)
    core.survey.submit(form([3] * 9, bkk, ticket_code=slip.code))
    with pytest.raises(UserError, match="sudah diisi"):
        core.survey.submit(form([4] * 9, bkk, ticket_code=slip.code))
    with pytest.raises(UserError, match="tidak ditemukan untuk hari ini"):
        core.survey.submit(form([4] * 9, bkk, ticket_code="Z-999"))
    clock.advance(days=1)
    with pytest.raises(UserError, match="tidak ditemukan untuk hari ini"):
        core.survey.submit(form([4] * 9, bkk, ticket_code=slip.code))
    assert len(rows(core)) == 1


def test_ikm_of_a_seeded_fixture_equals_the_hand_calculation(core: Core, clock: FixedClock) -> None:
    ids = services(core)
    ak1, bkk = ids["ak1"], ids["bkk"]
    # Visitors: 3 bkk tickets and 1 ak1 ticket on Monday, 1 bkk ticket on Tuesday, one unprinted (cancelled).
    for service_id in (bkk, bkk, bkk, ak1):
        core.queue.confirm_printed(core.queue.issue_ticket(service_id).ticket_id)
    failed = core.queue.issue_ticket(ak1)
    core.queue.cancel_unprinted(failed.ticket_id, "kertas habis")
    core.survey.submit(form([4, 4, 4, 4, 4, 4, 4, 4, 4], ak1, sex="L", age_band="20_29"))
    core.survey.submit(form([3, 3, 3, 4, 3, 3, 3, 3, 3], ak1, education="S1"))
    clock.advance(days=1)
    core.queue.confirm_printed(core.queue.issue_ticket(bkk).ticket_id)
    core.survey.submit(form([2, 3, 2, 4, 3, 3, 4, 2, 3], bkk, occupation="SWASTA"))
    core.survey.submit(form([3, 2, 3, 4, 2, 4, 3, 1, 3], bkk, sex="L"))
    clock.advance(days=1)  # Wednesday: outside the period
    core.queue.confirm_printed(core.queue.issue_ticket(bkk).ticket_id)
    core.survey.submit(form([1] * 9, bkk))

    result = core.survey.ikm(A, DAY, DAY + dt.timedelta(days=1))

    # By hand, over the four respondents of Monday and Tuesday:
    #   sums    12 12 12 16 12 14 14 10 13  ->  NRR 3 3 3 4 3 3,5 3,5 2,5 3,25  (sum 28,75)
    #   IKM = 28,75 / 9 = 3,19444...; x 25 = 79,861... -> 79,86, mutu B "Baik"
    #   AK/1: NRR 3,5 everywhere but U4 = 4: sum 32 -> 32 / 9 x 25 = 88,888... -> 88,89, mutu A
    #   BKK: NRR 2,5 2,5 2,5 4 2,5 3,5 3,5 1,5 3: sum 25,5 -> 25,5 / 9 x 25 = 70,833... -> 70,83, mutu C
    assert [u.nrr for u in result.overall.unsur] == [3.0, 3.0, 3.0, 4.0, 3.0, 3.5, 3.5, 2.5, 3.25]
    assert result.overall.konversi == Decimal("79.86")
    assert result.overall.ikm == Decimal("3.1944")
    assert (result.overall.mutu, result.overall.kinerja) == (Mutu.B, "Baik")
    by_service = {s.service_id: s for s in result.per_service}
    assert (by_service[ak1].konversi, by_service[ak1].mutu, by_service[ak1].respondents) == (
        Decimal("88.89"),
        Mutu.A,
        2,
    )
    assert (by_service[bkk].konversi, by_service[bkk].mutu, by_service[bkk].respondents) == (
        Decimal("70.83"),
        Mutu.C,
        2,
    )
    # 5 printed tickets in the period (the unprinted slip and Wednesday's do not count): sample 5 for N = 5.
    assert (result.respondents, result.visitors, result.required_sample) == (4, 5, 5)
    assert not result.sample_met
    profile = {g.title: {c.code: c.count for c in g.counts} for g in result.profile}
    assert profile["Jenis kelamin"] == {"L": 2, "P": 2}
    assert profile["Umur"]["20_29"] == 1 and profile["Umur"]["30_39"] == 3
    assert profile["Pendidikan"]["S1"] == 1 and profile["Pendidikan"]["SMA"] == 3
    assert profile["Pekerjaan"]["SWASTA"] == 1 and profile["Pekerjaan"]["PENCARI_KERJA"] == 3
    assert sum(c.count for c in next(g for g in result.profile if g.title == "Jenis layanan").counts) == 4

    only_bkk = core.survey.ikm(A, DAY, DAY + dt.timedelta(days=2), service_id=bkk)
    # BKK over three days adds the all-1 form: sums 6 6 6 9 6 8 8 4 7 over 3 -> sum of NRR 20 -> 55,56, D.
    assert only_bkk.overall.konversi == Decimal("55.56") and only_bkk.overall.mutu is Mutu.D
    assert (only_bkk.respondents, only_bkk.visitors, only_bkk.service_label) == (
        3,
        5,
        "TANDA DAFTAR BURSA KERJA KHUSUS (BKK)",
    )


def test_empty_period_has_no_index(core: Core) -> None:
    result = core.survey.ikm(A, DAY, DAY)
    assert result.respondents == 0 and result.overall.konversi is None and result.per_service == ()
    with pytest.raises(UserError, match="lebih awal"):
        core.survey.ikm(A, DAY, DAY - dt.timedelta(days=1))


def test_ikm_is_computed_in_the_database_for_many_forms(core: Core) -> None:
    ak1 = services(core)["ak1"]
    with core.ctx.uow() as uow:
        for n in range(300):
            answers = {f"u{i}": 1 + (n + i) % 4 for i in range(1, 10)}
            uow.session.add(
                models.SurveyResponse(
                    submitted_at=store.START,
                    day=DAY,
                    service_id=ak1,
                    station="x",
                    age_band="30_39",
                    sex="L",
                    education="SD",
                    occupation="LAINNYA",
                    suggestion="",
                    **answers,
                )
            )
        uow.commit()
    result = core.survey.ikm(A, DAY, DAY)
    with core.ctx.uow(read_only=True) as uow:
        expected = [uow.session.scalar(select(func.sum(getattr(models.SurveyResponse, f"u{i}")))) for i in range(1, 10)]
    assert [u.total for u in result.overall.unsur] == expected
    assert result.respondents == 300
    assert survey.score("x", None, 300, expected, [300] * 9).konversi == result.overall.konversi
