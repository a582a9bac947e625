"""Realistic demo data for screenshots, benchmarks and trying the program out."""

from __future__ import annotations

from dataclasses import dataclass

from counter_app.core import Core
from counter_app.errors import Conflict
from counter_app.roles import COMMAND_LINE, Role

DEMO_PASSWORD = "rahasia123"

DEMO_USERS: tuple[tuple[str, str, Role, str], ...] = (
    ("admin", "Admin Sistem", Role.ADMIN, ""),
    ("supervisor", "Dra. Sri Wahyuni, M.Si.", Role.SUPERVISOR, "196805121993032004"),
    ("loket1", "Ahmad Fauzi", Role.PETUGAS_LOKET, ""),
    ("loket2", "Dewi Lestari", Role.PETUGAS_LOKET, ""),
    ("pengantar", "Bambang Setiawan, S.E.", Role.PENGANTAR_KERJA, "197903142006041012"),
    ("verifikator", "Nur Aini Rahmawati, S.H.", Role.VERIFIKATOR, "198507222010012018"),
)

# loket number, name, service codes
DEMO_COUNTERS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "Loket 1 - Kartu Kuning", ("AK1",)),
    (2, "Loket 2 - Penempatan", ("BKK", "CPMI", "AK1")),
    (3, "Loket 3 - Hubungan Industrial", ("PKWT", "PKB", "PP", "SPSB", "LKS", "PHI", "SRK", "KK1")),
    (4, "Loket 4 - Pelatihan", ("LPKS", "LATSER", "MAGANG", "OSSLPK")),
)


@dataclass(frozen=True)
class SeedReport:
    """What the demo seed created."""

    users: int
    counters: int

    def summary(self) -> str:
        """One Indonesian line for the CLI."""
        return f"Data contoh: {self.users} pengguna dan {self.counters} loket dibuat (kata sandi: {DEMO_PASSWORD})."


def seed(core: Core) -> SeedReport:
    """Create demo users and loket; existing ones are left as they are, so seeding twice is harmless."""
    users = 0
    for username, full_name, role, nip in DEMO_USERS:
        try:
            core.users.add_user(
                COMMAND_LINE, username=username, full_name=full_name, role=role, password=DEMO_PASSWORD, nip=nip
            )
            users += 1
        except Conflict:
            pass
    by_code = {s.code: s.id for s in core.catalogue.list_services(COMMAND_LINE)}
    existing = {c.number for c in core.counters.list_counters(COMMAND_LINE)}
    counters = 0
    for number, name, codes in DEMO_COUNTERS:
        if number in existing:
            continue
        core.counters.save_counter(
            COMMAND_LINE,
            counter_id=None,
            number=number,
            name=name,
            active=True,
            service_ids=[by_code[c] for c in codes if c in by_code],
        )
        counters += 1
    seed_jobseekers(core)
    seed_survey(core)
    seed_letters(core)
    return SeedReport(users=users, counters=counters)


# AK/1 demo registrations: NIK, name, months since issue, reports done, state ("active" or "placed").
DEMO_JOBSEEKERS: tuple[tuple[str, str, int, int, str], ...] = (
    ("3516084107000001", "Siti Nur Aminah", 1, 0, "active"),
    ("3516081205990002", "Muhammad Rizky Pratama", 6, 0, "active"),  # report 1 due about now
    ("3516095708980003", "Dewi Ayu Lestari", 8, 0, "active"),  # late for report 1
    ("3516121503970004", "Agus Setiawan", 13, 1, "active"),  # late for report 2
    ("3516146202960005", "Rina Wulandari", 5, 0, "active"),
    ("3516031010950006", "Bagus Hermawan", 9, 1, "placed"),
)


