"""The demo office for call and display tests: loket from demo.seed, tickets issued, confirmed and called."""

from __future__ import annotations

import math
import time
import uuid
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path

from counter_app import demo
from counter_app.clock import FixedClock
from counter_app.core import Core
from counter_app.roles import COMMAND_LINE
from counter_app.speech import PreparedAudio, write_wav
from counter_app.tickets import TicketInfo


@dataclass
class CallDesk:
    """Drives the queue through the core as the kiosk and the loket would (the admin may serve)."""

    core: Core
    services: dict[str, uuid.UUID]
    counters: dict[int, uuid.UUID]

    @classmethod
    def seeded(cls, core: Core) -> CallDesk:
        """demo.seed (loket 1 serves AK1, loket 2 serves BKK, CPMI and AK1, …) on ``core``."""
        demo.seed(core)
        return cls(
            core,
            {s.code: s.id for s in core.catalogue.list_services(COMMAND_LINE)},
            {c.number: c.id for c in core.counters.list_counters(COMMAND_LINE)},
        )

    def issue(self, service_code: str = "AK1") -> uuid.UUID:
        """Take a number at the kiosk and confirm its slip printed: it waits."""
        slip = self.core.queue.issue_ticket(self.services[service_code])
        self.core.queue.confirm_printed(slip.ticket_id)
        return slip.ticket_id

    def call_next(self, loket: int) -> TicketInfo:
        """Call next at ``loket`` (the clock moves on a second first, so calls have distinct times)."""
        self.tick()
        info = self.core.queue.call_next(COMMAND_LINE, self.counters[loket])
        assert info is not None, f"nobody waits for loket {loket}"
        return info

    def recall(self, ticket_id: uuid.UUID) -> TicketInfo:
        """Call the same ticket again."""
        self.tick()
        return self.core.queue.recall(COMMAND_LINE, ticket_id)

    def no_show(self, ticket_id: uuid.UUID) -> None:
        """Free the loket: the called applicant did not come."""
        self.core.queue.no_show(COMMAND_LINE, ticket_id)

    def tick(self, seconds: float = 1) -> None:
        """Move the test clock on (a no-op on a real clock)."""
        clock = self.core.ctx.clock
        if isinstance(clock, FixedClock):
            clock.advance(seconds=seconds)


def tone(path: Path, seconds: float, *, freq: float = 440.0, rate: int = 22_050) -> Path:
    """Write a sine tone WAV (16-bit mono)."""
    n = int(seconds * rate)
    return write_wav(path, array("h", (int(12_000 * math.sin(2 * math.pi * freq * i / rate)) for i in range(n))), rate)


def wav_levels(path: Path) -> tuple[float, float, int, int]:
    """(seconds, RMS 0..1, sample width, channels) read with the wave module only."""
    with wave.open(str(path), "rb") as wav:
        width, channels, rate, frames = wav.getsampwidth(), wav.getnchannels(), wav.getframerate(), wav.getnframes()
        data = wav.readframes(frames)
    samples = array("h")
    samples.frombytes(data)
    rms = math.sqrt(sum(s * s for s in samples) / max(1, len(samples))) / 32768
    return frames / rate, rms, width, channels


class ToneAudio:
    """An announcement AudioSource that plays a short tone per call, fast and deterministic.

    Attributes:
        seconds: length of each clip.
        prepared: the texts prepared, in the order the worker threads finished them.
        delays: text -> seconds to sleep before returning (to finish out of order).
        fail: texts whose preparation raises.
        spoken: what ``PreparedAudio.spoken`` says (False = no voice, the display flashes).
    """

    def __init__(self, folder: Path, seconds: float = 0.3, *, spoken: bool = True) -> None:
        self.folder = folder
        self.seconds = seconds
        self.spoken = spoken
        self.prepared: list[str] = []
        self.delays: dict[str, float] = {}
        self.fail: set[str] = set()

    def prepare(self, text: str, repeat: int) -> PreparedAudio:
        """AudioSource.prepare."""
        time.sleep(self.delays.get(text, 0.0))
        if text in self.fail:
            raise RuntimeError(f"test: preparing {text!r} failed")
        path = tone(self.folder / f"tone-{uuid.uuid4().hex}.wav", self.seconds * repeat)
        self.prepared.append(text)
        return PreparedAudio(path, self.seconds * repeat, self.spoken)
