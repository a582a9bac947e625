"""Per-station settings: every option declared once with type, default and description (no Qt)."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from counter_app import paths

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
SETTINGS_FILE = "settings.json"
DB_URL_ENV = "COUNTER_APP_DB_URL"


@dataclass
class Settings:
    """Options of one station (PC). Office-wide options live in the store, not here.

    To add an option: add a field here with a default and a ``description`` in its metadata, bump
    ``SETTINGS_VERSION`` if old files need converting, and add a step to ``migrate``.
    """

    version: int = field(default=SETTINGS_VERSION, metadata={"description": "Format version of this file."})
    db_url: str = field(
        default="",
        metadata={
            "description": "SQLAlchemy URL of the shared store; empty means SQLite in the data folder. "
            f"The environment variable {DB_URL_ENV} wins over it."
        },
    )
    station_name: str = field(
        default_factory=socket.gethostname, metadata={"description": "Name of this PC in the status bar and audit."}
    )
    counter_number: int | None = field(
        default=None, metadata={"description": "The loket this PC serves by default (Petugas loket)."}
    )
    idle_lock_minutes: int = field(
        default=10, metadata={"description": "Lock the window after this many minutes without input (0 = never)."}
    )
    max_failed_logins: int = field(
        default=5, metadata={"description": "Failed logins in a row before the account is locked."}
    )
    lockout_minutes: int = field(
        default=15, metadata={"description": "How long an account stays locked after too many failed logins."}
    )
    kiosk_printer: str = field(
        default="",
        metadata={
            "description": "OS printer name of the kiosk's ticket slip printer (58 or 80 mm thermal); "
            "empty means the default printer."
        },
    )
    card_printer: str = field(
        default="",
        metadata={"description": "OS printer name for AK/1 cards (A4 landscape); empty means the default printer."},
    )
    card_mode: str = field(
        default="full",
        metadata={
            "description": 'How AK/1 cards are printed: "full" (the whole card on plain paper) or "blank" '
            "(only the data, onto the office's pre-printed blanks)."
        },
    )
    card_offsets: dict[str, dict[str, float]] = field(
        default_factory=dict,
        metadata={
            "description": "Calibration for pre-printed AK/1 blanks per OS printer name: "
            '{"printer": {"dx_mm": 1.5, "dy_mm": -0.5}}; positive moves the data right/down.'
        },
    )
    letter_printers: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "description": "OS printer name per letter template key on this PC, "
            '{"rekom_paspor": "HP-Loket-2"}; the key "" is this PC\'s default for every letter. '
            "Empty means the office-wide choice (Profil Kantor), else the default printer."
        },
    )

    def card_offset(self, printer: str) -> tuple[float, float]:
        """The (dx_mm, dy_mm) calibration of ``printer`` for AK/1 blanks; (0, 0) when not calibrated."""
        return card_offset(self.card_offsets, printer)

    def resolved_db_url(self, data_dir: Path | None = None) -> str:
        """Return the store URL: the environment, then this file, then SQLite in the data folder."""
        env = os.environ.get(DB_URL_ENV, "").strip()
        if env:
            return env
        if self.db_url.strip():
            return self.db_url.strip()
        folder = data_dir if data_dir is not None else paths.data_dir()
        return f"sqlite:///{(folder / 'counter_app.db').as_posix()}"


def card_offset(offsets: dict[str, dict[str, float]], printer: str) -> tuple[float, float]:
    """The (dx_mm, dy_mm) stored for ``printer`` in ``offsets``; (0, 0) when missing or unreadable."""
    entry = offsets.get(printer.strip()) if isinstance(offsets, dict) else None
    if not isinstance(entry, dict):
        return 0.0, 0.0
    try:
        return float(entry.get("dx_mm", 0.0)), float(entry.get("dy_mm", 0.0))
    except (TypeError, ValueError):
        return 0.0, 0.0


def migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring an older settings dict to the current version, one step at a time."""
    version = int(raw.get("version", 0))
    if version < 1:
        # Version 0 files (hand-written) had no version field; nothing else changed.
        raw = {**raw, "version": 1}
    return raw


def load(path: Path | None = None) -> Settings:
    """Read the settings file; missing or unreadable files give the defaults (and a log line)."""
    path = path if path is not None else paths.data_dir() / SETTINGS_FILE
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("settings file %s unreadable; using defaults", path)
        return Settings()
    raw = migrate(raw)
    known = {f.name for f in dataclasses.fields(Settings)}
    return Settings(**{k: v for k, v in raw.items() if k in known})


def save(settings: Settings, path: Path | None = None) -> None:
    """Write the settings file atomically (a power cut leaves the old or the new file, never half)."""
    path = path if path is not None else paths.data_dir() / SETTINGS_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(dataclasses.asdict(settings), indent=2), encoding="utf-8")
    os.replace(tmp, path)
