"""AK/1 on both engines: what the card holds and what it leaves out, removing the photo, counted searches."""

from __future__ import annotations

import datetime as dt

from support import store

from counter_app.core import Core
from counter_app.jobseekers import (
    KEEP_PHOTO,
    EducationRow,
    JobSeekerProfile,
    Registration,
    TrainingRow,
)
from counter_app.roles import COMMAND_LINE

A = COMMAND_LINE
NIK_F = "3516084107900001"  # a woman born 1 July 1990
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64

EIGHT_SCHOOLS = (
    EducationRow("SD", "SDN Seduri 1", "", 1996, 2002),
    EducationRow("SD", "MI Al Hidayah", "", 1996, 1999),  # moved school: the later SD is on the card
    EducationRow("SMP", "SMPN 1 Mojosari", "", 2002, 2005),
    EducationRow("SMA", "SMAN 1 Sooko", "IPA", 2005, 2008),
    EducationRow("SMK", "SMKN 1 Pungging", "Akuntansi", 2008, 2011),  # SMK ranks above SMA: on the card
    EducationRow("D1", "LP3I Mojokerto", "Administrasi", 2011, 2012),
    EducationRow("D3", "Politeknik Negeri Malang", "Akuntansi", 2012, 2015),
    EducationRow("S1", "Universitas Terbuka", "Manajemen", 2015, 2020),
)
FIVE_SKILLS = (
    TrainingRow("Menjahit", "LPK Melati", 2010),
    TrainingRow("Operator komputer", "BLK Mojokerto", 2019),
    TrainingRow("Bahasa Jepang", "LPK Sakura", 2021),
    TrainingRow("Barista", "", None),
    TrainingRow("Akuntansi MYOB", "BLK Surabaya", 2016),
)


def _profile(**kw: object) -> JobSeekerProfile:
    values: dict[str, object] = {"nik": NIK_F, "name": "Siti Aminah", "religion": "1", "marital_status": "kawin"}
    values.update(kw)
    return JobSeekerProfile(**values)  # type: ignore[arg-type]


def test_card_keeps_the_highest_school_per_row_and_lists_what_is_left_out(core: Core) -> None:
    record = core.jobseekers.register(
        A, _profile(education=EIGHT_SCHOOLS, training=FIVE_SKILLS), None, Registration("K-1")
    )
    card = core.jobseekers.card_data(A, record.summary.id)
    assert [(r.level, r.school, r.year) for r in card.education] == [
        ("SD", "SDN Seduri 1", "2002"),
        ("SLTP", "SMPN 1 Mojosari", "2005"),
        ("SLTA/SMK", "SMK SMKN 1 Pungging", "2011"),
        ("D.I-II-III-IV", "D.III Politeknik Negeri Malang", "2015"),
        ("S1-S2-S3", "S1 Universitas Terbuka", "2020"),
    ]
    assert [(s.name, s.year) for s in card.skills] == [
        ("Bahasa Jepang", "2021"),
        ("Operator komputer", "2019"),
        ("Akuntansi MYOB", "2016"),
    ]
    assert [(o.section, o.text) for o in card.omitted] == [
        ("Pendidikan formal", "SD/MI MI Al Hidayah, lulus 1999"),
        ("Pendidikan formal", "SMA/MA SMAN 1 Sooko, IPA, lulus 2008"),
        ("Pendidikan formal", "D.I LP3I Mojokerto, Administrasi, lulus 2012"),
        ("Keterampilan", "Menjahit, LPK Melati, 2010"),
        ("Keterampilan", "Barista"),
    ]
    assert "SMK SMKN 1 Pungging" in card.omitted[1].reason
    # Nothing is lost from the record itself.
    assert core.jobseekers.get(A, record.summary.id).profile.education == EIGHT_SCHOOLS


def test_a_card_with_room_for_everything_omits_nothing(core: Core) -> None:
    record = core.jobseekers.register(
        A, _profile(education=EIGHT_SCHOOLS[2:4], training=FIVE_SKILLS[:3]), None, Registration("K-2")
    )
    assert core.jobseekers.card_data(A, record.summary.id).omitted == ()


def test_hapus_foto_removes_the_stored_photo_and_keep_leaves_it(core: Core) -> None:
    record = core.jobseekers.register(A, _profile(), PNG, Registration("F-1"))
    seeker = record.summary.id
    kept = core.jobseekers.update_profile(A, seeker, _profile(name="Siti Aminah R"), KEEP_PHOTO)
    assert kept.photo_png == PNG
    same = core.jobseekers.update_profile(A, seeker, _profile(name="Siti Aminah R"), PNG)  # the form's own copy
    assert same.photo_png == PNG
    removed = core.jobseekers.update_profile(A, seeker, _profile(name="Siti Aminah R"), None)
    assert removed.photo_png is None
    assert core.jobseekers.get(A, seeker).photo_png is None
    assert core.jobseekers.card_data(A, seeker).photo_png is None
    with core.ctx.uow(read_only=True) as uow:
        fields = [e.detail.get("fields") for e in uow.audit.recent(10, "jobseeker.update")]
    assert ["photo_removed"] in fields and sum("photo_removed" in (f or []) for f in fields) == 1


def test_a_counted_number_prefix_search_says_how_many_match(core: Core) -> None:
    for n in range(1, 8):
        nik = f"35160841079000{n:02d}"
        core.jobseekers.register(A, _profile(nik=nik, name=f"Pencari {n}"), None, Registration(f"P-2026-{n:03d}"))
    core.jobseekers.register(A, _profile(nik="3516081205900002", name="Lain"), None, Registration("Q-2026-001"))
    result = core.jobseekers.search_counted(A, "P-2026-", limit=5)
    assert len(result.rows) == 5 and result.total == 7 and result.cut
    assert sorted(r.registration_number for r in result.rows) == [f"P-2026-{n:03d}" for n in range(1, 6)]
    small = core.jobseekers.search_counted(A, "P-2026-00", limit=50)
    assert (len(small.rows), small.total, small.cut) == (7, 7, False)
    by_name = core.jobseekers.search_counted(A, "pencari", limit=3)
    assert (len(by_name.rows), by_name.total, by_name.cut) == (3, 7, True)
    assert [r.id for r in core.jobseekers.search(A, "pencari", limit=3)] == [r.id for r in by_name.rows]
    core.jobseekers.register(A, _profile(nik="3516085005950005", name="Sitti Sitompul"), None, Registration("S-1"))
    core.jobseekers.register(A, _profile(nik="3516085005950006", name="Siti Pencari"), None, Registration("S-2"))
    twice = core.jobseekers.search_counted(A, "sit", limit=1)  # "Sitti Sitompul" has two words starting "sit"
    assert (len(twice.rows), twice.total) == (1, 2)
    both = core.jobseekers.search_counted(A, "penc sit", limit=1)  # two words: every word must match
    assert (len(both.rows), both.total, both.cut) == (1, 1, False)
    eight = core.jobseekers.search_counted(A, "pen", limit=2)
    assert (len(eight.rows), eight.total) == (2, 8)


def test_issue_date_in_the_past_is_kept(core: Core) -> None:
    issued = store.START.date() - dt.timedelta(days=3)
    record = core.jobseekers.register(A, _profile(), None, Registration("D-1", issued))
    assert record.summary.issued_on == issued