def seed_jobseekers(core: Core) -> int:
    """Register the demo job seekers in different states (as the demo Pengantar kerja); existing NIKs are skipped."""
    from counter_app import jobseekers as js  # late: keeps the demo's import light for the CLI
    from counter_app.roles import Principal

    officer = next((u for u in core.users.list_users(COMMAND_LINE) if u.username == "pengantar"), None)
    actor = (
        Principal(officer.id, officer.username, officer.full_name, officer.role)
        if officer is not None
        else COMMAND_LINE
    )
    today = core.ctx.clock.now().date()
    made = 0
    for nik, name, months, reports, state in DEMO_JOBSEEKERS:
        if core.jobseekers.find_by_nik(actor, nik) is not None:
            continue
        issued = js.add_months(today, -months)
        profile = js.JobSeekerProfile(
            nik=nik,
            name=name,
            birth_place="Mojokerto",
            religion="1",
            marital_status=js.MaritalStatus.BELUM_KAWIN.value,
            address="Jl. Raya Mojosari RT 02 RW 03",
            kecamatan_code="35.16.08",
            phone="0812-3300-1234",
            education=(js.EducationRow("SMK", "SMKN 1 Mojosari", "Teknik Mesin", None, 2017),),
            desired_jobs=(js.DesiredJob("8", "Operator mesin produksi"),),
        )
        record = core.jobseekers.register(actor, profile, None, js.Registration("", issued))
        for n in range(reports):
            core.jobseekers.record_report(actor, record.summary.id, js.add_months(issued, 6 * (n + 1)))
        if state == "placed":
            placement = js.Placement("PT Ajinomoto Indonesia", "Operator produksi", js.add_months(issued, 8))
            core.jobseekers.record_placement(actor, record.summary.id, placement)
        made += 1
    return made


# SKM demo: services answered about, and complaints (channel, kind, text, name, days ago, follow-ups).
DEMO_SURVEY_SERVICES: tuple[str, ...] = ("AK1", "AK1", "AK1", "BKK", "CPMI", "PKWT", "LATSER")
DEMO_SURVEY_RESPONSES = 40
DEMO_COMPLAINTS: tuple[tuple[str, str, str, str, int, tuple[str, ...]], ...] = (
    ("loket", "pengaduan", "Antrean kartu kuning pagi hari sangat panjang, mohon loket ditambah.", "", 6, ("selesai",)),
    ("whatsapp", "saran", "Mohon informasi persyaratan AK/1 dipasang di papan depan.", "Rina", 3, ("diproses",)),
    ("lapor", "pengaduan", "Rekomendasi paspor belum selesai setelah 3 hari kerja.", "", 9, ()),
    ("kotak_saran", "apresiasi", "Petugas loket 2 ramah dan membantu.", "", 1, ()),
    ("email", "saran", "Sediakan kursi tunggu tambahan dan air minum.", "Agus", 2, ("diproses", "selesai")),
)


def seed_survey(core: Core) -> int:
    """About 40 SKM answers (mostly good, some poor) and complaints in each state; skipped when present."""
    import datetime as dt  # late: keeps the demo's import light for the CLI
    import random

    from counter_app import complaints as cp
    from counter_app import survey as sv
    from counter_app.roles import Principal

    today = core.ctx.clock.now().date()
    made = 0
    if core.survey.ikm(COMMAND_LINE, today - dt.timedelta(days=366), today).respondents == 0:
        rng = random.Random(14_2017)
        by_code = {s.code: s.id for s in core.survey.services()}
        for n in range(DEMO_SURVEY_RESPONSES):
            code = DEMO_SURVEY_SERVICES[n % len(DEMO_SURVEY_SERVICES)]
            if code not in by_code:
                continue
            low = 2 if n % 5 == 0 else 3  # a fifth of the respondents are less happy
            answers = [rng.choice((low, 3, 4, 4)) for _ in range(sv.UNSUR_COUNT)]
            answers[3] = 4 if rng.random() < 0.9 else 3  # the services are free of charge
            core.survey.submit(
                sv.SurveyAnswers(
                    answers=tuple(answers),
                    age_band=rng.choice(list(sv.AGE_BANDS)[:5]),
                    sex=rng.choice(("L", "P")),
                    education=rng.choice(("SMA", "SMK", "SMK", "D3", "S1", "SMP")),
                    occupation=rng.choice(("PENCARI_KERJA", "PENCARI_KERJA", "SWASTA", "PELAJAR", "WIRASWASTA")),
                    service_id=by_code[code],
                )
            )
            made += 1
    if not core.complaints.list(COMMAND_LINE):
        officer = next((u for u in core.users.list_users(COMMAND_LINE) if u.username == "supervisor"), None)
        actor = (
            Principal(officer.id, officer.username, officer.full_name, officer.role)
            if officer is not None
            else COMMAND_LINE
        )
        now = core.ctx.clock.now()
        for channel, kind, text, name, days, steps in DEMO_COMPLAINTS:
            info = core.complaints.record(
                actor,
                cp.ComplaintInput(
                    cp.Channel(channel), cp.Kind(kind), text, name=name, received_at=now - dt.timedelta(days=days)
                ),
            )
            for step in steps:
                note = "Sudah ditanggapi kepada pelapor." if step == "selesai" else "Diteruskan ke kepala bidang."
                core.complaints.follow_up(actor, info.id, cp.ComplaintStatus(step), note)
    return made


