"""The AK/1 interview form on the real core: typing a profile, NIK check, regions, photo, drafts, duplicates."""

from __future__ import annotations

import datetime as dt
import io
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot
from support.fakes import FakeDialogService
from support.interview import FULL, HALF, NIK, type_profile, type_text

import shiboken6

from counter_app.core import Core
from counter_app.drafts import DraftStore
from counter_app.jobseekers import JobSeekerProfile, Registration
from counter_app.roles import Principal, Role
from counter_app.ui.common import ChangeBridge, ScreenDeps
from counter_app.ui.interview_form import InterviewForm
from counter_app.ui.messages import MessageBar
from counter_app.ui.tasks import TaskRunner

from .helpers import NOW, TASK_TIMEOUT_MS

pytestmark = pytest.mark.gui

OFFICER = Principal(uuid.uuid4(), "pengantar", "Pengantar Kerja", Role.PENGANTAR_KERJA)


class Harness:
    """The form alone, on the real core, with a fake dialog service and drafts in a temp folder."""

    def __init__(self, qtbot: QtBot, core: Core, tmp_path: Path, *, autosave_ms: int = 60_000) -> None:
        self.qtbot = qtbot
        self.errors: list[BaseException] = []
        self.runner = TaskRunner(self.errors.append)
        self.dialogs = FakeDialogService(confirm_answer=False)
        self.drafts = DraftStore(tmp_path / "drafts")
        self.bridge = ChangeBridge(core.ctx.hub)
        deps = ScreenDeps(OFFICER, self.runner, MessageBar(), self.dialogs, self.bridge)
        self.form = InterviewForm(
            deps=deps,
            jobseekers_service=core.jobseekers,
            drafts=self.drafts,
            today=lambda: NOW.date(),
            autosave_ms=autosave_ms,
        )
        qtbot.addWidget(self.form)
        self.form.resize(1000, 700)
        self.form.show()

    def idle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.runner.busy, timeout=TASK_TIMEOUT_MS)

    def close(self) -> None:
        self.idle()
        if shiboken6.isValid(self.form):  # pytest-qt may already have deleted it
            self.form.stop_autosave()
        self.bridge.detach()


@pytest.fixture
def harness(qtbot: QtBot, core: Core, tmp_path: Path) -> Harness:
    h = Harness(qtbot, core, tmp_path)
    yield h  # type: ignore[misc]
    h.close()


def test_a_whole_profile_typed_reads_back_exactly(harness: Harness) -> None:
    type_profile(harness.form, FULL)
    harness.idle()
    assert harness.form.profile() == FULL
    harness.form.check_input()  # nothing unreadable


def test_set_profile_fills_every_widget(harness: Harness) -> None:
    harness.form.set_profile(FULL)
    assert harness.form.name.text() == FULL.name
    assert harness.form.birth_date.text() == "05-12-2000"
    assert harness.form.desa.currentText() == "Kauman (kel.)"
    assert harness.form.education.table.rowCount() == 2
    assert harness.form.profile() == FULL
    harness.form.set_profile(JobSeekerProfile())
    assert harness.form.profile() == JobSeekerProfile()


def test_desa_list_follows_the_kecamatan(harness: Harness) -> None:
    form = harness.form
    assert not form.desa.isEnabled()
    form.kecamatan.setCurrentIndex(form.kecamatan.findData("35.16.18"))
    assert form.desa.isEnabled() and form.desa.count() == 1 + 12
    assert {form.desa.itemData(i) for i in range(1, form.desa.count())} == {
        f"35.16.18.{n}" for n in (2001, 2002, 2003, 2004, 2005, 2006, 2008, 2009, 2010, 2011, 2012, 2013)
    }
    form.desa.setCurrentIndex(form.desa.findData("35.16.18.2009"))
    form.kecamatan.setCurrentIndex(form.kecamatan.findData("35.16.08"))
    assert form.desa.currentData() == ""  # the old desa is not kept under another kecamatan
    assert form.desa.count() == 1 + 19


def test_nik_check_is_live_and_only_warns_on_mismatch(harness: Harness) -> None:
    form = harness.form
    type_text(form.nik, "35160845")
    assert form.nik_status.text() == "8 dari 16 angka."
    type_text(form.nik, "12000002")
    harness.idle()
    assert form.nik_status.property("kind") == "ok" and "05-12-2000" in form.nik_status.text()
    type_text(form.birth_date, "06-12-2000")
    assert form.nik_status.property("kind") == "warning"
    form.nik.setText("9916084512000002")
    assert form.nik_status.property("kind") == "error" and "provinsi" in form.nik_status.text()
    harness.idle()


def test_a_registered_nik_offers_the_existing_record(harness: Harness, core: Core) -> None:
    record = core.jobseekers.register(OFFICER, FULL, None, Registration("KH-001", dt.date(2026, 11, 2)))
    harness.dialogs.confirm_answer = True
    with harness.qtbot.waitSignal(harness.form.existing_record_requested, timeout=TASK_TIMEOUT_MS) as signal:
        type_text(harness.form.nik, NIK)
    assert signal.args == [record.summary.id]
    (asked,) = harness.dialogs.asked("confirm")
    assert "KH-001" in asked.text and FULL.name in asked.text
    assert harness.form.nik.text() == NIK  # nothing typed is lost


def test_unreadable_date_and_year_are_reported_with_the_field(harness: Harness) -> None:
    form = harness.form
    type_text(form.birth_date, "31-02-2000")
    with pytest.raises(Exception, match="Tanggal lahir '31-02-2000' tidak terbaca"):
        form.check_input()
    form.birth_date.setText("05-12-2000")
    form.education.add_row(["SMA", "SMAN 1 Sooko", "IPA", "2015", "20l8", ""])
    with pytest.raises(Exception, match="Tahun lulus baris 1 pendidikan '20l8' bukan tahun"):
        form.check_input()


