"""The ticket kiosk on the real core: tap to print and queue, a failed print cancels, closed services, idle return."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support import pdf
from support.slips import FakeSlipPrinter

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from counter_app import demo
from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.print import ticket_slip
from counter_app.roles import COMMAND_LINE, Principal
from counter_app.tickets import SlipData, Status, TicketInfo
from counter_app.ui.common import ChangeBridge
from counter_app.ui.kiosk_window import (
    PRINT_FAILED_TEXT,
    KioskWindow,
    Page,
    description_adds,
    share_columns,
    wrap_lines,
)
from counter_app.ui.tasks import TaskRunner

from .helpers import NOW, TASK_TIMEOUT_MS, click

FRIDAY_PRAYER = dt.datetime(2026, 11, 27, 11, 45)  # Friday 27 November 2026, in the Friday-prayer break


@dataclass
class Kiosk:
    """A kiosk window on the test's core with a fake slip printer."""

    window: KioskWindow
    runner: TaskRunner
    printer: FakeSlipPrinter
    core: Core
    bugs: list[BaseException] = field(default_factory=list)

    def tickets(self) -> list[TicketInfo]:
        """Today's tickets, as stored."""
        return self.core.queue.tickets_of_day(COMMAND_LINE)

    def settle(self, qtbot: QtBot) -> None:
        """Wait until every background task and its callback finished."""
        qtbot.waitUntil(lambda: not self.runner.busy, timeout=TASK_TIMEOUT_MS)


@pytest.fixture
def make_kiosk(qtbot: QtBot, core: Core) -> Iterator[Callable[..., Kiosk]]:
    """Build kiosks on ``core`` (demo loket seeded); windows closed and runners drained afterwards."""
    demo.seed(core)
    made: list[tuple[Kiosk, ChangeBridge]] = []

    def make(printer: FakeSlipPrinter | None = None) -> Kiosk:
        bugs: list[BaseException] = []
        runner = TaskRunner(bugs.append)
        bridge = ChangeBridge(core.ctx.hub)
        printer = printer or FakeSlipPrinter()
        window = KioskWindow(
            queue=core.queue,
            runner=runner,
            print_slip=printer,
            now=core.ctx.clock.now,
            changes=bridge,
            applications=core.applications,
        )
        window.resize(1920, 1080)
        window.show()
        kiosk = Kiosk(window, runner, printer, core, bugs)
        kiosk.settle(qtbot)
        # Buttons added to a shown window appear on the next pass of the event loop.
        qtbot.waitUntil(lambda: window.service_button("AK1").isVisible(), timeout=TASK_TIMEOUT_MS)
        made.append((kiosk, bridge))
        return kiosk

    yield make
    for kiosk, bridge in made:
        # Drain first: a reload the last change started must not land on a deleted window.
        kiosk.settle(qtbot)
        kiosk.window.close()
        kiosk.window.deleteLater()
        bridge.detach()
        assert kiosk.bugs == []


@pytest.fixture
def kiosk(make_kiosk: Callable[..., Kiosk]) -> Kiosk:
    """The kiosk at Wednesday 25 November 2026 09:00 (open), printing into a fake printer."""
    return make_kiosk()


def loket_one(core: Core) -> tuple[Principal, uuid.UUID]:
    """The Petugas loket signed in, and the id of loket 1 (which serves AK1)."""
    principal = core.auth.login("loket1", demo.DEMO_PASSWORD)
    counter = next(c for c in core.counters.list_counters(COMMAND_LINE) if c.number == 1)
    return principal, counter.id


# --- the tap ---------------------------------------------------------------------------------------------


def test_menu_shows_services_grouped_by_bidang(kiosk: Kiosk) -> None:
    window = kiosk.window

    assert window.bidang_titles() == ["Penempatan Tenaga Kerja", "Pelatihan dan Produktivitas", "Hubungan Industrial"]
    ak1 = window.service_button("AK1")
    assert ak1.isEnabled()
    assert ak1.title.full_text == "AK/1 atau Kartu Kuning"
    assert ak1.description.isVisible()
    assert ak1.description.full_text == "Pendaftaran pencari kerja dan cetak kartu kuning (AK/1)"
    assert ak1.waiting.full_text == "Belum ada antrean"
    assert ak1.prefix.text() == "A"
    # Touch-sized: a finger-wide button, text of at least 18 pt.
    assert ak1.height() >= 120 and ak1.width() >= 300
    assert min(w.font().pointSizeF() for w in (ak1.title, ak1.description, ak1.waiting)) >= 18
    assert window.priority_toggle.font().pointSizeF() >= 18


