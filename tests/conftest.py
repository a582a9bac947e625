"""Root fixtures: offscreen Qt, a private data folder, the store on SQLite and PostgreSQL, and the core.

Quick local loop without the server: ``pytest -m "not postgres"``. CI sets ``COUNTER_APP_REQUIRE_PG=1`` so a
missing PostgreSQL fails the run instead of skipping half of the store tests.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# Before anything can import Qt: without a display Qt would abort with a misleading xcb message (STACK.md §5).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests build their own stores; a developer's shell setting must never point them at a real database.
os.environ.pop("COUNTER_APP_DB_URL", None)
# Per-session data folder (settings.json, the default SQLite file): the real user folder is never touched.
os.environ["COUNTER_APP_DATA_DIR"] = tempfile.mkdtemp(prefix="counter_app-test-data-")

import pytest
from support import postgres as pg_support
from support import store, templates

from counter_app.clock import FixedClock
from counter_app.core import Core, build_core
from counter_app.settings import Settings

_SESSION_DATA_DIR = Path(os.environ["COUNTER_APP_DATA_DIR"])
TESTS_DIR = Path(__file__).resolve().parent
KNOWN_FOLDERS = frozenset({"unit", "db", "ui", "e2e", "golden"})
DB_FIXTURES = frozenset({"db_url", "sqlite_url", "pg_url", "pg_server", "new_store_url"})
PG_FIXTURES = frozenset({"pg_url", "pg_server"})
GUI_FIXTURES = frozenset({"qapp", "qtbot"})


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_SESSION_DATA_DIR, ignore_errors=True)


@pytest.hookimpl(tryfirst=True)  # before -m selects by marker
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark store, PostgreSQL and Qt tests by their fixtures; refuse tests outside the known folders."""
    strays = []
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if names & DB_FIXTURES:
            item.add_marker(pytest.mark.db)
        if names & PG_FIXTURES:
            item.add_marker(pytest.mark.postgres)
        if names & GUI_FIXTURES:
            item.add_marker(pytest.mark.gui)
        try:
            folder = item.path.resolve().relative_to(TESTS_DIR).parts[0]
        except ValueError:
            continue  # not under tests/ (pytest was pointed at some other file on purpose)
        if folder not in KNOWN_FOLDERS:
            strays.append(item.nodeid)
    if strays:
        raise pytest.UsageError(
            f"tests must live in tests/<{'|'.join(sorted(KNOWN_FOLDERS))}>/ (STYLE.md §5): {strays[:5]}"
        )


@pytest.fixture(autouse=True)
def _fresh_data_dir(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Give every test an empty data folder, so settings files never leak from one test into another."""
    path = Path(tempfile.mkdtemp(dir=_SESSION_DATA_DIR))
    monkeypatch.setenv("COUNTER_APP_DATA_DIR", str(path))
    return path


# --- the store -------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pg_support.PostgresServer]:
    """The PostgreSQL server for this session, started on first use; skipped (or failed in CI) without one."""
    try:
        server = pg_support.start_server()
    except pg_support.PostgresUnavailable as exc:
        if pg_support.required():
            pytest.fail(f"{pg_support.REQUIRE_ENV}=1 but PostgreSQL is not available: {exc}", pytrace=False)
        pytest.skip(f"PostgreSQL not available: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh SQLite file for this test."""
    return f"sqlite:///{(tmp_path / 'store.db').as_posix()}"


@pytest.fixture
def pg_url(pg_server: pg_support.PostgresServer) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for this test, dropped afterwards."""
    with pg_server.fresh_database() as url:
        yield url


@pytest.fixture
def new_store_url(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Callable[[str], str]]:
    """Make further empty stores in this test: ``new_store_url("sqlite")`` or ``new_store_url("postgresql")``."""
    with contextlib.ExitStack() as stack:
        made = 0

        def make(kind: str) -> str:
            nonlocal made
            made += 1
            if kind == "sqlite":
                return f"sqlite:///{(tmp_path / f'store-{made}.db').as_posix()}"
            server: pg_support.PostgresServer = request.getfixturevalue("pg_server")
            return stack.enter_context(server.fresh_database())

        yield make


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
    ]
)
def db_url(request: pytest.FixtureRequest) -> str:
    """An empty store, once on SQLite and once on PostgreSQL."""
    return str(request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url"))


@pytest.fixture
def clock() -> FixedClock:
    """The time, standing still at Monday 08:00 until a test moves it."""
    return FixedClock(store.START)


@pytest.fixture(scope="session")
def store_templates(tmp_path_factory: pytest.TempPathFactory) -> templates.StoreTemplates:
    """Migrated stores with the catalogue loaded, built once per session, copied for each test."""
    return templates.StoreTemplates(tmp_path_factory.mktemp("store-templates"))


@pytest.fixture
def make_core(
    db_url: str, clock: FixedClock, store_templates: templates.StoreTemplates, request: pytest.FixtureRequest
) -> Iterator[Callable[..., Core]]:
    """Build cores on this test's store (keyword arguments go to build_core); all are closed afterwards.

    The first core built with the defaults starts from a copy of a session-wide template store (migrated,
    catalogue loaded at this clock time), which is what build_core would have produced, only faster.
    """
    cores: list[Core] = []

    def make(*, settings: Settings | None = None, **kwargs: Any) -> Core:
        kwargs.setdefault("clock", clock)
        kwargs.setdefault("hasher", store.fast_hasher())
        defaults = settings is None and not ({"upgrade", "load_catalogue", "data_dir"} & kwargs.keys())
        defaults = defaults and isinstance(kwargs["clock"], FixedClock)
        if defaults and not cores:
            store_templates.seed(db_url, kwargs["clock"].now(), lambda: request.getfixturevalue("pg_server"))
        core = build_core(settings or Settings(db_url=db_url, station_name=store.STATION), **kwargs)
        cores.append(core)
        return core

    yield make
    for core in cores:
        core.close()


@pytest.fixture
def core(make_core: Callable[..., Core]) -> Core:
    """The core services on a migrated store with the catalogue loaded, fixed clock and fast hashing."""
    return make_core()


def pytest_report_header(config: pytest.Config) -> list[str]:
    bindir = pg_support.find_bindir()
    return [
        f"counter_app data dir: {_SESSION_DATA_DIR}",
        "PostgreSQL: "
        + (
            f"{pg_support.URL_ENV} set"
            if os.environ.get(pg_support.URL_ENV)
            else f"binaries in {bindir}"
            if bindir
            else "not found (postgres tests skip unless COUNTER_APP_REQUIRE_PG=1)"
        ),
    ]
