"""A throwaway PostgreSQL cluster for the tests (STACK.md §9), or an external one from the environment.

``COUNTER_APP_TEST_PG_URL`` names a server the tests may create databases on; otherwise the server binaries
(``/usr/lib/postgresql/*/bin`` or ``pg_config --bindir``) start a cluster in a temporary folder on a free
port, stopped again at the end of the session. Every test database is created fresh and dropped after.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from counter_app.db import engine as db_engine

URL_ENV = "COUNTER_APP_TEST_PG_URL"
REQUIRE_ENV = "COUNTER_APP_REQUIRE_PG"
SERVER_USER = "postgres"


class PostgresUnavailable(Exception):
    """No PostgreSQL server binaries (and no URL) on this machine; the message says what was looked for."""


def find_bindir() -> Path | None:
    """Return the folder holding ``initdb`` and ``pg_ctl`` (newest version first), or None."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: _version_key(Path(p).parent.parent.name),
        reverse=True,
    )
    for initdb in candidates:
        if (Path(initdb).parent / "pg_ctl").exists():
            return Path(initdb).parent
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=True, timeout=30)
        except (OSError, subprocess.SubprocessError):
            return None
        bindir = Path(out.stdout.strip())
        if (bindir / "initdb").exists() and (bindir / "pg_ctl").exists():
            return bindir
    return None


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit()) or (0,)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """A server the tests may create and drop databases on."""

    def __init__(self, admin_url: str, cluster: _Cluster | None = None) -> None:
        self.admin_url = db_engine.normalise_url(admin_url)
        self._cluster = cluster
        self._admin: Engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self._templates: list[str] = []

    @property
    def description(self) -> str:
        """Where the server runs, for the test report header."""
        where = make_url(self.admin_url).render_as_string(hide_password=True)
        return f"throwaway cluster {self._cluster.root} at {where}" if self._cluster else f"external {where}"

    def check(self) -> str:
        """Return the server version; raises when the server cannot be reached."""
        with self._admin.connect() as conn:
            return str(conn.execute(text("SHOW server_version")).scalar_one())

    @contextlib.contextmanager
    def fresh_database(self) -> Iterator[str]:
        """Create an empty database ``t_<uuid>``, yield its URL, drop it afterwards (even if still in use)."""
        name = f"t_{uuid.uuid4().hex}"
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with self._admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def create_template(self) -> tuple[str, str]:
        """Create an empty database meant as a template; return its name and URL (dropped by ``stop``)."""
        name = f"tpl_{uuid.uuid4().hex}"
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        self._templates.append(name)
        return name, make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def copy_template(self, template: str, url: str) -> None:
        """Replace the database of ``url`` with a copy of ``template`` (which must have no connections)."""
        name = make_url(url).database
        with self._admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))

    def stop(self) -> None:
        """Drop the templates, release the admin connection, stop the throwaway cluster if we started it."""
        with contextlib.suppress(Exception), self._admin.connect() as conn:
            for name in self._templates:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self._admin.dispose()
        if self._cluster is not None:
            self._cluster.stop()
            self._cluster = None


