"""What every screen receives: the runner, the message bar, dialogs, the change signal, the principal."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from counter_app.changes import ChangeHub, Changes
from counter_app.roles import Principal
from counter_app.ui.dialogs import DialogService
from counter_app.ui.messages import MessageBar
from counter_app.ui.tasks import TaskRunner


class ChangeBridge(QObject):
    """Re-emits the core's Changes as a Qt signal; delivery to screens is queued onto the UI thread.

    Signals:
        changes_published(object): a Changes published by any core service.
    """

    changes_published = Signal(object)

    def __init__(self, hub: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        hub.subscribe(self._forward)

    def _forward(self, changes: Changes) -> None:
        self.changes_published.emit(changes)

    def detach(self) -> None:
        """Stop listening to the hub (on shutdown)."""
        self._hub.unsubscribe(self._forward)


@dataclass(frozen=True)
class ScreenDeps:
    """Infrastructure shared by the screens of one main window."""

    principal: Principal
    runner: TaskRunner
    messages: MessageBar
    dialogs: DialogService
    changes: ChangeBridge
