"""Routes errors: UserError to the message bar of the active window, anything else to log + crash notice."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication

from counter_app.errors import UserError
from counter_app.ui.dialogs import DialogService

log = logging.getLogger(__name__)


class ErrorRouter:
    """The single path from an exception to the person at the desk."""

    def __init__(self, dialogs: DialogService) -> None:
        self._dialogs = dialogs
        self.show_user_error: Callable[[str], None] = lambda text: log.warning("user error with no window: %s", text)

    def handle(self, exc: BaseException) -> None:
        """Show a UserError inline; log anything else with its traceback and show the crash notice."""
        if isinstance(exc, UserError):
            self.show_user_error(str(exc))
            return
        self.handle_bug(type(exc), exc, exc.__traceback__)

    def handle_bug(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """``sys.excepthook``: an unexpected error; the open window and its form stay as they are."""
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        detail = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", detail)
        self._dialogs.crash(QApplication.activeWindow(), detail)
