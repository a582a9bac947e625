"""Fixture data for letters: an application per standard, a signatory, extra fields of every bundled template."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid

from counter_app import documents, letters
from counter_app.core import Core
from counter_app.intake import ApplicantKind, ItemMark, OrganisationInput, PersonInput
from counter_app.roles import COMMAND_LINE

A = COMMAND_LINE
NIP = "196804111993031009"
NIP_SPACED = "NIP. 19680411 199303 1 009"
HEAD_NAME = "Drs. BUDI SANTOSO, M.Si."
MEDIATOR_NAME = "RINA KARTIKA, S.H."
MEDIATOR_NIP = "198002142005012011"
PERSON_NIK = "3516084107900001"  # a woman born 1 July 1990, first registered in Mojosari
PERSON_NAME = "Siti Aminah"
COMPANY_NAME = "PT Sinar Jaya Abadi"

# The values a clerk types for each bundled template (every required extra field).
EXTRAS: dict[str, dict[str, str]] = {
    "rekomendasi_paspor_cpmi": {
        "negara_tujuan": "Taiwan",
        "jabatan": "Perawat lansia",
        "p3mi": "PT Bina Karya Mandiri",
        "kantor_imigrasi": "Kantor Imigrasi Kelas I TPI Surabaya",
        "kota_imigrasi": "Surabaya",
    },
    "tanda_daftar_bkk": {"nomor_sk_pembentukan": "421.5/045/SMK/2026", "ketua_bkk": "Agus Salim, S.Pd."},
    "rekomendasi_lpks": {"program_pelatihan": "Operator Komputer dan Menjahit"},
    "bukti_pencatatan_lks_bipartit": {"tanggal_pembentukan": "2 November 2026", "ketua_lks": "Hadi Purnomo"},
    "perjanjian_bersama": {
        "pihak_pekerja": "Sdr. Joko Widodo",
        "pokok_perselisihan": "pemutusan hubungan kerja",
        "isi_kesepakatan": "Pengusaha membayar pesangon sesuai ketentuan paling lambat 30 November 2026.",
    },
    "anjuran_mediator": {
        "pihak_pekerja": "Sdr. Joko Widodo",
        "pokok_perselisihan": "upah lembur",
        "isi_anjuran": "Agar pengusaha membayar kekurangan upah lembur bulan Agustus sampai Oktober 2026.",
    },
    "sk_pengesahan_pp": {"berlaku_mulai": "1 Desember 2026", "berlaku_sampai": "30 November 2028"},
    "bukti_pencatatan_pkwt": {"jumlah_pekerja": "25", "jangka_waktu": "12 bulan"},
    "bukti_pencatatan_sp_sb": {"perusahaan": COMPANY_NAME, "ketua": "Slamet Riyadi", "jumlah_anggota": "120"},
    "pendaftaran_pkb": {"serikat_pekerja": "SPSI PT Sinar Jaya Abadi", "masa_berlaku": "2026-2028"},
    "pengesahan_pemagangan": {"program": "Operator Produksi", "jumlah_peserta": "10", "jangka_waktu": "6 bulan"},
    "legalisasi_srk": {"nomor_srk": "SRK/117/HRD/XI/2026", "perusahaan": COMPANY_NAME},
    "legalisasi_kecelakaan_tahap1": {"korban": "Sdr. Andi Pratama", "tanggal_kejadian": "20 November 2026"},
    "sertifikat_uji_keterampilan": {"kejuruan": "Menjahit", "tanggal_uji": "18 November 2026", "hasil": "KOMPETEN"},
    "nota_verifikasi_oss": {"kbli": "85579", "hasil_verifikasi": "memenuhi", "catatan": "-"},
}
# Templates whose applicant is a person (others go to a company/school/union).
PERSON_TEMPLATES = {"rekomendasi_paspor_cpmi", "legalisasi_srk", "sertifikat_uji_keterampilan"}


def fake_pdf(data: documents.LetterData) -> bytes:
    """A stand-in renderer for store tests: deterministic bytes that carry the number and code."""
    digest = hashlib.sha256(repr(data).encode()).hexdigest()
    return f"%PDF-fake {data.number} {data.verification_code} {digest}".encode()


def add_signatories(core: Core) -> tuple[letters.Signatory, letters.Signatory]:
    """The head of the office and a mediator."""
    head = core.letters.save_signatory(
        A,
        letters.SignatoryInput(
            jabatan="KEPALA DINAS TENAGA KERJA\nKABUPATEN MOJOKERTO", name=HEAD_NAME, golongan="IV/c", nip=NIP
        ),
    )
    mediator = core.letters.save_signatory(
        A,
        letters.SignatoryInput(
            jabatan="MEDIATOR HUBUNGAN INDUSTRIAL",
            name=MEDIATOR_NAME,
            golongan="III/d",
            nip=MEDIATOR_NIP,
            role="mediator",
            authority="a.n.",
            on_behalf_of="KEPALA DINAS TENAGA KERJA KABUPATEN MOJOKERTO",
        ),
    )
    return head, mediator


def application_for(core: Core, service_key: str, *, person: bool = True, nik: str = PERSON_NIK) -> uuid.UUID:
    """A received application of ``service_key`` (every requirement ticked) for a person or a company."""
    service = next(s for s in core.catalogue.list_services(A) if s.key == service_key)
    applicant: PersonInput | OrganisationInput
    if person:
        applicant = PersonInput(
            nik=nik, name=PERSON_NAME, birth_date=dt.date(1990, 7, 1), address="Dusun Kedungsari RT 02 RW 03, Mojosari"
        )
    else:
        applicant = OrganisationInput(
            kind=ApplicantKind.COMPANY, name=COMPANY_NAME, nib="9120001234567", address="Jalan Raya Ngoro No. 12, Ngoro"
        )
    variants = core.intake.variants(A, service.id)
    variant = variants[-1].variant if variants else None
    view = core.intake.start(A, service_id=service.id, applicant=applicant, variant=variant)
    view = core.intake.save_items(A, view.id, [ItemMark(i.requirement_id, True) for i in view.items])
    outcome = core.intake.finish(A, view.id)
    assert outcome.application is not None
    return outcome.application.id


def template_by_key(core: Core, key: str) -> letters.LetterTemplate:
    return next(t for t in core.letters.templates(A) if t.key == key)