# Letters: the office profile, signatories, and (when a renderer is installed) two issued letters.
DEMO_SIGNATORIES: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    # jabatan, name, golongan, NIP, role, authority, on behalf of
    (
        "KEPALA DINAS TENAGA KERJA\nKABUPATEN MOJOKERTO",
        "Drs. BUDI SANTOSO, M.Si.",
        "IV/c",
        "196804111993031009",
        "kepala_dinas",
        "",
        "",
    ),
    (
        "KEPALA BIDANG HUBUNGAN INDUSTRIAL",
        "RINA KARTIKA, S.H., M.H.",
        "IV/a",
        "198002142005012011",
        "mediator",
        "a.n.",
        "KEPALA DINAS TENAGA KERJA KABUPATEN MOJOKERTO",
    ),
)


def seed_letters(core: Core) -> int:
    """Office profile and signatories; with a PDF renderer installed also a paspor recommendation and a BKK mark."""
    from counter_app import intake as it  # late: keeps the demo's import light for the CLI
    from counter_app import letters as lt

    if core.letters.signatories(COMMAND_LINE, include_inactive=True):
        return 0
    core.letters.save_profile(
        COMMAND_LINE,
        lt.OfficeProfile(
            address_lines=("Jalan Raya Jabon Km. 6, Mojoanyar, Kabupaten Mojokerto, Jawa Timur 61364",),
            contact_line="Telepon (0321) 592063",
        ),
    )
    for jabatan, name, golongan, nip, role, authority, on_behalf_of in DEMO_SIGNATORIES:
        core.letters.save_signatory(
            COMMAND_LINE,
            lt.SignatoryInput(jabatan, name, golongan, nip, role=role, authority=authority, on_behalf_of=on_behalf_of),
        )
    if not core.letters.has_renderer:
        return len(DEMO_SIGNATORIES)
    services = {s.key: s.id for s in core.catalogue.list_services(COMMAND_LINE)}
    templates = {t.key: t for t in core.letters.templates(COMMAND_LINE)}
    demo_letters = (
        (
            "rekomendasi_paspor_cpmi",
            it.PersonInput(nik="3516084107000001", name="Siti Nur Aminah", address="Jl. Raya Mojosari RT 02 RW 03"),
            {
                "negara_tujuan": "Taiwan",
                "jabatan": "Perawat lansia",
                "p3mi": "PT Bina Karya Mandiri",
                "kantor_imigrasi": "Kantor Imigrasi Kelas I TPI Surabaya",
                "kota_imigrasi": "Surabaya",
            },
        ),
        (
            "tanda_daftar_bkk",
            it.OrganisationInput(kind=it.ApplicantKind.SCHOOL, name="SMK Negeri 1 Mojosari", npsn="20502873"),
            {"nomor_sk_pembentukan": "421.5/045/SMK/2026", "ketua_bkk": "Agus Salim, S.Pd."},
        ),
    )
    for key, applicant, extras in demo_letters:
        template = templates[key]
        view = core.intake.start(COMMAND_LINE, service_id=services[template.service_key], applicant=applicant)
        marks = [it.ItemMark(i.requirement_id, True) for i in view.items]
        outcome = core.intake.finish(COMMAND_LINE, core.intake.save_items(COMMAND_LINE, view.id, marks).id)
        assert outcome.application is not None and template.id is not None
        core.letters.issue(COMMAND_LINE, outcome.application.id, template.id, extras)
    return len(DEMO_SIGNATORIES) + len(demo_letters)
