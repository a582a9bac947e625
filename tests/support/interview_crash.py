"""Run the real interview form offscreen in its own process, for the crash test (tests/e2e/test_interview_crash.py).

``python interview_crash.py type FOLDER``: type the first half of an interview, wait for the autosave,
print ``DRAFT-SAVED`` and keep running until killed. ``python interview_crash.py reopen FOLDER``: open the
form again, accept the offered draft, and print what the form's widgets hold as one JSON line.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/, for support.*

from PySide6.QtWidgets import QApplication, QWidget

from counter_app import drafts
from counter_app.changes import ChangeHub
from counter_app.jobseekers import JobSeekerProfile, JobSeekerSummary
from counter_app.roles import Principal, Role
from counter_app.ui.common import ChangeBridge, ScreenDeps
from counter_app.ui.dialogs import DialogService
from counter_app.ui.interview_form import InterviewForm
from counter_app.ui.messages import MessageBar
from counter_app.ui.tasks import TaskRunner
from support.interview import HALF, type_profile

OFFICER = Principal(uuid.uuid4(), "pengantar", "Pengantar Kerja", Role.PENGANTAR_KERJA)


class EmptyRegister:
    """Stands in for JobSeekerService: the typed NIK is not registered yet."""

    def find_by_nik(self, principal: Principal, nik: str) -> JobSeekerSummary | None:
        """Nobody is registered."""
        return None


class AcceptingDialogs(DialogService):
    """Accepts every question (no window offscreen) and remembers the titles."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def confirm(self, parent: QWidget | None, title: str, text: str, *, yes_label: str = "Ya") -> bool:
        """DialogService.confirm: yes."""
        self.asked.append(title)
        return True


def main(mode: str, folder: Path) -> int:
    """Run one side of the crash test."""
    app = QApplication(sys.argv[:1])
    errors: list[BaseException] = []
    dialogs = AcceptingDialogs()
    deps = ScreenDeps(OFFICER, TaskRunner(errors.append), MessageBar(), dialogs, ChangeBridge(ChangeHub()))
    form = InterviewForm(
        deps=deps,
        jobseekers_service=EmptyRegister(),  # type: ignore[arg-type]
        drafts=drafts.DraftStore(folder),
        today=lambda: dt.date(2026, 11, 25),
        autosave_ms=200,
    )
    form.resize(1000, 700)
    form.show()
    form.start(seeker_id=None, profile=JobSeekerProfile(), photo_png=None)
    if mode == "type":
        type_profile(form, HALF)
        form.draft_saved.connect(lambda: print("DRAFT-SAVED", flush=True))
        return app.exec()  # runs until the test kills the process
    report = {
        "asked": dialogs.asked,
        "profile": drafts.profile_to_json(form.profile()),
        "widgets": {
            "nik": form.nik.text(),
            "name": form.name.text(),
            "birth_date": form.birth_date.text(),
            "sex": form.sex.currentText(),
            "kecamatan": form.kecamatan.currentText(),
            "desa": form.desa.currentText(),
            "address": form.address.text(),
        },
        "errors": [repr(e) for e in errors],
    }
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
