"""AK/1 register on both engines: registration round trip, numbers, report-backs, placement, removal, search."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select
from support import store

from counter_app import documents
from counter_app.auth import UserInfo
from counter_app.changes import Changes
from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.db import models
from counter_app.errors import Conflict, NotFound, UserError
from counter_app.jobseekers import (
    KEEP_PHOTO,
    Ak1Settings,
    CardStatus,
    DesiredJob,
    EducationRow,
    ExperienceRow,
    JobSeekerProfile,
    JobSeekerRecord,
    LanguageRow,
    Placement,
    Registration,
    TrainingRow,
)
from counter_app.roles import COMMAND_LINE, Principal, Role

A = COMMAND_LINE
TODAY = store.START.date()  # Monday 23 November 2026
NIK_F = "3516084107900001"  # a woman born 1 July 1990
NIK_M = "3516081205900002"  # a man born 12 May 1990
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def profile(nik: str = NIK_F, name: str = "Siti Aminah", **kw: object) -> JobSeekerProfile:
    values: dict[str, object] = {
        "nik": nik,
        "name": name,
        "birth_date": None,
        "sex": "",
        "religion": "1",
        "marital_status": "belum_kawin",
    }
    values.update(kw)
    return JobSeekerProfile(**values)  # type: ignore[arg-type]


def full_profile() -> JobSeekerProfile:
    return JobSeekerProfile(
        nik=NIK_F,
        kk="3516080101100003",
        name="Siti Aminah",
        birth_place="Mojokerto",
        birth_date=dt.date(1990, 7, 1),
        sex="P",
        religion="1",
        marital_status="kawin",
        address="Jl. Pemuda 5 RT 01 RW 02",
        kecamatan_code="35.16.08",
        desa_code="35.16.08.2001",
        postcode="61382",
        phone="0812-3456-7890",
        email="siti@contoh.com",
        height_cm=158,
        weight_kg=52,
        education=(
            EducationRow("SD", "SDN Seduri 1", "", 1996, 2002, "45,5"),
            EducationRow("SMP", "SMPN 1 Mojosari", "", 2002, 2005, "38"),
            EducationRow("SMK", "SMKN 1 Mojosari", "Akuntansi", 2005, 2008, "40"),
            EducationRow("D3", "Politeknik Surabaya", "Akuntansi", 2008, 2011, "3,21"),
        ),
        training=(TrainingRow("Operator komputer", "BLK Mojokerto", 2012), TrainingRow("Menjahit", "", None)),
        languages=(LanguageRow("Indonesia", "Aktif"), LanguageRow("Inggris", "Pasif")),
        experience=(ExperienceRow("PT Maju Jaya", "Staf administrasi", 2012, 2019),),
        desired_jobs=(DesiredJob("4", "Staf akuntansi", "Mojokerto"), DesiredJob("5", "Kasir")),
        notes="Bisa bekerja shift.",
    )


def register(
    core: Core, p: JobSeekerProfile | None = None, number: str = "", issued: dt.date | None = None, actor: Principal = A
) -> JobSeekerRecord:
    return core.jobseekers.register(actor, p or profile(), None, Registration(number, issued))


def unchanged(core: Core, action: Callable[[], object], match: str, error: type[Exception] = UserError) -> None:
    before = store.snapshot(core.engine)
    with pytest.raises(error, match=match):
        action()
    assert store.snapshot(core.engine) == before, store.diff(before, store.snapshot(core.engine))


def audit_actions(core: Core) -> list[str]:
    with core.ctx.uow(read_only=True) as uow:
        return [e.action for e in uow.audit.recent(500, "jobseeker.")]


def officer(core: Core) -> Principal:
    info: UserInfo = core.users.add_user(
        A, username="pengantar", full_name="Dra. Sri Wahyuni", role=Role.PENGANTAR_KERJA,
        password=store.PASSWORD, nip="19680411 199303 2 009",
    )  # fmt: skip
    assert info.nip
    return core.auth.login("pengantar", store.PASSWORD)


# --- registration ---------------------------------------------------------------------------------------


def test_register_round_trips_every_field(core: Core) -> None:
    who = officer(core)
    published: list[Changes] = []
    core.ctx.hub.subscribe(published.append)
    p = full_profile()
    record = core.jobseekers.register(who, p, PNG, Registration("  3516 0000 1234  ", None))
    assert published == [Changes(jobseekers=True)]
    got = core.jobseekers.get(who, record.summary.id)
    assert got.profile == p
    assert got.photo_png == PNG
    s = got.summary
    assert (s.registration_number, s.issued_on, s.valid_until) == ("3516 0000 1234", TODAY, dt.date(2028, 11, 22))
    assert (s.status, s.reports_done, s.next_report_due) == (CardStatus.ACTIVE, 0, dt.date(2027, 5, 23))
    assert (got.officer_name, got.officer_nip) == ("Dra. Sri Wahyuni", "196804111993032009")
    assert got.warnings == () and got.reports == () and got.placement is None and got.card_prints == 0
    with core.ctx.uow(read_only=True) as uow:
        row = uow.session.scalars(select(models.JobSeeker)).one()
        assert (row.education_level, row.name_folded, row.sex) == ("D3", "siti aminah", "P")
        words = uow.session.scalars(select(models.JobSeekerNameWord.word).order_by("word")).all()
        assert words == ["aminah", "siti"]
    assert audit_actions(core) == ["jobseeker.register"]


def test_birth_date_and_sex_come_from_the_nik_and_a_mismatch_only_warns(core: Core) -> None:
    plain = register(core)
    assert plain.profile.birth_date == dt.date(1990, 7, 1) and plain.profile.sex == "P"
    odd = register(core, profile(NIK_M, "Budi", birth_date=dt.date(1990, 5, 13), sex="P"))
    assert len(odd.warnings) == 2
    assert "Tanggal lahir 13-05-1990 tidak sama" in odd.warnings[0] and "perempuan" in odd.warnings[1]
    assert odd.profile.sex == "P" and odd.profile.birth_date == dt.date(1990, 5, 13)


@pytest.mark.parametrize(
    ("changes", "match"),
    [
        ({"nik": "351608410790"}, "NIK harus 16 angka"),
        ({"nik": "9916084107900001"}, "kode provinsi"),
        ({"name": "  "}, "Nama lengkap belum diisi"),
        ({"kk": "12345"}, "Nomor KK harus 16 angka"),
        ({"birth_date": dt.date(2015, 1, 1)}, "harus berumur 15 sampai 100"),
        ({"birth_date": dt.date(2027, 1, 1)}, "setelah tanggal pendaftaran"),
        ({"sex": "X"}, "Jenis kelamin harus L"),
        ({"religion": ""}, "Agama belum dipilih"),
        ({"religion": "9"}, "Agama belum dipilih"),
        ({"marital_status": "janda"}, "Status perkawinan"),
        ({"email": "siti@"}, "Alamat email"),
        ({"phone": "08abc"}, "Nomor telepon"),
        ({"postcode": "613"}, "Kode pos"),
        ({"kecamatan_code": "35.16.08", "desa_code": "35.16.09.2001"}, "Desa/kelurahan"),
        ({"kecamatan_code": "35.16.99"}, "Kode kecamatan"),
        ({"desa_code": "35.16.08.2001"}, "Desa/kelurahan"),
        ({"height_cm": 20}, "Tinggi badan"),
        ({"education": (EducationRow("SMA", "SMAN 1", "", 2010, 2007),)}, "pendidikan baris 1"),
        ({"education": (EducationRow("XX", "SMAN 1"),)}, "Jenjang pendidikan baris 1"),
        ({"education": (EducationRow("SMA", ""),)}, "Nama sekolah"),
        ({"education": (EducationRow("SMA", "SMAN 1", "", 1800),)}, "Tahun masuk pendidikan baris 1"),
        ({"training": (TrainingRow(""),)}, "pelatihan/keterampilan baris 1"),
        ({"experience": (ExperienceRow("PT A", ""),)}, "Jabatan pengalaman kerja baris 1"),
        ({"desired_jobs": (DesiredJob("X", "Kasir"),)}, "KBJI"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(core: Core, changes: dict[str, object], match: str) -> None:
    unchanged(core, lambda: register(core, profile(**changes)), match)


def test_a_registered_nik_is_refused_naming_the_card_and_found_by_nik(core: Core) -> None:
    first = register(core, number="AK1-777")
    unchanged(core, lambda: register(core, profile(name="Siti Lain")), "AK/1 nomor AK1-777", Conflict)
    found = core.jobseekers.find_by_nik(A, "3516 0841 0790 0001")
    assert found is not None and found.id == first.summary.id
    assert core.jobseekers.find_by_nik(A, NIK_M) is None


def test_a_typed_number_already_taken_is_refused(core: Core) -> None:
    register(core, number="AK1-777")
    unchanged(core, lambda: register(core, profile(NIK_M, "Budi"), number=" AK1-777 "), "sudah dipakai", Conflict)


def test_pattern_numbers_follow_the_settings_and_skip_typed_ones(core: Core) -> None:
    assert register(core).summary.registration_number == "3516-2026-000001"
    core.jobseekers.save_settings(A, Ak1Settings(number_pattern="AK1/{urut:04d}/{tahun}"))
    register(core, profile("3516081205900003", "Ani"), number="AK1/0002/2026")  # typed, same shape
    third = register(core, profile(NIK_M, "Budi"))
    assert third.summary.registration_number == "AK1/0003/2026"  # serial 2 was taken: the next one
    last_year = register(core, profile("3516081205900004", "Joko"), issued=dt.date(2025, 12, 30))
    assert last_year.summary.registration_number == "AK1/0001/2025"


def test_pattern_counter_is_gapless_across_stations(make_core: Callable[..., Core], db_url: str) -> None:
    first = make_core()
    second = make_core(clock=FixedClock(store.START))
    errors: list[BaseException] = []
    numbers: list[str] = []
    lock = threading.Lock()

    def work(c: Core, base: int) -> None:
        try:
            for n in range(5):
                nik = f"35160812059{base + n:05d}"
                number = register(c, profile(nik, f"Orang {base + n}")).summary.registration_number
                with lock:
                    numbers.append(number)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(c, 10 * i + 1)) for i, c in enumerate((first, second) * 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(numbers) == [f"3516-2026-{n:06d}" for n in range(1, 21)]


def test_one_nik_registered_at_two_stations_at_once_makes_one_card(make_core: Callable[..., Core], db_url: str) -> None:
    cores = [make_core(), make_core(clock=FixedClock(store.START))]
    outcomes: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(6)

    def work(c: Core, n: int) -> None:
        start.wait()
        try:
            register(c, profile(name=f"Siti {n}"))
            result = "ok"
        except Conflict:
            result = "conflict"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=work, args=(cores[n % 2], n)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["conflict"] * 5 + ["ok"]
    with cores[0].ctx.uow(read_only=True) as uow:
        assert len(uow.jobseekers.by_nik(NIK_F)) == 1


def test_settings_are_checked_and_stored(core: Core) -> None:
    assert core.jobseekers.settings(A) == Ak1Settings()
    unchanged(core, lambda: core.jobseekers.save_settings(A, Ak1Settings(number_pattern="AK-{tahun}")), "{urut}")
    unchanged(core, lambda: core.jobseekers.save_settings(A, Ak1Settings(number_pattern="{urut}-{x}")), "hanya")
    unchanged(core, lambda: core.jobseekers.save_settings(A, Ak1Settings(report_rows=0)), "kolom lapor")
    wanted = Ak1Settings(number_pattern="X-{urut}", report_rows=4, valid_years=2, report_every_months=6)
    assert core.jobseekers.save_settings(A, wanted).jobseekers
    assert core.jobseekers.settings(A) == wanted


def test_update_profile_keeps_the_photo_unless_given(core: Core) -> None:
    record = core.jobseekers.register(A, profile(), PNG, Registration())
    changed = core.jobseekers.update_profile(A, record.summary.id, profile(name="Siti Aminah Rahayu"), KEEP_PHOTO)
    assert changed.photo_png == PNG and changed.profile.name == "Siti Aminah Rahayu"
    assert [s.id for s in core.jobseekers.search(A, "rahayu")] == [record.summary.id]
    new_photo = b"\xff\xd8\xff" + b"1" * 10
    assert core.jobseekers.update_profile(A, record.summary.id, profile(), new_photo).photo_png == new_photo
    assert core.jobseekers.search(A, "rahayu") == []
    unchanged(core, lambda: core.jobseekers.update_profile(A, record.summary.id, profile(), b"GIF89a"), "PNG")
    other = register(core, profile(NIK_M, "Budi"))
    unchanged(
        core,
        lambda: core.jobseekers.update_profile(A, other.summary.id, profile(NIK_F, "Budi"), None),
        "sudah",
        Conflict,
    )
    assert audit_actions(core).count("jobseeker.update") == 2


# --- report-backs, placement, removal, renewal ---------------------------------------------------------


def test_report_schedule_due_and_late_lists(core: Core, clock: FixedClock) -> None:
    old = register(core, number="A-1", issued=dt.date(2026, 1, 10)).summary  # due 10-07-2026: late
    soon = register(core, profile(NIK_M, "Budi"), number="A-2", issued=dt.date(2025, 12, 1)).summary  # due 1-6
    fresh = register(core, profile("3516081205900003", "Ani"), number="A-3").summary  # due 23-05-2027
    due = core.jobseekers.reports_due(A, TODAY, within_days=14)
    assert [(d.seeker.id, d.report_number, d.due_on, d.days_late) for d in due] == [
        (soon.id, 1, dt.date(2026, 6, 1), 175),
        (old.id, 1, dt.date(2026, 7, 10), 136),
    ]
    r = core.jobseekers.record_report(A, old.id, dt.date(2026, 11, 20), "Masih mencari")
    assert (r.summary.reports_done, r.summary.next_report_due) == (1, dt.date(2027, 1, 10))
    assert r.reports[0].number == 1 and r.reports[0].note == "Masih mencari"
    assert [d.seeker.id for d in core.jobseekers.reports_due(A, TODAY, within_days=14)] == [soon.id]
    assert [d.seeker.id for d in core.jobseekers.reports_due(A, TODAY, within_days=60)] == [soon.id, old.id]
    assert fresh.next_report_due == dt.date(2027, 5, 23)
    for day in (dt.date(2027, 1, 5), dt.date(2027, 7, 1)):
        clock.set(dt.datetime.combine(day, dt.time(9)))
        r = core.jobseekers.record_report(A, old.id, day)
    assert (r.summary.reports_done, r.summary.next_report_due) == (3, None)  # three rows, all used
    unchanged(core, lambda: core.jobseekers.record_report(A, old.id, dt.date(2027, 7, 1)), "sudah terisi", Conflict)
    unchanged(core, lambda: core.jobseekers.record_report(A, soon.id, dt.date(2027, 12, 1)), "setelah hari ini")
    unchanged(core, lambda: core.jobseekers.record_report(A, soon.id, dt.date(2025, 11, 1)), "sebelum kartu")
    assert audit_actions(core).count("jobseeker.report") == 3


def test_placement_closes_the_card(core: Core) -> None:
    seeker = register(core).summary
    unchanged(
        core,
        lambda: core.jobseekers.record_placement(A, seeker.id, Placement("", "Kasir", TODAY)),
        "perusahaan",
    )
    placed = core.jobseekers.record_placement(A, seeker.id, Placement("PT Ajinomoto", "Operator", TODAY))
    assert placed.summary.status is CardStatus.PLACED and placed.summary.next_report_due is None
    assert placed.placement == Placement("PT Ajinomoto", "Operator", TODAY)
    unchanged(core, lambda: core.jobseekers.record_report(A, seeker.id, TODAY), "ditempatkan", Conflict)
    unchanged(core, lambda: core.jobseekers.remove(A, seeker.id, "pindah", TODAY), "ditempatkan", Conflict)
    assert core.jobseekers.reports_due(A, dt.date(2030, 1, 1)) == []
    card = core.jobseekers.card_data(A, seeker.id)
    assert (card.placement_employer, card.placement_date) == ("PT Ajinomoto", TODAY)


def test_remove_and_remove_expired(core: Core) -> None:
    moved = register(core).summary
    expired = register(core, profile(NIK_M, "Budi"), issued=dt.date(2024, 11, 23)).summary
    assert expired.valid_until == dt.date(2026, 11, 22)
    live = register(core, profile("3516081205900003", "Ani"), issued=dt.date(2024, 11, 24)).summary
    unchanged(core, lambda: core.jobseekers.remove(A, moved.id, " ", TODAY), "Alasan penghapusan")
    removed = core.jobseekers.remove(A, moved.id, "Pindah domisili", TODAY)
    assert (removed.summary.status, removed.removed_on, removed.removal_reason) == (
        CardStatus.REMOVED,
        TODAY,
        "Pindah domisili",
    )
    assert core.jobseekers.remove_expired(A, TODAY) == 1
    gone = core.jobseekers.get(A, expired.id)
    assert gone.summary.status is CardStatus.REMOVED and gone.removed_on == dt.date(2026, 11, 23)
    assert core.jobseekers.get(A, live.id).summary.status is CardStatus.ACTIVE
    assert core.jobseekers.remove_expired(A, TODAY) == 0
    assert {"jobseeker.remove", "jobseeker.remove_expired"} <= set(audit_actions(core))


def test_renewal_makes_a_new_registration_and_keeps_history(core: Core) -> None:
    old = core.jobseekers.register(A, full_profile(), PNG, Registration("LAMA-1", dt.date(2024, 11, 1))).summary
    still = register(core, profile(NIK_M, "Budi")).summary
    unchanged(core, lambda: core.jobseekers.renew(A, still.id, Registration()), "masih berlaku")
    new = core.jobseekers.renew(A, old.id, Registration())
    assert new.summary.id != old.id and new.previous_id == old.id
    assert new.summary.registration_number == "3516-2026-000002"  # Budi holds 000001
    assert (new.summary.issued_on, new.summary.valid_until) == (TODAY, dt.date(2028, 11, 22))
    assert new.profile == full_profile() and new.photo_png == PNG and new.summary.reports_done == 0
    before = core.jobseekers.get(A, old.id)
    assert before.summary.status is CardStatus.REMOVED and before.removed_on == dt.date(2026, 11, 1)
    assert before.removal_reason == "Diperpanjang: 3516-2026-000002"
    assert core.jobseekers.find_by_nik(A, NIK_F).id == new.summary.id  # type: ignore[union-attr]
    unchanged(core, lambda: core.jobseekers.renew(A, old.id, Registration()), "sudah diperpanjang", Conflict)
    seekers = core.jobseekers.ipk_seekers(A, TODAY)
    assert sorted((s.registered_on, s.removed_on) for s in seekers if s.sex == "P") == [
        (dt.date(2024, 11, 1), dt.date(2026, 11, 1)),
        (TODAY, None),
    ]
    assert {s.education for s in seekers} == {"D3", "TS"}


def test_ipk_report_counts_the_register(core: Core) -> None:
    register(core, issued=dt.date(2026, 11, 2))
    b = register(core, profile(NIK_M, "Budi"), issued=dt.date(2026, 10, 5)).summary
    core.jobseekers.record_placement(A, b.id, Placement("PT A", "Operator", dt.date(2026, 11, 20)))
    report = core.jobseekers.ipk_report(A, 2026, 11)
    assert report.balances()
    with pytest.raises(UserError, match="Bulan"):
        core.jobseekers.ipk_report(A, 2026, 13)


# --- card and print log -----------------------------------------------------------------------------------


def test_card_data_fills_both_halves(core: Core) -> None:
    who = officer(core)
    record = core.jobseekers.register(who, full_profile(), PNG, Registration("AK1-9"))
    core.jobseekers.record_report(who, record.summary.id, TODAY, "")
    card = core.jobseekers.card_data(who, record.summary.id)
    assert card.header_lines == ("PEMERINTAH KABUPATEN MOJOKERTO", "DINAS TENAGA KERJA")
    assert (card.registration_number, card.nik, card.name) == ("AK1-9", NIK_F, "Siti Aminah")
    assert (card.sex_label, card.sex_code, card.marital_label, card.marital_code) == ("Perempuan", "2", "Kawin", "1")
    assert (card.religion_label, card.religion_code) == ("Islam", "1")
    assert card.address == "Jl. Pemuda 5 RT 01 RW 02, Desa Sumbertanggul, Kec. Mojosari"
    assert card.education == (
        documents.CardEducationRow("SD", "SDN Seduri 1", "", "2002"),
        documents.CardEducationRow("SLTP", "SMPN 1 Mojosari", "", "2005"),
        documents.CardEducationRow("SLTA/SMK", "SMK SMKN 1 Mojosari", "Akuntansi", "2008"),
        documents.CardEducationRow("D.I-II-III-IV", "D.III Politeknik Surabaya", "Akuntansi", "2011"),
        documents.CardEducationRow("S1-S2-S3", "", "", ""),
    )
    assert card.skills == (documents.CardSkillRow("Operator komputer", "2012"), documents.CardSkillRow("Menjahit", ""))
    assert card.reports == (
        documents.CardReportRow("Kesatu", TODAY, "Dra. Sri Wahyuni", "196804111993032009"),
        documents.CardReportRow("Kedua"),
        documents.CardReportRow("Ketiga"),
    )
    assert (card.officer_name, card.officer_nip, card.photo_png) == ("Dra. Sri Wahyuni", "196804111993032009", PNG)
    assert (card.issued_on, card.valid_until) == (TODAY, dt.date(2028, 11, 22))
    core.jobseekers.save_settings(A, Ak1Settings(report_rows=4))
    assert [r.label for r in core.jobseekers.card_data(who, record.summary.id).reports] == [
        "Kesatu",
        "Kedua",
        "Ketiga",
        "Keempat",
    ]
    # The card's header follows the kop saved in Profil Kantor.
    kop = dataclasses.replace(core.letters.profile(A), office="DINAS TENAGA KERJA DAN PERINDUSTRIAN")
    core.letters.save_profile(A, kop)
    assert core.jobseekers.card_data(who, record.summary.id).header_lines == (
        "PEMERINTAH KABUPATEN MOJOKERTO",
        "DINAS TENAGA KERJA DAN PERINDUSTRIAN",
    )


def test_card_print_log_needs_a_reason_for_a_reprint(core: Core) -> None:
    seeker = register(core).summary
    assert core.jobseekers.log_card_print(A, seeker.id, printer="Epson L3110").jobseekers
    unchanged(core, lambda: core.jobseekers.log_card_print(A, seeker.id, printer="Epson L3110"), "alasan cetak ulang")
    core.jobseekers.log_card_print(A, seeker.id, printer="Epson L3110", reprint_reason="Kartu rusak")
    assert core.jobseekers.get(A, seeker.id).card_prints == 2
    with core.ctx.uow(read_only=True) as uow:
        log = uow.jobseekers.prints(seeker.id)
        assert [(p.printer, p.reprint_reason, p.station) for p in log] == [
            ("Epson L3110", "", store.STATION),
            ("Epson L3110", "Kartu rusak", store.STATION),
        ]
    assert audit_actions(core).count("jobseeker.card_print") == 2


# --- search ---------------------------------------------------------------------------------------------


def test_search_by_nik_number_and_name(core: Core, clock: FixedClock) -> None:
    siti = register(core, number="3516-0001-AA", issued=dt.date(2026, 1, 5)).summary
    budi = register(core, profile(NIK_M, "Muhammad Budi Santoso"), number="3516-0002-BB").summary
    rini = register(core, profile("3516085005950003", "Ni Luh Putu Rini Ayu"), number="X-9").summary
    acc = register(core, profile("3516081205900004", "José Ma'ruf Amín"), number="X-10").summary

    def ids(text: str) -> list[object]:
        return [s.id for s in core.jobseekers.search(A, text)]

    assert ids(NIK_F) == [siti.id]
    assert ids("3516 0812 0590 0002") == [budi.id]
    assert ids("3516-0002-BB") == [budi.id]
    assert ids("3516-000") == [budi.id, siti.id]  # prefix, newest first
    assert ids("santoso") == [budi.id]
    assert ids("SANT") == [budi.id]
    assert ids("budi muh") == [budi.id]  # every word, any order
    assert ids("budi rini") == []
    assert ids("  ni   luh ") == [rini.id]
    assert ids("ni lu") == [rini.id]  # only short words typed
    assert ids("maruf amin") == [acc.id] and ids("jose") == [acc.id]
    assert ids("si") == [siti.id]  # "santoso" does not start with "si"
    twice = register(core, profile("3516085005950005", "Sitti Sitompul")).summary
    assert ids("sit") == [twice.id, siti.id]  # two matching words, listed once; newest first
    with pytest.raises(UserError, match="minimal 2"):
        core.jobseekers.search(A, "a")
    assert len(core.jobseekers.search(A, "3516-000", limit=1)) == 1


def test_missing_registration_is_not_found(core: Core) -> None:
    with pytest.raises(NotFound, match="tidak ditemukan"):
        core.jobseekers.get(A, uuid.uuid4())