def test_photo_from_a_file_is_cropped_to_300_by_400(harness: Harness, tmp_path: Path) -> None:
    path = tmp_path / "foto.jpg"
    Image.new("RGB", (1200, 900), (20, 120, 200)).save(path, "JPEG")
    harness.dialogs.open_path = path
    harness.form.photo_file_button.click()
    harness.idle()
    png = harness.form.photo_png()
    assert png is not None and Image.open(io.BytesIO(png)).size == (300, 400)
    assert harness.form.photo_view.pixmap().width() == 150


def test_a_corrupt_photo_is_reported_inline_and_the_old_one_kept(harness: Harness, tmp_path: Path) -> None:
    good = tmp_path / "baik.png"
    Image.new("RGB", (300, 400), (1, 2, 3)).save(good, "PNG")
    harness.dialogs.open_path = good
    harness.form.photo_file_button.click()
    harness.idle()
    kept = harness.form.photo_png()
    bad = tmp_path / "rusak.jpg"
    bad.write_bytes(good.read_bytes()[:100])
    harness.dialogs.open_path = bad
    harness.form.photo_file_button.click()
    harness.idle()
    assert "rusak" in harness.form.error_label.text() and harness.form.error_label.isVisibleTo(harness.form)
    assert harness.form.photo_png() == kept


def test_no_camera_gives_a_message_not_a_crash(harness: Harness) -> None:
    harness.form.photo_camera_button.click()
    assert "Tidak ada kamera" in harness.form.photo_status.text()
    assert harness.errors == []


def test_autosave_writes_a_draft_that_is_offered_back(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    first = Harness(qtbot, core, tmp_path, autosave_ms=50)
    first.form.start(seeker_id=None, profile=JobSeekerProfile(), photo_png=None)
    type_profile(first.form, HALF)
    qtbot.waitUntil(lambda: getattr(first.drafts.load("new"), "profile", None) == HALF, timeout=2000)
    first.close()

    second = Harness(qtbot, core, tmp_path)
    second.dialogs.confirm_answer = True
    second.form.start(seeker_id=None, profile=JobSeekerProfile(), photo_png=None)
    assert second.dialogs.asked("confirm")[0].title == "Pulihkan Isian"
    assert second.form.profile() == HALF
    second.close()


def test_declining_the_draft_discards_it(harness: Harness) -> None:
    harness.drafts.save("new", HALF, None)
    harness.form.start(seeker_id=None, profile=JobSeekerProfile(), photo_png=None)
    assert harness.form.profile() == JobSeekerProfile()
    assert harness.drafts.load("new") is None


def test_hiding_the_form_saves_what_was_typed_at_once(harness: Harness) -> None:
    type_text(harness.form.name, "Budi Santoso")
    assert harness.drafts.load("new") is None  # the timer has not fired (60 s in this harness)
    harness.form.hide()
    draft = harness.drafts.load("new")
    assert draft is not None and draft.profile.name == "Budi Santoso"


class RecordingDrafts(DraftStore):
    """A DraftStore that remembers on which thread each ticketed save ran, and can hold it until released."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.threads: list[bool] = []  # True = the UI (main) thread
        self.release = threading.Event()
        self.release.set()

    def save_ticketed(self, *args: Any, **kwargs: Any) -> Any:
        """DraftStore.save_ticketed, after ``release`` is set."""
        self.threads.append(threading.current_thread() is threading.main_thread())
        self.release.wait(5)
        return super().save_ticketed(*args, **kwargs)


def _form_with(qtbot: QtBot, core: Core, store: DraftStore) -> tuple[InterviewForm, TaskRunner, ChangeBridge]:
    runner = TaskRunner(lambda exc: None)
    bridge = ChangeBridge(core.ctx.hub)
    deps = ScreenDeps(OFFICER, runner, MessageBar(), FakeDialogService(confirm_answer=False), bridge)
    form = InterviewForm(
        deps=deps, jobseekers_service=core.jobseekers, drafts=store, today=lambda: NOW.date(), autosave_ms=30
    )
    qtbot.addWidget(form)
    form.show()
    return form, runner, bridge


def test_autosave_writes_off_the_ui_thread(qtbot: QtBot, core: Core, tmp_path: Path) -> None:
    store = RecordingDrafts(tmp_path / "drafts")
    form, runner, bridge = _form_with(qtbot, core, store)
    with qtbot.waitSignal(form.draft_saved, timeout=3000):
        type_text(form.name, "Budi Santoso")
    assert store.threads and not any(store.threads)
    draft = store.load("new")
    assert draft is not None and draft.profile.name == "Budi Santoso"
    qtbot.waitUntil(lambda: not runner.busy, timeout=TASK_TIMEOUT_MS)
    form.stop_autosave()
    bridge.detach()


def test_a_draft_discarded_while_an_autosave_is_written_stays_discarded(
    qtbot: QtBot, core: Core, tmp_path: Path
) -> None:
    store = RecordingDrafts(tmp_path / "drafts")
    form, runner, bridge = _form_with(qtbot, core, store)
    store.release.clear()  # the disk is slow: the autosave waits
    type_text(form.name, "Budi Santoso")
    qtbot.waitUntil(lambda: len(store.threads) == 1, timeout=3000)
    form.stop_autosave()
    form.discard_draft()  # the registration was saved meanwhile ...
    form.hide()  # ... and the screen shows the new record
    store.release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=TASK_TIMEOUT_MS)
    assert store.load("new") is None
    bridge.detach()
