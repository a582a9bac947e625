"""Finds resources/ in a source checkout and in the PyInstaller bundle, and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePosixPath

APP_DIR_NAME = "counter_app"


def resources_dir() -> Path:
    """Return the folder that holds catalogue data, fonts, icons and templates."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(relative: str) -> Path:
    """Return the path of one resource; refuses absolute paths and ``..`` so data cannot escape."""
    pure = PurePosixPath(relative)
    if pure.is_absolute() or ".." in pure.parts:
        raise ValueError(f"resource path must be relative and inside resources/: {relative!r}")
    return resources_dir().joinpath(*pure.parts)


def data_dir() -> Path:
    """Return (and create) the per-user data folder; ``COUNTER_APP_DATA_DIR`` overrides it."""
    override = os.environ.get("COUNTER_APP_DATA_DIR")
    if override:
        path = Path(override)
    elif sys.platform == "win32":
        path = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / APP_DIR_NAME
    elif sys.platform == "darwin":
        path = Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    else:
        path = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / APP_DIR_NAME
    path.mkdir(parents=True, exist_ok=True)
    return path
