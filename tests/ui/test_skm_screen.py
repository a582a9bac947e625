"""SKM / IKM screen on the real core: the index of seeded answers, the filters, the printed report, roles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from support import pdf
from support.fakes import FakeDialogService

from counter_app.core import Core
from counter_app.roles import COMMAND_LINE, Role
from counter_app.survey import SurveyAnswers
from counter_app.ui.application import AppController
from counter_app.ui.messages import MessageBar
from counter_app.ui.skm_screen import SkmScreen

from .helpers import NOW, add_user, click, login, wait_idle

A = COMMAND_LINE


def _submit(core: Core, code: str, answers: list[int], sex: str = "P") -> None:
    service = next(s for s in core.survey.services() if s.code == code)
    core.survey.submit(
        SurveyAnswers(
            tuple(answers), age_band="30_39", sex=sex, education="SMA", occupation="SWASTA", service_id=service.id
        )
    )


def _seed(core: Core) -> None:
    ak1 = next(s for s in core.survey.services() if s.code == "AK1")
    core.counters.save_counter(A, counter_id=None, number=1, name="Loket 1", active=True, service_ids=[ak1.id])
    for _ in range(10):  # ten visitors: the Krejcie-Morgan sample for N = 10 is 10
        core.queue.confirm_printed(core.queue.issue_ticket(ak1.id).ticket_id)
    # Overall (hand): sums 12 12 12 16 12 14 14 10 13 -> NRR sum 28,75 -> IKM konversi 79,86, B.
    _submit(core, "AK1", [4, 4, 4, 4, 4, 4, 4, 4, 4], sex="L")
    _submit(core, "AK1", [3, 3, 3, 4, 3, 3, 3, 3, 3])
    _submit(core, "BKK", [2, 3, 2, 4, 3, 3, 4, 2, 3])
    _submit(core, "BKK", [3, 2, 3, 4, 2, 4, 3, 1, 3], sex="L")


def _open(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], role: Role = Role.SUPERVISOR
) -> tuple[AppController, SkmScreen, MessageBar]:
    add_user(core, "kabid", role, full_name="Dra. Sri Wahyuni")
    controller = make_controller()
    main = login(qtbot, controller, "kabid")
    screen = main.show_screen("skm")
    assert isinstance(screen, SkmScreen)
    wait_idle(qtbot, controller)
    bar = main.findChild(MessageBar)
    assert bar is not None
    return controller, screen, bar


def test_screen_shows_the_hand_computed_index(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    _seed(core)
    controller, screen, _ = _open(qtbot, core, make_controller)
    assert screen.period() == (dt.date(NOW.year, 1, 1), NOW.date())
    assert screen.ikm_value.text() == "79,86"
    assert screen.mutu_value.text() == "B" and screen.kinerja_label.text() == "Baik"
    assert screen.sample_label.text() == (
        "4 responden dari sampel minimal 10 (belum terpenuhi); 10 pengunjung (nomor antrean) pada periode ini."
    )
    assert screen.unsur_model.rowCount() == 9
    assert screen.unsur_model.index(7, 4).data() == "2,500"  # NRR of unsur 8
    assert screen.unsur_model.index(3, 5).data() == "0,4444"  # NRR tertimbang of unsur 4
    services = {screen.service_model.index(r, 0).data(): screen.service_model.index(r, 2).data() for r in range(2)}
    assert services == {"AK/1 atau Kartu Kuning": "88,89", "Tanda Daftar Bursa Kerja Khusus (BKK)": "70,83"}
    profile = [
        (screen.profile_model.index(r, 1).data(), screen.profile_model.index(r, 2).data())
        for r in range(screen.profile_model.rowCount())
    ]
    assert ("Laki-laki", "2") in profile and ("Perempuan", "2") in profile
    for model in (screen.unsur_model, screen.service_model, screen.profile_model):
        ModelTester(None).check(model)  # type: ignore[arg-type]

    # Filter to BKK: 70,83, mutu C.
    bkk = screen.service_combo.findText("Tanda Daftar Bursa Kerja Khusus (BKK)")
    screen.service_combo.setCurrentIndex(bkk)
    wait_idle(qtbot, controller)
    assert (screen.ikm_value.text(), screen.mutu_value.text()) == ("70,83", "C")

    # A period without answers: no index.
    screen.set_period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    wait_idle(qtbot, controller)
    assert screen.ikm_value.text() == "-" and screen.unsur_model.index(0, 4).data() == "-"


def test_new_answers_reload_the_screen(qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]) -> None:
    _controller, screen, _ = _open(qtbot, core, make_controller)
    assert screen.ikm_value.text() == "-"
    _submit(core, "AK1", [4] * 9)
    qtbot.waitUntil(lambda: screen.ikm_value.text() == "100,00", timeout=5000)
    assert screen.mutu_value.text() == "A"


def test_print_saves_the_report_as_pdf_and_audits_it(
    qtbot: QtBot,
    core: Core,
    make_controller: Callable[..., AppController],
    dialogs: FakeDialogService,
    tmp_path: Path,
) -> None:
    _seed(core)
    controller, screen, bar = _open(qtbot, core, make_controller)
    dialogs.save_path = tmp_path / "skm"
    click(qtbot, screen.print_button)
    wait_idle(qtbot, controller)
    saved = tmp_path / "skm.pdf"
    assert saved.exists() and "Laporan SKM disimpan" in bar.text
    text = pdf.pdf_text(saved)
    assert "79,86" in text and "Mutu pelayanan B" in text and ": 4 orang" in text
    assert "Dra. Sri Wahyuni" in text
    assert any(e.action == "survey.report" for e in core.audit.recent(A))


def test_cancelled_save_prints_nothing(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], dialogs: FakeDialogService
) -> None:
    controller, screen, _ = _open(qtbot, core, make_controller)
    dialogs.save_path = None
    click(qtbot, screen.print_button)
    wait_idle(qtbot, controller)
    assert dialogs.asked("save_file") and not any(e.action == "survey.report" for e in core.audit.recent(A))


def test_only_roles_with_view_reports_see_the_screen(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    add_user(core, "loket", Role.PETUGAS_LOKET)
    controller = make_controller()
    main = login(qtbot, controller, "loket")
    assert "skm" not in main.screen_keys
    assert "complaints" in main.screen_keys
