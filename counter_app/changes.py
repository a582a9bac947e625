"""Changes broadcast after a mutating service call, and a tiny Qt-free observer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    """Which kinds of data a service call changed; screens reload what concerns them."""

    catalogue: bool = False
    users: bool = False
    counters: bool = False
    tickets: bool = False
    applications: bool = False
    jobseekers: bool = False
    documents: bool = False
    office: bool = False
    survey: bool = False
    complaints: bool = False
    settings: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def any(self) -> bool:
        """Return True when anything changed."""
        return any(getattr(self, f.name) for f in fields(self))


NO_CHANGES = Changes()


class ChangeHub:
    """Calls subscribers with every ``Changes`` published; the UI bridges it to a Qt signal."""

    def __init__(self) -> None:
        self._subscribers: list[Callable[[Changes], None]] = []

    def subscribe(self, callback: Callable[[Changes], None]) -> None:
        """Register ``callback`` for every later publication."""
        self._subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[Changes], None]) -> None:
        """Stop calling ``callback``."""
        if callback in self._subscribers:
            self._subscribers.remove(callback)

    def publish(self, changes: Changes) -> None:
        """Tell every subscriber, if anything changed."""
        if changes.any():
            for callback in list(self._subscribers):
                callback(changes)
