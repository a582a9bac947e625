"""The start-up dialog (staff) and the waiting page (kiosk, display, survey) when the store cannot be opened."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from counter_app import app as app_mod
from counter_app.errors import StoreUnavailable
from counter_app.settings import DB_URL_ENV
from counter_app.ui import startup
from counter_app.ui.tasks import TaskRunner

from .helpers import TASK_TIMEOUT_MS

DOWN = StoreUnavailable(
    "Server basis data PostgreSQL 10.0.0.5:5432 tidak dapat dihubungi. Pastikan server PostgreSQL kantor menyala "
    "dan jaringan tersambung.",
    detail="OperationalError: connection failed: Connection refused",
    store_kind="PostgreSQL",
    target="10.0.0.5:5432/disnaker",
    setting_source="C:/Users/loket/AppData/Local/counter_app/settings.json",
)


class FlakyStore:
    """A build function that fails ``failures`` times, then returns ``result``; counts its calls."""

    def __init__(self, failures: int, result: object = "core") -> None:
        self.failures = failures
        self.result = result
        self.calls = 0
        self.discarded: list[object] = []

    def __call__(self) -> object:
        self.calls += 1
        if self.calls <= self.failures:
            raise StoreUnavailable(f"Masih mati (percobaan {self.calls}).", detail="refused", store_kind="PostgreSQL")
        return self.result

    def discard(self, result: object) -> None:
        self.discarded.append(result)


@pytest.fixture
def runner(qtbot: QtBot) -> TaskRunner:
    return TaskRunner(lambda exc: pytest.fail(f"unexpected task error {exc!r}"))


def _dialog(qtbot: QtBot, runner: TaskRunner, build: FlakyStore) -> startup.StartupDialog:
    dialog = startup.StartupDialog(DOWN, build=build, runner=runner, discard=build.discard)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_dialog_shows_message_store_kind_and_where_the_setting_lives(qtbot: QtBot, runner: TaskRunner) -> None:
    dialog = _dialog(qtbot, runner, FlakyStore(0))
    assert dialog.message.text() == str(DOWN)
    # The store messages name the fix; only the dialog, which has the button, says to press it.
    assert dialog.status.text() == "Setelah diperbaiki, tekan Coba Lagi." and "Coba Lagi" not in str(DOWN)
    assert dialog.kind.text() == "PostgreSQL"
    assert dialog.target.text() == "10.0.0.5:5432/disnaker"
    assert dialog.source.text() == DOWN.setting_source
    assert not dialog.details.isVisible()
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible()
    assert dialog.details.toPlainText() == DOWN.detail
    assert dialog.retry_button.text() == "Coba Lagi" and dialog.close_button.text() == "Tutup"


def test_coba_lagi_keeps_the_dialog_while_the_store_is_down_and_continues_once_it_opens(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    store = FlakyStore(1, result="the core")
    dialog = _dialog(qtbot, runner, store)
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.retry_button.isEnabled(), timeout=TASK_TIMEOUT_MS)
    assert dialog.isVisible() and dialog.opened is None
    assert dialog.message.text() == "Masih mati (percobaan 1)."
    assert "Masih belum dapat dibuka" in dialog.status.text()
    with qtbot.waitSignal(dialog.store_opened, timeout=TASK_TIMEOUT_MS) as opened:
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["the core"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.opened == "the core" and store.calls == 2 and store.discarded == []


def test_tutup_rejects_and_a_store_opened_afterwards_is_discarded(qtbot: QtBot, runner: TaskRunner) -> None:
    store = FlakyStore(0, result="late core")
    dialog = _dialog(qtbot, runner, store)
    dialog.retry()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    qtbot.waitUntil(lambda: store.discarded == ["late core"], timeout=TASK_TIMEOUT_MS)
    assert dialog.opened is None


def _answer_dialog(button: str) -> None:
    """Click ``button`` ("Coba Lagi" or "Tutup") of the start-up dialog once it is shown (modal, own loop)."""

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, startup.StartupDialog) or dialog.retrying:
            QTimer.singleShot(20, click)
            return
        (dialog.retry_button if button == "Coba Lagi" else dialog.close_button).click()

    QTimer.singleShot(20, click)


def test_staff_program_exits_1_when_the_clerk_chooses_tutup(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv(DB_URL_ENV, f"postgresql://clerk:Rahasia-9@127.0.0.1:{port}/disnaker")
    _answer_dialog("Tutup")
    assert app_mod.main([]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "Rahasia-9" not in out + err


def test_staff_program_continues_with_the_store_after_coba_lagi(qtbot: QtBot) -> None:
    store = FlakyStore(1, result="the core")
    answered: list[bool] = []

    def answer() -> None:
        answered.append(True)
        _answer_dialog("Coba Lagi")

    QTimer.singleShot(0, answer)
    assert app_mod.open_for_staff(build=store) == "the core"  # type: ignore[arg-type]
    assert answered and store.calls == 2


def _page(qtbot: QtBot, runner: TaskRunner, build: FlakyStore, seconds: int = 1) -> startup.StoreWaitPage:
    page = startup.StoreWaitPage(
        DOWN, build=build, runner=runner, program="Kios antrean", retry_seconds=seconds, discard=build.discard
    )
    qtbot.addWidget(page)
    page.show()
    return page


def test_waiting_page_counts_down_and_shows_why(qtbot: QtBot, runner: TaskRunner) -> None:
    page = _page(qtbot, runner, FlakyStore(5), seconds=10)
    assert page.title.text() == "Menunggu penyimpanan data…"
    assert page.message.text() == str(DOWN)
    assert "PostgreSQL · 10.0.0.5:5432/disnaker" in page.facts.text()
    assert page.countdown.text() == "Mencoba lagi dalam 10 detik…"
    qtbot.waitUntil(lambda: page.seconds_left == 9, timeout=3000)
    assert page.countdown.text() == "Mencoba lagi dalam 9 detik…"
    assert startup.RETRY_SECONDS == 10


def test_waiting_page_retries_by_itself_until_the_store_opens(qtbot: QtBot, runner: TaskRunner) -> None:
    store = FlakyStore(1, result="the core")
    page = _page(qtbot, runner, store)
    qtbot.waitUntil(lambda: page.message.text() == "Masih mati (percobaan 1).", timeout=5000)
    assert page.opened is None
    with qtbot.waitSignal(page.store_opened, timeout=5000) as opened:
        pass
    assert opened.args == ["the core"] and page.attempts == 2 and store.calls == 2


def test_esc_closes_the_waiting_page_and_a_late_store_is_discarded(qtbot: QtBot, runner: TaskRunner) -> None:
    store = FlakyStore(0, result="late core")
    page = _page(qtbot, runner, store, seconds=60)
    page.retry_now()
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert not page.isVisible()
    qtbot.waitUntil(lambda: store.discarded == ["late core"], timeout=TASK_TIMEOUT_MS)
    assert page.opened is None


def test_wait_until_open_returns_the_store_and_the_next_event_loop_still_runs(qtbot: QtBot) -> None:
    store = FlakyStore(1, result="the core")
    assert startup.wait_until_open(DOWN, store, program="Kios antrean", windowed=True, retry_seconds=1) == "the core"
    # The kiosk's own window then runs the next event loop: nothing left over may end it at once.
    ran: list[bool] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def mark_and_quit() -> None:
        ran.append(True)
        app.quit()

    QTimer.singleShot(300, mark_and_quit)
    app.exec()
    assert ran == [True]


def test_unattended_program_exits_1_when_the_waiting_page_is_closed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DB_URL_ENV, f"sqlite:///{(tmp_path / 'tidak-ada' / 'x.db').as_posix()}")

    def close_page() -> None:
        pages = [w for w in QApplication.topLevelWidgets() if isinstance(w, startup.StoreWaitPage) and w.isVisible()]
        if not pages:
            QTimer.singleShot(20, close_page)
            return
        assert "tidak-ada" in pages[0].message.text()
        qtbot.keyClick(pages[0], Qt.Key.Key_Escape)

    QTimer.singleShot(20, close_page)
    assert app_mod.main(["kiosk"]) == 1
