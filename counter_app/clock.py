"""Clock protocol so that tests control time."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    """Anything that tells the current time."""

    def now(self) -> dt.datetime:
        """Return the current local time (naive, office time zone)."""
        ...


class SystemClock:
    """The real clock of this PC."""

    def now(self) -> dt.datetime:
        """Return the current local time without microseconds noise removed."""
        return dt.datetime.now()


class FixedClock:
    """A clock that only moves when told to; for tests and demos."""

    def __init__(self, at: dt.datetime) -> None:
        self._at = at

    def now(self) -> dt.datetime:
        """Return the fixed time."""
        return self._at

    def advance(self, **delta: float) -> None:
        """Move the clock forward by a ``timedelta(**delta)``."""
        self._at += dt.timedelta(**delta)

    def set(self, at: dt.datetime) -> None:
        """Jump to a given time."""
        self._at = at
