"""Letters on both engines: office profile, signatories and NIP, registers, templates, issue, print, cancel, verify."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io

import openpyxl
import pytest
from sqlalchemy import select, update
from support import letters as fx
from support import store

from counter_app import catalogue_data, letters
from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.db import models
from counter_app.errors import Conflict, NotFound, UserError
from counter_app.roles import COMMAND_LINE, Principal, Role

A = COMMAND_LINE
CLERK = Principal(user_id=None, username="loket1", full_name="Ahmad Fauzi", role=Role.PETUGAS_LOKET)
PRODUCT_KEYS = {
    "rekomendasi_paspor_cpmi",
    "bkk",
    "lpks",
    "lks_bipartit",
    "perselisihan_hi",
    "peraturan_perusahaan",
    "pkwt",
    "serikat_pekerja",
    "pkb",
    "pemagangan",
    "legalisasi_srk",
    "kecelakaan_kerja_tahap1",
    "pelatihan_sertifikasi",
    "oss_pelatihan_kerja",
}


@pytest.fixture
def lcore(core: Core) -> Core:
    """The core with the stand-in renderer and two signatories."""
    core.letters.set_renderer(fx.fake_pdf)
    fx.add_signatories(core)
    return core


def unchanged(core: Core, action: object, match: str, error: type[Exception] = UserError) -> None:
    before = store.snapshot(core.engine)
    with pytest.raises(error, match=match):
        action()  # type: ignore[operator]
    assert store.snapshot(core.engine) == before, store.diff(before, store.snapshot(core.engine))


def issue(core: Core, key: str = "rekomendasi_paspor_cpmi") -> letters.IssuedDocument:
    template = fx.template_by_key(core, key)
    application = fx.application_for(core, template.service_key, person=key in fx.PERSON_TEMPLATES)
    return core.letters.issue(A, application, template.id, fx.EXTRAS[key])


# --- bundled templates and registers ------------------------------------------------------------------------


def test_every_product_of_the_issue_has_a_bundled_template(core: Core) -> None:
    templates = core.letters.templates(A)
    keys = {t.service_key for t in templates}
    assert keys == PRODUCT_KEYS
    catalogue_keys = {s.key for s in catalogue_data.load_file()}
    assert keys <= catalogue_keys
    assert {t.key for t in templates} == set(fx.EXTRAS)
    registers = {r.key for r in core.letters.registers(A)}
    assert {t.register_key for t in templates} <= registers
    # Loading again adds nothing and keeps the admin's edits.
    paspor = fx.template_by_key(core, "rekomendasi_paspor_cpmi")
    core.letters.save_template(A, dataclasses.replace(paspor, sifat="Segera"))
    assert core.letters.load_default_templates(A) == 0
    assert fx.template_by_key(core, "rekomendasi_paspor_cpmi").sifat == "Segera"


# --- office profile -----------------------------------------------------------------------------------------


def test_profile_defaults_save_and_scheme_choice(core: Core) -> None:
    assert core.letters.profile(A).government == "PEMERINTAH KABUPATEN MOJOKERTO"
    register = next(r for r in core.letters.registers(A) if r.key == "penempatan")
    assert core.letters.preview_number(A, register.id) == "500.15.9/1/416-115/2026"
    logo = b"\x89PNG\r\n\x1a\n" + b"\0" * 20
    saved = core.letters.save_profile(
        A,
        letters.OfficeProfile(
            address_lines=("Jl. Raya Jabon Km. 6", "Mojoanyar, Mojokerto 61364"),
            paper=letters.Paper.F4,
            scheme=letters.ClassificationScheme.OLD,
            logo_png=logo,
        ),
    )
    again = core.letters.profile(CLERK)
    assert again == saved
    assert again.logo_png == logo and again.paper == letters.Paper.F4
    assert core.letters.preview_number(A, register.id) == "560/1/416-115/2026"


@pytest.mark.parametrize(
    ("change", "match"),
    [
        ({"government": " "}, "pemerintah daerah"),
        ({"address_lines": ()}, "Alamat kantor"),
        ({"address_lines": ("a", "b", "c", "d")}, "paling banyak 3 baris"),
        ({"logo_png": b"GIF89a"}, "PNG"),
        ({"unit_code": "416 115"}, "Kode unit"),
    ],
)
def test_bad_profile_is_refused(core: Core, change: dict[str, object], match: str) -> None:
    bad = dataclasses.replace(letters.OfficeProfile(), **change)
    unchanged(core, lambda: core.letters.save_profile(A, bad), match)


# --- signatories and the NIP --------------------------------------------------------------------------------


def test_signatory_block_lines(lcore: Core) -> None:
    head, mediator = fx_sorted(lcore)
    assert head.nip_spaced == fx.NIP_SPACED
    assert head.pangkat_line == "Pembina Utama Muda (IV/c)"
    block = letters.signature_of(mediator)
    assert block.jabatan_lines == (
        "a.n. KEPALA DINAS TENAGA KERJA KABUPATEN MOJOKERTO",
        "MEDIATOR HUBUNGAN INDUSTRIAL,",
    )
    assert block.pangkat == "Penata Tk. I (III/d)"


def fx_sorted(core: Core) -> tuple[letters.Signatory, letters.Signatory]:
    rows = {s.role: s for s in core.letters.signatories(A)}
    return rows["kepala_dinas"], rows["mediator"]


@pytest.mark.parametrize(
    ("nip", "match"),
    [
        ("", "NIP belum diisi"),
        ("19680411199303100", "harus 18 angka"),
        ("1968041119930310091", "harus 18 angka"),
        ("19681341 199303 1 009", "bukan tanggal lahir"),
        ("19680230 199303 1 009", "bukan tanggal lahir"),
        ("18680411 199303 1 009", "Tahun lahir"),
        ("19680411 199313 1 009", "Bulan TMT"),
        ("19680411 197503 1 009", "usia 17 tahun"),
        ("19680411 199303 3 009", "jenis kelamin"),
        ("19680411 199303 1 000", "nomor urut"),
    ],
)
def test_nip_check_refuses_with_a_message(core: Core, nip: str, match: str) -> None:
    data = letters.SignatoryInput(jabatan="KEPALA DINAS", name="Budi", golongan="IV/c", nip=nip)
    unchanged(core, lambda: core.letters.save_signatory(A, data), match)


def test_nip_parts() -> None:
    info = letters.check_nip("19680411 199303 1 009")
    assert (info.birth_date, info.tmt, info.sex, info.serial) == (dt.date(1968, 4, 11), dt.date(1993, 3, 1), "1", "009")
    assert info.spaced == "19680411 199303 1 009"


def test_bad_signatory_fields_are_refused(core: Core) -> None:
    good = letters.SignatoryInput(jabatan="KEPALA DINAS", name="Budi", golongan="IV/c", nip=fx.NIP)
    unchanged(core, lambda: core.letters.save_signatory(A, dataclasses.replace(good, golongan="V/a")), "Golongan")
    unchanged(core, lambda: core.letters.save_signatory(A, dataclasses.replace(good, authority="a.n.")), "atas nama")
    unchanged(core, lambda: core.letters.save_signatory(A, dataclasses.replace(good, jabatan=" ")), "Jabatan")


def test_deactivated_signatory_is_not_offered_nor_picked(lcore: Core) -> None:
    head, _ = fx_sorted(lcore)
    lcore.letters.deactivate_signatory(A, head.id)
    assert head.id not in {s.id for s in lcore.letters.signatories(A)}
    assert head.id in {s.id for s in lcore.letters.signatories(A, include_inactive=True)}
    template = fx.template_by_key(lcore, "tanda_daftar_bkk")
    app = fx.application_for(lcore, "bkk", person=False)
    with pytest.raises(NotFound, match="tidak aktif"):
        lcore.letters.issue(A, app, template.id, fx.EXTRAS["tanda_daftar_bkk"], signatory_id=head.id)


# --- registers and templates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "match"),
    [
        ({"number_template": "{klasifikasi}/{nomor}/{unit}/{tahun}"}, r"\{nomor\}, \{unit\}"),
        ({"number_template": "{klasifikasi}/{kode_unit}/{tahun}"}, r"harus memuat \{urut\}"),
        ({"number_template": "{klasifikasi}/{urut/{tahun}"}, "kurung kurawal"),
        ({"number_template": "{urut:03d}"}, "tidak sah"),
        ({"klasifikasi_new": "500,15"}, "klasifikasi baru"),
        ({"key": "Buku Satu"}, "Kode register"),
        ({"key": "penempatan"}, "sudah dipakai"),
    ],
)
def test_bad_register_is_refused(core: Core, change: dict[str, object], match: str) -> None:
    data = dataclasses.replace(letters.RegisterInput(key="buku_baru", name="Buku baru"), **change)
    error = Conflict if "dipakai" in match else UserError
    unchanged(core, lambda: core.letters.save_register(A, data), match, error)


def test_register_template_with_roman_month(core: Core) -> None:
    saved = core.letters.save_register(
        A,
        letters.RegisterInput(
            key="keluar",
            name="Surat keluar",
            number_template="{urut}/{kode_unit}/{bulan_romawi}/{tahun}",
            unit_code="DTK",
        ),
    )
    assert core.letters.preview_number(A, saved.id) == "1/DTK/XI/2026"


def test_template_with_unknown_placeholders_is_refused_naming_them(core: Core) -> None:
    paspor = fx.template_by_key(core, "rekomendasi_paspor_cpmi")
    bad = dataclasses.replace(paspor, body=(*paspor.body, "Tujuan {negara} lewat {bandara}."))
    unchanged(core, lambda: core.letters.save_template(A, bad), r"\{bandara\}, \{negara\}")
    fixed = dataclasses.replace(
        bad,
        extra_fields=(
            *paspor.extra_fields,
            letters.ExtraField("negara", "Negara"),
            letters.ExtraField("bandara", "Bandara"),
        ),
    )
    saved = core.letters.save_template(A, fixed)
    assert saved.body[-1] == "Tujuan {negara} lewat {bandara}."
    new = dataclasses.replace(fixed, id=None, key="rekomendasi_lain", name="Rekomendasi lain", register_key="tidak_ada")
    unchanged(core, lambda: core.letters.save_template(A, new), "Register 'tidak_ada'")


# --- issuing, numbering, archive ----------------------------------------------------------------------------


def test_issue_numbers_archives_and_snapshots(lcore: Core) -> None:
    first = issue(lcore)
    second = issue(lcore, "tanda_daftar_bkk")  # the same register (penempatan)
    assert (first.number, second.number) == ("500.15.9/1/416-115/2026", "500.15.9/2/416-115/2026")
    assert first.status == letters.DocStatus.ISSUED and first.printed_count == 0
    pdf = lcore.letters.pdf(A, first.id)
    assert first.sha256 == hashlib.sha256(pdf).hexdigest()
    assert first.number.encode() in pdf and first.verification_code.encode() in pdf
    data = lcore.letters.letter_data(A, first.id)
    assert data.number == first.number and data.place_date == "Mojokerto, 23 November 2026"
    assert data.signature.nip == fx.NIP_SPACED and data.signature.name == fx.HEAD_NAME
    assert fx.PERSON_NAME in " ".join(data.body) and "Taiwan" in " ".join(data.body)
    assert data.addressee == ("Kepala Kantor Imigrasi Kelas I TPI Surabaya",)
    assert data.qr_text.endswith(f"Kode: {first.verification_code}")
    assert fx.fake_pdf(data) == pdf  # the snapshot is exactly what was rendered
    with lcore.engine.connect() as conn:
        row = conn.execute(select(models.LetterDocument).where(models.LetterDocument.id == first.id)).one()
        assert row.snapshot["extra_fields"]["negara_tujuan"] == "Taiwan"
        actions = conn.execute(select(models.AuditEntry.action, models.AuditEntry.detail)).all()
    assert any(a == "letters.issued" and d["number"] == first.number for a, d in actions)
    assert {d.id for d in lcore.letters.pending_prints(A)} == {first.id, second.id}
    assert [d.id for d in lcore.letters.documents_of(A, first.application_id)] == [first.id]  # type: ignore[arg-type]


def test_issue_without_renderer_or_with_missing_fields_takes_no_number(lcore: Core) -> None:
    template = fx.template_by_key(lcore, "rekomendasi_paspor_cpmi")
    app = fx.application_for(lcore, "rekomendasi_paspor_cpmi")
    partial = {k: v for k, v in fx.EXTRAS["rekomendasi_paspor_cpmi"].items() if k != "negara_tujuan"}
    unchanged(lcore, lambda: lcore.letters.issue(A, app, template.id, partial), "Negara tujuan")
    unchanged(lcore, lambda: lcore.letters.issue(A, app, template.id, {"x": "1"}), "tidak dikenal")
    lcore.letters.set_renderer(None)
    unchanged(lcore, lambda: lcore.letters.issue(A, app, template.id, fx.EXTRAS[template.key]), "belum dipasang")
    lcore.letters.set_renderer(fx.fake_pdf)
    assert lcore.letters.issue(A, app, template.id, fx.EXTRAS[template.key]).seq == 1


def test_failing_renderer_rolls_the_number_back(lcore: Core) -> None:
    template = fx.template_by_key(lcore, "rekomendasi_paspor_cpmi")
    app = fx.application_for(lcore, "rekomendasi_paspor_cpmi")

    def broken(_data: object) -> bytes:
        raise RuntimeError("renderer crashed")

    lcore.letters.set_renderer(broken)
    unchanged(lcore, lambda: lcore.letters.issue(A, app, template.id, fx.EXTRAS[template.key]), "crashed", RuntimeError)
    lcore.letters.set_renderer(fx.fake_pdf)
    assert lcore.letters.issue(A, app, template.id, fx.EXTRAS[template.key]).seq == 1


def test_draft_takes_no_number_and_marks_missing_fields(lcore: Core) -> None:
    template = fx.template_by_key(lcore, "rekomendasi_paspor_cpmi")
    app = fx.application_for(lcore, "rekomendasi_paspor_cpmi")
    before = store.snapshot(lcore.engine)
    draft = lcore.letters.draft(A, app, template.id, {"negara_tujuan": "Jepang"})
    assert store.snapshot(lcore.engine) == before
    assert draft.data.draft and draft.data.number == "500.15.9/…/416-115/2026"
    assert "Perusahaan Penempatan (P3MI)" in draft.missing and "Negara tujuan" not in draft.missing
    assert "[Perusahaan Penempatan (P3MI)]" in " ".join(draft.data.body) and "Jepang" in " ".join(draft.data.body)


def test_numbers_restart_each_year_per_register(lcore: Core, clock: FixedClock) -> None:
    assert issue(lcore).seq == 1
    assert issue(lcore, "legalisasi_srk").number == "500.15.1/1/416-115/2026"
    clock.set(dt.datetime(2027, 1, 4, 8, 0))
    again = issue(lcore)
    assert (again.seq, again.number, again.year) == (1, "500.15.9/1/416-115/2027", 2027)


# --- printing and cancelling --------------------------------------------------------------------------------


def test_print_log_failed_print_then_reprint_needs_a_reason(lcore: Core) -> None:
    doc = issue(lcore)
    failed = lcore.letters.record_print(A, doc.id, "HP-LaserJet", ok=False, reason="kertas macet")
    assert failed.status == letters.DocStatus.ISSUED and failed.printed_count == 0
    assert doc.id in {d.id for d in lcore.letters.pending_prints(A)}
    printed = lcore.letters.record_print(A, doc.id, "HP-LaserJet", ok=True)
    assert printed.status == letters.DocStatus.PRINTED and printed.printed_count == 1
    assert doc.id not in {d.id for d in lcore.letters.pending_prints(A)}
    unchanged(lcore, lambda: lcore.letters.record_print(A, doc.id, "HP-LaserJet", ok=True), "alasan cetak ulang")
    again = lcore.letters.record_print(A, doc.id, "Epson-L3110", ok=True, reason="kertas sobek")
    assert again.printed_count == 2
    assert [(p.printer, p.ok, p.reason) for p in again.prints] == [
        ("HP-LaserJet", False, "kertas macet"),
        ("HP-LaserJet", True, ""),
        ("Epson-L3110", True, "kertas sobek"),
    ]
    assert again.number == doc.number and again.sha256 == doc.sha256  # never renumbered, never re-rendered


def test_cancelled_number_stays_in_the_register(lcore: Core) -> None:
    first = issue(lcore)
    unchanged(lcore, lambda: lcore.letters.cancel(A, first.id, " "), "Alasan pembatalan")
    cancelled = lcore.letters.cancel(A, first.id, "salah nama negara tujuan")
    assert cancelled.status == letters.DocStatus.CANCELLED
    assert lcore.letters.verify(first.verification_code).status_label == "Dibatalkan"  # the paper is void
    unchanged(lcore, lambda: lcore.letters.cancel(A, first.id, "lagi"), "sudah dibatalkan", Conflict)
    unchanged(lcore, lambda: lcore.letters.record_print(A, first.id, "HP", ok=True), "dibatalkan", Conflict)
    second = issue(lcore)
    assert second.seq == 2
    entries = lcore.letters.register_entries(A, first.register_id, 2026)
    assert [(e.seq, e.number, e.status) for e in entries] == [
        (1, first.number, letters.DocStatus.CANCELLED),
        (2, second.number, letters.DocStatus.ISSUED),
    ]
    assert entries[0].cancel_reason == "salah nama negara tujuan" and entries[0].applicant_name == fx.PERSON_NAME
    book = openpyxl.load_workbook(io.BytesIO(lcore.letters.export_register(A, first.register_id, 2026)))
    rows = [r for r in book.active.iter_rows(values_only=True) if r and isinstance(r[0], int)]  # type: ignore[union-attr]
    assert [(r[0], r[1], r[7]) for r in rows] == [
        (1, first.number, "Dibatalkan"),
        (2, second.number, "Terbit, menunggu dicetak"),
    ]


def test_printers_per_document_type(core: Core) -> None:
    core.letters.set_printer(A, "", "HP-LaserJet")
    core.letters.set_printer(A, "rekomendasi_paspor_cpmi", "Epson-F4")
    assert core.letters.printer_for(A, "rekomendasi_paspor_cpmi") == "Epson-F4"
    assert core.letters.printer_for(A, "tanda_daftar_bkk") == "HP-LaserJet"
    unchanged(core, lambda: core.letters.set_printer(A, "tidak_ada", "X"), "tidak ada", NotFound)


# --- verification -------------------------------------------------------------------------------------------


def test_verify_by_code_or_qr_and_detect_tampering(lcore: Core) -> None:
    doc = issue(lcore)
    data = lcore.letters.letter_data(A, doc.id)
    public = lcore.letters.verify(data.qr_text)
    assert (public.number, public.hal, public.applicant_name) == (doc.number, doc.hal, fx.PERSON_NAME)
    assert public.signatory_name == fx.HEAD_NAME and "KEPALA DINAS" in public.signatory_jabatan
    assert public.hash_ok and public.pdf is None and public.document_id is None
    staff = lcore.letters.verify(doc.verification_code.replace("-", "").lower(), CLERK)
    assert staff.pdf == lcore.letters.pdf(A, doc.id) and staff.document_id == doc.id
    with pytest.raises(NotFound, match="Tidak ada naskah"):
        lcore.letters.verify("AAAA-BBBB-CCCC")
    with pytest.raises(UserError, match="tidak terbaca"):
        lcore.letters.verify("halo")
    with lcore.engine.begin() as conn:
        conn.execute(update(models.LetterDocument).values(pdf=b"%PDF-forged").where(models.LetterDocument.id == doc.id))
    assert not lcore.letters.verify(doc.verification_code).hash_ok
