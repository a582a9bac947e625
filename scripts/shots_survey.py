"""Screenshots of the SKM survey and complaints (issue 7): the kiosk form, the IKM screen and report, complaints."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import screenshots as shots

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from counter_app import demo
from counter_app.print import skm_report
from counter_app.roles import COMMAND_LINE
from counter_app.ui.application import AppController
from counter_app.ui.common import ChangeBridge
from counter_app.ui.complaints_screen import ComplaintsScreen
from counter_app.ui.kiosk_window import KioskWindow, Page
from counter_app.ui.messages import MessageBar
from counter_app.ui.skm_screen import SkmScreen
from counter_app.ui.tasks import TaskRunner

KIOSK_SIZE = QSize(1920, 1080)  # as the kiosk screenshots of the queue


def _save(image: object, path: Path) -> None:
    if not image.save(str(path)):  # type: ignore[attr-defined]
        raise OSError(f"could not write {path}")
    print(f"  {path.relative_to(shots.ROOT) if path.is_relative_to(shots.ROOT) else path}")


def _pump() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _kiosk(core: shots.Core, out: Path) -> None:
    errors: list[BaseException] = []
    runner = TaskRunner(errors.append)
    bridge = ChangeBridge(core.ctx.hub)
    window = KioskWindow(
        queue=core.queue,
        runner=runner,
        print_slip=lambda _slip: None,
        now=core.ctx.clock.now,
        changes=bridge,
        applications=core.applications,
        survey=core.survey,
    )
    window.resize(KIOSK_SIZE)
    window.show()
    shots.wait_until(lambda: not runner.busy and window.service_button("AK1").isVisible())
    _pump()
    _save(window.grab(), out / "survey-kiosk_home.png")
    window.show_survey_page()
    form = window.survey_form
    assert form is not None and window.page is Page.SURVEY
    for value in (4, 3, 3):
        form.answer(value)
    _pump()
    _save(window.grab(), out / "survey-kiosk_question.png")
    for value in (4, 3, 4, 4, 3, 3):
        form.answer(value)
    form.age_choice.choose("20_29")
    form.sex_choice.choose("P")
    form.profile_next_button.click()
    form.education_choice.choose("SMK")
    form.occupation_choice.choose("PENCARI_KERJA")
    _pump()
    _save(window.grab(), out / "survey-kiosk_profile.png")
    form.education_next_button.click()
    form.select_service("AK1")
    form.ticket_input.setText("A-007")
    _pump()
    _save(window.grab(), out / "survey-kiosk_service.png")
    window.close()
    runner.wait_for_done()
    bridge.detach()
    if errors:
        raise errors[0]


def shoot(folder: Path, out: Path) -> None:
    """Draw the kiosk survey pages, the SKM / IKM screen, its printed report and the complaints screen."""
    core = shots.make_core(folder, "survey.db")
    try:
        demo.seed(core)
        # This morning's visitors (the SKM population): 60 tickets across the services of the demo lokets.
        by_code = {s.code: s.id for s in core.survey.services()}
        for n in range(60):
            code = ("AK1", "AK1", "BKK", "CPMI", "PKWT", "LATSER")[n % 6]
            core.queue.confirm_printed(core.queue.issue_ticket(by_code[code]).ticket_id)
        _kiosk(core, out)

        services = dataclasses.replace(shots.services_for(core), survey=core.survey, complaints=core.complaints)
        controller = AppController(services)
        controller.start(core.auth.needs_first_admin())
        main_window = shots.login(controller, "supervisor")
        bar = main_window.findChild(MessageBar)
        screen = main_window.show_screen("skm")
        assert isinstance(screen, SkmScreen)
        shots.settle(controller)
        if bar is not None:
            bar.hide()
        shots.shoot(main_window, out / "survey-ikm_screen.png")

        complaints = main_window.show_screen("complaints")
        assert isinstance(complaints, ComplaintsScreen)
        shots.settle(controller)
        first = complaints.model.rows[-1] if complaints.model.rows else None
        if first is not None:
            complaints.select_complaint(first.id)
            shots.settle(controller)
        if bar is not None:
            bar.hide()
        shots.shoot(main_window, out / "survey-complaints_screen.png")

        supervisor = core.auth.login("supervisor", demo.DEMO_PASSWORD)
        today = shots.SHOT_TIME.date()
        data = core.survey.report(supervisor, today.replace(month=1, day=1), today)
        _save(skm_report.skm_report_to_image(data, 110), out / "survey-skm_report.png")
        assert core.complaints.list(COMMAND_LINE)
        shots.logout(controller)
        controller.login_window.close()
        controller.shutdown()
    finally:
        core.close()
