"""Store fixtures: a temporary SQLite file, a throwaway PostgreSQL cluster (a fresh database per
test), and ``store_url`` running a test on both.

The cluster is initdb'd in a temporary folder, runs as ``postgres`` when the tests run as root
(PostgreSQL refuses root), listens only on a Unix socket in that folder, and is removed afterwards.
Where PostgreSQL is absent or cannot start the PostgreSQL cases skip with the reason, except under
CI (``CI`` set), where the same condition fails the run: CI must exercise the production database.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import psycopg
import pytest

_databases = itertools.count(1)


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(reason)


def _postgres_bin() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass(frozen=True)
class PostgresServer:
    socket_dir: Path
    port: int

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.socket_dir}&port={self.port}"

    def connect(self) -> psycopg.Connection:
        return psycopg.connect(host=str(self.socket_dir), port=self.port, user="postgres", dbname="postgres",
                               autocommit=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL cluster for this test session (about 1 s to set up)."""
    bindir = _postgres_bin()
    if bindir is None:
        _unavailable("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    prefix: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="myna-pg-"))  # short: Unix socket paths are limited to 107 bytes
    try:
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                _unavailable("running as root and there is no 'postgres' user to run the server")
            os.chown(root, owner.pw_uid, owner.pw_gid)
            prefix = ["runuser", "-u", "postgres", "--"]
        data, port = root / "data", _free_port()

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run([*prefix, *args], capture_output=True, text=True,  # noqa: S603 - our binaries
                                  timeout=60, check=False)

        init = run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                   "--no-locale", "--no-sync")
        if init.returncode:
            _unavailable(f"initdb failed: {init.stderr.strip()[-300:]}")
        options = (f"-p {port} -k {root} -c listen_addresses='' -c fsync=off -c synchronous_commit=off"
                   " -c full_page_writes=off")
        start = run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"), "-w", "-t", "30",
                    "-o", options, "start")
        if start.returncode:
            log = (root / "server.log").read_text(errors="replace") if (root / "server.log").exists() else ""
            _unavailable(f"pg_ctl start failed: {(start.stderr + log).strip()[-300:]}")
        try:
            yield PostgresServer(root, port)
        finally:
            run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A new, empty database in the session's cluster, dropped after the test."""
    name = f"kiosk_{next(_databases)}"
    with postgres_server.connect() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield postgres_server.url(name)
    with postgres_server.connect() as admin:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'kiosk.db'}"


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest) -> str:
    return request.getfixturevalue(f"{request.param}_url")

