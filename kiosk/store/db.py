"""Engines, migrations and opening the store (product.md "Real parts, embedded defaults": a SQLite
file in WAL mode in the user data dir by default, a PostgreSQL URL when many counters share one
database).

SQLite: WAL journal, foreign keys on, a busy timeout, and every transaction opened with ``BEGIN
IMMEDIATE`` so that writers queue at the start instead of failing to upgrade a read lock midway,
and audit appends are serialized across processes (``kiosk.store.audit``). Snapshot readers
(``verify_audit``) begin DEFERRED instead: in WAL mode they never block a desk.

PostgreSQL (``postgresql+psycopg://``): ``lock_timeout`` bounds the wait for the audit chain head, and
``idle_in_transaction_session_timeout`` frees that lock if a desk's process hangs mid-transaction.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry

from kiosk.private_files import PRIVATE_FOLDER, private_file
from kiosk.store.errors import StoreError
from kiosk.store.repositories import SNAPSHOT, SqlReceptionStore
from kiosk.store.retry import DEFAULT_POLICY, RetryPolicy, retrying

APP_NAME = "myna-kiosk"
URL_ENV = "MYNA_KIOSK_DATABASE_URL"
MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATION_LOCK = 0x6D796E61  # PostgreSQL advisory lock key ("myna"): one desk migrates at a time
CONNECT_TIMEOUT = 5  # seconds, PostgreSQL
IDLE_IN_TRANSACTION_MS = 30_000


def database_url(url: str | None = None) -> str:
    """``url``, else ``$MYNA_KIOSK_DATABASE_URL``, else ``kiosk.db`` in the user data dir (created)."""
    if url:
        return url
    if configured := os.environ.get(URL_ENV):
        return configured
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'kiosk.db'}"


def make_engine(url: str, policy: RetryPolicy = DEFAULT_POLICY) -> Engine:
    """An engine for a SQLite file or a PostgreSQL database, configured as described above.

    :raises ValueError: another backend, or an in-memory SQLite database (it would vanish with
        its connection).
    """
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            raise ValueError("the store needs a SQLite file, not an in-memory database")
        try:  # a fresh machine: the data folder does not exist yet; the file is ours alone (WAL and
            # shared-memory files take its mode)
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
            private_file(Path(parsed.database), create=False)  # never created here: see audit verify
        except OSError:
            pass  # connecting reports it as STORE_UNAVAILABLE, with the reason
        engine = create_engine(parsed.set(drivername="sqlite+pysqlite"),
                               connect_args={"timeout": policy.lock_timeout})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if backend == "postgresql":
        options = (f"-c lock_timeout={int(policy.lock_timeout * 1000)}"
                   f" -c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}")
        return create_engine(parsed.set(drivername="postgresql+psycopg"), pool_pre_ping=True,
                             connect_args={"connect_timeout": CONNECT_TIMEOUT, "options": options})
    raise ValueError(f"unsupported database {backend!r}: use sqlite:///FILE or postgresql+psycopg://...")


def _sqlite_connect(connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    connection.isolation_level = None  # pysqlite must not open transactions itself: we BEGIN IMMEDIATE
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    snapshot = connection.get_execution_options().get(SNAPSHOT, False)
    connection.exec_driver_sql("BEGIN" if snapshot else "BEGIN IMMEDIATE")


def head_revision() -> str:
    """The newest migration's revision id, read from the file names (``NNNN_name.py``)."""
    return max(path.name.split("_", 1)[0] for path in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def current_revision(engine: Engine) -> str | None:
    """The database's Alembic revision, None for a new database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


class SchemaOutdatedError(StoreError):
    """The database is at an older schema and this account may not change it (a kiosk's account has
    no DDL rights in production): the database owner runs ``myna-kiosk db upgrade``."""

    code = "STORE_SCHEMA_OUTDATED"


INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL SQLSTATE


def migrate(engine: Engine) -> None:
    """Upgrade the schema to the newest migration (``migrations/versions``), in one transaction.
    Alembic (≈0.6 s to import) is loaded only when the database is not at the newest revision, so
    an account without DDL rights opens an up-to-date database.

    :raises SchemaOutdatedError: the schema is older and this account may not upgrade it.
    """
    current = current_revision(engine)
    if current == head_revision():
        return
    from alembic import command
    from alembic.config import Config
    from sqlalchemy.exc import ProgrammingError

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except ProgrammingError as exc:
        if getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
            raise
        raise SchemaOutdatedError(f"schema {current or 'none'}, this version needs {head_revision()}; this "
                                  "account may not change it: run `myna-kiosk db upgrade` as the database owner") \
            from exc


def open_engine(url: str | None = None, policy: RetryPolicy = DEFAULT_POLICY) -> Engine:
    """An engine for ``url`` (see :func:`database_url`), migrated to the newest schema; the
    repositories (``SqlReceptionStore``, ``kiosk.store.counter.SqlCounterStore``) share it.

    :raises StoreUnavailableError: the database cannot be reached or stays locked.
    """
    engine = make_engine(database_url(url), policy)
    try:
        retrying(policy, lambda: migrate(engine))
    except StoreError:
        engine.dispose()
        raise
    return engine


def open_store(url: str | None = None, policy: RetryPolicy = DEFAULT_POLICY) -> SqlReceptionStore:
    """The store at ``url`` (see :func:`database_url`), migrated to the newest schema.

    :raises StoreUnavailableError: the database cannot be reached or stays locked.
    """
    return SqlReceptionStore(open_engine(url, policy), policy)
