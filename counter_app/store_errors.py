"""Turns a failure to open or upgrade the store into one StoreUnavailable that says what to fix (no Qt)."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from alembic.util.exc import CommandError
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url

from counter_app import paths
from counter_app import settings as settings_mod
from counter_app.db.migrate import SafetyCopyError
from counter_app.errors import StoreUnavailable

log = logging.getLogger(__name__)

# What build_core turns into StoreUnavailable; anything else is a bug and keeps its traceback.
STORE_ERRORS: tuple[type[BaseException], ...] = (
    sa_exc.DBAPIError,
    sa_exc.ArgumentError,
    sa_exc.NoSuchModuleError,
    SafetyCopyError,
    CommandError,
)
# The same plus OSError, for the code that also resolves the URL (the data folder may not be creatable).
OPEN_ERRORS: tuple[type[BaseException], ...] = (*STORE_ERRORS, OSError)

# SQLSTATEs of PostgreSQL's answers (server-side errors carry one; "could not connect" has none).
_BAD_LOGIN = frozenset({"28P01", "28000"})  # invalid_password, invalid_authorization_specification
_NO_DATABASE = "3D000"  # invalid_catalog_name
_NOT_READY = frozenset({"57P03", "53300", "53000", "57P01"})  # starting up, too many connections, shutting down

_PASSWORD_IN_TEXT = re.compile(r"(password\s*=\s*)\S+", re.IGNORECASE)


def setting_source(settings: settings_mod.Settings) -> str:
    """Where this station's store URL is set: the environment variable or the settings file's path."""
    if os.environ.get(settings_mod.DB_URL_ENV, "").strip():
        return f"variabel lingkungan {settings_mod.DB_URL_ENV}"
    try:
        return str(paths.data_dir() / settings_mod.SETTINGS_FILE)
    except OSError:  # the data folder itself cannot be made; still name the setting
        return settings_mod.SETTINGS_FILE


def explain(exc: BaseException, url: str, *, source: str) -> StoreUnavailable:
    """Return the StoreUnavailable for ``exc``, raised while opening the store at ``url``.

    Args:
        exc: The error raised by the engine, the driver, Alembic or the safety copy.
        url: The store URL (its password never reaches the message, the detail or the log).
        source: Where the URL is set (``setting_source``), named in messages that ask to change it.

    Returns:
        The error to raise: a plain Indonesian message saying what to do, with the technical detail apart.
    """
    parsed = _parse(url)
    password = parsed.password if parsed is not None else None
    detail = strip_password(_technical(exc), password)
    kind = _kind_label(parsed)
    target = _target(parsed, url)
    message = _message(exc, parsed, source=source, target=target, url_given=bool(url))
    log.warning("store unavailable (%s %s): %s", kind or "store", target, detail)
    return StoreUnavailable(message, detail=detail, store_kind=kind, target=target, setting_source=source)


def strip_password(text: str, password: str | None) -> str:
    """Return ``text`` with ``password`` (and any ``password=…``) replaced by ``***``."""
    if password:
        text = text.replace(str(password), "***")
    return _PASSWORD_IN_TEXT.sub(r"\1***", text)


def _parse(url: str) -> URL | None:
    try:
        return make_url(url)
    except (sa_exc.ArgumentError, ValueError):
        return None


def _kind_label(parsed: URL | None) -> str:
    if parsed is None:
        return ""
    backend = parsed.get_backend_name()
    return {"sqlite": "SQLite", "postgresql": "PostgreSQL"}.get(backend, backend)


def _target(parsed: URL | None, url: str) -> str:
    """The file path or ``host:port/database`` the URL points at (never the password)."""
    if parsed is None:
        return strip_password(url.split("@")[-1], None) if url else ""
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    host = parsed.host or "localhost"
    return f"{host}:{parsed.port or 5432}/{parsed.database or ''}"


def _technical(exc: BaseException) -> str:
    """The exception's own text; for DBAPI errors the driver's, without SQLAlchemy's statement dump."""
    inner = exc.orig if isinstance(exc, sa_exc.DBAPIError) and exc.orig is not None else exc
    text = "\n".join(line.strip() for line in str(inner).strip().splitlines()) or type(inner).__name__
    return f"{type(inner).__name__}: {text}"


