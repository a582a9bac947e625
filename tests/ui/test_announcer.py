"""Announcer: one announcement at a time, in call order, never cut off; recall speaks again; no voice flashes."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support.calls import ToneAudio

from counter_app.speech import AnnouncementAudio
from counter_app.tickets import CallInfo
from counter_app.ui.announcer import Announcer, ClipPlayer, MediaClipPlayer, TimedClipPlayer
from counter_app.ui.tasks import TaskRunner

from .helpers import NOW

CLIP_S = 0.3
A001_2 = "Nomor antrean A nol nol satu, silakan menuju loket dua"
A002_1 = "Nomor antrean A nol nol dua, silakan menuju loket satu"


def call(code: str, loket: int, kind: str = "call") -> CallInfo:
    return CallInfo(uuid.uuid4(), NOW, code, loket, kind)


class Recorder:
    """Every announcer signal with the time it came (monotonic seconds)."""

    def __init__(self, announcer: Announcer) -> None:
        self.events: list[tuple[str, str, float]] = []
        for kind, signal in (
            ("queued", announcer.announcement_queued),
            ("started", announcer.announcement_started),
            ("finished", announcer.announcement_finished),
            ("flash", announcer.flash_requested),
        ):
            signal.connect(lambda text, kind=kind: self.events.append((kind, text, time.monotonic())))

    def of(self, *kinds: str) -> list[tuple[str, str]]:
        return [(kind, text) for kind, text, _t in self.events if kind in kinds]

    def at(self, kind: str, nth: int = 0) -> float:
        return [t for k, _text, t in self.events if k == kind][nth]


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    errors: list[BaseException] = []
    r = TaskRunner(errors.append)
    yield r
    r.wait_for_done()
    assert errors == []


def make(runner: TaskRunner, audio: object, player: ClipPlayer | None = None) -> tuple[Announcer, Recorder]:
    announcer = Announcer(audio=audio, runner=runner, player=player or TimedClipPlayer())  # type: ignore[arg-type]
    return announcer, Recorder(announcer)


@pytest.mark.parametrize("player_type", [TimedClipPlayer, MediaClipPlayer], ids=["timed", "qmediaplayer"])
def test_two_quick_calls_play_in_order_and_the_second_waits_for_the_first(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path, player_type: type[ClipPlayer]
) -> None:
    audio = ToneAudio(tmp_path, CLIP_S)
    announcer, rec = make(runner, audio, player_type())
    announcer.enqueue(call("A-001", 2), 1)
    announcer.enqueue(call("A-002", 1), 1)
    assert announcer.pending == 2
    qtbot.waitUntil(lambda: len(rec.of("finished")) == 2, timeout=10_000)

    assert rec.of("started", "finished") == [
        ("started", A001_2),
        ("finished", A001_2),
        ("started", A002_1),
        ("finished", A002_1),
    ]
    # Not cut off: each played its whole length; the second began only after the first ended.
    assert rec.at("finished", 0) - rec.at("started", 0) >= CLIP_S * 0.9
    assert rec.at("started", 1) >= rec.at("finished", 0)
    assert rec.at("finished", 1) - rec.at("started", 1) >= CLIP_S * 0.9
    assert announcer.pending == 0
    assert rec.of("flash") == []


def test_order_is_the_call_order_even_when_the_first_audio_is_ready_last(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    audio = ToneAudio(tmp_path, 0.1)
    audio.delays[A001_2] = 0.4
    announcer, rec = make(runner, audio)
    announcer.enqueue(call("A-001", 2), 1)
    announcer.enqueue(call("A-002", 1), 1)
    qtbot.waitUntil(lambda: len(rec.of("finished")) == 2, timeout=10_000)
    assert audio.prepared == [A002_1, A001_2]  # made out of order on the worker threads …
    assert [text for _k, text in rec.of("started")] == [A001_2, A002_1]  # … played in call order


def test_a_recall_is_announced_again(qtbot: QtBot, runner: TaskRunner, tmp_path: Path) -> None:
    announcer, rec = make(runner, ToneAudio(tmp_path, 0.1))
    announcer.enqueue(call("A-001", 2), 1)
    qtbot.waitUntil(lambda: len(rec.of("finished")) == 1, timeout=10_000)
    announcer.enqueue(call("A-001", 2, kind="recall"), 1)
    qtbot.waitUntil(lambda: len(rec.of("finished")) == 2, timeout=10_000)
    assert rec.of("started") == [("started", A001_2), ("started", A001_2)]


def test_repeat_makes_the_clip_longer(qtbot: QtBot, runner: TaskRunner, tmp_path: Path) -> None:
    announcer, rec = make(runner, ToneAudio(tmp_path, 0.15))
    announcer.enqueue(call("A-001", 2), 3)
    qtbot.waitUntil(lambda: len(rec.of("finished")) == 1, timeout=10_000)
    assert rec.at("finished") - rec.at("started") >= 0.45 * 0.9


def test_without_a_voice_the_chime_plays_and_the_display_is_asked_to_flash(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    announcer, rec = make(runner, AnnouncementAudio(tmp_path, None))
    with qtbot.waitSignal(announcer.announcement_finished, timeout=10_000):
        announcer.enqueue(call("A-001", 2), 2)
    assert rec.of("started", "flash", "finished") == [
        ("started", A001_2),
        ("flash", A001_2),
        ("finished", A001_2),
    ]
    assert rec.at("finished") - rec.at("started") >= 1.5 * 0.9  # the whole chime


def test_audio_failure_flashes_and_the_queue_goes_on(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    runner = TaskRunner(lambda exc: None)
    audio = ToneAudio(tmp_path, 0.1)
    audio.fail.add(A001_2)
    announcer, rec = make(runner, audio)
    announcer.enqueue(call("A-001", 2), 1)
    announcer.enqueue(call("A-002", 1), 1)
    qtbot.waitUntil(lambda: len(rec.of("finished")) == 2, timeout=10_000)
    assert rec.of("flash") == [("flash", A001_2)]
    assert [text for _k, text in rec.of("started")] == [A001_2, A002_1]
    assert "announcement audio failed" in caplog.text
    runner.wait_for_done()


def test_stop_drops_the_queue(qtbot: QtBot, runner: TaskRunner, tmp_path: Path) -> None:
    announcer, rec = make(runner, ToneAudio(tmp_path, 0.5))
    announcer.enqueue(call("A-001", 2), 1)
    announcer.enqueue(call("A-002", 1), 1)
    qtbot.waitUntil(lambda: len(rec.of("started")) == 1, timeout=10_000)
    announcer.stop()
    qtbot.wait(800)
    assert rec.of("finished") == []
    assert announcer.pending == 0
    announcer.enqueue(call("A-003", 1), 1)
    assert announcer.pending == 0