def test_tap_prints_the_slip_then_the_ticket_waits(qtbot: QtBot, kiosk: Kiosk, tmp_path: Path) -> None:
    window = kiosk.window

    with qtbot.waitSignal(window.ticket_issued, timeout=TASK_TIMEOUT_MS) as issued:
        click(qtbot, window.service_button("AK1"))

    slip = issued.args[0]
    assert isinstance(slip, SlipData)
    assert [s.code for s in kiosk.printer.printed] == ["A-001"]
    assert slip.service_title == "AK/1 ATAU KARTU KUNING" and not slip.priority
    (ticket,) = kiosk.tickets()
    assert (ticket.code, ticket.status, ticket.priority) == ("A-001", Status.WAITING, False)
    assert window.page is Page.DONE
    assert window.done_number.text() == "A-001"
    assert "AK/1 atau Kartu Kuning" in window.done_service.full_text
    # The printed slip holds its number and service (the proof: "the slip PDF holds its number").
    text = pdf.pdf_text(ticket_slip.slip_to_pdf(kiosk.printer.printed[0], tmp_path / "slip.pdf"))
    assert "A-001" in text and "AK/1 atau Kartu Kuning" in text
    # The menu shows the new count once the change comes through.
    window.return_to_start()
    kiosk.settle(qtbot)
    qtbot.waitUntil(lambda: window.service_button("AK1").waiting.full_text == "Menunggu: 1 orang")


def test_priority_lane_is_one_tap_before_the_service(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    click(qtbot, window.priority_toggle)
    assert window.priority_toggle.isChecked()
    assert window.service_button("BKK").property("priority") is True

    with qtbot.waitSignal(window.ticket_issued, timeout=TASK_TIMEOUT_MS):
        click(qtbot, window.service_button("BKK"))

    (ticket,) = kiosk.tickets()
    assert (ticket.code, ticket.priority, ticket.status) == ("B-001", True, Status.WAITING)
    assert kiosk.printer.printed[0].priority
    assert window.done_priority.isVisible()
    # The lane applies to one ticket only.
    assert not window.priority_toggle.isChecked()
    window.return_to_start()
    assert window.service_button("BKK").property("priority") is False


def test_failed_print_cancels_the_number_and_says_so(qtbot: QtBot, make_kiosk: Callable[..., Kiosk]) -> None:
    printer = FakeSlipPrinter()
    printer.switch_off()
    kiosk = make_kiosk(printer)
    window = kiosk.window

    with qtbot.waitSignal(window.ticket_failed, timeout=TASK_TIMEOUT_MS):
        click(qtbot, window.service_button("AK1"))

    assert printer.printed == [] and [s.code for s in printer.attempts] == ["A-001"]
    assert window.page is Page.PROBLEM
    assert window.problem_text.full_text == PRINT_FAILED_TEXT
    assert window.problem_text.isVisible()
    (ticket,) = kiosk.tickets()
    assert (ticket.code, ticket.status, ticket.outcome) == ("A-001", Status.CANCELLED, "cancelled")
    # Never callable: the loket that serves AK1 finds nobody waiting.
    principal, counter_id = loket_one(kiosk.core)
    assert kiosk.core.queue.call_next(principal, counter_id) is None
    # The next person gets the next number once the printer works again; the failed one stays unused.
    printer.fail_with = None
    window.return_to_start()
    with qtbot.waitSignal(window.ticket_issued, timeout=TASK_TIMEOUT_MS):
        click(qtbot, window.service_button("AK1"))
    assert [s.code for s in printer.printed] == ["A-002"]
    called = kiosk.core.queue.call_next(principal, counter_id)
    assert called is not None and called.code == "A-002"


def test_a_printer_driver_crash_also_cancels_the_number(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], caplog: pytest.LogCaptureFixture
) -> None:
    kiosk = make_kiosk(FakeSlipPrinter(fail_with=RuntimeError("driver crashed")))

    with qtbot.waitSignal(kiosk.window.ticket_failed, timeout=TASK_TIMEOUT_MS):
        click(qtbot, kiosk.window.service_button("AK1"))

    assert kiosk.window.problem_text.full_text == PRINT_FAILED_TEXT
    (ticket,) = kiosk.tickets()
    assert ticket.status is Status.CANCELLED
    # A bug, not a printer problem: logged with its traceback for the developers.
    assert any(r.levelname == "ERROR" and r.exc_info for r in caplog.records)


