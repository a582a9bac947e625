"""The SKM survey on the kiosk and in the tablet window, through the widgets, on the real core."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.slips import FakeSlipPrinter

from counter_app import demo
from counter_app.core import Core
from counter_app.db import models
from counter_app.ui.common import ChangeBridge
from counter_app.ui.kiosk_window import KioskWindow, Page
from counter_app.ui.survey_app import SurveyWindow
from counter_app.ui.survey_form import ANSWER_MISSING, SurveyForm
from counter_app.ui.tasks import TaskRunner

from .helpers import TASK_TIMEOUT_MS, click


def stored(core: Core) -> list[SimpleNamespace]:
    """The survey rows this test added (the demo seed's own answers are left out)."""
    with core.ctx.uow(read_only=True) as uow:
        table = models.SurveyResponse.__table__
        rows = [SimpleNamespace(**r) for r in uow.session.execute(select(table)).mappings()]
    return [r for r in rows if r.id not in DEMO_ROWS.get(id(core), set())]


DEMO_ROWS: dict[int, set[object]] = {}


@pytest.fixture
def kiosk(qtbot: QtBot, core: Core) -> Iterator[tuple[KioskWindow, TaskRunner]]:
    demo.seed(core)
    DEMO_ROWS[id(core)] = {r.id for r in stored(core)}
    bugs: list[BaseException] = []
    runner = TaskRunner(bugs.append)
    bridge = ChangeBridge(core.ctx.hub)
    window = KioskWindow(
        queue=core.queue,
        runner=runner,
        print_slip=FakeSlipPrinter(),
        now=core.ctx.clock.now,
        changes=bridge,
        applications=core.applications,
        survey=core.survey,
    )
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=TASK_TIMEOUT_MS)
    yield window, runner
    qtbot.waitUntil(lambda: not runner.busy, timeout=TASK_TIMEOUT_MS)
    window.close()
    window.deleteLater()
    bridge.detach()
    assert bugs == []


def answer_all(qtbot: QtBot, form: SurveyForm, answers: list[int]) -> None:
    for n, value in enumerate(answers):
        assert form.current_unsur == n
        click(qtbot, form.answer_buttons[value - 1])


def fill_profile(qtbot: QtBot, form: SurveyForm) -> None:
    click(qtbot, form.age_choice.buttons["40_49"])
    click(qtbot, form.sex_choice.buttons["L"])
    click(qtbot, form.profile_next_button)
    click(qtbot, form.education_choice.buttons["SMK"])
    click(qtbot, form.occupation_choice.buttons["WIRASWASTA"])
    click(qtbot, form.education_next_button)


def test_full_submission_through_the_kiosk_lands_as_one_row(
    qtbot: QtBot, core: Core, kiosk: tuple[KioskWindow, TaskRunner]
) -> None:
    window, _runner = kiosk
    assert window.survey_button.isVisible() and window.survey_button.text() == "Isi Survei Kepuasan"
    click(qtbot, window.survey_button)
    assert window.page is Page.SURVEY
    form = window.survey_form
    assert form is not None
    assert form.unsur_question.text().startswith("Bagaimana pendapat Saudara tentang kesesuaian persyaratan")
    assert [b.text() for b in form.answer_buttons] == ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"]
    answer_all(qtbot, form, [4, 3, 3, 4, 2, 4, 4, 1, 3])
    assert form.pages.currentWidget() is form.profile_page
    fill_profile(qtbot, form)
    assert form.pages.currentWidget() is form.service_page
    ak1 = next(s for s in core.survey.services() if s.code == "AK1")
    click(qtbot, form.service_choice.buttons[str(ak1.id)])
    qtbot.keyClicks(form.suggestion_input, "Kursi tunggu ditambah")
    with qtbot.waitSignal(form.submitted, timeout=TASK_TIMEOUT_MS):
        click(qtbot, form.send_button)
    assert form.pages.currentWidget() is form.thanks_page
    [row] = stored(core)
    assert [getattr(row, f"u{i}") for i in range(1, 10)] == [4, 3, 3, 4, 2, 4, 4, 1, 3]
    assert (row.age_band, row.sex, row.education, row.occupation) == ("40_49", "L", "SMK", "WIRASWASTA")
    assert row.service_id == ak1.id and row.suggestion == "Kursi tunggu ditambah" and row.ticket_id is None
    with qtbot.waitSignal(window.returned_to_start, timeout=TASK_TIMEOUT_MS):
        click(qtbot, form.thanks_button)
    assert window.page is Page.START
    # The next respondent starts from nothing.
    click(qtbot, window.survey_button)
    assert form.answers == (None,) * 9 and form.age_choice.value == ""


