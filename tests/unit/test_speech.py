"""Announcement audio: the chime, espeak-ng speech, the combined WAV per call, the no-voice fallback."""

from __future__ import annotations

import itertools
import os
from array import array
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from support.calls import tone, wav_levels

from counter_app import announce, speech

REQUIRE_SPEECH = os.environ.get("COUNTER_APP_REQUIRE_SPEECH") == "1"
needs_espeak = pytest.mark.skipif(
    speech.espeak_path() is None and not REQUIRE_SPEECH,
    reason="espeak-ng not installed (COUNTER_APP_REQUIRE_SPEECH=1 makes this a failure)",
)
MIN_RMS = 0.02  # espeak-ng speech measures ~0.09; silence is 0


def test_chime_is_a_non_silent_16_bit_mono_wav(tmp_path: Path) -> None:
    audio = speech.AnnouncementAudio(tmp_path, None)
    seconds, rms, width, channels = wav_levels(audio.chime())
    assert seconds == pytest.approx(speech.CHIME_SECONDS, abs=0.01)
    assert rms > MIN_RMS
    assert (width, channels) == (2, 1)
    assert speech.wav_duration(audio.chime()) == pytest.approx(seconds)


def test_chime_has_two_tones() -> None:
    samples = speech.chime_samples(8000)
    first, second = samples[800:1600], samples[int(0.6 * 8000) : int(0.7 * 8000)]

    def crossings(part: array[int]) -> int:
        return sum(1 for a, b in itertools.pairwise(part) if a < 0 <= b)

    # E5 (659 Hz) in the first tenth of a second, C5 (523 Hz) dominating after the second strike.
    assert crossings(first) / 0.1 == pytest.approx(659, rel=0.1)
    assert crossings(second) / 0.1 == pytest.approx(523, rel=0.15)


def test_without_a_voice_only_the_chime_is_prepared(tmp_path: Path) -> None:
    audio = speech.AnnouncementAudio(tmp_path, None)
    prepared = audio.prepare("Nomor antrean A nol nol satu, silakan menuju loket dua", 1)
    assert not audio.voice_available
    assert prepared.spoken is False
    assert prepared.path == audio.chime()
    assert prepared.seconds == pytest.approx(speech.CHIME_SECONDS, abs=0.01)


def test_speech_failure_falls_back_to_the_chime(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    def broken(_text: str, _path: Path) -> Path:
        raise speech.SpeechError("espeak-ng failed (exit 1): no voice 'id'")

    prepared = speech.AnnouncementAudio(tmp_path, broken).prepare("Nomor antrean A nol nol satu", 1)
    assert prepared.spoken is False
    assert "chime only" in caplog.text


def test_synthesize_without_espeak_raises_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speech, "espeak_path", lambda: None)
    with pytest.raises(speech.VoiceUnavailable, match="espeak-ng is not installed"):
        speech.synthesize_wav("Nomor antrean A nol nol satu", tmp_path / "x.wav")
    assert speech.AnnouncementAudio.default(tmp_path).voice_available is False


def test_combined_wav_is_chime_pause_then_speech_repeated(tmp_path: Path) -> None:
    made: list[str] = []

    def fake_voice(text: str, path: Path) -> Path:
        made.append(text)
        return tone(path, 0.5)

    audio = speech.AnnouncementAudio(tmp_path / "sounds", fake_voice)
    once = audio.prepare("satu", 1)
    twice = audio.prepare("dua", 2)
    gap = speech.GAP_AFTER_CHIME
    assert once.spoken
    assert once.seconds == pytest.approx(speech.CHIME_SECONDS + gap + 0.5 + speech.GAP_AFTER_SPEECH, abs=0.01)
    assert twice.seconds == pytest.approx(speech.CHIME_SECONDS + gap + 2 * (0.5 + speech.GAP_AFTER_SPEECH), abs=0.01)
    assert wav_levels(twice.path)[0] == pytest.approx(twice.seconds, abs=0.01)
    # A recall of the same call reuses the file; no speech file is left behind.
    assert audio.prepare("satu", 1).path == once.path
    assert made == ["satu", "dua"]
    assert sorted(p.name.split("-")[0] for p in (tmp_path / "sounds").iterdir()) == ["call", "call"]


def test_old_announcements_are_pruned(tmp_path: Path) -> None:
    audio = speech.AnnouncementAudio(tmp_path, lambda _t, path: tone(path, 0.05), max_files=3)
    for n in range(6):
        audio.prepare(f"nomor {n}", 1)
    assert len(list(tmp_path.glob("call-*.wav"))) == 3


@needs_espeak
@pytest.mark.parametrize(("code", "loket"), [("A-001", 2), ("B-120", 11)])
def test_espeak_speaks_the_call_as_a_non_silent_wav_of_plausible_length(tmp_path: Path, code: str, loket: int) -> None:
    text = announce.announcement_text(code, loket)
    path = speech.synthesize_wav(text, tmp_path / "call.wav")
    seconds, rms, width, channels = wav_levels(path)
    assert 1.5 <= seconds <= 8.0
    assert rms > MIN_RMS
    assert (width, channels) == (2, 1)


@needs_espeak
def test_the_audio_played_for_a_call_is_non_silent_and_of_plausible_length(tmp_path: Path) -> None:
    prepared = speech.AnnouncementAudio.default(tmp_path).prepare(announce.announcement_text("A-001", 2), 1)
    seconds, rms, _width, _channels = wav_levels(prepared.path)
    assert prepared.spoken
    assert 1.5 <= seconds <= 8.0
    assert rms > MIN_RMS
    # The spoken part (after the chime and its pause) is itself not silence.
    speech_part = speech.read_mono16(prepared.path)[0][int((speech.CHIME_SECONDS + 0.3) * 22_050) :]
    assert max(abs(s) for s in speech_part) > 0.2 * 32768


def test_a_call_and_its_recall_prepared_at_once_do_not_trip_over_each_other(tmp_path: Path) -> None:
    audio = speech.AnnouncementAudio(tmp_path, lambda _t, path: tone(path, 0.2))
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _i: audio.prepare("Nomor antrean A nol nol satu", 1), range(8)))
    assert all(r.spoken for r in results)
    assert len({r.path for r in results}) == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left
