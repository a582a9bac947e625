"""Plays call announcements one at a time, in call order, each to its end: a chime, then the spoken call.

The audio is made off the UI thread (TaskRunner) while the previous announcement still plays; the next
one starts only after the current clip reached its end. Without a speech engine the chime plays alone
and ``flash_requested`` asks the display for a visible flash instead.
"""

from __future__ import annotations

import collections
import functools
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

from counter_app import announce
from counter_app.speech import PreparedAudio
from counter_app.tickets import CallInfo
from counter_app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

# A clip that has not ended this long after its own length is taken as finished (a stuck device must
# not silence every later call). Long enough never to cut a clip that merely started late.
WATCHDOG_MARGIN_S = 5.0


class AudioSource(Protocol):
    """Makes the audio of one announcement (``counter_app.speech.AnnouncementAudio``); runs on a worker."""

    def prepare(self, text: str, repeat: int) -> PreparedAudio:
        """The WAV to play for ``text`` spoken ``repeat`` times."""
        ...


class ClipPlayer(QObject):
    """Plays one WAV file at a time.

    Signals:
        finished(): the clip played to its end (or could not be played at all).
    """

    finished = Signal()

    def play(self, path: Path, seconds: float) -> None:
        """Start ``path`` (``seconds`` long); ``finished`` follows when it ended."""
        raise NotImplementedError

    def stop(self) -> None:
        """Stop without emitting ``finished``."""
        raise NotImplementedError


class TimedClipPlayer(ClipPlayer):
    """No audio device: "plays" silently for the clip's length, so order and timing hold everywhere."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.finished)

    def play(self, path: Path, seconds: float) -> None:
        """ClipPlayer.play: wait as long as the clip lasts."""
        self._timer.start(max(1, round(seconds * 1000)))

    def stop(self) -> None:
        """ClipPlayer.stop."""
        self._timer.stop()


class MediaClipPlayer(ClipPlayer):
    """Plays through QMediaPlayer on the default audio output; ``finished`` comes at EndOfMedia."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = QMediaPlayer(self)
        self._output = QAudioOutput(self)
        self._output.setVolume(1.0)
        self._player.setAudioOutput(self._output)
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._playing = False
        self._player.mediaStatusChanged.connect(self._on_player_media_status_changed)
        self._player.errorOccurred.connect(self._on_player_error_occurred)
        self._watchdog.timeout.connect(self._on_watchdog_timeout)

    def play(self, path: Path, seconds: float) -> None:
        """ClipPlayer.play."""
        self._playing = True
        self._player.setSource(QUrl())  # the same file again (a recall) must reload, not stay at its end
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()
        self._watchdog.start(round((seconds + WATCHDOG_MARGIN_S) * 1000))

    def stop(self) -> None:
        """ClipPlayer.stop."""
        self._playing = False
        self._watchdog.stop()
        self._player.stop()

    def _done(self) -> None:
        if not self._playing:
            return
        self._playing = False
        self._watchdog.stop()
        self.finished.emit()

    @Slot(QMediaPlayer.MediaStatus)
    def _on_player_media_status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._done()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia and self._playing:
            log.warning("announcement clip could not be loaded: %s", self._player.source().toLocalFile())
            self._done()

    @Slot(QMediaPlayer.Error, str)
    def _on_player_error_occurred(self, error: QMediaPlayer.Error, text: str) -> None:
        if self._playing and error != QMediaPlayer.Error.NoError:
            log.warning("announcement playback failed: %s", text)
            self._done()

    @Slot()
    def _on_watchdog_timeout(self) -> None:
        log.warning("announcement clip did not end in time; going on with the next call")
        self._player.stop()
        self._done()


def default_player(parent: QObject | None = None) -> ClipPlayer:
    """QMediaPlayer when the PC has an audio output, else the silent timed player (logged)."""
    if QMediaDevices.audioOutputs():
        return MediaClipPlayer(parent)
    log.warning("no audio output found: announcements are timed silently (the display still flashes)")
    return TimedClipPlayer(parent)


@dataclass
class _Item:
    text: str
    repeat: int
    ready: bool = False
    audio: PreparedAudio | None = None


class Announcer(QObject):
    """A first-in first-out queue of call announcements; one plays at a time and is never cut off.

    Signals:
        announcement_queued(str): a call's text joined the queue.
        announcement_started(str): its audio (chime, speech) started.
        announcement_finished(str): its audio reached the end.
        flash_requested(str): no voice for this call (no speech engine, or it failed): flash instead.
    """

    announcement_queued = Signal(str)
    announcement_started = Signal(str)
    announcement_finished = Signal(str)
    flash_requested = Signal(str)

    def __init__(
        self,
        *,
        audio: AudioSource,
        runner: TaskRunner,
        player: ClipPlayer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._audio = audio
        self._runner = runner
        self._player = player or default_player(self)
        self._player.setParent(self)
        self._queue: collections.deque[_Item] = collections.deque()
        self._current: _Item | None = None
        self._stopped = False
        self._player.finished.connect(self._on_player_finished)

    @property
    def pending(self) -> int:
        """Announcements waiting or playing."""
        return len(self._queue) + (self._current is not None)

    @property
    def current_text(self) -> str | None:
        """The announcement playing now, if any."""
        return self._current.text if self._current else None

    def enqueue(self, call: CallInfo, repeat: int) -> None:
        """Announce a call (or recall) after those already queued; speech is repeated ``repeat`` times."""
        self.enqueue_text(announce.announcement_text(call.code, call.counter_number), repeat)

    def enqueue_text(self, text: str, repeat: int = 1) -> None:
        """Announce a ready sentence (after those already queued)."""
        if self._stopped:
            return
        item = _Item(text, max(1, repeat))
        self._queue.append(item)
        self.announcement_queued.emit(text)
        self._runner.run(
            functools.partial(self._audio.prepare, item.text, item.repeat),
            functools.partial(self._on_audio_prepared, item),
            functools.partial(self._on_audio_failed, item),
        )

    def stop(self) -> None:
        """Drop the queue and stop playing (the display is closing)."""
        self._stopped = True
        self._queue.clear()
        self._current = None
        self._player.stop()

    def _on_audio_prepared(self, item: _Item, audio: PreparedAudio) -> None:
        item.audio, item.ready = audio, True
        self._play_next()

    def _on_audio_failed(self, item: _Item, exc: BaseException) -> None:
        # Not the clerk's problem and no dialog on a TV: log it, flash, and keep the queue moving.
        log.error("announcement audio failed", exc_info=exc)
        item.ready = True
        self._play_next()

    def _play_next(self) -> None:
        while not self._stopped and self._current is None and self._queue and self._queue[0].ready:
            item = self._queue.popleft()
            self._current = item
            self.announcement_started.emit(item.text)
            if item.audio is None or not item.audio.spoken:
                self.flash_requested.emit(item.text)
            if item.audio is not None:
                self._player.play(item.audio.path, item.audio.seconds)
                return
            self._current = None
            self.announcement_finished.emit(item.text)

    @Slot()
    def _on_player_finished(self) -> None:
        item, self._current = self._current, None
        if item is not None:
            self.announcement_finished.emit(item.text)
        self._play_next()