def _message(exc: BaseException, parsed: URL | None, *, source: str, target: str, url_given: bool) -> str:
    if isinstance(exc, SafetyCopyError):
        return str(exc)  # already says which copy failed and what to check
    if isinstance(exc, OSError) and not url_given:
        where = exc.filename or "folder data program"
        return (
            f"Folder data program ({where}) tidak dapat dibuat atau ditulis. Pastikan disk tersambung dan "
            "folder itu boleh ditulis oleh pengguna komputer ini."
        )
    if parsed is None or isinstance(exc, (sa_exc.ArgumentError, sa_exc.NoSuchModuleError)):
        return (
            f"Alamat basis data (db_url) tidak sah. Periksa db_url di {source}: contoh yang benar "
            "postgresql://pengguna:katasandi@server:5432/disnaker, atau kosongkan untuk memakai SQLite di PC ini."
        )
    if isinstance(exc, CommandError):
        return (
            f"Basis data {target} sudah diperbarui oleh versi program yang lebih baru (lihat Rincian). "
            "Pasang versi program terbaru di PC ini, lalu buka program lagi."
        )
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_message(exc, Path(parsed.database or ""), source=source)
    return _postgres_message(exc, parsed, source=source, target=target)


def _postgres_message(exc: BaseException, parsed: URL, *, source: str, target: str) -> str:
    inner = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    sqlstate = getattr(inner, "sqlstate", None)
    text = str(inner).lower()
    host = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    if "role" in text and "does not exist" in text:
        return (
            f'Pengguna "{parsed.username or ""}" tidak dikenal oleh server PostgreSQL {host}. Periksa nama '
            f"pengguna pada db_url di {source} (atau {settings_mod.DB_URL_ENV})."
        )
    if sqlstate in _BAD_LOGIN or "password authentication failed" in text or "no password supplied" in text:
        return (
            f'Server PostgreSQL {host} menolak pengguna "{parsed.username or ""}": kata sandi atau nama pengguna '
            f"salah. Periksa db_url di {source} (atau {settings_mod.DB_URL_ENV})."
        )
    if sqlstate == _NO_DATABASE or ("database" in text and "does not exist" in text):
        return (
            f'Basis data "{parsed.database or ""}" tidak ada di server PostgreSQL {host}. Periksa nama basis data '
            f"pada db_url di {source} (atau {settings_mod.DB_URL_ENV})."
        )
    if "resolve host" in text or "translate host name" in text or "name or service not known" in text:
        return (
            f'Nama server basis data "{parsed.host}" tidak dikenal. Pastikan jaringan kantor tersambung dan nama '
            f"server pada db_url di {source} benar."
        )
    if sqlstate in _NOT_READY:
        return (
            f"Server PostgreSQL {host} belum dapat melayani (sedang dinyalakan, dimatikan, atau penuh). "
            "Tunggu sebentar."
        )
    if sqlstate is None and isinstance(exc, sa_exc.OperationalError):
        return (
            f"Server basis data PostgreSQL {host} tidak dapat dihubungi. Pastikan server PostgreSQL kantor "
            "menyala dan jaringan tersambung."
        )
    return f"Basis data PostgreSQL {target} tidak dapat dibuka. Lihat Rincian dan beri tahu admin."


def _sqlite_message(exc: BaseException, file: Path, *, source: str) -> str:
    inner = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    text = str(inner).lower()
    folder = file.parent
    if "locked" in text or "busy" in text:
        return (
            f"Berkas basis data {file} sedang dikunci program lain. Tutup program lain yang memakai berkas itu "
            "(salinan cadangan, antivirus, atau aplikasi ini di jendela lain)."
        )
    if "readonly" in text or "read-only" in text or isinstance(inner, PermissionError):
        return (
            f"Berkas basis data {file} tidak boleh ditulis. Pastikan berkas itu dan folder {folder} boleh ditulis "
            "oleh pengguna komputer ini."
        )
    if "not a database" in text or "malformed" in text:
        return (
            f"Berkas {file} bukan basis data aplikasi ini atau rusak. Pulihkan dari cadangan "
            f"(counter-app db restore) atau periksa db_url di {source}."
        )
    if "disk is full" in text or "no space" in text:
        return f"Disk tempat berkas basis data {file} penuh. Kosongkan ruang disk."
    return (
        f"Berkas basis data {file} tidak dapat dibuka. Pastikan folder {folder} ada dan boleh ditulis oleh "
        f"pengguna komputer ini (atau periksa db_url di {source})."
    )
