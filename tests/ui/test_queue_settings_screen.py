"""Pengaturan Antrean on the real core: hours and priority rule, bad input kept, days off, per-service rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from support.fakes import FakeDialogService

from PySide6.QtCore import QDate, QTime

from counter_app import demo
from counter_app.calendar import OfficeHours
from counter_app.core import Core
from counter_app.errors import UserError
from counter_app.roles import COMMAND_LINE
from counter_app.tickets import PriorityMode, QueueSettings
from counter_app.ui.application import AppController
from counter_app.ui.messages import MessageBar
from counter_app.ui.queue_settings_screen import QueueSettingsScreen, parse_cutoff, parse_quota

from .helpers import TASK_TIMEOUT_MS, click, login, wait_idle


def _open(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> tuple[AppController, QueueSettingsScreen, MessageBar]:
    demo.seed(core)
    controller = make_controller()
    main = login(qtbot, controller, "admin", demo.DEMO_PASSWORD)
    screen = main.show_screen("queue_settings")
    assert isinstance(screen, QueueSettingsScreen)
    bar = main.findChild(MessageBar)
    assert bar is not None
    qtbot.waitUntil(lambda: screen.rules_model.rowCount() > 0, timeout=TASK_TIMEOUT_MS)
    return controller, screen, bar


def _save(qtbot: QtBot, controller: AppController, bar: MessageBar, button: object) -> None:
    with qtbot.waitSignal(bar.message_shown, timeout=TASK_TIMEOUT_MS):
        click(qtbot, button)  # type: ignore[arg-type]
    wait_idle(qtbot, controller)


def test_parse_quota_and_cutoff() -> None:
    assert parse_quota("  ") is None
    assert parse_quota(" 40 ") == 40
    assert parse_cutoff("") is None
    assert parse_cutoff("14.30") == dt.time(14, 30)
    assert parse_cutoff("9:05") == dt.time(9, 5)
    for bad in ("empat puluh", "-3", "4.5"):
        with pytest.raises(UserError, match="Kuota harian"):
            parse_quota(bad)
    for bad in ("25.00", "14.75", "siang", "1430"):
        with pytest.raises(UserError, match="Batas ambil nomor"):
            parse_cutoff(bad)


def test_the_form_shows_the_stored_rules_and_saves_hours_and_the_priority_rule(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    controller, screen, bar = _open(qtbot, core, make_controller)
    assert screen.form_settings() == QueueSettings()
    assert screen.priority_first_radio.isChecked() and not screen.priority_every_spin.isEnabled()
    # WHEN the Admin changes the hours and picks "one priority after 2 normal numbers"
    screen.open_edit.setTime(QTime(7, 30))
    screen.close_edit.setTime(QTime(15, 30))
    screen.friday_close_edit.setTime(QTime(14, 0))
    screen.friday_break_start_edit.setTime(QTime(11, 0))
    click(qtbot, screen.priority_alternate_radio)
    assert screen.priority_every_spin.isEnabled()
    screen.priority_every_spin.setValue(2)
    screen.repeat_spin.setValue(3)
    screen.slip_width_combo.setCurrentIndex(screen.slip_width_combo.findData(58))
    screen.idle_spin.setValue(45)
    screen.running_text_edit.clear()
    qtbot.keyClicks(screen.running_text_edit, "Layanan gratis. Siapkan KTP asli.")
    _save(qtbot, controller, bar, screen.save_button)
    # THEN the store holds exactly that
    assert bar.level == "info", bar.text
    assert core.queue.settings() == QueueSettings(
        hours=OfficeHours(
            open_time=dt.time(7, 30),
            close_time=dt.time(15, 30),
            friday_close_time=dt.time(14, 0),
            friday_break_start=dt.time(11, 0),
        ),
        priority_mode=PriorityMode.ALTERNATE,
        priority_every=2,
        announce_repeat=3,
        running_text="Layanan gratis. Siapkan KTP asli.",
        kiosk_idle_seconds=45,
        slip_width_mm=58,
    )


def test_closing_before_opening_is_refused_with_a_message_and_the_typed_values_stay(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    controller, screen, bar = _open(qtbot, core, make_controller)
    screen.open_edit.setTime(QTime(9, 0))
    screen.close_edit.setTime(QTime(8, 30))
    screen.repeat_spin.setValue(4)
    _save(qtbot, controller, bar, screen.save_button)
    assert bar.level == "error"
    assert "Jam buka harus lebih awal dari jam tutup" in bar.text
    assert (screen.open_edit.time(), screen.close_edit.time(), screen.repeat_spin.value()) == (
        QTime(9, 0),
        QTime(8, 30),
        4,
    )
    assert screen.save_button.isEnabled()
    assert core.queue.settings() == QueueSettings()
    # the typed values also survive a reload caused by another change (a day off added)
    screen.day_name_edit.setText("Rapat kerja kantor")
    _save(qtbot, controller, bar, screen.add_day_button)
    assert bar.level == "info"
    assert screen.days_off_model.rowCount() == 1
    assert (screen.open_edit.time(), screen.close_edit.time()) == (QTime(9, 0), QTime(8, 30))


def test_a_local_day_off_is_added_and_removed(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController], dialogs: FakeDialogService
) -> None:
    controller, screen, bar = _open(qtbot, core, make_controller)
    assert screen.day_edit.date() == QDate(2026, 11, 25)  # starts at today
    # a day off needs a description
    screen.day_edit.setDate(QDate(2026, 12, 14))
    _save(qtbot, controller, bar, screen.add_day_button)
    assert bar.level == "error" and "keterangan" in bar.text
    assert core.queue.days_off() == {}
    qtbot.keyClicks(screen.day_name_edit, "Hari Jadi Kabupaten Mojokerto (peringatan)")
    _save(qtbot, controller, bar, screen.add_day_button)
    assert bar.level == "info"
    assert core.queue.days_off() == {dt.date(2026, 12, 14): "Hari Jadi Kabupaten Mojokerto (peringatan)"}
    assert screen.days_off_model.index(0, 0).data() == "Senin, 14 Desember 2026"
    assert screen.day_name_edit.text() == ""
    # remove it again (after a confirmation)
    assert not screen.remove_day_button.isEnabled()
    screen.days_off_table.selectRow(0)
    assert screen.remove_day_button.isEnabled()
    _save(qtbot, controller, bar, screen.remove_day_button)
    assert dialogs.asked("confirm")[-1].title == "Hapus hari libur kantor"
    assert core.queue.days_off() == {}
    assert screen.days_off_model.rowCount() == 0


def test_service_rules_are_saved_and_bad_input_is_kept(
    qtbot: QtBot, core: Core, make_controller: Callable[..., AppController]
) -> None:
    controller, screen, bar = _open(qtbot, core, make_controller)
    public = [s.code for s in core.catalogue.list_services(COMMAND_LINE) if s.is_public]
    assert [r.code for r in screen.rules_model.rows] == public
    ak1 = next(r for r in screen.rules_model.rows if r.code == "AK1")
    assert not screen.rule_editor.isEnabled()
    screen.select_service(ak1.service_id)
    assert screen.rule_editor.isEnabled()
    assert (screen.quota_edit.text(), screen.cutoff_edit.text(), screen.minutes_spin.value()) == ("", "", 10)
    # a cut-off that is not a time: message, nothing stored, typed text stays
    qtbot.keyClicks(screen.quota_edit, "40")
    qtbot.keyClicks(screen.cutoff_edit, "jam dua")
    with qtbot.waitSignal(bar.message_shown, timeout=TASK_TIMEOUT_MS):
        click(qtbot, screen.save_rule_button)
    assert bar.level == "error" and "Batas ambil nomor" in bar.text
    assert (screen.quota_edit.text(), screen.cutoff_edit.text()) == ("40", "jam dua")
    # corrected: stored and shown in the table
    screen.cutoff_edit.clear()
    qtbot.keyClicks(screen.cutoff_edit, "14.30")
    screen.minutes_spin.setValue(12)
    _save(qtbot, controller, bar, screen.save_rule_button)
    assert bar.level == "info", bar.text
    stored = next(r for r in core.queue.service_rules(COMMAND_LINE) if r.code == "AK1")
    assert (stored.daily_quota, stored.cutoff_time, stored.avg_service_minutes) == (40, dt.time(14, 30), 12)
    qtbot.waitUntil(lambda: screen.rules_model.index(public.index("AK1"), 3).data() == "14.30", timeout=2000)
    assert screen.rules_model.index(public.index("AK1"), 2).data() == "40"
    # a quota out of range is refused by the core; blank means no limit again
    screen.quota_edit.setText("0")
    _save(qtbot, controller, bar, screen.save_rule_button)
    assert bar.level == "error" and "Kuota harian" in bar.text
    assert screen.quota_edit.text() == "0"
    screen.quota_edit.clear()
    _save(qtbot, controller, bar, screen.save_rule_button)
    stored = next(r for r in core.queue.service_rules(COMMAND_LINE) if r.code == "AK1")
    assert stored.daily_quota is None