def test_a_second_tap_while_printing_takes_no_second_number(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    button = window.service_button("AK1")

    with qtbot.waitSignal(window.ticket_issued, timeout=TASK_TIMEOUT_MS):
        button.click()
        button.click()  # the busy page is up: ignored

    kiosk.settle(qtbot)
    assert [t.code for t in kiosk.tickets()] == ["A-001"]


# --- closed services -------------------------------------------------------------------------------------


def test_closed_service_is_disabled_with_its_reason(
    qtbot: QtBot, clock: FixedClock, make_kiosk: Callable[..., Kiosk]
) -> None:
    clock.set(FRIDAY_PRAYER)
    kiosk = make_kiosk()
    button = kiosk.window.service_button("AK1")

    assert not button.isEnabled()
    assert button.closed.isVisible()
    assert "salat Jumat" in button.closed.full_text
    assert "13.00" in button.closed.full_text
    assert "…" not in button.closed.text()  # the reason is shown in full
    assert not button.waiting.isVisible()

    click(qtbot, button)
    kiosk.settle(qtbot)
    assert kiosk.window.page is Page.START
    assert kiosk.tickets() == [] and kiosk.printer.attempts == []


def test_service_that_closed_since_the_menu_loaded_is_refused_with_the_reason(
    qtbot: QtBot, clock: FixedClock, kiosk: Kiosk
) -> None:
    clock.set(NOW.replace(hour=12, minute=30))  # the lunch break began after the menu was loaded

    click(qtbot, kiosk.window.service_button("AK1"))
    kiosk.settle(qtbot)

    assert kiosk.window.page is Page.PROBLEM
    assert kiosk.window.problem_title.full_text == "Nomor tidak dapat diambil"
    assert "istirahat" in kiosk.window.problem_text.full_text
    assert kiosk.tickets() == [] and kiosk.printer.attempts == []
    # The menu caught up with the clock.
    kiosk.window.return_to_start()
    qtbot.waitUntil(lambda: not kiosk.window.service_button("AK1").isEnabled(), timeout=TASK_TIMEOUT_MS)


# --- back to the start screen ----------------------------------------------------------------------------


def test_idle_kiosk_returns_to_the_start_screen(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    assert window.idle_seconds == 30  # the office setting's default
    window.set_idle_seconds(0.3)
    click(qtbot, window.priority_toggle)
    assert window.priority_toggle.isChecked()

    with qtbot.waitSignal(window.returned_to_start, timeout=3000):
        pass

    assert window.page is Page.START
    assert not window.priority_toggle.isChecked()


def test_ticket_page_returns_to_the_start_screen_by_itself(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.set_idle_seconds(0.3)
    with qtbot.waitSignal(window.ticket_issued, timeout=TASK_TIMEOUT_MS):
        click(qtbot, window.service_button("AK1"))
    assert window.page is Page.DONE

    with qtbot.waitSignal(window.returned_to_start, timeout=3000):
        pass

    assert window.page is Page.START


def test_touch_keeps_the_kiosk_awake(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.set_idle_seconds(0.5)
    click(qtbot, window.priority_toggle)
    returned: list[bool] = []
    window.returned_to_start.connect(lambda: returned.append(True))

    for _ in range(4):  # 1 s in all, never 0.5 s without a touch
        qtbot.wait(250)
        qtbot.mouseClick(window.prompt, Qt.MouseButton.LeftButton)

    assert returned == []
    assert window.priority_toggle.isChecked()


# --- status by tracking number ----------------------------------------------------------------------------


def test_status_lookup_shows_the_status_of_a_scanned_number(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    surat = next(s.id for s in kiosk.core.catalogue.list_services(COMMAND_LINE) if s.key == "surat_masuk")
    app = kiosk.core.applications.start_work_item(COMMAND_LINE, surat, "Undangan rapat dari Bupati")
    click(qtbot, window.status_button)
    assert window.page is Page.STATUS
    assert window.status_input.hasFocus()  # a barcode scanner types into it straight away

    with qtbot.waitSignal(window.status_shown, timeout=TASK_TIMEOUT_MS) as shown:
        qtbot.keyClicks(window.status_input, app.tracking_number)
        qtbot.keyClick(window.status_input, Qt.Key.Key_Return)

    text = shown.args[0]
    assert window.status_title.full_text == app.tracking_number
    assert "Status: Sedang diproses" in text
    assert f"Langkah sekarang: {app.step_text}" in text
    assert "Perkiraan selesai: 25 Nov 2026 09.30" in text
    assert "Undangan rapat" not in text  # nothing but service, step, status and due date
    assert all(line.isVisible() for line in window.status_lines)


def test_status_lookup_of_an_unknown_number_says_so(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    click(qtbot, window.status_button)

    with qtbot.waitSignal(window.status_shown, timeout=TASK_TIMEOUT_MS):
        qtbot.keyClicks(window.status_input, "PKWT-2026-000999")
        qtbot.keyClick(window.status_input, Qt.Key.Key_Return)
    assert window.status_title.full_text == "Nomor tidak ditemukan"
    assert "PKWT-2026-000999 tidak ditemukan" in window.status_answer

    with qtbot.waitSignal(window.status_shown, timeout=TASK_TIMEOUT_MS):
        window.status_input.setText("halo")
        qtbot.keyClick(window.status_input, Qt.Key.Key_Return)
    assert "PKWT-2026-000123" in window.status_answer  # how a number is written


def test_status_page_returns_to_the_start_screen_when_idle(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.set_idle_seconds(0.3)
    click(qtbot, window.status_button)
    assert window.page is Page.STATUS

    with qtbot.waitSignal(window.returned_to_start, timeout=3000):
        pass

    assert window.page is Page.START


# --- pure helpers ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sizes", "columns", "shares"),
    [
        ([3, 4, 8], 4, [1, 1, 2]),
        ([3, 4, 8], 5, [1, 1, 3]),
        ([3, 4, 8], 3, [1, 1, 1]),
        ([3, 4, 8], 2, None),
        ([1], 4, [1]),
        ([], 4, None),
    ],
)
def test_share_columns_gives_the_longest_bidang_more_room(
    sizes: list[int], columns: int, shares: list[int] | None
) -> None:
    assert share_columns(sizes, columns) == shares


@pytest.mark.parametrize(
    ("title", "description", "adds"),
    [
        ("AK/1 atau Kartu Kuning", "Pendaftaran pencari kerja dan cetak kartu kuning (AK/1)", True),
        ("Pengesahan Peraturan Perusahaan", "Pengesahan peraturan perusahaan", False),
        ("Pencatatan Lembaga Kerjasama (LKS) Bipartit", "Pencatatan Lembaga Kerja Sama (LKS) Bipartit", False),
        ("Tanda Daftar Bursa Kerja Khusus (BKK)", "Tanda daftar Bursa Kerja Khusus (BKK) sekolah", False),
        ("Pelaksanaan Kegiatan Pelatihan dan Sertifikasi", "Uji keterampilan dan sertifikasi pelatihan kerja", True),
        ("Laporan", "", False),
    ],
)
def test_description_is_shown_only_when_it_says_more(title: str, description: str, adds: bool) -> None:
    assert description_adds(title, description) is adds


def test_wrap_lines_clamps_with_an_ellipsis(qapp: QApplication) -> None:
    metrics = QFontMetricsF(QFont("DejaVu Sans", 12))
    text = "Rekomendasi Paspor Calon Pekerja Migran Indonesia dan Pengesahan Perjanjian Penempatan"
    width = metrics.horizontalAdvance("Rekomendasi Paspor Calon")

    lines = wrap_lines(text, metrics, width, 2)

    assert len(lines) == 2
    assert lines[0] == "Rekomendasi Paspor Calon"
    assert lines[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width + 0.5 for line in lines)
    assert wrap_lines("Pendek", metrics, width, 2) == ["Pendek"]
