"""Interview drafts: exact JSON round trip, atomic replace, list/discard, damaged files set aside."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from counter_app import drafts, jobseekers
from counter_app.jobseekers import JobSeekerProfile

FULL = JobSeekerProfile(
    nik="3516084512000002",
    kk="3516080101200003",
    name="Siti Nur'aini Rahmawati",
    birth_place="Mojokerto",
    birth_date=dt.date(2000, 12, 5),
    sex="P",
    religion="1",
    marital_status=jobseekers.MaritalStatus.BELUM_KAWIN.value,
    address="Jl. Raya Mojosari No. 12, RT 02/RW 03",
    kecamatan_code="35.16.08",
    desa_code="35.16.08.1004",
    postcode="61382",
    phone="0812-3456-7890",
    email="siti@contoh.com",
    height_cm=158,
    weight_kg=50,
    education=(
        jobseekers.EducationRow("SMK", "SMKN 1 Mojosari", "Akuntansi", 2015, 2018, "85,5"),
        jobseekers.EducationRow("S1", "Universitas Brawijaya", "Manajemen", 2018, None, ""),
    ),
    training=(jobseekers.TrainingRow("Operator komputer", "BLK Mojokerto", 2019),),
    languages=(jobseekers.LanguageRow("Inggris", "Pasif"), jobseekers.LanguageRow("Jawa", "Aktif")),
    experience=(jobseekers.ExperienceRow("PT Maju Jaya", "Admin gudang", 2019, 2022),),
    desired_jobs=(jobseekers.DesiredJob("4", "Staf administrasi", "Mojokerto"),),
    notes="Bisa mulai kerja segera.\nBaris kedua — dengan tanda “kutip”.",
)
AT = dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def test_every_field_round_trips_exactly(tmp_path: Path) -> None:
    store = drafts.DraftStore(tmp_path)
    store.save("new", FULL, b"\x89PNG fake bytes \x00\xff", now=AT)
    loaded = drafts.DraftStore(tmp_path).load("new")
    assert loaded == drafts.Draft("new", AT, FULL, b"\x89PNG fake bytes \x00\xff")
    assert drafts.profile_from_json(drafts.profile_to_json(FULL)) == FULL
    assert drafts.profile_from_json(drafts.profile_to_json(JobSeekerProfile())) == JobSeekerProfile()


def test_save_replaces_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    store = drafts.DraftStore(tmp_path)
    store.save("new", JobSeekerProfile(name="Satu"), None, now=AT)
    store.save("new", JobSeekerProfile(name="Dua"), None, now=AT + dt.timedelta(seconds=5))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.draft.json"]
    draft = store.load("new")
    assert draft is not None and draft.profile.name == "Dua" and draft.photo_png is None


def test_a_failed_write_keeps_the_old_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = drafts.DraftStore(tmp_path)
    store.save("new", JobSeekerProfile(name="Lama"), None, now=AT)

    def power_cut(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError):
        store.save("new", JobSeekerProfile(name="Baru"), None, now=AT)
    monkeypatch.undo()
    assert store.load("new").profile.name == "Lama"  # type: ignore[union-attr]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.draft.json"]


def test_list_and_discard(tmp_path: Path) -> None:
    store = drafts.DraftStore(tmp_path)
    assert store.list() == [] and store.load("new") is None
    store.save("new", JobSeekerProfile(name="Andi", nik="3516"), None, now=AT)
    store.save("edit-1", JobSeekerProfile(name="Budi"), None, now=AT + dt.timedelta(minutes=1))
    assert [(d.key, d.name) for d in store.list()] == [("edit-1", "Budi"), ("new", "Andi")]
    store.discard("new")
    store.discard("new")  # twice is fine
    assert [d.key for d in store.list()] == ["edit-1"]


def test_a_damaged_draft_is_set_aside(tmp_path: Path) -> None:
    store = drafts.DraftStore(tmp_path)
    (tmp_path / "new.draft.json").write_text('{"version": 1, "saved_at": "2026-11-25T09:30:00", "prof')
    assert store.load("new") is None
    assert (tmp_path / "new.draft.bad").exists() and store.list() == []


@pytest.mark.parametrize("key", ["", "../x", "a/b", "x" * 65, "spasi di sini"])
def test_unsafe_keys_are_refused(tmp_path: Path, key: str) -> None:
    with pytest.raises(ValueError):
        drafts.DraftStore(tmp_path).save(key, JobSeekerProfile(), None)


def test_an_older_snapshot_never_replaces_a_newer_one(tmp_path: Path) -> None:
    store = drafts.DraftStore(tmp_path)
    older, newer = store.ticket(), store.ticket()
    assert store.save_ticketed("new", JobSeekerProfile(name="Baru"), None, newer, now=AT) is not None
    assert store.save_ticketed("new", JobSeekerProfile(name="Lama"), None, older, now=AT) is None
    loaded = store.load("new")
    assert loaded is not None and loaded.profile.name == "Baru"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.draft.json"]  # the stale temp file is gone


def test_a_snapshot_taken_before_a_discard_does_not_bring_the_draft_back(tmp_path: Path) -> None:
    store = drafts.DraftStore(tmp_path)
    store.save("new", JobSeekerProfile(name="Andi"), None, now=AT)
    in_flight = store.ticket()  # the autosave read the form ...
    store.discard("new")  # ... then the registration was saved and the draft discarded
    assert store.save_ticketed("new", JobSeekerProfile(name="Andi"), None, in_flight, now=AT) is None
    assert store.load("new") is None and list(tmp_path.iterdir()) == []
    later = store.ticket()
    assert store.save_ticketed("new", JobSeekerProfile(name="Budi"), None, later, now=AT) is not None
