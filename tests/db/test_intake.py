"""Intake and applications on both engines: every public standard, bad input, tracking numbers, the step flow."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import subprocess
import threading
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select
from support import store

from counter_app import catalogue_data, demo, intake
from counter_app.applications import AppStatus, PublicStatus, StepAction
from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.db import models
from counter_app.errors import Conflict, NotFound, UserError
from counter_app.intake import ApplicantKind, ItemMark, OrganisationInput, PersonInput
from counter_app.nik import Sex
from counter_app.roles import COMMAND_LINE, Principal
from counter_app.tickets import Outcome, Status

A = COMMAND_LINE
NIK = "3516084107900001"  # a woman born 1 July 1990, first registered in Mojosari
PUBLIC = [s for s in catalogue_data.load_file() if s.is_public]
# store.START is Monday 23 November 2026, 08:00. Worked out by hand from the 2026 calendar (no holiday until
# 24 December) and 2027 for the months.
EXPECTED_DUE = {
    "ak1": dt.datetime(2026, 11, 23, 8, 30),
    "bkk": dt.datetime(2026, 11, 25, 15),
    "rekomendasi_paspor_cpmi": dt.datetime(2026, 11, 23, 8, 30),
    "lpks": dt.datetime(2026, 11, 26, 15),
    "pelatihan_sertifikasi": dt.datetime(2026, 12, 2, 15),
    "pemagangan": dt.datetime(2026, 11, 25, 15),
    "kecelakaan_kerja_tahap1": dt.datetime(2026, 11, 23, 8, 10),
    "legalisasi_srk": dt.datetime(2026, 11, 23, 8, 10),
    "lks_bipartit": dt.datetime(2026, 12, 2, 15),
    "perselisihan_hi": dt.datetime(2027, 1, 25, 15),  # 2 calendar months: 23 Jan 2027 is a Saturday
    "peraturan_perusahaan": dt.datetime(2026, 12, 9, 15),
    "pkwt": dt.datetime(2026, 12, 2, 15),
    "serikat_pekerja": dt.datetime(2026, 12, 1, 15),
    "pkb": dt.datetime(2026, 11, 27, 15),
    "oss_pelatihan_kerja": dt.datetime(2026, 11, 30, 15),
}
CASES = [
    pytest.param(s.key, rl.variant, id=f"{s.key}-{rl.variant}" if rl.variant else s.key)
    for s in PUBLIC
    for rl in s.requirements
]
MISSING_CASES = [
    pytest.param(s.key, rl.variant, id=f"{s.key}-{rl.variant}" if rl.variant else s.key)
    for s in PUBLIC
    for rl in s.requirements
    if rl.items
]


def services(core: Core) -> dict[str, uuid.UUID]:
    return {s.key: s.id for s in core.catalogue.list_services(A)}


def person(nik: str = NIK, name: str = "Siti Aminah", **kw: object) -> PersonInput:
    return PersonInput(nik=nik, name=name, **kw)  # type: ignore[arg-type]


def tick_all(core: Core, view: intake.IntakeView, *, except_index: int | None = None) -> intake.IntakeView:
    marks = [ItemMark(i.requirement_id, n != except_index) for n, i in enumerate(view.items)]
    return core.intake.save_items(A, view.id, marks)


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(out.split())


def unchanged(core: Core, action: object, match: str, error: type[Exception] = UserError) -> None:
    before = store.snapshot(core.engine)
    with pytest.raises(error, match=match):
        action()  # type: ignore[operator]
    assert store.snapshot(core.engine) == before, store.diff(before, store.snapshot(core.engine))


# --- every public standard ---------------------------------------------------------------------------------


def test_the_table_covers_every_public_standard() -> None:
    assert sorted(EXPECTED_DUE) == sorted(s.key for s in PUBLIC)


@pytest.mark.parametrize(("key", "variant"), CASES)
def test_every_item_ticked_gives_an_application_with_the_right_due_date(core: Core, key: str, variant: str) -> None:
    service_id = services(core)[key]
    view = core.intake.start(A, service_id=service_id, applicant=person(), variant=variant or None)
    standard = next(s for s in PUBLIC if s.key == key)
    texts = [i.text for i in next(r for r in standard.requirements if r.variant == variant).items]
    assert [i.text for i in view.items] == texts
    outcome = core.intake.finish(A, tick_all(core, view).id)
    assert outcome.missing_list is None and outcome.application is not None and outcome.receipt is not None
    app = outcome.application
    assert re.fullmatch(rf"{standard.code}-2026-000001", app.tracking_number)
    assert app.due_at == EXPECTED_DUE[key]
    assert app.received_at == store.START
    assert app.status is AppStatus.IN_PROGRESS
    assert app.step_position == (standard.procedure[0].number if standard.procedure else None)
    assert outcome.receipt.documents == tuple(texts)
    assert outcome.receipt.due_at == EXPECTED_DUE[key]
    assert outcome.receipt.complaint_handling.strip()
    assert outcome.intake.status is intake.IntakeStatus.COMPLETED


@pytest.mark.parametrize(("key", "variant"), MISSING_CASES)
def test_one_item_missing_prints_exactly_that_item(
    core: Core, key: str, variant: str, qapp: object, tmp_path: Path
) -> None:
    from counter_app.print import intake_docs  # Qt: only with the qapp fixture

    view = core.intake.start(A, service_id=services(core)[key], applicant=person(), variant=variant or None)
    gap = len(view.items) // 2
    outcome = core.intake.finish(A, tick_all(core, view, except_index=gap).id)
    assert outcome.application is None and outcome.missing_list is not None
    assert [m.text for m in outcome.missing_list.missing] == [view.items[gap].text]
    text = pdf_text(intake_docs.missing_list_to_pdf(outcome.missing_list, tmp_path / "kurang.pdf"))
    section = text.split("Berkas yang masih harus dilengkapi:")[1].split("Lengkapi berkas di atas")[0]
    assert section.strip() == f"1. {' '.join(view.items[gap].text.split())}"
    assert core.intake.get(A, view.id).status is intake.IntakeStatus.INCOMPLETE


def test_receipt_pdf_has_the_number_documents_due_date_and_complaint_text(
    core: Core, qapp: object, tmp_path: Path
) -> None:
    from counter_app.print import intake_docs

    view = core.intake.start(
        A, service_id=services(core)["oss_pelatihan_kerja"], applicant=person(), variant="perorangan"
    )
    receipt = core.intake.finish(A, tick_all(core, view).id).receipt
    assert receipt is not None
    text = pdf_text(intake_docs.receipt_to_pdf(receipt, tmp_path / "terima.pdf"))
    assert "TANDA TERIMA BERKAS" in text and "OSSLPK-2026-000001" in text
    assert "Senin, 30 November 2026 pukul 15.00" in text
    assert "Siti Aminah" in text and "SP4N LAPOR" in text  # OSS names its own complaint channels
    for item in view.items:
        assert " ".join(item.text.split()) in text
    if shutil.which("zbarimg") and shutil.which("pdftoppm"):  # the barcode and the QR scan back to the number
        subprocess.run(
            ["pdftoppm", "-r", "300", "-png", "-singlefile", str(tmp_path / "terima.pdf"), str(tmp_path / "p")]
        )
        scanned = subprocess.run(["zbarimg", "-q", str(tmp_path / "p.png")], capture_output=True, text=True).stdout
        assert sorted(scanned.split()) == ["CODE-128:OSSLPK-2026-000001", "QR-Code:OSSLPK-2026-000001"]


def test_oss_asks_for_the_kind_of_applicant(core: Core) -> None:
    oss = services(core)["oss_pelatihan_kerja"]
    assert [v.variant for v in core.intake.variants(A, oss)] == ["perorangan", "badan_hukum"]
    unchanged(core, lambda: core.intake.start(A, service_id=oss, applicant=person()), "Pilih dulu jenis pemohon")
    unchanged(core, lambda: core.intake.start(A, service_id=oss, applicant=person(), variant="koperasi"), "tidak ada")
    pkwt = services(core)["pkwt"]
    unchanged(core, lambda: core.intake.start(A, service_id=pkwt, applicant=person(), variant="x"), "satu daftar")
    badan = core.intake.start(A, service_id=oss, applicant=person(), variant="badan_hukum")
    assert len(badan.items) == 8 and badan.variant_label


# --- bad input ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Siti Nur'aini O'Brien",
        "Robert'); DROP TABLE applicant;--",
        "Dewi 🌸 Lestari 👩‍👩‍👧",
        "A" * 200,
        "Ñoño Müller-Łukasz «Ğ»",
        "%_\\ percent underscore backslash",
    ],
)
def test_odd_names_are_stored_exactly(core: Core, name: str) -> None:
    view = core.intake.start(A, service_id=services(core)["pkwt"], applicant=person(name=name, address=name))
    again = core.intake.get(A, view.id)
    assert again.applicant.name == name and again.applicant.address == name
    note = "Cap basah belum ada'; DELETE FROM intake; -- 🌸"
    saved = core.intake.save_items(A, view.id, [ItemMark(view.items[0].requirement_id, False, note)])
    assert saved.items[0].note == note
    assert [v.applicant.name for v in core.intake.find_open(A, nik=NIK)] == [name]


def test_organisation_names_with_wildcards_are_found_literally(core: Core) -> None:
    sid = services(core)["pkwt"]
    org = OrganisationInput(kind=ApplicantKind.COMPANY, name="PT 100% Jaya_Abadi", nib="1234567890123")
    core.intake.start(A, service_id=sid, applicant=org)
    core.intake.start(A, service_id=sid, applicant=OrganisationInput(kind=ApplicantKind.COMPANY, name="PT 1000 Jaya"))
    assert [v.applicant.name for v in core.intake.find_open(A, organisation="pt 100%")] == ["PT 100% Jaya_Abadi"]
    assert [v.applicant.name for v in core.intake.find_open(A, organisation="1234567890123")] == ["PT 100% Jaya_Abadi"]


@pytest.mark.parametrize(
    ("applicant", "complaint"),
    [
        (PersonInput(nik=NIK, name="B" * 300), "terlalu panjang \\(300 huruf\\); paling banyak 200"),
        (PersonInput(nik=NIK, name="   "), "Nama pemohon belum diisi"),
        (PersonInput(nik="", name="Siti"), "NIK belum diisi"),
        (PersonInput(nik="35160841079", name="Siti"), "NIK harus 16 angka"),
        (PersonInput(nik="3516084107900001'--", name="Siti"), "hanya boleh berisi angka"),
        (PersonInput(nik="3516089907900001", name="Siti"), "bukan tanggal lahir"),
        (PersonInput(nik=NIK, name="Siti\x00"), "karakter kendali"),
        (PersonInput(nik=NIK, name="Siti", phone="telp: 0812"), "Nomor telepon"),
        (PersonInput(nik=NIK, name="Siti", address="x" * 1001), "Alamat terlalu panjang"),
        (PersonInput(nik=NIK, name="Siti", birth_date=dt.date(2030, 1, 1)), "setelah hari ini"),
        (OrganisationInput(kind=ApplicantKind.COMPANY, name=""), "Nama perusahaan belum diisi"),
        (OrganisationInput(kind=ApplicantKind.COMPANY, name="PT A", nib="12345"), "NIB harus 13 angka"),
        (OrganisationInput(kind=ApplicantKind.SCHOOL, name="SMK", npsn="2050A000"), "NPSN harus 8 angka"),
        (OrganisationInput(kind=ApplicantKind.UNION, name="SP", npwp="1234"), "NPWP harus 15 atau 16 angka"),
        (OrganisationInput(kind=ApplicantKind.PERSON, name="Siti"), "NIK"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_saves_nothing(
    core: Core, applicant: PersonInput | OrganisationInput, complaint: str
) -> None:
    sid = services(core)["pkwt"]
    unchanged(core, lambda: core.intake.start(A, service_id=sid, applicant=applicant), complaint)


def test_nik_mismatch_only_warns(core: Core) -> None:
    view = core.intake.start(
        A,
        service_id=services(core)["pkwt"],
        applicant=person(birth_date=dt.date(1990, 7, 2), sex=Sex.MALE),
    )
    assert len(view.warnings) == 2
    assert view.applicant.birth_date == dt.date(1990, 7, 2) and view.applicant.sex == "L"  # as on the KTP


def test_bad_item_notes_and_foreign_items_save_nothing(core: Core) -> None:
    view = core.intake.start(A, service_id=services(core)["pkwt"], applicant=person())
    first, second = view.items
    too_long = [ItemMark(first.requirement_id, True), ItemMark(second.requirement_id, True, "n" * 1001)]
    unchanged(core, lambda: core.intake.save_items(A, view.id, too_long), "terlalu panjang")
    foreign = [ItemMark(first.requirement_id, True), ItemMark(uuid.uuid4(), True)]
    unchanged(core, lambda: core.intake.save_items(A, view.id, foreign), "bukan bagian")
    assert not any(i.present for i in core.intake.get(A, view.id).items)


def test_attachments_keep_bytes_and_hash(core: Core, tmp_path: Path) -> None:
    view = core.intake.start(A, service_id=services(core)["pkwt"], applicant=person())
    rid = view.items[0].requirement_id
    info = core.intake.add_attachment(
        A, view.id, rid, filename="ktp 🌸.jpg", data=b"\xff\xd8jpeg", content_type="image/jpeg"
    )
    assert (info.sha256, info.size) == (hashlib.sha256(b"\xff\xd8jpeg").hexdigest(), 6)
    assert core.intake.attachment_data(A, info.id) == b"\xff\xd8jpeg"
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    by_path = core.intake.add_attachment(A, view.id, rid, filename="scan.pdf", path=str(scan))
    assert by_path.path == str(scan) and core.intake.attachment_data(A, by_path.id) == b"%PDF-1.4 scan"
    assert [a.filename for a in core.intake.get(A, view.id).items[0].attachments] == ["ktp 🌸.jpg", "scan.pdf"]
    unchanged(core, lambda: core.intake.add_attachment(A, view.id, rid, filename="x", data=b""), "kosong")
    unchanged(core, lambda: core.intake.add_attachment(A, view.id, rid, filename="x"), "Pilih satu berkas")


# --- the ticket, coming back, finding ------------------------------------------------------------------------


def test_incomplete_ticket_then_the_applicant_comes_back(core: Core, clock: FixedClock) -> None:
    clock.set(dt.datetime(2026, 11, 25, 9, 0))
    demo.seed(core)
    clerk = core.auth.login("loket2", demo.DEMO_PASSWORD)
    sid = services(core)["pkwt"]
    loket = next(c for c in core.counters.list_counters(A) if sid in c.service_ids)
    slip = core.queue.issue_ticket(sid)
    core.queue.confirm_printed(slip.ticket_id)
    called = core.queue.call_next(clerk, loket.id)
    assert called is not None and called.id == slip.ticket_id
    view = core.intake.start(clerk, service_id=sid, applicant=person(), ticket_id=slip.ticket_id)
    outcome = core.intake.finish(clerk, tick_all(core, view, except_index=1).id)
    assert outcome.missing_list is not None and outcome.missing_list.ticket_code == slip.code
    ticket = core.queue.ticket(A, slip.ticket_id)
    assert (ticket.status, ticket.outcome) == (Status.DONE, Outcome.INCOMPLETE.value)

    clock.advance(days=1)
    found = core.intake.find_open(clerk, nik=" 3516 0841 0790 0001 ")
    assert [f.id for f in found] == [view.id]
    assert [i.present for i in found[0].items] == [True, False]  # continues where it stopped
    again = core.intake.start(clerk, service_id=sid, applicant=person())
    assert again.id == view.id
    done = core.intake.finish(clerk, tick_all(core, again).id)
    assert done.application is not None
    assert done.application.due_at == dt.datetime(2026, 12, 7, 15)  # Thursday 26 Nov + 7 hari kerja
    assert core.intake.find_open(clerk, nik=NIK) == []
    unchanged(core, lambda: core.intake.finish(clerk, view.id), "sudah selesai", Conflict)


def test_ticket_of_another_service_is_refused(core: Core) -> None:
    demo.seed(core)
    sid = services(core)
    slip = core.queue.issue_ticket(sid["ak1"])
    unchanged(
        core,
        lambda: core.intake.start(A, service_id=sid["pkwt"], applicant=person(), ticket_id=slip.ticket_id),
        "bukan untuk layanan",
    )


def test_internal_standards_are_not_taken_at_the_desk(core: Core) -> None:
    sid = services(core)
    unchanged(core, lambda: core.intake.start(A, service_id=sid["surat_masuk"], applicant=person()), "internal")
    unchanged(core, lambda: core.applications.start_work_item(A, sid["pkwt"], "x"), "layanan publik")
    unchanged(core, lambda: core.applications.start_work_item(A, sid["surat_masuk"], "  "), "Isi perihal")


# --- tracking numbers and look-ups ----------------------------------------------------------------------------


def test_tracking_numbers_are_unique_and_gapless_across_stations(make_core: object, db_url: str) -> None:
    first: Core = make_core()  # type: ignore[operator]
    second: Core = make_core(clock=FixedClock(store.START))  # type: ignore[operator]
    sid = services(first)["surat_masuk"]
    errors: list[BaseException] = []
    numbers: list[str] = []
    lock = threading.Lock()

    def work(core: Core) -> None:
        try:
            for n in range(6):
                number = core.applications.start_work_item(A, sid, f"Surat {n}").tracking_number
                with lock:
                    numbers.append(number)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(c,)) for c in (first, second, first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(numbers) == [f"SRTMASUK-2026-{n:06d}" for n in range(1, 25)]


def test_lookup_by_tracking_number_and_nik(core: Core) -> None:
    sid = services(core)["pkwt"]
    view = core.intake.start(A, service_id=sid, applicant=person())
    number = core.intake.finish(A, tick_all(core, view).id).application.tracking_number  # type: ignore[union-attr]
    status = core.applications.public_status(f"  {number.lower()} ")
    assert status == PublicStatus(
        tracking_number=number,
        service_title=status.service_title,
        step_text=status.step_text,
        status_label="Sedang diproses",
        due_at=EXPECTED_DUE["pkwt"],
    )
    assert "Siti" not in repr(status) and NIK not in repr(status)
    assert core.applications.public_status("PKWT 2026 000001").tracking_number == number
    with pytest.raises(NotFound, match="tidak ditemukan"):
        core.applications.public_status("PKWT-2026-000999")
    with pytest.raises(UserError, match="PKWT-2026-000123"):
        core.applications.public_status("'; select * from applicant --")
    assert core.applications.by_tracking_number(A, number).summary.applicant_name == "Siti Aminah"
    assert [a.tracking_number for a in core.applications.by_nik(A, NIK)] == [number]
    assert core.applications.by_nik(A, "3516081205900001") == []


# --- the step flow -------------------------------------------------------------------------------------------


def test_step_flow_advance_send_back_complete(core: Core, clock: FixedClock) -> None:
    sid = services(core)["surat_masuk"]  # 4 steps, 30 menit
    app = core.applications.start_work_item(A, sid, "Undangan rapat")
    detail = core.applications.get(A, app.id)
    positions = [s.position for s in detail.steps]
    assert app.step_position == positions[0] and len(positions) == 4
    assert app.due_at == store.START + dt.timedelta(minutes=30)
    unchanged(core, lambda: core.applications.complete(A, app.id, product_number="1", product_date=None), "tanggal")
    unchanged(
        core,
        lambda: core.applications.complete(A, app.id, product_number="1", product_date=store.START.date()),
        "Lanjutkan sampai langkah terakhir",
    )
    core.applications.advance(A, app.id, "diteruskan")
    back = core.applications.send_back(A, app.id, "lampiran kurang")
    assert (back.step_position, back.status) == (positions[0], AppStatus.RETURNED)
    unchanged(core, lambda: core.applications.send_back(A, app.id, " "), "Isi catatan")
    for _ in positions[1:]:
        last = core.applications.advance(A, app.id)
    assert last.is_last_step and last.status is AppStatus.IN_PROGRESS
    unchanged(core, lambda: core.applications.advance(A, app.id), "langkah terakhir")
    unchanged(
        core,
        lambda: core.applications.complete(A, app.id, product_number=" ", product_date=store.START.date()),
        "nomor produk",
    )
    unchanged(
        core,
        lambda: core.applications.complete(
            A, app.id, product_number="1", product_date=store.START.date() + dt.timedelta(days=1)
        ),
        "setelah hari ini",
    )
    done = core.applications.complete(A, app.id, product_number="005/12/416-303/2026", product_date=store.START.date())
    assert (done.status, done.product_number, done.product_date) == (
        AppStatus.COMPLETED,
        "005/12/416-303/2026",
        store.START.date(),
    )
    history = core.applications.history(A, app.id)
    assert [h.action for h in history] == [
        StepAction.RECEIVE,
        StepAction.ADVANCE,
        StepAction.SEND_BACK,
        StepAction.ADVANCE,
        StepAction.ADVANCE,
        StepAction.ADVANCE,
        StepAction.COMPLETE,
    ]
    assert history[2].note == "lampiran kurang" and history[1].note == "diteruskan"
    unchanged(core, lambda: core.applications.advance(A, app.id), "Selesai", Conflict)


def test_reject_needs_a_reason_and_ends_the_flow(core: Core) -> None:
    app = core.applications.start_work_item(A, services(core)["pensiun_pns"], "Usul pensiun")
    unchanged(core, lambda: core.applications.reject(A, app.id, ""), "alasan penolakan")
    rejected = core.applications.reject(A, app.id, "Berkas palsu'; --")
    assert rejected.status is AppStatus.REJECTED
    assert core.applications.history(A, app.id)[-1].note == "Berkas palsu'; --"
    unchanged(core, lambda: core.applications.send_back(A, app.id, "x"), "Ditolak", Conflict)


def test_stale_version_is_a_conflict(core: Core) -> None:
    app = core.applications.start_work_item(A, services(core)["surat_masuk"], "Surat")
    with core.ctx.uow() as uow:
        assert uow.applications.guarded_update(app.id, 1, {"subject": "Surat"})
        uow.commit()
    with core.ctx.uow() as uow:
        assert not uow.applications.guarded_update(app.id, 1, {"subject": "lama"})


def test_list_filters_overdue_and_due_today(core: Core, clock: FixedClock) -> None:
    sid = services(core)
    quick = core.applications.start_work_item(A, sid["surat_masuk"], "30 menit")  # due 08.30 today
    slow = core.applications.start_work_item(A, sid["tata_kerja"], "5 hari")  # due Monday 30 Nov
    clock.set(store.START + dt.timedelta(minutes=10))
    rows = {a.id: a for a in core.applications.list_applications(A)}
    assert rows[quick.id].due_today and not rows[quick.id].overdue
    assert [a.id for a in core.applications.list_applications(A, due_today_only=True)] == [quick.id]
    clock.set(store.START + dt.timedelta(hours=1))
    assert [a.id for a in core.applications.list_applications(A, overdue_only=True)] == [quick.id]
    assert core.applications.list_applications(A, due_today_only=True) == []
    assert [a.id for a in core.applications.list_applications(A, service_id=sid["tata_kerja"])] == [slow.id]
    assert [a.id for a in core.applications.list_applications(A, due_from=dt.date(2026, 11, 30))] == [slow.id]
    assert [a.id for a in core.applications.list_applications(A, due_to=dt.date(2026, 11, 23))] == [quick.id]
    core.applications.reject(A, quick.id, "batal")
    assert core.applications.list_applications(A, overdue_only=True) == []
    assert [a.id for a in core.applications.list_applications(A, status=AppStatus.REJECTED)] == [quick.id]
    step = rows[slow.id].step_position
    assert [a.id for a in core.applications.list_applications(A, step_position=step, service_id=sid["tata_kerja"])] == [
        slow.id
    ]


def test_nothing_half_saved_when_the_ticket_update_fails(core: Core) -> None:
    demo.seed(core)
    sid = services(core)["pkwt"]
    slip = core.queue.issue_ticket(sid)  # issued, never called: the intake cannot end it
    view = core.intake.start(A, service_id=sid, applicant=person(), ticket_id=slip.ticket_id)
    tick_all(core, view)
    unchanged(core, lambda: core.intake.finish(A, view.id), "berstatus", Conflict)
    with core.ctx.uow(read_only=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(models.Application)) == 0


def test_principal_is_recorded_in_history(core: Core) -> None:
    who = Principal(user_id=None, username="cli", full_name="Petugas Uji", role=A.role)
    app = core.applications.start_work_item(who, services(core)["surat_masuk"], "Surat")
    assert core.applications.history(A, app.id)[0].actor_name == "Petugas Uji"


INTERNAL_DUE = {
    "surat_masuk": dt.datetime(2026, 11, 23, 8, 30),
    "tata_kerja": dt.datetime(2026, 11, 30, 15),
    "pensiun_pns": dt.datetime(2026, 11, 25, 15),
    "kenaikan_pangkat_pns": dt.datetime(2026, 11, 27, 15),
    "apbd_papbd": dt.datetime(2026, 11, 27, 15),
    "diklat_bimtek": dt.datetime(2026, 11, 23, 10),
    "pemeliharaan_kebersihan": dt.datetime(2026, 11, 23, 10),
    "reward_sanksi_asn": dt.datetime(2026, 12, 11, 15),
    "digitalisasi_spj": dt.datetime(2026, 11, 23, 10),
    "pengadaan_langsung": dt.datetime(2026, 11, 25, 15),
    "dana_kegiatan": dt.datetime(2026, 11, 23, 10),
    "pengukuran_kinerja": dt.datetime(2026, 11, 30, 15),
    "pemeliharaan_sarana": dt.datetime(2026, 11, 24, 15),
}


def test_every_internal_standard_runs_as_a_work_item_through_its_steps(core: Core) -> None:
    internal = [s for s in catalogue_data.load_file() if not s.is_public]
    assert sorted(INTERNAL_DUE) == sorted(s.key for s in internal)
    ids = services(core)
    for standard in internal:
        app = core.applications.start_work_item(A, ids[standard.key], f"Pekerjaan {standard.title[:40]}")
        assert app.due_at == INTERNAL_DUE[standard.key], standard.key
        assert app.tracking_number == f"{standard.code}-2026-000001" and app.applicant_name == ""
        steps = core.applications.get(A, app.id).steps
        assert [(s.position, s.actor) for s in steps] == [(p.number, p.actor) for p in standard.procedure]
        for _ in steps[1:]:
            app = core.applications.advance(A, app.id)
        done = core.applications.complete(A, app.id, product_number="1", product_date=store.START.date())
        assert done.status is AppStatus.COMPLETED