def test_missing_answers_are_refused_with_a_message(
    qtbot: QtBot, core: Core, kiosk: tuple[KioskWindow, TaskRunner]
) -> None:
    window, _runner = kiosk
    click(qtbot, window.survey_button)
    form = window.survey_form
    assert form is not None
    click(qtbot, form.next_button)  # no answer chosen
    assert form.current_unsur == 0
    assert form.unsur_message.isVisible() and form.unsur_message.text() == ANSWER_MISSING
    answer_all(qtbot, form, [4] * 9)
    click(qtbot, form.profile_next_button)  # nothing chosen in the profile
    assert form.pages.currentWidget() is form.profile_page
    assert form.profile_message.text() == "Lengkapi dulu: umur, jenis kelamin."
    click(qtbot, form.sex_choice.buttons["P"])
    click(qtbot, form.profile_next_button)
    assert form.profile_message.text() == "Lengkapi dulu: umur."
    click(qtbot, form.age_choice.buttons["U20"])
    click(qtbot, form.profile_next_button)
    click(qtbot, form.education_next_button)
    assert form.pages.currentWidget() is form.education_page
    assert form.education_message.text() == "Lengkapi dulu: pendidikan, pekerjaan."
    click(qtbot, form.education_back_button)
    fill_profile(qtbot, form)
    click(qtbot, form.send_button)  # no service and no ticket number
    assert "Pilih layanan yang Anda terima" in form.service_message.text()
    # A ticket number that does not exist today is refused by the core; what was typed stays.
    qtbot.keyClicks(form.ticket_input, "A-999")
    click(qtbot, form.send_button)
    qtbot.waitUntil(lambda: "tidak ditemukan" in form.service_message.text(), timeout=TASK_TIMEOUT_MS)
    assert form.ticket_input.text() == "A-999" and form.answers == (4,) * 9
    assert stored(core) == []


def test_ticket_number_links_the_survey_to_the_ticket(
    qtbot: QtBot, core: Core, kiosk: tuple[KioskWindow, TaskRunner]
) -> None:
    window, _runner = kiosk
    slip = core.queue.issue_ticket(next(s.id for s in core.survey.services() if s.code == "AK1"))
    click(qtbot, window.survey_button)
    form = window.survey_form
    assert form is not None
    answer_all(qtbot, form, [3] * 9)
    fill_profile(qtbot, form)
    qtbot.keyClicks(form.ticket_input, slip.code)
    with qtbot.waitSignal(form.submitted, timeout=TASK_TIMEOUT_MS):
        click(qtbot, form.send_button)
    [row] = stored(core)
    assert row.ticket_id == slip.ticket_id


def test_idle_kiosk_leaves_a_half_filled_survey(qtbot: QtBot, kiosk: tuple[KioskWindow, TaskRunner]) -> None:
    window, _ = kiosk
    click(qtbot, window.survey_button)
    assert window.survey_form is not None
    click(qtbot, window.survey_form.answer_buttons[2])
    with qtbot.waitSignal(window.returned_to_start, timeout=TASK_TIMEOUT_MS):
        window.set_idle_seconds(0.05)
    assert window.page is Page.START and window.survey_form.answers == (None,) * 9


def test_tablet_window_shows_only_the_survey(qtbot: QtBot, core: Core) -> None:
    runner = TaskRunner(lambda exc: pytest.fail(str(exc)))
    window = SurveyWindow(survey_service=core.survey, runner=runner)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=TASK_TIMEOUT_MS)
    form = window.form
    assert form.pages.currentWidget() is form.intro_page
    click(qtbot, form.start_button)
    answer_all(qtbot, form, [2] * 9)
    fill_profile(qtbot, form)
    bkk = next(s for s in core.survey.services() if s.code == "BKK")
    click(qtbot, form.service_choice.buttons[str(bkk.id)])
    with qtbot.waitSignal(form.submitted, timeout=TASK_TIMEOUT_MS):
        click(qtbot, form.send_button)
    assert [r.service_id for r in stored(core)] == [bkk.id]
    click(qtbot, form.start_button)  # nothing: the thanks page shows
    window.idle_seconds = 0.05
    window._restart_idle()
    qtbot.waitUntil(lambda: form.pages.currentWidget() is form.intro_page, timeout=TASK_TIMEOUT_MS)
    window.close()
