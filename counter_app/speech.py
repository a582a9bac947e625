"""Offline announcement audio: a generated chime, espeak-ng speech and the combined WAV per call (no Qt).

Everything here is plain files written with the ``wave`` module, so it runs on a worker thread and is
checked in tests without any audio device (STACK.md §7: espeak-ng ``-w file``, never ``--stdout``).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import math
import os
import shutil
import subprocess
import sys
import tempfile
import wave
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from counter_app import paths
from counter_app.errors import CounterAppError

log = logging.getLogger(__name__)

ESPEAK = "espeak-ng"
VOICE = "id"
SPEED_WPM = 140
SAMPLE_RATE = 22_050  # espeak-ng's own rate: the chime is written at the speech's rate so both join
SAMPLE_WIDTH = 2  # 16-bit signed PCM
CHIME_TONES = ((659.25, 0.0), (523.25, 0.5))  # E5 then C5 ("ding-dong"), start seconds
CHIME_SECONDS = 1.5
GAP_AFTER_CHIME = 0.3
GAP_AFTER_SPEECH = 0.7
SYNTH_TIMEOUT_S = 30

Synthesizer = Callable[[str, Path], Path]


class SpeechError(CounterAppError):
    """The announcement audio could not be made; the display falls back to the chime and a flash."""


class VoiceUnavailable(SpeechError):
    """No speech engine on this PC."""


def espeak_path() -> str | None:
    """Return the espeak-ng executable, or None when it is not installed.

    On Windows the installer puts it under Program Files without adding it to PATH, so look there too.
    """
    found = shutil.which(ESPEAK)
    if found is None and sys.platform == "win32":
        for root in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)")):
            candidate = Path(root or "") / "eSpeak NG" / "espeak-ng.exe"
            if root and candidate.exists():
                return str(candidate)
    return found


def synthesize_wav(
    text: str, path: Path, *, voice: str = VOICE, speed: int = SPEED_WPM, executable: str | None = None
) -> Path:
    """Speak ``text`` with espeak-ng into the WAV file ``path`` and return the path.

    Raises:
        VoiceUnavailable: espeak-ng is not installed.
        SpeechError: espeak-ng failed or wrote nothing.
    """
    exe = executable or espeak_path()
    if exe is None:
        raise VoiceUnavailable(
            "espeak-ng is not installed (Debian: apt-get install espeak-ng; Windows: the espeak-ng installer); "
            "announcements fall back to the chime and a visible flash"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    # No console window flashing up on the display PC when the program runs without one (Windows).
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
    try:
        result = subprocess.run(
            [exe, "-v", voice, "-s", str(speed), "-w", str(path), text],
            capture_output=True,
            text=True,
            timeout=SYNTH_TIMEOUT_S,
            check=False,
            creationflags=flags,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise SpeechError(f"espeak-ng could not run: {exc}") from exc
    if result.returncode != 0 or not path.exists() or path.stat().st_size <= 44:
        raise SpeechError(f"espeak-ng failed (exit {result.returncode}): {result.stderr.strip()[:300]}")
    return path


def wav_duration(path: Path) -> float:
    """Length of a WAV file in seconds."""
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / float(wav.getframerate())


def chime_samples(rate: int = SAMPLE_RATE) -> array[int]:
    """A two-tone bell chime (16-bit mono samples): each tone a decaying sine with two soft overtones."""
    return array("h", _chime(rate))


@functools.lru_cache(maxsize=4)
def _chime(rate: int) -> tuple[int, ...]:
    total = int(CHIME_SECONDS * rate)
    mix = [0.0] * total
    for freq, start_s in CHIME_TONES:
        start = int(start_s * rate)
        for i in range(total - start):
            t = i / rate
            envelope = min(1.0, t / 0.008) * math.exp(-t / 0.35)  # 8 ms attack, no click; bell-like decay
            w = 2 * math.pi * freq * t
            mix[start + i] += envelope * (math.sin(w) + 0.35 * math.sin(2 * w) + 0.12 * math.sin(3 * w))
    peak = max(abs(v) for v in mix) or 1.0
    scale = 0.6 * 32767 / peak
    return tuple(int(v * scale) for v in mix)


def write_wav(path: Path, samples: array[int], rate: int) -> Path:
    """Write 16-bit mono samples to ``path`` atomically (a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".part-", suffix=".wav", dir=path.parent)
    os.close(fd)
    try:
        with wave.open(tmp, "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(SAMPLE_WIDTH)
            wav.setframerate(rate)
            wav.writeframes(_le_bytes(samples))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read_mono16(path: Path) -> tuple[array[int], int]:
    """Read a 16-bit WAV as mono samples (first channel) and its rate.

    Raises:
        SpeechError: the file is not 16-bit PCM.
    """
    with wave.open(str(path), "rb") as wav:
        if wav.getsampwidth() != SAMPLE_WIDTH:
            raise SpeechError(f"{path.name}: {8 * wav.getsampwidth()}-bit audio, expected 16-bit")
        channels, rate = wav.getnchannels(), wav.getframerate()
        data = wav.readframes(wav.getnframes())
    samples = array("h")
    samples.frombytes(data)
    if sys.byteorder == "big":
        samples.byteswap()  # WAV data is little-endian
    if channels > 1:
        samples = samples[::channels]
    return samples, rate


def _le_bytes(samples: array[int]) -> bytes:
    if sys.byteorder == "big":
        swapped = array("h", samples)
        swapped.byteswap()
        return swapped.tobytes()
    return samples.tobytes()


@dataclass(frozen=True)
class PreparedAudio:
    """One announcement ready to play."""

    path: Path
    seconds: float
    spoken: bool  # False: chime only (no voice engine, or it failed) -> the display flashes instead


class AnnouncementAudio:
    """Makes and caches the WAV for each announcement: chime, pause, speech (repeated), pause.

    Safe to call from several worker threads at once: every file is written under a temporary name and
    moved into place.
    """

    def __init__(self, folder: Path, synthesize: Synthesizer | None, *, max_files: int = 300) -> None:
        self._folder = folder
        self._synthesize = synthesize
        self._max_files = max_files

    @classmethod
    def default(cls, folder: Path | None = None) -> AnnouncementAudio:
        """espeak-ng when installed, otherwise chime only; files under the data folder's ``sounds``."""
        exe = espeak_path()
        if exe is None:
            log.warning("espeak-ng not found: calls are announced by the chime and a flash only")
            return cls(folder or paths.data_dir() / "sounds", None)
        return cls(folder or paths.data_dir() / "sounds", functools.partial(synthesize_wav, executable=exe))

    @property
    def voice_available(self) -> bool:
        """True when a speech engine is configured."""
        return self._synthesize is not None

    def chime(self, rate: int = SAMPLE_RATE) -> Path:
        """The chime WAV at ``rate`` (written on first use)."""
        path = self._folder / f"chime-{rate}.wav"
        if not path.exists():
            write_wav(path, chime_samples(rate), rate)
        return path

    def prepare(self, text: str, repeat: int = 1) -> PreparedAudio:
        """The WAV for one announcement; chime only when there is no voice or speech fails (logged)."""
        repeat = max(1, repeat)
        if self._synthesize is None:
            return self._chime_only()
        key = hashlib.sha1(f"{text}|{repeat}".encode()).hexdigest()[:16]
        out = self._folder / f"call-{key}.wav"
        if out.exists():
            return PreparedAudio(out, wav_duration(out), True)
        # A name of its own: a recall may be prepared on another worker while this one still speaks.
        self._folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".speech-{key}-", suffix=".wav", dir=self._folder)
        os.close(fd)
        speech_path = Path(name)
        try:
            self._synthesize(text, speech_path)
            speech, rate = read_mono16(speech_path)
        except SpeechError as exc:
            log.warning("speech failed, chime only: %s", exc)
            return self._chime_only()
        finally:
            speech_path.unlink(missing_ok=True)
        combined = array("h", chime_samples(rate))
        combined.extend(_silence(GAP_AFTER_CHIME, rate))
        for _ in range(repeat):
            combined.extend(speech)
            combined.extend(_silence(GAP_AFTER_SPEECH, rate))
        write_wav(out, combined, rate)
        self._prune()
        return PreparedAudio(out, len(combined) / rate, True)

    def _chime_only(self) -> PreparedAudio:
        path = self.chime()
        return PreparedAudio(path, wav_duration(path), False)

    def _prune(self) -> None:
        try:
            files = sorted(self._folder.glob("call-*.wav"), key=lambda p: p.stat().st_mtime)
        except OSError:  # another worker pruned at the same moment
            return
        for old in files[: max(0, len(files) - self._max_files)]:
            with contextlib.suppress(OSError):  # still open by the player (Windows): it goes next time
                old.unlink()


def _silence(seconds: float, rate: int) -> array[int]:
    return array("h", bytes(2 * int(seconds * rate)))
