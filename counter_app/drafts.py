"""Autosaved interview drafts: one JSON file per draft in the station's data folder, written atomically."""

from __future__ import annotations

import base64
import builtins
import contextlib
import dataclasses
import datetime as dt
import itertools
import json
import logging
import os
import re
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counter_app import jobseekers
from counter_app.jobseekers import JobSeekerProfile

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
SUFFIX = ".draft.json"
KEY_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
# The row type of every tuple field of JobSeekerProfile.
ROW_TYPES: dict[str, type] = {
    "education": jobseekers.EducationRow,
    "training": jobseekers.TrainingRow,
    "languages": jobseekers.LanguageRow,
    "experience": jobseekers.ExperienceRow,
    "desired_jobs": jobseekers.DesiredJob,
}
DATE_FIELDS = frozenset({"birth_date"})


@dataclass(frozen=True)
class Draft:
    """A saved draft: what was typed, the prepared photo, and when it was saved."""

    key: str
    saved_at: dt.datetime
    profile: JobSeekerProfile
    photo_png: bytes | None = None


@dataclass(frozen=True)
class DraftInfo:
    """A draft in a list: enough to offer it back without reading the photo."""

    key: str
    saved_at: dt.datetime
    name: str
    nik: str


def profile_to_json(profile: JobSeekerProfile) -> dict[str, Any]:
    """A JSON-ready dict of a profile (dates as ISO strings, row tuples as lists of dicts)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(profile):
        value = getattr(profile, f.name)
        if f.name in ROW_TYPES:
            out[f.name] = [dataclasses.asdict(row) for row in value]
        elif isinstance(value, dt.date):
            out[f.name] = value.isoformat()
        else:
            out[f.name] = value
    return out


def profile_from_json(data: dict[str, Any]) -> JobSeekerProfile:
    """The profile back from :func:`profile_to_json`; unknown keys (from a newer version) are ignored."""
    known = {f.name for f in dataclasses.fields(JobSeekerProfile)}
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in known:
            continue
        if name in ROW_TYPES:
            row_type = ROW_TYPES[name]
            row_fields = {f.name for f in dataclasses.fields(row_type)}
            values[name] = tuple(row_type(**{k: v for k, v in row.items() if k in row_fields}) for row in value)
        elif name in DATE_FIELDS:
            values[name] = dt.date.fromisoformat(value) if value else None
        else:
            values[name] = value
    return JobSeekerProfile(**values)


class DraftStore:
    """Drafts of the interview form in one folder; each save replaces the file atomically.

    A draft survives a crash or power cut at any moment: it is written to a temporary file in the same
    folder, flushed to disk, then renamed over the old one, so a reader sees the old or the new draft,
    never half of one.
    """

    def __init__(self, folder: Path) -> None:
        """Use (and create) ``folder`` for the drafts."""
        self._folder = Path(folder)
        self._folder.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._tickets = itertools.count(1)
        self._newest: dict[str, int] = {}  # per key: the ticket of the last write or discard

    @property
    def folder(self) -> Path:
        """Where the drafts live."""
        return self._folder

    def ticket(self) -> int:
        """A number ordering snapshots: take it on the UI thread when the form is read, pass it to ``save_ticketed``."""
        with self._lock:
            return next(self._tickets)

    def save(
        self, key: str, profile: JobSeekerProfile, photo_png: bytes | None, *, now: dt.datetime | None = None
    ) -> Draft:
        """Write the draft ``key`` now (replacing an older one) and return it."""
        draft = self.save_ticketed(key, profile, photo_png, self.ticket(), now=now)
        assert draft is not None  # the newest ticket of all cannot be stale
        return draft

    def save_ticketed(
        self,
        key: str,
        profile: JobSeekerProfile,
        photo_png: bytes | None,
        ticket: int,
        *,
        now: dt.datetime | None = None,
    ) -> Draft | None:
        """Write the draft ``key`` unless a newer snapshot was saved or the draft discarded since ``ticket``.

        Safe from any thread: the autosave writes off the UI thread while the UI thread may save (on hide) or
        discard (after registering) the same draft; an older snapshot never replaces a newer one and never
        brings back a discarded draft.

        Returns:
            The draft written, or None when ``ticket`` was stale and nothing was written.
        """
        saved_at = now or dt.datetime.now().astimezone()
        payload = {
            "version": FORMAT_VERSION,
            "key": key,
            "saved_at": saved_at.isoformat(),
            "profile": profile_to_json(profile),
            "photo_png": base64.b64encode(photo_png).decode("ascii") if photo_png else None,
        }
        data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
        target = self._path(key)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=SUFFIX, dir=self._folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            with self._lock:
                stale = ticket < self._newest.get(key, 0)
                if not stale:
                    os.replace(tmp, target)
                    self._newest[key] = ticket
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        if stale:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            return None
        self._sync_folder()
        return Draft(key, saved_at, profile, photo_png)

    def load(self, key: str) -> Draft | None:
        """The draft ``key``, or None when there is none (or it cannot be read: it is then set aside)."""
        path = self._path(key)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            payload = json.loads(raw.decode("utf-8"))
            photo = payload.get("photo_png")
            return Draft(
                key=key,
                saved_at=dt.datetime.fromisoformat(payload["saved_at"]),
                profile=profile_from_json(payload["profile"]),
                photo_png=base64.b64decode(photo) if photo else None,
            )
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("unreadable draft %s set aside: %s", key, type(exc).__name__)
            with contextlib.suppress(OSError):
                os.replace(path, path.with_suffix(".bad"))
            return None

    def list(self) -> builtins.list[DraftInfo]:
        """Every readable draft, newest first."""
        out = []
        for path in self._folder.glob(f"*{SUFFIX}"):
            if path.name.startswith(".tmp-"):
                continue
            draft = self.load(path.name[: -len(SUFFIX)])
            if draft is not None:
                out.append(DraftInfo(draft.key, draft.saved_at, draft.profile.name, draft.profile.nik))
        return sorted(out, key=lambda d: d.saved_at, reverse=True)

    def discard(self, key: str) -> None:
        """Delete the draft ``key`` (nothing happens when there is none); snapshots taken before stay unwritten."""
        path = self._path(key)
        with self._lock:
            self._newest[key] = next(self._tickets)
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        self._sync_folder()

    def _path(self, key: str) -> Path:
        if not KEY_PATTERN.match(key or ""):
            raise ValueError(f"draft key must be 1-64 letters, digits, '-' or '_': {key!r}")
        return self._folder / f"{key}{SUFFIX}"

    def _sync_folder(self) -> None:
        if os.name != "posix":  # Windows cannot open a folder for fsync; os.replace is atomic there
            return
        fd = os.open(self._folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
