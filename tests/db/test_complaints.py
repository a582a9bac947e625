"""Complaints on both engines: record (anonymous allowed), follow-up to a response, response times, summary."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import func, select
from support import store

from counter_app.calendar import OfficeCalendar
from counter_app.clock import FixedClock
from counter_app.complaints import (
    Channel,
    ComplaintFilter,
    ComplaintInput,
    ComplaintStatus,
    Kind,
    WorkingDayCounter,
    working_days_between,
)
from counter_app.core import Core
from counter_app.db import models, repositories
from counter_app.errors import Conflict, UserError
from counter_app.roles import COMMAND_LINE

A = COMMAND_LINE
START = store.START  # Monday 23 November 2026, 08:00


def complaint_rows(core: Core) -> tuple[int, int]:
    with core.ctx.uow(read_only=True) as uow:
        return tuple(  # type: ignore[return-value]
            uow.session.scalar(select(func.count()).select_from(m)) or 0
            for m in (models.Complaint, models.ComplaintFollowUp)
        )


def test_record_numbers_per_year_and_allows_anonymous(core: Core) -> None:
    ak1 = next(s.id for s in core.catalogue.list_services(A) if s.key == "ak1")
    seen: list[object] = []
    core.ctx.hub.subscribe(seen.append)
    first = core.complaints.record(
        A, ComplaintInput(Channel.WHATSAPP, Kind.PENGADUAN, "  Antrean AK/1 terlalu lama  ", service_id=ak1)
    )
    second = core.complaints.record(
        A, ComplaintInput(Channel.LAPOR, Kind.SARAN, "Tambah kursi tunggu", name="Budi", contact="0812 3456 789")
    )
    assert (first.number, second.number) == ("ADU-2026-0001", "ADU-2026-0002")
    assert first.who == "Anonim" and first.text == "Antrean AK/1 terlalu lama"
    assert first.service_title == "AK/1 ATAU KARTU KUNING" and first.channel_label == "WhatsApp"
    assert second.channel_label == "SP4N-LAPOR!" and second.who == "Budi"
    assert first.status is ComplaintStatus.BARU and first.first_response is None
    assert [h.note for h in first.history] == ["Dicatat"]
    assert complaint_rows(core) == (2, 2)
    assert seen and seen[0].complaints  # type: ignore[attr-defined]
    assert sum(1 for e in core.audit.recent(A) if e.action == "complaint.record") == 2


@pytest.mark.parametrize(
    ("complaint", "message"),
    [
        (ComplaintInput(Channel.EMAIL, Kind.PENGADUAN, "   "), "Isi pengaduan/saran belum diisi"),
        (ComplaintInput(Channel.EMAIL, Kind.PENGADUAN, "x" * 4001), "terlalu panjang"),
        (ComplaintInput("fax", Kind.PENGADUAN, "teks"), "Saluran pengaduan tidak dikenal"),  # type: ignore[arg-type]
        (
            ComplaintInput(Channel.SURAT, Kind.SARAN, "teks", received_at=START + dt.timedelta(hours=1)),
            "tidak boleh setelah saat ini",
        ),
        (ComplaintInput(Channel.TELEPON, Kind.APRESIASI, "teks", name="a\x00b"), "karakter kendali"),
    ],
)
def test_bad_complaints_are_refused_and_nothing_saved(core: Core, complaint: ComplaintInput, message: str) -> None:
    with pytest.raises(UserError, match=message):
        core.complaints.record(A, complaint)
    assert complaint_rows(core) == (0, 0)


def test_follow_up_to_a_response_with_response_times(core: Core, clock: FixedClock) -> None:
    c = core.complaints.record(A, ComplaintInput(Channel.LOKET, Kind.PENGADUAN, "Petugas tidak ramah"))
    clock.advance(hours=3)
    doing = core.complaints.follow_up(A, c.id, ComplaintStatus.DIPROSES, "Diteruskan ke Kasi")
    assert doing.status is ComplaintStatus.DIPROSES
    assert (doing.first_response.hours, doing.first_response.working_days) == (3.0, 0)  # type: ignore[union-attr]
    clock.advance(hours=23, minutes=30)  # Tuesday 10:30
    done = core.complaints.follow_up(A, c.id, ComplaintStatus.SELESAI, "Petugas sudah dibina; terima kasih")
    assert done.status is ComplaintStatus.SELESAI and done.response == "Petugas sudah dibina; terima kasih"
    assert done.first_response_at == START + dt.timedelta(hours=3)  # the first response stays the first
    assert (done.to_close.hours, done.to_close.working_days) == (26.5, 1)  # type: ignore[union-attr]
    assert [h.status for h in done.history] == [ComplaintStatus.BARU, ComplaintStatus.DIPROSES, ComplaintStatus.SELESAI]
    with pytest.raises(Conflict, match="sudah selesai"):
        core.complaints.follow_up(A, c.id, ComplaintStatus.DIPROSES, "lagi")
    with pytest.raises(UserError, match="Jawaban/tanggapan belum diisi"):
        other = core.complaints.record(A, ComplaintInput(Channel.EMAIL, Kind.SARAN, "Parkir sempit"))
        core.complaints.follow_up(A, other.id, ComplaintStatus.SELESAI, " ")
    assert core.complaints.get(A, other.id).status is ComplaintStatus.BARU


def test_working_days_skip_weekends_and_holidays() -> None:
    cal = OfficeCalendar({dt.date(2026, 11, 24): "Rapat"})
    assert working_days_between(cal, dt.date(2026, 11, 23), dt.date(2026, 11, 23)) == 0
    assert working_days_between(cal, dt.date(2026, 11, 23), dt.date(2026, 11, 25)) == 1  # Tuesday is off
    assert working_days_between(cal, dt.date(2026, 11, 27), dt.date(2026, 11, 30)) == 1  # Friday to Monday


def test_the_cached_counter_agrees_with_the_plain_count() -> None:
    cal = OfficeCalendar({dt.date(2026, 11, 24): "Rapat"})
    counter = WorkingDayCounter(cal)
    rng = random.Random(7)
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(0, 500)) for _ in range(200)]
    for start, end in zip(days, reversed(days), strict=True):
        assert counter.between(start, end) == working_days_between(cal, start, end), (start, end)


def test_list_filters(core: Core, clock: FixedClock) -> None:
    core.complaints.record(A, ComplaintInput(Channel.EMAIL, Kind.SARAN, "Parkir sempit", name="Rina"))
    b = core.complaints.record(A, ComplaintInput(Channel.KOTAK_SARAN, Kind.PENGADUAN, "Toilet kotor"))
    clock.advance(days=1)
    core.complaints.record(A, ComplaintInput(Channel.EMAIL, Kind.APRESIASI, "Pelayanan cepat"))
    core.complaints.follow_up(A, b.id, ComplaintStatus.SELESAI, "Sudah dibersihkan")

    def texts(**where: object) -> list[str]:
        return [c.text for c in core.complaints.list(A, ComplaintFilter(**where))]  # type: ignore[arg-type]

    assert texts() == ["Pelayanan cepat", "Toilet kotor", "Parkir sempit"]
    assert texts(channel=Channel.EMAIL) == ["Pelayanan cepat", "Parkir sempit"]
    assert texts(status=ComplaintStatus.SELESAI) == ["Toilet kotor"]
    assert texts(kind=Kind.SARAN) == ["Parkir sempit"]
    assert texts(text="RINA") == ["Parkir sempit"]
    assert texts(text="dibersihkan") == ["Toilet kotor"]  # the response is searched too
    assert texts(start=START.date() + dt.timedelta(days=1)) == ["Pelayanan cepat"]
    assert texts(end=START.date()) == ["Toilet kotor", "Parkir sempit"]


def test_summary_counts_times_and_overdue(core: Core, clock: FixedClock) -> None:
    old = core.complaints.record(
        A, ComplaintInput(Channel.SURAT, Kind.PENGADUAN, "Surat lama", received_at=START - dt.timedelta(days=14))
    )
    a = core.complaints.record(A, ComplaintInput(Channel.LOKET, Kind.PENGADUAN, "A"))
    b = core.complaints.record(A, ComplaintInput(Channel.WHATSAPP, Kind.PENGADUAN, "B"))
    core.complaints.record(A, ComplaintInput(Channel.WHATSAPP, Kind.SARAN, "C"))
    clock.advance(hours=2)
    core.complaints.follow_up(A, a.id, ComplaintStatus.DIPROSES, "dicek")
    clock.advance(hours=2)
    core.complaints.follow_up(A, b.id, ComplaintStatus.SELESAI, "beres")
    clock.advance(days=1)
    core.complaints.follow_up(A, a.id, ComplaintStatus.SELESAI, "beres juga")

    s = core.complaints.summary(A, START.date(), START.date())
    assert s.total == 3  # the old letter was received two weeks before the period
    assert s.by_status == {ComplaintStatus.BARU: 1, ComplaintStatus.DIPROSES: 0, ComplaintStatus.SELESAI: 2}
    assert s.by_channel[Channel.WHATSAPP] == 2 and s.by_channel[Channel.LOKET] == 1 and s.by_channel[Channel.EMAIL] == 0
    assert s.by_kind[Kind.PENGADUAN] == 2 and s.by_kind[Kind.SARAN] == 1
    # First responses: A after 2 h, B after 4 h -> mean 3 h; closed: B after 4 h (0 wd), A after 28 h (1 wd).
    assert (s.responded, s.mean_first_response_hours, s.mean_first_response_working_days) == (2, 3.0, 0.0)
    assert (s.closed, s.mean_close_hours, s.mean_close_working_days) == (2, 16.0, 0.5)
    # Still open: the old letter (received Monday 9 Nov: 11 working days ago) and C (1 working day).
    assert [c.id for c in s.overdue] == [old.id] and s.overdue[0].age_working_days == 11
    assert core.complaints.summary(A, START.date(), START.date(), overdue_working_days=0).overdue[1].text == "C"
    with pytest.raises(UserError, match="lebih awal"):
        core.complaints.summary(A, START.date(), START.date() - dt.timedelta(days=1))


def test_a_number_taken_meanwhile_moves_the_new_complaint_on(core: Core, monkeypatch: pytest.MonkeyPatch) -> None:
    core.complaints.record(A, ComplaintInput(Channel.LOKET, Kind.SARAN, "Pertama"))
    original = repositories.ComplaintRepository.next_seq
    calls: list[int] = []

    def stale(self: repositories.ComplaintRepository, year: int) -> int:
        calls.append(year)
        return 1 if len(calls) == 1 else original(self, year)  # as if read before the other station committed

    monkeypatch.setattr(repositories.ComplaintRepository, "next_seq", stale)
    second = core.complaints.record(A, ComplaintInput(Channel.LOKET, Kind.SARAN, "Kedua"))
    assert second.number == "ADU-2026-0002" and len(calls) == 2
    assert complaint_rows(core) == (2, 2)
