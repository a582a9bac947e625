"""Screenshots of the start-up when the store cannot be opened: the staff dialog and the kiosk waiting page."""

from __future__ import annotations

from pathlib import Path

import screenshots as shots
from sqlalchemy import exc as sa_exc

from PySide6.QtWidgets import QApplication, QWidget

from counter_app import store_errors
from counter_app.ui import startup
from counter_app.ui.tasks import TaskRunner

SETTINGS_PATH = r"C:\Users\loket1\AppData\Local\counter_app\settings.json"


class OperationalError(Exception):
    """Stands in for psycopg's error of the same name (the screenshot needs no server)."""


def _server_down() -> store_errors.StoreUnavailable:
    """The error the office sees when the PostgreSQL server is switched off (built by the real mapping)."""
    driver = OperationalError(
        'connection failed: connection to server at "192.168.1.10", port 5432 failed: Connection refused\n'
        "\tIs the server running on that host and accepting TCP/IP connections?"
    )
    raised = sa_exc.OperationalError("SELECT 1", {}, driver)
    return store_errors.explain(raised, "postgresql://loket:rahasia@192.168.1.10:5432/disnaker", source=SETTINGS_PATH)


def _never_opens() -> object:
    raise _server_down()


def _grab(widget: QWidget, path: Path) -> None:
    for _ in range(5):
        QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"  {path.relative_to(shots.ROOT) if path.is_relative_to(shots.ROOT) else path}")


def shoot(folder: Path, out: Path) -> None:
    """Draw the start-up dialog (with its Rincian open) and the kiosk's waiting page."""
    del folder  # nothing is stored: the point of these screens is that the store cannot be opened
    runner = TaskRunner(lambda exc: None)
    error = _server_down()
    dialog = startup.StartupDialog(error, build=_never_opens, runner=runner)
    dialog.show()
    dialog.details_button.setChecked(True)
    dialog.adjustSize()
    _grab(dialog, out / "startup-dialog.png")
    dialog.close()

    page = startup.StoreWaitPage(error, build=_never_opens, runner=runner, program="Kios antrean")
    page.resize(shots.WINDOW_SIZE)
    page.show()
    _grab(page, out / "startup-kiosk_waiting.png")
    page.close()
    runner.wait_for_done()