class _Cluster:
    """One ``initdb`` + ``pg_ctl start`` in a temporary folder; run as ``postgres`` when we are root."""

    def __init__(self, bindir: Path, *, durable: bool = False) -> None:
        self.bindir = bindir
        self.durable = durable
        self.as_root = os.geteuid() == 0
        if self.as_root:
            try:
                pwd.getpwnam(SERVER_USER)
            except KeyError as exc:
                raise RuntimeError(
                    f"running as root, but there is no '{SERVER_USER}' user to run initdb as "
                    "(initdb refuses root); install the postgresql package or set " + URL_ENV
                ) from exc
        # The server user must reach the folder: /tmp is world-searchable, pytest's own tmp folder is not.
        self.root = Path(tempfile.mkdtemp(prefix="counter_app-pg-", dir="/tmp" if self.as_root else None))
        if self.as_root:
            shutil.chown(self.root, user=SERVER_USER)
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = 0
        self.running = False
        self._watchdog: subprocess.Popen[bytes] | None = None

    def _command(self, *args: str) -> list[str]:
        cmd = [str(a) for a in args]
        if self.as_root:
            cmd = ["su", SERVER_USER, "-s", "/bin/bash", "-c", shlex.join(cmd)]
        return cmd

    def _run(self, *args: str) -> None:
        cmd = self._command(*args)
        result = subprocess.run(cmd, cwd=self.root, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""
            raise RuntimeError(
                f"{shlex.join(cmd)} failed (rc {result.returncode}):\n{result.stdout}\n{result.stderr}\n{log}"
            )

    def start(self) -> str:
        """Create and start the cluster; return the admin URL."""
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SERVER_USER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        last_error: Exception | None = None
        for _attempt in range(3):  # the free port may be taken by someone else before the server binds it
            self.port = _free_port()
            options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c max_connections=100"
            if not self.durable:  # tests: no flush to disk per commit (benchmarks ask for durable=True)
                options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            try:
                self._run(
                    str(self.bindir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-l",
                    str(self.log),
                    "-o",
                    options,
                    "-w",
                    "-t",
                    "60",
                    "start",
                )
            except RuntimeError as exc:
                last_error = exc
                continue
            self.running = True
            self._start_watchdog()
            return f"postgresql+psycopg://{SERVER_USER}@127.0.0.1:{self.port}/postgres"
        raise RuntimeError(f"PostgreSQL did not start: {last_error}")

    def _start_watchdog(self) -> None:
        """Stop the server and remove its folder should this test process die without its teardown.

        A killed pytest (a CI timeout, ``kill``) runs no finalizer; without this the server would keep
        running and its folder stay in /tmp. The watchdog is its own session, so it outlives the kill.
        """
        stop = shlex.join(self._command(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"))
        script = f'while kill -0 "$1" 2>/dev/null; do sleep 2; done; {stop}; rm -rf {shlex.quote(str(self.root))}'
        self._watchdog = subprocess.Popen(
            ["/bin/sh", "-c", script, "counter_app-pg-watchdog", str(os.getpid())],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    def stop(self) -> None:
        """Stop the server (fast shutdown), its watchdog, and remove its folder."""
        try:
            if self.running:
                self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")
                self.running = False
        finally:
            if self._watchdog is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self._watchdog.pid, signal.SIGTERM)  # the shell and its sleep
                self._watchdog.wait(timeout=30)
                self._watchdog = None
            shutil.rmtree(self.root, ignore_errors=True)


def start_server(*, durable: bool = False) -> PostgresServer:
    """Return a usable server: the one in ``COUNTER_APP_TEST_PG_URL`` or a freshly started cluster.

    ``durable=True`` starts the cluster with PostgreSQL's default fsync and synchronous_commit, as in
    production (benchmarks); tests leave them off for speed. An external server is used as it is.

    Raises PostgresUnavailable when neither a URL nor server binaries exist; any other error means
    PostgreSQL is installed but broken, which the caller should report rather than skip.
    """
    url = os.environ.get(URL_ENV, "").strip()
    if url:
        server = PostgresServer(url)
        server.check()
        return server
    bindir = find_bindir()
    if bindir is None:
        raise PostgresUnavailable(
            f"no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb or pg_config --bindir) and no {URL_ENV}"
        )
    cluster = _Cluster(bindir, durable=durable)
    try:
        server = PostgresServer(cluster.start(), cluster)
        server.check()
    except BaseException:
        cluster.stop()
        raise
    return server


def required() -> bool:
    """True when the run must fail rather than skip without PostgreSQL (CI sets COUNTER_APP_REQUIRE_PG=1)."""
    return os.environ.get(REQUIRE_ENV, "").strip().lower() in ("1", "true", "yes")
